"""The mailbox sync against a real Dovecot (started by ``.ci/run``, see ``.ci/dovecot``).

Skipped when ``DOVECOT_HOST`` and friends are not set, unless ``REQUIRE_DOVECOT=1`` (as in
CI) makes that a failure. Each test fills a folder of its own through IMAP APPEND and
deletes it afterwards, so tests never see each other's mail.
"""

import contextlib
import datetime
import imaplib
import os
import socket
import ssl
import uuid

import pytest

from inbox import sync
from inbox.imap import Connection, ImapError, Mailbox
from inbox.models import FolderState, InboxSettings, JobMessage, SeenMessage, SyncStatus
from inbox.tasks import queue_sync
from tests.inbox import mail

ENV = ("DOVECOT_HOST", "DOVECOT_PLAIN_PORT", "DOVECOT_TLS_PORT", "DOVECOT_USER",
       "DOVECOT_PASSWORD", "DOVECOT_CA_FILE")  # fmt: skip


@pytest.fixture(scope="module")
def dovecot() -> dict[str, str]:
    missing = [name for name in ENV if not os.environ.get(name)]
    if missing:
        if os.environ.get("REQUIRE_DOVECOT") == "1":
            pytest.fail(f"REQUIRE_DOVECOT=1 but {', '.join(missing)} not set (see .ci/dovecot)")
        pytest.skip('no Dovecot: run `eval "$(.ci/dovecot start DIR)"` to test IMAP')
    return {name: os.environ[name] for name in ENV}


def _admin(dovecot) -> imaplib.IMAP4_SSL:
    context = ssl.create_default_context(cafile=dovecot["DOVECOT_CA_FILE"])
    imap = imaplib.IMAP4_SSL(
        dovecot["DOVECOT_HOST"], int(dovecot["DOVECOT_TLS_PORT"]), ssl_context=context, timeout=10
    )
    imap.login(dovecot["DOVECOT_USER"], dovecot["DOVECOT_PASSWORD"])
    return imap


@pytest.fixture
def folder(dovecot):
    """A fresh folder for this test (deleted afterwards), and a way to APPEND to it."""
    name = f"T{uuid.uuid4().hex[:12]}"
    imap = _admin(dovecot)
    assert imap.create(name)[0] == "OK"

    class Folder:
        def __init__(self) -> None:
            self.name = name

        def append(self, raw: bytes, flags: str = "") -> None:
            status, _ = imap.append(name, flags or None, None, raw)
            assert status == "OK"

        def recreate(self) -> None:
            assert imap.delete(name)[0] == "OK"
            assert imap.create(name)[0] == "OK"

        def flags(self) -> dict[int, set[str]]:
            imap.select(name, readonly=True)
            _, data = imap.uid("FETCH", "1:*", "(FLAGS)")
            found = {}
            for line in data:
                if not line:
                    continue
                text = line.decode()
                uid = int(text.split("UID ")[1].split()[0].rstrip(")"))
                found[uid] = set(text.split("FLAGS (")[1].split(")")[0].split()) - {"\\Recent"}
            return found

    yield Folder()
    with contextlib.suppress(Exception):
        imap.logout()
    cleanup = _admin(dovecot)
    cleanup.delete(name)
    cleanup.logout()


@pytest.fixture
def mailbox_settings(owner, dovecot, folder, settings):
    settings.INBOX_CA_FILE = dovecot["DOVECOT_CA_FILE"]
    settings.INBOX_IMAP_TIMEOUT = 5
    row = InboxSettings.objects.create(
        owner=owner,
        host=dovecot["DOVECOT_HOST"],
        port=int(dovecot["DOVECOT_TLS_PORT"]),
        security="tls",
        username=dovecot["DOVECOT_USER"],
        folders=folder.name,
        start_on=mail.SENT.date().replace(day=1),
    )
    row.set_password(dovecot["DOVECOT_PASSWORD"])
    row.save()
    return row


def test_sync_keeps_job_mail_skips_other_mail_and_changes_no_flag(
    mailbox_settings, folder, acme_application
):
    folder.append(mail.rejection())
    folder.append(mail.newsletter())
    folder.append(mail.confirmation(), flags="(\\Flagged)")
    before = folder.flags()

    tally = sync.sync(mailbox_settings)

    assert tally.added == 2 and tally.other == 1, tally
    mailbox_settings.refresh_from_db()
    assert mailbox_settings.sync_status == SyncStatus.OK
    assert mailbox_settings.last_error == ""
    assert {m.kind for m in JobMessage.objects.all()} == {"rejection", "confirmation"}
    assert SeenMessage.objects.count() == 1
    # Read-only: no \Seen, nothing removed, the user's own flag kept.
    assert folder.flags() == before
    assert all("\\Seen" not in flags for flags in folder.flags().values())


def test_a_folder_with_accents_in_its_name_is_read(dovecot, mailbox_settings, acme_application):
    """ "Rückmeldungen" goes to the server in modified UTF-7 ("R&APw-ckmeldungen")."""
    from inbox.imap import folder_name_on_the_wire

    name = f"Rückmeldungen {uuid.uuid4().hex[:8]}"
    wire = '"' + folder_name_on_the_wire(name) + '"'
    imap = _admin(dovecot)
    assert imap.create(wire)[0] == "OK"
    try:
        assert imap.append(wire, None, None, mail.rejection())[0] == "OK"
        mailbox_settings.folders = name
        mailbox_settings.save()

        tally = sync.sync(mailbox_settings)

        mailbox_settings.refresh_from_db()
        assert mailbox_settings.sync_status == SyncStatus.OK, mailbox_settings.last_error
        assert tally.added == 1
        assert FolderState.objects.filter(inbox=mailbox_settings, name=name).exists()
    finally:
        imap.delete(wire)
        imap.logout()


def test_sync_is_incremental(mailbox_settings, folder):
    folder.append(mail.rejection())
    assert sync.sync(mailbox_settings).added == 1
    state = FolderState.objects.get(inbox=mailbox_settings, name=folder.name)
    assert state.last_uid == 1

    assert sync.sync(mailbox_settings).added == 0  # nothing new: nothing read again

    folder.append(mail.confirmation())
    tally = sync.sync(mailbox_settings)
    assert (tally.added, tally.duplicate) == (1, 0)
    state.refresh_from_db()
    assert state.last_uid == 2


def test_a_changed_uidvalidity_reads_the_folder_again_without_duplicates(mailbox_settings, folder):
    first = mail.rejection(message_id="<r1@acme-robotics.com>")
    folder.append(first)
    sync.sync(mailbox_settings)
    old = FolderState.objects.get(inbox=mailbox_settings).uidvalidity

    folder.recreate()  # a new UIDVALIDITY; the same message comes back, and a new one
    folder.append(first)
    folder.append(mail.confirmation(message_id="<c1@acme-robotics.com>"))
    tally = sync.sync(mailbox_settings)

    state = FolderState.objects.get(inbox=mailbox_settings)
    assert state.uidvalidity != old
    assert (tally.added, tally.duplicate) == (1, 1)
    assert JobMessage.objects.count() == 2


def test_messages_before_the_start_date_are_not_read(mailbox_settings, folder):
    folder.append(mail.rejection())
    mailbox_settings.start_on = datetime.date.today() + datetime.timedelta(days=2)
    mailbox_settings.save()
    assert sync.sync(mailbox_settings).added == 0


def test_a_wrong_password_is_stored_with_its_reason_and_retried_later(mailbox_settings):
    mailbox_settings.set_password("not the password")
    mailbox_settings.save()

    sync.sync(mailbox_settings)

    mailbox_settings.refresh_from_db()
    assert mailbox_settings.sync_status == SyncStatus.FAILED
    assert "refused the user name or password" in mailbox_settings.last_error
    assert mailbox_settings.failures == 1
    # Due again later, not at once: a failing mailbox waits longer each time.
    assert mailbox_settings not in list(sync.due())


def test_a_server_that_is_down_is_reported(mailbox_settings):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free_port = probe.getsockname()[1]
    mailbox_settings.port = free_port
    mailbox_settings.save()

    sync.sync(mailbox_settings)

    mailbox_settings.refresh_from_db()
    assert mailbox_settings.sync_status == SyncStatus.FAILED
    assert "refused the connection" in mailbox_settings.last_error


def test_an_untrusted_certificate_is_refused(mailbox_settings, settings):
    settings.INBOX_CA_FILE = ""  # the system's CAs do not know the test certificate

    sync.sync(mailbox_settings)

    mailbox_settings.refresh_from_db()
    assert mailbox_settings.sync_status == SyncStatus.FAILED
    assert "certificate" in mailbox_settings.last_error
    assert "not trusted" in mailbox_settings.last_error


def test_starttls_on_the_plain_port_works(mailbox_settings, folder, dovecot):
    mailbox_settings.port = int(dovecot["DOVECOT_PLAIN_PORT"])
    mailbox_settings.security = "starttls"
    mailbox_settings.save()
    folder.append(mail.rejection())

    assert sync.sync(mailbox_settings).added == 1


def test_tls_to_the_plain_port_fails_with_a_reason(mailbox_settings, dovecot):
    mailbox_settings.port = int(dovecot["DOVECOT_PLAIN_PORT"])
    mailbox_settings.save()

    sync.sync(mailbox_settings)

    mailbox_settings.refresh_from_db()
    assert mailbox_settings.sync_status == SyncStatus.FAILED
    assert mailbox_settings.last_error


def test_a_missing_folder_is_reported(mailbox_settings):
    mailbox_settings.folders = "NoSuchFolder"
    mailbox_settings.save()

    sync.sync(mailbox_settings)

    mailbox_settings.refresh_from_db()
    assert "NoSuchFolder" in mailbox_settings.last_error


def test_the_mailbox_is_opened_read_only(dovecot, folder):
    folder.append(mail.rejection())
    connection = Connection(
        host=dovecot["DOVECOT_HOST"],
        port=int(dovecot["DOVECOT_TLS_PORT"]),
        security="tls",
        username=dovecot["DOVECOT_USER"],
        password=dovecot["DOVECOT_PASSWORD"],
        ca_file=dovecot["DOVECOT_CA_FILE"],
        timeout=5,
    )
    with Mailbox(connection) as box:
        box.examine(folder.name)
        assert box.imap.is_readonly
        # The server itself ignores changes to a folder opened with EXAMINE.
        box.imap.store("1", "+FLAGS", "(\\Seen)")
    assert folder.flags() == {1: set()}
    with pytest.raises(ImapError, match="refused the user name"):
        Mailbox(Connection(**{**connection.__dict__, "password": "wrong"})).__enter__()


def test_check_now_runs_the_sync_as_a_task(mailbox_settings, folder, owner_client):
    folder.append(mail.rejection())

    response = owner_client.post("/inbox/settings/check/")

    assert response.status_code == 302
    assert JobMessage.objects.count() == 1
    mailbox_settings.refresh_from_db()
    assert mailbox_settings.sync_queued_at is None  # the (immediate) task finished
    assert queue_sync(mailbox_settings)
