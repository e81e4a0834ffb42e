"""Real worker processes, one per task backend, finishing what the pages queued.

These tests commit their data (a worker is another process, it cannot see a test's open
transaction) and point the worker at the test database through ``DATABASE_URL``. The RQ
test needs Redis on ``REDIS_TEST_URL`` (default redis://127.0.0.1:6379/15): it is skipped
when Redis is not there, unless ``REQUIRE_REDIS=1`` (as in CI) makes that a failure.
"""

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.urls import reverse

from core.models import BackgroundJob
from portability import tasks as portability_tasks
from rejections.models import Letter
from tests.factories import LetterFactory
from tests.portability.test_csv_import import GOOD, uploaded_and_mapped
from tracker.models import Application

ROOT = Path(__file__).resolve().parents[2]
REDIS_TEST_URL = os.environ.get("REDIS_TEST_URL", "redis://127.0.0.1:6379/15")
WORKER_TIMEOUT = 120

# No serialized_rollback: these tests need no rows from migrations, and restoring the
# snapshot after another transactional test would clash with the content types Django
# re-creates then (the failure depended on which tests ran first).
pytestmark = [
    pytest.mark.worker,
    pytest.mark.django_db(transaction=True),
]


def _database_url() -> str:
    db = connection.settings_dict
    if db["ENGINE"] == "django.db.backends.sqlite3":
        return f"sqlite:///{db['NAME']}"
    password = f":{quote(db['PASSWORD'])}" if db.get("PASSWORD") else ""
    user = f"{quote(db['USER'])}{password}@" if db.get("USER") else ""
    return f"postgres://{user}{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def run_worker(backend: str) -> None:
    """Run one worker process until the queue is empty, as `make run` would run it."""
    env = {
        **os.environ,
        "DATABASE_URL": _database_url(),
        "TASK_BACKEND": backend,
        "REDIS_URL": REDIS_TEST_URL,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "EMAIL_HOST": "",
        "DEBUG": "true",
    }
    done = subprocess.run(
        [sys.executable, "manage.py", "task_worker", "--until-empty"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=WORKER_TIMEOUT,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def _job_page(client, job: BackgroundJob) -> str:
    response = client.get(reverse("core:job", args=[job.pk]))
    assert response.status_code == 200
    return response.content.decode()


def _import_csv_through_the_worker(owner_client, owner, backend: str) -> BackgroundJob:
    token = uploaded_and_mapped(owner_client, GOOD, date_order="dmy")
    response = owner_client.post(reverse("portability:csv-confirm"), {"token": token})
    job = BackgroundJob.objects.get(owner=owner)
    assert response["Location"] == job.get_absolute_url()
    page = _job_page(owner_client, job)
    assert "Queued." in page
    assert 'http-equiv="refresh"' in page
    assert not Application.objects.exists()

    run_worker(backend)

    page = _job_page(owner_client, job)
    assert "Done." in page
    assert "Imported 3 applications." in page
    assert 'http-equiv="refresh"' not in page
    assert Application.objects.for_user(owner).count() == 3
    return job


@pytest.fixture
def database_backend(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def rq_backend(settings):
    redis = pytest.importorskip("redis")
    try:
        redis.Redis.from_url(REDIS_TEST_URL, socket_connect_timeout=1).ping()
    except redis.exceptions.ConnectionError:
        if os.environ.get("REQUIRE_REDIS") == "1":
            pytest.fail(f"REQUIRE_REDIS=1 but Redis does not answer on {REDIS_TEST_URL}")
        pytest.skip(f"Redis does not answer on {REDIS_TEST_URL}")
    settings.RQ_QUEUES = {"default": {"URL": REDIS_TEST_URL, "DEFAULT_TIMEOUT": 600}}
    settings.TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    import django_rq

    django_rq.get_queue("default").empty()  # leftovers of an interrupted run


def test_the_database_worker_imports_a_csv_once(database_backend, owner_client, owner):
    job = _import_csv_through_the_worker(owner_client, owner, "database")
    # The same job queued again (a retry after a crash) imports nothing more.
    portability_tasks.import_csv.enqueue(job.pk)
    run_worker("database")
    assert Application.objects.for_user(owner).count() == 3


def test_the_database_worker_sends_a_letter(database_backend, owner_client, owner):
    letter = LetterFactory(rejection__application__owner=owner, recipient_email="hr@example.com")
    response = owner_client.post(reverse("rejections:letter-send", args=[letter.pk]))
    job = BackgroundJob.objects.get(owner=owner)
    assert response["Location"] == job.get_absolute_url()
    run_worker("database")
    letter.refresh_from_db()
    assert letter.status == Letter.Status.SENT
    assert "Sent to hr@example.com" in _job_page(owner_client, job)


def test_the_database_worker_imports_a_json_export(database_backend, owner_client, owner):
    export = owner_client.get(reverse("portability:json-export"))
    document = b"".join(export.streaming_content)
    response = owner_client.post(
        reverse("portability:json-import"),
        {"file": SimpleUploadedFile("rebound.json", document)},
    )
    job = BackgroundJob.objects.get(owner=owner)
    assert response["Location"] == job.get_absolute_url()
    run_worker("database")
    job.refresh_from_db()
    assert job.succeeded is True
    assert job.payload == ""  # the document is not kept once imported
    assert "Imported an empty export." in _job_page(owner_client, job)


def test_an_rq_worker_imports_a_csv_once(rq_backend, owner_client, owner):
    job = _import_csv_through_the_worker(owner_client, owner, "rq")
    portability_tasks.import_csv.enqueue(job.pk)
    run_worker("rq")
    assert Application.objects.for_user(owner).count() == 3
