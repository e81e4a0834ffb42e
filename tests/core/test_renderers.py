"""The form renderer (``core.renderers.FormRenderer``) writes widgets character for character
as Django's own templates do: every widget it writes itself, with every kind of value and
attribute, is rendered through both and compared."""

import datetime
import decimal

import pytest
from django import forms
from django.conf import settings
from django.forms.renderers import DjangoTemplates, get_default_renderer
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy

from core.forms import DateInput, DateTimeInput
from core.renderers import FormRenderer, escape

HOSTILE = '<script>alert(1)</script> & "Ann" O\'Neil'
ATTRS = {
    "class": "a b",
    "data-quoted": HOSTILE,
    "required": True,
    "disabled": False,
    "data-zero": 0,
    "data-empty": "",
    "data-safe": mark_safe("<i>kept</i>"),
    "data-list": (1, 2),
}
VALUES = [
    None,
    "",
    "plain",
    HOSTILE,
    mark_safe("<b>marked safe</b>"),
    0,
    42,
    decimal.Decimal("12.50"),
    datetime.date(2026, 12, 1),
    datetime.datetime(2026, 12, 1, 9, 30),
    "line one\nline two",
]
CHOICES = [
    ("", "---------"),
    (1, "One"),
    ("2", HOSTILE),
    (HOSTILE, "A value to escape"),
    ("Group <b>", [("g1", "In a group"), ("g2", mark_safe("<em>safe label</em>"))]),
    (decimal.Decimal("3.5"), "A decimal"),
]
WIDGETS = [
    forms.TextInput,
    forms.NumberInput,
    forms.EmailInput,
    forms.URLInput,
    forms.SearchInput,
    forms.TelInput,
    forms.ColorInput,
    lambda attrs: forms.PasswordInput(attrs, render_value=True),
    forms.PasswordInput,
    forms.HiddenInput,
    forms.DateInput,
    DateInput,
    forms.DateTimeInput,
    DateTimeInput,
    forms.TimeInput,
    forms.CheckboxInput,
    forms.FileInput,
    forms.Textarea,
    lambda attrs: forms.Select(attrs, choices=CHOICES),
    lambda attrs: forms.SelectMultiple(attrs, choices=CHOICES),
    forms.NullBooleanSelect,
]


@pytest.mark.parametrize("make", WIDGETS)
@pytest.mark.parametrize("attrs", [None, ATTRS], ids=["no-attrs", "attrs"])
def test_each_widget_is_written_as_djangos_templates_write_it(make, attrs):
    widget = make(dict(attrs) if attrs else None)
    values = [*VALUES, ["1", HOSTILE, "g2"], "2", True, False, "unknown"]
    for value in values:
        for name in ("field", 'na"me<'):
            try:
                django = widget.render(name, value, renderer=DjangoTemplates())
            except TypeError:  # a list where the widget takes one value, say
                with pytest.raises(TypeError):
                    widget.render(name, value, renderer=FormRenderer())
                continue
            ours = widget.render(name, value, renderer=FormRenderer())
            assert ours == django, (type(widget).__name__, name, value)
            assert "<script>" not in ours


def test_widgets_it_does_not_write_are_left_to_djangos_templates():
    for widget in [
        forms.ClearableFileInput(),
        forms.RadioSelect(choices=CHOICES),
        forms.CheckboxSelectMultiple(choices=CHOICES),
        forms.SplitDateTimeWidget(),
        forms.SelectDateWidget(),
    ]:
        value = widget.render("field", None, renderer=FormRenderer())
        assert value == widget.render("field", None, renderer=DjangoTemplates())


def test_forms_on_every_page_use_it():
    assert settings.FORM_RENDERER == "core.renderers.FormRenderer"
    assert isinstance(get_default_renderer(), FormRenderer)


class _Markup:
    def __html__(self) -> str:
        return "<em>its own markup</em>"


@pytest.mark.parametrize(
    "value",
    [
        *VALUES,
        "\x00 \u202e ' \" < > &amp;",
        gettext_lazy('Follow up <soon> & "often"'),
        mark_safe(gettext_lazy("<b>lazy and marked safe</b>")),  # noqa: S308 - a constant
        _Markup(),
        ["a", "<b>"],
    ],
)
def test_escape_gives_what_djangos_conditional_escape_gives(value):
    assert escape(value) == conditional_escape(value)
    assert str(escape(value)) == str(conditional_escape(value))
