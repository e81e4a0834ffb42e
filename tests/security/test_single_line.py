"""Single-line fields stay on one line whichever way text comes in (issue 13, item 5).

Every model ``CharField`` of the project is enumerated, and for each the test proves the
one mechanism reaches it: the admin's form (``core.forms.single_line_admin``), every form
of the project that edits it (``SingleLineMixin``), the JSON import (``single_line`` in
``archive._parse_value``) and the CSV import (the application form). End to end, text with
each separator posted to every form or imported leaves no line break in any such column.
"""

import importlib
import inspect
import json

import pytest
from django import forms
from django.apps import apps
from django.contrib import admin
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from django.db.models import Q
from django.test import Client

from core.forms import SingleLineMixin, is_single_line, refuses_line_breaks
from core.text import LINE_BREAKS
from portability import archive
from tests.factories import UserFactory
from tests.portability.factories import build_rich_account

# The sign-up form is posted with sign-up open, as in the hostile-input tests.
from tests.security.test_hostile_input import CASES, Poster
from tests.security.world import PROJECT_APPS

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("signup_open")]

#: The separators of issue 13 (plus the ASCII ones), one at a time.
SEPARATORS = ["\u2028", "\u2029", "\x85", "\v", "\f", "\r", "\n", "\r\n"]

#: Every module with forms people fill in. ``accounts`` may not import ``core`` (layers),
#: so its forms are checked by behaviour below instead of by their base class.
FORM_MODULES = [
    "tracker.forms",
    "rejections.forms.workspace",
    "rejections.forms.letters",
    "rejections.forms.journal",
    "reminders.forms",
    "portability.forms",
    "portability.csv_import",
]


def single_line_model_fields() -> list[tuple[type[models.Model], models.CharField]]:
    """Every ``CharField`` (e-mail, URL and slug fields included) that is free text: a
    field with choices only takes one of them."""
    found = []
    for label in PROJECT_APPS:
        for model in apps.get_app_config(label).get_models():
            for field in model._meta.concrete_fields:
                if isinstance(field, models.CharField) and not field.choices:
                    if (model._meta.label, field.name) == ("auth.User", "password"):
                        continue  # a hash, only ever set by the password forms
                    found.append((model, field))
    return found


FIELDS = single_line_model_fields()
FIELD_IDS = [f"{model._meta.label}.{field.name}" for model, field in FIELDS]


def project_forms() -> list[type[forms.BaseForm]]:
    found = []
    for module_name in FORM_MODULES:
        module = importlib.import_module(module_name)
        for _, form_class in inspect.getmembers(module, inspect.isclass):
            if issubclass(form_class, forms.BaseForm) and form_class.__module__ == module_name:
                found.append(form_class)
    return found


def test_the_enumeration_finds_the_fields_of_every_app():
    labels = {model._meta.label for model, _ in FIELDS}

    assert {"tracker.Company", "tracker.Application", "tracker.Contact"} <= labels
    assert {"rejections.Letter", "rejections.Reflection", "auth.User"} <= labels
    assert len(FIELDS) > 25


@pytest.mark.parametrize(("model", "field"), FIELDS, ids=FIELD_IDS)
def test_the_admin_form_of_every_single_line_field_flattens_it(model, field, rf, admin_user):
    model_admin = admin.site._registry.get(model)
    if model_admin is None:
        pytest.skip(f"{model._meta.label} is not in the admin")
    request = rf.get("/admin/")
    request.user = admin_user
    for obj in (None, model()):  # the add form and the change form
        form_class = model_admin.get_form(request, obj, fields=[field.name])
        form = form_class(data={field.name: "Acme\u2028Corp\x85Ltd\vX"})
        assert isinstance(form, SingleLineMixin)
        if field.name not in form.fields:
            continue  # read-only or private in the admin: nothing to type into

        assert is_single_line(form.fields[field.name])
        form.full_clean()
        if field.name in form.single_line_names():
            assert form.data[field.name] == "Acme Corp Ltd X"
        else:  # a field that refuses line breaks itself, with its own message
            assert refuses_line_breaks(form.fields[field.name], field)
            assert "single line" in str(form.errors[field.name])


@pytest.mark.parametrize(("model", "field"), FIELDS, ids=FIELD_IDS)
def test_every_project_form_editing_a_single_line_field_flattens_it(model, field):
    editing = [
        form_class
        for form_class in project_forms()
        if issubclass(form_class, forms.ModelForm)
        and form_class._meta.model is model
        and field.name in form_class.base_fields
    ]
    for form_class in editing:
        assert issubclass(form_class, SingleLineMixin), form_class
        form_field = form_class.base_fields[field.name]
        assert is_single_line(form_field), form_class
        if getattr(form_field, "handles_line_breaks", False):
            # It flattens the rare breaks and refuses CR and LF itself.
            if isinstance(form_field, forms.EmailField):
                assert form_field.clean("sam@example.com\u2028\x85") == "sam@example.com"
            else:
                cleaned = form_field.clean("Thanks\u2028for\x85the\vtalk")
                assert cleaned == "Thanks for the talk"
            with pytest.raises(forms.ValidationError):
                form_field.clean("sam@example.com\r\nBcc: x@example.com")


@pytest.mark.parametrize(("model", "field"), FIELDS, ids=FIELD_IDS)
def test_the_json_import_flattens_every_single_line_field_it_reads(model, field):
    if not any(section.model is model for section in archive.SECTIONS):
        pytest.skip(f"{model._meta.label} is not in the export")

    value = archive._parse_value(field, "a\u2028b\u2029c\x85d\ve\ff", "here")

    assert value == "a b c d e f"


def test_every_form_of_the_project_with_a_text_field_has_the_mechanism():
    classes = project_forms()
    texts = 0
    for form_class in classes:
        single = sum(is_single_line(f) for f in form_class.base_fields.values())
        if single:  # a form of check boxes and choices needs nothing
            assert issubclass(form_class, SingleLineMixin), form_class
        texts += single

    assert len(classes) > 15
    assert texts > 20


def test_text_areas_and_passwords_keep_their_line_breaks_and_characters():
    assert not is_single_line(forms.CharField(widget=forms.Textarea))
    assert not is_single_line(forms.CharField(widget=forms.PasswordInput))
    assert is_single_line(forms.EmailField())
    assert is_single_line(forms.URLField())
    assert not is_single_line(forms.ChoiceField())


def lines_broken_in_the_database() -> list[str]:
    broken = []
    for model, field in FIELDS:
        condition = Q()
        for character in LINE_BREAKS:
            condition |= Q(**{f"{field.name}__contains": character})
        for value in model._default_manager.filter(condition).values_list(field.name, flat=True):
            broken.append(f"{model._meta.label}.{field.name}: {value!r}")
    return broken


@pytest.mark.parametrize("name", sorted(CASES))
def test_separators_posted_to_every_form_never_reach_a_single_line_column(name, world):
    poster = Poster(name, world)
    single = [n for n, f in poster.fields.items() if is_single_line(f) and n in poster.base]
    if not single:
        single = [n for n, f in poster.fields.items() if is_single_line(f)]

    for separator in SEPARATORS:
        payload = dict(poster.base)
        for field_name in single:
            original = str(payload.get(field_name) or "Sam Lee")
            payload[field_name] = original.replace(" ", separator, 1) + f"{separator}x"
        poster.post(payload)

    assert lines_broken_in_the_database() == []


def test_separators_in_a_csv_import_become_spaces(owner_client, owner):
    from tracker.models import Application

    rows = [f'"Acme{s}Corp","Dev{s}Ops","Berlin{s}Mitte","Line{s}one"' for s in SEPARATORS]
    text = "Company,Title,Location,Notes\n" + "\n".join(rows) + "\n"
    upload = owner_client.post(
        "/data/import/", {"file": SimpleUploadedFile("a.csv", text.encode())}
    )
    assert upload.status_code == 302, upload.content.decode()
    token = upload["Location"].split("token=")[1]
    form = owner_client.get(upload["Location"]).context["form"]
    data = {n: form[n].value() or "" for n in form.fields}
    data.update({"token": token, "location": "2", "notes": "3"})
    mapped = owner_client.post("/data/import/map/", data)
    assert mapped.status_code == 302, mapped.content.decode()
    confirmed = owner_client.post("/data/import/confirm/", {"token": token})
    assert confirmed.status_code == 302

    titles = set(Application.objects.filter(owner=owner).values_list("position_title", flat=True))
    assert titles == {"Dev Ops"}
    assert lines_broken_in_the_database() == []
    # A notes column is text over several lines: its line breaks are kept.
    assert Application.objects.filter(notes__contains="\n").exists()


def test_separators_in_every_text_of_a_json_import_stay_out_of_single_line_columns(owner):
    build_rich_account(owner)
    document = json.loads("".join(archive.export_json(owner)))
    single = {
        section.key: {
            name
            for name in section.fields
            if isinstance(section.model._meta.get_field(name), models.CharField)
            and not section.model._meta.get_field(name).choices
            # a link or an address with a space is refused, not flattened
            and not isinstance(
                section.model._meta.get_field(name), models.URLField | models.EmailField
            )
        }
        for section in archive.SECTIONS
    }
    for section in archive.SECTIONS:
        for item in document[section.key]:
            for name in single[section.key]:
                value = item[name]
                if isinstance(value, str) and len(value) > 3:  # same length, still valid
                    item[name] = value[0] + "\u2028" + value[2:-1] + "\x85"
    newcomer = Client()
    user = UserFactory(username="newcomer")
    newcomer.force_login(user)
    response = newcomer.post(
        "/data/import/json/",
        {"file": SimpleUploadedFile("a.json", json.dumps(document).encode())},
    )

    assert response.status_code == 302, response.content.decode()
    assert lines_broken_in_the_database() == []
