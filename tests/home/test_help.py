"""The help page and its quick-capture bookmarklet."""

import re
from html import unescape
from urllib.parse import quote

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

HELP_URL = "/help/"


def bookmarklet_href(html: str) -> str:
    match = re.search(r'<a [^>]*id="bookmarklet" href="([^"]*)"', html)
    assert match, "the bookmarklet link is on the page"
    return unescape(match.group(1))


def encode_uri_component(text: str) -> str:
    """What the bookmarklet's ``encodeURIComponent`` sends."""
    return quote(text, safe="!'()*-._~")


def test_the_help_page_has_a_stable_address():
    assert reverse("home:help") == HELP_URL


def test_the_owner_can_open_the_help_page(owner_client):
    response = owner_client.get(HELP_URL)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Quick capture" in html
    assert "Drag this button to your bookmarks bar" in html


def test_anonymous_visitors_are_sent_to_the_login_page(client):
    response = client.get(HELP_URL)

    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={HELP_URL}"


def test_posting_to_the_help_page_is_not_allowed(owner_client):
    assert owner_client.post(HELP_URL).status_code == 405


def test_the_bookmarklet_opens_the_new_application_form_of_this_site(settings, owner_client):
    settings.ALLOWED_HOSTS = ["jobs.example.com"]

    html = owner_client.get(HELP_URL, HTTP_HOST="jobs.example.com", secure=True)
    href = bookmarklet_href(html.content.decode())

    assert href.startswith("javascript:")
    assert '"https://jobs.example.com/applications/new/?position_title="' in href
    assert "+encodeURIComponent(document.title.slice(0,200))" in href
    assert '+"&posting_url="+encodeURIComponent(location.href)' in href
    assert 'window.open("https://jobs.example.com/applications/new/' in href
    assert '"_blank","noopener")' in href
    # No spaces or percent signs that a browser would decode before running it.
    assert " " not in href
    assert "%" not in href


def test_the_bookmarklet_is_also_offered_as_text_to_copy(owner_client):
    html = owner_client.get(HELP_URL).content.decode()

    code = re.search(r'<textarea [^>]*id="bookmarklet-code"[^>]*>([^<]*)</textarea>', html)
    assert unescape(code.group(1)) == bookmarklet_href(html)
    assert '<label class="form-label small" for="bookmarklet-code">' in html


def test_the_bookmarklet_falls_back_to_site_url_when_the_host_is_not_named(settings, owner_client):
    settings.SITE_URL = "https://jobs.example.com"
    settings.ALLOWED_HOSTS = ["*"]

    href = bookmarklet_href(owner_client.get(HELP_URL, HTTP_HOST="evil.example").content.decode())

    assert 'window.open("https://jobs.example.com/applications/new/' in href
    assert "evil.example" not in href


def test_the_bookmarklet_address_is_escaped_in_the_page(settings, owner_client):
    settings.SITE_URL = 'https://jobs.example.com/"><script>alert(1)</script>'
    settings.ALLOWED_HOSTS = ["*"]

    html = owner_client.get(HELP_URL).content.decode()

    assert "<script>alert" not in html
    href = bookmarklet_href(html)
    # The address is a JavaScript string literal: a quote in it cannot end the string.
    assert 'window.open("https://jobs.example.com/\\"><script>alert(1)</script>' in href


def test_the_address_the_bookmarklet_opens_prefills_the_new_application_form(owner_client):
    title = "Senior Engineer – Acme & Co | Careers"
    posting = "https://careers.example.com/jobs/42?ref=board&lang=en"

    # The URL the bookmarklet builds, with encodeURIComponent applied to title and address.
    response = owner_client.get(
        "/applications/new/?position_title="
        + encode_uri_component(title)
        + "&posting_url="
        + encode_uri_component(posting)
    )

    assert response.status_code == 200
    form = response.context["form"]
    assert form.initial["position_title"] == title
    assert form.initial["posting_url"] == posting
    html = response.content.decode()
    assert 'value="Senior Engineer – Acme &amp; Co | Careers"' in html
    assert 'value="https://careers.example.com/jobs/42?ref=board&amp;lang=en"' in html


def test_signing_in_from_the_bookmarklet_lands_on_the_filled_in_form(client):
    response = client.get(
        "/applications/new/?position_title=Engineer&posting_url=https%3A%2F%2Fx.example"
    )

    assert response.status_code == 302
    assert response["Location"] == (
        "/accounts/login/?next=/applications/new/%3Fposition_title%3DEngineer"
        "%26posting_url%3Dhttps%253A%252F%252Fx.example"
    )


def test_the_help_page_runs_no_inline_script(owner_client):
    html = owner_client.get(HELP_URL).content.decode()

    assert re.findall(r"<script(?![^>]*\ssrc=)", html) == []
    assert " style=" not in html
    assert " onclick=" not in html.lower()


def test_the_help_page_explains_keyboard_use_rejections_templates_data_and_calendar(
    owner_client,
):
    html = owner_client.get(HELP_URL).content.decode()

    assert "Keyboard use" in html
    assert "<em>Move…</em> button" in html
    assert "Skip to the cards" in html
    rejections = html[html.index('id="rejections"') : html.index('id="templates"')]
    assert re.findall(r"<li><strong>([^<]+)</strong>:", rejections) == [
        "Acknowledge",
        "Thank",
        "Ask for feedback",
        "Reflect",
        "Stay proactive",
        "Network",
        "Keep applying",
        "Self-care",
    ]
    assert "Rejections and letters → Letter templates" in html
    assert "{{ company_name }}" in html
    assert '<a href="/data/">' in html
    assert '<a href="/settings/reminders/">' in html


def test_staff_get_a_link_to_the_letter_templates_in_the_admin(owner, owner_client):
    assert (
        reverse("admin:app_list", args=["rejections"])
        not in owner_client.get(HELP_URL).content.decode()
    )
    owner.is_staff = True
    owner.save(update_fields=["is_staff"])

    html = owner_client.get(HELP_URL).content.decode()

    assert f'<a href="{reverse("admin:app_list", args=["rejections"])}">the admin</a>' in html


def test_the_dashboard_links_to_quick_capture(owner_client):
    html = owner_client.get(reverse("home:dashboard")).content.decode()

    assert '<a href="/help/#quick-capture">' in html
