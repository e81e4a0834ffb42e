import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import SESSION_KEY, get_user_model
from django.core import mail
from django.test import Client

SIGNUP_URL = "/accounts/signup/"
CHECK_EMAIL_URL = "/accounts/confirm-email/"
PASSWORD = "sturdy-lantern-orbit-917"

User = get_user_model()


@pytest.fixture
def open_signup(settings):
    settings.SIGNUP_OPEN = True


def _signup(client: Client, username: str = "alex", email: str = "alex@example.com", **extra):
    data = {
        "first_name": "Alex",
        "last_name": "Morgan",
        "username": username,
        "email": email,
        "password1": PASSWORD,
        "password2": PASSWORD,
    }
    return client.post(SIGNUP_URL, data | extra)


def _nav(client: Client) -> str:
    html = client.get("/accounts/login/").content.decode()
    return html.split("<main", 1)[0]


@pytest.mark.django_db
def test_first_account_becomes_the_administrator_and_can_open_the_admin(client):
    response = _signup(client)

    assert response.status_code == 302
    user = User.objects.get(username="alex")
    assert user.is_staff and user.is_superuser
    assert "you are also the administrator" in client.get("/").content.decode()
    assert client.get("/admin/").status_code == 200


def test_later_accounts_are_normal_users_kept_out_of_the_admin(client, owner, open_signup):
    _signup(client)

    user = User.objects.get(username="alex")
    assert not user.is_staff and not user.is_superuser
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_the_first_account_is_signed_in_at_once_and_sent_a_verification_link(client, db):
    response = _signup(client)

    assert response.status_code == 302
    assert response["Location"] == "/"
    user = User.objects.get(username="alex")
    assert client.session[SESSION_KEY] == str(user.pk)
    (message,) = mail.outbox
    assert message.to == ["alex@example.com"]
    assert "/accounts/confirm-email/" in message.body


def test_a_later_signup_waits_for_the_address_to_be_verified(client, owner, open_signup):
    response = _signup(client)

    assert response.status_code == 302
    assert response["Location"] == CHECK_EMAIL_URL
    assert SESSION_KEY not in client.session
    user = User.objects.get(username="alex")
    address = EmailAddress.objects.get(user=user)
    assert (address.email, address.primary, address.verified) == ("alex@example.com", True, False)
    (message,) = mail.outbox
    assert message.to == ["alex@example.com"]

    # The link in the mail (on SITE_URL) verifies the address and signs the person in.
    path = re.search(r"https?://[^/\s]+(/accounts/confirm-email/\S+/)", message.body).group(1)
    assert client.get(path).status_code == 200
    response = client.post(path)
    assert response.status_code == 302
    address.refresh_from_db()
    assert address.verified
    assert client.session[SESSION_KEY] == str(user.pk)


def test_signup_stores_the_email_in_lower_case(client, owner, open_signup):
    _signup(client, email="Alex@Example.COM")

    assert User.objects.get(username="alex").email == "alex@example.com"


def test_signup_with_a_taken_address_looks_the_same_and_mails_the_owner(client, owner, open_signup):
    """No account enumeration: same answer, same page, one mail, to the address's owner."""
    EmailAddress.objects.create(user=owner, email=owner.email, primary=True, verified=True)
    fresh_client = Client()
    fresh = _signup(fresh_client, username="sam", email="sam@example.com")
    mail.outbox.clear()

    taken = _signup(client, email=owner.email.upper())

    assert (taken.status_code, taken["Location"]) == (fresh.status_code, fresh["Location"])
    assert not User.objects.filter(username="alex").exists()
    (message,) = mail.outbox
    assert message.to == [owner.email]
    assert "already" in message.body
    page_taken = client.get(CHECK_EMAIL_URL).content.decode()
    page_fresh = fresh_client.get(CHECK_EMAIL_URL).content.decode()
    page_fresh = page_fresh.replace("sam@example.com", owner.email)
    strip = lambda html: re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)  # noqa: E731
    assert strip(page_taken) == strip(page_fresh)


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("short-pw", "This password is too short"),
        ("password1234", "This password is too common"),
    ],
)
def test_signup_refuses_a_weak_password(client, owner, open_signup, password, message):
    response = _signup(client, password1=password, password2=password)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not User.objects.filter(username="alex").exists()


def test_signup_page_shows_the_form_to_visitors(client, db):
    # With no account yet, sign-up is open for the administrator.
    response = client.get(SIGNUP_URL)

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1" in html
    for field in ("username", "email", "password1", "password2"):
        assert f'name="{field}"' in html


def test_signup_is_closed_by_default_after_the_first_account(client, owner):
    response = client.get(SIGNUP_URL)
    assert response.status_code == 403
    assert "Sign-up is closed" in response.content.decode()

    response = _signup(client)
    assert response.status_code == 403
    assert "Sign-up is closed" in response.content.decode()
    assert not User.objects.filter(username="alex").exists()


@pytest.mark.django_db
def test_first_account_may_sign_up_even_when_signup_is_closed(client, settings):
    settings.SIGNUP_OPEN = False

    response = _signup(client)

    assert response.status_code == 302
    assert User.objects.get(username="alex").is_superuser


def test_nav_offers_sign_up_only_while_signup_is_open(client, owner, settings):
    settings.SIGNUP_OPEN = True
    assert ">Sign up</a>" in _nav(client)

    settings.SIGNUP_OPEN = False

    assert ">Sign up</a>" not in _nav(client)
    assert ">Sign in</a>" in _nav(client)


def test_signed_in_user_visiting_signup_goes_to_the_dashboard(owner_client):
    response = owner_client.get(SIGNUP_URL)

    assert response.status_code == 302
    assert response["Location"] == "/"


# --- The name letters are signed with, the time zone and the look ----------------------


def test_signup_asks_for_the_name_letters_are_signed_with(client, owner, open_signup):
    page = client.get(SIGNUP_URL).content.decode()
    assert 'name="first_name"' in page and 'name="last_name"' in page

    _signup(client, first_name="  Alex ", last_name="Morgan ")

    user = User.objects.get(username="alex")
    assert user.get_full_name() == "Alex Morgan"


def test_signup_without_a_first_name_is_refused(client, owner, open_signup):
    response = _signup(client, first_name=" ")

    assert response.status_code == 200
    assert not User.objects.filter(username="alex").exists()


def test_signup_stores_the_chosen_time_zone_and_look(client, owner, open_signup):
    from accounts.models import Preferences

    _signup(client, time_zone="Europe/Berlin", theme="dark")

    preferences = Preferences.objects.get(user__username="alex")
    assert (preferences.time_zone, preferences.theme) == ("Europe/Berlin", "dark")


def test_signup_without_a_zone_takes_the_sites_default(client, owner, open_signup, settings):
    from accounts.models import Preferences

    _signup(client)

    preferences = Preferences.objects.get(user__username="alex")
    assert (preferences.time_zone, preferences.theme) == (settings.TIME_ZONE, "system")


def test_signup_refuses_a_zone_the_server_does_not_know(client, owner, open_signup):
    response = _signup(client, time_zone="Mars/Olympus_Mons")

    assert response.status_code == 200
    assert not User.objects.filter(username="alex").exists()


def test_the_signup_page_preselects_the_site_zone_and_guesses_with_a_static_script(
    client, db, settings
):
    html = client.get(SIGNUP_URL).content.decode()

    assert f'<option value="{settings.TIME_ZONE}" selected>' in html
    assert "data-guess-time-zone" in html
    assert 'src="/static/js/time-zone.js"' in html
    assert "<script>" not in html  # nothing inline: the CSP allows only our files


def test_a_taken_address_costs_a_password_hash_like_a_new_account(
    client, owner, open_signup, monkeypatch
):
    import accounts.forms

    hashed = []
    real = accounts.forms.make_password
    monkeypatch.setattr(accounts.forms, "make_password", lambda p: hashed.append(p) or real(p))

    _signup(client, email=owner.email)

    assert hashed == [PASSWORD]


# --- A taken username -----------------------------------------------------------------
# People sign in with their username, so whoever picks one must hear that it is taken.
# What keeps that from becoming a way to list accounts: sign-up is closed to anyone without
# an invitation (before the form is read), allauth's sign-up limit, and a sign-in that
# tells an unknown username from a wrong password in no way (tests/accounts/test_auth_pages).


def test_a_taken_username_is_refused_in_any_case_and_nothing_else_is_said(
    client, owner, open_signup
):
    response = _signup(client, username="OWNER", email="new@example.com")

    assert response.status_code == 200
    html = response.content.decode()
    assert "A user with that username already exists." in html
    assert owner.email not in html
    assert not User.objects.filter(email="new@example.com").exists()
    assert mail.outbox == []


def test_without_an_invitation_a_taken_username_cannot_be_asked_about(client, owner):
    taken = _signup(client, username="owner", email="new@example.com")
    free = _signup(client, username="free-name", email="new@example.com")

    assert taken.status_code == free.status_code == 403
    assert taken.content == free.content


def test_signup_posts_are_limited_per_client_address(owner, open_signup):
    """allauth's "signup" limit (20 a minute from one address) bounds guessing usernames."""
    from django.core.cache import cache

    cache.clear()
    guesser = Client(REMOTE_ADDR="203.0.113.9")
    statuses = [_signup(guesser, username="owner").status_code for _ in range(21)]

    assert statuses == [200] * 20 + [429]
    # Someone else is not held up by it.
    assert _signup(Client(REMOTE_ADDR="198.51.100.4"), username="owner").status_code == 200
