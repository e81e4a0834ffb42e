import time

from django.core.management.base import BaseCommand, CommandParser

from inbox import crypto, sync
from inbox.models import InboxSettings
from inbox.tasks import queue_sync


class Command(BaseCommand):
    help = (
        "Queue a sync of every mailbox that is due (set up, periodic, not checked for "
        "INBOX_SYNC_MINUTES; failing ones wait longer) for the task worker. Run it from cron "
        "every few minutes, or once with --every to keep doing it."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--every",
            type=int,
            metavar="MINUTES",
            help="Keep running: queue the due syncs, sleep this many minutes, and so on.",
        )
        parser.add_argument(
            "--rotate-keys",
            action="store_true",
            help="Re-encrypt every stored mailbox password with the first key of INBOX_KEYS.",
        )

    def handle(self, *args, every: int | None, rotate_keys: bool, **options) -> None:
        if not crypto.available():
            self.stderr.write(crypto.MISSING_KEY)
            return
        if rotate_keys:
            self._rotate()
            return
        while True:
            queued = sum(queue_sync(row) for row in sync.due())
            self.stdout.write(f"Queued {queued} mailbox sync(s) for the worker.")
            if not every:
                return
            time.sleep(max(every, 1) * 60)

    def _rotate(self) -> None:
        done = failed = 0
        for row in InboxSettings.objects.exclude(password_encrypted=""):
            try:
                token = crypto.rotate(row.password_encrypted)
            except crypto.CannotDecrypt:
                failed += 1
                continue
            InboxSettings.objects.filter(pk=row.pk).update(password_encrypted=token)
            done += 1
        self.stdout.write(f"Re-encrypted {done} password(s); {failed} could not be decrypted.")
