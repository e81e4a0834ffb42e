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
    label_fields: Iterable[str] = (),
) -> None:
    """Render field ``name`` of ``form`` with the first ``limit`` rows of each ``preferred``.

    Each ``preferred`` queryset is ordered with its most useful rows first; the rows
    currently chosen in the form (submitted or initial) and the ids in ``also`` are always
    offered too. Validation still uses the field's whole queryset. The options are shown in
    that queryset's own order, fetched in one query when the form is rendered.

    ``search`` names a kind of ``home.choice_search``: the page's script then adds a
    search box that finds the user's other rows and adds them to the choices.

    ``label_fields`` are the fields an option's label reads (``company__name`` for a
    related row's): the options are then read with only those columns and the joins they
    need, not every column of every row and of its related rows (a tenth of the
    new-interview page's time went into building those rows).
    """
    field = form.fields[name]
    assert isinstance(field, ShortlistMixin), f"{name} must be a shortlist field"
    # Before form[name] below: the bound field copies the help text when it is created.
    field.help_text = f"{field.help_text} Listed: the most relevant and the newest.".strip()
    offered = Q(pk__in=[*_ids(form[name].value()), *also])
    for queryset in preferred:
        offered |= Q(pk__in=queryset.values("pk")[:limit])
    shortlist = field.queryset.filter(offered)
    if label_fields:
        shortlist = shortlist.select_related(None).only(*label_fields)
        if joins := {path.rpartition("__")[0] for path in label_fields} - {""}:
            shortlist = shortlist.select_related(*joins)
    field.shortlist = shortlist
    field.widget.choices = field.choices
    if search:
        field.widget.attrs["data-choices-url"] = reverse("home:choices", args=[search])


def fetch_choices(*forms_to_render: forms.BaseForm) -> None:
    """Read the options of every queryset-backed choice field of these forms, now.

    Django reads a ``ModelChoiceField``'s queryset afresh each time its choices are
    iterated: while the template renders, once per rendering of the field (a page may show a
    field twice), and once more for the ``required`` attribute of a ``<select>`` without an
    empty choice. A view calls this just before it renders the forms: one query per field,
    run by the view. Validation is unchanged: it still looks the submitted id up in the
    field's whole queryset.
    """
    for form in forms_to_render:
        for field in form.fields.values():
            # A field whose choices were set by hand (or fetched already) keeps them.
            if not isinstance(field, forms.ModelChoiceField) or hasattr(field, "_choices"):
                continue
            options = field.iterator(field)
            # The rows in one plain query. Iterating the choices themselves would read them
            # through a server-side cursor on PostgreSQL (DECLARE, FETCH, CLOSE: three round
            # trips for thirty rows), and ``list()`` would ask for a COUNT first.
            rows = list(options.queryset)
            # As Django's iterator offers them: the empty choice first, when the field has one.
            empty = [] if field.empty_label is None else [("", field.empty_label)]
            field.choices = empty + [options.choice(row) for row in rows]


def offers_any(field: forms.ChoiceField) -> bool:
    """Whether the field offers a choice besides its empty one (after ``fetch_choices``)."""
    return any(value != "" for value, _ in field.choices)
