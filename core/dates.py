"""Dates as people read them, for pages (``{% when %}``), messages and labels alike.

The format follows the reader's locale conventions (Django's formats for the active
language): "Mar. 3, 2026" in the US, "3 Mar 2026" in the UK.
"""

import datetime
from functools import lru_cache

from django.utils import dateformat, formats, translation

#: How far a date may be from today and still be said in words.
NEAR_DAYS = 6


def relative_day(day: datetime.date, today: datetime.date) -> str | None:
    """ "today", "tomorrow", "in 3 days", "2 days ago"…, or None when it is further off."""
    delta = (day - today).days
    if abs(delta) > NEAR_DAYS:
        return None
    if delta == 0:
        return "today"
    if delta == 1:
        return "tomorrow"
    if delta == -1:
        return "yesterday"
    return f"in {delta} days" if delta > 0 else f"{-delta} days ago"


def month_day_format() -> str:
    """The reader's day-and-month format, with the month as short as in their dates.

    ``MONTH_DAY_FORMAT`` spells the month out ("September 22"), too long for chart labels;
    the month letter of ``DATE_FORMAT`` ("N": "Sept. 22" in the US, "M": "22 Sep" in the
    UK) keeps it short and alike to the full dates around it.
    """
    date_format = formats.get_format("DATE_FORMAT")
    month = "N" if "N" in date_format else "M"
    return formats.get_format("MONTH_DAY_FORMAT").replace("F", month)


def day_text(day: datetime.date, *, year: bool = True) -> str:
    """The date in the reader's conventions, as ``{% when %}`` shows it without words;
    ``year=False`` gives a day and a month only, for chart labels."""
    pattern = formats.get_format("DATE_FORMAT") if year else month_day_format()
    if isinstance(day, datetime.datetime):  # a naive one would depend on the time zone
        return dateformat.format(day, pattern)
    return _formatted(day, pattern, translation.get_language())


@lru_cache(maxsize=4096)
def _formatted(day: datetime.date, pattern: str, language: str | None) -> str:
    """``formats.date_format``, remembered: a chart writes the same few hundred dates on
    every view. The result depends only on the arguments (the language gives the month
    names), so a changed setting or language is a new key, never a stale answer."""
    return dateformat.format(day, pattern)
