"""Two app servers, one PostgreSQL: a session and a change made on one hold on the other.

    DATABASE_URL=postgres://root@127.0.0.1:5432/rebound_bench .venv/bin/python -m bench.scaleout

Starts two gunicorn servers on 127.0.0.1 (ports 8021 and 8022 by default) with production
settings and the same ``SECRET_KEY``, against the one database, then checks that:

1. a session started by signing in on server A is valid on server B;
2. an application created through A (a real form post with its CSRF token) is seen
   through B, in the list and on its own page;
3. signing out through B ends the session on A too.

Both servers are stopped at the end, whatever happens. Exits non-zero on any failure.
Nothing is shared between the servers but the database and the settings: this is what
several gunicorn hosts behind a load balancer do.
"""

import argparse
import os
import re
import secrets
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

from bench.session import SESSION_COOKIE, get, login

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"
USERNAME = "scaleout"
PASSWORD = "rebound-scaleout-2026"  # noqa: S105 - a throwaway local account
CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def production_env(port_a: int, port_b: int) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "DEBUG": "false",
            # The one thing every app server must share besides the database.
            "SECRET_KEY": "scaleout-" + secrets.token_urlsafe(40),
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "false",
            "SESSION_COOKIE_SECURE": "false",
            "CSRF_COOKIE_SECURE": "false",
            "CSRF_TRUSTED_ORIGINS": f"http://127.0.0.1:{port_a},http://127.0.0.1:{port_b}",
            "LOG_LEVEL": "WARNING",
        }
    )
    return env


def start(port: int, env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen(  # noqa: S603 - a fixed command line
        [str(GUNICORN), "config.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "1",
         "--threads", "2", "--worker-class", "gthread", "--no-control-socket",
         "--log-level", "warning"],
        cwd=ROOT,
        env=env,
    )  # fmt: skip


def wait_until_up(base: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if get(base, "/healthz", timeout=2)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"{base} did not come up")


def form_tokens(base: str, path: str, session: str) -> tuple[str, str]:
    """One GET of a page with a form: (the CSRF cookie it sets, the form's token)."""
    request = urllib.request.Request(  # noqa: S310 - a local http URL
        base + path, headers={"Cookie": f"{SESSION_COOKIE}={session}"}
    )
    with urllib.request.build_opener().open(request, timeout=30) as response:
        cookies = response.headers.get_all("Set-Cookie") or []
        body = response.read().decode()
    cookie = next(
        (c.split(";", 1)[0].split("=", 1)[1] for c in cookies if c.startswith("csrftoken=")), ""
    )
    return cookie, CSRF_FIELD.search(body)[1]


def post_form(
    base: str, path: str, session: str, fields: dict[str, str], *, form_page: str | None = None
) -> tuple[int, str]:
    """Post a form as a browser would (token from the page that shows it); (status, Location)."""
    cookie, token = form_tokens(base, form_page or path, session)
    data = urllib.parse.urlencode({**fields, "csrfmiddlewaretoken": token}).encode()
    request = urllib.request.Request(  # noqa: S310 - a local http URL
        base + path,
        data=data,
        headers={
            "Cookie": f"{SESSION_COOKIE}={session}; csrftoken={cookie}",
            "Referer": base + (form_page or path),
        },
    )
    status, location, _ = _open(request)
    return status, location


def _open(request: urllib.request.Request) -> tuple[int, str, bytes]:
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    try:
        with urllib.request.build_opener(NoRedirect).open(request, timeout=30) as response:
            return response.status, response.headers.get("Location", ""), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Location", ""), error.read()


def check(condition: bool, message: str) -> None:
    print(("  ok    " if condition else "  FAIL  ") + message, flush=True)
    if not condition:
        raise SystemExit(1)


def run(port_a: int, port_b: int) -> None:
    env = production_env(port_a, port_b)
    # The account to sign in with (seed_demo keeps existing accounts and resets the password).
    subprocess.run(  # noqa: S603 - a fixed command line
        [str(PYTHON), "manage.py", "seed_demo", "--account", f"{USERNAME}:5", "--password",
         PASSWORD, "--demo-applications", "0", "--force"],
        cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    a, b = f"http://127.0.0.1:{port_a}", f"http://127.0.0.1:{port_b}"
    servers = [start(port_a, env), start(port_b, env)]
    try:
        wait_until_up(a)
        wait_until_up(b)
        print(f"Two servers on one database: A = {a}, B = {b}")

        session = login(a, USERNAME, PASSWORD)
        status, location, _ = get(b, "/", session)
        check(status == 200, f"a session started on A is valid on B (B answered {status})")

        title = f"Scale-out check {secrets.token_hex(4)}"
        status, location = post_form(
            a,
            "/applications/new/",
            session,
            {"company_name": "Two Servers Ltd", "position_title": title, "status": "applied"},
        )
        check(status == 302 and "/applications/" in location, f"created “{title}” through A")
        query = urllib.parse.urlencode({"q": title})
        status, _, body = get(b, f"/applications/?{query}", session)
        check(status == 200 and title in body.decode(), "B lists the application created on A")
        status, _, body = get(b, location, session)
        check(status == 200 and title in body.decode(), f"B shows its page ({location})")

        post_form(b, "/accounts/logout/", session, {}, form_page="/")
        status, location, _ = get(a, "/", session)
        check(
            status == 302 and "/accounts/login/" in location,
            "signing out on B ends the session on A",
        )
        print("Scale-out check passed.")
    finally:
        for server in servers:
            server.terminate()
        for server in servers:
            server.wait(timeout=30)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ports", type=int, nargs=2, default=[8021, 8022])
    args = parser.parse_args(argv)
    os.environ.setdefault("DATABASE_URL", "postgres://root@127.0.0.1:5432/rebound_bench")
    if not os.environ["DATABASE_URL"].startswith(("postgres://", "postgresql://")):
        print("The scale-out check needs PostgreSQL (DATABASE_URL=postgres://...).")
        return 2
    run(*args.ports)
    return 0


if __name__ == "__main__":
    sys.exit(main())
