"""PostgreSQL restarts under load: the app recovers by itself and loses no acknowledged write.

    .venv/bin/python bench/db_restart.py            # as root, with PostgreSQL on 127.0.0.1

WARNING: this RESTARTS THE LOCAL POSTGRESQL SERVER (``pg_ctlcluster ... restart``). Every
other connection to it breaks for a moment: do not run it while other test runs use the
same server. ``.ci/run`` runs it last, after the test suites. It needs root (for
``pg_ctlcluster``) and uses its own database, ``rebound_restart``.

What it does:

1. creates and migrates the database ``rebound_restart`` if needed, and a user to sign in;
2. serves the app with gunicorn on 127.0.0.1 with production settings (DEBUG off, persistent
   connections ``CONN_MAX_AGE=600`` with ``CONN_HEALTH_CHECKS``, as in config/settings.py);
3. signs in from 4 client threads, each adding applications through the real form (a POST
   with its CSRF token) for ``--seconds`` (20 by default), and notes the unique title of
   every write the app acknowledged (a 302 to the new application);
4. restarts PostgreSQL after a third of the time, waits until it accepts connections again
   and keeps the load going, without touching gunicorn;
5. checks that requests succeed again after the restart with the same gunicorn processes,
   and that every acknowledged title is in the database.

Prints a summary and exits non-zero if a check fails.
"""

import argparse
import http.cookiejar
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
from psycopg import sql

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"
DB_NAME = "rebound_restart"
DB_URL = f"postgres://root@127.0.0.1:5432/{DB_NAME}"
USERNAME = "restart-bench"
PASSWORD = "restart-bench-" + secrets.token_urlsafe(12)
CLIENTS = 4
CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


# --- Set-up ---------------------------------------------------------------------------


def postgres_version() -> str:
    versions = sorted(os.listdir("/etc/postgresql"), key=lambda v: [int(p) for p in v.split(".")])
    return versions[-1]


def ensure_database() -> None:
    with psycopg.connect(host="127.0.0.1", user="root", dbname="postgres", autocommit=True) as db:
        exists = db.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DB_NAME]).fetchone()
        if not exists:
            db.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(DB_NAME)))


def production_env(secret_key: str) -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": DB_URL,
        "DEBUG": "false",
        "SECRET_KEY": secret_key,
        "ALLOWED_HOSTS": "127.0.0.1",
        # Plain HTTP on the loopback: no TLS to redirect to or to mark cookies for.
        "SECURE_SSL_REDIRECT": "false",
        "SESSION_COOKIE_SECURE": "false",
        "CSRF_COOKIE_SECURE": "false",
        "SECURE_HSTS_SECONDS": "0",
        "CONN_MAX_AGE": "600",
        "LOG_LEVEL": "WARNING",
    }


def run(*command: str, **options) -> subprocess.CompletedProcess:
    """Run one of this script's fixed commands (never anything from outside)."""
    return subprocess.run(command, check=False, capture_output=True, text=True, **options)  # noqa: S603


def manage(env: dict[str, str], *arguments: str) -> None:
    result = run(str(PYTHON), "manage.py", *arguments, cwd=ROOT, env=env)
    if result.returncode != 0:
        raise RuntimeError(f"manage.py {arguments[0]} failed:\n{result.stderr}")


def prepare(env: dict[str, str]) -> None:
    ensure_database()
    manage(env, "migrate", "--noinput", "--verbosity", "0")
    # Pages use hashed static names (the manifest): production serves nothing without it.
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    code = (
        "from django.contrib.auth import get_user_model as g;"
        f"u, _ = g().objects.get_or_create(username={USERNAME!r}, "
        f"defaults={{'email': 'restart@example.com'}});"
        f"u.set_password({PASSWORD!r}); u.is_active = True; u.save()"
    )
    manage(env, "shell", "--command", code)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_gunicorn(env: dict[str, str], port: int, log: Path) -> subprocess.Popen:
    return subprocess.Popen(  # noqa: S603 - a fixed command line
        [str(GUNICORN), "config.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "3",
         "--timeout", "30", "--log-level", "warning"],
        cwd=ROOT,
        env=env,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
    )  # fmt: skip


def worker_pids(master: int) -> set[int]:
    return {int(pid) for pid in run("ps", "-o", "pid=", "--ppid", str(master)).stdout.split()}


def postgres_ready() -> bool:
    return run("pg_isready", "-h", "127.0.0.1", "-p", "5432", "-q").returncode == 0


# --- The load -------------------------------------------------------------------------


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@dataclass
class Outcome:
    when: float
    ok: bool
    detail: str = ""


@dataclass
class Client:
    base: str
    number: int
    run_id: str
    jar: http.cookiejar.CookieJar = field(default_factory=http.cookiejar.CookieJar)

    def __post_init__(self) -> None:
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), NoRedirect()
        )

    def request(self, path: str, data: dict | None = None) -> tuple[int, str, str]:
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        request = urllib.request.Request(self.base + path, data=body)  # noqa: S310 - loopback
        try:
            with self.opener.open(request, timeout=10) as response:
                return (
                    response.status,
                    response.headers.get("Location", ""),
                    response.read().decode(),
                )
        except urllib.error.HTTPError as error:
            return (
                error.code,
                error.headers.get("Location", ""),
                error.read().decode(errors="replace"),
            )

    def csrf(self) -> str:
        return next(c.value for c in self.jar if c.name.endswith("csrftoken"))

    def sign_in(self) -> None:
        status, _, html = self.request("/accounts/login/")
        token = CSRF_FIELD.search(html).group(1)
        status, location, _ = self.request(
            "/accounts/login/",
            {"username": USERNAME, "password": PASSWORD, "csrfmiddlewaretoken": token},
        )
        if status != 302 or location != "/":
            raise RuntimeError(f"client {self.number} could not sign in: {status}")

    def add_application(self, title: str) -> tuple[bool, str]:
        try:
            status, location, _ = self.request(
                "/applications/new/",
                {
                    "company_name": "Restart Corp",
                    "position_title": title,
                    "status": "applied",
                    "csrfmiddlewaretoken": self.csrf(),
                },
            )
        except OSError as error:
            return False, f"{type(error).__name__}: {error}"
        acknowledged = status == 302 and re.fullmatch(r"/applications/\d+/", location)
        return bool(acknowledged), f"HTTP {status}"


@dataclass
class Load:
    base: str
    run_id: str
    stop: threading.Event = field(default_factory=threading.Event)
    acknowledged: list[str] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def run_client(self, number: int) -> None:
        client = Client(self.base, number, self.run_id)
        client.sign_in()
        count = 0
        while not self.stop.is_set():
            count += 1
            title = f"restart-{self.run_id}-{number}-{count}"
            ok, detail = client.add_application(title)
            with self.lock:
                self.outcomes.append(Outcome(time.monotonic(), ok, detail))
                if ok:
                    self.acknowledged.append(title)
            if not ok:
                time.sleep(0.05)  # a failing server is not hammered in a tight loop


# --- The run --------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=20.0, help="length of the load")
    arguments = parser.parse_args()

    if os.geteuid() != 0 or not shutil.which("pg_ctlcluster"):
        print("db_restart needs root and pg_ctlcluster (it restarts PostgreSQL).", file=sys.stderr)
        return 2
    if not postgres_ready():
        print("PostgreSQL is not running on 127.0.0.1:5432.", file=sys.stderr)
        return 2

    env = production_env("restart-" + secrets.token_urlsafe(40))
    prepare(env)
    port = free_port()
    log = Path(f"/tmp/rebound-db-restart-{port}.log")  # noqa: S108 - a local run log
    server = start_gunicorn(env, port, log)
    base = f"http://127.0.0.1:{port}"
    run_id = secrets.token_hex(4)
    load = Load(base, run_id)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(base + "/healthz", timeout=2) as response:  # noqa: S310
                    if response.status == 200:
                        break
            except OSError:
                time.sleep(0.2)
        else:
            raise RuntimeError("gunicorn did not come up; see " + str(log))
        workers_before = worker_pids(server.pid)

        threads = [threading.Thread(target=load.run_client, args=(n,)) for n in range(CLIENTS)]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        time.sleep(arguments.seconds / 3)

        restart_at = time.monotonic()
        restarted = run(
            "pg_ctlcluster", "--skip-systemctl-redirect", postgres_version(), "main", "restart"
        )
        if restarted.returncode != 0:
            raise RuntimeError(f"pg_ctlcluster restart failed: {restarted.stderr}")
        while not postgres_ready():
            time.sleep(0.1)
        back_at = time.monotonic()

        time.sleep(max(0.0, started + arguments.seconds - time.monotonic()))
        load.stop.set()
        for thread in threads:
            thread.join(timeout=30)
        server_alive = server.poll() is None
        workers_after = worker_pids(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)

    with psycopg.connect(host="127.0.0.1", user="root", dbname=DB_NAME) as db:
        stored = {
            row[0]
            for row in db.execute(
                "SELECT position_title FROM tracker_application WHERE position_title LIKE %s",
                [f"restart-{run_id}-%"],
            )
        }

    outcomes = sorted(load.outcomes, key=lambda o: o.when)
    before = [o for o in outcomes if o.when < restart_at]
    during = [o for o in outcomes if restart_at <= o.when < back_at]
    after = [o for o in outcomes if o.when >= back_at]
    first_ok_after = next((o.when for o in after if o.ok), None)
    settled = [o for o in after if first_ok_after is not None and o.when > first_ok_after]
    missing = sorted(set(load.acknowledged) - stored)
    unacknowledged_but_stored = len(stored - set(load.acknowledged))

    def line(name: str, part: list[Outcome]) -> str:
        ok = sum(o.ok for o in part)
        errors = sorted({o.detail for o in part if not o.ok})
        return f"  {name:<24}{len(part):>6} requests, {ok:>6} acknowledged, errors: {errors or '-'}"

    seconds = f"{arguments.seconds:.0f} s"
    print(f"\nDatabase restart under load ({CLIENTS} clients, {seconds}, run {run_id})")
    print(line("before the restart", before))
    print(line("while restarting", during))
    print(line("after it was back", after))
    print(f"  PostgreSQL down for      {back_at - restart_at:.2f} s")
    if first_ok_after is not None:
        print(f"  first write after back   {first_ok_after - back_at:.2f} s later")
    print(f"  failures once recovered  {sum(not o.ok for o in settled)}")
    print(f"  acknowledged writes      {len(load.acknowledged)}")
    print(f"  missing from the database {len(missing)}")
    print(f"  stored, not acknowledged {unacknowledged_but_stored} (the answer was lost)")
    print(f"  gunicorn master alive    {server_alive}")
    print(f"  same gunicorn workers    {workers_before == workers_after} {sorted(workers_after)}")

    problems = []
    if missing:
        problems.append(f"acknowledged writes missing from the database: {missing[:10]}")
    if not before or not any(o.ok for o in before):
        problems.append("no write succeeded before the restart")
    if first_ok_after is None:
        problems.append("no write succeeded after PostgreSQL was back")
    elif sum(o.ok for o in settled) < len(settled) or len(settled) < CLIENTS:
        problems.append("requests kept failing after the first success following the restart")
    if not server_alive:
        problems.append("gunicorn died")
    for problem in problems:
        print(f"FAILED: {problem}", file=sys.stderr)
    if problems:
        print(f"gunicorn log: {log}", file=sys.stderr)
        return 1
    log.unlink(missing_ok=True)
    print("OK: the app recovered by itself and kept every acknowledged write.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
