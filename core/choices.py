"""Choice fields that check against all of a user's rows but offer only a shortlist.

A long job search has thousands of contacts, applications and rejections. A ``<select>``
or a list of checkboxes with every one of them makes a page of hundreds of kilobytes that
takes seconds to build and cannot be used anyway. These fields keep the whole queryset
for validation (any of the user's own rows is accepted, anyone else's is "not a valid
choice") and render only a shortlist: the rows that matter here, then the newest, plus
whatever is currently chosen, so editing never drops a choice the user cannot see.
"""

from collections.abc import Iterable

from django import forms
from django.db.models import Model, Q, QuerySet
from django.forms.models import ModelChoiceIterator
from django.urls import reverse

#: Ids are integers; anything else in the submitted data cannot be one of the user's rows.
_MAX_ID_DIGITS = 18


class _ShortlistIterator(ModelChoiceIterator):
    def __init__(self, field: forms.ModelChoiceField) -> None:
        super().__init__(field)
        if field.shortlist is not None:
            self.queryset = field.shortlist


class ShortlistMixin:
    """For ``ModelChoiceField`` and ``ModelMultipleChoiceField``: see :func:`offer`."""

    iterator = _ShortlistIterator
    shortlist: QuerySet | None = None


class ShortlistChoiceField(ShortlistMixin, forms.ModelChoiceField):
    pass


def _ids(value) -> list[int]:
    values = value if isinstance(value, list | tuple) else [value]
    ids = []
    for item in values:
        if isinstance(item, Model):
            item = item.pk
        text = str(item) if item is not None else ""
        if text.isascii() and text.isdigit() and len(text) <= _MAX_ID_DIGITS:
            ids.append(int(text))
    return ids


def offer(
    form: forms.BaseForm,
    name: str,
    *preferred: QuerySet,
    limit: int,
    also: Iterable[int] = (),
    search: str = "",
) -> None:
    """Render field ``name`` of ``form`` with the first ``limit`` rows of each ``preferred``.

    Each ``preferred`` queryset is ordered with its most useful rows first; the rows
    currently chosen in the form (submitted or initial) and the ids in ``also`` are always
    offered too. Validation still uses the field's whole queryset. The options are shown in
    that queryset's own order, fetched in one query when the form is rendered.

    ``search`` names a kind of ``home.choice_search``: the page's script then adds a
    search box that finds the user's other rows and adds them to the choices.
    """
    field = form.fields[name]
    assert isinstance(field, ShortlistMixin), f"{name} must be a shortlist field"
    # Before form[name] below: the bound field copies the help text when it is created.
    field.help_text = f"{field.help_text} Listed: the most relevant and the newest.".strip()
    offered = Q(pk__in=[*_ids(form[name].value()), *also])
    for queryset in preferred:
        offered |= Q(pk__in=queryset.values("pk")[:limit])
    field.shortlist = field.queryset.filter(offered)
    field.widget.choices = field.choices
    if search:
        field.widget.attrs["data-choices-url"] = reverse("home:choices", args=[search])
