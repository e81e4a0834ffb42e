import re

import pytest
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.core import mail

# The password tests/factories.py gives every user.
PASSWORD = "correct horse battery"
NEW_PASSWORD = "sturdy-lantern-orbit-917"


def test_login_page_shows_the_form_and_a_reset_link(client, db):
    response = client.get("/accounts/login/")

    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="username"' in html and 'name="password"' in html
    assert 'href="/accounts/password/reset/"' in html


def test_login_signs_the_user_in_and_opens_the_dashboard(client, owner):
    response = client.post("/accounts/login/", {"username": "owner", "password": PASSWORD})

    assert response.status_code == 302
    assert response["Location"] == "/"
    assert client.session[SESSION_KEY] == str(owner.pk)


def test_login_follows_a_safe_next_url(client, owner):
    response = client.post(
        "/accounts/login/?next=/board/",
        {"username": "owner", "password": PASSWORD, "next": "/board/"},
    )

    assert response["Location"] == "/board/"


def test_login_with_a_wrong_password_shows_an_error(client, owner):
    response = client.post("/accounts/login/", {"username": "owner", "password": "wrong"})

    assert response.status_code == 200
    assert "The username and/or password you specified are not correct." in (
        response.content.decode()
    )
    assert SESSION_KEY not in client.session


def test_sign_in_answers_an_unknown_username_like_a_wrong_password(client, owner, monkeypatch):
    """Sign-in tells no one which usernames exist: the same page, and one password hash
    either way (Django's backend hashes the guess when there is no such user; checking a
    password hashes the guess too)."""
    from django.contrib.auth.hashers import MD5PasswordHasher

    hashed = []
    real_encode = MD5PasswordHasher.encode
    monkeypatch.setattr(
        MD5PasswordHasher,
        "encode",
        lambda self, *args: hashed.append(1) or real_encode(self, *args),
    )

    def answer(username: str) -> tuple[int, str, int]:
        hashed.clear()
        response = client.post("/accounts/login/", {"username": username, "password": "wrong"})
        page = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", response.content.decode())
        return response.status_code, page.replace(username, "NAME"), len(hashed)

    known, unknown = answer("owner"), answer("nobody-here")

    assert known == unknown
    assert known[2] == 1
    assert SESSION_KEY not in client.session


def test_logout_refuses_get(owner_client):
    response = owner_client.get("/accounts/logout/")

    assert response.status_code == 405
    assert SESSION_KEY in owner_client.session


def test_logout_ends_the_session_and_returns_to_login(owner_client):
    response = owner_client.post("/accounts/logout/")

    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/"
    assert SESSION_KEY not in owner_client.session
    assert owner_client.get("/").status_code == 302


def test_password_change_requires_login(client, db):
    response = client.get("/accounts/password/change/")

    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/accounts/password/change/"


def test_the_old_password_addresses_still_open_the_pages(owner_client, client):
    assert owner_client.get("/accounts/password_change/").status_code == 200
    assert client.get("/accounts/password_reset/").status_code == 200


def test_password_change_sets_the_new_password_and_keeps_the_user_signed_in(owner_client, owner):
    assert owner_client.get("/accounts/password/change/").status_code == 200

    response = owner_client.post(
        "/accounts/password/change/",
        {"oldpassword": PASSWORD, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )

    assert response.status_code == 302
    owner.refresh_from_db()
    assert owner.check_password(NEW_PASSWORD)
    assert owner_client.get("/").status_code == 200


def test_password_change_with_a_wrong_old_password_changes_nothing(owner_client, owner):
    response = owner_client.post(
        "/accounts/password/change/",
        {"oldpassword": "wrong", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )

    assert response.status_code == 200
    owner.refresh_from_db()
    assert owner.check_password(PASSWORD)


def _reset_link(body: str) -> str:
    match = re.search(re.escape(settings.SITE_URL) + r"(/accounts/password/reset/key/\S+/)", body)
    assert match, body
    return match.group(1)


def test_password_reset_emails_a_link_that_sets_a_new_password(client, owner):
    response = client.post("/accounts/password/reset/", {"email": owner.email.upper()})

    assert response.status_code == 302
    assert response["Location"] == "/accounts/password/reset/done/"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [owner.email]
    assert "Rebound" in message.subject

    # allauth swaps the key in the URL for one kept in the session, then redirects.
    response = client.get(_reset_link(message.body))
    assert response.status_code == 302
    set_password_url = response["Location"]
    response = client.get(set_password_url)
    assert response.status_code == 200
    assert not response.context.get("token_fail")

    response = client.post(set_password_url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/accounts/password/reset/key/done/"
    assert client.get("/accounts/password/reset/key/done/").status_code == 200

    response = client.post("/accounts/login/", {"username": "owner", "password": NEW_PASSWORD})
    assert response.status_code == 302
    assert client.session[SESSION_KEY] == str(owner.pk)


def test_the_reset_form_refuses_a_weak_new_password(client, owner):
    client.post("/accounts/password/reset/", {"email": owner.email})
    set_password_url = client.get(_reset_link(mail.outbox[0].body))["Location"]

    response = client.post(set_password_url, {"password1": "short-pw", "password2": "short-pw"})

    assert response.status_code == 200
    assert "This password is too short" in response.content.decode()
    owner.refresh_from_db()
    assert owner.check_password(PASSWORD)


@pytest.mark.parametrize(
    ("host", "secure"),
    [("localhost:6666", False), ("evil.example", True), ("rebound.example.com:8443", True)],
)
@pytest.mark.parametrize("known", [True, False], ids=["known-address", "unknown-address"])
def test_a_spoofed_host_does_not_change_the_links_in_reset_mails(
    host, secure, known, client, owner, settings
):
    settings.SITE_URL = "https://rebound.example.com"
    settings.ALLOWED_HOSTS = ["*"]
    email = owner.email if known else "nobody@example.com"

    client.post("/accounts/password/reset/", {"email": email}, HTTP_HOST=host, secure=secure)

    (message,) = mail.outbox
    links = re.findall(r"\w+://\S+", message.body)
    assert links
    assert all(link.startswith("https://rebound.example.com") for link in links)
    assert host not in message.body
    if known:
        assert any(
            link.startswith("https://rebound.example.com/accounts/password/reset/key/")
            for link in links
        )


def test_a_spoofed_host_does_not_change_the_verification_link(client, owner, settings):
    settings.SITE_URL = "https://rebound.example.com"
    settings.ALLOWED_HOSTS = ["*"]
    settings.SIGNUP_OPEN = True
    data = {
        "first_name": "Alex",
        "username": "alex",
        "email": "alex@example.com",
        "password1": NEW_PASSWORD,
        "password2": NEW_PASSWORD,
    }

    client.post("/accounts/signup/", data, HTTP_HOST="localhost:6666")

    (message,) = mail.outbox
    links = re.findall(r"\w+://\S+", message.body)
    assert links
    assert all(link.startswith("https://rebound.example.com") for link in links)
    assert "6666" not in message.body


def test_password_reset_for_an_unknown_email_looks_the_same_and_sends_one_mail(client, owner):
    """No account enumeration: the same answer, and one mail to the address either way."""
    known = client.post("/accounts/password/reset/", {"email": owner.email}, follow=True)
    unknown = client.post("/accounts/password/reset/", {"email": "nobody@example.com"}, follow=True)

    assert (
        unknown.redirect_chain == known.redirect_chain == [("/accounts/password/reset/done/", 302)]
    )
    assert unknown.content == known.content
    assert [m.to for m in mail.outbox] == [[owner.email], ["nobody@example.com"]]
    assert "/accounts/password/reset/key/" not in mail.outbox[1].body


@pytest.mark.parametrize(
    "path",
    ["/accounts/password/reset/key/1-bad-token/", "/accounts/password/reset/key/xx-set-password/"],
)
def test_password_reset_with_a_bad_link_offers_a_new_one(client, owner, path):
    response = client.get(path)

    assert response.status_code == 200
    assert response.context["token_fail"]
    assert 'href="/accounts/password/reset/"' in response.content.decode()
