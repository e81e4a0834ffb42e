"""Reusable validators for tracker input."""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

#: Only web links: a ``javascript:`` or ``data:`` URL must never reach an ``href``.
validate_web_url = URLValidator(
    schemes=["http", "https"], message="Enter a web address starting with http:// or https://."
)

EARLIEST_YEAR = 1950
LATEST_YEAR = 2100


def validate_reasonable_date(value: datetime.date) -> None:
    """Refuse dates that can only be typing mistakes (year 0, year 20256, ...)."""
    if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise ValidationError(
            "Enter a date between %(start)s and %(end)s.",
            code="date_out_of_range",
            params={"start": EARLIEST_YEAR, "end": LATEST_YEAR},
        )
