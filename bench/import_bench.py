"""Imports through the task worker while the web server keeps answering /healthz.

    .venv/bin/python -m bench.import_bench --backend database --database sqlite
    .venv/bin/python -m bench.import_bench --backend rq --database postgres

1. Makes a fresh database (a temporary SQLite file, or the PostgreSQL database
   ``rebound_importbench``, dropped and created again), migrates it, and builds a JSON
   export of about 19 MB (a seeded account, exported by the app itself) and a CSV file of
   5,000 rows.
2. Starts gunicorn (2 workers x 4 threads, DEBUG off) and one task worker on that backend.
3. Queues a JSON import and a CSV import the way the pages do (``core.tasks.start_job``
   with the same tasks), one after the other, each into an empty account.
4. Meanwhile asks ``/healthz`` every 50 ms and prints p50, p95 and max latency during the
   imports, and each import's time from queueing to done.

Only 127.0.0.1 is contacted; everything stops at the end, or after --timeout seconds.
"""

import argparse
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"
POSTGRES_URL = "postgres://root@127.0.0.1:5432/rebound_importbench"
PASSWORD = "rebound-import-bench-2026"  # noqa: S105 - throwaway local accounts
TARGET_JSON_BYTES = 20 * 1024 * 1024  # the export comes out ~4 % smaller than estimated


def prepare_database(kind: str, work: Path) -> str:
    if kind == "sqlite":
        return f"sqlite:///{work / 'bench.sqlite3'}"
    for sql in (
        "DROP DATABASE IF EXISTS rebound_importbench WITH (FORCE)",
        "CREATE DATABASE rebound_importbench OWNER root",
    ):
        subprocess.run(  # noqa: S603 - a fixed command line
            ["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", sql],  # noqa: S607
            check=True,
        )
    return POSTGRES_URL


def csv_text(rows: int) -> str:
    lines = ["Company,Job Title,Stage,Date applied,Link,Notes,Location"]
    for i in range(rows):
        lines.append(
            f"Company {i % 700},Engineer {i},applied,2026-0{1 + i % 9}-1{i % 10},"
            f"https://jobs.example/{i},Note {i},Berlin"
        )
    return "\n".join(lines) + "\n"


def build_documents(rows: int) -> tuple[str, str]:
    """(a JSON export of about TARGET_JSON_BYTES, a CSV of ``rows`` rows)."""
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    from portability import archive

    def export(name: str, applications: int) -> str:
        call_command("seed_demo", "--account", f"{name}:{applications}", "--password",
                     PASSWORD, "--demo-applications", "0", "--force", verbosity=0)  # fmt: skip
        user = get_user_model().objects.get(username=name)
        return "".join(archive.export_json(user))

    sample = export("bench-sample", 200)
    per_application = len(sample.encode()) / 200
    text = export("bench-source", int(TARGET_JSON_BYTES / per_application))
    assert len(text.encode()) <= archive.MAX_JSON_BYTES, "the export grew past the limit"
    return text, csv_text(rows)


def start_servers(env: dict, port: int, work: Path) -> list[subprocess.Popen]:
    log = open(work / "servers.log", "w")  # noqa: SIM115 - closed with the processes
    gunicorn = subprocess.Popen(  # noqa: S603 - a fixed command line
        [str(GUNICORN), "config.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "2",
         "--threads", "4", "--worker-class", "gthread", "--no-control-socket"],
        cwd=ROOT, env=env, stdout=log, stderr=log,
    )  # fmt: skip
    worker = subprocess.Popen(  # noqa: S603 - a fixed command line
        [str(PYTHON), "manage.py", "task_worker"], cwd=ROOT, env=env, stdout=log, stderr=log
    )
    return [gunicorn, worker]


class HealthProbe(threading.Thread):
    """GET /healthz every ``interval`` seconds; keeps each latency in milliseconds."""

    def __init__(self, url: str, interval: float = 0.05) -> None:
        super().__init__(daemon=True)
        self.url, self.interval = url, interval
        self.latencies: list[float] = []
        self.failures = 0
        self.stopping = threading.Event()

    def run(self) -> None:
        while not self.stopping.is_set():
            started = time.perf_counter()
            try:
                with urllib.request.urlopen(self.url, timeout=5) as response:  # noqa: S310
                    response.read()
                    ok = response.status == 200
            except OSError:
                ok = False
            elapsed = time.perf_counter() - started
            if ok:
                self.latencies.append(elapsed * 1000)
            else:
                self.failures += 1
            self.stopping.wait(max(0.0, self.interval - elapsed))


def wait_for(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310 - local
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer")


def run_import(kind: str, owner, text: str, timeout: float) -> float:
    """Queue one import as the page does; seconds until the worker finished it."""
    from core.tasks import job_state, start_job
    from portability import csv_import, tasks
    from portability.models import PendingImport

    started = time.perf_counter()
    if kind == "json":
        job = start_job(tasks.import_json, owner=owner, title="Bench JSON", payload=text)
    else:
        parsed = csv_import.parse(text)
        pending = PendingImport.objects.create(
            owner=owner, token=secrets.token_urlsafe(32), filename="bench.csv", content=text,
            delimiter=parsed.delimiter, headers=parsed.headers, row_count=len(parsed.rows),
            mapping=csv_import.auto_mapping(parsed.headers), default_status="applied",
        )  # fmt: skip
        job = start_job(tasks.import_csv, owner=owner, title="Bench CSV", subject=str(pending.pk))
    while time.perf_counter() - started < timeout:
        job.refresh_from_db()
        state = job_state(job)
        if state.finished:
            if state.state != "done":
                raise RuntimeError(f"The {kind} import failed: {state.message}")
            return time.perf_counter() - started
        time.sleep(0.1)
    raise RuntimeError(f"The {kind} import did not finish within {timeout} s")


def describe(latencies: list[float]) -> str:
    ordered = sorted(latencies)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return (
        f"{len(ordered)} requests, p50 {statistics.median(ordered):.1f} ms, "
        f"p95 {p95:.1f} ms, max {ordered[-1]:.1f} ms"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=["database", "rq"], default="database")
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--port", type=int, default=8031)
    parser.add_argument("--timeout", type=float, default=600)
    options = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="rebound-import-bench-"))
    env = {
        **os.environ,
        "DATABASE_URL": prepare_database(options.database, work),
        "TASK_BACKEND": options.backend,
        "DEBUG": "false",
        "SECRET_KEY": "bench-" + secrets.token_urlsafe(40),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "SESSION_COOKIE_SECURE": "false",
        "CSRF_COOKIE_SECURE": "false",
        "LOG_LEVEL": "WARNING",
        "DJANGO_SETTINGS_MODULE": "config.settings",
    }
    os.environ.update(env)
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    call_command("migrate", "--noinput", verbosity=0)
    if options.backend == "rq":
        import django_rq

        django_rq.get_queue("default").empty()
    print(f"backend {options.backend}, database {options.database}: building the files…")
    json_text, csv = build_documents(options.rows)
    users = get_user_model().objects
    json_owner = users.create_user("bench-json-importer", password=PASSWORD)
    csv_owner = users.create_user("bench-csv-importer", password=PASSWORD)
    size = len(json_text.encode()) / 1024 / 1024
    print(f"JSON export: {size:.1f} MB; CSV: {options.rows:,} rows")

    processes = start_servers(env, options.port, work)
    health_url = f"http://127.0.0.1:{options.port}/healthz"
    try:
        wait_for(health_url)
        probe = HealthProbe(health_url)
        probe.start()
        time.sleep(1)  # a baseline before the imports
        json_seconds = run_import("json", json_owner, json_text, options.timeout)
        csv_seconds = run_import("csv", csv_owner, csv, options.timeout)
        probe.stopping.set()
        probe.join()
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)
    print(f"JSON import ({len(json_text.encode()) / 1024 / 1024:.1f} MB) through the worker: "
          f"{json_seconds:.1f} s")  # fmt: skip
    print(f"CSV import ({options.rows:,} rows) through the worker: {csv_seconds:.1f} s")
    print(f"/healthz every 50 ms during the imports: {describe(probe.latencies)}, "
          f"{probe.failures} failed")  # fmt: skip
    return 0 if probe.failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
