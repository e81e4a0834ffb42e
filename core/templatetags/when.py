"""One way to show a date or a time on every page: ``{% when value %}``.

The format follows the reader's locale conventions (Django's formats for the active
language: "Mar 14, 2026" in the US, "14 Mar 2026" in the UK), times are shown in the
current time zone, and dates within a week say how near they are ("tomorrow", "in 3 days",
"2 days ago") with the full date on hover. The value is always in ``<time datetime>``, so
it stays machine-readable.

``{% when_text value %}`` gives the same words without markup, for the places where a
``<time>`` element cannot go: inside SVG (``<title>``, ``<text>``, ``<desc>``) and in
attribute values.

Options, for both tags:

- ``relative=False`` always shows the date itself (where several dates are compared:
  table rows, lists, charts);
- ``time=False`` shows only the day of a date-time;
- ``zone=True`` adds the time zone's abbreviation after the time ("2:30 p.m. CET"); every
  interview time carries it, since interviews are arranged with people elsewhere;
- ``date=False`` shows only the time of a date-time (the end of an interview);
- ``year=False`` shows a day and a month only ("Mar. 3" or "3 Mar"), for chart labels.
"""

import datetime
from typing import NamedTuple

from django import template
from django.utils import formats, timezone
from django.utils.html import format_html

from core.dates import day_text, relative_day

register = template.Library()


class Shown(NamedTuple):
    machine: str  # the ``datetime`` attribute
    text: str  # what is read
    full: str | None  # the full date on hover, when ``text`` says it in words


def shown(
    value,
    *,
    relative: bool = True,
    time: bool = True,
    zone: bool = False,
    date: bool = True,
    year: bool = True,
) -> Shown:
    """How ``value`` (a date or a date-time, not None) is shown; see the module's options."""
    if not isinstance(value, datetime.datetime):
        near = relative_day(value, timezone.localdate()) if relative else None
        full = day_text(value, year=year)
        return Shown(value.isoformat(), near or full, full if near else None)

    aware = timezone.is_aware(value)
    moment = timezone.localtime(value) if aware else value
    clock = formats.time_format(moment, "TIME_FORMAT")
    if zone and aware:
        clock = f"{clock} {moment.tzname()}"
    machine = moment.isoformat(timespec="minutes")
    if not date:
        return Shown(machine, clock, None)
    day = day_text(moment.date(), year=year)
    full = f"{day}, {clock}" if time else day
    near = relative_day(moment.date(), timezone.localdate()) if relative else None
    if near is None:
        return Shown(machine, full, None)
    return Shown(machine, f"{near}, {clock}" if time else near, full)


@register.simple_tag
def when(
    value,
    relative: bool = True,
    time: bool = True,
    zone: bool = False,
    date: bool = True,
    year: bool = True,
) -> str:
    """A date or a date-time as ``<time>``; empty for None."""
    if value in (None, ""):
        return ""
    options = {"relative": relative, "time": time, "zone": zone, "date": date, "year": year}
    machine, text, full = shown(value, **options)
    if full is None:
        return format_html('<time datetime="{}">{}</time>', machine, text)
    return format_html('<time datetime="{}" title="{}">{}</time>', machine, full, text)


@register.simple_tag
def when_text(
    value,
    relative: bool = True,
    time: bool = True,
    zone: bool = False,
    date: bool = True,
    year: bool = True,
) -> str:
    """The words of ``{% when %}`` without markup (for SVG and attributes); empty for None.

    Autoescaped where it is used, like any other text.
    """
    if value in (None, ""):
        return ""
    options = {"relative": relative, "time": time, "zone": zone, "date": date, "year": year}
    return shown(value, **options).text
