"""Real-browser tests: Playwright drives Debian's Chromium against pytest-django's live server.

Chromium is the system's, never a downloaded browser: Debian's headless shell
(``/usr/bin/chromium-headless-shell``) when it is installed, else Debian's full browser
(``/usr/bin/chromium``), or the one at ``CHROMIUM_PATH``. Without it the tests are skipped
and the run says so loudly; with ``REQUIRE_BROWSER=1`` (set by ``.ci/run``) a missing
browser is an error instead.

On failure the page is saved (full-page screenshot and HTML) under ``test-artifacts/e2e/``,
named after the test and the step it was in.
"""

import os
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.browser import Visitor, env_flag

#: Debian's builds of Chromium, the first one installed is used. The headless shell (package
#: chromium-headless-shell) is the same Chromium build without the browser's windowing
#: layers, the "old headless" mode Playwright itself runs headless tests in: the same Blink
#: and V8, so the same pages, audits and screenshots (34 of 36 of test_design's were
#: byte-identical, the other two differed by the clock in an interview's time), in half the
#: browser's CPU time (test_design.py: 7.2 -> 3.3 s in the browser processes).
CHROMIUM_BUILDS = ("/usr/bin/chromium-headless-shell", "/usr/bin/chromium")


def _chromium_path() -> str:
    if os.environ.get("CHROMIUM_PATH"):
        return os.environ["CHROMIUM_PATH"]
    installed = [path for path in CHROMIUM_BUILDS if os.access(path, os.X_OK)]
    return (installed or CHROMIUM_BUILDS)[0]


CHROMIUM_PATH = _chromium_path()
SKIP_REASON = (
    f"Chromium not found at {CHROMIUM_PATH}: browser tests skipped "
    "(install Debian's chromium-headless-shell or chromium)"
)
ARTIFACTS_DIR = Path(__file__).resolve().parents[2] / "test-artifacts" / "e2e"
RUN_STARTED = time.time()
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def chromium_available() -> bool:
    return os.path.isfile(CHROMIUM_PATH) and os.access(CHROMIUM_PATH, os.X_OK)


def browser_required() -> bool:
    return env_flag("REQUIRE_BROWSER")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    browser_tests = [item for item in items if item.path.is_relative_to(here)]
    for item in browser_tests:
        # Every test in this folder is a browser test, marked or not, so `-m e2e` finds it.
        if not item.get_closest_marker("e2e"):
            item.add_marker(pytest.mark.e2e)
    # With REQUIRE_BROWSER the tests are left to run, and the `browser` fixture fails them.
    if chromium_available() or browser_required():
        return
    skip = pytest.mark.skip(reason=SKIP_REASON)
    for item in browser_tests:
        item.add_marker(skip)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    # Keep each phase's report on the item, so fixtures know in teardown whether it failed.
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    reports = [
        report
        for outcome in ("passed", "failed", "error", "skipped")
        for report in terminalreporter.stats.get(outcome, [])
        if getattr(report, "keywords", {}).get("e2e")
    ]
    if not reports:
        return
    skipped = [report for report in reports if report.skipped]
    failed = [report for report in reports if report.failed]
    if any(SKIP_REASON in str(report.longrepr) for report in skipped):
        terminalreporter.write_sep(
            "!", f"browser tests skipped: {len(skipped)}", red=True, bold=True
        )
        terminalreporter.write_line(SKIP_REASON, red=True, bold=True)
        terminalreporter.write_line(
            "Install it with `apt-get install chromium-headless-shell` (or `chromium`, or point "
            "CHROMIUM_PATH at one) to run them; never `playwright install`.",
            red=True,
        )
    # Only this run's pictures: the folder is kept between runs (`.ci/run` empties it).
    saved = sorted(path for path in ARTIFACTS_DIR.glob("*") if path.stat().st_mtime >= RUN_STARTED)
    if failed and saved:
        terminalreporter.write_sep("!", "browser tests failed", red=True, bold=True)
        terminalreporter.write_line(f"Screenshots and page HTML in {ARTIFACTS_DIR}:", red=True)
        for path in saved:
            terminalreporter.write_line(f"  {path.name}", red=True)


# Package scope, not session: while Playwright is open an event loop runs in this thread,
# and the tests that pytest-django orders after these must not run inside it.
@pytest.fixture(scope="package")
def browser(django_db_setup) -> Iterator:
    # The test database is set up first, before Playwright's event loop starts: with a loop
    # running, Django gives this thread another connection object, and the one the database
    # was created with is the one closed before it is dropped. Set up inside the loop (a
    # process whose first test is a browser test), the connection the later tests used
    # stayed open, and PostgreSQL refused to drop the database at the end.
    if not chromium_available():
        pytest.fail(
            f"Chromium not found at {CHROMIUM_PATH}, and REQUIRE_BROWSER is set: the browser "
            "tests must run here (install Debian's chromium-headless-shell or chromium).",
            pytrace=False,
        )
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop running in this thread, and Django refuses
    # ORM calls (the assertions, the database flush between tests) from a thread with a
    # running loop. Nothing here is shared with async code, so the check is lifted, and
    # only while the browser is open.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM_PATH, args=CHROMIUM_ARGS, headless=True
            )
            yield browser
            browser.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(autouse=True)
def _e2e_settings(settings) -> None:
    # The browser talks plain HTTP to the live server, whatever DEBUG says.
    settings.SESSION_COOKIE_SECURE = False
    settings.CSRF_COOKIE_SECURE = False


@pytest.fixture
def fresh_install(transactional_db) -> None:
    """The database as a fresh install has it, default letter templates included.

    Transactional tests empty every table when they finish; ``tests/conftest.py`` puts the
    rows the migrations add back (``_rows_the_migrations_add``), and this says so out loud.
    """
    from rejections.models import LetterTemplate

    assert LetterTemplate.objects.filter(is_default=True).exists(), "no default templates"


@pytest.fixture
def visitor(request: pytest.FixtureRequest, browser, live_server) -> Iterator[Visitor]:
    """A fresh browser context on the live server, audited page by page."""
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": 1400, "height": 1000}, locale="en-GB"
    )
    context.set_default_timeout(10_000)
    page = context.new_page()
    visitor = Visitor(page, origin=live_server.url)
    yield visitor
    call = getattr(request.node, "rep_call", None)
    try:
        if call is not None and call.failed:
            _save_artifacts(page, f"{request.node.name}--{visitor.current_step}")
        elif call is not None and call.passed:
            visitor.assert_nothing_unchecked()
    finally:
        context.close()


def _save_artifacts(page, name: str) -> None:
    ARTIFACTS_DIR.mkdir(parents=True, exist_ok=True)
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "-", name).strip("-")
    try:
        page.screenshot(path=ARTIFACTS_DIR / f"{stem}.png", full_page=True)
        (ARTIFACTS_DIR / f"{stem}.html").write_text(page.content(), encoding="utf-8")
    except Exception as exc:  # The test already failed; say why there is no picture.
        print(f"Could not save the failure screenshot {stem}: {exc}")
