import argparse
import datetime

from django.core.management.base import BaseCommand, CommandError, CommandParser

from reminders.digest import send_digests


def _date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"use YYYY-MM-DD, e.g. 2026-03-19; got {value!r}"
        ) from None


class Command(BaseCommand):
    help = (
        "E-mail each user a digest of what is due today (interviews, follow-ups, check-ins, "
        "open rejection steps). Run it once a day from cron; a second run the same day sends "
        "nothing new."
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
            help="Show who would get a digest; send nothing and record nothing.",
        )

    def handle(self, *args, date: datetime.date | None, dry_run: bool, **options) -> None:
        # Without --date, each user's own today in their time zone.
        run = send_digests(
            today=date,
            dry_run=dry_run,
            report=self.stdout.write,
            warn=lambda line: self.stderr.write(line),
        )
        self.stdout.write(run.summary())
        if run.failed:
            # A non-zero exit makes cron (or a monitor) tell the administrator.
            raise CommandError(f"{run.failed} digest(s) could not be sent; see the errors above.")
