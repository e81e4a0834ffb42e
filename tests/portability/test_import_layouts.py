"""Files written by other tools, in their own layouts, imported field by field.

The fixtures under ``fixtures/`` are written by hand in each tool's layout (column names,
date and money formats, status words); see the README for where the layouts come from.
"""

import csv
import datetime
import io
from pathlib import Path

import pytest
from django.urls import reverse

from portability import csv_import, formats
from portability.models import PendingImport
from tests.factories import ApplicationFactory
from tests.portability.test_csv_import import (
    CONFIRM_URL,
    MAP_URL,
    PREVIEW_URL,
    messages_of,
    token_of,
    upload,
)
from tracker import services
from tracker.models import Application, StatusChange
from tracker.stages import Status

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).parent / "fixtures"
D = datetime.date


def read(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def mapping_page(client, name: str):
    token = token_of(upload(client, read(name), name=name))
    return token, client.get(MAP_URL, {"token": token})


def accept_mapping(client, token: str, response, **changes):
    """Post the mapping step exactly as the page offers it, with ``changes``."""
    form = response.context["form"]
    data = {name: form[name].value() for name in form.fields}
    data = {k: "" if v is None else v for k, v in data.items()}
    data.update(token=token, **changes)
    return client.post(MAP_URL, data)


def import_fixture(client, name: str, **changes) -> list[Application]:
    token, page = mapping_page(client, name)
    response = accept_mapping(client, token, page, **changes)
    assert response.status_code == 302, response.content.decode()
    preview = client.get(PREVIEW_URL, {"token": token})
    assert preview.context["validation"].errors == []
    response = client.post(CONFIRM_URL, {"token": token})
    assert response.status_code == 302
    return list(Application.objects.order_by("pk").select_related("company"))


def fields(app: Application) -> tuple:
    return (
        app.company.name,
        app.position_title,
        app.status,
        app.applied_on,
        app.posting_url,
        app.location,
        app.salary_min,
        app.salary_max,
        app.source,
        app.next_action_on,
        app.notes,
    )


def test_linkedin_job_applications(owner_client):
    _, page = mapping_page(owner_client, "linkedin_job_applications.csv")
    assert "LinkedIn data download" in page.content.decode()
    assert page.context["form"]["date_order"].value() == formats.MONTH_FIRST
    apps = import_fixture(owner_client, "linkedin_job_applications.csv")
    assert [fields(a) for a in apps] == [
        ("Acme Corp", "Backend Engineer", "applied", D(2024, 11, 20),
         "https://www.linkedin.com/jobs/view/4012345678", "", None, None, "", None, ""),
        ("Globex", "Data Analyst", "applied", D(2024, 10, 3),
         "https://www.linkedin.com/jobs/view/4012345679", "", None, None, "", None, ""),
    ]  # fmt: skip


def test_jobsync_export(owner_client):
    _, page = mapping_page(owner_client, "jobsync.csv")
    mapping = {f.name: f.value() for f in page.context["form"] if f.name in ("applied_on",)}
    # "Applied" is a Yes/No column: the date comes from appliedDate (column 6).
    assert mapping == {"applied_on": "5"}
    apps = import_fixture(owner_client, "jobsync.csv")
    assert [fields(a) for a in apps] == [
        ("Initech", "Frontend Developer", "interviewing", D(2026, 10, 28),
         "https://initech.example/jobs/7", "Remote", 90000, 110000, "LinkedIn", None, ""),
        ("Umbrella", "Platform Engineer", "wishlist", None, "", "Berlin", None, None,
         "Indeed", D(2026, 11, 15), ""),
        ("Hooli", "Site Reliability Engineer", "withdrawn", None, "", "Austin, TX", None, None,
         "Company site", None, ""),
        ("Vandelay", "QA Lead", "withdrawn", D(2026, 8, 2), "", "London", None, None,
         "Referral", None, ""),
    ]  # fmt: skip
    assert [a.created_at.date() for a in apps] == [
        D(2026, 10, 20),
        D(2026, 11, 1),
        D(2026, 9, 1),
        D(2026, 7, 30),
    ]


def test_huntr_export(owner_client):
    apps = import_fixture(owner_client, "huntr.csv")
    assert [fields(a) for a in apps] == [
        ("Pied Piper", "Senior Engineer", "screening", D(2026, 10, 2),
         "https://piedpiper.example/careers/1", "San Francisco, CA", 150000, None, "", None,
         "Recruiter is Monica"),
        ("Hooli", "Staff Engineer", "wishlist", None, "", "Palo Alto", None, None, "", None, ""),
        ("Raviga", "Engineering Manager", "offer", D(2026, 9, 3),
         "https://raviga.example/jobs/3", "Remote", 180000, 200000, "", None, ""),
        ("Endframe", "Backend Engineer", "rejected", D(2026, 8, 21), "", "Remote", None, None,
         "", None, "Form rejection"),
    ]  # fmt: skip
    assert apps[0].created_at.date() == D(2026, 10, 1)


def test_teal_export_detects_month_first_dates_from_the_file(owner_client):
    token, page = mapping_page(owner_client, "teal.csv")
    response = accept_mapping(owner_client, token, page)
    preview = owner_client.get(response["Location"])
    assert "month first" in preview.content.decode()
    assert preview.context["date_evidence"] == "09/26/2026"
    owner_client.post(CONFIRM_URL, {"token": token})
    apps = list(Application.objects.order_by("pk").select_related("company"))
    assert [fields(a) for a in apps] == [
        ("Stark Industries", "Product Designer", "wishlist", None,
         "https://stark.example/jobs/12", "New York", None, None, "", None, ""),
        ("Wayne Enterprises", "UX Researcher", "rejected", D(2026, 9, 12), "", "Gotham",
         120000, 140000, "", D(2026, 9, 26), "Met them at a meetup"),
        ("Oscorp", "Design Lead", "ghosted", D(2026, 8, 3), "", "Remote", None, None, "", None,
         ""),
        ("LexCorp", "Staff Designer", "withdrawn", D(2026, 7, 2), "", "Metropolis", None, None,
         "", None, ""),
        ("Daily Planet", "Designer", "wishlist", None, "", "Metropolis", None, None, "", None,
         ""),
    ]  # fmt: skip
    assert apps[0].created_at.date() == D(2026, 10, 5)


def test_german_excel_sheet(owner_client):
    apps = import_fixture(owner_client, "german_excel.csv")
    assert [fields(a) for a in apps] == [
        ("Müller GmbH", "Softwareentwicklerin", "applied", D(2026, 11, 3), "", "München",
         65000, None, "", None, "Über Xing gefunden"),
        ("Schmidt AG", "Data Engineer", "interviewing", D(2026, 10, 28), "", "Hamburg", None,
         None, "", None, ""),
        ("Weber KG", "Teamleitung", "rejected", None, "", "Köln", None, None, "", None,
         "Keine Begründung"),
    ]  # fmt: skip


def test_french_spreadsheet(owner_client):
    apps = import_fixture(owner_client, "french.csv")
    assert [fields(a) for a in apps] == [
        ("Société Générale", "Développeuse Python", "interviewing", D(2026, 11, 3),
         "https://sg.example/offres/42", "Paris", 55000, None, "", None,
         "Deuxième entretien prévu"),
        ("Decathlon", "Data Scientist", "applied", D(2026, 10, 28), "", "Lille", None, None, "",
         None, ""),
        ("Michelin", "Ingénieure", "rejected", None, "", "Clermont-Ferrand", None, None, "",
         None, ""),
    ]  # fmt: skip


def test_spanish_spreadsheet(owner_client):
    apps = import_fixture(owner_client, "spanish.csv")
    assert [fields(a) for a in apps] == [
        ("Telefónica", "Ingeniera de datos", "interviewing", D(2026, 11, 3),
         "https://telefonica.example/empleo/9", "Madrid", 45000, None, "", None, ""),
        ("Mercadona", "Analista", "ghosted", D(2026, 10, 28), "", "Valencia", None, None, "",
         None, "Envié el CV por correo"),
        ("Inditex", "Desarrolladora", "rejected", None, "", "A Coruña", None, None, "", None,
         ""),
    ]  # fmt: skip


def test_google_sheets_file(owner_client):
    apps = import_fixture(owner_client, "google_sheets.csv")
    assert [fields(a) for a in apps] == [
        ("Initrode", "Support Engineer", "wishlist", D(2026, 11, 3),
         "https://initrode.example/j/1", "Dublin", None, None, "", None, ""),
        ("Vehement", "Backend Developer", "screening", D(2026, 10, 28), "", "Remote", 120000,
         None, "", None, ""),
        ("Soylent", "Platform Engineer", "accepted", D(2026, 9, 14), "", "Remote", None, None,
         "", None, "Started in December"),
    ]  # fmt: skip


def test_us_spreadsheet_reads_11_3_as_november_once_the_file_shows_month_first(owner_client):
    apps = import_fixture(owner_client, "us_spreadsheet.csv")
    assert [fields(a) for a in apps] == [
        ("Contoso", "Cloud Engineer", "interviewing", D(2026, 11, 3), "", "", 120000, None, "",
         None, ""),
        ("Fabrikam", "DevOps Engineer", "rejected", D(2026, 10, 28), "", "", None, None, "",
         D(2026, 11, 10), ""),
        ("Northwind", "SRE", "ghosted", D(2026, 11, 3), "", "", None, None, "", None, ""),
        ("Tailspin", "Platform Engineer", "wishlist", None, "", "", None, None, "", None, ""),
    ]  # fmt: skip


def test_statuses_are_shown_matched_and_can_be_changed_one_by_one(owner_client):
    token, page = mapping_page(owner_client, "us_spreadsheet.csv")
    content = page.content.decode()
    form = page.context["form"]
    offered = {form[f"status_value_{i}"].label: form[f"status_value_{i}"].value() for i in range(4)}
    assert offered == {
        "“Interview” (1 row) becomes": "interviewing",
        "“Declined” (1 row) becomes": "rejected",
        "“No Response” (1 row) becomes": "ghosted",
        "“Bookmarked” (1 row) becomes": "wishlist",
    }
    assert "“Declined” (1 row) becomes" in content
    # Declined here meant the applicant said no: change it to withdrawn.
    accept_mapping(owner_client, token, page, status_value_1="withdrawn")
    owner_client.post(CONFIRM_URL, {"token": token})
    assert Application.objects.get(company__name="Fabrikam").status == Status.WITHDRAWN


def test_an_unknown_status_must_be_matched_or_its_rows_are_refused(owner_client):
    content = "Company,Title,Status\nAcme,Engineer,Dreaming\nBeta,Analyst,Applied\n"
    token = token_of(upload(owner_client, content))
    page = owner_client.get(MAP_URL, {"token": token})
    assert page.context["form"]["status_value_0"].value() == ""
    accept_mapping(owner_client, token, page)
    errors = owner_client.get(PREVIEW_URL, {"token": token}).context["validation"].errors
    assert errors[0].startswith("Line 2: status: “Dreaming” is not a status")
    accept_mapping(owner_client, token, page, status_value_0="wishlist")
    assert owner_client.get(PREVIEW_URL, {"token": token}).context["validation"].ok


def test_ambiguous_slashed_dates_are_never_guessed(owner_client):
    token, page = mapping_page(owner_client, "ambiguous_slashes.csv")
    response = accept_mapping(owner_client, token, page)
    assert response.status_code == 400
    assert "could be day/month or month/day" in response.content.decode()
    assert not PendingImport.objects.get(token=token).is_mapped

    response = accept_mapping(owner_client, token, page, date_order=formats.MONTH_FIRST)
    assert response.status_code == 302
    owner_client.post(CONFIRM_URL, {"token": token})
    assert [a.applied_on for a in Application.objects.order_by("pk")] == [
        D(2026, 11, 3),
        D(2026, 4, 5),
    ]


def test_day_first_is_taken_from_the_file_when_a_day_is_above_twelve():
    assert formats.slash_order(["01/02/2026", "28/10/2026"]) == (formats.DAY_FIRST, "28/10/2026")
    assert formats.slash_order(["10/28/2026"]) == (formats.MONTH_FIRST, "10/28/2026")
    assert formats.slash_order(["01/02/2026"]) == (None, "")
    order, evidence = formats.slash_order(["28/10/2026", "10/28/2026"])
    assert order is None and "both" in evidence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-03", D(2026, 11, 3)),
        ("2026-11-03 14:05:00", D(2026, 11, 3)),
        ("2026-11-03T14:05:00Z", D(2026, 11, 3)),
        ("03.11.2026", D(2026, 11, 3)),
        ("Nov 3, 2026", D(2026, 11, 3)),
        ("November 3, 2026", D(2026, 11, 3)),
        ("3 Nov 2026", D(2026, 11, 3)),
        ("3. November 2026", D(2026, 11, 3)),
        ("3 de noviembre de 2026", D(2026, 11, 3)),
        ("11/20/24, 8:15 AM", D(2024, 11, 20)),
        ("11/3/2026", D(2026, 11, 3)),
        ("31.02.2026", None),
    ],
)
def test_dates_other_tools_write(text, expected):
    assert formats.parse_date(text, order=formats.MONTH_FIRST) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("$120,000", "120000"), ("65.000 €", "65000"), ("€60,000.00", "60000"), ("85k", "85000"),
     ("USD 95,000", "95000"), ("55 000 €", "55000")],
)  # fmt: skip
def test_money_with_currency_signs_and_separators(cell, expected):
    assert formats.parse_amount(cell) == expected


@pytest.mark.parametrize("cell", ["N/A", "-", "", "n/a", "—"])
def test_no_date_words_mean_no_date(cell):
    data = csv_import.row_data([cell], {"applied_on": 0}, default_status="applied")
    assert data["applied_on"] == ""


# --- Refused rows -------------------------------------------------------------------------

MIXED = (
    "Company,Title,Date applied\n"
    "Acme,Engineer,2026-03-01\n"
    ",No company,2026-03-02\n"
    "Beta,Analyst,2026-02-30\n"
    "Gamma,Designer,\n"
)


def test_refused_rows_download_as_a_csv_with_reasons(owner_client):
    token = token_of(upload(owner_client, MIXED, name="mine.csv"))
    accept_mapping(owner_client, token, owner_client.get(MAP_URL, {"token": token}))
    response = owner_client.get(reverse("portability:csv-refused"), {"token": token})
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="mine-refused.csv"'
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["Company", "Title", "Date applied", "Line", "Reason"]
    assert rows[1] == ["", "No company", "2026-03-02", "3", "company: This field is required."]
    assert rows[2][:4] == ["Beta", "Analyst", "2026-02-30", "4"]
    assert rows[2][4].startswith("applied on: “2026-02-30” is not a date Rebound reads.")
    assert len(rows) == 3
    assert not Application.objects.exists()


def test_the_default_stays_all_or_nothing(owner_client):
    token = token_of(upload(owner_client, MIXED))
    accept_mapping(owner_client, token, owner_client.get(MAP_URL, {"token": token}))
    response = owner_client.post(CONFIRM_URL, {"token": token})
    assert "Some rows have problems, so nothing was imported." in messages_of(response)
    assert not Application.objects.exists()


def test_the_good_rows_can_be_imported_leaving_the_refused_out(owner_client, owner):
    token = token_of(upload(owner_client, MIXED))
    accept_mapping(owner_client, token, owner_client.get(MAP_URL, {"token": token}))
    response = owner_client.post(CONFIRM_URL, {"token": token, "skip_refused": "1"})
    assert messages_of(response) == [
        "Imported 2 applications; 2 refused rows left out, as you asked."
    ]
    assert sorted(Application.objects.for_user(owner).values_list("company__name", flat=True)) == [
        "Acme",
        "Gamma",
    ]


def test_refused_rows_of_another_users_upload_are_not_found(owner_client, stranger_client):
    token = token_of(upload(owner_client, MIXED))
    response = stranger_client.get(reverse("portability:csv-refused"), {"token": token})
    assert response.status_code == 302
    assert response["Location"] == reverse("portability:csv-upload")


# --- Rebound's own export, round trip ------------------------------------------------------


def test_rebounds_own_export_brings_back_history_and_added_on(
    owner_client, owner, stranger_client, stranger
):
    app = ApplicationFactory(
        owner=owner, company__name="=1+1", position_title="-Lead", status=Status.WISHLIST
    )
    services.change_status(application=app, status=Status.APPLIED)
    services.change_status(application=app, status=Status.INTERVIEWING)
    StatusChange.objects.filter(application=app, to_status=Status.WISHLIST).update(
        changed_at=datetime.datetime(2026, 1, 3, 9, tzinfo=datetime.UTC)
    )
    StatusChange.objects.filter(application=app, to_status=Status.APPLIED).update(
        changed_at=datetime.datetime(2026, 1, 10, 9, tzinfo=datetime.UTC)
    )
    StatusChange.objects.filter(application=app, to_status=Status.INTERVIEWING).update(
        changed_at=datetime.datetime(2026, 2, 1, 9, tzinfo=datetime.UTC)
    )
    Application.objects.filter(pk=app.pk).update(
        created_at=datetime.datetime(2026, 1, 3, 9, tzinfo=datetime.UTC)
    )
    raw = b"".join(owner_client.get(reverse("portability:applications-csv")).streaming_content)
    assert "'=1+1" in raw.decode()
    token = token_of(upload(stranger_client, raw.decode("utf-8"), name="rebound.csv"))
    page = stranger_client.get(MAP_URL, {"token": token})
    assert "Rebound’s own applications export" in page.content.decode()
    accept_mapping(stranger_client, token, page)
    stranger_client.post(CONFIRM_URL, {"token": token})

    imported = Application.objects.get(owner=stranger)
    assert (imported.company.name, imported.position_title) == ("=1+1", "-Lead")
    assert imported.created_at.date() == D(2026, 1, 3)
    history = list(
        imported.status_changes.order_by("changed_at", "pk").values_list(
            "from_status", "to_status", "changed_at__date"
        )
    )
    assert history == [
        ("", "wishlist", D(2026, 1, 3)),
        ("wishlist", "applied", D(2026, 1, 10)),
        ("applied", "interviewing", D(2026, 2, 1)),
    ]
    assert imported.reached == app.__class__.objects.get(pk=app.pk).reached
    assert imported.salary_min == app.salary_min
