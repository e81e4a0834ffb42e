import io

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.tasks import task
from django.urls import reverse

from config.env import env_choice
from core.models import BackgroundJob
from core.tasks import JobFailed, run_job, start_job
from portability.models import PendingImport
from tests.factories import ApplicationFactory
from tests.portability.test_csv_import import GOOD, uploaded_and_mapped
from tracker.models import Application

pytestmark = pytest.mark.django_db

DUMMY = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}

calls: list[int] = []


def _count_once(job: BackgroundJob) -> str:
    calls.append(job.pk)
    return "Counted."


@task
def count_once(job_id: int) -> str:
    return run_job(job_id, _count_once)


def _refuse(job: BackgroundJob) -> str:
    ApplicationFactory(owner=job.owner)  # rolled back with the failure
    raise JobFailed("Nothing was done. The reason.")


@task
def refuse(job_id: int) -> str:
    return run_job(job_id, _refuse)


def _crash(job: BackgroundJob) -> str:
    raise KeyError("surprise")


@task
def crash(job_id: int) -> str:
    return run_job(job_id, _crash)


def _failed_job(owner) -> BackgroundJob:
    return start_job(refuse, owner=owner, title="Refusing")


# --- Running a job ----------------------------------------------------------------------


def test_a_job_runs_its_work_once_however_often_its_task_runs(owner):
    calls.clear()
    job = start_job(count_once, owner=owner, title="Counting", done_url="/")
    count_once.enqueue(job.pk)
    assert calls == [job.pk]
    job.refresh_from_db()
    assert (job.succeeded, job.message) == (True, "Counted.")
    assert job.task_id and job.finished_at


def test_a_refused_job_keeps_its_message_and_undoes_its_work(owner):
    job = _failed_job(owner)
    assert (job.succeeded, job.message) == (False, "Nothing was done. The reason.")
    assert not Application.objects.exists()


def test_an_unexpected_error_fails_the_job_with_a_short_explanation(owner):
    job = start_job(crash, owner=owner, title="Crashing")
    assert job.succeeded is False
    assert job.message == "It failed: KeyError: 'surprise'"


def test_a_refusal_the_backend_recorded_reads_as_written_for_the_user():
    """When only the task backend knows the outcome (the job's row was not updated), the
    page still shows a refusal's own words, not the exception's class path."""
    from types import SimpleNamespace

    from core.tasks import _error_of

    def result(path: str, last: str):
        error = SimpleNamespace(exception_class_path=path, traceback=f"Traceback:\n  ...\n{last}")
        return SimpleNamespace(errors=[error])

    refused = result(
        "core.tasks.JobFailed", "core.tasks.JobFailed: Nothing was imported. Too deep."
    )
    assert _error_of(refused) == "Nothing was imported. Too deep."
    crashed = result("builtins.KeyError", "KeyError: 'surprise'")
    assert _error_of(crashed) == "It failed: KeyError: 'surprise'"


# --- The job's page -----------------------------------------------------------------------


def test_a_queued_job_says_so_and_refreshes_itself(owner, owner_client, settings):
    settings.TASKS = DUMMY
    job = start_job(count_once, owner=owner, title="Counting")
    content = owner_client.get(job.get_absolute_url()).content.decode()
    assert "Queued." in content
    assert '<meta http-equiv="refresh" content="2">' in content
    assert reverse("core:job", args=[job.pk]) in content  # the no-script Refresh link


def test_a_failed_job_shows_its_message_and_can_be_retried(owner, owner_client):
    job = _failed_job(owner)
    content = owner_client.get(job.get_absolute_url()).content.decode()
    assert "Failed." in content
    assert "Nothing was done. The reason." in content
    assert reverse("core:job-retry", args=[job.pk]) in content
    assert "http-equiv" not in content


def test_retrying_a_failed_job_runs_it_again(owner, owner_client):
    calls.clear()
    job = _failed_job(owner)
    BackgroundJob.objects.filter(pk=job.pk).update(task_path=count_once.module_path)
    response = owner_client.post(reverse("core:job-retry", args=[job.pk]))
    assert response["Location"] == job.get_absolute_url()
    job.refresh_from_db()
    assert (job.succeeded, job.message) == (True, "Counted.")
    assert calls == [job.pk]


def test_a_finished_job_is_not_run_again_by_retry(owner, owner_client):
    calls.clear()
    job = start_job(count_once, owner=owner, title="Counting")
    owner_client.post(reverse("core:job-retry", args=[job.pk]))
    assert calls == [job.pk]


def test_another_users_job_is_not_found(owner, stranger_client):
    job = _failed_job(owner)
    assert stranger_client.get(reverse("core:job", args=[job.pk])).status_code == 404
    assert stranger_client.post(reverse("core:job-retry", args=[job.pk])).status_code == 404
    job.refresh_from_db()
    assert job.succeeded is False


def test_the_job_pages_need_a_sign_in(owner, client):
    job = _failed_job(owner)
    for url in (reverse("core:job", args=[job.pk]), reverse("core:job-retry", args=[job.pk])):
        response = client.post(url) if url.endswith("retry/") else client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))


def test_retry_refuses_get(owner, owner_client):
    job = _failed_job(owner)
    assert owner_client.get(reverse("core:job-retry", args=[job.pk])).status_code == 405


# --- What the pages queue -------------------------------------------------------------------


def test_confirming_a_csv_import_with_a_worker_leads_to_its_job(owner, owner_client, settings):
    token = uploaded_and_mapped(owner_client, GOOD, date_order="dmy")
    settings.TASKS = DUMMY
    response = owner_client.post(reverse("portability:csv-confirm"), {"token": token})
    job = BackgroundJob.objects.get(owner=owner)
    assert response["Location"] == job.get_absolute_url()
    assert job.title == "Import of applications.csv (3 rows)"
    assert PendingImport.objects.filter(pk=job.subject).exists()  # nothing imported yet
    assert not Application.objects.exists()


def test_send_reminders_queues_the_digests_for_the_worker(settings):
    settings.TASKS = DUMMY
    out = io.StringIO()
    call_command("send_reminders", "--date", "2026-03-19", stdout=out)
    assert "Queued the digests of 2026-03-19" in out.getvalue()


# --- Settings -------------------------------------------------------------------------------


def test_a_bad_task_backend_fails_loudly(monkeypatch):
    monkeypatch.setenv("TASK_BACKEND", "celery")
    with pytest.raises(ImproperlyConfigured, match="TASK_BACKEND must be one of database, rq"):
        env_choice("TASK_BACKEND", ("database", "rq"), "database")
    monkeypatch.setenv("TASK_BACKEND", " RQ ")
    assert env_choice("TASK_BACKEND", ("database", "rq"), "database") == "rq"


# --- The worker command ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "niceness"), [([], 10), (["--nice", "3"], 3), (["--nice", "0"], None)]
)
def test_the_worker_gives_way_to_web_requests_unless_told_not_to(monkeypatch, args, niceness):
    calls: list = []
    monkeypatch.setattr("os.nice", lambda value: calls.append(("nice", value)))
    monkeypatch.setattr(
        "core.management.commands.task_worker.call_command",
        lambda *command: calls.append(("run", command[0])),
    )

    call_command("task_worker", "--until-empty", *args)

    expected_nice = [] if niceness is None else [("nice", niceness)]
    assert calls == [*expected_nice, ("run", "db_worker")]
