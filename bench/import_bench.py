"""Imports through the task worker while the web server keeps answering /healthz.

    .venv/bin/python -m bench.import_bench --backend database --database sqlite
    .venv/bin/python -m bench.import_bench --backend rq --database postgres

1. Makes a fresh database (a temporary SQLite file, or the PostgreSQL database
   ``rebound_importbench``, dropped and created again), migrates it, and builds a JSON
   export of about 19 MB (a seeded account, exported by the app itself) and a CSV file of
   5,000 rows.
2. Starts gunicorn (2 workers x 4 threads, DEBUG off) and one task worker on that backend.
3. Queues the largest valid imports the way the pages do (``core.tasks.start_job`` with
   the same tasks), one after the other, each into an empty account: the JSON export
   (just under the 20 MB cap) and a CSV of 5,000 rows (the row cap) padded to just under
   its 5 MB cap, confirmed.
4. Sends the hostile ones through the web server, signed in, three at a time as the issue's
   attack did: a 100,000-column CSV upload, JSON exports nested 100,000 deep and holding a
   5,000-digit number (uploaded, then refused by the worker), and the board's JSON
   endpoint with 100,000 nested arrays. Each must be refused (400, or a failed job).
5. Meanwhile asks ``/healthz`` every 50 ms and prints p50, p95, p99 and max latency per
   phase; the run fails when any check took 100 ms or more, failed, or a hostile request
   was not refused.

Only 127.0.0.1 is contacted; everything stops at the end, or after --timeout seconds.
"""

import argparse
import gc
import http.cookiejar
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"
POSTGRES_URL = "postgres://root@127.0.0.1:5432/{name}"
PASSWORD = "rebound-import-bench-2026"  # noqa: S105 - throwaway local accounts
TARGET_JSON_BYTES = 20 * 1024 * 1024  # the export comes out ~4 % smaller than estimated


def prepare_database(kind: str, work: Path, name: str = "rebound_importbench") -> str:
    if kind == "sqlite":
        return f"sqlite:///{work / 'bench.sqlite3'}"
    if not name.replace("_", "").isalnum():
        raise ValueError(f"Not a plain database name: {name!r}")
    for sql in (
        f"DROP DATABASE IF EXISTS {name} WITH (FORCE)",
        f"CREATE DATABASE {name} OWNER root",
    ):
        subprocess.run(  # noqa: S603 - a fixed command line
            ["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", sql],  # noqa: S607
            check=True,
        )
    return POSTGRES_URL.format(name=name)


def csv_text(rows: int, max_bytes: int = 5 * 1024 * 1024 - 4096) -> str:
    """``rows`` applications, their notes padded so the file is just under ``max_bytes``."""
    lines = ["Company,Job Title,Stage,Date applied,Link,Notes,Location"]
    for i in range(rows):
        lines.append(
            f"Company {i % 700},Engineer {i},applied,2026-0{1 + i % 9}-1{i % 10},"
            f"https://jobs.example/{i},Note {i} {{pad}},Berlin"
        )
    bare = len("\n".join(lines)) + 1 - rows * len("{pad}")
    pad = "x" * max(0, (max_bytes - bare) // rows)
    return "\n".join(line.replace("{pad}", pad) for line in lines) + "\n"


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


def warm_up(base: str, rounds: int = 4) -> None:
    """Every gunicorn worker loads the URL configuration, views and templates on its first
    requests; a burst of them first, so the probe measures the imports, not a cold start."""
    paths = ["/healthz", "/accounts/login/"] * 8

    def get(path: str) -> bytes:
        with urllib.request.urlopen(base + path, timeout=30) as response:  # noqa: S310 - our own http URL
            return response.read()

    with ThreadPoolExecutor(8) as pool:
        for _ in range(rounds):
            list(pool.map(get, paths))


class HealthProbe(threading.Thread):
    """GET /healthz every ``interval`` seconds; keeps when each check started and its
    latency in milliseconds."""

    def __init__(self, url: str, interval: float = 0.05) -> None:
        super().__init__(daemon=True)
        self.url, self.interval = url, interval
        self.latencies: list[float] = []
        self.started: list[float] = []
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
                self.started.append(started)
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
    if not ordered:
        return "no checks"

    def rank(q: float) -> float:
        return ordered[min(len(ordered) - 1, int(len(ordered) * q))]

    return (
        f"{len(ordered)} checks, p50 {statistics.median(ordered):.1f} ms, "
        f"p95 {rank(0.95):.1f} ms, p99 {rank(0.99):.1f} ms, max {ordered[-1]:.1f} ms"
    )


# --- Hostile requests through the web server -------------------------------------------

CSRF_FIELD = b'name="csrfmiddlewaretoken" value="'


class Browser:
    """A signed-in client of the local server (standard library only)."""

    def __init__(self, base: str, username: str, password: str) -> None:
        self.base = base
        jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        token = self.token("/accounts/login/")
        form = {"username": username, "password": password, "csrfmiddlewaretoken": token}
        self.send("/accounts/login/", urllib.parse.urlencode(form).encode(),
                  "application/x-www-form-urlencoded")  # fmt: skip

    def token(self, path: str) -> str:
        with self.opener.open(self.base + path, timeout=30) as response:
            page = response.read()
        start = page.index(CSRF_FIELD) + len(CSRF_FIELD)
        return page[start : page.index(b'"', start)].decode()

    def send(self, path: str, body: bytes, content_type: str, token: str = "") -> tuple[int, float]:
        """POST; (status, seconds). Redirects are not followed."""
        headers = {"Content-Type": content_type, "Referer": self.base + path}
        if token:
            headers["X-CSRFToken"] = token
        request = urllib.request.Request(self.base + path, data=body, headers=headers)  # noqa: S310
        started = time.perf_counter()
        try:
            with _NoRedirect(self.opener).open(request, timeout=120) as response:
                response.read()
                status = response.status
        except urllib.error.HTTPError as error:
            status = error.code
        return status, time.perf_counter() - started

    def upload(self, path: str, field: str, filename: str, content: bytes) -> tuple[int, float]:
        token = self.token(path)
        boundary = "bench" + secrets.token_hex(8)
        body = b"".join([
            f'--{boundary}\r\nContent-Disposition: form-data; name="csrfmiddlewaretoken"'
            f"\r\n\r\n{token}\r\n".encode(),
            f'--{boundary}\r\nContent-Disposition: form-data; name="{field}"; '
            f'filename="{filename}"\r\nContent-Type: application/octet-stream\r\n\r\n'.encode(),
            content,
            f"\r\n--{boundary}--\r\n".encode(),
        ])  # fmt: skip
        return self.send(path, body, f"multipart/form-data; boundary={boundary}", token)


class _NoRedirect:
    """The opener's handlers, but a redirect is an answer to report, not to follow."""

    def __init__(self, opener: urllib.request.OpenerDirector) -> None:
        self.opener = opener

    def open(self, request, timeout):
        class Stop(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *args, **kwargs):
                return None

        handlers = [h for h in self.opener.handlers if not isinstance(
            h, urllib.request.HTTPRedirectHandler)]  # fmt: skip
        opener = urllib.request.build_opener(*handlers, Stop)
        return opener.open(request, timeout=timeout)


def wide_csv(columns: int = 100_000) -> bytes:
    header = ",".join(f"c{i}" for i in range(columns))
    return (header + "\n" + ",".join("x" * 3 for _ in range(columns)) + "\n").encode()


def wait_for_refusal(owner, after_pk: int, timeout: float) -> tuple[float, str]:
    """Seconds until the first job of ``owner`` newer than ``after_pk`` finished, and its
    message; raises if it succeeded."""
    from core.models import BackgroundJob
    from core.tasks import job_state

    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        job = BackgroundJob.objects.filter(owner=owner, pk__gt=after_pk).order_by("pk").first()
        if job is not None:
            state = job_state(job)
            if state.finished:
                if state.state == "done":
                    raise RuntimeError("A hostile JSON import succeeded")
                return time.perf_counter() - started, state.message
        time.sleep(0.1)
    raise RuntimeError(f"The hostile JSON import was not refused within {timeout} s")


def run_hostile(base: str, timeout: float) -> list[tuple[str, str, float]]:
    """(what, outcome, seconds) for each hostile request; raises when one is not refused."""
    from django.contrib.auth import get_user_model

    from core.models import BackgroundJob
    from tracker.models import Application, Company

    user = get_user_model().objects.create_user("bench-hostile", password=PASSWORD)
    company = Company.objects.create(owner=user, name="Hostile Corp")
    application = Application.objects.create(owner=user, company=company, position_title="X")
    browsers = [Browser(base, "bench-hostile", PASSWORD) for _ in range(3)]
    results = []
    wide = wide_csv()

    with ThreadPoolExecutor(3) as pool:
        answers = list(pool.map(
            lambda b: b.upload("/data/import/", "file", "wide.csv", wide), browsers))  # fmt: skip
    for status, seconds in answers:
        if status != 400:
            raise RuntimeError(f"The 100,000-column CSV got {status}, not 400")
        results.append((f"CSV upload, 100,000 columns ({len(wide) / 1e6:.1f} MB)", "400", seconds))

    deep = b"[" * 100_000 + b"]" * 100_000
    board = f"/applications/{application.pk}/move/"
    tokens = [b.token("/board/") for b in browsers]
    with ThreadPoolExecutor(3) as pool:
        answers = list(pool.map(
            lambda b, t: b.send(board, deep, "application/json", t), browsers, tokens))  # fmt: skip
    for status, seconds in answers:
        if status != 400:
            raise RuntimeError(f"The board's JSON with 100,000 nested arrays got {status}")
        results.append(("board JSON, 100,000 nested arrays", "400", seconds))

    documents = {
        "JSON import nested 100,000 deep": b'{"format": "rebound-export", "version": 2, "x": '
        + b"[" * 100_000
        + b"]" * 100_000
        + b"}",
        "JSON import with a 5,000-digit number": b'{"format": "rebound-export", "version": '
        + b"9" * 5_000
        + b"}",
        "JSON import, 2,000,001 values": b"[" + b"0," * 2_000_000 + b"0]",
    }
    for what, document in documents.items():
        last = BackgroundJob.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
        status, seconds = browsers[0].upload("/data/import/json/", "file", "x.json", document)
        if status not in (302, 400):
            raise RuntimeError(f"{what}: the upload got {status}")
        refused_after, message = wait_for_refusal(user, last, timeout)
        results.append((what, f"{status}, then refused: {message[:60]}", seconds + refused_after))
    return results


def phase_latencies(probe: HealthProbe, start: float, end: float) -> list[float]:
    return [lat for t, lat in zip(probe.started, probe.latencies, strict=True) if start <= t < end]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=["database", "rq"], default="database")
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument(
        "--pg-name", default="rebound_importbench", help="the PostgreSQL database (recreated)"
    )
    parser.add_argument("--port", type=int, default=8031)
    parser.add_argument("--timeout", type=float, default=600)
    options = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="rebound-import-bench-"))
    env = {
        **os.environ,
        "DATABASE_URL": prepare_database(options.database, work, options.pg_name),
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

    # The seeding and the 19 MB document left millions of objects in this process: a full
    # garbage collection here, while the probe thread waits on an answer, would be counted
    # as the server's latency. Freeze them out of the collector's view first.
    gc.collect()
    gc.freeze()
    processes = start_servers(env, options.port, work)
    health_url = f"http://127.0.0.1:{options.port}/healthz"
    try:
        wait_for(health_url)
        warm_up(f"http://127.0.0.1:{options.port}")
        probe = HealthProbe(health_url)
        probe.start()
        time.sleep(1)  # a baseline before the imports
        phases = [time.perf_counter()]
        json_seconds = run_import("json", json_owner, json_text, options.timeout)
        phases.append(time.perf_counter())
        csv_seconds = run_import("csv", csv_owner, csv, options.timeout)
        phases.append(time.perf_counter())
        hostile = run_hostile(f"http://127.0.0.1:{options.port}", options.timeout)
        phases.append(time.perf_counter())
        probe.stopping.set()
        probe.join()
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)
    print(f"JSON import ({len(json_text.encode()) / 1024 / 1024:.1f} MB) through the worker: "
          f"{json_seconds:.1f} s")  # fmt: skip
    print(f"CSV import ({options.rows:,} rows, {len(csv.encode()) / 1024 / 1024:.1f} MB) "
          f"through the worker: {csv_seconds:.1f} s")  # fmt: skip
    for what, outcome, seconds in hostile:
        print(f"hostile: {what}: {outcome} in {seconds:.2f} s")
    names = ["the JSON import", "the CSV import", "the hostile requests"]
    for name, start, end in zip(names, phases, phases[1:], strict=False):
        print(f"/healthz during {name}: {describe(phase_latencies(probe, start, end))}")
    print(f"/healthz over the whole run: {describe(probe.latencies)}, {probe.failures} failed")
    slow = [lat for lat in probe.latencies if lat >= 100]
    if slow or probe.failures:
        print(f"FAILED: {len(slow)} checks took 100 ms or more, {probe.failures} failed")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
