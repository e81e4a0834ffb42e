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
    assert 'href="/accounts/password_reset/"' in html


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
    assert "Please enter a correct username and password" in response.content.decode()
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
    response = client.get("/accounts/password_change/")

    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/accounts/password_change/"


def test_password_change_sets_the_new_password_and_keeps_the_user_signed_in(owner_client, owner):
    assert owner_client.get("/accounts/password_change/").status_code == 200

    response = owner_client.post(
        "/accounts/password_change/",
        {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )

    assert response.status_code == 302
    assert response["Location"] == "/accounts/password_change/done/"
    owner.refresh_from_db()
    assert owner.check_password(NEW_PASSWORD)
    assert owner_client.get("/accounts/password_change/done/").status_code == 200


def test_password_change_with_a_wrong_old_password_changes_nothing(owner_client, owner):
    response = owner_client.post(
        "/accounts/password_change/",
        {"old_password": "wrong", "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )

    assert response.status_code == 200
    owner.refresh_from_db()
    assert owner.check_password(PASSWORD)


def test_password_reset_emails_a_link_that_sets_a_new_password(client, owner):
    response = client.post("/accounts/password_reset/", {"email": owner.email.upper()})

    assert response.status_code == 302
    assert response["Location"] == "/accounts/password_reset/done/"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [owner.email]
    assert "Rebound" in message.subject
    match = re.search(re.escape(settings.SITE_URL) + r"(/accounts/reset/\S+/)", message.body)
    assert match, message.body

    # Django swaps the token in the URL for one kept in the session, then redirects.
    response = client.get(match.group(1))
    assert response.status_code == 302
    set_password_url = response["Location"]
    response = client.get(set_password_url)
    assert response.status_code == 200
    assert response.context["validlink"]

    response = client.post(
        set_password_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == "/accounts/reset/done/"
    assert client.get("/accounts/reset/done/").status_code == 200

    response = client.post("/accounts/login/", {"username": "owner", "password": NEW_PASSWORD})
    assert response.status_code == 302
    assert client.session[SESSION_KEY] == str(owner.pk)


@pytest.mark.parametrize(
    ("host", "secure"),
    [("localhost:6666", False), ("evil.example", True), ("rebound.example.com:8443", True)],
)
def test_a_spoofed_host_does_not_change_the_reset_link(host, secure, client, owner, settings):
    settings.SITE_URL = "https://rebound.example.com"
    settings.ALLOWED_HOSTS = ["*"]

    client.post("/accounts/password_reset/", {"email": owner.email}, HTTP_HOST=host, secure=secure)

    (message,) = mail.outbox
    links = re.findall(r"\w+://\S+", message.body)
    assert links
    assert all(link.startswith("https://rebound.example.com/accounts/reset/") for link in links)
    assert host not in message.body


def test_password_reset_for_an_unknown_email_sends_nothing_but_looks_the_same(client, owner):
    response = client.post(
        "/accounts/password_reset/", {"email": "nobody@example.com"}, follow=True
    )

    assert response.redirect_chain == [("/accounts/password_reset/done/", 302)]
    assert "registration/password_reset_done.html" in [t.name for t in response.templates]
    assert mail.outbox == []


@pytest.mark.parametrize(
    "path", ["/accounts/reset/MQ/bad-token/", "/accounts/reset/xx/set-password/"]
)
def test_password_reset_with_a_bad_link_offers_a_new_one(client, owner, path):
    response = client.get(path)

    assert response.status_code == 200
    assert not response.context["validlink"]
    assert 'href="/accounts/password_reset/"' in response.content.decode()
