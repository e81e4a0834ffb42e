"""Sessions: a new key at sign-in, ended by sign-out, deactivation and password change, and
the idle and absolute timeouts (accounts/middleware.py). Time passes by editing the
timestamps the middleware keeps in the session."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.test import Client

from accounts.middleware import LAST_SEEN_AT, LAST_SEEN_RESOLUTION, SIGNED_IN_AT
from tests.factories import ApplicationFactory

PASSWORD = "correct horse battery"
HOUR = 60 * 60
DAY = 24 * HOUR


def session_key(client: Client) -> str:
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def travel(client: Client, seconds: int) -> None:
    """Make the session look ``seconds`` older: both clocks move back."""
    session = client.session
    session[SIGNED_IN_AT] -= seconds
    session[LAST_SEEN_AT] -= seconds
    session.save()


def assert_sent_to_sign_in(response, next_url: str | None) -> None:
    assert response.status_code == 302
    location = urlsplit(response["Location"])
    assert location.path == "/accounts/login/"
    assert parse_qs(location.query).get("next") == ([next_url] if next_url else None)


# --- Sign-in and sign-out ----------------------------------------------------------------


def test_signing_in_gives_a_new_session_key(client, owner):
    # A key planted before sign-in (session fixation) must not become the signed-in one.
    planted = SessionStore()
    planted["planted"] = True
    planted.save()
    client.cookies[settings.SESSION_COOKIE_NAME] = planted.session_key

    client.post("/accounts/login/", {"username": "owner", "password": PASSWORD})

    assert client.session[SESSION_KEY] == str(owner.pk)
    assert session_key(client) != planted.session_key
    assert not Session.objects.filter(session_key=planted.session_key).exists()


def test_signing_in_starts_both_clocks(client, owner):
    client.post("/accounts/login/", {"username": "owner", "password": PASSWORD})

    session = client.session
    assert session[SIGNED_IN_AT] == session[LAST_SEEN_AT]


def test_signing_out_deletes_the_session_so_an_old_cookie_is_worthless(owner_client):
    old_key = session_key(owner_client)

    owner_client.post("/accounts/logout/")

    assert not Session.objects.filter(session_key=old_key).exists()
    replay = Client()
    replay.cookies[settings.SESSION_COOKIE_NAME] = old_key
    assert_sent_to_sign_in(replay.get("/applications/"), "/applications/")


def test_a_deactivated_user_is_signed_out_of_existing_sessions(owner_client, owner):
    assert owner_client.get("/applications/").status_code == 200

    owner.is_active = False
    owner.save(update_fields=["is_active"])

    assert_sent_to_sign_in(owner_client.get("/applications/"), "/applications/")


def test_a_deactivated_user_cannot_sign_in(client, owner):
    owner.is_active = False
    owner.save(update_fields=["is_active"])

    response = client.post("/accounts/login/", {"username": "owner", "password": PASSWORD})

    assert response.status_code == 200
    assert SESSION_KEY not in client.session


def test_changing_the_password_signs_out_every_other_session(owner_client, owner):
    other_device = Client()
    other_device.force_login(owner)

    response = owner_client.post(
        "/accounts/password/change/",
        {
            "oldpassword": PASSWORD,
            "password1": "a-brand-new-passphrase",
            "password2": "a-brand-new-passphrase",
        },
    )

    assert response.status_code == 302
    assert owner_client.get("/applications/").status_code == 200
    assert_sent_to_sign_in(other_device.get("/applications/"), "/applications/")


# --- Timeouts ------------------------------------------------------------------------------


def test_the_session_cookie_lasts_as_long_as_the_absolute_timeout():
    assert settings.SESSION_COOKIE_AGE == settings.SESSION_ABSOLUTE_TIMEOUT == 7 * DAY
    assert settings.SESSION_IDLE_TIMEOUT == 8 * HOUR


def test_a_session_idle_for_less_than_eight_hours_goes_on(owner_client):
    travel(owner_client, 8 * HOUR - 60)

    assert owner_client.get("/applications/").status_code == 200


def test_a_session_idle_for_eight_hours_ends_with_a_message(owner_client):
    old_key = session_key(owner_client)
    travel(owner_client, 8 * HOUR)

    response = owner_client.get("/applications/?page=2")

    assert_sent_to_sign_in(response, "/applications/?page=2")
    assert not Session.objects.filter(session_key=old_key).exists()
    page = owner_client.get(response["Location"]).content.decode()
    assert "You were signed out after 8 hours without activity" in page


def test_activity_keeps_a_session_alive_past_the_idle_timeout(owner_client):
    for _ in range(3):
        travel(owner_client, 7 * HOUR)
        assert owner_client.get("/applications/").status_code == 200


def test_a_session_ends_seven_days_after_sign_in_however_active(owner_client):
    session = owner_client.session
    session[SIGNED_IN_AT] -= 7 * DAY
    session.save()  # last seen is still now: the user is active

    response = owner_client.get("/board/")

    assert_sent_to_sign_in(response, "/board/")
    page = owner_client.get(response["Location"]).content.decode()
    assert "signed out 7 days after signing in" in page


def test_an_expired_post_changes_nothing_and_goes_to_sign_in(owner_client, owner):
    application = ApplicationFactory(owner=owner, status="applied")
    travel(owner_client, 9 * HOUR)

    response = owner_client.post(f"/applications/{application.pk}/move/", {"status": "offer"})

    assert_sent_to_sign_in(response, None)
    application.refresh_from_db()
    assert application.status == "applied"


def test_the_timeouts_are_configurable(owner_client, settings):
    settings.SESSION_IDLE_TIMEOUT = 120
    travel(owner_client, 100)
    assert owner_client.get("/").status_code == 200

    travel(owner_client, 30)

    response = owner_client.get("/")
    assert_sent_to_sign_in(response, "/")
    page = owner_client.get(response["Location"]).content.decode()
    assert "You were signed out after 2 minutes without activity" in page


def test_last_seen_is_written_at_most_every_five_minutes(owner_client):
    def stored() -> str:
        return Session.objects.get(session_key=session_key(owner_client)).session_data

    travel(owner_client, LAST_SEEN_RESOLUTION - 10)
    before = stored()
    owner_client.get("/applications/")
    assert stored() == before  # no session write for this request

    travel(owner_client, 20)
    owner_client.get("/applications/")
    assert stored() != before
    session = owner_client.session
    # Now, not the old time: the clock may have ticked a second since signing in.
    assert 0 <= session[LAST_SEEN_AT] - session[SIGNED_IN_AT] - (LAST_SEEN_RESOLUTION + 10) <= 2


def test_a_session_from_before_the_timeouts_starts_its_clocks_instead_of_ending(owner_client):
    session = owner_client.session
    del session[SIGNED_IN_AT]
    del session[LAST_SEEN_AT]
    session.save()

    assert owner_client.get("/applications/").status_code == 200
    assert SIGNED_IN_AT in owner_client.session


@pytest.mark.parametrize("path", ["/accounts/login/", "/healthz"])
def test_anonymous_requests_write_no_session(client, db, path):
    client.get(path)

    assert Session.objects.count() == 0
