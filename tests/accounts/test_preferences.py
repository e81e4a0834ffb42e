"""Your time zone and look on "Your details", and the zone every request runs in."""

import datetime

import pytest
from django import forms
from django.urls import reverse
from django.utils import timezone

from accounts.backends import PreferencesModelBackend
from accounts.forms import TimeZoneSelect
from accounts.models import Preferences, time_zone_choices
from accounts.preferences import preferences_for

pytestmark = pytest.mark.django_db

PROFILE_URL = reverse("profile")


def details(owner, **extra) -> dict:
    return {"first_name": "Olive", "last_name": "Owner", "email": owner.email, **extra}


def test_your_details_shows_the_zone_and_look_with_the_sites_defaults(owner_client, settings):
    html = owner_client.get(PROFILE_URL).content.decode()

    assert 'name="time_zone"' in html and 'name="theme"' in html
    assert f'<option value="{settings.TIME_ZONE}" selected>' in html


@pytest.mark.parametrize("guess", [False, True])
@pytest.mark.parametrize("value", ["Europe/Paris", "America/Argentina/Buenos_Aires", "", None])
def test_the_zone_list_is_the_html_djangos_select_gives(guess, value):
    """The zone list builds its ~600 options itself, for speed: the same HTML, escaping
    included, as Django's own ``forms.Select`` and its templates."""
    choices = [*time_zone_choices(), ('Odd/"<Zone>"', "Tom & Jerry's")]
    ours = TimeZoneSelect(guess=guess)
    djangos = forms.Select(attrs=dict(ours.attrs))
    ours.choices = djangos.choices = choices
    attrs = {"id": "id_time_zone", "required": True}

    html = ours.render("time_zone", value, attrs=attrs)

    assert html == djangos.render("time_zone", value, attrs=attrs)
    assert html.count("<option ") == len(choices)
    assert "Tom &amp; Jerry&#x27;s" in html


def test_saving_your_details_stores_the_zone_and_look(owner_client, owner):
    response = owner_client.post(PROFILE_URL, details(owner, time_zone="Asia/Tokyo", theme="light"))

    assert response.status_code == 302
    preferences = Preferences.objects.get(user=owner)
    assert (preferences.time_zone, preferences.theme) == ("Asia/Tokyo", "light")


def test_saving_your_details_without_the_zone_keeps_it(owner_client, owner):
    Preferences.objects.create(user=owner, time_zone="Asia/Tokyo")

    owner_client.post(PROFILE_URL, details(owner))

    assert Preferences.objects.get(user=owner).time_zone == "Asia/Tokyo"


def test_an_unknown_zone_is_refused(owner_client, owner):
    response = owner_client.post(PROFILE_URL, details(owner, time_zone="Nowhere/Special"))

    assert response.status_code == 200
    assert not Preferences.objects.filter(user=owner).exists()


def test_anonymous_is_sent_to_sign_in(client):
    response = client.get(PROFILE_URL)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_every_request_runs_in_the_users_zone(owner_client, owner, settings):
    settings.TIME_ZONE = "UTC"
    owner_client.post(PROFILE_URL, details(owner, time_zone="Pacific/Kiritimati"))

    response = owner_client.get(reverse("home:dashboard"))

    assert response.wsgi_request.time_zone == "Pacific/Kiritimati"
    # The zone is deactivated after the request: tests and other requests are unaffected.
    assert timezone.get_current_timezone_name() == "UTC"


def test_a_new_sign_in_brings_the_saved_zone(client, owner, settings):
    settings.TIME_ZONE = "UTC"
    Preferences.objects.create(user=owner, time_zone="Pacific/Kiritimati")
    client.force_login(owner)

    response = client.get(reverse("home:dashboard"))

    assert response.wsgi_request.time_zone == "Pacific/Kiritimati"
    # Kiritimati is 14 hours ahead of UTC: "today" there is usually tomorrow in UTC.
    utc_now = datetime.datetime.now(datetime.UTC)
    expected = (utc_now + datetime.timedelta(hours=14)).date()
    assert response.context["today"] == expected


def test_signed_out_pages_use_the_sites_zone(client, settings):
    response = client.get(reverse("login"))

    assert response.wsgi_request.time_zone == settings.TIME_ZONE


def test_someone_who_never_chose_gets_the_sites_defaults_without_a_query(
    owner, settings, django_assert_num_queries
):
    settings.TIME_ZONE = "Europe/Lisbon"
    user = PreferencesModelBackend().get_user(owner.pk)  # as each request loads them

    with django_assert_num_queries(0):
        preferences = preferences_for(user)

    assert preferences.pk is None and preferences.user == user
    assert (preferences.time_zone, preferences.theme) == ("Europe/Lisbon", "system")
    assert not preferences.getting_started_dismissed and not preferences.calm_mode
    assert preferences_for(user) is preferences  # once per request, not once per look
    assert not Preferences.objects.exists()


def test_someone_who_chose_gets_their_row_with_the_user(owner, django_assert_num_queries):
    Preferences.objects.create(user=owner, time_zone="Asia/Tokyo", theme="dark")
    user = PreferencesModelBackend().get_user(owner.pk)

    with django_assert_num_queries(0):
        preferences = preferences_for(user)

    assert (preferences.time_zone, preferences.theme) == ("Asia/Tokyo", "dark")
    assert preferences.pk is not None
