"""Dates in messages and labels written by Python, in the same form pages show them."""

import datetime

from django.utils import formats


def day_text(day: datetime.date) -> str:
    """The date in the reader's conventions ("Mar. 3, 2026", "3 Mar 2026"), as ``{% when %}``
    shows a date without words."""
    return formats.date_format(day, "DATE_FORMAT")
