import pytest
from django.contrib.auth import SESSION_KEY, get_user_model
from django.test import Client

SIGNUP_URL = "/accounts/signup/"
PASSWORD = "sturdy-lantern-orbit-917"

User = get_user_model()


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
    assert client.get("/admin/").status_code == 200


def test_later_accounts_are_normal_users_kept_out_of_the_admin(client, owner):
    _signup(client)

    user = User.objects.get(username="alex")
    assert not user.is_staff and not user.is_superuser
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_signup_logs_the_new_user_in_and_opens_the_dashboard(client, owner):
    response = _signup(client)

    assert response.status_code == 302
    assert response["Location"] == "/"
    user = User.objects.get(username="alex")
    assert client.session[SESSION_KEY] == str(user.pk)


def test_signup_stores_the_email_in_lower_case(client, owner):
    _signup(client, email="Alex@Example.COM")

    assert User.objects.get(username="alex").email == "alex@example.com"


def test_signup_refuses_an_email_already_used_whatever_its_case(client, owner):
    response = _signup(client, email=owner.email.upper())

    assert response.status_code == 200
    assert "An account with this e-mail address already exists." in response.content.decode()
    assert not User.objects.filter(username="alex").exists()


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("short-pw", "This password is too short"),
        ("password1234", "This password is too common"),
    ],
)
def test_signup_refuses_a_weak_password(client, owner, password, message):
    response = _signup(client, password1=password, password2=password)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not User.objects.filter(username="alex").exists()


def test_signup_page_shows_the_form_to_visitors(client, db):
    response = client.get(SIGNUP_URL)

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1" in html
    for field in ("username", "email", "password1", "password2"):
        assert f'name="{field}"' in html


def test_closed_signup_page_says_so_and_refuses_the_form(client, owner, settings):
    settings.SIGNUP_OPEN = False

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
    assert ">Sign up</a>" in _nav(client)

    settings.SIGNUP_OPEN = False

    assert ">Sign up</a>" not in _nav(client)
    assert ">Sign in</a>" in _nav(client)


def test_signed_in_user_visiting_signup_goes_to_the_dashboard(owner_client):
    response = owner_client.get(SIGNUP_URL)

    assert response.status_code == 302
    assert response["Location"] == "/"


# --- The name letters are signed with, the time zone and the look ----------------------


def test_signup_asks_for_the_name_letters_are_signed_with(client, owner):
    page = client.get(SIGNUP_URL).content.decode()
    assert 'name="first_name"' in page and 'name="last_name"' in page

    _signup(client, first_name="  Alex ", last_name="Morgan ")

    user = User.objects.get(username="alex")
    assert user.get_full_name() == "Alex Morgan"


def test_signup_without_a_first_name_is_refused(client, owner):
    response = _signup(client, first_name=" ")

    assert response.status_code == 200
    assert not User.objects.filter(username="alex").exists()


def test_signup_stores_the_chosen_time_zone_and_look(client, owner):
    from accounts.models import Preferences

    _signup(client, time_zone="Europe/Berlin", theme="dark")

    preferences = Preferences.objects.get(user__username="alex")
    assert (preferences.time_zone, preferences.theme) == ("Europe/Berlin", "dark")


def test_signup_without_a_zone_takes_the_sites_default(client, owner, settings):
    from accounts.models import Preferences

    _signup(client)

    preferences = Preferences.objects.get(user__username="alex")
    assert (preferences.time_zone, preferences.theme) == (settings.TIME_ZONE, "system")


def test_signup_refuses_a_zone_the_server_does_not_know(client, owner):
    response = _signup(client, time_zone="Mars/Olympus_Mons")

    assert response.status_code == 200
    assert not User.objects.filter(username="alex").exists()


def test_the_signup_page_preselects_the_site_zone_and_guesses_with_a_static_script(
    client, settings
):
    html = client.get(SIGNUP_URL).content.decode()

    assert f'<option value="{settings.TIME_ZONE}" selected>' in html
    assert "data-guess-time-zone" in html
    assert 'src="/static/js/time-zone.js"' in html
    assert "<script>" not in html  # nothing inline: the CSP allows only our files
