"""Every cap on a request body or upload is set, and the README's Limits table says what
the code does (issue 13, item 1)."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile

from core import jsonbody
from portability import archive, csv_import

README = Path(__file__).resolve().parents[2] / "README.md"


def limits_section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("### Limits")
    return text[start : text.index("\n### ", start + 1)]


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("DATA_UPLOAD_MAX_MEMORY_SIZE", 2_621_440),
        ("DATA_UPLOAD_MAX_NUMBER_FIELDS", 1_000),
        ("DATA_UPLOAD_MAX_NUMBER_FILES", 100),
        ("FILE_UPLOAD_MAX_MEMORY_SIZE", 2_621_440),
    ],
)
def test_each_django_cap_is_set_and_documented_with_its_value(name, value):
    assert getattr(settings, name) == value
    assert f"`{name} = {value}`" in limits_section()


def test_the_import_caps_in_the_table_are_the_codes():
    section = limits_section()

    assert csv_import.MAX_CSV_BYTES == 5 * 1024 * 1024 and "| 5 MB (`MAX_CSV_BYTES`)" in section
    assert csv_import.MAX_ROWS == 5_000 and "5,000 applications (`MAX_ROWS`)" in section
    assert csv_import.MAX_COLUMNS == 200 and "| 200 (`MAX_COLUMNS`)" in section
    assert csv_import.MAX_HEADER_CHARS == 200 and "200 characters (`MAX_HEADER_CHARS`)" in section
    assert csv_import.MAX_CELL_CHARS == 10_000 and "10,000 characters (`MAX_CELL_CHARS`" in section
    assert archive.MAX_JSON_BYTES == 20 * 1024 * 1024 and "20 MB (`MAX_JSON_BYTES`)" in section
    json_limits = archive.JSON_LIMITS
    assert (json_limits.max_depth, json_limits.max_values, json_limits.max_number_chars) == (
        8,
        2_000_000,
        40,
    )
    assert "depth 8, 2,000,000 values, numbers of at most 40 characters" in section
    body = jsonbody.BODY_LIMITS
    assert (body.max_bytes, body.max_depth, body.max_values, body.max_number_chars) == (
        16 * 1024,
        8,
        1_000,
        40,
    )
    assert "16 KB, depth 8, 1,000 values, numbers of at most 40 characters" in section


def test_a_form_body_with_too_many_fields_is_refused_with_400(owner_client, db):
    data = {f"field{i}": "x" for i in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1)}

    response = owner_client.post("/contacts/new/", data)

    assert response.status_code == 400


def test_a_request_with_more_files_than_allowed_is_refused_with_400(owner_client, db):
    files = {
        f"file{i}": SimpleUploadedFile(f"{i}.csv", b"Company,Title\nAcme,Dev\n")
        for i in range(settings.DATA_UPLOAD_MAX_NUMBER_FILES + 1)
    }

    response = owner_client.post("/data/import/", files)

    assert response.status_code == 400
