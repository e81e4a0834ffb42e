"""Two-factor on allauth: an authenticator app (TOTP) with recovery codes, and staff
required to use two-factor before the admin opens."""

import os
import subprocess
import sys

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import (
    SECRET_SESSION_KEY,
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.contrib.auth import SESSION_KEY
from django.test import Client

from tests.factories import UserFactory

PASSWORD = "correct horse battery"


def current_code(secret: str) -> str:
    (counter,) = yield_hotp_counters_from_time()
    return format_hotp_value(hotp_value(secret, counter))


def verified(user):
    EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=True)
    return user


def signed_in(user) -> Client:
    """A client that signed in with the password, as allauth wants before changing 2FA."""
    client = Client()
    response = client.post("/accounts/login/", {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302
    # Changing two-factor asks for the password once more (allauth's reauthentication).
    response = client.post("/accounts/reauthenticate/", {"password": PASSWORD})
    assert response.status_code == 302
    return client


@pytest.fixture
def with_totp(owner):
    verified(owner)
    secret = generate_totp_secret()
    TOTP.activate(owner, secret)
    codes = RecoveryCodes.activate(owner)
    return secret, codes.get_unused_codes()


def test_activating_an_authenticator_app_with_a_code_from_its_secret(owner):
    client = signed_in(verified(owner))

    page = client.get("/accounts/2fa/totp/activate/")
    assert page.status_code == 200
    html = page.content.decode()
    assert 'src="data:image/svg+xml' in html  # the QR code, an image of our own
    assert "<script>" not in html
    secret = client.session[SECRET_SESSION_KEY]

    wrong = client.post("/accounts/2fa/totp/activate/", {"code": "000000"})
    assert wrong.status_code == 200
    assert not Authenticator.objects.filter(user=owner).exists()

    response = client.post("/accounts/2fa/totp/activate/", {"code": current_code(secret)})

    assert response.status_code == 302
    types = set(Authenticator.objects.filter(user=owner).values_list("type", flat=True))
    assert types == {Authenticator.Type.TOTP, Authenticator.Type.RECOVERY_CODES}


def test_two_factor_needs_a_verified_address_first(owner):
    EmailAddress.objects.create(user=owner, email=owner.email, primary=True, verified=False)
    client = signed_in(owner)

    response = client.get("/accounts/2fa/totp/activate/", follow=True)

    assert "until you have verified your email address" in response.content.decode()
    assert not Authenticator.objects.filter(user=owner).exists()


def test_with_an_authenticator_the_password_alone_does_not_sign_in(client, owner, with_totp):
    secret, _ = with_totp

    response = client.post("/accounts/login/", {"username": "owner", "password": PASSWORD})

    assert response.status_code == 302
    assert response["Location"] == "/accounts/2fa/authenticate/"
    assert SESSION_KEY not in client.session
    page = client.get("/accounts/2fa/authenticate/")
    assert page.status_code == 200
    assert "<script>" not in page.content.decode()

    refused = client.post("/accounts/2fa/authenticate/", {"code": "123456"})
    assert refused.status_code == 200
    assert SESSION_KEY not in client.session

    response = client.post("/accounts/2fa/authenticate/", {"code": current_code(secret)})
    assert response.status_code == 302
    assert response["Location"] == "/"
    assert client.session[SESSION_KEY] == str(owner.pk)


def test_a_recovery_code_signs_in_once(owner, with_totp):
    _, codes = with_totp

    first = Client()
    first.post("/accounts/login/", {"username": "owner", "password": PASSWORD})
    response = first.post("/accounts/2fa/authenticate/", {"code": codes[0]})
    assert response.status_code == 302
    assert first.session[SESSION_KEY] == str(owner.pk)

    again = Client()
    again.post("/accounts/login/", {"username": "owner", "password": PASSWORD})
    response = again.post("/accounts/2fa/authenticate/", {"code": codes[0]})
    assert response.status_code == 200
    assert SESSION_KEY not in again.session
    response = again.post("/accounts/2fa/authenticate/", {"code": codes[1]})
    assert response.status_code == 302


def test_the_two_factor_page_is_for_signed_in_users(client, db):
    response = client.get("/accounts/2fa/")

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")


# --- Staff must use two-factor -----------------------------------------------------------


@pytest.fixture
def staff(db):
    return verified(UserFactory(username="boss", is_staff=True, is_superuser=True))


def test_staff_without_two_factor_are_sent_to_set_it_up(staff, settings):
    settings.STAFF_REQUIRE_2FA = True
    client = Client()
    client.force_login(staff)

    response = client.get("/admin/", follow=True)

    assert response.redirect_chain == [("/accounts/2fa/", 302)]
    assert "Set up two-factor authentication" in response.content.decode()
    # The rest of the site is not held up.
    assert client.get("/").status_code == 200


def test_staff_with_two_factor_open_the_admin(staff, settings):
    settings.STAFF_REQUIRE_2FA = True
    TOTP.activate(staff, generate_totp_secret())
    client = Client()
    client.force_login(staff)

    assert client.get("/admin/").status_code == 200


def test_the_requirement_can_be_turned_off(staff, settings):
    settings.STAFF_REQUIRE_2FA = False
    client = Client()
    client.force_login(staff)

    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize(("debug", "expected"), [("false", "True"), ("true", "False")])
def test_staff_two_factor_is_required_by_default_in_production(debug, expected):
    env = {**os.environ, "DEBUG": debug, "SECRET_KEY": "x" * 60}
    env.pop("STAFF_REQUIRE_2FA", None)
    code = "import config.settings as s; print(s.STAFF_REQUIRE_2FA)"

    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )

    assert result.stdout.strip() == expected


def test_another_users_authenticator_pages_are_404(owner, stranger):
    from django.urls import reverse

    key = Authenticator.objects.create(
        user=owner, type=Authenticator.Type.WEBAUTHN, data={"name": "Owner's key"}
    )
    client = signed_in(verified(stranger))

    for name in ("mfa_edit_webauthn", "mfa_remove_webauthn"):
        url = reverse(name, kwargs={"pk": key.pk})
        assert client.get(url).status_code == 404, url
        assert client.post(url, {"name": "Stolen"}).status_code == 404, url
    key.refresh_from_db()
    assert key.data == {"name": "Owner's key"}


def test_guessing_codes_is_stopped_after_five_wrong_ones(client, owner, with_totp):
    secret, _ = with_totp
    client.post("/accounts/login/", {"username": "owner", "password": PASSWORD})
    for _ in range(5):
        client.post("/accounts/2fa/authenticate/", {"code": "000000"})

    response = client.post("/accounts/2fa/authenticate/", {"code": current_code(secret)})

    assert "Too many failed login attempts" in response.content.decode()
    assert SESSION_KEY not in client.session
