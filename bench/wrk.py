"""The benchmark: every main page against /healthz, driven by wrk, in one run.

    bench/run                                  # 10,000 applications, 10 s per phase
    bench/run --page-cache off                 # every request renders its page
    bench/run --applications 1000 --duration 3 # a quick try

1. Seeds a PostgreSQL database of its own, one per scale (``rebound_bench_<N>``; created
   with ``psql -U postgres`` when missing, reused afterwards): the measured user ``bench``
   with N applications (``seed_demo``: companies, history, interviews, rejections with
   letters, reflections, self-care), N inbox messages and N/20 documents (small text
   files), and background users as a shared install has (20 × 300 applications with
   their own messages and documents). Then ``VACUUM ANALYZE``.
2. Counts each page's queries in-process (Django's test client), collects static files,
   starts gunicorn on 127.0.0.1 only (2 sync workers, ``DEBUG`` off), times the start to
   the first 200 from ``/healthz``, warms both workers, and reads their RSS from /proc.
3. Runs wrk (``bench/wrk.lua`` sends the session cookie) on every page at 1 and at 8
   connections, ``--duration`` seconds each, every page twice, interleaved
   (healthz A B C … healthz A B C), so slow drift on a shared machine shows up as spread
   instead of as a difference between pages.
4. Prints the table (p50 and p99 at 1 connection, req/s at 8, their ratios to /healthz,
   the spread between the passes, PASS/FAIL against the targets), the workers' RSS after
   warm-up and after the run, and writes ``bench/results/wrk-<date>-<N>.json`` and ``.md``.

Targets: a page's p50 at 1 connection at most 12× /healthz's, and its req/s at 8
connections at least 1/12 of /healthz's, with no answer other than 200. gunicorn is
stopped however the run ends; every wrk phase is bounded in time.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import random
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import zlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
LUA = Path(__file__).resolve().parent / "wrk.lua"
USER = "bench"
PASSWORD = "rebound-bench-2026"  # noqa: S105 - throwaway local accounts
CONNECTIONS = (1, 8)
PASSES = 2
WORKERS = 2
MAX_P50_RATIO = 12.0
MIN_RPS_RATIO = 1 / 12
#: Hard bounds whatever the command line says: the benchmark stays a polite guest.
MAX_PHASE_SECONDS = 60
WRK_TIMEOUT = "10s"
BACKGROUND_USERS = 20
BACKGROUND_APPLICATIONS = 300
#: Inbox messages per application and applications per document, for every seeded user.
MESSAGES_PER_APPLICATION = 1
APPLICATIONS_PER_DOCUMENT = 20


# --- wrk output and the table (pure Python, unit-tested) -------------------------------


class WrkFailed(RuntimeError):
    pass


def parse_wrk(output: str) -> dict:
    """The figures of one wrk run, from the ``BENCH {json}`` line ``wrk.lua`` prints."""
    for line in output.splitlines():
        if line.startswith("BENCH "):
            raw = json.loads(line[len("BENCH ") :])
            break
    else:
        raise WrkFailed(f"No BENCH line in wrk's output:\n{output[-2000:]}")
    seconds = raw["duration_us"] / 1e6
    return {
        "requests": raw["requests"],
        "seconds": round(seconds, 2),
        "rps": round(raw["requests"] / seconds, 1) if seconds > 0 else 0.0,
        "p50": raw["p50_us"] / 1000,
        "p90": raw["p90_us"] / 1000,
        "p99": raw["p99_us"] / 1000,
        "max": raw["max_us"] / 1000,
        "errors": raw["not_200"] + raw["socket_errors"] + raw["timeouts"],
        "last_status": raw["last_status"],
    }


def spread(a: float, b: float) -> float:
    """How far two passes are apart, as a fraction of their mean (0.1 = 10 %)."""
    mean = (a + b) / 2
    return abs(a - b) / mean if mean else 0.0


@dataclass
class Row:
    key: str
    label: str
    url: str
    queries: int | None
    cached_queries: int | None
    p50: float  # ms at 1 connection, mean of the passes
    p99: float  # ms at 1 connection, mean of the passes
    rps: float  # at 8 connections, mean of the passes
    p50_ratio: float  # × /healthz's p50
    rps_ratio: float  # fraction of /healthz's req/s
    spread: float  # the larger of the p50 and req/s spreads between passes
    errors: int
    passed: bool
    misses: list[str] = field(default_factory=list)


def build_rows(pages: list[dict], runs: dict) -> list[Row]:
    """One row per page from ``runs[key][connections]`` = a list of parsed passes.

    ``pages`` are dicts with key, label, url and queries; the first must be /healthz.
    """
    healthz = pages[0]["key"]

    def mean(key: str, connections: int, figure: str) -> float:
        return statistics.fmean(run[figure] for run in runs[key][connections])

    base_p50 = mean(healthz, 1, "p50")
    base_rps = mean(healthz, 8, "rps")
    rows = []
    for page in pages:
        one, many = runs[page["key"]][1], runs[page["key"]][8]
        p50, rps = mean(page["key"], 1, "p50"), mean(page["key"], 8, "rps")
        p50_ratio = p50 / base_p50 if base_p50 else float("inf")
        rps_ratio = rps / base_rps if base_rps else 0.0
        errors = sum(run["errors"] for run in one + many)
        misses = []
        if p50_ratio > MAX_P50_RATIO:
            misses.append(f"p50 {p50_ratio:.1f}× > {MAX_P50_RATIO:g}×")
        if rps_ratio < MIN_RPS_RATIO:
            misses.append(f"req/s 1/{1 / rps_ratio:.1f} < 1/12" if rps_ratio else "no req/s")
        if errors:
            statuses = {run["last_status"] for run in one + many if run["last_status"]}
            misses.append(f"{errors} errors" + (f" (HTTP {min(statuses)})" if statuses else ""))
        rows.append(
            Row(
                key=page["key"],
                label=page["label"],
                url=page["url"],
                queries=page.get("queries"),
                cached_queries=page.get("cached_queries"),
                p50=p50,
                p99=mean(page["key"], 1, "p99"),
                rps=rps,
                p50_ratio=p50_ratio,
                rps_ratio=rps_ratio,
                spread=max(
                    spread(*(run["p50"] for run in one[:2])) if len(one) > 1 else 0.0,
                    spread(*(run["rps"] for run in many[:2])) if len(many) > 1 else 0.0,
                ),
                errors=errors,
                passed=not misses,
                misses=misses,
            )
        )
    return rows


def _ms(value: float) -> str:
    return f"{value:.0f}" if value >= 100 else f"{value:.1f}"


def markdown_table(rows: list[Row]) -> str:
    lines = [
        "| page | queries (rendered / cached) | p50 at 1 (ms) | p99 at 1 (ms) | req/s at 8 "
        "| p50 × /healthz | req/s vs /healthz | spread | result |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for row in rows:
        fraction = f"1/{1 / row.rps_ratio:.1f}" if row.rps_ratio else "0"
        result = "PASS" if row.passed else "FAIL: " + "; ".join(row.misses)
        lines.append(
            f"| {row.label} (`{row.url}`) | {_queries(row)} "
            f"| {_ms(row.p50)} | {_ms(row.p99)} | {row.rps:,.1f} | {row.p50_ratio:.1f}× "
            f"| {fraction} | {row.spread:.0%} | {result} |"
        )
    return "\n".join(lines)


def _queries(row: Row) -> str:
    if row.queries is None:
        return "–"
    if row.cached_queries is None or row.cached_queries == row.queries:
        return str(row.queries)
    return f"{row.queries} / {row.cached_queries}"


def memory_lines(meta: dict) -> list[str]:
    after_warmup, after_run = meta["rss_after_warmup_mb"], meta["rss_after_run_mb"]
    return [
        f"- gunicorn start to first 200 from /healthz: {meta['start_to_first_200_s']:.2f} s",
        "- worker RSS after warm-up: " + ", ".join(f"{mb:.0f} MB" for mb in after_warmup),
        "- worker RSS after the run: " + ", ".join(f"{mb:.0f} MB" for mb in after_run),
    ]


def report(rows: list[Row], meta: dict) -> str:
    passed = sum(row.passed for row in rows)
    head = (
        f"Benchmark (wrk) of {meta['date']} (commit {meta['commit']}): gunicorn "
        f"{WORKERS} sync workers, DEBUG off, {meta['database']}, {meta['machine']}. "
        f"Measured user `{USER}` with {meta['applications']:,} applications "
        f"({meta['all_applications']:,} in the database, {meta['users']} users), "
        f"{meta['messages']:,} inbox messages, {meta['documents']:,} documents; "
        f"{meta['duration']:g} s per page and concurrency, {PASSES} interleaved passes, "
        f"wrk {meta['wrk']} on the same machine. Per-person page cache "
        f"{meta.get('page_cache', 'on')}. Load average before: "
        f"{meta['load_before']}; after: {meta['load_after']}."
    )
    return "\n\n".join(
        [
            head,
            markdown_table(rows),
            "\n".join(memory_lines(meta)),
            f"{passed} of {len(rows)} pages meet both targets "
            f"(p50 ≤ {MAX_P50_RATIO:g}× /healthz at 1 connection, req/s ≥ 1/12 of /healthz's "
            "at 8, only 200s).",
        ]
    )


# --- the run ----------------------------------------------------------------------------


def ensure_wrk() -> str:
    found = shutil.which("wrk")
    if found:
        return found
    print("wrk is missing: installing the Debian package", flush=True)
    prefix = [] if os.geteuid() == 0 else ["sudo", "-n"]
    subprocess.run([*prefix, "apt-get", "install", "-y", "-q", "wrk"], check=True)  # noqa: S603
    found = shutil.which("wrk")
    if not found:
        raise SystemExit("wrk could not be installed (apt-get install wrk)")
    return found


def wrk_version(wrk: str) -> str:
    result = subprocess.run([wrk, "-v"], capture_output=True, text=True, check=False)  # noqa: S603
    words = (result.stdout + result.stderr).split()
    return words[1] if len(words) > 1 else "?"


def production_env(database_url: str, media_root: Path) -> dict:
    """The settings gunicorn and this process share: DEBUG off, plain http to 127.0.0.1."""
    return {
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DEBUG": "false",
        "SECRET_KEY": "bench-" + secrets.token_urlsafe(48),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "SESSION_COOKIE_SECURE": "false",
        "CSRF_COOKIE_SECURE": "false",
        "SECURE_HSTS_SECONDS": "0",
        "LOG_LEVEL": "WARNING",
        "MEDIA_ROOT": str(media_root),
    }


def create_database(database_url: str) -> None:
    url = urlsplit(database_url)
    name, owner = url.path.lstrip("/"), url.username or "postgres"
    if not name.replace("_", "").isalnum():
        raise SystemExit(f"Not a plain database name: {name!r}")
    psql = ["psql", "-h", unquote(url.hostname or "127.0.0.1"), "-p", str(url.port or 5432), "-U"]
    query = f"SELECT 1 FROM pg_database WHERE datname = '{name}'"  # noqa: S608 - checked above
    exists = subprocess.run(  # noqa: S603
        [*psql, "postgres", "-tAc", query],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    if exists != "1":
        subprocess.run(  # noqa: S603
            [*psql, "postgres", "-qc", f'CREATE DATABASE "{name}" OWNER "{owner}"'], check=True
        )
        print(f"created database {name}", flush=True)


def seed(applications: int, background_users: int, background_applications: int) -> None:
    """``seed_demo`` for the accounts (existing ones are kept), then messages and documents
    up to their counts, then ``VACUUM ANALYZE``."""
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection
    from django.db.models import Q

    started = time.perf_counter()
    call_command(
        "seed_demo", "--seed", "2026", "--password", PASSWORD, "--force",
        "--account", f"{USER}:{applications}", "--demo-applications", "10",
        "--users", str(background_users), "--applications", str(background_applications),
    )  # fmt: skip
    users = get_user_model().objects.filter(Q(username=USER) | Q(username__startswith="seed-user-"))
    for user in users.order_by("pk"):
        seed_messages(user)
        seed_documents(user)
    print(f"seeded in {time.perf_counter() - started:.1f} s; VACUUM ANALYZE", flush=True)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


SUBJECTS = {
    "rejection": "Your application for {position} at {company}",
    "interview": "Interview invitation: {position}",
    "confirmation": "Thank you for applying to {company}",
    "offer": "Offer: {position} at {company}",
    "other": "Weekly jobs digest",
}


def seed_messages(user) -> None:
    """Inbox messages as the reader leaves them: most acted on or dismissed, some waiting,
    half matched to an application."""
    from django.utils import timezone

    from inbox.models import JobMessage, Source, State
    from tracker.models import Application

    applications = list(
        Application.objects.for_user(user).values_list("pk", "company__name", "position_title")
    )
    wanted = len(applications) * MESSAGES_PER_APPLICATION
    have = JobMessage.objects.filter(owner=user).count()
    if have >= wanted or not applications:
        return
    rng = random.Random(f"{user.pk}-messages")  # noqa: S311 - test data
    now = timezone.now()
    kinds = list(SUBJECTS)
    rows = []
    for i in range(have, wanted):
        pk, company, position = rng.choice(applications)
        kind = rng.choices(kinds, weights=[30, 15, 35, 2, 18])[0]
        subject = SUBJECTS[kind].format(company=company, position=position)
        state = rng.choices([State.NEW, State.ACTED, State.DISMISSED], weights=[10, 70, 20])[0]
        rows.append(
            JobMessage(
                owner=user,
                key=f"bench-{i:08d}",
                source=Source.IMAP,
                subject=subject,
                sender_name=f"{company} Recruiting",
                sender_address=f"jobs@{zlib.crc32(company.encode()) % 10**6}.example",
                sent_at=now - datetime.timedelta(minutes=rng.randrange(1, 365 * 24 * 60)),
                text=f"Hello,\n\n{subject}.\n\nKind regards,\n{company}",
                kind=kind,
                confidence=round(rng.uniform(0.5, 1.0), 2),
                company=company,
                position=position,
                language="en",
                reasons=[f"the subject says “{subject[:40]}”"],
                application_id=pk if kind != "other" and rng.random() < 0.5 else None,
                match_score=0.9 if kind != "other" else 0.0,
                state=state,
            )
        )
    JobMessage.objects.bulk_create(rows, batch_size=1000)


def seed_documents(user) -> None:
    """Documents with one or two small text versions each (real files under MEDIA_ROOT)."""
    import hashlib

    from django.core.files.base import ContentFile

    from materials.models import Document, DocumentVersion, Extraction, FileType, Kind
    from tracker.models import Application

    wanted = Application.objects.for_user(user).count() // APPLICATIONS_PER_DOCUMENT
    have = Document.objects.filter(owner=user).count()
    if have >= wanted:
        return
    rng = random.Random(f"{user.pk}-documents")  # noqa: S311 - test data
    kinds = [Kind.CV, Kind.COVER_LETTER, Kind.OTHER]
    documents = Document.objects.bulk_create(
        Document(owner=user, title=f"{kinds[i % 3].label} — version {i}", kind=kinds[i % 3])
        for i in range(have, wanted)
    )
    versions = []
    for document in documents:
        for number in range(1, rng.choice([1, 1, 2]) + 1):
            text = f"{document.title}\nPython, SQL, design reviews, stakeholder management.\n"
            content = text.encode()
            version = DocumentVersion(
                document=document, owner=user, number=number, original_name="cv.txt",
                file_type=FileType.TXT, size=len(content),
                sha256=hashlib.sha256(content).hexdigest(), text=text,
                extraction=Extraction.DONE,
            )  # fmt: skip
            # The storage writes the file under the name the model chooses.
            version.file.save("cv.txt", ContentFile(content), save=False)
            versions.append(version)
    DocumentVersion.objects.bulk_create(versions, batch_size=500)


def pages_for(user) -> list:
    """The benchmark's pages (``bench.pages``): the main pages without the export, the other
    list pages and the forms, each with its queries counted in-process."""
    from bench.pages import count_queries, discover, other_pages

    pages = [page for page in discover(user) if not page.export] + other_pages(user)
    count_queries(user, pages)
    return pages


def session_cookie(user) -> str:
    """A session of the measured user, made by Django's session engine in this process
    (the same database and SECRET_KEY as the server)."""
    from django.conf import settings
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user)
    name = settings.SESSION_COOKIE_NAME
    return f"{name}={client.cookies[name].value}"


def facts(user) -> dict:
    from bench.pages import facts as page_facts
    from inbox.models import JobMessage
    from materials.models import Document

    return {
        **page_facts(user),
        "messages": JobMessage.objects.filter(owner=user).count(),
        "documents": Document.objects.filter(owner=user).count(),
    }


def fetch(url: str, cookie: str = "", timeout: float = 30) -> int:
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - local
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def start_gunicorn(env: dict, port: int, log: Path) -> tuple[subprocess.Popen, float]:
    """gunicorn on 127.0.0.1 and the seconds from its start to the first 200."""
    started = time.perf_counter()
    with open(log, "w") as out:
        server = subprocess.Popen(  # noqa: S603 - a fixed command line
            [sys.executable, "-m", "gunicorn", "config.wsgi", "--bind", f"127.0.0.1:{port}",
             "--workers", str(WORKERS), "--worker-class", "sync", "--no-control-socket"],
            cwd=ROOT, env={**os.environ, **env}, stdout=out, stderr=out,
        )  # fmt: skip
    url = f"http://127.0.0.1:{port}/healthz"
    while time.perf_counter() - started < 60:
        if server.poll() is not None:
            raise SystemExit(f"gunicorn exited:\n{log.read_text()[-3000:]}")
        try:
            if fetch(url, timeout=5) == 200:
                return server, time.perf_counter() - started
        except OSError:
            pass
        time.sleep(0.02)
    raise SystemExit(f"gunicorn did not answer within 60 s:\n{log.read_text()[-3000:]}")


def stop(server: subprocess.Popen) -> None:
    if server.poll() is None:
        server.terminate()
        try:
            server.wait(15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def worker_pids(master: int) -> list[int]:
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    return sorted(int(pid) for pid in children)


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def warm_up(base: str, pages: list, cookie: str, rounds: int = 3) -> None:
    """Several requests per page at once, so both sync workers load every view and
    template before anything is measured."""
    paths = [(page.url, cookie if page.login else "") for page in pages]

    def get(item: tuple[str, str]) -> int:
        return fetch(base + item[0], item[1], timeout=120)

    with ThreadPoolExecutor(2 * WORKERS) as pool:
        for _ in range(rounds):
            statuses = list(pool.map(get, paths * WORKERS))
            bad = [
                path
                for (path, _), status in zip(paths * WORKERS, statuses, strict=True)
                if status != 200
            ]
            if bad:
                raise SystemExit(f"Not 200 during the warm-up: {sorted(set(bad))}")


def run_wrk(wrk: str, url: str, cookie: str, *, connections: int, duration: float) -> dict:
    if not url.startswith("http://127.0.0.1:"):
        raise ValueError("The benchmark only sends load to 127.0.0.1.")
    result = subprocess.run(  # noqa: S603 - a fixed command line
        [wrk, "-t1", f"-c{connections}", f"-d{duration:g}s", f"--timeout={WRK_TIMEOUT}",
         "-s", str(LUA), url],
        env={**os.environ, "BENCH_COOKIE": cookie}, capture_output=True, text=True,
        timeout=duration + 30, check=False,
    )  # fmt: skip
    if result.returncode != 0:
        raise WrkFailed(f"wrk failed ({result.returncode}): {result.stderr[-2000:]}")
    return parse_wrk(result.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--applications", type=int, default=10_000)
    parser.add_argument("--duration", type=float, default=10.0, help="seconds per phase")
    parser.add_argument("--port", type=int, default=8012)
    parser.add_argument("--background-users", type=int, default=BACKGROUND_USERS)
    parser.add_argument("--background-applications", type=int, default=BACKGROUND_APPLICATIONS)
    parser.add_argument(
        "--database-url",
        help="default postgres://root@127.0.0.1:5432/rebound_bench_<applications>",
    )
    parser.add_argument("--pages", nargs="+", help="only these page keys (and healthz)")
    parser.add_argument("--out-dir", default=str(ROOT / "bench" / "results"))
    parser.add_argument(
        "--page-cache",
        choices=["on", "off"],
        default="on",
        help="off: every request renders its page, as the first look after a write does",
    )
    args = parser.parse_args(argv)
    if not 1 <= args.duration <= MAX_PHASE_SECONDS:
        parser.error(f"--duration is 1 to {MAX_PHASE_SECONDS} seconds")
    if args.applications < 10:
        parser.error("--applications is at least 10")

    wrk = ensure_wrk()
    database_url = (
        args.database_url or f"postgres://root@127.0.0.1:5432/rebound_bench_{args.applications}"
    )
    if not database_url.startswith(("postgres://", "postgresql://")):
        parser.error("the benchmark needs PostgreSQL")
    name = urlsplit(database_url).path.lstrip("/")
    env = production_env(database_url, ROOT / "media" / name)
    if args.page_cache == "off":
        env["PAGE_CACHE_SECONDS"] = "0"
    os.environ.update(env)
    create_database(database_url)

    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection

    print("== migrate, seed (existing accounts are kept)", flush=True)
    call_command("migrate", "--noinput", verbosity=0)
    seed(args.applications, args.background_users, args.background_applications)
    user = get_user_model().objects.get(username=USER)
    # Before the pages are rendered: with DEBUG off they need the static files' manifest.
    call_command("collectstatic", "--noinput", verbosity=0)
    pages = pages_for(user)
    if args.pages:
        pages = [page for page in pages if page.key == "healthz" or page.key in args.pages]
    data = facts(user)
    cookie = session_cookie(user)
    connection.close()  # the server gets the database to itself

    work = Path(tempfile.mkdtemp(prefix="rebound-wrk-"))
    base = f"http://127.0.0.1:{args.port}"
    print(f"== gunicorn: {WORKERS} sync workers on {base}", flush=True)
    server, first_200 = start_gunicorn(env, args.port, work / "gunicorn.log")
    try:
        warm_up(base, pages, cookie)
        workers = worker_pids(server.pid)
        rss_warm = [rss_mb(pid) for pid in workers]
        load_before = " ".join(Path("/proc/loadavg").read_text().split()[:3])
        runs: dict = {page.key: {c: [] for c in CONNECTIONS} for page in pages}
        for number in range(1, PASSES + 1):
            print(f"== pass {number} of {PASSES}", flush=True)
            for page in pages:
                for connections in CONNECTIONS:
                    run = run_wrk(
                        wrk, base + page.url, cookie if page.login else "",
                        connections=connections, duration=args.duration,
                    )  # fmt: skip
                    runs[page.key][connections].append(run)
                    print(
                        f"  {page.url:<34} c={connections}: {run['requests']:>6} requests, "
                        f"{run['rps']:>8.1f}/s, p50 {run['p50']:>7.1f} ms, "
                        f"p99 {run['p99']:>7.1f} ms, {run['errors']} errors",
                        flush=True,
                    )
        load_after = " ".join(Path("/proc/loadavg").read_text().split()[:3])
        rss_run = [rss_mb(pid) for pid in worker_pids(server.pid)]
    finally:
        stop(server)
        shutil.rmtree(work, ignore_errors=True)

    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607
        cwd=ROOT, capture_output=True, text=True, check=False,
    ).stdout.strip()  # fmt: skip
    cpu = next(
        (line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
         if line.startswith("model name")),
        "unknown CPU",
    )  # fmt: skip
    meta = {
        **data,
        "date": datetime.date.today().isoformat(),
        "commit": commit or "?",
        "machine": f"{os.cpu_count()} CPUs ({cpu})",
        "duration": args.duration,
        "page_cache": args.page_cache,
        "wrk": wrk_version(wrk),
        "load_before": load_before,
        "load_after": load_after,
        "start_to_first_200_s": round(first_200, 2),
        "rss_after_warmup_mb": [round(mb, 1) for mb in rss_warm],
        "rss_after_run_mb": [round(mb, 1) for mb in rss_run],
    }
    page_dicts = [
        {
            "key": p.key,
            "label": p.label,
            "url": p.url,
            "queries": p.queries,
            "cached_queries": p.cached_queries,
        }
        for p in pages
    ]
    rows = build_rows(page_dicts, runs)
    text = report(rows, meta)
    print("\n" + text)
    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.page_cache == "on" else "-uncached"
    stem = out / f"wrk-{meta['date']}-{args.applications}{suffix}"
    stem.with_suffix(".md").write_text(text + "\n")
    stem.with_suffix(".json").write_text(
        json.dumps(
            {
                "meta": meta,
                "rows": [row.__dict__ for row in rows],
                "runs": {key: {str(c): v for c, v in by.items()} for key, by in runs.items()},
            },
            indent=2,
        )
    )
    print(f"\nwritten: {stem}.md and .json")
    return 0 if all(row.passed for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
