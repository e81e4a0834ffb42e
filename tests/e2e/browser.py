"""A person in the browser: clicks through Rebound and audits every page it lands on.

Each page is checked for three things: no console error (CSP violations, failed loads and
uncaught exceptions all land there), no request to another origin (everything is served by
the app itself, no CDN), and no serious or critical accessibility violation reported by
axe-core (bundled by ``axe-playwright-python``, injected into the page; nothing is fetched).

axe-core's findings depend only on what the browser shows: the document, the style sheets,
the window's size and the colour scheme. The journeys land on the same page in the same
state many times (the sign-in page in every test, a list after each post), so a test
process keeps axe's findings per snapshot of those and asks axe once per snapshot; about
half of the browser tests' time was axe running on pages it had already checked.

axe's 570 kB script is handed to the browser once per context (an init script, run in each
new document before the page's own code; the page's Content-Security-Policy does not apply
to it) rather than sent over again before every check, which cost 0.1 s a page.
"""

import hashlib
import os
import re
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

from axe_playwright_python.base import AXE_SCRIPT
from playwright.sync_api import ConsoleMessage, Frame, Locator, Page, Request

#: axe-core impacts that fail the journey; "minor" and "moderate" findings are reported by
#: axe too, but are advice rather than barriers.
BLOCKING_IMPACTS = frozenset({"serious", "critical"})

#: Accessibility findings accepted for now: (axe rule id, regex for the URL path, regex for
#: the offending element's HTML) -> why, and where the fix belongs. Every entry is a real
#: barrier for someone: keep this empty, and add an entry only with its reason while the
#: fix is on its way. Other elements, rules and pages still fail.
KNOWN_A11Y_ISSUES: dict[tuple[str, str, str], str] = {}

#: Where ``keep_screenshot`` saves its pictures (not committed).
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"

#: Requests that never leave the browser.
LOCAL_SCHEMES = ("data:", "blob:", "about:")


def _origin(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme, parts.netloc


def _matches(pattern: str, url: str) -> bool:
    parts = urlsplit(url)
    where = f"{parts.path}?{parts.query}" if parts.query else parts.path
    return re.fullmatch(pattern, where) is not None


def _without_fragment(url: str) -> str:
    return url.split("#", 1)[0]


#: axe's violations per page snapshot (``_snapshot``), for this test process.
_FINDINGS: dict[str, list[dict]] = {}

#: What axe's findings depend on, read in the page: the window, the colour scheme and the
#: document (frames have their own documents, so a page with one is always checked).
_SNAPSHOT_SCRIPT = """() => [
    innerWidth, innerHeight, devicePixelRatio,
    matchMedia("(prefers-color-scheme: dark)").matches,
    matchMedia("(prefers-reduced-motion: reduce)").matches,
    document.querySelector("iframe, frame, object, embed") !== null,
    document.documentElement.outerHTML,
]"""

#: The browser contexts that already load axe in each new document (``Visitor``).
_CONTEXTS_WITH_AXE: weakref.WeakSet = weakref.WeakSet()
_AXE_LOADED = "() => typeof window.axe === 'object'"
#: As ``axe_playwright_python.Axe.run`` asks, only the violations are reported in full, and
#: only from the rules that can fail the audit. axe gives each rule one impact, which every
#: finding of the rule takes (rules without one are run); a rule whose impact is "minor" or
#: "moderate" can never report a blocking violation, so it is not run: a third of axe's rules,
#: and of its time on a page. The rule list is axe's own, read in the page, so a rule a newer
#: axe adds is run unless its impact says it cannot fail the audit.
_AXE_RUN = """blocking => {
    const advisory = axe._audit.rules.filter(
        rule => rule.impact && !blocking.includes(rule.impact)
    );
    const rules = Object.fromEntries(advisory.map(rule => [rule.id, {enabled: false}]));
    return axe.run({resultTypes: ["violations"], rules}).then(results => results.violations);
}"""

#: Per answer, not per look: the form's CSRF token and a script's nonce change on every
#: load and are invisible to axe.
_PER_ANSWER = re.compile(r'(?<=name="csrfmiddlewaretoken" value=")[^"]*|\snonce="[^"]*"')


def _snapshot(page: Page) -> str | None:
    """A key for what axe would see on the page, or None when it cannot be told."""
    *window, has_frames, html = page.evaluate(_SNAPSHOT_SCRIPT)
    if has_frames:
        return None
    html = _PER_ANSWER.sub("", html)
    return hashlib.sha256(f"{window}\n{html}".encode()).hexdigest()


class Visitor:
    def __init__(self, page: Page, *, origin: str) -> None:
        self.page = page
        self.origin = origin
        # Once per context: a second visitor (a tab the journey opens) shares the first's.
        if page.context not in _CONTEXTS_WITH_AXE:
            page.context.add_init_script(AXE_SCRIPT)
            _CONTEXTS_WITH_AXE.add(page.context)
        self.current_step = "start"
        self.console_errors: list[str] = []
        self.foreign_requests: list[str] = []
        self.navigated: list[str] = []
        self.audited: set[str] = set()
        self.known_issues_seen: set[tuple[str, str, str]] = set()
        page.on("console", self._on_console)
        page.on("pageerror", self._on_page_error)
        page.on("framenavigated", self._on_navigated)
        # On the context, so requests from any frame or worker are seen too.
        page.context.on("request", self._on_request)

    # --- What the page does while we look ---------------------------------------------

    def _on_console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            where = message.location.get("url") or self.page.url
            self.console_errors.append(f"[{self.current_step}] {where}: {message.text}")

    def _on_page_error(self, error: Exception) -> None:
        self.console_errors.append(f"[{self.current_step}] {self.page.url}: uncaught {error}")

    def _on_request(self, request: Request) -> None:
        url = request.url
        if url.startswith(LOCAL_SCHEMES) or _origin(url) == _origin(self.origin):
            return
        self.foreign_requests.append(
            f"[{self.current_step}] {request.resource_type} {url} (page {self.page.url})"
        )

    def _on_navigated(self, frame: Frame) -> None:
        if frame == self.page.main_frame and not frame.url.startswith(LOCAL_SCHEMES):
            self.navigated.append(_without_fragment(frame.url))

    # --- Moving around --------------------------------------------------------------------

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        """Name the part of the journey under way (used in messages and screenshot names)."""
        self.current_step = name
        yield

    def open(self, path: str, lands_on: str) -> None:
        """Type an address, as on the first visit, and audit the page it lands on."""
        self.page.goto(path)
        self._check_landed(lands_on)
        self.audit()

    def click_to(self, target: Locator, lands_on: str) -> None:
        """Click a link or a submit button, wait for the new page, and audit it.

        ``lands_on`` is a regex that must match the whole path (and query string) reached,
        after any redirect: waiting for a *new* navigation means a form that re-renders
        itself with errors fails here instead of being mistaken for the next page.
        """
        with self.page.expect_navigation(url=lambda url: _matches(lands_on, url)):
            target.click()
        self.audit()

    def _check_landed(self, lands_on: str) -> None:
        url = self.page.url
        assert _matches(lands_on, url), f"Expected to land on {lands_on!r}, got {url}"

    # --- Checks ---------------------------------------------------------------------------

    def audit(self) -> None:
        """Fail on console errors, foreign requests and blocking a11y issues on this page."""
        page = self.page
        page.wait_for_load_state("load")
        url = page.url
        violations = self._violations()
        path = urlsplit(url).path
        blocking = [
            {**violation, "nodes": nodes}
            for violation in violations
            if violation["impact"] in BLOCKING_IMPACTS
            and (nodes := self._unknown_nodes(violation, path))
        ]
        problems = []
        if self.console_errors:
            problems.append("Console errors:\n" + "\n".join(self.console_errors))
        if self.foreign_requests:
            problems.append("Requests to other origins:\n" + "\n".join(self.foreign_requests))
        if blocking:
            problems.append(
                f"Accessibility violations on {url}:\n"
                + "\n".join(_describe(violation) for violation in blocking)
            )
        assert not problems, f"[{self.current_step}] " + "\n\n".join(problems)
        self.audited.add(_without_fragment(url))

    def _violations(self) -> list[dict]:
        """axe-core's violations on the page as it is, from axe or from an earlier look at
        the very same page."""
        key = _snapshot(self.page)
        if key is None:
            return self._run_axe()
        if key not in _FINDINGS:
            _FINDINGS[key] = self._run_axe()
        return _FINDINGS[key]

    def _run_axe(self) -> list[dict]:
        """axe's violations, from the copy the init script put in the page; a document that
        did not come from a navigation (``set_content``, a page opened before this visitor)
        gets axe the slow way."""
        if not self.page.evaluate(_AXE_LOADED):
            self.page.evaluate(AXE_SCRIPT)
        return self.page.evaluate(_AXE_RUN, sorted(BLOCKING_IMPACTS))

    def _unknown_nodes(self, violation: dict, path: str) -> list[dict]:
        """The violation's elements that are not listed in ``KNOWN_A11Y_ISSUES``."""
        known = [
            key
            for key in KNOWN_A11Y_ISSUES
            if key[0] == violation["id"] and re.search(key[1], path)
        ]
        unknown = []
        for node in violation["nodes"]:
            matched = [key for key in known if re.search(key[2], node["html"])]
            self.known_issues_seen.update(matched)
            if not matched:
                unknown.append(node)
        return unknown

    def known_issues_not_seen(self) -> list[str]:
        """Known issues that did not show up: fixed, so their entry should go."""
        return [" / ".join(key) for key in KNOWN_A11Y_ISSUES if key not in self.known_issues_seen]

    def assert_nothing_unchecked(self) -> None:
        """At the end: every page was audited, and nothing went wrong after the last audit."""
        missing = sorted(set(self.navigated) - self.audited)
        assert not missing, "Pages visited but never audited:\n" + "\n".join(missing)
        assert not self.console_errors, "Console errors:\n" + "\n".join(self.console_errors)
        assert not self.foreign_requests, "Requests to other origins:\n" + "\n".join(
            self.foreign_requests
        )


def _describe(violation: dict) -> str:
    nodes = "\n".join(
        f"    {', '.join(map(str, node['target']))}: {node['html'][:200]}\n"
        f"      {' '.join(node.get('failureSummary', '').split())}"
        for node in violation["nodes"]
    )
    return (
        f"  {violation['id']} ({violation['impact']}): {violation['help']} "
        f"<{violation['helpUrl']}>\n{nodes}"
    )


def env_flag(name: str) -> bool:
    """Whether the environment variable ``name`` is switched on (1, true, yes or on)."""
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


def keep_screenshot(page: Page, name: str) -> None:
    """Save a full-page picture of the page, to look at, when the run was started with
    ``SCREENSHOTS=1`` (``SCREENSHOTS=1 make e2e``): about 140 pictures, 17 MB, 0.1 s each,
    which a normal run of the suite does not spend on pictures nobody opens."""
    if not env_flag("SCREENSHOTS"):
        return
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=True)
