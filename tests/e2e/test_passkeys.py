"""Passkeys in a real Chromium with a virtual authenticator (DevTools' WebAuthn domain):
add one on the two-factor page, sign out, sign in with it alone. Then the account pages,
desktop and phone, light and dark, audited (and saved as pictures with SCREENSHOTS=1).

WebAuthn needs a secure context and a domain as relying-party id, so the browser visits the
live server as http://localhost (a secure context) and SITE_URL names that origin.
"""

import re
from urllib.parse import urlsplit

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from tests.e2e.browser import Visitor
from tests.e2e.test_design import LOOKS, SIZES, Looks

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "a long and private passphrase 42"


@pytest.fixture
def localhost(live_server, settings) -> str:
    origin = f"http://localhost:{urlsplit(live_server.url).port}"
    settings.SITE_URL = origin
    settings.MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = True
    settings.STAFF_REQUIRE_2FA = False
    return origin


@pytest.fixture
def member(db):
    user = get_user_model().objects.create_user(
        "kim", email="kim@example.com", password=PASSWORD, first_name="Kim"
    )
    EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=True)
    return user


def test_a_passkey_is_added_and_then_signs_in_alone(browser, localhost, member):
    context = browser.new_context(base_url=localhost, viewport=SIZES["desktop"], locale="en-GB")
    context.set_default_timeout(10_000)
    page = context.new_page()
    visitor = Visitor(page, origin=localhost)
    cdp = context.new_cdp_session(page)
    cdp.send("WebAuthn.enable")
    authenticator = cdp.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
            }
        },
    )
    try:
        with visitor.step("sign-in"):
            visitor.open("/accounts/login/", lands_on=r"/accounts/login/")
            page.get_by_label("Username").fill("kim")
            page.get_by_label("Password").fill(PASSWORD)
            visitor.click_to(page.get_by_role("button", name="Sign in", exact=True), lands_on=r"/")

        with visitor.step("add-passkey"):
            visitor.open("/accounts/profile/", lands_on=r"/accounts/profile/")
            visitor.click_to(
                page.get_by_role("link", name="Two-factor and passkeys").last,
                lands_on=r"/accounts/2fa/",
            )
            visitor.open("/accounts/2fa/webauthn/add/", lands_on=r"/accounts/.*")
            if "/reauthenticate/" in page.url:
                page.get_by_label("Password").fill(PASSWORD)
                visitor.click_to(
                    page.get_by_role("button", name="Confirm"),
                    lands_on=r"/accounts/2fa/webauthn/add/",
                )
            page.get_by_label("Name", exact=True).fill("This laptop")
            page.get_by_role("checkbox", name=re.compile(r"Passkey")).check()
            with page.expect_navigation():
                page.get_by_role("button", name="Add").click()
            visitor.audit()
            assert Authenticator.objects.filter(
                user=member, type=Authenticator.Type.WEBAUTHN
            ).exists()
            credentials = cdp.send(
                "WebAuthn.getCredentials", {"authenticatorId": authenticator["authenticatorId"]}
            )
            assert any(c["isResidentCredential"] for c in credentials["credentials"])

        with visitor.step("sign-out"):
            visitor.open("/", lands_on=r"/")
            page.locator("details.user-menu > summary").click()
            visitor.click_to(
                page.get_by_role("button", name="Sign out"), lands_on=r"/accounts/login/"
            )

        with visitor.step("sign-in-with-passkey"):
            visitor.click_to(page.get_by_role("button", name="Use a passkey"), lands_on=r"/")
            expect(page.locator("details.user-menu > summary")).to_contain_text("kim")
    finally:
        context.close()


def test_account_pages_look_like_the_rest(browser, localhost, member, settings):
    settings.SIGNUP_OPEN = True
    size, scheme = LOOKS[0]
    context = browser.new_context(
        base_url=localhost, viewport=SIZES[size], locale="en-GB", color_scheme=scheme
    )
    context.set_default_timeout(10_000)
    page = context.new_page()
    visitor = Visitor(page, origin=localhost)
    looks = Looks(visitor)
    try:
        for name, path in [("sign-in", "/accounts/login/"), ("sign-up", "/accounts/signup/")]:
            looks.look_at(name, path, lands_on=path + r".*")
        with visitor.step("signed-in"):
            visitor.open("/accounts/login/", lands_on=r"/accounts/login/")
            page.get_by_label("Username").fill("kim")
            page.get_by_label("Password").fill(PASSWORD)
            visitor.click_to(page.get_by_role("button", name="Sign in", exact=True), lands_on=r"/")
            page.goto("/accounts/reauthenticate/?next=/accounts/2fa/")
            page.get_by_label("Password").fill(PASSWORD)
            visitor.click_to(page.get_by_role("button", name="Confirm"), lands_on=r"/accounts/2fa/")
        for name, path in [
            ("two-factor", "/accounts/2fa/"),
            ("totp", "/accounts/2fa/totp/activate/"),
            ("passkey-add", "/accounts/2fa/webauthn/add/"),
            ("your-details", "/accounts/profile/"),
        ]:
            looks.look_at(name, path, lands_on=path + r".*")
    finally:
        context.close()
