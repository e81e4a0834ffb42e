"""The published JSON Schema of the export (docs/export.schema.json), checked with
``jsonschema`` against real exports, against broken ones, and against the code that
writes and reads the format, so it cannot drift from them."""

import copy
import json
from pathlib import Path

import pytest
from django.conf import settings
from django.db import models
from jsonschema import Draft202012Validator

from portability import archive
from tests.factories import ApplicationFactory
from tests.portability.factories import build_materials, build_rich_account
from tests.portability.test_json import export, upload
from tests.portability.zips import export_zip, zip_with
from tracker.models import Application

SCHEMA_PATH = Path(settings.BASE_DIR) / "docs" / "export.schema.json"


@pytest.fixture(scope="module")
def schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def validator(schema) -> Draft202012Validator:
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


@pytest.fixture
def rich_export(owner, owner_client) -> dict:
    build_materials(owner, build_rich_account(owner))
    return export(owner_client)


def _errors(validator, document) -> list[str]:
    return [error.message for error in validator.iter_errors(document)]


# --- The schema itself ------------------------------------------------------------------------


def test_the_schema_is_a_valid_draft_2020_12_schema(schema):
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_the_schema_is_versioned_with_the_format(schema):
    assert schema["properties"]["format"] == {"const": archive.FORMAT}
    assert schema["properties"]["version"]["const"] == archive.VERSION
    assert schema["$id"] == f"urn:rebound:export:{archive.VERSION}"
    assert f"version {archive.VERSION}" in schema["title"]


def test_the_schema_names_every_section_and_field_the_code_writes(schema):
    required = [key for key in archive.SECTION_KEYS if key not in archive.OPTIONAL_SECTIONS]
    assert schema["required"] == ["format", "version", "exported_at", *required]
    assert set(schema["properties"]) == {"format", "version", "exported_at", *archive.SECTION_KEYS}
    for section in archive.SECTIONS:
        item = schema["$defs"][section.key]
        expected = ["id", *section.fields, *section.links, *section.many]
        expected += [child.key for child in section.children]
        if section.model.__name__ == "Letter":
            expected.append(archive.TEMPLATE_KEY)
        if section.model.__name__ == "DocumentVersion":
            expected.append(archive.FILE_KEY)
        assert item["required"] == expected, section.key
        assert list(item["properties"]) == expected, section.key
        assert item["additionalProperties"] is False
        for child in section.children:
            child_item = item["properties"][child.key]["items"]
            assert child_item["required"] == list(child.fields)


def _allowed(property_schema: dict) -> list | None:
    if "enum" in property_schema:
        return property_schema["enum"]
    return None


def test_the_schemas_choices_and_lengths_are_the_models(schema):
    """One fact, two homes: the models say what a status may be, the schema repeats it for
    other software; this keeps them equal."""
    for section in archive.SECTIONS:
        meta = section.model._meta
        properties = schema["$defs"][section.key]["properties"]
        children = [(child.model._meta, child.fields, child.key) for child in section.children]
        for field_meta, names, properties_of in [
            (meta, section.fields, properties),
            *[
                (child_meta, fields, properties[key]["items"]["properties"])
                for child_meta, fields, key in children
            ],
        ]:
            for name in names:
                model_field = field_meta.get_field(name)
                described = properties_of[name]
                if model_field.choices:
                    values = [value for value, _ in model_field.flatchoices]
                    allowed = [v for v in _allowed(described) if v not in ("", None)]
                    assert allowed == values, f"{field_meta.label}.{name}"
                elif isinstance(model_field, models.CharField | models.TextField):
                    assert described.get("maxLength") == model_field.max_length, name


# --- Real exports validate ------------------------------------------------------------------


def test_a_real_export_of_a_rich_account_is_valid(validator, rich_export):
    assert _errors(validator, rich_export) == []
    # Every section has something in it, so every part of the schema was exercised.
    assert all(rich_export[key] for key in archive.SECTION_KEYS)


def test_the_export_of_an_empty_account_is_valid(validator, owner_client):
    assert _errors(validator, export(owner_client)) == []


def test_an_export_without_optional_values_is_valid(validator, owner, owner_client):
    ApplicationFactory(owner=owner, applied_on=None, salary_min=None, salary_max=None, work_mode="")
    assert _errors(validator, export(owner_client)) == []


# --- Broken documents do not ----------------------------------------------------------------


def _first(key: str):
    def get(document):
        return document[key][0]

    return get


BROKEN = {
    "wrong format": lambda d: d.update(format="someone-else"),
    "newer version": lambda d: d.update(version=archive.VERSION + 1),
    "missing section": lambda d: d.pop("letters"),
    "unknown section": lambda d: d.update(secrets=[]),
    "section not a list": lambda d: d.update(companies={}),
    "unknown field": lambda d: _first("applications")(d).update(salary="lots"),
    "missing field": lambda d: _first("contacts")(d).pop("email"),
    "status not a status": lambda d: _first("applications")(d).update(status="hired"),
    "id zero": lambda d: _first("companies")(d).update(id=0),
    "id as text": lambda d: _first("interviews")(d).update(application="1"),
    "time without offset": lambda d: _first("interviews")(d).update(
        scheduled_at="2026-03-01T10:00:00"
    ),
    "date as a day-first string": lambda d: _first("applications")(d).update(
        applied_on="01.03.2026"
    ),
    "negative salary": lambda d: _first("applications")(d).update(salary_min=-1),
    "title too long": lambda d: _first("applications")(d).update(position_title="x" * 201),
    "mood out of range": lambda d: _first("self_care_notes")(d).update(mood=6),
    "history entry missing a field": lambda d: _first("applications")(d)["status_history"][0].pop(
        "changed_at"
    ),
    "interviewer listed twice": lambda d: _first("interviews")(d).update(interviewers=[1, 1]),
    "template without a name": lambda d: _first("letters")(d).update(
        template={"kind": "thank_you"}
    ),
    "salary of a posting as a number": lambda d: _first("posting_snapshots")(d).update(
        salary_min=85000.5
    ),
    "file outside files/": lambda d: _first("document_versions")(d).update(file="../etc/passwd"),
    "version without its document": lambda d: _first("document_versions")(d).pop("document"),
    "unknown document kind": lambda d: _first("documents")(d).update(kind="poem"),
    "weekly target above fifty": lambda d: _first("weekly_goals")(d).update(applications=51),
    "two sets of weekly goals": lambda d: d["weekly_goals"].append(
        {**d["weekly_goals"][0], "id": 2}
    ),
}


@pytest.mark.parametrize("breakage", BROKEN.values(), ids=BROKEN.keys())
def test_a_broken_export_is_invalid(validator, rich_export, breakage):
    document = copy.deepcopy(rich_export)
    breakage(document)
    assert _errors(validator, document) != []


#: The import reads more than the export writes: a repeated id in a list is read once.
LENIENT_IMPORT = {"interviewer listed twice"}


@pytest.mark.parametrize("name", [name for name in BROKEN if name not in LENIENT_IMPORT])
def test_what_the_schema_refuses_the_import_refuses(
    rich_export, owner_client, newcomer_client, name
):
    document = copy.deepcopy(rich_export)
    BROKEN[name](document)

    # As the ZIP export with this document in it: the files are there, the document is not.
    raw = zip_with(export_zip(owner_client), document=document)
    response = upload(newcomer_client, raw, name="rebound.zip")

    assert response.status_code == 400
    assert "Nothing was imported." in response.content.decode()
    assert not Application.objects.filter(owner=newcomer_client.user).exists()
