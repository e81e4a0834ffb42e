import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from inbox import services
from inbox.models import InboxSettings, JobMessage, SeenMessage, Source, State
from rejections.models import Rejection
from tests.factories import ApplicationFactory, CompanyFactory
from tests.inbox import mail
from tracker.models import Application, StatusChange
from tracker.stages import Status


def _rejection_message(owner) -> JobMessage:
    return services.ingest(owner, mail.rejection(), source=Source.UPLOAD).message


# --- Access -------------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["/inbox/", "/inbox/add/", "/inbox/settings/", "/inbox/delete/"])
def test_pages_ask_anonymous_visitors_to_sign_in(client, db, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")


@pytest.mark.parametrize("url", ["/inbox/", "/inbox/add/", "/inbox/settings/"])
def test_pages_work_for_the_owner(owner_client, url):
    assert owner_client.get(url).status_code == 200


@pytest.mark.parametrize(
    ("suffix", "method"),
    [
        ("", "get"),
        ("record-rejection/", "get"),
        ("create-application/", "get"),
        ("dismiss/", "post"),
        ("not-this-kind/", "post"),
        ("undo/", "post"),
        ("delete/", "post"),
        ("mark-applied/", "post"),
        ("offer/", "post"),
    ],
)
def test_another_users_message_is_not_found(
    owner, stranger_client, acme_application, suffix, method
):
    message = _rejection_message(owner)
    response = getattr(stranger_client, method)(f"/inbox/{message.pk}/{suffix}")
    assert response.status_code == 404
    message.refresh_from_db()
    assert message.state == State.NEW


@pytest.mark.parametrize(
    "suffix", ["dismiss/", "not-this-kind/", "undo/", "delete/", "mark-applied/"]
)
def test_changing_views_refuse_get(owner_client, owner, acme_application, suffix):
    message = _rejection_message(owner)
    assert owner_client.get(f"/inbox/{message.pk}/{suffix}").status_code == 405


def test_the_inbox_lists_job_messages_not_other_mail(owner_client, owner, acme_application):
    _rejection_message(owner)
    services.ingest(owner, mail.newsletter(), source=Source.UPLOAD)

    page = owner_client.get("/inbox/").content.decode()

    assert "Your application for Backend Engineer" in page
    assert "Record the rejection" in page
    assert "Sunday opening hours" not in page
    assert "Backend Engineer at Acme Robotics" in page


@pytest.mark.parametrize("show", ["waiting", "all"])
def test_the_inbox_lists_the_newest_first_and_undated_mail_last(owner, owner_client, show):
    sent = [datetime.datetime(2026, 11, day, 9, tzinfo=datetime.UTC) for day in (3, 20, 11)]
    for n, when in enumerate([*sent, None, sent[0]]):
        message = _rejection_message(owner)
        JobMessage.objects.filter(pk=message.pk).update(
            key=f"{n:064d}", sent_at=when, subject=f"Message {n}"
        )
    JobMessage.objects.filter(subject="Message 2").update(state=State.ACTED)

    page = owner_client.get("/inbox/", {"show": show}).context["page"]

    expected = ["Message 1", "Message 2", "Message 4", "Message 0", "Message 3"]
    if show == "waiting":
        expected.remove("Message 2")
    # Same day and time: the later one first (the newer id).
    assert [message.subject for message in page] == expected


def test_the_inbox_shows_only_the_users_own_messages(owner, stranger_client, acme_application):
    _rejection_message(owner)
    assert "Backend Engineer" not in stranger_client.get("/inbox/").content.decode()


def test_the_list_costs_the_same_queries_for_three_messages_or_thirty(owner_client, owner):
    def count() -> int:
        owner_client.get("/inbox/")
        with CaptureQueriesContext(connection) as captured:
            assert owner_client.get("/inbox/?show=all").status_code == 200
        return len(captured)

    for n in range(3):
        application = ApplicationFactory(owner=owner)
        message = _rejection_message(owner)
        JobMessage.objects.filter(pk=message.pk).update(application=application)
        JobMessage.objects.filter(pk=message.pk).update(key=f"{n:064d}")
    few = count()
    for n in range(3, 30):
        application = ApplicationFactory(owner=owner)
        message = _rejection_message(owner)
        JobMessage.objects.filter(pk=message.pk).update(application=application, key=f"{n:064d}")
    assert count() == few
    assert few <= 6


# --- Adding messages ----------------------------------------------------------------------


def test_uploading_several_files_reads_each_and_says_what_happened(
    owner_client, owner, acme_application
):
    files = [
        SimpleUploadedFile("rejection.eml", mail.rejection(), "message/rfc822"),
        SimpleUploadedFile("news.eml", mail.newsletter(), "message/rfc822"),
        SimpleUploadedFile("picture.eml", b"\x89PNG\r\n\x1a\n\x00\x00" * 50, "message/rfc822"),
    ]
    response = owner_client.post("/inbox/add/", {"files": files}, follow=True)

    page = response.content.decode()
    assert "1 job message added" in page
    assert "1 other message not kept" in page
    assert "picture.eml" in page
    assert JobMessage.objects.filter(owner=owner).count() == 1
    assert SeenMessage.objects.filter(owner=owner).count() == 1


def test_uploading_the_same_file_again_is_recognised(owner_client, owner):
    raw = mail.rejection()
    owner_client.post("/inbox/add/", {"files": [SimpleUploadedFile("a.eml", raw)]})
    response = owner_client.post(
        "/inbox/add/", {"files": [SimpleUploadedFile("a.eml", raw)]}, follow=True
    )
    assert "1 duplicate skipped" in response.content.decode()
    assert JobMessage.objects.count() == 1


def test_an_empty_file_is_refused_with_a_message(owner_client):
    response = owner_client.post("/inbox/add/", {"files": [SimpleUploadedFile("e.eml", b"")]})
    assert response.status_code == 200
    assert "empty" in response.content.decode()
    assert not JobMessage.objects.exists()


def test_a_file_over_25_mb_is_refused_before_it_is_read(owner_client, settings):
    big = SimpleUploadedFile("big.eml", b"Subject: x\n\n" + b"a" * (26 * 1024 * 1024))
    response = owner_client.post("/inbox/add/", {"files": [big]})
    assert response.status_code == 200
    assert "larger than" in response.content.decode()
    assert not JobMessage.objects.exists()


def test_pasted_source_is_read(owner_client, owner, acme_application):
    source = mail.rejection().decode()
    response = owner_client.post("/inbox/add/", {"paste": "", "source": source}, follow=True)
    assert "1 job message added" in response.content.decode()
    assert JobMessage.objects.get(owner=owner).source == Source.PASTE


def test_pasting_nothing_asks_for_the_message(owner_client):
    response = owner_client.post("/inbox/add/", {"paste": "", "source": "   "})
    assert "Paste the whole message" in response.content.decode()


def test_pasted_garbage_is_not_a_500(owner_client):
    response = owner_client.post(
        "/inbox/add/", {"paste": "", "source": "just some words, no headers"}, follow=True
    )
    assert response.status_code == 200
    assert not JobMessage.objects.exists()


# --- Acting on a message ------------------------------------------------------------------


def test_record_the_rejection_is_filled_in_from_the_message(owner_client, owner, acme_application):
    message = _rejection_message(owner)

    form = owner_client.get(f"/inbox/{message.pk}/record-rejection/").context["form"]

    assert form.initial["received_on"] == mail.SENT.date()
    assert form.initial["channel"] == "email"
    assert "not to move forward" in form.initial["reason_given"]
    assert form.initial["stage"] == "application"


def test_recording_the_rejection_opens_the_workspace_and_undo_takes_it_back(
    owner_client, owner, acme_application
):
    message = _rejection_message(owner)

    response = owner_client.post(
        f"/inbox/{message.pk}/record-rejection/",
        {
            "received_on": mail.SENT.date().isoformat(),
            "stage": "application",
            "channel": "email",
            "reason_given": message.deciding_phrase,
            "door_open": "",
            "feelings": "",
        },
    )

    rejection = Rejection.objects.get(application=acme_application)
    assert response.status_code == 302
    assert response.url == rejection.get_absolute_url()
    acme_application.refresh_from_db()
    assert acme_application.status == Status.REJECTED
    message.refresh_from_db()
    assert message.state == State.ACTED and message.action == "record_rejection"

    owner_client.post(f"/inbox/{message.pk}/undo/")

    assert not Rejection.objects.filter(application=acme_application).exists()
    acme_application.refresh_from_db()
    assert acme_application.status == Status.APPLIED
    message.refresh_from_db()
    assert message.state == State.NEW


def test_mark_applied_uses_the_message_date_and_undo_restores(owner_client, owner):
    application = ApplicationFactory(
        owner=owner,
        company=CompanyFactory(owner=owner, name="Acme Robotics"),
        position_title="Backend Engineer",
        status=Status.WISHLIST,
        applied_on=None,
    )
    message = services.ingest(owner, mail.confirmation(), source=Source.UPLOAD).message
    assert message.kind == "confirmation"

    owner_client.post(f"/inbox/{message.pk}/mark-applied/")

    application.refresh_from_db()
    assert application.status == Status.APPLIED
    assert application.applied_on == mail.SENT.date()

    owner_client.post(f"/inbox/{message.pk}/undo/")
    application.refresh_from_db()
    assert application.status == Status.WISHLIST
    assert application.applied_on is None


def test_an_offer_moves_the_application_to_offer(owner_client, owner, acme_application):
    message = _rejection_message(owner)
    JobMessage.objects.filter(pk=message.pk).update(kind="offer")

    owner_client.post(f"/inbox/{message.pk}/offer/")

    acme_application.refresh_from_db()
    assert acme_application.status == Status.OFFER


def test_the_interview_form_is_filled_in_from_the_invitation(owner_client, owner, acme_application):
    message = _rejection_message(owner)
    when = datetime.datetime(2026, 12, 3, 14, 0, tzinfo=datetime.UTC)
    JobMessage.objects.filter(pk=message.pk).update(
        kind="interview", event_at=when, text="Join at https://meet.google.com/abc-defg-hij ."
    )

    form = owner_client.get(f"/inbox/{message.pk}/interview/").context["form"]

    assert form.initial["application"] == acme_application
    assert form.initial["scheduled_at"] == when
    assert form.initial["location"] == "https://meet.google.com/abc-defg-hij"


def test_an_unmatched_message_creates_the_application_then_records_the_rejection(
    owner_client, owner
):
    message = _rejection_message(owner)
    assert message.application is None
    form = owner_client.get(f"/inbox/{message.pk}/create-application/").context["form"]
    assert form.initial["status"] == Status.REJECTED

    response = owner_client.post(
        f"/inbox/{message.pk}/create-application/",
        {
            "company_name": "Acme Robotics",
            "position_title": "Backend Engineer",
            "status": Status.APPLIED,
            "applied_on": "2026-11-01",
        },
    )

    application = Application.objects.get(owner=owner)
    assert response.status_code == 302
    assert response.url == f"/inbox/{message.pk}/record-rejection/"
    message.refresh_from_db()
    assert message.application == application


def test_dismiss_and_undo(owner_client, owner, acme_application):
    message = _rejection_message(owner)
    owner_client.post(f"/inbox/{message.pk}/dismiss/")
    message.refresh_from_db()
    assert message.state == State.DISMISSED
    assert "Backend Engineer" not in owner_client.get("/inbox/").content.decode()

    owner_client.post(f"/inbox/{message.pk}/undo/")
    message.refresh_from_db()
    assert message.state == State.NEW


def test_not_a_rejection_is_remembered_and_can_be_undone(owner_client, owner, acme_application):
    message = _rejection_message(owner)
    owner_client.post(f"/inbox/{message.pk}/not-this-kind/")
    assert owner.inbox_corrections.count() == 1

    owner_client.post(f"/inbox/{message.pk}/undo/")
    assert owner.inbox_corrections.count() == 0


def test_acting_twice_does_nothing_twice(owner_client, owner, acme_application):
    message = _rejection_message(owner)
    JobMessage.objects.filter(pk=message.pk).update(kind="offer")
    owner_client.post(f"/inbox/{message.pk}/offer/")
    response = owner_client.post(f"/inbox/{message.pk}/offer/", follow=True)
    assert response.status_code == 200
    assert StatusChange.objects.filter(application=acme_application).count() == 2


def test_delete_one_and_delete_all(owner_client, owner, stranger, acme_application):
    message = _rejection_message(owner)
    services.ingest(owner, mail.confirmation(), source=Source.UPLOAD)
    services.ingest(stranger, mail.rejection(), source=Source.UPLOAD)

    owner_client.post(f"/inbox/{message.pk}/delete/")
    assert JobMessage.objects.filter(owner=owner).count() == 1

    assert owner_client.get("/inbox/delete/").status_code == 200
    owner_client.post("/inbox/delete/")
    assert not JobMessage.objects.filter(owner=owner).exists()
    assert JobMessage.objects.filter(owner=stranger).count() == 1


# --- Settings -----------------------------------------------------------------------------


def test_without_a_key_the_settings_page_says_mailbox_sync_is_off(owner_client, settings):
    settings.INBOX_KEYS = []
    page = owner_client.get("/inbox/settings/").content.decode()
    assert "INBOX_KEYS" in page
    response = owner_client.post(
        "/inbox/settings/",
        {
            "host": "imap.example.com",
            "port": 993,
            "security": "tls",
            "username": "u",
            "password": "p",
            "folders": "INBOX",
        },
    )
    assert response.status_code == 200
    assert not InboxSettings.objects.filter(host="imap.example.com").exists()


def test_the_password_is_stored_encrypted_and_never_shown(owner_client, owner, settings):
    settings.INBOX_IMAP_TIMEOUT = 1
    response = owner_client.post(
        "/inbox/settings/",
        {
            "host": "127.0.0.1",
            "port": 9,
            "security": "tls",
            "username": "sam",
            "password": "hunter2-app-password",
            "folders": "INBOX, Jobs",
        },
        follow=True,
    )
    row = InboxSettings.objects.get(owner=owner)
    assert row.password_encrypted and "hunter2" not in row.password_encrypted
    assert row.password() == "hunter2-app-password"
    page = response.content.decode()
    assert "hunter2" not in page
    # The (immediate) sync failed on the closed port, and the page says why.
    assert "The last check failed" in page
    assert row.folder_list == ["INBOX", "Jobs"]


def test_a_url_is_not_a_server_name(owner_client):
    response = owner_client.post(
        "/inbox/settings/",
        {
            "host": "https://imap.example.com/",
            "port": 993,
            "security": "tls",
            "username": "u",
            "password": "p",
            "folders": "INBOX",
        },
    )
    assert "Only the server" in response.content.decode()


# --- Elsewhere ----------------------------------------------------------------------------


def test_linked_messages_show_on_the_applications_timeline(owner_client, owner, acme_application):
    _rejection_message(owner)
    page = owner_client.get(acme_application.get_absolute_url()).content.decode()
    assert "Your application for Backend Engineer" in page


def test_the_dashboard_says_how_many_suggestions_wait(owner_client, owner, acme_application):
    _rejection_message(owner)
    assert "1 suggestion waits" in owner_client.get("/").content.decode()


def test_the_dashboard_counts_suggestions_of_an_account_without_applications(owner_client, owner):
    _rejection_message(owner)
    assert "1 suggestion waits" in owner_client.get("/").content.decode()


def test_adding_the_interview_marks_the_message_and_undo_deletes_it(
    owner_client, owner, acme_application
):
    message = _rejection_message(owner)
    when = datetime.datetime(2026, 12, 3, 14, 0, tzinfo=datetime.UTC)
    JobMessage.objects.filter(pk=message.pk).update(kind="interview", event_at=when)
    form = owner_client.get(f"/inbox/{message.pk}/interview/").context["form"]
    assert form.initial["ends_at"] == when + datetime.timedelta(hours=1)

    response = owner_client.post(
        f"/inbox/{message.pk}/interview/",
        {
            "application": acme_application.pk,
            "round": 1,
            "kind": "video",
            "scheduled_at": "2026-12-03T14:00",
            "ends_at": "2026-12-03T15:00",
            "location": "https://meet.google.com/abc-defg-hij",
            "outcome": "pending",
        },
    )

    assert response.status_code == 302, response.context["form"].errors
    interview = acme_application.interviews.get()
    message.refresh_from_db()
    assert message.state == State.ACTED and message.action == "schedule_interview"

    owner_client.post(f"/inbox/{message.pk}/undo/")
    assert not acme_application.interviews.filter(pk=interview.pk).exists()
