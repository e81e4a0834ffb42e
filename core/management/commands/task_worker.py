import os

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

#: TASK_BACKEND -> the worker command of that backend, and its "stop when idle" flag.
WORKERS = {
    "database": (["db_worker", "--no-startup-delay"], ["--batch", "--no-reload"]),
    "rq": (["rqworker", "--job-class", "django_tasks_rq.Job", "default"], ["--burst"]),
}
#: A web request waits for the CPU behind background work only when nothing else is left.
DEFAULT_NICENESS = 10


class Command(BaseCommand):
    help = (
        "Run one background worker for the configured TASK_BACKEND: the database queue's "
        "worker (db_worker), or an RQ worker (rqworker) when TASK_BACKEND=rq. Run one or "
        "more next to the web servers."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--until-empty",
            action="store_true",
            help="Run the tasks already queued, then exit (instead of waiting for more).",
        )
        parser.add_argument(
            "--nice",
            type=int,
            default=DEFAULT_NICENESS,
            help=(
                "Lower the worker's CPU priority by this much (default %(default)s; 0 keeps "
                "it), so pages stay quick while a long import runs on the same host."
            ),
        )

    def handle(self, *args, until_empty: bool, nice: int, **options) -> None:
        if nice > 0 and hasattr(os, "nice"):
            os.nice(nice)
        command, idle_flags = WORKERS[settings.TASK_BACKEND]
        call_command(*command, *(idle_flags if until_empty else []))
