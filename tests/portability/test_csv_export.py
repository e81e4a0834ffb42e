import csv
import datetime
import io

import pytest
from django.db import connection
from django.http import StreamingHttpResponse
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from portability import csv_export
from tests.factories import ApplicationFactory, ReflectionFactory, RejectionFactory, move
from tracker.models import StatusChange
from tracker.stages import Status

pytestmark = pytest.mark.django_db

APPLICATIONS_URL = reverse("portability:applications-csv")
REJECTIONS_URL = reverse("portability:rejections-csv")
EVIL = '=HYPERLINK("http://evil","x")'


def download(client, url: str) -> tuple[StreamingHttpResponse, bytes]:
    response = client.get(url)
    assert response.status_code == 200
    return response, b"".join(response.streaming_content)


def rows_of(raw: bytes) -> list[dict]:
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the UTF-8 byte-order mark"
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_applications_export_is_a_streamed_csv_attachment(owner_client, owner):
    ApplicationFactory(owner=owner)
    response, raw = download(owner_client, APPLICATIONS_URL)
    assert isinstance(response, StreamingHttpResponse)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="rebound-applications-')
    header = raw.decode("utf-8-sig").splitlines()[0]
    assert header.split(",") == csv_export.APPLICATION_HEADER


def test_applications_export_has_every_column_with_iso_dates_and_the_history(owner_client, owner):
    application = ApplicationFactory(
        owner=owner,
        company__name="Zürich Labs",
        position_title="Backend engineer, payments",
        status=Status.APPLIED,
        applied_on=datetime.date(2026, 1, 3),
        posting_url="https://example.com/job",
        location="Zürich",
        work_mode="remote",
        salary_min=90_000,
        salary_max=110_000,
        salary_currency="CHF",
        source="Referral",
        next_action_on=datetime.date(2026, 1, 20),
        next_action="Call Sam",
        notes="Line one\nline two, with “quotes”",
    )
    StatusChange.objects.filter(application=application).update(
        changed_at=timezone.make_aware(datetime.datetime(2026, 1, 3, 9))
    )
    change = move(application, Status.SCREENING)
    change.changed_at = timezone.make_aware(datetime.datetime(2026, 1, 10, 9))
    change.save()
    [row] = rows_of(download(owner_client, APPLICATIONS_URL)[1])
    assert row == {
        **row,
        "Company": "Zürich Labs",
        "Position title": "Backend engineer, payments",
        "Status": "screening",
        "Applied on": "2026-01-03",
        "Posting URL": "https://example.com/job",
        "Location": "Zürich",
        "Work mode": "remote",
        "Salary min": "90000",
        "Salary max": "110000",
        "Salary currency": "CHF",
        "Source": "Referral",
        "Next action on": "2026-01-20",
        "Next action": "Call Sam",
        "Notes": "Line one\nline two, with “quotes”",
        "Status history": "2026-01-03 applied; 2026-01-10 screening",
    }
    assert row["Added on"] == row["Last updated on"] == timezone.localdate().isoformat()


def test_applications_export_holds_only_the_users_own(owner_client, owner, stranger):
    ApplicationFactory(owner=owner, position_title="Mine")
    ApplicationFactory(owner=stranger, position_title="Theirs")
    rows = rows_of(download(owner_client, APPLICATIONS_URL)[1])
    assert [row["Position title"] for row in rows] == ["Mine"]


def test_empty_export_is_just_the_header(owner_client):
    raw = download(owner_client, APPLICATIONS_URL)[1]
    assert rows_of(raw) == []
    assert raw.decode("utf-8-sig").strip().split(",") == csv_export.APPLICATION_HEADER


@pytest.mark.parametrize(
    "value",
    [EVIL, "+SUM(1,2)", "-2+3", "@cmd", "\tindented", "\rreturn", "=1+1"],
)
def test_formula_injection_is_neutralised_in_the_applications_export(owner_client, owner, value):
    ApplicationFactory(owner=owner, position_title=value, notes=value, company__name=value)
    [row] = rows_of(download(owner_client, APPLICATIONS_URL)[1])
    for column in ("Company", "Position title", "Notes"):
        assert row[column] == "'" + value


def test_harmless_text_is_left_alone(owner_client, owner):
    ApplicationFactory(owner=owner, position_title="C++ dev (remote) = fun", notes="a-b")
    [row] = rows_of(download(owner_client, APPLICATIONS_URL)[1])
    assert row["Position title"] == "C++ dev (remote) = fun"
    assert row["Notes"] == "a-b"


def test_formula_injection_is_neutralised_in_the_rejections_export(owner_client, owner):
    rejection = RejectionFactory(
        application__owner=owner, application__company__name=EVIL, reason_given=EVIL
    )
    ReflectionFactory(rejection=rejection, lessons=EVIL, tags="@here")
    [row] = rows_of(download(owner_client, REJECTIONS_URL)[1])
    assert row["Company"] == "'" + EVIL
    assert row["Reason given"] == "'" + EVIL
    assert row["Lessons"] == "'" + EVIL
    assert row["Tags"] == "'@here"


def test_rejections_export_has_a_row_per_reflection_and_one_for_a_rejection_without(
    owner_client, owner, stranger
):
    first = RejectionFactory(
        application__owner=owner,
        application__position_title="Designer",
        received_on=datetime.date(2026, 2, 1),
        stage="final",
        feelings="Gutted 😞",
        door_open="no",
    )
    ReflectionFactory(rejection=first, written_on=datetime.date(2026, 2, 3), lessons="Second")
    ReflectionFactory(rejection=first, written_on=datetime.date(2026, 2, 2), lessons="First")
    RejectionFactory(application__owner=owner, application__position_title="Analyst")
    RejectionFactory(application__owner=stranger)
    response, raw = download(owner_client, REJECTIONS_URL)
    assert isinstance(response, StreamingHttpResponse)
    rows = rows_of(raw)
    assert [(r["Position title"], r["Lessons"]) for r in rows] == [
        ("Designer", "First"),
        ("Designer", "Second"),
        ("Analyst", ""),
    ]
    assert rows[0]["Received on"] == "2026-02-01"
    assert rows[0]["Reflection written on"] == "2026-02-02"
    assert rows[0]["How you felt"] == "Gutted 😞"
    assert rows[0]["Door open"] == "no"
    # Never asked (or "don't know"): the column says nothing rather than guess.
    assert rows[2]["Door open"] == ""
    assert rows[0]["Stage reached"] == "final"


def _count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        download(client, url)
    return len(queries)


@pytest.mark.parametrize("url", [APPLICATIONS_URL, REJECTIONS_URL])
def test_export_queries_do_not_grow_with_the_rows(owner_client, owner, url):
    def add(n):
        for _ in range(n):
            rejection = RejectionFactory(application__owner=owner)
            move(rejection.application, Status.APPLIED)
            ReflectionFactory(rejection=rejection)

    add(2)
    download(owner_client, url)
    few = _count_queries(owner_client, url)
    add(38)
    assert _count_queries(owner_client, url) == few


def test_merge_children_pairs_each_parent_with_its_children():
    parents = [(1, "a"), (2, "b"), (4, "d"), (5, "e")]
    children = [(1, "x"), (1, "y"), (3, "orphan"), (4, "z")]
    others = [(5, "q")]
    assert list(csv_export.merge_children(parents, children, others)) == [
        ((1, "a"), [(1, "x"), (1, "y")], []),
        ((2, "b"), [], []),
        ((4, "d"), [(4, "z")], []),
        ((5, "e"), [], [(5, "q")]),
    ]


def test_the_header_is_sent_before_any_query(owner, owner_client):
    ApplicationFactory(owner=owner)
    response = owner_client.get(APPLICATIONS_URL)
    with CaptureQueriesContext(connection) as queries:
        first = next(iter(response.streaming_content))
    assert first.startswith(b"\xef\xbb\xbfCompany,")
    assert len(queries) == 0


def test_history_days_are_in_the_users_time_zone(owner_client, owner, settings):
    settings.TIME_ZONE = "America/New_York"
    application = ApplicationFactory(owner=owner, status=Status.APPLIED)
    # 02:00 UTC on 3 January is still 2 January in New York.
    StatusChange.objects.filter(application=application).update(
        changed_at=datetime.datetime(2026, 1, 3, 2, tzinfo=datetime.UTC)
    )
    [row] = rows_of(download(owner_client, APPLICATIONS_URL)[1])
    assert row["Status history"] == "2026-01-02 applied"
