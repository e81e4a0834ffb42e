"""The checkbox and radio lists and the company datalist, written in Python
(``core.templatetags.form_choices``), give the HTML crispy-bootstrap5's templates gave.

The originals are rendered from crispy-bootstrap5's own folder, where the project's
``templates/bootstrap5/layout/radio_checkbox_select.html`` cannot shadow them. Whitespace
between and around tags is the only difference allowed (the page's form is written without
it anyway: crispy's ``specialspaceless``)."""

import re

import pytest
from django import forms
from django.template import Context, Engine
from django.template.loader import get_template
from django.utils.safestring import mark_safe

from core.templatetags.form_fields import crispy_templates
from tests.factories import ApplicationFactory, ContactFactory

CHOICES_TEMPLATE = "bootstrap5/layout/radio_checkbox_select.html"
HOSTILE = '<script>alert(1)</script> & "Ann" O\'Neil'

CHOICES = [
    (1, "One"),
    (2, HOSTILE),
    ("x\"'<>&", "A value to escape"),
    (3, mark_safe("<em>marked safe</em>")),
    ("Group <b>", [(4, "Four"), (5, "Five")]),
    (6.5, "A decimal value"),
]


def _tidy(html: str) -> str:
    return re.sub(r"\s*([<>])\s*", r"\1", re.sub(r"\s+", " ", html)).strip()


def _both(field, **context) -> tuple[str, str]:
    context = {"field": field, "form_show_errors": True, "form_show_labels": True, **context}
    crispy = crispy_templates().get_template(CHOICES_TEMPLATE).render(Context(context))
    ours = get_template(CHOICES_TEMPLATE).render(context)
    return _tidy(crispy), _tidy(ours)


class ChoicesForm(forms.Form):
    many = forms.MultipleChoiceField(
        choices=CHOICES,
        # Each option gets these: an empty and a zero value are written, False is left out,
        # and a value marked safe is written as it is (crispy's ``stringformat`` keeps it so).
        widget=forms.CheckboxSelectMultiple(
            attrs={
                "data-empty": "",
                "data-zero": 0,
                "hidden": False,
                "data-on": True,
                "data-safe": mark_safe('<i title="x">'),
            }
        ),
        help_text="Pick <any>.",
    )
    one = forms.ChoiceField(choices=CHOICES, widget=forms.RadioSelect)
    optional = forms.TypedChoiceField(
        choices=[(True, "Yes"), (False, "No")], required=False, widget=forms.RadioSelect
    )


@pytest.mark.parametrize("inline_class", ["", "inline"])
@pytest.mark.parametrize(
    "data",
    [
        None,  # a new form
        {"many": ["1", "4"], "one": "2", "optional": "False"},  # chosen values checked
        {"many": ["99"], "one": ""},  # errors: not a choice, required
    ],
    ids=["new", "chosen", "errors"],
)
@pytest.mark.parametrize("name", ["many", "one", "optional"])
def test_every_choice_list_is_written_as_crispy_wrote_it(name, data, inline_class):
    form = ChoicesForm(data, prefix="p")
    if data is not None:
        form.is_valid()

    crispy, ours = _both(form[name], inline_class=inline_class)

    assert ours == crispy
    assert "<script>" not in ours


def test_the_errors_follow_the_last_choice():
    form = ChoicesForm({"one": "nonsense"})
    form.is_valid()

    crispy, ours = _both(form["one"])

    assert ours == crispy
    assert ours.count("invalid-feedback") == 1
    assert ours.index("invalid-feedback") > ours.index("A decimal value")
    assert "is-invalid" in ours


@pytest.mark.django_db
def test_the_contacts_shortlist_on_the_application_form_is_unchanged(owner):
    from core.choices import fetch_choices
    from tracker.forms import ApplicationForm

    chosen = ContactFactory(owner=owner, name=HOSTILE)
    ContactFactory.create_batch(3, owner=owner)
    application = ApplicationFactory(owner=owner)
    application.contacts.add(chosen)
    form = ApplicationForm(instance=application, owner=owner)
    fetch_choices(form)

    crispy, ours = _both(form["contacts"])

    assert ours == crispy
    chosen_input = re.search(rf'<input[^>]* value="{chosen.pk}"[^>]*>', ours)
    assert chosen_input and " checked" in chosen_input.group()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Ann&quot; O&#x27;Neil" in ours


def test_the_datalist_offers_each_name_escaped():
    names = ["Acme", HOSTILE, "Zeta & Co"]
    crispy = Engine().from_string(
        '<datalist id="company-names">{% for name in names %}'
        '<option value="{{ name }}"></option>{% endfor %}</datalist>'
    )

    ours = get_template("includes/company_datalist.html").render({"names": names})

    assert _tidy(ours) == _tidy(crispy.render(Context({"names": names})))
    assert '<option value="&lt;script&gt;alert(1)&lt;/script&gt;' in ours
