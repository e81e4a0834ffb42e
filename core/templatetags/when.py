"""One way to show a date or a time on every page: ``{% when value %}``.

The format follows the reader's locale conventions (Django's formats for the active
language: "Mar 14, 2026" in the US, "14 Mar 2026" in the UK), times are shown in the
current time zone, and dates within a week say how near they are ("tomorrow", "in 3 days",
"2 days ago") with the full date on hover. The value is always in ``<time datetime>``, so
it stays machine-readable.
"""

import datetime

from django import template
from django.utils import formats, timezone
from django.utils.html import format_html

register = template.Library()

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


@register.simple_tag
def when(value, relative: bool = True, time: bool = True) -> str:
    """A date or a date-time as ``<time>``; empty for None.

    ``relative=False`` always shows the date itself (where several dates are compared);
    ``time=False`` shows only the day of a date-time.
    """
    if value in (None, ""):
        return ""
    today = timezone.localdate()
    if isinstance(value, datetime.datetime):
        moment = timezone.localtime(value) if timezone.is_aware(value) else value
        day = moment.date()
        full = formats.date_format(moment, "DATETIME_FORMAT" if time else "DATE_FORMAT")
        machine = moment.isoformat(timespec="minutes")
        near = relative_day(day, today) if relative else None
        if near is not None and time:
            near = f"{near}, {formats.time_format(moment, 'TIME_FORMAT')}"
    else:
        day = value
        full = formats.date_format(day, "DATE_FORMAT")
        machine = day.isoformat()
        near = relative_day(day, today) if relative else None
    if near is None:
        return format_html('<time datetime="{}">{}</time>', machine, full)
    return format_html('<time datetime="{}" title="{}">{}</time>', machine, full, near)
