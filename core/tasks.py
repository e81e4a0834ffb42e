"""Background work on Django's tasks framework: running a job once, reading its state.

A view creates a ``BackgroundJob`` and enqueues a task that takes its id
(``start_job``); the task does its work through ``run_job``, which records the outcome
on the job in the same transaction as the work. The pages read ``job_state``.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction
from django.tasks import TaskResultStatus
from django.tasks.base import Task
from django.utils import timezone
from django.utils.module_loading import import_string

from core import pagecache
from core.models import BackgroundJob

# The RQ backend is written against the django-tasks backport and raises its exception
# classes; the database and immediate backends raise Django's own.
try:
    from django_tasks.exceptions import TaskResultDoesNotExist as _BackportDoesNotExist
except ImportError:  # pragma: no cover - the backport comes with the RQ backend
    _BackportDoesNotExist = LookupError
from django.tasks.exceptions import TaskResultDoesNotExist

QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"
LOST = "The worker lost this task. Try again."


class JobFailed(Exception):
    """A failure whose message is written for the user ("Nothing was imported. …")."""


def start_job(
    task: Task, *, owner, title: str, done_url: str = "", subject: str = "", payload: str = ""
) -> BackgroundJob:
    """Record a job for ``owner`` and enqueue ``task`` with its id.

    With a backend that runs tasks at once (the tests'), the job is already finished when
    this returns; the caller can then answer as it did before tasks existed.
    """
    job = BackgroundJob.objects.create(
        owner=owner,
        title=title,
        task_path=task.module_path,
        subject=subject,
        payload=payload,
        done_url=done_url,
    )
    return _enqueue(job, task)


def retry_job(job: BackgroundJob) -> BackgroundJob:
    """Run a failed job again (its input is kept until it succeeds)."""
    BackgroundJob.objects.filter(pk=job.pk).update(succeeded=None, message="", finished_at=None)
    job.refresh_from_db()
    return _enqueue(job, import_string(job.task_path))


def _enqueue(job: BackgroundJob, task: Task) -> BackgroundJob:
    # The id is saved before the task can finish, so an immediate run's outcome is kept.
    result = task.enqueue(job.pk)
    BackgroundJob.objects.filter(pk=job.pk).update(task_id=result.id)
    job.refresh_from_db()
    if job.succeeded is None and result.status == TaskResultStatus.FAILED:
        # The task failed before it could say why (it could not even load its job).
        _mark(job, succeeded=False, message=_error_of(result))
    return job


def run_job(job_id: int, work: Callable[[BackgroundJob], str]) -> str:
    """Do ``work`` for the job once and record its outcome; return the message.

    ``work`` returns what the user is told. The work and the outcome are committed
    together, so running the task twice (a retry after a crash, a double enqueue) does the
    work once: the second run finds the job done and returns its message. A ``JobFailed``
    is recorded with its message; any other error with a short explanation. Both are
    raised again, so the task backend records the task as failed too.
    """
    try:
        with transaction.atomic():
            job = BackgroundJob.objects.select_for_update().get(pk=job_id)
            if job.succeeded:
                return job.message
            message = work(job)
            _mark(job, succeeded=True, message=message, payload="")
            return message
    except JobFailed as exc:
        _mark_failed(job_id, str(exc))
        raise
    except Exception as exc:
        _mark_failed(job_id, f"It failed: {exc.__class__.__name__}: {exc}")
        raise
    finally:
        # Whatever the work wrote (bulk inserts and updates send no signal), the owner's
        # cached pages are retired once it is committed.
        pagecache.bump_where(user__background_jobs=job_id)


def _mark(job: BackgroundJob, **fields) -> None:
    fields["finished_at"] = timezone.now()
    BackgroundJob.objects.filter(pk=job.pk).update(**fields)
    for name, value in fields.items():
        setattr(job, name, value)


def _mark_failed(job_id: int, message: str) -> None:
    BackgroundJob.objects.filter(pk=job_id).update(
        succeeded=False, message=message, finished_at=timezone.now()
    )


def _error_of(result) -> str:
    """The last line of the task's traceback ("It failed: ValueError: …"), or a generic
    message; a ``JobFailed``'s own message as it is, since it is written for the user."""
    job_failed = f"{JobFailed.__module__}.{JobFailed.__qualname__}"
    for error in reversed(result.errors or []):
        lines = [line for line in (error.traceback or "").strip().splitlines() if line.strip()]
        if lines:
            last = lines[-1].strip()
            if error.exception_class_path == job_failed:
                return last.removeprefix(f"{job_failed}:").strip() or LOST
            return f"It failed: {last}"
    return LOST


@dataclass(frozen=True)
class JobState:
    state: str
    message: str = ""

    @property
    def finished(self) -> bool:
        return self.state in (DONE, FAILED)

    @property
    def label(self) -> str:
        return {QUEUED: "Queued", RUNNING: "Running", DONE: "Done", FAILED: "Failed"}[self.state]


def job_state(job: BackgroundJob) -> JobState:
    """Queued, running, done or failed (with its message), for the pages."""
    if job.succeeded is not None:
        return JobState(DONE if job.succeeded else FAILED, job.message)
    if not job.task_id:
        return JobState(QUEUED)
    try:
        result = import_string(job.task_path).get_backend().get_result(job.task_id)
    except NotImplementedError:
        # A backend that keeps no results (the immediate one) already wrote the outcome.
        return JobState(QUEUED)
    except (TaskResultDoesNotExist, _BackportDoesNotExist):
        return JobState(FAILED, LOST)
    if result.status == TaskResultStatus.RUNNING:
        return JobState(RUNNING)
    if result.status == TaskResultStatus.FAILED:
        # The worker died in the task (killed, out of memory) before recording anything.
        return JobState(FAILED, _error_of(result))
    if result.status == TaskResultStatus.SUCCESSFUL:
        # Finished between the two reads; the outcome is on the job now.
        job.refresh_from_db()
        return JobState(DONE, job.message)
    return JobState(QUEUED)
