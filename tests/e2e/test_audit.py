"""The page audit itself: a journey that passes must mean the checks really ran.

A page made on the spot (no server, no database) breaks each rule once; the audit must
report all three problems.
"""

import pytest

from tests.e2e.browser import Visitor

pytestmark = pytest.mark.e2e

BROKEN_PAGE = """<!doctype html>
<html lang="en"><head><title>Broken on purpose</title></head>
<body><main><h1>Broken on purpose</h1>
<img src="https://cdn.example.invalid/logo.png">
<script>console.error("boom from the page")</script>
</main></body></html>"""


def test_the_audit_reports_console_errors_foreign_requests_and_accessibility_barriers(
    browser,
) -> None:
    context = browser.new_context()
    try:
        page = context.new_page()
        # Nothing leaves the machine: the foreign request is seen, then refused.
        page.route("https://cdn.example.invalid/**", lambda route: route.abort())
        visitor = Visitor(page, origin="http://127.0.0.1:8000")
        with visitor.step("broken-page"):
            page.set_content(BROKEN_PAGE)
            with pytest.raises(AssertionError) as failure:
                visitor.audit()
        report = str(failure.value)
        assert "[broken-page]" in report
        assert "Console errors:" in report and "boom from the page" in report
        assert "Requests to other origins:" in report
        assert "https://cdn.example.invalid/logo.png" in report
        assert "image-alt (critical)" in report
    finally:
        context.close()
