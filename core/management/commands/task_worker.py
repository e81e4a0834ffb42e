from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

#: TASK_BACKEND -> the worker command of that backend, and its "stop when idle" flag.
WORKERS = {
    "database": (["db_worker", "--no-startup-delay"], ["--batch", "--no-reload"]),
    "rq": (["rqworker", "--job-class", "django_tasks_rq.Job", "default"], ["--burst"]),
}


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

    def handle(self, *args, until_empty: bool, **options) -> None:
        command, idle_flags = WORKERS[settings.TASK_BACKEND]
        call_command(*command, *(idle_flags if until_empty else []))
