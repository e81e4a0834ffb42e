"""Form widgets and fields every app uses."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone

from core.choices import ShortlistMixin


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%dT%H:%M")


class LocalDateTimeField(forms.DateTimeField):
    """A date and time typed on the wall clock of the active (the user's) time zone.

    Stored in UTC, as every aware datetime. Twice a year the clock is not one-to-one:
    - a time in the spring gap (02:30 when clocks jump from 02:00 to 03:00) never happens,
      and is refused with a message saying so;
    - a time in the autumn overlap (02:30 happens twice when clocks go back at 03:00) is
      read as the first one, still on summer time: that is when the evening's clock shows
      it first, and Django alone would refuse it with no way to enter it at all.
    """

    def to_python(self, value):
        try:
            return super().to_python(value)
        except ValidationError as error:
            if getattr(error, "code", None) != "ambiguous_timezone":
                raise
            naive = error.params["datetime"]
        zone = timezone.get_current_timezone()
        first = naive.replace(tzinfo=zone, fold=0)
        round_trip = first.astimezone(datetime.UTC).astimezone(zone).replace(tzinfo=None)
        if round_trip != naive:
            raise ValidationError(
                "%(when)s does not exist in %(zone)s: the clocks skip that hour. "
                "Enter the time the clock shows after the change.",
                code="nonexistent_time",
                params={"when": f"{naive:%H:%M on %-d %B %Y}", "zone": zone},
            )
        return first


#: Contacts and applications offered in a form's choices (plus the chosen ones); the
#: others are still accepted, see ``core.choices``.
SHORTLIST = 30


class OwnRowsMultipleChoiceField(ShortlistMixin, forms.ModelMultipleChoiceField):
    """An id too large for the database is "not a valid choice", not a server error.

    SQLite raises OverflowError for integers beyond 64 bits in the IN lookup Django runs.
    Renders a shortlist (``core.choices.offer``) when one is set.
    """

    def _check_values(self, value):
        try:
            return super()._check_values(value)
        except OverflowError:
            raise ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": ", ".join(map(str, value))},
            ) from None
