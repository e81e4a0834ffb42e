"""Form widgets and fields every app uses."""

import datetime

from django import forms
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from core.choices import ShortlistMixin
from core.text import has_line_break, single_line

# --- One line where one line is meant ------------------------------------------------


def is_single_line(field: forms.Field) -> bool:
    """Whether a form field holds one line of text: a text field (model ``CharField``s,
    names, titles, e-mail addresses, links) not shown as a text area. Passwords are left
    exactly as typed."""
    return isinstance(field, forms.CharField) and not isinstance(
        field.widget, forms.Textarea | forms.PasswordInput
    )


def refuses_line_breaks(field: forms.Field, model_field=None) -> bool:
    """Whether ``field`` handles line breaks itself: it says so (``handles_line_breaks``,
    like a letter's subject, which refuses CR and LF and flattens the rest), or one of its
    validators refuses a line break it would accept as a space (a model field's
    ``validate_single_line``, so the admin shows that message)."""
    if getattr(field, "handles_line_breaks", False):
        return True
    validators = [*field.validators, *getattr(model_field, "validators", ())]
    for validator in validators:
        try:
            validator("a b")
        except ValidationError:
            continue  # refuses more than line breaks (a link, an address)
        try:
            validator("a\nb")
        except ValidationError:
            return True
    return False


def _flattened(data, names: list[str]):
    """``data`` with every line break (``core.text.LINE_BREAKS``) in the values of
    ``names`` replaced by a space; ``data`` itself when there is none (the usual case)."""
    getlist = getattr(data, "getlist", None)
    changed = {}
    for name in names:
        if name not in data:
            continue
        values = getlist(name) if getlist else [data[name]]
        if any(isinstance(v, str) and has_line_break(v) for v in values):
            changed[name] = [single_line(v) if isinstance(v, str) else v for v in values]
    if not changed:
        return data
    if getlist:
        copy = data.copy()
        for name, values in changed.items():
            copy.setlist(name, values)
        return copy
    return {**data, **{name: values[0] for name, values in changed.items()}}


class SingleLineMixin:
    """Line breaks in single-line fields become spaces before the form reads them.

    Python, mail software and browsers break lines at more than CR and LF (vertical tab,
    form feed, NEL, U+2028, U+2029, ...): a title or subject holding one would break an
    e-mail header or a CSV line later. Every form of the project has this mixin (through
    ``SingleLineForm`` and ``SingleLineModelForm``), the admin's forms get it from
    ``single_line_admin``, and the JSON import applies the same ``single_line`` to the
    model's ``CharField``s; the CSV import validates rows with the application form.
    """

    def single_line_names(self) -> list[str]:
        """The fields flattened here: every single-line field, except one that deals with
        line breaks itself and says so with its message (``refuses_line_breaks``)."""
        return [
            name
            for name, field in self.fields.items()
            if is_single_line(field) and not refuses_line_breaks(field, self._model_field(name))
        ]

    def _model_field(self, name: str):
        """The model field a ModelForm's field edits (its validators run after the form's)."""
        meta = getattr(self, "_meta", None)
        model = getattr(meta, "model", None)
        if model is None:
            return None
        try:
            return model._meta.get_field(name)
        except FieldDoesNotExist:
            return None

    def full_clean(self) -> None:
        if self.is_bound:
            self.data = _flattened(
                self.data, [self.add_prefix(name) for name in self.single_line_names()]
            )
        super().full_clean()


class SingleLineForm(SingleLineMixin, forms.Form):
    pass


class SingleLineModelForm(SingleLineMixin, forms.ModelForm):
    pass


def with_single_line(form_class: type[forms.BaseForm]) -> type[forms.BaseForm]:
    """``form_class`` with ``SingleLineMixin`` (itself if it has it already)."""
    if issubclass(form_class, SingleLineMixin):
        return form_class
    return type(
        form_class.__name__,
        (SingleLineMixin, form_class),
        {"__module__": form_class.__module__, "__doc__": form_class.__doc__},
    )


def single_line_admin(site) -> None:
    """Give every form of the admin ``site`` (model admins and their inlines) the mixin.

    Called once all admin modules are loaded (``CoreConfig.ready``), so a model admin
    written without it is covered too.
    """
    for model_admin in site._registry.values():
        model_admin.form = with_single_line(model_admin.form)
        if hasattr(model_admin, "add_form"):  # the user admin's form for a new user
            model_admin.add_form = with_single_line(model_admin.add_form)
        for inline in model_admin.inlines:
            inline.form = with_single_line(inline.form)


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%dT%H:%M")


def local_time_kind(naive: datetime.datetime, zone: datetime.tzinfo) -> str:
    """Whether a wall-clock time in ``zone`` is "ordinary", "nonexistent" (in the spring
    gap) or "ambiguous" (in the autumn overlap, when it happens twice)."""
    first, second = naive.replace(tzinfo=zone, fold=0), naive.replace(tzinfo=zone, fold=1)
    if first.utcoffset() == second.utcoffset():
        return "ordinary"
    round_trip = first.astimezone(datetime.UTC).astimezone(zone).replace(tzinfo=None)
    return "ambiguous" if round_trip == naive else "nonexistent"


class LocalDateTimeField(forms.DateTimeField):
    """A date and time typed on the wall clock of the active (the user's) time zone.

    Stored in UTC, as every aware datetime. Twice a year the clock is not one-to-one, and
    neither case is ever settled silently:
    - a time in the spring gap (02:30 when clocks jump from 02:00 to 03:00) never happens,
      and is refused with a message saying so;
    - a time in the autumn overlap (02:30 happens twice when clocks go back at 03:00) needs
      a choice: ``fold`` (0 for the first, on summer time, 1 for the second), which a form
      with ``FoldChoiceMixin`` asks for next to the field. Without it the time is refused
      with a message asking to choose.
    """

    #: Which of an ambiguous time's two moments was chosen (``datetime.fold``), if any.
    fold: int | None = None

    def to_python(self, value):
        try:
            return super().to_python(value)
        except ValidationError as error:
            if getattr(error, "code", None) != "ambiguous_timezone":
                raise
            naive = error.params["datetime"]
        zone = timezone.get_current_timezone()
        params = {"when": f"{naive:%H:%M on %-d %B %Y}", "zone": zone}
        if local_time_kind(naive, zone) == "nonexistent":
            raise ValidationError(
                "%(when)s does not exist in %(zone)s: the clocks skip that hour. "
                "Enter the time the clock shows after the change.",
                code="nonexistent_time",
                params=params,
            )
        if self.fold not in (0, 1):
            raise ValidationError(
                "%(when)s happens twice in %(zone)s: the clocks go back an hour that night. "
                "Choose which one you mean.",
                code="ambiguous_time",
                params=params,
            )
        # In UTC: Python compares and subtracts two times of one zone by their wall clocks,
        # fold ignored, so the second 02:30 would equal the first.
        return naive.replace(tzinfo=zone, fold=self.fold).astimezone(datetime.UTC)


def _fold_label(moment: datetime.datetime, which: str) -> str:
    offset = moment.strftime("%z")
    return f"{moment:%H:%M} {moment.tzname()} (UTC{offset[:3]}:{offset[3:]}), {which}"


class FoldChoiceMixin:
    """Asks which one is meant when a time typed in a ``LocalDateTimeField`` happens twice.

    For each such field whose typed (or stored) time is ambiguous in the active zone, a
    ``<name>_fold`` radio choice appears right after it: the first time (still on summer
    time) or the second (after the clocks went back). Only then, so the form looks as
    usual the other 363 nights. Call ``_offer_fold_choices()`` at the end of ``__init__``.
    """

    def _offer_fold_choices(self) -> None:
        zone = timezone.get_current_timezone()
        fields = {}
        for name, field in self.fields.items():
            fields[name] = field
            if not isinstance(field, LocalDateTimeField):
                continue
            naive, stored_fold = self._typed_wall_clock(name, field, zone)
            if naive is None or local_time_kind(naive, zone) != "ambiguous":
                continue
            first, second = naive.replace(tzinfo=zone, fold=0), naive.replace(tzinfo=zone, fold=1)
            choice = forms.TypedChoiceField(
                label=f"Which {naive:%H:%M}?",
                choices=[
                    (0, _fold_label(first, "the first time, before the clocks go back")),
                    (1, _fold_label(second, "the second time, after the clocks go back")),
                ],
                coerce=int,
                required=False,
                widget=forms.RadioSelect,
                help_text=f"On {naive:%-d %B %Y} the clocks go back an hour, so "
                f"{naive:%H:%M} happens twice.",
                initial=stored_fold,
            )
            fields[f"{name}_fold"] = choice
            raw = self.data.get(self.add_prefix(f"{name}_fold")) if self.is_bound else None
            field.fold = int(raw) if raw in ("0", "1") else None
        self.fields = fields

    def _typed_wall_clock(
        self, name: str, field: LocalDateTimeField, zone: datetime.tzinfo
    ) -> tuple[datetime.datetime | None, int | None]:
        """The wall-clock time typed (bound form) or stored (unbound), and the stored
        moment's fold, if it is a stored one."""
        if self.is_bound:
            raw = field.widget.value_from_datadict(self.data, self.files, self.add_prefix(name))
            try:
                parsed = parse_datetime(str(raw or "").strip())
            except ValueError:
                return None, None
            if parsed is None or timezone.is_aware(parsed):
                return None, None
            return parsed, None
        value = self.get_initial_for_field(field, name)
        if not isinstance(value, datetime.datetime) or timezone.is_naive(value):
            return None, None
        local = timezone.localtime(value, zone)
        return local.replace(tzinfo=None, fold=0), local.fold


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
