"""Lighthouse on the main pages, served the way production serves them.

    .venv/bin/python -m bench.lighthouse                        # SQLite in a temp directory
    .venv/bin/python -m bench.lighthouse --database postgres    # scratch DB rebound_lighthouse
    .venv/bin/python -m bench.lighthouse --repo /tmp/lh-old --label before   # another checkout

Creates a fresh database, migrates, seeds the demo account (``seed_demo``), collects static
files into a temporary STATIC_ROOT (whitenoise then serves them gzip-compressed with
far-future cache headers), starts gunicorn on 127.0.0.1 with production settings (DEBUG off,
a random SECRET_KEY, ALLOWED_HOSTS=127.0.0.1; only the HTTPS redirect and the Secure cookie
flags are switched off, because the benchmark talks plain http to 127.0.0.1), signs in as
``demo`` through the login form and runs Lighthouse (npm ``lighthouse``, pinned in
``bench/lighthouse/package.json``, installed with ``npm ci`` on the first run) with its
default mobile preset in Debian's Chromium on each page. The session cookie reaches
Lighthouse as an extra header (the login page is measured without it).

Prints a Markdown table and writes ``bench/results/lighthouse-<date>[-<label>].json`` and
``.md``. Every server it starts is stopped, the scratch database dropped and the temporary
directory removed, whatever happens.

Targets: accessibility 100, best practices 100, SEO ≥ 95, performance ≥ 95, and at most
60 KB (60,000 bytes) of CSS and JavaScript transferred (compressed) per page.
"""

import argparse
import datetime
import json
import os
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

from bench.session import get, login

ROOT = Path(__file__).resolve().parent.parent
TOOL_DIR = ROOT / "bench" / "lighthouse"
LIGHTHOUSE = TOOL_DIR / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROME_FLAGS = "--headless --no-sandbox --disable-gpu --disable-background-networking"
DEMO_USER = "demo"
DEMO_PASSWORD = "rebound-demo-2026"  # noqa: S105 - the documented demo account
PG_DATABASE = "rebound_lighthouse"
PG_ADMIN = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-v", "ON_ERROR_STOP=1", "-qc"]

CATEGORIES = [
    ("performance", "performance"),
    ("accessibility", "accessibility"),
    ("best-practices", "best practices"),
    ("seo", "SEO"),
]
#: The least score each category must reach.
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 95}
#: CSS + JS transferred per page, compressed, in bytes (60 KB).
ASSET_BUDGET = 60_000
ASSET_TYPES = ("Stylesheet", "Script")
#: Failed Lighthouse runs repeated per page before giving up.
RETRIES = 2
METRICS = [
    ("first-contentful-paint", "FCP"),
    ("largest-contentful-paint", "LCP"),
    ("total-blocking-time", "TBT"),
    ("cumulative-layout-shift", "CLS"),
    ("speed-index", "SI"),
]

#: (key, label, path); the workspace's path is filled in once the rejection is known.
PAGES = [
    ("login", "Sign in", "/accounts/login/"),
    ("dashboard", "Dashboard", "/"),
    ("applications", "Applications", "/applications/"),
    ("board", "Board", "/board/"),
    ("workspace", "Rejection workspace", "/rejections/{rejection}/"),
    ("reflections", "Reflections", "/reflections/"),
]
#: Pages measured without the session cookie.
PUBLIC_PAGES = {"login"}

# A settings module of the bench's own, so collectstatic can write to a temporary
# STATIC_ROOT (the project's settings fix it to <repo>/staticfiles) without touching the
# checkout being measured. Everything else is the project's settings, read from the env.
SETTINGS_SHIM = """\
import os

from config.settings import *  # noqa: F403

STATIC_ROOT = os.environ["LIGHTHOUSE_STATIC_ROOT"]
"""


# --- Reading Lighthouse's JSON ---------------------------------------------------------


def category_scores(lhr: dict) -> dict[str, int | None]:
    """The four category scores, 0-100 (None when Lighthouse could not score one)."""
    scores = {}
    for key, _ in CATEGORIES:
        score = lhr.get("categories", {}).get(key, {}).get("score")
        scores[key] = None if score is None else round(score * 100)
    return scores


def asset_bytes(lhr: dict) -> dict[str, int]:
    """Bytes transferred (compressed, headers included) for stylesheets and scripts."""
    items = lhr.get("audits", {}).get("network-requests", {}).get("details", {}).get("items", [])
    totals = {"css": 0, "js": 0, "requests": 0, "all": 0, "files": []}
    for item in items:
        size = int(item.get("transferSize") or 0)
        totals["all"] += size
        kind = item.get("resourceType")
        if kind in ASSET_TYPES:
            totals["css" if kind == "Stylesheet" else "js"] += size
            totals["requests"] += 1
            path = urllib.parse.urlsplit(item.get("url", "")).path
            totals["files"].append({"path": path, "type": kind, "bytes": size})
    totals["css_js"] = totals["css"] + totals["js"]
    return totals


def metrics(lhr: dict) -> dict[str, str]:
    audits = lhr.get("audits", {})
    return {
        label: audits[key].get("displayValue", "")
        for key, label in METRICS
        if key in audits and audits[key].get("displayValue")
    }


def _offender(item: dict) -> str:
    """What an audit's detail row points at: an element, else a URL or a source location."""
    node = item.get("node")
    if isinstance(node, dict):
        snippet = node.get("snippet") or node.get("nodeLabel") or ""
        selector = node.get("selector")
        text = f"{snippet} ({selector})" if selector else snippet
        explanation = " ".join((node.get("explanation") or "").split())
        if explanation:
            text = f"{text}: {explanation}"
        statistic = item.get("statistic")
        return f"{statistic}: {text}" if statistic else text
    for field in ("url", "source", "description", "label"):
        value = item.get(field)
        if isinstance(value, dict):
            value = value.get("url") or value.get("value")
        if value:
            return str(value)
    sub = item.get("subItems", {}).get("items") if isinstance(item.get("subItems"), dict) else None
    if sub:
        return _offender(sub[0])
    return ""


def failing_audits(lhr: dict, *, limit: int = 5) -> dict[str, list[dict]]:
    """Per category, the scored audits that cost points, with the elements they blame.

    For accessibility, best practices and SEO that is every audit below 1 that has a
    weight; for performance, the weighted metrics below 0.9 and every opportunity or
    diagnostic Lighthouse marks as failing (score below 0.9).
    """
    audits = lhr.get("audits", {})
    failing: dict[str, list[dict]] = {}
    for key, _ in CATEGORIES:
        category = lhr.get("categories", {}).get(key)
        if not category:
            continue
        threshold = 0.9 if key == "performance" else 1
        refs = category.get("auditRefs", [])
        rows = []
        for ref in refs:
            audit = audits.get(ref["id"], {})
            score = audit.get("score")
            if score is None or audit.get("scoreDisplayMode") in ("notApplicable", "manual"):
                continue
            weighted = ref.get("weight", 0) > 0
            if key != "performance" and not weighted:
                continue
            if score >= threshold:
                continue
            items = audit.get("details", {}).get("items", []) or []
            rows.append(
                {
                    "id": ref["id"],
                    "title": audit.get("title", ref["id"]),
                    "score": score,
                    "weight": ref.get("weight", 0),
                    "display": audit.get("displayValue", ""),
                    "offenders": [o for o in (_offender(i) for i in items[:limit]) if o],
                    "more": max(0, len(items) - limit),
                }
            )
        if rows:
            failing[key] = rows
    return failing


def summarise(key: str, label: str, path: str, lhr: dict) -> dict:
    """One page's row: scores, CSS+JS bytes, metrics, failing audits and missed targets."""
    scores = category_scores(lhr)
    assets = asset_bytes(lhr)
    misses = []
    for category, name in CATEGORIES:
        score = scores[category]
        if score is None:
            misses.append(f"{name} not scored")
        elif score < TARGETS[category]:
            misses.append(f"{name} {score} < {TARGETS[category]}")
    if assets["css_js"] > ASSET_BUDGET:
        misses.append(f"CSS+JS {assets['css_js'] / 1000:.1f} KB > {ASSET_BUDGET // 1000} KB")
    error = lhr.get("runtimeError", {}).get("message")
    if error:
        misses.append(f"Lighthouse: {error}")
    return {
        "key": key,
        "label": label,
        "path": path,
        "final_url": lhr.get("finalDisplayedUrl") or lhr.get("finalUrl", ""),
        "scores": scores,
        "assets": assets,
        "metrics": metrics(lhr),
        "failing": failing_audits(lhr),
        "run_warnings": lhr.get("runWarnings", []),
        "benchmark_index": lhr.get("environment", {}).get("benchmarkIndex"),
        "misses": misses,
    }


def median_run(reports: list[dict]) -> dict:
    """Of several runs of one page, the one with the median performance score."""
    if len(reports) == 1:
        return reports[0]
    perf = [(r.get("categories", {}).get("performance", {}).get("score") or 0) for r in reports]
    middle = statistics.median_low(perf)
    return reports[perf.index(middle)]


def _score(value: int | None) -> str:
    return "–" if value is None else str(value)


def table(rows: list[dict]) -> str:
    lines = [
        "| page | performance | accessibility | best practices | SEO "
        "| CSS+JS transferred (KB) | targets |",
        "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for row in rows:
        scores = row["scores"]
        assets = row["assets"]
        lines.append(
            f"| {row['label']} (`{row['path']}`) "
            + "".join(f"| {_score(scores[key])} " for key, _ in CATEGORIES)
            + f"| {assets['css_js'] / 1000:.1f} "
            f"({assets['css'] / 1000:.1f} CSS + {assets['js'] / 1000:.1f} JS) "
            f"| {'; '.join(row['misses']) or 'all met'} |"
        )
    return "\n".join(lines)


def failing_section(rows: list[dict]) -> str:
    lines = []
    for row in rows:
        for category, name in CATEGORIES:
            for audit in row["failing"].get(category, []):
                display = f" ({audit['display']})" if audit["display"] else ""
                lines.append(
                    f"- {row['label']} — {name}: `{audit['id']}` {audit['title']}{display}"
                )
                for offender in audit["offenders"]:
                    lines.append(f"  - `{' '.join(offender.split())[:300]}`")
                if audit["more"]:
                    lines.append(f"  - … and {audit['more']} more")
    return "\n".join(lines) if lines else "No audit costs points on any page."


def markdown(meta: dict, rows: list[dict]) -> str:
    metric_lines = "\n".join(
        f"- {row['label']}: "
        + ", ".join(f"{k} {v}" for k, v in row["metrics"].items())
        + (f" (benchmarkIndex {row['benchmark_index']:.0f})" if row["benchmark_index"] else "")
        for row in rows
    )
    return (
        f"Lighthouse {meta['lighthouse']} of {meta['date']} (commit {meta['commit']}"
        f"{', ' + meta['label'] if meta['label'] else ''}): mobile preset (simulated "
        f"throttling), {meta['chromium']}, gunicorn with production settings (DEBUG off, "
        f"compressed static files by whitenoise) on 127.0.0.1, {meta['database']}, demo "
        f"account; {meta['runs']} run(s) per page, the median by performance shown. "
        f"{meta['machine']}; load average before {meta['load_average']['before']}, after "
        f"{meta['load_average']['after']}. CSS+JS: bytes transferred for stylesheets and "
        f"scripts, compressed, 1 KB = 1,000 bytes. `check --deploy` warnings (the https "
        f"switches turned off for plain http): {', '.join(meta['deploy_warnings']) or 'none'}."
        f"\n\n"
        f"{table(rows)}\n\n"
        f"Metrics (simulated mobile):\n\n{metric_lines}\n\n"
        f"Audits that cost points:\n\n{failing_section(rows)}\n"
    )


# --- Running it ------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def ensure_lighthouse() -> None:
    if LIGHTHOUSE.exists():
        return
    if not shutil.which("npm"):
        raise SystemExit("npm is needed to install Lighthouse (bench/lighthouse/package.json)")
    print("installing Lighthouse (npm ci in bench/lighthouse) ...", flush=True)
    subprocess.run(
        ["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"],  # noqa: S607
        cwd=TOOL_DIR,
        check=True,
        timeout=600,
    )


def run_lighthouse(url: str, out: Path, cookie: str | None, timeout: float) -> dict:
    command = [
        str(LIGHTHOUSE),
        url,
        f"--chrome-path={CHROMIUM}",
        f"--chrome-flags={CHROME_FLAGS}",
        "--only-categories=performance,accessibility,best-practices,seo",
        "--output=json",
        f"--output-path={out}",
        "--max-wait-for-load=45000",
        "--quiet",
    ]
    if cookie:
        command.append("--extra-headers=" + json.dumps({"Cookie": cookie}))
    # Its own process group: on a timeout, Lighthouse and the Chromium it started go together.
    process = subprocess.Popen(command, cwd=TOOL_DIR, start_new_session=True)  # noqa: S603
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        raise RuntimeError(f"Lighthouse took longer than {timeout:.0f} s on {url}") from None
    if process.returncode != 0 or not out.exists():
        raise RuntimeError(f"Lighthouse failed on {url} (exit {process.returncode})")
    return json.loads(out.read_text())


class Server:
    """gunicorn for one checkout, with a scratch database, stopped on exit."""

    def __init__(self, repo: Path, database: str, work: Path, port: int, python: Path):
        self.repo, self.database, self.work, self.port = repo, database, work, port
        self.python = python
        self.gunicorn = python.parent / "gunicorn"
        self.base = f"http://127.0.0.1:{port}"
        self.process: subprocess.Popen | None = None
        self.log = None
        self.created_db = False
        (work / "lighthouse_settings.py").write_text(SETTINGS_SHIM)
        static = work / "static"
        static.mkdir()
        if database == "postgres":
            url = f"postgres://postgres@127.0.0.1:5432/{PG_DATABASE}"
        else:
            url = f"sqlite:///{work / 'db.sqlite3'}"
        self.env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("DJANGO_", "SECURE_", "SESSION_", "CSRF_", "DATABASE"))
        }
        self.env.update(
            {
                "PYTHONPATH": os.pathsep.join([str(repo), str(work)]),
                "DJANGO_SETTINGS_MODULE": "lighthouse_settings",
                "LIGHTHOUSE_STATIC_ROOT": str(static),
                "DATABASE_URL": url,
                "DEBUG": "false",
                "SECRET_KEY": "lighthouse-" + secrets.token_urlsafe(40),
                "ALLOWED_HOSTS": "127.0.0.1",
                "SITE_URL": self.base,
                # Plain http on 127.0.0.1: no redirect to https, cookies without Secure (and
                # so without the __Host- prefix, which needs Secure). HSTS keeps its
                # production value; browsers ignore it over http.
                "SECURE_SSL_REDIRECT": "false",
                "SESSION_COOKIE_SECURE": "false",
                "CSRF_COOKIE_SECURE": "false",
                "LOG_LEVEL": "WARNING",
                "TASK_BACKEND": "database",
            }
        )

    def manage(self, *args: str, capture: bool = False) -> str:
        result = subprocess.run(  # noqa: S603 - a fixed command line
            [str(self.python), "manage.py", *args],
            cwd=self.repo,
            env=self.env,
            check=not capture,
            capture_output=capture,
            text=True,
            timeout=900,
        )
        return (result.stdout or "") + (result.stderr or "")

    def prepare(self) -> dict:
        code = "import config, sys; print(config.__file__)"
        where = subprocess.run(  # noqa: S603 - a fixed command line
            [str(self.python), "-c", code],
            cwd=self.repo,
            env=self.env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        if not Path(where).resolve().is_relative_to(self.repo):
            raise SystemExit(f"config is imported from {where}, not from {self.repo}")
        if self.database == "postgres":
            subprocess.run([*PG_ADMIN, f'DROP DATABASE IF EXISTS "{PG_DATABASE}"'], check=True)  # noqa: S603
            subprocess.run([*PG_ADMIN, f'CREATE DATABASE "{PG_DATABASE}"'], check=True)  # noqa: S603
            self.created_db = True
        print("migrate, seed the demo account, collect static files ...", flush=True)
        self.manage("migrate", "--noinput", "-v", "0")
        self.manage("seed_demo", "--force", "-v", "0")
        self.manage("collectstatic", "--noinput", "-v", "0")
        deploy = self.manage("check", "--deploy", "--fail-level", "CRITICAL", capture=True)
        rejection = self.manage(
            "shell",
            "--no-imports",
            "-c",
            "from rejections.models import Rejection; print(Rejection.objects.filter("
            f"application__owner__username={DEMO_USER!r}).order_by('pk').values_list("
            "'pk', flat=True).first())",
            capture=True,
        ).strip()
        rejection = rejection.splitlines()[-1] if rejection else ""
        if not rejection.isdigit():
            raise SystemExit(f"The demo account has no rejection: {rejection!r}")
        warnings = sorted(set(re.findall(r"\(([a-z_]+\.[WEC]\d+)\)", deploy)))
        return {"rejection": int(rejection), "deploy_warnings": warnings}

    def start(self) -> None:
        # Django's own log lines (e.g. "Not Found: /robots.txt") go to the log, not the table.
        self.log = (self.work / "django.log").open("ab")
        self.process = subprocess.Popen(  # noqa: S603 - a fixed command line
            [str(self.gunicorn), "config.wsgi", "--bind", f"127.0.0.1:{self.port}",
             "--workers", "2", "--threads", "4", "--worker-class", "gthread",
             "--no-control-socket", "--chdir", str(self.repo), "--log-level", "warning",
             "--error-logfile", str(self.work / "gunicorn.log")],
            cwd=self.repo,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )  # fmt: skip
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                with urllib.request.urlopen(self.base + "/healthz", timeout=2) as response:  # noqa: S310
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.3)
        log = "".join(
            (self.work / name).read_text(errors="replace")
            for name in ("gunicorn.log", "django.log")
            if (self.work / name).exists()
        )
        raise SystemExit(f"gunicorn did not come up on {self.base}:\n{log[-3000:]}")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.log:
            self.log.close()
        if self.created_db:
            subprocess.run(  # noqa: S603 - a fixed command line
                [*PG_ADMIN, f'DROP DATABASE IF EXISTS "{PG_DATABASE}" WITH (FORCE)'], check=False
            )


def _version(command: list[str]) -> str:
    try:
        out = subprocess.run(command, capture_output=True, text=True, timeout=30, check=False)  # noqa: S603
    except OSError:
        return "?"
    return out.stdout.strip().splitlines()[0] if out.stdout.strip() else "?"


def _database_name(server: Server) -> str:
    if server.database == "postgres":
        return _version(
            ["psql", "-h", "127.0.0.1", "-U", "postgres", "-tAc", "SHOW server_version"]
        )
    return "SQLite"


def measure(args: argparse.Namespace) -> tuple[dict, list[dict]]:
    repo = Path(args.repo).resolve()
    ensure_lighthouse()
    work = Path(tempfile.mkdtemp(prefix="rebound-lighthouse-"))
    server = Server(repo, args.database, work, args.port or free_port(), Path(args.python))
    try:
        facts = server.prepare()
        database = _database_name(server)
        database = database if database == "SQLite" else f"PostgreSQL {database}"
        server.start()
        session = login(server.base, DEMO_USER, DEMO_PASSWORD)
        cookie = f"sessionid={session}"
        load_before = Path("/proc/loadavg").read_text().split()[:3]
        rows, reports = [], {}
        for key, label, path in PAGES:
            if args.pages and key not in args.pages:
                continue
            path = path.format(rejection=facts["rejection"])
            page_cookie = None if key in PUBLIC_PAGES else cookie
            status, location, _ = get(server.base, path, None if key in PUBLIC_PAGES else session)
            if status != 200:
                raise SystemExit(f"{path} answered {status} {location} before Lighthouse ran")
            runs, failures = [], []
            # Lighthouse now and then fails to record a trace (NO_NAVSTART and the like):
            # such a run is repeated, up to RETRIES times per page.
            while len(runs) < args.runs:
                attempt = len(runs) + len(failures)
                print(f"lighthouse {path} ({len(runs) + 1}/{args.runs}) ...", flush=True)
                out = work / f"{key}-{attempt}.json"
                try:
                    runs.append(run_lighthouse(server.base + path, out, page_cookie, args.timeout))
                except RuntimeError as error:
                    failures.append(str(error))
                    print(f"  {error}; trying again", flush=True)
                    if len(failures) > RETRIES:
                        raise
            lhr = median_run(runs)
            reports[key] = lhr
            rows.append({**summarise(key, label, path, lhr), "failed_runs": failures})
        load_after = Path("/proc/loadavg").read_text().split()[:3]
    finally:
        server.stop()
        shutil.rmtree(work, ignore_errors=True)
    commit = _version(["git", "-C", str(repo), "rev-parse", "--short", "HEAD"])
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        "unknown CPU",
    )
    first = next(iter(reports.values()), {})
    meta = {
        "date": datetime.date.today().isoformat(),
        "label": args.label,
        "commit": commit,
        "repo": str(repo),
        "lighthouse": first.get("lighthouseVersion", "?"),
        "chromium": _version([CHROMIUM, "--version"]),
        "user_agent": first.get("environment", {}).get("hostUserAgent", ""),
        "database": database,
        "machine": f"{os.cpu_count()} CPUs ({cpu})",
        "runs": args.runs,
        "rejection": facts["rejection"],
        "deploy_warnings": facts["deploy_warnings"],
        "load_average": {"before": " ".join(load_before), "after": " ".join(load_after)},
    }
    return meta, rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repo", default=str(ROOT), help="checkout to serve (default: this)")
    parser.add_argument("--database", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--python", default=sys.executable, help="its venv's python")
    parser.add_argument("--port", type=int, default=0, help="gunicorn's port (default: free)")
    parser.add_argument("--runs", type=int, default=1, help="Lighthouse runs per page")
    parser.add_argument("--timeout", type=float, default=180, help="seconds per run")
    parser.add_argument("--label", default="", help="added to the result file names")
    parser.add_argument("--pages", nargs="*", choices=[key for key, _, _ in PAGES])
    parser.add_argument("--out-dir", default=str(ROOT / "bench" / "results"))
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    meta, rows = measure(args)
    text = markdown(meta, rows)
    print()
    print(text)
    out_dir = Path(args.out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = f"lighthouse-{meta['date']}" + (f"-{args.label}" if args.label else "")
    (out_dir / f"{stem}.json").write_text(
        json.dumps({"meta": meta, "pages": rows}, indent=2, ensure_ascii=False) + "\n"
    )
    (out_dir / f"{stem}.md").write_text(text)
    print(f"written: {out_dir / stem}.json and .md")
    return 1 if any(row["misses"] for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
