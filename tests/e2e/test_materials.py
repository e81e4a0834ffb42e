"""Materials in a real browser: the bookmarklet on job pages shaped like real boards', a
document uploaded and noted as sent, the fit, and screenshots of the pages.

The job pages are written here and served by Playwright at https://jobs.example (routed,
never fetched from the network): JSON-LD with nested objects and HTML in the description,
several postings on one page, microdata only, and a page with no posting at all where the
selection is what is kept. The bookmarklet is the help page's own code, run on them.
"""

import json
import re
from urllib.parse import unquote

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from materials.models import DocumentVersion, PostingSnapshot, SentDocument
from tests.e2e.browser import Visitor
from tests.e2e.test_design import (
    PASSWORD,
    browsing,
    looking,
)
from tests.factories import ApplicationFactory, ReflectionFactory, RejectionFactory
from tests.materials import builders
from tracker.models import Application

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

JOB_SITE = "https://jobs.example"

NESTED = {
    "@context": "https://schema.org/",
    "@type": "JobPosting",
    "title": "Senior Data Engineer",
    "datePosted": "2026-11-20",
    "validThrough": "2027-01-15T23:59",
    "employmentType": ["FULL_TIME"],
    "hiringOrganization": {
        "@type": "Organization",
        "name": "Lumen Analytics",
        "sameAs": "https://lumen.example",
    },
    "jobLocation": {
        "@type": "Place",
        "address": {
            "@type": "PostalAddress",
            "addressLocality": "Rotterdam",
            "addressCountry": {"@type": "Country", "name": "NL"},
        },
    },
    "jobLocationType": "TELECOMMUTE",
    "baseSalary": {
        "@type": "MonetaryAmount",
        "currency": "EUR",
        "value": {"@type": "QuantitativeValue", "minValue": 70000, "maxValue": 85000,
                  "unitText": "YEAR"},
    },
    "description": "<h2>About the role</h2><p>Build pipelines with <strong>Python</strong>, "
                   "SQL, Airflow and dbt on Snowflake.</p><ul><li>Kubernetes</li>"
                   "<li>Terraform</li></ul><img src=x onerror=\"document.title='pwned'\">"
                   "<script>document.title='pwned'</script>",
}  # fmt: skip


def _ld(data) -> str:
    # As job boards print it: "</" escaped so the description cannot end the script.
    return json.dumps(data).replace("</", "<\\/")


PAGES = {
    "/nested": f"""<!doctype html><html><head><title>Senior Data Engineer | Lumen</title>
      <script type="application/ld+json">{_ld({"@type": "WebSite", "name": "Jobs"})}</script>
      <script type="application/ld+json">{{"broken": </script>
      <script type="application/ld+json">{_ld(NESTED)}</script></head>
      <body><h1>Senior Data Engineer</h1><p>Apply now.</p></body></html>""",
    "/several": f"""<!doctype html><html><head><title>Two jobs</title>
      <script type="application/ld+json">{
        _ld(
            {
                "@context": "https://schema.org",
                "@graph": [
                    {**NESTED, "title": "Analytics Engineer"},
                    {
                        **NESTED,
                        "title": "Platform Engineer",
                        "hiringOrganization": {"@type": "Organization", "name": "Fjord Systems"},
                    },
                ],
            }
        )
    }</script></head><body><h1>Jobs</h1></body></html>""",
    "/microdata": """<!doctype html><html><head><title>Backend Developer</title></head><body>
      <article itemscope itemtype="https://schema.org/JobPosting">
        <h1 itemprop="title">Backend Developer</h1>
        <p itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization">
          <span itemprop="name">Kestrel Health</span></p>
        <meta itemprop="datePosted" content="2026-11-01">
        <div itemprop="description"><p>Django and PostgreSQL.</p></div>
      </article></body></html>""",
    "/plain": """<!doctype html><html><head><title>Careers – Orchard Robotics</title></head>
      <body><nav>Menu</nav><main><p id="posting">We look for a Go developer who knows
      Kubernetes and gRPC.</p></main></body></html>""",
}


@pytest.fixture
def job_seeker():
    return get_user_model().objects.create_user("ines", email="ines@example.com", password=PASSWORD)


def bookmarklet_code(visitor: Visitor) -> str:
    visitor.open("/help/", lands_on=r"/help/")
    href = visitor.page.locator("#bookmarklet-code").input_value()
    assert href.startswith("javascript:")
    return unquote(href.removeprefix("javascript:"))


def open_with_bookmarklet(visitor: Visitor, code: str, path: str, *, select: str = ""):
    """Open the job page in a new tab, run the bookmarklet there; returns the tab it opens."""
    page = visitor.page
    job = page.context.new_page()
    job.route(
        f"{JOB_SITE}/**",
        lambda route: route.fulfill(
            status=200, content_type="text/html; charset=utf-8",
            body=PAGES[route.request.url.removeprefix(JOB_SITE)],
        ),
    )  # fmt: skip
    # Requests to the job site are the point of this test, not a leak of Rebound's pages.
    visitor.foreign_requests.clear()
    job.goto(f"{JOB_SITE}{path}")
    if select:
        job.evaluate(
            "id => { const r = document.createRange();"
            " r.selectNodeContents(document.getElementById(id));"
            " getSelection().removeAllRanges(); getSelection().addRange(r); }",
            select,
        )
    with page.context.expect_page() as opened:
        job.evaluate(code)
    visitor.foreign_requests.clear()
    job.close()
    return opened.value


def run_bookmarklet_on(visitor: Visitor, path: str, *, select: str = "") -> Visitor:
    """Run the bookmarklet on the job page and follow the tab it opens; returns a visitor
    for that tab."""
    tab = open_with_bookmarklet(visitor, bookmarklet_code(visitor), path, select=select)
    tab_visitor = Visitor(tab, origin=visitor.origin)
    tab.wait_for_url(re.compile(r".*/materials/capture/$"))
    # The new-application form only passes the posting on (its script submits it at once);
    # it is audited on its own in the screenshots test.
    tab_visitor.audited.update(tab_visitor.navigated[:-1])
    tab_visitor.audit()
    return tab_visitor


def test_the_bookmarklet_keeps_a_json_ld_posting_with_the_new_application(
    browser, live_server, job_seeker
):
    with browsing(browser, live_server, "bookmarklet-nested") as visitor:
        tab = run_bookmarklet_on(visitor, "/nested")
        page = tab.page
        with tab.step("review"):
            expect(page.get_by_label("Position title")).to_have_value("Senior Data Engineer")
            expect(page.get_by_label("Company")).to_have_value("Lumen Analytics")
            expect(page.get_by_label("Location")).to_have_value("Rotterdam, NL")
            expect(page.get_by_label("Posting URL")).to_have_value(f"{JOB_SITE}/nested")
            preview = page.locator(".posting-text")
            expect(preview.locator("strong")).to_have_text("Python")
            expect(preview.locator("li")).to_have_count(2)
            expect(preview.locator("img, script")).to_have_count(0)
            expect(
                page.get_by_text("One block of JSON-LD on the page was not valid JSON")
            ).to_be_visible()
        with tab.step("save"):
            tab.click_to(
                page.get_by_role("button", name="Save with the posting"),
                lands_on=r"/applications/\d+/",
            )
            expect(page.get_by_role("heading", name="The posting")).to_be_visible()
            expect(page.get_by_text("70,000–85,000 EUR per year")).to_be_visible()
            assert page.title() != "pwned"
        tab.assert_nothing_unchecked()
    snapshot = PostingSnapshot.objects.get()
    assert snapshot.application.position_title == "Senior Data Engineer"
    assert snapshot.remote == "Remote"
    assert "onerror" not in snapshot.description and "script" not in snapshot.description


def test_the_bookmarklet_offers_the_choice_when_a_page_has_several_postings(
    browser, live_server, job_seeker
):
    with browsing(browser, live_server, "bookmarklet-several") as visitor:
        tab = run_bookmarklet_on(visitor, "/several")
        page = tab.page
        with tab.step("choose"):
            expect(page.get_by_label("Position title")).to_have_value("Analytics Engineer")
            tab.click_to(
                page.get_by_role("button", name=re.compile("Platform Engineer")),
                lands_on=r"/materials/capture/",
            )
            expect(page.get_by_label("Position title")).to_have_value("Platform Engineer")
            expect(page.get_by_label("Company")).to_have_value("Fjord Systems")
        with tab.step("save"):
            tab.click_to(
                page.get_by_role("button", name="Save with the posting"),
                lands_on=r"/applications/\d+/",
            )
        tab.assert_nothing_unchecked()
    assert Application.objects.get().company.name == "Fjord Systems"


def test_the_bookmarklet_reads_microdata(browser, live_server, job_seeker):
    with browsing(browser, live_server, "bookmarklet-microdata") as visitor:
        tab = run_bookmarklet_on(visitor, "/microdata")
        with tab.step("review"):
            expect(tab.page.get_by_label("Position title")).to_have_value("Backend Developer")
            expect(tab.page.get_by_label("Company")).to_have_value("Kestrel Health")
            expect(tab.page.locator(".posting-text")).to_have_text("Django and PostgreSQL.")
        tab.assert_nothing_unchecked()


def test_without_a_posting_the_bookmarklet_keeps_the_title_address_and_selection(
    browser, live_server, job_seeker
):
    with browsing(browser, live_server, "bookmarklet-plain") as visitor:
        tab = run_bookmarklet_on(visitor, "/plain", select="posting")
        page = tab.page
        with tab.step("review"):
            expect(page.get_by_label("Position title")).to_have_value("Careers – Orchard Robotics")
            expect(page.get_by_text("Read from")).to_be_visible()
            expect(page.locator(".posting-text")).to_contain_text("Go developer who knows")
        tab.assert_nothing_unchecked()


def test_a_cv_is_uploaded_sent_and_checked_against_the_posting(
    browser, live_server, job_seeker, tmp_path, settings
):
    settings.MEDIA_ROOT = tmp_path / "media"
    application = ApplicationFactory(owner=job_seeker, position_title="Senior Data Engineer")
    PostingSnapshot.objects.create(
        application=application,
        title="Senior Data Engineer",
        description="<p>Python, SQL, Airflow, dbt, Snowflake, Kubernetes, Terraform.</p>",
        description_text="Python, SQL, Airflow, dbt, Snowflake, Kubernetes, Terraform.",
    )
    cv = tmp_path / "Inés CV.pdf"
    cv.write_bytes(builders.pdf(["Inés Duarte", "Python and SQL since 2018", "Airflow, dbt"]))
    with browsing(browser, live_server, "documents") as visitor:
        page = visitor.page
        with visitor.step("upload"):
            visitor.open("/materials/new/", lands_on=r"/materials/new/")
            page.get_by_label("Title").fill("CV — data engineering")
            page.get_by_label("File").set_input_files(cv)
            page.get_by_label("Label").fill("two pages")
            visitor.click_to(page.get_by_role("button", name="Upload"), lands_on=r"/materials/\d+/")
            expect(page.get_by_text("Inés CV.pdf")).to_be_visible()
        with visitor.step("send"):
            visitor.open(application.get_absolute_url(), lands_on=r"/applications/\d+/")
            page.get_by_label("Note a document as sent").select_option(
                label="CV — data engineering, v1 (two pages)"
            )
            visitor.click_to(
                page.get_by_role("button", name="Note as sent"), lands_on=r"/applications/\d+/"
            )
            expect(page.locator("#fit")).to_contain_text("57%")
        with visitor.step("fit"):
            visitor.click_to(
                page.get_by_role("link", name="See the whole check"),
                lands_on=r"/applications/\d+/fit/",
            )
            expect(page.get_by_role("heading", name="Not in it (3)")).to_be_visible()
        with visitor.step("download"):
            visitor.open("/materials/", lands_on=r"/materials/")
            visitor.click_to(
                page.get_by_role("link", name="CV — data engineering"), lands_on=r"/materials/\d+/"
            )
            with page.expect_download() as download:
                page.get_by_role("link", name="Download v1").click()
            assert download.value.suggested_filename == "Inés CV.pdf"
    version = DocumentVersion.objects.get()
    assert SentDocument.objects.get().version == version
    assert "Python and SQL" in version.text


@pytest.fixture
def materials_account(job_seeker, settings, tmp_path):
    """Documents, a posting, a sent CV and a rejection with a reflection, for the pictures."""
    settings.MEDIA_ROOT = tmp_path / "media"
    from django.core.files.uploadedfile import SimpleUploadedFile

    from materials import files, services

    def add(title, kind, data, name, **extra):
        upload = SimpleUploadedFile(name, data)
        return services.add_version(
            owner=job_seeker, upload=upload, checked=files.detect(upload, name),
            title=title, kind=kind, **extra,
        )  # fmt: skip

    cv = add("CV — data engineering", "cv", builders.pdf(["Python, SQL, Airflow, dbt"]), "cv.pdf",
             label="two pages", note="Leads with the pipeline work.")  # fmt: skip
    services.add_version(
        owner=job_seeker, document=cv.document, checked=files.detect(
            SimpleUploadedFile("cv.md", b"# CV\nPython, SQL, Kubernetes"), "cv.md"),
        upload=SimpleUploadedFile("cv.md", b"# CV\nPython, SQL, Kubernetes"),
    )  # fmt: skip
    add("Cover letter — Lumen", "cover_letter", b"Dear Lumen team, ...", "letter.txt")
    rejection = RejectionFactory(
        application__owner=job_seeker,
        application__position_title="Senior Data Engineer",
        application__company__name="Lumen Analytics",
    )
    application = rejection.application
    from materials.posting import read

    found = read(_ld(NESTED)).postings[0]
    PostingSnapshot.objects.create(application=application, **found.snapshot_fields())
    SentDocument.objects.create(application=application, version=cv)
    ReflectionFactory(rejection=rejection)
    return {"application": application, "rejection": rejection, "document": cv.document}


def test_the_materials_pages_in_light_and_dark_on_desktop_and_phone(
    browser, live_server, materials_account
):
    application = materials_account["application"]
    pages = {
        "documents": "/materials/",
        "document": materials_account["document"].get_absolute_url(),
        "application-materials": application.get_absolute_url(),
        "fit": f"/applications/{application.pk}/fit/",
        "workspace-materials": materials_account["rejection"].get_absolute_url(),
        "new-application": "/applications/new/",
    }
    with looking(browser, live_server, "materials") as looks:
        for name, path in pages.items():
            looks.look_at(name, path)


def test_a_posting_captured_while_signed_out_is_there_after_signing_in(
    browser, live_server, job_seeker
):
    """The bookmarklet used after the session ended: the sign-in page keeps the posting
    (the browser carries the address's fragment through the redirect to sign in; the page
    keeps it in the tab's session storage), and signing in lands on the review with it."""
    with browsing(browser, live_server, "bookmarklet-signed-out") as visitor:
        code = bookmarklet_code(visitor)
        visitor.page.context.clear_cookies()
        tab = Visitor(open_with_bookmarklet(visitor, code, "/nested"), origin=visitor.origin)
        with tab.step("sign in"):
            tab.page.wait_for_url(re.compile(r".*/accounts/login/\?next=.*"))
            tab.audit()
            tab.page.get_by_label("Username").fill("ines")
            tab.page.get_by_label("Password").fill(PASSWORD)
            tab.page.get_by_role("button", name="Sign in").click()
        with tab.step("review"):
            expect(tab.page.get_by_label("Position title")).to_have_value("Senior Data Engineer")
            expect(tab.page.get_by_label("Company")).to_have_value("Lumen Analytics")
            tab.audited.update(tab.navigated[:-1])
            tab.audit()
