"""CSRF is enforced on every POST: a forged form from another site changes nothing.

The test client skips CSRF checks unless asked; these tests ask. The URL list is the same
registry the isolation tests walk, so a new view is covered as soon as it is registered.
"""

import re

import pytest
from django.contrib.auth import SESSION_KEY
from django.core import mail
from django.test import Client

from tests.factories import UserFactory
from tests.security.conftest import SHARED_WORLD
from tests.security.http import url_for
from tests.security.routes import ROUTES
from tests.security.world import snapshot_all

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures(SHARED_WORLD)]

PASSWORD = "correct horse battery"


def csrf_client(user=None) -> Client:
    client = Client(enforce_csrf_checks=True)
    if user is not None:
        client.force_login(user)
    return client


def _token(client: Client, url: str) -> str:
    html = client.get(url).content.decode()
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


@pytest.mark.parametrize("key", sorted(ROUTES))
def test_a_post_without_the_csrf_token_is_refused_and_changes_nothing(key, world):
    client = csrf_client(world.owner)
    url = url_for(key, world)
    payload = ROUTES[key].payload(world)
    before = snapshot_all()

    response = client.post(url, payload)

    assert response.status_code == 403, f"POST {url}: {response.status_code}"
    assert snapshot_all() == before


def test_a_post_with_a_wrong_csrf_token_is_refused(world):
    client = csrf_client(world.owner)
    _token(client, "/applications/new/")  # sets the cookie
    before = snapshot_all()

    response = client.post(
        f"/applications/{world.application.pk}/delete/", {"csrfmiddlewaretoken": "x" * 64}
    )

    assert response.status_code == 403
    assert snapshot_all() == before


def test_a_post_with_a_valid_token_from_a_foreign_origin_is_refused(world):
    """A token leaked to another site is still useless there: the Origin header is checked."""
    client = csrf_client(world.owner)
    token = _token(client, f"/applications/{world.application.pk}/delete/")
    url = f"/applications/{world.application.pk}/delete/"
    before = snapshot_all()

    response = client.post(url, {"csrfmiddlewaretoken": token}, HTTP_ORIGIN="https://evil.example")

    assert response.status_code == 403
    assert snapshot_all() == before
    # The same request from our own origin works: the refusal was about the origin.
    response = client.post(url, {"csrfmiddlewaretoken": token}, HTTP_ORIGIN="http://testserver")
    assert response.status_code == 302


def test_the_board_json_move_needs_the_csrf_header(world):
    client = csrf_client(world.owner)
    url = f"/applications/{world.application.pk}/move/"

    refused = client.post(url, '{"status": "offer"}', content_type="application/json")
    world.application.refresh_from_db()
    assert refused.status_code == 403
    assert world.application.status == "interviewing"

    token = _token(client, "/board/")
    accepted = client.post(
        url, '{"status": "offer"}', content_type="application/json", HTTP_X_CSRFTOKEN=token
    )
    world.application.refresh_from_db()
    assert accepted.status_code == 200
    assert world.application.status == "offer"


def test_a_forged_sign_in_is_refused(owner):
    client = csrf_client()

    response = client.post("/accounts/login/", {"username": "owner", "password": PASSWORD})

    assert response.status_code == 403
    assert SESSION_KEY not in client.session


def test_a_forged_sign_out_is_refused(owner):
    client = csrf_client(owner)

    response = client.post("/accounts/logout/")

    assert response.status_code == 403
    assert client.session[SESSION_KEY] == str(owner.pk)


def test_a_forged_sign_up_creates_no_account(owner):
    client = csrf_client()
    data = {
        "first_name": "Forged",
        "username": "forged",
        "email": "forged@example.com",
        "password1": "a-long-enough-passphrase",
        "password2": "a-long-enough-passphrase",
    }

    response = client.post("/accounts/signup/", data)

    assert response.status_code == 403
    assert not type(owner).objects.filter(username="forged").exists()


def test_a_forged_password_reset_request_sends_nothing(owner):
    response = csrf_client().post("/accounts/password_reset/", {"email": owner.email})

    assert response.status_code == 403
    assert mail.outbox == []


def test_a_forged_password_reset_confirmation_keeps_the_password(owner):
    from allauth.account.forms import default_token_generator as allauth_tokens
    from allauth.account.utils import user_pk_to_url_str

    client = csrf_client()
    uid = user_pk_to_url_str(owner)
    token = allauth_tokens.make_token(owner)
    # allauth swaps the key in the URL for one in the session, then redirects.
    set_password_url = client.get(f"/accounts/password/reset/key/{uid}-{token}/")["Location"]

    response = client.post(
        set_password_url,
        {"password1": "attacker-chosen-passphrase", "password2": "attacker-chosen-passphrase"},
    )

    assert response.status_code == 403
    owner.refresh_from_db()
    assert owner.check_password(PASSWORD)


def test_admin_sign_in_and_changes_need_the_csrf_token(owner):
    admin = UserFactory(username="admin", is_staff=True, is_superuser=True)
    admin_client = csrf_client(admin)
    before = snapshot_all()

    refused_login = csrf_client().post("/admin/login/", {"username": "admin", "password": PASSWORD})
    refused_change = admin_client.post(
        f"/admin/auth/user/{owner.pk}/change/",
        {"username": "owner", "is_staff": "on", "is_superuser": "on"},
    )

    assert refused_login.status_code == 403
    assert refused_change.status_code == 403
    assert snapshot_all() == before
