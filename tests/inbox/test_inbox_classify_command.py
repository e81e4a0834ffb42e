"""``manage.py inbox_classify``: one JSON object per file and line; unreadable files are
reported and make the command fail at the end."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

REJECTION = b"""From: Acme Recruiting <no-reply@greenhouse.io>
To: alex@example.com
Subject: Your application for Data Engineer at Acme
Date: Tue, 3 Mar 2026 10:00:00 +0100

Hi Alex, thank you for applying. We have decided not to move forward with your application.
"""
INVITATION = """From: Lena Schmidt <lena@northwind.example>
Subject: Einladung zum Vorstellungsgespräch
Date: Tue, 3 Mar 2026 10:00:00 +0100
Content-Type: text/plain; charset=utf-8

Wir möchten Sie gern zu einem Vorstellungsgespräch am 12.03.2026 um 14:00 Uhr einladen.
""".encode()


def run(*files) -> tuple[list[dict], Exception | None]:
    out = StringIO()
    error = None
    try:
        call_command("inbox_classify", *map(str, files), stdout=out)
    except CommandError as raised:
        error = raised
    return [json.loads(line) for line in out.getvalue().splitlines()], error


def test_each_file_gives_one_json_line_with_the_documented_keys(tmp_path):
    first, second = tmp_path / "a.eml", tmp_path / "b.eml"
    first.write_bytes(REJECTION)
    second.write_bytes(INVITATION)
    rows, error = run(first, second)
    assert error is None
    assert [row["file"] for row in rows] == [str(first), str(second)]
    assert set(rows[0]) == {
        "file",
        "kind",
        "confidence",
        "company",
        "position",
        "event_at",
        "language",
        "reasons",
    }
    assert rows[0]["kind"] == "rejection"
    assert rows[0]["company"] == "Acme"
    assert rows[0]["event_at"] is None
    assert 0 < rows[0]["confidence"] <= 1
    assert "decided not to move forward" in rows[0]["reasons"][0]
    assert rows[1]["kind"] == "interview"
    assert rows[1]["event_at"] == "2026-03-12T14:00:00+01:00"
    assert rows[1]["language"] == "de"


def test_unreadable_files_are_reported_and_the_command_fails_at_the_end(tmp_path):
    good, empty, binary = tmp_path / "good.eml", tmp_path / "empty.eml", tmp_path / "x.eml"
    good.write_bytes(REJECTION)
    empty.write_bytes(b"")
    binary.write_bytes(b"\x00\x01\x02" * 100)
    rows, error = run(empty, good, binary, tmp_path / "missing.eml", tmp_path)
    assert isinstance(error, CommandError)
    assert "4 of 5" in str(error)
    assert rows[0] == {"file": str(empty), "error": "The message is empty."}
    assert rows[1]["kind"] == "rejection"
    assert "binary" in rows[2]["error"]
    assert rows[3]["error"] == "No such file."
    assert "directory" in rows[4]["error"]


def test_files_are_required():
    with pytest.raises(CommandError):
        call_command("inbox_classify")
