"""Every field, written by ``{% bootstrap_field %}`` (``core.templatetags.form_fields``), is
the HTML crispy-bootstrap5's own ``field.html`` writes.

Each form is rendered twice, from two new instances (crispy's ``crispy_field`` leaves its
classes on the widgets): through crispy's templates, from its package folder where the
project's overrides cannot shadow them, and through ``{{ form|crispy }}`` as the pages do.
Whitespace between and around tags is the only difference allowed."""

import re

import pytest
from crispy_forms.templatetags.crispy_forms_filters import as_crispy_form
from django import forms
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template import Context
from django.template.loader import get_template
from django.utils.safestring import mark_safe

from core.forms import DateInput, DateTimeInput
from core.templatetags.form_fields import crispy_templates
from tests.factories import ApplicationFactory, ContactFactory

HOSTILE = '<script>alert(1)</script> & "Ann" O\'Neil'


def _tidy(html: str) -> str:
    return re.sub(r"\s*([<>])\s*", r"\1", re.sub(r"\s+", " ", html)).strip()


def _crispy(form, **options) -> str:
    context = {
        "form": form,
        "field_class": "",
        "field_template": "bootstrap5/field.html",
        "form_show_errors": True,
        "form_show_labels": True,
        "label_class": "",
        **options,
    }
    return crispy_templates().get_template("bootstrap5/uni_form.html").render(Context(context))


def assert_same(make_form) -> str:
    crispy, ours = _tidy(_crispy(make_form())), _tidy(str(as_crispy_form(make_form())))
    assert ours == crispy
    return ours


class EveryKind(forms.Form):
    required_css_class = "is-required"
    error_css_class = "has-error"

    name = forms.CharField(help_text=mark_safe("Your <em>full</em> name."))
    nickname = forms.CharField(required=False, label=HOSTILE, help_text="Optional.")
    email = forms.EmailField(required=False)
    website = forms.URLField(required=False)
    count = forms.IntegerField(min_value=0)
    amount = forms.DecimalField(required=False, max_digits=5, decimal_places=2)
    day = forms.DateField(widget=DateInput())
    when = forms.DateTimeField(required=False, widget=DateTimeInput())
    notes = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}))
    kind = forms.ChoiceField(choices=[("a", "A"), ("b", HOSTILE)])
    kinds = forms.MultipleChoiceField(required=False, choices=[("a", "A"), ("b", "B")])
    agree = forms.BooleanField()
    news = forms.BooleanField(required=False, label="Send me news")
    maybe = forms.NullBooleanField(required=False)
    colour = forms.ChoiceField(choices=[("r", "Red"), ("g", "Green")], widget=forms.RadioSelect)
    tags = forms.MultipleChoiceField(
        required=False, choices=[("x", "X"), ("y", "Y")], widget=forms.CheckboxSelectMultiple
    )
    upload = forms.FileField(required=False)
    plain_upload = forms.FileField(required=False, widget=forms.FileInput)
    secret = forms.CharField(widget=forms.PasswordInput)
    token = forms.CharField(widget=forms.HiddenInput, required=False)
    split = forms.SplitDateTimeField(required=False)
    unlabelled = forms.CharField(label="", required=False)
    styled = forms.CharField(
        required=False, widget=forms.TextInput(attrs={"class": "mono", "placeholder": "x"})
    )

    def clean(self):
        raise forms.ValidationError(f"Nothing adds up: {HOSTILE}")


BAD = {
    "name": "",
    "nickname": "x" * 3,
    "email": "not an address",
    "website": "nope",
    "count": "-1",
    "amount": "123456",
    "day": "2026-02-30",
    "when": "soon",
    "kind": HOSTILE,  # its error message repeats the value
    "kinds": ["zzz"],
    "colour": "blue",
    "tags": ["q"],
    "secret": "",
    "split_0": "2026-01-01",
    "split_1": "25:99",
}


@pytest.mark.parametrize(
    "make_form",
    [
        lambda: EveryKind(),
        lambda: EveryKind(prefix="p", initial={"name": HOSTILE, "kind": "b", "news": True}),
        lambda: EveryKind(auto_id=False),
        lambda: EveryKind(BAD, {"upload": SimpleUploadedFile("a.txt", b"")}),
    ],
    ids=["new", "initial", "without-ids", "errors"],
)
def test_every_kind_of_field_is_written_as_crispy_wrote_it(make_form):
    html = assert_same(make_form)

    assert "<script>" not in html
    assert "<em>full</em>" in html  # help text is the form's own markup


def test_with_errors_each_field_shows_its_own_after_the_input():
    html = assert_same(lambda: EveryKind(BAD))

    assert html.count('class="invalid-feedback"') >= 10
    assert 'id="id_email" aria-invalid="true"' in html or "is-invalid" in html


@pytest.mark.parametrize(
    "options",
    [{"form_show_labels": False}, {"form_show_errors": False}, {"label_class": "col-2"}],
    ids=["no-labels", "no-errors", "layout-classes"],
)
def test_other_options_give_crispys_html_too(options):
    """Options a ``FormHelper`` can set: labels or errors hidden are written here, layout
    classes by crispy's own template."""
    crispy = _tidy(_crispy(EveryKind(BAD), **options))
    context = {
        "form": EveryKind(BAD),
        "field_class": "",
        "field_template": "bootstrap5/field.html",
        "form_show_errors": True,
        "form_show_labels": True,
        "label_class": "",
        **options,
    }
    ours = _tidy(get_template("bootstrap5/uni_form.html").render(context))

    assert ours == crispy


@pytest.mark.django_db
def test_the_projects_busiest_forms_are_unchanged(owner):
    from core.choices import fetch_choices
    from tracker.forms import ApplicationForm, ContactForm, InterviewForm

    contact = ContactFactory(owner=owner, name=HOSTILE)
    application = ApplicationFactory(owner=owner, position_title=HOSTILE)
    application.contacts.add(contact)

    def made(form_class, data=None, **kwargs):
        def make():
            form = form_class(data, owner=owner, **kwargs)
            fetch_choices(form)
            if data is not None:
                form.is_valid()
            return form

        return make

    for make in [
        made(ApplicationForm),
        made(ApplicationForm, instance=application),
        made(ApplicationForm, {"company_name": "", "status": "nope", "salary_min": "-5"}),
        made(InterviewForm),
        made(InterviewForm, {"application": "0", "round": "x", "scheduled_at": "soon"}),
        made(ContactForm),
        made(ContactForm, {"name": "", "email": "nope"}),
    ]:
        assert "<script>" not in assert_same(make)
