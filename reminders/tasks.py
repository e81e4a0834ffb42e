"""The daily digest, run by the task worker (``send_reminders`` enqueues it)."""

import datetime
import logging

from django.tasks import task

from reminders.digest import send_digests
from tracker.services import purge_deleted_interviews

logger = logging.getLogger(__name__)


@task
def send_daily_digests(day: str | None = None) -> dict:
    """Send the digests of ``day`` (YYYY-MM-DD; by default each user's today in their time
    zone) to everybody who has something due.

    Safe to run twice: each user gets at most one digest a day. A user whose mail failed
    is counted in ``failed`` and gets it on the next run; the lines in ``warnings`` say why.
    """
    warnings: list[str] = []

    def warn(line: str) -> None:
        warnings.append(line)
        logger.warning(line)

    today = datetime.date.fromisoformat(day) if day else None
    run = send_digests(today=today, warn=warn)
    # The daily chore of the calendar feed: deleted interviews it no longer lists.
    purged = purge_deleted_interviews()
    return {
        "summary": run.summary(),
        "warnings": warnings,
        "failed": run.failed,
        "deleted_interviews_purged": purged,
    }
