"""Time pages in-process, splitting database, template and Python time.

    DATABASE_URL=postgres://root@127.0.0.1:5432/rebound_bench_1000 \\
        python -m bench.profile_pages dashboard board --renders 30 [--profile 25]

renders each page (keys as in ``bench.pages``) through Django's test client as the bench
user, after a few warm-up renders, with the production settings the benchmark uses
(``DEBUG`` off). For each page it prints the mean and median of the whole request, the
time spent in the database (``connection.execute_wrapper``), the time spent rendering the
template, and the database time *inside* the template render (querysets evaluated lazily
by the template, which should be zero). ``--profile N`` adds cProfile's top N functions
by cumulative and by own time. The per-person page cache is off
(``PAGE_CACHE_SECONDS=0``), so each request renders its page as the first look after a
write does. It measures the code in the current directory against an
existing bench database (made by ``bench/run``); it writes nothing but a session row.
"""

import argparse
import cProfile
import os
import pstats
import secrets
import statistics
import sys
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATABASE = "postgres://root@127.0.0.1:5432/rebound_bench_1000"


class Clock:
    """Database and template time of the current request."""

    def __init__(self) -> None:
        self.db = 0.0
        self.template = 0.0
        self.db_in_template = 0.0
        self.queries = 0
        self.in_template = False

    def database(self, execute, sql, params, many, context):
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            spent = time.perf_counter() - start
            self.db += spent
            self.queries += 1
            if self.in_template:
                self.db_in_template += spent


@contextmanager
def timed_templates(clock: Clock):
    """Time every top-level template render (the backend's ``Template.render``)."""
    from django.template.backends import django as backend

    original = backend.Template.render

    def render(self, *args, **kwargs):
        if clock.in_template:  # a template rendered from inside another one
            return original(self, *args, **kwargs)
        clock.in_template = True
        start = time.perf_counter()
        try:
            return original(self, *args, **kwargs)
        finally:
            clock.template += time.perf_counter() - start
            clock.in_template = False

    backend.Template.render = render
    try:
        yield
    finally:
        backend.Template.render = original


def measure(client, url: str, renders: int, warm_up: int = 3) -> dict:
    from django.db import connection

    for _ in range(warm_up):
        response = client.get(url)
        if response.status_code != 200:
            raise RuntimeError(f"{url} answered {response.status_code}, not 200")
    totals, dbs, templates, in_templates, queries = [], [], [], [], []
    for _ in range(renders):
        clock = Clock()
        with connection.execute_wrapper(clock.database), timed_templates(clock):
            start = time.perf_counter()
            client.get(url)
            totals.append(time.perf_counter() - start)
        dbs.append(clock.db)
        templates.append(clock.template)
        in_templates.append(clock.db_in_template)
        queries.append(clock.queries)
    ms = 1000
    return {
        "mean": statistics.mean(totals) * ms,
        "median": statistics.median(totals) * ms,
        "stdev": statistics.stdev(totals) * ms if renders > 1 else 0.0,
        "db": statistics.mean(dbs) * ms,
        "template": statistics.mean(templates) * ms,
        "db_in_template": statistics.mean(in_templates) * ms,
        "queries": max(queries),
    }


def profile(client, url: str, renders: int, top: int) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(renders):
        client.get(url)
    profiler.disable()
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.strip_dirs().sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="+", help="page keys (dashboard, board, rejections...)")
    parser.add_argument("--renders", type=int, default=30)
    parser.add_argument("--user", default="bench")
    parser.add_argument("--profile", type=int, metavar="N", help="print cProfile's top N")
    args = parser.parse_args(argv)

    from bench.wrk import production_env

    database_url = os.environ.get("DATABASE_URL", DEFAULT_DATABASE)
    name = database_url.rsplit("/", 1)[-1]
    os.environ.update(production_env(database_url, ROOT / "media" / name))
    os.environ["SECRET_KEY"] = "profile-" + secrets.token_urlsafe(48)
    # It measures rendering: every request builds its page (no per-person page cache),
    # as the first look after a write does. --page-cache measures cached answers.
    os.environ["PAGE_CACHE_SECONDS"] = os.environ.get("PAGE_CACHE_SECONDS", "0")

    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.test import Client

    from bench.pages import discover, other_pages

    if not (Path(settings.STATIC_ROOT) / "staticfiles.json").exists():
        # With DEBUG off the pages need the static files' manifest.
        call_command("collectstatic", "--noinput", verbosity=0)
    user = get_user_model().objects.get(username=args.user)
    urls = {page.key: page.url for page in discover(user) + other_pages(user)}
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user)
    print(f"{'page':<14}{'mean':>8}{'median':>8}{'sd':>7}{'db':>8}{'tmpl':>8}"
          f"{'db@tmpl':>9}{'queries':>9}   (ms, {args.renders} renders)")  # fmt: skip
    for key in args.pages:
        result = measure(client, urls[key], args.renders)
        print(
            f"{key:<14}{result['mean']:>8.1f}{result['median']:>8.1f}{result['stdev']:>7.1f}"
            f"{result['db']:>8.1f}{result['template']:>8.1f}{result['db_in_template']:>9.1f}"
            f"{result['queries']:>9}",
            flush=True,
        )
        if args.profile:
            profile(client, urls[key], min(args.renders, 10), args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
