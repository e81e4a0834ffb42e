import datetime

import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command
from django.utils import timezone

from inbox import crypto, matching, sync
from inbox.models import InboxSettings, SyncStatus
from tests.factories import ApplicationFactory, CompanyFactory
from tracker.stages import Status


def _mailbox(owner, **fields) -> InboxSettings:
    row = InboxSettings.objects.create(owner=owner, host="127.0.0.1", username="u", **fields)
    row.set_password("secret app password")
    row.save()
    return row


# --- Keys ---------------------------------------------------------------------------------


def test_a_password_survives_key_rotation(owner, settings):
    row = _mailbox(owner)
    old_key = settings.INBOX_KEYS[0]
    settings.INBOX_KEYS = [Fernet.generate_key().decode(), old_key]
    assert row.password() == "secret app password"  # the old key still decrypts

    call_command("sync_inbox", "--rotate-keys")

    settings.INBOX_KEYS = settings.INBOX_KEYS[:1]  # the old key removed
    row.refresh_from_db()
    assert row.password() == "secret app password"


def test_a_password_from_another_key_is_a_clear_error(owner, settings):
    row = _mailbox(owner)
    settings.INBOX_KEYS = [Fernet.generate_key().decode()]
    with pytest.raises(crypto.CannotDecrypt):
        row.password()

    sync.sync(row)

    row.refresh_from_db()
    assert row.sync_status == SyncStatus.FAILED
    assert "Enter the password again" in row.last_error


def test_without_a_key_the_sync_says_why(owner, settings):
    row = _mailbox(owner)
    settings.INBOX_KEYS = []
    sync.sync(row)
    row.refresh_from_db()
    assert "INBOX_KEYS" in row.last_error


# --- The periodic sync --------------------------------------------------------------------


def test_sync_inbox_queues_only_mailboxes_that_are_due(owner, stranger, settings, capsys):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    due = _mailbox(owner)
    recent = _mailbox(stranger, last_sync_at=timezone.now() - datetime.timedelta(minutes=1))

    call_command("sync_inbox")

    assert "Queued 1 mailbox sync" in capsys.readouterr().out
    due.refresh_from_db()
    recent.refresh_from_db()
    assert due.sync_queued_at is not None
    assert recent.sync_queued_at is None

    call_command("sync_inbox")  # already queued: not queued twice
    assert "Queued 0 mailbox sync" in capsys.readouterr().out


def test_a_failing_mailbox_waits_longer_each_time(owner, settings):
    settings.INBOX_SYNC_MINUTES = 15
    now = timezone.now()
    row = _mailbox(owner, failures=3, last_sync_at=now - datetime.timedelta(minutes=100))
    assert row not in list(sync.due(now))  # 15 min × 2³ = 2 hours
    InboxSettings.objects.filter(pk=row.pk).update(last_sync_at=now - datetime.timedelta(hours=3))
    assert [r.pk for r in sync.due(now)] == [row.pk]


def test_check_now_only_queues_with_a_real_queue(owner, owner_client, settings):
    """No web request waits on a mail server: with the database queue the page answers at
    once and the worker does the rest."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    row = _mailbox(owner, port=9)

    response = owner_client.post("/inbox/settings/check/", follow=True)

    assert "Checking the mailbox in the background" in response.content.decode()
    row.refresh_from_db()
    assert row.sync_status == SyncStatus.NEVER
    assert row.sync_queued_at is not None


# --- Matching -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "labels"),
    [
        ("jobs@acme-robotics.com", ["acmerobotics"]),
        ("no-reply@careers.globex.co.uk", ["globex"]),
        ("https://www.initech.example/", ["initech"]),
    ],
)
def test_domain_labels(address, labels):
    assert matching.domain_labels(address) == labels


def test_the_best_match_prefers_company_and_position(owner):
    acme = CompanyFactory(owner=owner, name="ACME Robotics GmbH")
    older = ApplicationFactory(owner=owner, company=acme, position_title="Data Analyst")
    wanted = ApplicationFactory(owner=owner, company=acme, position_title="Backend Engineer")
    ApplicationFactory(owner=owner, position_title="Backend Engineer")
    applications = matching.candidates(owner)

    match = matching.best_match(
        applications,
        company="Acme Robotics",
        sender="jobs@acme-robotics.com",
        position="Senior Backend Engineer (m/w/d)",
    )

    assert match.application == wanted != older
    assert match.score >= 0.8
    assert "same company name" in match.reason


def test_an_ats_domain_says_nothing_about_the_company(owner):
    ApplicationFactory(owner=owner, company=CompanyFactory(owner=owner, name="Greenhouse"))
    match = matching.best_match(
        matching.candidates(owner), company="", sender="no-reply@greenhouse.io", position=""
    )
    assert match.application is None


def test_the_company_website_matches_the_sender(owner):
    company = CompanyFactory(owner=owner, name="Initech", website="https://initech-corp.example")
    application = ApplicationFactory(owner=owner, company=company, status=Status.APPLIED)
    match = matching.best_match(
        matching.candidates(owner), company="", sender="hr@initech-corp.example", position=""
    )
    assert match.application == application
