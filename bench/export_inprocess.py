"""Measure the streamed exports (applications CSV, rejections CSV, full JSON) at scale,
in-process, with Python's own memory accounting.

Run against PostgreSQL, on a migrated database of its own::

    psql -h 127.0.0.1 -U postgres -c "CREATE DATABASE rebound_bench_export OWNER root"
    export DATABASE_URL=postgres://root@127.0.0.1:5432/rebound_bench_export
    .venv/bin/python manage.py migrate
    .venv/bin/python bench/export_inprocess.py [--rows 100000] [--repeat 3] [--keep]

What it does:

1. Creates a throw-away user (``bench-export-<random>``) owning ``--rows`` applications with
   bulk inserts: companies (one per 50 applications), three status changes per application,
   contacts, interviews for one application in four, and for one in six a rejection with a
   reflection and a letter, plus self-care notes.
2. For each export, starts a fresh Python process (so its memory figures are that
   export's alone), signs the user in with Django's test client, warms the code up on an
   empty account, then requests the export through the whole middleware stack (production
   settings: ``DEBUG`` off) and reads the streamed body:

   - first byte: from the request until the first piece of the body (the header row);
   - first row: until the first piece holding data (the queries have started to answer);
   - total time and rows per second (CSV rows; JSON objects of every kind);
   - peak extra memory: ``tracemalloc``'s peak over one more, traced run (tracing slows
     Python down, so the timings come from the untraced runs) and the growth of the
     process's peak resident size over the untraced runs (VmHWM on Linux after resetting
     it, else ``ru_maxrss``), which also counts the database driver's buffers.
3. Prints a Markdown table and deletes the user (and everything it owns) through the same
   service as the account-deletion page, timing that too, unless ``--keep`` is given.

``bench/export_bench.py`` measures the same export over HTTP against a running gunicorn;
this script needs no server and separates Python's allocations from the process's.

Targets, applications CSV of 100,000 rows: first byte within 0.3 s, at least
20,000 rows per second, peak extra memory under 50 MB.
"""

import argparse
import contextlib
import json
import os
import random
import resource
import secrets
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
# Production-like: no query log kept in memory, no debug pages.
os.environ.setdefault("DEBUG", "false")
os.environ.setdefault("SECRET_KEY", "export-benchmark-" + "x" * 50)
os.environ.setdefault("LOG_LEVEL", "WARNING")

EXPORTS = {
    "applications-csv": "Applications CSV",
    "rejections-csv": "Rejections CSV",
    "json-export": "Full JSON",
}
TARGETS = {"first_byte": 0.3, "rows_per_second": 20_000, "peak_mb": 50}


def setup_django() -> None:
    import django

    django.setup()


# --- Seeding ----------------------------------------------------------------------------


def seed(rows: int) -> str:
    """Create the benchmark user and its data with bulk inserts; return the username."""
    import datetime

    from django.contrib.auth import get_user_model
    from django.db import transaction
    from django.utils import timezone

    from rejections.models import Letter, Reflection, Rejection, SelfCareNote
    from tracker import services
    from tracker.models import Application, Company, Contact, Interview, StatusChange
    from tracker.stages import Status

    rng = random.Random(42)  # noqa: S311 - repeatable made-up data, not secrets
    username = f"bench-export-{secrets.token_hex(4)}"
    now = timezone.now()
    today = timezone.localdate()
    statuses = [s for s in Status.values if s != Status.WISHLIST]
    batch = 5_000
    started = time.perf_counter()
    with transaction.atomic():
        user = get_user_model().objects.create_user(username, password=secrets.token_hex(16))
        companies = Company.objects.bulk_create(
            [
                Company(owner=user, name=f"Company {i} GmbH", website=f"https://c{i}.example")
                for i in range(max(1, rows // 50))
            ],
            batch_size=batch,
        )
        contacts = Contact.objects.bulk_create(
            [
                Contact(owner=user, name=f"Contact {i}", company=rng.choice(companies))
                for i in range(max(1, rows // 50))
            ],
            batch_size=batch,
        )
        applications = Application.objects.bulk_create(
            [
                Application(
                    owner=user,
                    company=companies[i % len(companies)],
                    position_title=f"Software engineer {i}, platform team",
                    posting_url=f"https://jobs.example/{i}",
                    location=rng.choice(["Berlin", "Zürich", "Remote", "Lisbon"]),
                    work_mode=rng.choice(["onsite", "hybrid", "remote"]),
                    salary_min=60_000 + (i % 40) * 1_000,
                    salary_max=80_000 + (i % 40) * 1_000,
                    salary_currency="EUR",
                    source=rng.choice(["LinkedIn", "Referral", "Company site"]),
                    status=rng.choice(statuses),
                    applied_on=today - datetime.timedelta(days=rng.randrange(1, 700)),
                    notes="Spoke with the recruiter; the team builds the payments platform.",
                )
                for i in range(rows)
            ],
            batch_size=batch,
        )
        changes = []
        for application in applications:
            when = now - datetime.timedelta(days=rng.randrange(30, 700))
            for step, status in enumerate(["applied", "screening", application.status]):
                changes.append(
                    StatusChange(
                        application=application,
                        from_status="" if step == 0 else "applied",
                        to_status=status,
                        changed_at=when + datetime.timedelta(days=step * 7),
                    )
                )
        StatusChange.objects.bulk_create(changes, batch_size=batch)
        del changes
        services.refresh_reached(Application.objects.filter(owner=user))
        Application.contacts.through.objects.bulk_create(
            [
                Application.contacts.through(application=a, contact=rng.choice(contacts))
                for a in applications[::10]
            ],
            batch_size=batch,
        )
        Interview.objects.bulk_create(
            [
                Interview(
                    application=a,
                    scheduled_at=now - datetime.timedelta(days=rng.randrange(1, 600)),
                    preparation_notes="Revise system design.",
                )
                for a in applications[::4]
            ],
            batch_size=batch,
        )
        rejections = Rejection.objects.bulk_create(
            [
                Rejection(
                    application=a,
                    received_on=today - datetime.timedelta(days=rng.randrange(1, 600)),
                    stage="interview",
                    reason_given="We went with a candidate with more domain experience.",
                    feelings="Disappointed, but I learnt a lot.",
                )
                for a in applications[::6]
            ],
            batch_size=batch,
        )
        Reflection.objects.bulk_create(
            [
                Reflection(
                    rejection=r,
                    went_well="Clear answers about past projects.",
                    to_improve="Practise estimating.",
                    next_actions="Read one design case a week",
                    tags="system design, nerves",
                )
                for r in rejections
            ],
            batch_size=batch,
        )
        Letter.objects.bulk_create(
            [
                Letter(
                    rejection=r,
                    kind="thank_you",
                    subject="Thank you",
                    body="Dear Sam,\nthank you for your time.\n",
                )
                for r in rejections
            ],
            batch_size=batch,
        )
        SelfCareNote.objects.bulk_create(
            [
                SelfCareNote(owner=user, activity="A long walk", mood=rng.randint(1, 5))
                for _ in range(max(1, rows // 100))
            ],
            batch_size=batch,
        )
    from django.db import connection

    if connection.vendor == "postgresql":
        # Fresh statistics, as autovacuum would have them within a minute of a bulk load:
        # with the stale ones the planner picks nested loops that make the export crawl.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    print(f"Seeded {username}: {rows:,} applications in {time.perf_counter() - started:.1f} s")
    return username


def delete(username: str) -> float:
    from django.contrib.auth import get_user_model

    from portability.services import delete_account

    started = time.perf_counter()
    delete_account(user=get_user_model().objects.get(username=username))
    return time.perf_counter() - started


# --- Measuring (in a child process) ------------------------------------------------------


def _client(username: str):
    from django.contrib.auth import get_user_model
    from django.test import Client

    client = Client(HTTP_HOST="localhost")
    client.force_login(get_user_model().objects.get(username=username))
    return client


def _read(client, url: str) -> dict:
    started = time.perf_counter()
    response = client.get(url, secure=True)
    assert response.status_code == 200, response.status_code
    assert response.streaming, "the export must be streamed"
    chunks = iter(response.streaming_content)
    first = next(chunks)
    first_byte = time.perf_counter() - started
    size, first_row = len(first), None
    for chunk in chunks:
        if first_row is None:
            first_row = time.perf_counter() - started
        size += len(chunk)
    total = time.perf_counter() - started
    response.close()
    return {
        "first_byte": first_byte,
        "first_row": first_row or total,
        "total": total,
        "bytes": size,
    }


def _rows(export: str, user) -> int:
    from portability import archive
    from rejections.models import Reflection, Rejection

    if export == "applications-csv":
        return user.applications.count()
    if export == "rejections-csv":
        # One row per reflection, and one per rejection without any.
        return (
            Reflection.objects.filter(rejection__application__owner=user).count()
            + Rejection.objects.for_user(user).filter(reflections__isnull=True).count()
        )
    return sum(
        section.model.objects.filter(**{section.owner_path: user}).count()
        for section in archive.SECTIONS
    )


def _peak_rss_kb() -> int:
    """The process's peak resident size: VmHWM on Linux, else ``ru_maxrss``.

    ``ru_maxrss`` survives ``exec``: a child started by a parent that just seeded 100,000
    rows would report the parent's peak. VmHWM belongs to this process image only.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _reset_peak_rss() -> int:
    """Start the peak from the current resident size (Linux), and return the baseline."""
    # Elsewhere the peak so far stays the baseline, so the growth may be understated.
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")
    return _peak_rss_kb()


def measure(export: str, username: str, repeat: int) -> dict:
    """Time the export ``repeat`` times, then once more under tracemalloc."""
    from django.contrib.auth import get_user_model
    from django.urls import reverse

    url = reverse(f"portability:{export}")
    user = get_user_model().objects.get(username=username)
    # Warm up every code path (imports, URL resolver, middleware) on an empty account.
    warm_name = f"{username}-warmup"
    warm_user, _ = get_user_model().objects.get_or_create(username=warm_name)
    _read(_client(warm_name), url)
    warm_user.delete()
    client = _client(username)

    baseline = _reset_peak_rss()
    runs = [_read(client, url) for _ in range(repeat)]
    rss_growth_mb = (_peak_rss_kb() - baseline) / 1024

    tracemalloc.start()
    tracemalloc.reset_peak()
    _read(client, url)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    rows = _rows(export, user)
    best = min(runs, key=lambda r: r["total"])
    return {
        "export": export,
        "rows": rows,
        "bytes": best["bytes"],
        "first_byte": min(r["first_byte"] for r in runs),
        "first_row": min(r["first_row"] for r in runs),
        "total": best["total"],
        "rows_per_second": rows / best["total"],
        "tracemalloc_peak_mb": peak / 1024 / 1024,
        "rss_growth_mb": rss_growth_mb,
    }


# --- Report -----------------------------------------------------------------------------


def table(results: list[dict]) -> str:
    lines = [
        "| export | rows | size | first byte | first row | total | rows/s "
        "| tracemalloc peak | RSS growth |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        lines.append(
            f"| {EXPORTS[r['export']]} | {r['rows']:,} | {r['bytes'] / 1024 / 1024:.1f} MB "
            f"| {r['first_byte'] * 1000:.0f} ms | {r['first_row'] * 1000:.0f} ms "
            f"| {r['total']:.2f} s | {r['rows_per_second']:,.0f} "
            f"| {r['tracemalloc_peak_mb']:.1f} MB | {r['rss_growth_mb']:.1f} MB |"
        )
    return "\n".join(lines)


def verdict(result: dict) -> str:
    """The issue's targets, checked for the applications CSV."""
    peak = max(result["tracemalloc_peak_mb"], result["rss_growth_mb"])
    checks = [
        ("first byte ≤ 0.3 s", result["first_byte"] <= TARGETS["first_byte"]),
        ("≥ 20,000 rows/s", result["rows_per_second"] >= TARGETS["rows_per_second"]),
        ("peak extra memory < 50 MB", peak < TARGETS["peak_mb"]),
    ]
    return "; ".join(f"{name}: {'met' if ok else 'MISSED'}" for name, ok in checks)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000, help="applications to create")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per export (best kept)")
    parser.add_argument("--keep", action="store_true", help="keep the benchmark user")
    parser.add_argument("--user", help="measure an existing user instead of seeding one")
    parser.add_argument("--exports", default=",".join(EXPORTS), help="comma-separated exports")
    parser.add_argument("--json", help="also write the results to this file")
    parser.add_argument("--measure", help=argparse.SUPPRESS)  # internal: the child process
    args = parser.parse_args()
    setup_django()

    if args.measure:
        print(json.dumps(measure(args.measure, args.user, args.repeat)))
        return 0

    from django.db import connection

    if connection.vendor != "postgresql":
        print("Note: DATABASE_URL does not point at PostgreSQL; the targets are for PostgreSQL.")
    username = args.user or seed(args.rows)
    results = []
    try:
        for export in args.exports.split(","):
            command = [sys.executable, __file__, "--measure", export, "--user", username]
            child = subprocess.run(  # noqa: S603 - this script, with our own arguments
                [*command, "--repeat", str(args.repeat)],
                capture_output=True,
                text=True,
                env=os.environ,
                check=False,
            )
            if child.returncode:
                sys.stderr.write(child.stderr)
                raise SystemExit(f"Measuring {export} failed.")
            results.append(json.loads(child.stdout.strip().splitlines()[-1]))
            print(f"measured {EXPORTS[export]}", file=sys.stderr)
    finally:
        if not args.keep and not args.user:
            print(f"Deleted the benchmark account in {delete(username):.1f} s")
    print()
    print(table(results))
    for result in results:
        if result["export"] == "applications-csv":
            print(f"\nApplications CSV targets: {verdict(result)}")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
