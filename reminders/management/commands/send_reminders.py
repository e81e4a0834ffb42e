import argparse
import datetime

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.tasks import TaskResultStatus

from reminders.digest import send_digests
from reminders.tasks import send_daily_digests


def _date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"use YYYY-MM-DD, e.g. 2026-03-19; got {value!r}"
        ) from None


class Command(BaseCommand):
    help = (
        "Queue today's digests for the task worker, which e-mails each user what is due "
        "(interviews, follow-ups, check-ins, open rejection steps). Run it once a day from "
        "cron; a second run the same day sends nothing new."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--date",
            type=_date,
            help="Act as if today were this day (YYYY-MM-DD). Default: each user's today.",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Show who would get a digest; send nothing, queue nothing, record nothing.",
        )

    def handle(self, *args, date: datetime.date | None, dry_run: bool, **options) -> None:
        if dry_run:
            # Without --date, each user's own today in their time zone.
            run = send_digests(today=date, dry_run=True, report=self.stdout.write)
            self.stdout.write(run.summary())
            return
        result = send_daily_digests.enqueue(date.isoformat() if date else None)
        day = date or "each user's today"
        if result.status == TaskResultStatus.FAILED:
            raise CommandError(f"The digests of {day} failed; see the errors above.")
        if result.status != TaskResultStatus.SUCCESSFUL:
            self.stdout.write(f"Queued the digests of {day} (task {result.id}) for the worker.")
            return
        # A backend that runs tasks at once: report as the digests were sent here.
        outcome = result.return_value
        for line in outcome["warnings"]:
            self.stderr.write(line)
        self.stdout.write(outcome["summary"])
        if outcome["failed"]:
            # A non-zero exit makes cron (or a monitor) tell the administrator.
            raise CommandError(
                f"{outcome['failed']} digest(s) could not be sent; see the errors above."
            )
