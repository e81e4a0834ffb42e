"""Any bytes given to the import parsers end in a clear refusal (the module's own error,
with a message) or a correct preview, never another exception (issue 13)."""

import json

import pytest
from django.db import transaction
from hypothesis import HealthCheck, example, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from portability import archive, csv_import
from portability.csv_import import MAX_COLUMNS, CsvFileError
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SETTINGS = hypothesis_settings(
    max_examples=200,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Cells made of what breaks CSV readers: separators, quotes, line breaks of every kind,
# NUL, a byte-order mark, formula starts, long runs.
CELL = st.text(
    alphabet=st.sampled_from(
        [*"ab ,;\t\"'\r\n=+-@/0123456789", "\x00", "\ufeff", "\u2028", "\x85", "é", "🙂"]
    ),
    max_size=30,
)
CSV_TEXT = st.lists(st.lists(CELL, min_size=1, max_size=8), min_size=0, max_size=12).map(
    lambda rows: "\n".join(",".join(row) for row in rows)
)
CSV_BYTES = st.one_of(
    st.binary(max_size=400),
    CSV_TEXT.map(lambda text: text.encode("utf-8")),
    CSV_TEXT.map(lambda text: ("Company,Title,Status,Date applied\n" + text).encode("utf-8")),
)


@pytest.fixture
def importer(db):
    return UserFactory(username="importer")


@SETTINGS
@given(raw=CSV_BYTES)
@example(raw=b"")
@example(raw=b"\xff\xfe")
@example(raw=",".join(f"c{i}" for i in range(MAX_COLUMNS + 1)).encode() + b"\nx,y\n")
@example(raw=b'a,b\n"unterminated\n')
def test_any_bytes_give_a_csv_refusal_or_a_correct_preview(importer, raw):
    try:
        parsed = csv_import.parse(csv_import.decode(raw))
    except CsvFileError as refusal:
        assert str(refusal).strip()
        return
    assert 2 <= len(parsed.headers) <= MAX_COLUMNS
    assert len({h.casefold() for h in parsed.headers}) == len(parsed.headers)
    assert parsed.rows
    assert all(len(row.values) <= MAX_COLUMNS for row in parsed.rows)
    mapping = csv_import.auto_mapping(parsed.headers, parsed)
    assert len(set(mapping.values())) == len(mapping)
    assert all(0 <= index < len(parsed.headers) for index in mapping.values())
    csv_import.status_values(parsed, mapping.get("status"))
    validation = csv_import.validate(
        parsed, mapping, owner=importer, default_status="applied", order=None
    )
    assert len(validation.forms) + len(validation.refused) == validation.total
    assert validation.total == len(parsed.rows)
    assert validation.ok == (not validation.refused)
    csv_import.refused_csv(parsed, validation.refused)


JSON_VALUE = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**50), max_value=10**50)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)
ITEM_KEYS = sorted(
    {"id", *(name for section in archive.SECTIONS for name in section.fields)}
    | {name for section in archive.SECTIONS for name in section.links}
)


def _export_shaped(sections: dict) -> bytes:
    document = {"format": "rebound-export", "version": 2, "exported_at": None}
    document.update({key: sections.get(key, []) for key in archive.SECTION_KEYS})
    return json.dumps(document).encode()


EXPORT_SHAPED = st.dictionaries(
    st.sampled_from(archive.SECTION_KEYS),
    st.lists(st.dictionaries(st.sampled_from(ITEM_KEYS), JSON_VALUE, max_size=6), max_size=3),
    max_size=3,
).map(_export_shaped)
JSON_BYTES = st.one_of(
    st.binary(max_size=300),
    JSON_VALUE.map(lambda value: json.dumps(value).encode()),
    EXPORT_SHAPED,
)


@SETTINGS
@given(raw=JSON_BYTES)
@example(raw=b"[" * 100_000 + b"]" * 100_000)
@example(raw=b'{"format": "rebound-export", "version": ' + b"9" * 5000 + b"}")
@example(
    raw=_export_shaped(
        {
            "companies": [
                {
                    "id": 1,
                    "name": "\ud800",
                    "website": "",
                    "notes": "",
                    "created_at": "2026-01-01T00:00:00+00:00",
                }
            ]
        }
    )
)
@example(raw=b'{"format": "rebound-export", "version": 2, "x": "\\u0000"}')
@example(raw=b'{"format": "rebound-export", "version": 1e999}')
@example(raw=b"\xef\xbb\xbf")
def test_any_bytes_give_an_archive_refusal_or_an_import(importer, raw):
    try:
        document = archive.load(raw)
    except archive.ArchiveError as refusal:
        assert str(refusal).strip()
        return
    assert all(isinstance(document[key], list) for key in archive.SECTION_KEYS)
    sid = transaction.savepoint_create()
    try:
        counts = archive.restore(owner=importer, document=document)
    except archive.ArchiveError as refusal:
        assert str(refusal).strip()
    else:
        assert counts == {key: len(document[key]) for key in archive.SECTION_KEYS}
    finally:
        transaction.savepoint_rollback(sid)
