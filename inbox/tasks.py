"""The inbox's background work: reading uploaded messages, and syncing mailboxes.

No web request talks to a mail server: "Check now" and the periodic ``sync_inbox`` only
queue ``sync_mailbox``, which the worker runs.
"""

import base64
import datetime
import json

from django.tasks import task
from django.utils import timezone

from core.models import BackgroundJob
from core.tasks import JobFailed, run_job, start_job
from inbox import services, sync
from inbox.models import InboxSettings

#: A queued sync not finished after this long is considered lost, and may be queued again.
QUEUED_FOR = datetime.timedelta(minutes=30)


def _read_uploads(job: BackgroundJob) -> str:
    try:
        document = json.loads(job.payload)
        files = [(name, base64.b64decode(data)) for name, data in document["files"]]
        source = document["source"]
    except (ValueError, KeyError, TypeError):
        raise JobFailed("The uploaded messages were lost; upload them again.") from None
    tally = services.ingest_many(job.owner, files, source=source)
    if tally.errors:
        return tally.summary() + " " + " ".join(tally.errors[:20])
    return tally.summary()


@task
def read_uploads(job_id: int) -> str:
    """Parse, classify and keep (or skip) each uploaded or pasted message."""
    return run_job(job_id, _read_uploads)


def start_reading(*, owner, files: list[tuple[str, bytes]], source: str, done_url: str):
    payload = json.dumps(
        {
            "source": source,
            "files": [(name, base64.b64encode(raw).decode("ascii")) for name, raw in files],
        }
    )
    count = len(files)
    title = "Reading 1 message" if count == 1 else f"Reading {count} messages"
    return start_job(read_uploads, owner=owner, title=title, done_url=done_url, payload=payload)


@task
def sync_mailbox(settings_id: int) -> str:
    """Read a user's new mail; the outcome (or the reason it failed) lands on their settings."""
    row = InboxSettings.objects.select_related("owner").filter(pk=settings_id).first()
    if row is None:
        return "No mailbox."
    tally = sync.sync(row)  # which retires the owner's cached pages as it records the outcome
    return row.last_error or tally.summary()


def queue_sync(row: InboxSettings) -> bool:
    """Queue a sync of ``row`` unless one is already waiting; returns whether it queued."""
    now = timezone.now()
    claimed = (
        InboxSettings.objects.filter(pk=row.pk)
        .exclude(sync_queued_at__gt=now - QUEUED_FOR)
        .update(sync_queued_at=now)
    )
    if not claimed:
        return False
    row.sync_queued_at = now
    sync_mailbox.enqueue(row.pk)
    return True
