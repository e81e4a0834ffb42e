"""The reminders settings page: the private calendar link and the daily digest switch."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from reminders.models import ReminderSettings
from tests.reminders.factories import ReminderSettingsFactory

pytestmark = pytest.mark.django_db

SETTINGS_URL = "/settings/reminders/"
DIGEST_URL = "/settings/reminders/digest/"
REGENERATE_URL = "/settings/reminders/calendar/regenerate/"


@pytest.fixture(autouse=True)
def _site_url(settings):
    settings.SITE_URL = "https://jobs.example.com"


def _messages(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_urls_are_stable():
    assert reverse("reminders:settings") == SETTINGS_URL
    assert reverse("reminders:digest") == DIGEST_URL
    assert reverse("reminders:calendar-regenerate") == REGENERATE_URL


@pytest.mark.parametrize(
    ("method", "url"), [("get", SETTINGS_URL), ("post", DIGEST_URL), ("post", REGENERATE_URL)]
)
def test_anonymous_visitors_are_sent_to_sign_in(client, method, url):
    response = getattr(client, method)(url)
    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={url}"
    assert not ReminderSettings.objects.exists()


@pytest.mark.parametrize("url", [DIGEST_URL, REGENERATE_URL])
def test_changing_views_refuse_get(owner_client, owner, url):
    before = ReminderSettingsFactory(user=owner)
    response = owner_client.get(url)
    assert response.status_code == 405
    after = ReminderSettings.objects.get(user=owner)
    assert (after.calendar_token, after.digest_enabled) == (
        before.calendar_token,
        before.digest_enabled,
    )


def test_first_visit_creates_the_settings_with_the_digest_on(owner_client, owner):
    response = owner_client.get(SETTINGS_URL)
    assert response.status_code == 200
    reminder_settings = ReminderSettings.objects.get(user=owner)
    assert reminder_settings.digest_enabled is True
    assert len(reminder_settings.calendar_token) >= 40


def test_the_page_shows_the_absolute_feed_url_and_how_to_subscribe(owner_client, owner):
    token = ReminderSettingsFactory(user=owner).calendar_token
    response = owner_client.get(SETTINGS_URL)
    content = response.content.decode()
    assert f"https://jobs.example.com/calendar/{token}.ics" in content
    assert f"webcal://jobs.example.com/calendar/{token}.ics" in content
    for app in ("Google Calendar", "Apple Calendar", "Outlook"):
        assert app in content
    assert 'data-copy-target="calendar-url"' in content
    assert "<h1" in content


def test_each_user_sees_only_their_own_link(owner, stranger_client, stranger):
    owner_token = ReminderSettingsFactory(user=owner).calendar_token
    response = stranger_client.get(SETTINGS_URL)
    content = response.content.decode()
    assert owner_token not in content
    assert ReminderSettings.objects.get(user=stranger).calendar_token in content


def test_the_page_has_no_inline_script_or_style(owner_client):
    content = owner_client.get(SETTINGS_URL).content.decode()
    assert "<script>" not in content
    assert " style=" not in content
    assert " onclick=" not in content


def test_replacing_the_link_makes_the_old_one_404_at_once(owner_client, owner, client):
    old = ReminderSettingsFactory(user=owner)
    old_feed = old.calendar_path
    assert client.get(old_feed).status_code == 200

    response = owner_client.post(REGENERATE_URL)

    assert response.status_code == 302
    assert response["Location"] == SETTINGS_URL
    new = ReminderSettings.objects.get(user=owner)
    assert new.calendar_token != old.calendar_token
    assert client.get(old_feed).status_code == 404
    assert client.get(new.calendar_path).status_code == 200
    assert any("old link no longer works" in message for message in _messages(response))
    assert new.calendar_url in owner_client.get(SETTINGS_URL).content.decode()


def test_replacing_your_link_does_not_touch_anyone_elses(owner, stranger, stranger_client):
    owner_token = ReminderSettingsFactory(user=owner).calendar_token
    stranger_token = ReminderSettingsFactory(user=stranger).calendar_token
    stranger_client.post(REGENERATE_URL)
    assert ReminderSettings.objects.get(user=owner).calendar_token == owner_token
    assert ReminderSettings.objects.get(user=stranger).calendar_token != stranger_token


def test_turning_the_digest_off_and_on_says_so(owner_client, owner):
    response = owner_client.post(DIGEST_URL, {})
    assert response.status_code == 302
    assert ReminderSettings.objects.get(user=owner).digest_enabled is False
    assert any("digest is off" in message for message in _messages(response))

    response = owner_client.post(DIGEST_URL, {"digest_enabled": "on"})
    assert ReminderSettings.objects.get(user=owner).digest_enabled is True
    assert any(
        "digest is on" in message and owner.email in message for message in _messages(response)
    )


def test_turning_the_digest_off_changes_only_your_own(owner, stranger_client):
    ReminderSettingsFactory(user=owner)
    stranger_client.post(DIGEST_URL, {})
    assert ReminderSettings.objects.get(user=owner).digest_enabled is True


def test_turning_the_digest_on_without_an_email_address_warns(owner_client, owner):
    owner.email = ""
    owner.save(update_fields=["email"])
    response = owner_client.post(DIGEST_URL, {"digest_enabled": "on"})
    assert any("no e-mail address" in message for message in _messages(response))
    assert "no e-mail address" in owner_client.get(SETTINGS_URL).content.decode()


def test_switching_the_digest_keeps_the_day_a_digest_run_recorded(owner):
    """A stale copy of the row must not undo the mark a concurrent digest run wrote."""
    stale = ReminderSettingsFactory(user=owner)
    ReminderSettings.objects.filter(pk=stale.pk).update(last_digest_on="2026-03-19")
    stale.set_digest_enabled(False)
    stale.regenerate_calendar_token()
    fresh = ReminderSettings.objects.get(pk=stale.pk)
    assert str(fresh.last_digest_on) == "2026-03-19"
    assert fresh.digest_enabled is False
