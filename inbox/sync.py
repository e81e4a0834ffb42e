"""One mailbox sync: each watched folder from where the last sync stopped.

A folder's position is its UIDVALIDITY and the highest UID read. When the server reports
another UIDVALIDITY (the folder was re-created, or the server rebuilt its index), the old
UIDs mean nothing, so the folder is read again from the start date; messages already seen
are recognised by their Message-ID and not added twice. The position is saved after each
message, so a sync that fails half-way carries on from there next time.
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from core import pagecache
from inbox import crypto, matching, services
from inbox.imap import BATCH, Connection, ImapError, Mailbox
from inbox.models import FolderState, InboxSettings, Source, SyncStatus

#: Without a start date, this far back.
DEFAULT_LOOKBACK = datetime.timedelta(days=90)


def connection_for(row: InboxSettings) -> Connection:
    return Connection(
        host=row.host,
        port=row.port,
        security=row.security,
        username=row.username,
        password=row.password(),
        ca_file=settings.INBOX_CA_FILE,
        timeout=settings.INBOX_IMAP_TIMEOUT,
    )


def since(row: InboxSettings) -> datetime.date:
    return row.start_on or (timezone.localdate() - DEFAULT_LOOKBACK)


def sync(row: InboxSettings) -> services.Tally:
    """Read the new mail of every watched folder; record the outcome on ``row``.

    Raises nothing for mailbox trouble: the reason is stored (``last_error``) and the next
    periodic sync tries again.
    """
    tally = services.Tally()
    now = timezone.now()
    try:
        if not crypto.available():
            raise ImapError(crypto.MISSING_KEY)
        if not row.has_imap:
            raise ImapError("No mailbox is set up.")
        try:
            connection = connection_for(row)
        except crypto.CannotDecrypt as exc:
            raise ImapError(str(exc)) from None
        applications = matching.candidates(row.owner)
        with Mailbox(connection) as mailbox:
            for folder in row.folder_list:
                _sync_folder(row, mailbox, folder, tally, applications)
    except ImapError as exc:
        _record(row, now=now, error=str(exc))
        return tally
    _record(row, now=now, error="")
    return tally


def _sync_folder(row, mailbox: Mailbox, folder: str, tally, applications) -> None:
    uidvalidity = mailbox.examine(folder)
    state = FolderState.objects.filter(inbox=row, name=folder).first()
    if state is None or state.uidvalidity != uidvalidity:
        # New folder, or its UIDs were renumbered: read it again from the start date.
        state, _ = FolderState.objects.update_or_create(
            inbox=row, name=folder, defaults={"uidvalidity": uidvalidity, "last_uid": 0}
        )
    uids = mailbox.new_uids(after=state.last_uid, since=since(row))[:BATCH]
    for fetched in mailbox.fetch(uids):
        with transaction.atomic():
            if fetched.raw is None:
                tally.errors.append(
                    f"{folder} message {fetched.uid}: larger than 25 MB, so it was not read."
                )
            else:
                result = services.ingest(
                    row.owner, fetched.raw, source=Source.IMAP, applications=applications
                )
                tally.count(result, name=f"{folder} message {fetched.uid}")
            FolderState.objects.filter(pk=state.pk).update(last_uid=fetched.uid)
            state.last_uid = fetched.uid


def _record(row: InboxSettings, *, now: datetime.datetime, error: str) -> None:
    fields = {"last_sync_at": now, "sync_queued_at": None}
    if error:
        fields |= {
            "sync_status": SyncStatus.FAILED,
            "last_error": error,
            "failures": row.failures + 1,
        }
    else:
        fields |= {
            "sync_status": SyncStatus.OK,
            "last_error": "",
            "failures": 0,
            "last_success_at": now,
        }
    InboxSettings.objects.filter(pk=row.pk).update(**fields)
    for name, value in fields.items():
        setattr(row, name, value)
    pagecache.bump(row.owner_id)  # the inbox page shows the outcome; update() sends no signal


def due(now: datetime.datetime | None = None):
    """Mailboxes whose periodic sync is due: set up, periodic, not synced in the interval.

    A mailbox that keeps failing waits longer each time (up to a day), so a wrong password
    does not knock on the server every few minutes.
    """
    now = now or timezone.now()
    interval = datetime.timedelta(minutes=settings.INBOX_SYNC_MINUTES)
    rows = InboxSettings.objects.with_imap().filter(sync_enabled=True).select_related("owner")
    for row in rows:
        wait = min(interval * (2 ** min(row.failures, 10)), datetime.timedelta(days=1))
        if row.last_sync_at is None or row.last_sync_at <= now - wait:
            yield row
