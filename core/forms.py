"""Form widgets and fields every app uses."""

from django import forms
from django.core.exceptions import ValidationError

from core.choices import ShortlistMixin


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%dT%H:%M")


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
