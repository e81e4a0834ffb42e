"""Reading schema.org JobPostings from what the browser sends, and surviving hostile input."""

import datetime
import json
from decimal import Decimal

import pytest

from materials import posting

FULL = {
    "@context": "https://schema.org/",
    "@type": "JobPosting",
    "title": "Senior Product Designer",
    "hiringOrganization": {"@type": "Organization", "name": "Acme &amp; Co"},
    "jobLocation": [
        {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Berlin",
                                       "addressCountry": {"@type": "Country", "name": "DE"}}},
        {"@type": "Place", "address": {"addressLocality": "Lisbon", "addressCountry": "PT"}},
    ],
    "jobLocationType": "TELECOMMUTE",
    "applicantLocationRequirements": {"@type": "Country", "name": "EU"},
    "baseSalary": {"@type": "MonetaryAmount", "currency": "eur",
                   "value": {"@type": "QuantitativeValue", "minValue": "70,000",
                             "maxValue": 85000, "unitText": "YEAR"}},
    "employmentType": ["FULL_TIME", "CONTRACTOR"],
    "datePosted": "2026-11-02T09:00:00+01:00",
    "validThrough": "2026-12-31",
    "description": "<p>Design with <b>Figma</b>.</p><script>alert(1)</script>"
                   '<img src=x onerror="alert(2)"><a href="javascript:alert(3)">here</a>'
                   '<p style="color:red" onclick="x()">SQL</p>',
}  # fmt: skip


def test_a_full_job_posting_is_read():
    found = posting.read(json.dumps(FULL)).postings

    assert len(found) == 1
    job = found[0]
    assert job.title == "Senior Product Designer"
    assert job.organization == "Acme & Co"
    assert job.location == "Berlin, DE; Lisbon, PT"
    assert job.remote == "Remote (EU)"
    assert (job.salary_min, job.salary_max, job.salary_currency, job.salary_unit) == (
        Decimal("70000.00"),
        Decimal("85000.00"),
        "EUR",
        "year",
    )
    assert job.employment_type == "Full time, Contractor"
    assert job.date_posted == datetime.date(2026, 11, 2)
    assert job.valid_through == datetime.date(2026, 12, 31)
    assert job.source == "JSON-LD"


def test_the_description_keeps_only_harmless_tags_without_attributes():
    job = posting.read(json.dumps(FULL)).postings[0]

    assert job.description == "<p>Design with <b>Figma</b>.</p>here<p>SQL</p>"
    for bad in ("script", "alert", "onerror", "onclick", "style", "href", "img"):
        assert bad not in job.description
    assert job.description_text == "Design with Figma.\nhere\nSQL"


def test_html_escaped_inside_the_json_is_unescaped_once_then_cleaned():
    data = {**FULL, "description": "&lt;ul&gt;&lt;li&gt;Python&lt;/li&gt;&lt;/ul&gt;"
                                   "&lt;script&gt;x()&lt;/script&gt;"}  # fmt: skip

    assert posting.read(json.dumps(data)).postings[0].description == "<ul><li>Python</li></ul>"


def test_postings_are_found_in_a_graph_and_nested_arrays():
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "name": "Jobs"},
            {"@type": ["Thing", "JobPosting"], "title": "Data Engineer",
             "hiringOrganization": "Beta"},
            [{"@type": "schema:JobPosting", "name": "Analyst"}],
        ],
    }  # fmt: skip

    found = posting.read(json.dumps(graph)).postings

    assert [(p.title, p.organization) for p in found] == [
        ("Data Engineer", "Beta"),
        ("Analyst", ""),
    ]


def test_json_ld_is_read_from_a_pasted_page_with_several_scripts():
    page = f"""<html><head><title>Jobs at Acme</title>
    <script type="application/ld+json">{{ not json</script>
    <script type='application/ld+json'>{json.dumps({"@type": "Organization"})}</script>
    <script type="application/ld+json">{json.dumps(FULL).replace("</", "<\\/")}</script>
    </head><body>…</body></html>"""

    capture = posting.read(page)

    assert [p.title for p in capture.postings] == ["Senior Product Designer"]
    assert capture.notes == ["One block of JSON-LD on the page was not valid JSON and was skipped."]


def test_microdata_is_read_where_there_is_no_json_ld():
    page = """<div itemscope itemtype="https://schema.org/JobPosting">
      <h1 itemprop="title">Backend Developer</h1>
      <div itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization">
        <span itemprop="name">Gamma GmbH</span></div>
      <meta itemprop="datePosted" content="2026-10-01">
      <div itemprop="jobLocation" itemscope itemtype="https://schema.org/Place">
        <div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
          <span itemprop="addressLocality">Hamburg</span></div></div>
      <div itemprop="description"><p>Go and <b>PostgreSQL</b></p><script>bad()</script></div>
    </div>"""

    job = posting.read(page).postings[0]

    assert (job.title, job.organization, job.location, job.source) == (
        "Backend Developer",
        "Gamma GmbH",
        "Hamburg",
        "microdata",
    )
    assert job.date_posted == datetime.date(2026, 10, 1)
    assert "Go and PostgreSQL" in job.description_text
    assert "bad" not in job.description


def test_the_bookmarklet_message_falls_back_to_title_address_and_selection():
    message = json.dumps(
        {
            "rebound": 1,
            "title": "Job page",
            "url": "https://jobs.example/1",
            "jsonld": [],
            "microdata": [],
            "selection": "We need SQL.\n\n<script>alert(1)</script> and Excel",
        }
    )

    job = posting.read(message).postings[0]

    assert (job.title, job.url, job.source) == (
        "Job page",
        "https://jobs.example/1",
        "selected text",
    )
    assert (
        job.description
        == "<p>We need SQL.</p><p>&lt;script&gt;alert(1)&lt;/script&gt; and Excel</p>"
    )


def test_plain_pasted_text_becomes_the_description():
    job = posting.read("Python developer\nRemote", page_title="Dev job").postings[0]

    assert job.title == "Dev job"
    assert job.description_text == "Python developer\nRemote"


def test_a_javascript_address_is_not_kept():
    message = json.dumps({"rebound": 1, "title": "x", "url": "javascript:alert(1)"})
    data = {**FULL, "url": "javascript:alert(1)"}

    assert posting.read(message).postings[0].url == ""
    assert posting.read(json.dumps(data)).postings[0].url == ""


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"@type": "JobPosting", "title": ' + "[" * 5000 + "]" * 5000 + "}",
        '{"@type": "JobPosting", "title": "x", "baseSalary": {"value": 1e999999}}',
        '{"@type": "JobPosting", "title": "x", "baseSalary": {"value": ' + "9" * 5000 + "}}",
        '{"@type": "JobPosting", "title": {"a": [null, true, 1.5]}, "datePosted": "2026-13-45"}',
        '{"@type": "JobPosting", "jobLocation": [1, "x", null, {"address": [{}]}], "title": 5}',
        '{"@type": "JobPosting", "title": "x", "employmentType": {"a": 1}, "baseSalary": []}',
        "<html>" + "<div itemscope>" * 30_000,
    ],
)
def test_hostile_or_malformed_input_is_ignored_or_explained(text):
    try:
        capture = posting.read(text, page_title="Fallback")
    except posting.CaptureError as exc:
        assert str(exc)
    else:
        assert capture.postings
        for job in capture.postings:
            assert "<script" not in job.description


def test_too_much_text_is_refused_with_a_message():
    with pytest.raises(posting.CaptureError, match="at most 1,000,000"):
        posting.read("x" * (posting.MAX_CAPTURE_CHARS + 1))


def test_nothing_usable_is_refused_with_a_message():
    with pytest.raises(posting.CaptureError, match="No job posting was found"):
        posting.read('{"@type": "Organization", "name": "Acme"}')
