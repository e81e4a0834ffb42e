"""A strict Content-Security-Policy on every page, the admin included, and pages that need
nothing it forbids: no inline script without the page's nonce, no style attributes, no
inline event handlers. Plus the other protective headers."""

import pytest
from django.contrib import admin
from django.test import Client
from django.urls import NoReverseMatch, reverse

from rejections.models import LetterTemplate
from tests.factories import UserFactory
from tests.security.html import csp_problems, directives
from tests.security.http import is_html, url_for
from tests.security.routes import ROUTES

pytestmark = pytest.mark.django_db


def assert_strict(csp: str) -> None:
    policy = directives(csp)
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    for directive in ("script-src", "style-src", "default-src"):
        sources = policy.get(directive, [])
        assert "'unsafe-inline'" not in sources, directive
        assert "'unsafe-eval'" not in sources, directive
        assert "*" not in sources and "data:" not in sources, directive
    script_sources = policy.get("script-src", policy["default-src"])
    assert all(s == "'self'" or s.startswith("'nonce-") for s in script_sources), script_sources


@pytest.fixture
def superuser():
    return UserFactory(username="root", is_staff=True, is_superuser=True)


@pytest.fixture
def admin_client(superuser) -> Client:
    client = Client()
    client.force_login(superuser)
    return client


def admin_urls() -> list[str]:
    """The admin index and, for every registered model, its list, add, change, delete and
    history pages (for the first row there is)."""
    urls = ["/admin/", "/admin/password_change/"]
    for model in admin.site._registry:
        prefix = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        urls += [reverse(f"{prefix}_changelist"), reverse(f"{prefix}_add")]
        row = model._base_manager.order_by("pk").first()
        if row is not None:
            for page in ("change", "delete", "history"):
                try:
                    urls.append(reverse(f"{prefix}_{page}", args=[row.pk]))
                except NoReverseMatch:
                    continue
    return urls


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/applications/new/",
        "/accounts/login/",
        "/accounts/signup/",
        "/no-such-page/",
        "/healthz",
    ],
)
def test_the_policy_is_strict_on_app_pages(path, owner_client):
    response = owner_client.get(path)

    assert_strict(response["Content-Security-Policy"])


def test_the_policy_is_strict_on_the_admin(admin_client, world):
    for path in [
        "/admin/",
        f"/admin/tracker/application/{world.application.pk}/change/",
        f"/admin/rejections/lettertemplate/{LetterTemplate.objects.first().pk}/change/",
        "/admin/login/",
    ]:
        response = admin_client.get(path)
        assert response.status_code in (200, 302), path
        assert_strict(response["Content-Security-Policy"])


def test_a_nonce_is_fresh_on_every_response(admin_client):
    first = admin_client.get("/admin/")["Content-Security-Policy"]
    second = admin_client.get("/admin/")["Content-Security-Policy"]

    assert "'nonce-" in first
    assert first != second


def test_no_app_page_needs_inline_code(world, owner_client):
    pages = [url_for(key, world) for key in sorted(ROUTES)]
    pages += ["/accounts/login/", "/accounts/signup/", "/accounts/password_reset/"]
    problems, checked = {}, 0
    for url in pages:
        response = owner_client.get(url)
        if response.status_code != 200 or not is_html(response):
            continue
        checked += 1
        assert_strict(response["Content-Security-Policy"])
        if found := csp_problems(response.content.decode(), response["Content-Security-Policy"]):
            problems[url] = found

    assert checked > 40
    assert not problems


def test_no_admin_page_needs_inline_code_or_breaks_under_the_policy(world, admin_client):
    problems, checked = {}, 0
    for url in admin_urls():
        response = admin_client.get(url)
        if response.status_code != 200:
            continue
        checked += 1
        assert_strict(response["Content-Security-Policy"])
        if found := csp_problems(response.content.decode(), response["Content-Security-Policy"]):
            problems[url] = found

    assert checked > 50
    assert not problems


def test_anonymous_pages_need_no_inline_code(client, db):
    for url in [
        "/accounts/login/",
        "/accounts/signup/",
        "/accounts/password_reset/",
        "/accounts/password/reset/",
        # The admin signs in through the site's sign-in page (two-factor, lock-out).
        "/admin/login/",
    ]:
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
        assert not csp_problems(response.content.decode(), response["Content-Security-Policy"])


def test_the_other_protective_headers_are_set(owner_client):
    response = owner_client.get("/")

    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_the_inspector_catches_what_the_policy_forbids():
    csp = "script-src 'self' 'nonce-abc'"
    page = (
        '<script>alert(1)</script><script nonce="abc">ok()</script>'
        '<script nonce="zzz">x()</script><script src="/static/app.js"></script>'
        '<p style="color:red" onclick="x()">hi</p><style>p{}</style>'
    )

    problems = csp_problems(page, csp)

    assert len(problems) == 6


def test_browser_features_rebound_does_not_use_are_denied(owner_client):
    policy = owner_client.get("/")["Permissions-Policy"]

    denied = {part.strip() for part in policy.split(",")}
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in denied
    assert "interest-cohort" not in policy
    # The letter page's copy buttons need it.
    assert "clipboard-write" not in policy


@pytest.mark.parametrize("path", ["/", "/accounts/login/", "/healthz", "/no-such-page/"])
def test_other_sites_may_not_embed_responses(path, client, db):
    response = client.get(path)

    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]


@pytest.mark.parametrize("path", ["/", "/applications/new/", "/accounts/profile/", "/nope/"])
def test_pages_for_a_signed_in_user_are_not_stored_by_any_cache(path, owner_client):
    cache_control = {part.strip() for part in owner_client.get(path)["Cache-Control"].split(",")}

    assert {"private", "no-store"} <= cache_control


def test_the_health_check_keeps_its_own_cache_control(owner_client):
    response = owner_client.get("/healthz")

    assert "no-cache" in response["Cache-Control"]
    assert response["Cache-Control"] != "private, no-store"


def test_static_files_stay_cacheable_for_a_signed_in_user(owner, settings):
    settings.WHITENOISE_USE_FINDERS = True
    client = Client()
    client.force_login(owner)

    static = client.get("/static/js/letters.js")

    assert static.status_code == 200
    assert "no-store" not in static.get("Cache-Control", "")
    assert static["Cross-Origin-Resource-Policy"] == "same-origin"


def test_the_health_check_answers_over_plain_http_when_https_is_enforced(settings, db):
    settings.SECURE_SSL_REDIRECT = True
    client = Client()

    assert client.get("/healthz").status_code == 200
    assert client.get("/accounts/login/").status_code == 301
