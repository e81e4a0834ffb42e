"""Bounded work per upload: a CSV with too many columns or too long a value, and a JSON
export too deep, too large in numbers or values, or holding a NUL, are refused with a clear
message before any page is built or anything is saved (issue 13, item 1 and 5)."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from portability import archive, csv_import
from portability.csv_import import MAX_CELL_CHARS, MAX_COLUMNS, CsvFileError
from portability.models import PendingImport
from tracker.models import Application, Company

pytestmark = pytest.mark.django_db

UPLOAD_URL = reverse("portability:csv-upload")
JSON_URL = reverse("portability:json-import")


def upload_csv(client, text: str):
    return client.post(UPLOAD_URL, {"file": SimpleUploadedFile("a.csv", text.encode())})


def upload_json(client, raw: bytes):
    return client.post(JSON_URL, {"file": SimpleUploadedFile("a.json", raw)})


def wide_csv(columns: int) -> str:
    header = ",".join(f"c{i}" for i in range(columns))
    row = ",".join("x" for _ in range(columns))
    return f"{header}\n{row}\n"


def test_a_csv_with_100000_columns_is_refused_at_upload_with_a_message(owner_client):
    text = wide_csv(100_000)
    assert len(text) < 1_300_000  # the 0.9 MB file, give or take the names

    with CaptureQueriesContext(connection):
        response = upload_csv(owner_client, text)

    assert response.status_code == 400
    content = response.content.decode()
    assert f"Rebound reads at most {MAX_COLUMNS}" in content
    assert "100,000 columns" in content
    assert content.count("<option") < 100  # no mapping page, no select of 100,000
    assert not PendingImport.objects.exists()


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_a_too_wide_first_line_is_refused_before_the_csv_parser_runs(monkeypatch, delimiter):
    # Parsing a 100,000-column row holds the interpreter, and with it /healthz in the same
    # web process, for tens of milliseconds: the separators are counted first.
    text = delimiter.join(f"c{i}" for i in range(100_000)) + "\n"
    monkeypatch.setattr(csv_import.csv, "reader", lambda *a, **k: pytest.fail("parsed"))

    with pytest.raises(CsvFileError, match="100,000 columns"):
        csv_import.parse(text)
    with pytest.raises(CsvFileError, match="100,000 columns"):
        csv_import.parse(text, delimiter=delimiter)


def test_a_csv_with_the_most_columns_allowed_is_read_and_its_mapping_page_stays_small(
    owner_client,
):
    header = ["Company", "Job Title", *(f"extra {i}" for i in range(MAX_COLUMNS - 2))]
    text = ",".join(header) + "\n" + ",".join(["Acme", "Dev", *["x"] * (MAX_COLUMNS - 2)]) + "\n"

    response = upload_csv(owner_client, text)
    assert response.status_code == 302
    page = owner_client.get(response["Location"])

    assert page.status_code == 200
    # 16 choices of (columns + "not imported"), plus the status and date-order choices.
    assert page.content.decode().count("<option") < 17 * (MAX_COLUMNS + 1) + 40


def test_one_column_too_many_is_refused():
    with pytest.raises(CsvFileError, match=f"{MAX_COLUMNS + 1} columns"):
        csv_import.parse(wide_csv(MAX_COLUMNS + 1))


def test_a_row_with_too_many_values_is_refused_naming_its_line():
    text = "Company,Title\nAcme,Dev\n" + ",".join(["x"] * (MAX_COLUMNS + 1)) + "\n"

    with pytest.raises(CsvFileError, match="Line 3 has 201 values"):
        csv_import.parse(text)


def test_a_long_column_name_is_refused():
    with pytest.raises(CsvFileError, match="name of column 2 is 201 characters"):
        csv_import.parse("Company," + "t" * 201 + "\nAcme,Dev\n")


def test_a_value_longer_than_the_longest_field_is_refused_naming_line_and_column(owner_client):
    text = f'Company,Title,Notes\nAcme,Dev,ok\nGlobex,QA,"{"n" * (MAX_CELL_CHARS + 1)}"\n'

    response = upload_csv(owner_client, text)

    assert response.status_code == 400
    assert "Line 3, column 3 holds 10,001 characters" in response.content.decode()
    assert not PendingImport.objects.exists()


def test_a_value_as_long_as_the_notes_allow_is_read():
    parsed = csv_import.parse(f"Company,Title,Notes\nAcme,Dev,{'n' * MAX_CELL_CHARS}\n")

    assert len(parsed.rows[0].values[2]) == MAX_CELL_CHARS


def test_a_pending_import_too_wide_for_the_new_limits_starts_over_instead_of_failing(
    owner_client, owner
):
    """An upload kept from before the limits existed is refused on the next step too."""
    pending = PendingImport.objects.create(
        owner=owner,
        token="t" * 43,
        filename="old.csv",
        content=wide_csv(MAX_COLUMNS + 1),
        delimiter=",",
        headers=[f"c{i}" for i in range(MAX_COLUMNS + 1)],
        row_count=1,
    )

    response = owner_client.get(reverse("portability:csv-map"), {"token": pending.token})

    assert response.status_code == 302
    assert response["Location"] == UPLOAD_URL


# --- JSON ---------------------------------------------------------------------------------


def _export_with(**changes) -> dict:
    document = {"format": "rebound-export", "version": 2, "exported_at": None}
    document.update({key: [] for key in archive.SECTION_KEYS})
    document.update(changes)
    return document


def _company(**fields) -> dict:
    return {
        "id": 1,
        "name": "Acme",
        "website": "",
        "notes": "",
        "created_at": "2026-01-01T10:00:00+00:00",
        **fields,
    }


HOSTILE_JSON = {
    "deep nesting": (b"[" * 100_000 + b"]" * 100_000, "nested more than"),
    "a 4,300-digit integer": (
        b'{"format": "rebound-export", "version": 2, "companies": [{"id": ' + b"9" * 4300 + b"}]}",
        "number longer than",
    ),
    "a huge float": (b'{"format": "rebound-export", "version": 1e999}', "too large"),
    "NaN": (b'{"format": "rebound-export", "version": NaN}', "NaN"),
    "a NUL in a string": (
        json.dumps(_export_with(companies=[_company(name="Ac\x00me")])).encode(),
        "NUL character",
    ),
    "a lone surrogate": (
        json.dumps(_export_with(companies=[_company(name="\ud800")])).encode(),
        "lone surrogate",
    ),
    "too many values": (b"[" + b"0," * 2_000_001 + b"0]", "more than 2,000,000 values"),
    "empty": (b"", "empty"),
    "blank": (b"  \n", "empty"),
    "not UTF-8": (b'{"format": "\xff"}', "not UTF-8"),
    "the wrong top-level type": (b'"rebound-export"', "This is not a Rebound export"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE_JSON))
def test_a_hostile_json_export_is_refused_with_a_clear_message(name):
    raw, message = HOSTILE_JSON[name]

    with pytest.raises(archive.ArchiveError, match=message):
        archive.load(raw)


@pytest.mark.parametrize("name", sorted(HOSTILE_JSON))
def test_a_hostile_json_upload_answers_with_the_form_and_imports_nothing(name, newcomer_client):
    raw, message = HOSTILE_JSON[name]

    response = upload_json(newcomer_client, raw)

    assert response.status_code == 400
    content = response.content.decode()
    if name == "empty":  # the file field itself refuses an empty upload
        assert "The submitted file is empty." in content
    else:
        assert "Nothing was imported" in content
        assert message in content
    assert not Company.objects.exists()
    assert not Application.objects.exists()


def test_an_export_with_line_breaks_in_one_line_fields_is_imported_on_one_line(newcomer_client):
    document = _export_with(
        companies=[_company(name="Acme\u2028Corp", notes="two\nlines stay")],
    )

    response = upload_json(newcomer_client, json.dumps(document).encode())

    assert response.status_code == 302
    company = Company.objects.get()
    assert company.name == "Acme Corp"
    assert company.notes == "two\nlines stay"
