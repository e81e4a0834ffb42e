import datetime
from urllib.parse import parse_qs, urlparse

import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError
from django.urls import reverse
from django.utils import timezone

from portability import csv_import
from portability.csv_import import CsvFileError, auto_mapping, parse
from portability.models import PENDING_IMPORT_TTL, PendingImport
from tests.factories import ApplicationFactory, CompanyFactory
from tracker.models import Application, Company, StatusChange
from tracker.stages import Status

pytestmark = pytest.mark.django_db

UPLOAD_URL = reverse("portability:csv-upload")
MAP_URL = reverse("portability:csv-map")
PREVIEW_URL = reverse("portability:csv-preview")
CONFIRM_URL = reverse("portability:csv-confirm")

GOOD = (
    "Company,Job Title,Stage,Date applied,Link,Notes,Location,Source\n"
    "Acme,Backend engineer,Applied,2026-03-01,https://acme.example/1,Great team,Berlin,LinkedIn\n"
    'Globex,"Data analyst, senior",interviewing,01/02/2026,,"Two\nlines",Remote,Referral\n'
    "acme,Platform engineer,,,,,,\n"
)


def upload(client, content: str | bytes, name: str = "applications.csv"):
    raw = content.encode() if isinstance(content, str) else content
    return client.post(UPLOAD_URL, {"file": SimpleUploadedFile(name, raw, "text/csv")})


def token_of(response) -> str:
    return parse_qs(urlparse(response["Location"]).query)["token"][0]


def messages_of(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


def map_columns(client, token: str, **mapping) -> None:
    """Post the mapping step as the page offers it, with ``mapping`` changed."""
    form = client.get(MAP_URL, {"token": token}).context["form"]
    data = {
        name: form[name].value() or ""
        for name in form.fields
        if name.startswith("status_value_") or name in ("status_column", "date_order")
    }
    data.update({"token": token, "default_status": "applied", **mapping})
    response = client.post(MAP_URL, data)
    assert response.status_code == 302, response.content.decode()
    assert response["Location"] == f"{PREVIEW_URL}?token={token}"


def uploaded_and_mapped(client, content: str, **choices) -> str:
    """Upload, accept the automatic column matches (and ``choices``), return the token."""
    response = upload(client, content)
    assert response.status_code == 302, response.content.decode()
    token = token_of(response)
    pending = PendingImport.objects.get(token=token)
    parsed = parse(pending.content, delimiter=pending.delimiter)
    mapping = {name: str(i) for name, i in auto_mapping(pending.headers, parsed).items()}
    map_columns(client, token, **mapping, **choices)
    return token


# --- Upload: file-level problems ---------------------------------------------------------


def test_a_good_file_goes_on_to_the_column_mapping(owner_client, owner):
    response = upload(owner_client, GOOD)
    assert response.status_code == 302
    pending = PendingImport.objects.get(owner=owner)
    assert response["Location"] == f"{MAP_URL}?token={pending.token}"
    assert pending.row_count == 3
    assert pending.headers[:2] == ["Company", "Job Title"]
    assert not Application.objects.exists()


def test_latin1_file_is_refused_with_how_to_save_it(owner_client):
    response = upload(owner_client, "Company,Title\nZürich AG,Engineer\n".encode("latin-1"))
    assert response.status_code == 400
    assert "This file is not UTF-8 text; save it as “CSV UTF-8”" in response.content.decode()
    assert not PendingImport.objects.exists()


def test_semicolon_separated_file_from_european_excel_works(owner_client, owner):
    content = "\ufeffCompany;Title;Salary min\nZürich AG;Engineer;60.000\nBeta;Analyst, junior;\n"
    token = uploaded_and_mapped(owner_client, content)
    owner_client.post(CONFIRM_URL, {"token": token})
    imported = Application.objects.for_user(owner).order_by("pk")
    assert [(a.company.name, a.position_title, a.salary_min) for a in imported] == [
        ("Zürich AG", "Engineer", 60_000),
        ("Beta", "Analyst, junior", None),
    ]


def test_tab_separated_file_works():
    assert parse("Company\tTitle\nAcme\tEngineer\n").delimiter == "\t"


def test_one_column_file_is_refused(owner_client):
    response = upload(owner_client, "Company|Title\nAcme|Engineer\n")
    assert response.status_code == 400
    assert "Only one column was found" in response.content.decode()


def test_six_megabyte_file_is_refused_before_it_is_read(owner_client):
    row = "Acme,Engineer,https://example.com/" + "x" * 60 + "\n"
    content = "Company,Title,URL\n" + row * (6 * 1024 * 1024 // len(row))
    response = upload(owner_client, content)
    assert response.status_code == 413
    assert "This file is larger than 5.0" in response.content.decode()
    assert not PendingImport.objects.exists()


def test_file_just_over_the_limit_is_refused_by_the_form(owner_client):
    content = "Company,Title\n" + "Acme,Engineer\n" * (csv_import.MAX_CSV_BYTES // 14 + 10)
    assert len(content) < csv_import.MAX_CSV_BYTES + 64 * 1024
    response = upload(owner_client, content)
    assert response.status_code == 400
    assert "This file is larger than 5.0" in response.content.decode()


def test_fifty_megabyte_body_is_refused_by_its_declared_length(owner, rf):
    """The view refuses from Content-Length alone, before the body is parsed."""
    from portability.views import csv_upload

    request = rf.post(UPLOAD_URL, data=b"", content_type="multipart/form-data; boundary=x")
    request.META["CONTENT_LENGTH"] = str(50 * 1024 * 1024)
    request.user = owner

    class Unreadable:
        def read(self, *args):
            raise AssertionError("the body must not be read")

        readline = read

    request._stream = Unreadable()
    response = csv_upload(request)
    assert response.status_code == 413
    assert "larger than 5.0" in response.content.decode()


def test_duplicate_headers_are_refused_naming_them(owner_client):
    response = upload(owner_client, "Company,Title,company,Notes,Notes\nA,B,C,D,E\n")
    assert response.status_code == 400
    content = response.content.decode()
    assert "appear more than once" in content
    assert "“Company” (columns 1 and 3)" in content
    assert "“Notes” (columns 4 and 5)" in content
    assert not PendingImport.objects.exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "The submitted file is empty."),
        (b"\n\n  \n", "The file is empty."),
        (b"Company,Title\n,\n", "no applications under it"),
        (b"PK\x03\x04\x00\x00binary", "does not look like a CSV text file"),
    ],
)
def test_empty_or_binary_files_are_refused(owner_client, content, message):
    response = upload(owner_client, content)
    assert response.status_code == 400
    assert message in response.content.decode()


def test_more_than_five_thousand_rows_are_refused(owner_client):
    content = "Company,Title\n" + "Acme,Engineer\n" * 5_001
    response = upload(owner_client, content)
    assert response.status_code == 400
    assert "more than 5,000 applications" in response.content.decode()


def test_a_new_upload_replaces_the_previous_one(owner_client, owner):
    upload(owner_client, GOOD)
    upload(owner_client, GOOD)
    assert PendingImport.objects.filter(owner=owner).count() == 1


# --- Mapping -----------------------------------------------------------------------------


def test_common_headers_are_matched_automatically():
    headers = [
        "Employer",
        "Job title",
        "Application Status",
        "Application date",
        "Job URL",
        "Comments",
        "City",
        "Source",
        "Salary",
        "Max salary",
        "Currency",
        "Something else",
    ]
    assert auto_mapping(headers) == {
        "company_name": 0,
        "position_title": 1,
        "status": 2,
        "applied_on": 3,
        "posting_url": 4,
        "notes": 5,
        "location": 6,
        "source": 7,
        "salary_min": 8,
        "salary_max": 9,
        "salary_currency": 10,
    }


@pytest.mark.parametrize(
    ("headers", "field", "index"),
    [
        (["Organisation", "Role"], "company_name", 0),
        (["Organization", "Position"], "position_title", 1),
        (["company", "title", "applied"], "applied_on", 2),
        (["company", "title", "Date Applied"], "applied_on", 2),
        (["company", "title", "applied_on"], "applied_on", 2),
        (["company", "title", "url"], "posting_url", 2),
        (["company", "title", "link"], "posting_url", 2),
        (["company", "title", "posting"], "posting_url", 2),
        (["company", "title", "Notes"], "notes", 2),
        (["company", "title", "stage"], "status", 2),
    ],
)
def test_usual_header_spellings_are_recognised(headers, field, index):
    assert auto_mapping(headers)[field] == index


def test_mapping_page_preselects_the_matches_and_shows_samples(owner_client):
    token = token_of(upload(owner_client, GOOD))
    response = owner_client.get(MAP_URL, {"token": token})
    assert response.status_code == 200
    form = response.context["form"]
    assert form["company_name"].value() == "0"
    assert form["position_title"].value() == "1"
    assert form["status"].value() == "2"
    assert form["applied_on"].value() == "3"
    assert form["salary_min"].value() is None
    assert ("Job Title", "Backend engineer") in response.context["samples"]


def test_mapping_requires_company_and_title_and_one_field_per_column(owner_client):
    token = token_of(upload(owner_client, GOOD))
    response = owner_client.post(
        MAP_URL, {"token": token, "default_status": "applied", "notes": "0", "location": "0"}
    )
    assert response.status_code == 400
    content = response.content.decode()
    assert "Choose the column that holds the company." in content
    assert "Choose the column that holds the position title." in content
    assert "This column is already used for location" in content


# --- Preview -----------------------------------------------------------------------------


def test_preview_shows_the_rows_as_they_will_be_saved_and_saves_nothing(owner_client, owner):
    CompanyFactory(owner=owner, name="ACME")
    token = uploaded_and_mapped(owner_client, GOOD, date_order="dmy")
    response = owner_client.get(PREVIEW_URL, {"token": token})
    assert response.status_code == 200
    validation = response.context["validation"]
    assert validation.ok and validation.total == 3
    shown = response.context["shown"]
    assert [(a.company.name, a.position_title, a.status) for a in shown] == [
        ("ACME", "Backend engineer", "applied"),
        ("Globex", "Data analyst, senior", "interviewing"),
        ("ACME", "Platform engineer", "applied"),
    ]
    assert shown[1].applied_on == datetime.date(2026, 2, 1)  # 01/02/2026 is day first
    assert shown[1].notes == "Two\nlines"
    assert "Import 3 applications" in response.content.decode()
    assert not Application.objects.exists()
    assert Company.objects.count() == 1


BAD = (
    "Company,Title,Status,Applied on,URL,Salary min,Salary max\n"
    "Acme,Engineer,applied,2026-03-01,,,\n"
    ",Missing company,applied,,,,\n"
    "Acme,Bad date,applied,2026-02-30,,,\n"
    "Acme,Bad status,dreaming,,,,\n"
    "Acme,Bad link,applied,,javascript:alert(1),,\n"
    "Acme,Salaries,applied,,,90000,80000\n"
    '"Acme","Multi\nline",applied,03/13/2026,,,\n'
    "Acme,Too,many,values,,,,,\n"
)


def test_every_bad_row_is_reported_with_its_line_number_and_nothing_is_imported(
    owner_client, owner
):
    token = uploaded_and_mapped(owner_client, BAD, date_order="dmy")
    response = owner_client.get(PREVIEW_URL, {"token": token})
    errors = response.context["validation"].errors
    assert errors == [
        "Line 3: company: This field is required.",
        "Line 4: applied on: “2026-02-30” is not a date Rebound reads. " + csv_import.DATE_HELP,
        "Line 5: status: “dreaming” is not a status; match it to one in the column step, or "
        "use one of Wishlist, Applied, Screening, Interviewing, Offer, Accepted, Rejected, "
        "Withdrawn, Ghosted.",
        "Line 6: posting url: Enter a web address starting with http:// or https://.",
        "Line 7: salary max: The maximum salary must be at least the minimum.",
        # 13 cannot be a month: the file says month first, but the user chose day first.
        "Line 8: applied on: “03/13/2026” is not a date Rebound reads. " + csv_import.DATE_HELP,
        "Line 10: has 9 values but the header has 7 columns (a value containing the separator "
        "must be in double quotes).",
    ]
    content = response.content.decode()
    assert "7 problems to fix — nothing has been imported" in content
    assert "Line 3: company: This field is required." in content
    assert "Import 8 applications" not in content  # no way to confirm the whole file
    assert "Import the 1 good row, leave out 7" in content  # only the good rows, if asked

    response = owner_client.post(CONFIRM_URL, {"token": token})
    assert "Some rows have problems, so nothing was imported." in messages_of(response)
    assert not Application.objects.exists()
    assert not Company.objects.exists()


def test_status_accepts_labels_and_values_in_any_case(owner_client, owner):
    content = (
        "Company,Title,Status\nA,One,Interviewing\nB,Two,interviewing\nC,Three,OFFER\nD,Four,\n"
    )
    token = uploaded_and_mapped(owner_client, content)
    owner_client.post(CONFIRM_URL, {"token": token})
    statuses = list(
        Application.objects.for_user(owner).order_by("pk").values_list("status", flat=True)
    )
    assert statuses == ["interviewing", "interviewing", "offer", "applied"]


def test_rows_without_status_get_the_chosen_default(owner_client, owner):
    token = token_of(upload(owner_client, "Company,Title\nA,One\n"))
    owner_client.post(
        MAP_URL,
        {"token": token, "company_name": "0", "position_title": "1", "default_status": "wishlist"},
    )
    owner_client.post(CONFIRM_URL, {"token": token})
    assert Application.objects.get(owner=owner).status == Status.WISHLIST


# --- Confirm -----------------------------------------------------------------------------


def test_confirm_imports_every_row_with_companies_and_history(owner_client, owner, stranger):
    existing = CompanyFactory(owner=owner, name="ACME")
    CompanyFactory(owner=stranger, name="Globex")
    token = uploaded_and_mapped(owner_client, GOOD, date_order="dmy")
    response = owner_client.post(CONFIRM_URL, {"token": token})
    assert response.status_code == 302
    assert response["Location"] == reverse("tracker:application-list")
    assert "Imported 3 applications." in messages_of(response)
    applications = list(Application.objects.for_user(owner).order_by("pk"))
    assert [a.company for a in applications][::2] == [existing, existing]
    assert applications[1].company.name == "Globex"
    assert applications[1].company.owner == owner
    assert Company.objects.for_user(owner).count() == 2
    first = applications[0]
    assert (first.posting_url, first.notes, first.location, first.source) == (
        "https://acme.example/1",
        "Great team",
        "Berlin",
        "LinkedIn",
    )
    assert first.applied_on == datetime.date(2026, 3, 1)
    history = StatusChange.objects.filter(application__in=applications).order_by("pk")
    assert [(h.from_status, h.to_status) for h in history] == [
        ("", "applied"),
        ("", "interviewing"),
        ("", "applied"),
    ]
    assert not PendingImport.objects.exists()


def test_confirming_twice_imports_once(owner_client, owner):
    token = uploaded_and_mapped(owner_client, GOOD, date_order="dmy")
    owner_client.post(CONFIRM_URL, {"token": token})
    response = owner_client.post(CONFIRM_URL, {"token": token})
    assert response["Location"] == UPLOAD_URL
    assert "expired or was already done" in messages_of(response)[-1]
    assert Application.objects.for_user(owner).count() == 3


def test_a_failure_during_the_import_rolls_everything_back(owner_client, owner, monkeypatch):
    token = uploaded_and_mapped(owner_client, GOOD, date_order="dmy")
    original = Application.save
    calls = {"n": 0}

    def fail_on_third(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise IntegrityError("simulated failure on the third row")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Application, "save", fail_on_third)
    response = owner_client.post(CONFIRM_URL, {"token": token})
    assert calls["n"] == 3
    assert "The import failed, so nothing was imported." in messages_of(response)[0]
    assert not Application.objects.exists()
    assert not StatusChange.objects.exists()
    assert not Company.objects.exists()  # Globex was created for row 2, and rolled back
    # The user can try again: the upload is still there.
    monkeypatch.setattr(Application, "save", original)
    owner_client.post(CONFIRM_URL, {"token": token})
    assert Application.objects.for_user(owner).count() == 3


@pytest.mark.parametrize("url", [MAP_URL, PREVIEW_URL])
def test_forged_token_says_so_clearly(owner_client, url):
    response = owner_client.get(url, {"token": "forged-token"})
    assert response["Location"] == UPLOAD_URL
    assert "expired or was already done" in messages_of(response)[0]


def test_forged_token_on_confirm_imports_nothing(owner_client):
    uploaded_and_mapped(owner_client, GOOD, date_order="dmy")
    response = owner_client.post(CONFIRM_URL, {"token": "x" * 43})
    assert response["Location"] == UPLOAD_URL
    assert not Application.objects.exists()


def test_expired_upload_says_so_clearly(owner_client):
    token = uploaded_and_mapped(owner_client, GOOD, date_order="dmy")
    PendingImport.objects.update(
        created_at=timezone.now() - PENDING_IMPORT_TTL - datetime.timedelta(minutes=1)
    )
    response = owner_client.post(CONFIRM_URL, {"token": token})
    assert response["Location"] == UPLOAD_URL
    assert "This import has expired" in messages_of(response)[0]
    assert not Application.objects.exists()


def test_another_users_token_is_useless(owner_client, stranger_client, owner, stranger):
    token = uploaded_and_mapped(owner_client, GOOD, date_order="dmy")
    for response in (
        stranger_client.get(MAP_URL, {"token": token}),
        stranger_client.get(PREVIEW_URL, {"token": token}),
        stranger_client.post(CONFIRM_URL, {"token": token}),
    ):
        assert response["Location"] == UPLOAD_URL
    assert not Application.objects.exists()
    assert PendingImport.objects.get(token=token).owner == owner


def test_preview_before_mapping_goes_to_the_mapping(owner_client):
    token = token_of(upload(owner_client, GOOD))
    response = owner_client.get(PREVIEW_URL, {"token": token})
    assert response["Location"] == f"{MAP_URL}?token={token}"


def test_an_export_can_be_imported_back(owner_client, owner, stranger_client, stranger):
    ApplicationFactory(
        owner=owner,
        company__name="=Evil",
        position_title="Engineer",
        status=Status.OFFER,
        salary_min=1000,
        salary_max=2000,
        salary_currency="EUR",
        work_mode="remote",
        notes="Line\nbreak",
    )
    raw = b"".join(owner_client.get(reverse("portability:applications-csv")).streaming_content)
    token = uploaded_and_mapped(stranger_client, raw.decode("utf-8"))
    pending = PendingImport.objects.get(token=token)
    assert set(pending.mapping) >= {"company_name", "status", "work_mode", "salary_max"}
    stranger_client.post(CONFIRM_URL, {"token": token})
    imported = Application.objects.get(owner=stranger)
    # The apostrophe that kept a spreadsheet from running "=Evil" is not part of the name.
    assert (imported.company.name, imported.status, imported.work_mode) == (
        "=Evil",
        "offer",
        "remote",
    )
    assert (imported.salary_min, imported.salary_max, imported.notes) == (1000, 2000, "Line\nbreak")


# --- Reading details ---------------------------------------------------------------------


def test_line_numbers_count_lines_inside_quoted_values():
    parsed = parse('Company,Title\n"A\nB",One\n\nC,Two\n')
    assert [(row.line, row.values) for row in parsed.rows] == [
        (2, ["A\nB", "One"]),
        (5, ["C", "Two"]),
    ]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("60,000", "60000"), ("60.000", "60000"), ("60 000", "60000"), ("60000", "60000")],
)
def test_salaries_with_thousands_separators_are_read_whole(cell, expected):
    data = csv_import.row_data([cell], {"salary_min": 0}, default_status="applied")
    assert data["salary_min"] == expected


def test_a_broken_csv_says_where():
    with pytest.raises(CsvFileError, match="could not be read as CSV near line 3"):
        parse("Company,Title\nA,B\n" + "A," + "x" * (200 * 1024) + "\n")
    with pytest.raises(CsvFileError, match="could not be read as CSV near the top"):
        parse("Company," + "x" * (200 * 1024) + "\nA,B\n")
