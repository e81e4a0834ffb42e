"""The getting-started list on a new account's dashboard."""

import pytest
from django.urls import reverse

from accounts.models import Preferences
from tests.factories import ApplicationFactory, RejectionFactory
from tracker import services
from tracker.stages import Status

# The helpers read the dashboard's context on every look.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off")]

DISMISS = reverse("home:getting-started-dismiss")


def shown(client) -> list:
    return client.get(reverse("home:dashboard")).context["getting_started"]


def done(client) -> dict[str, bool]:
    return {item.label: item.done for item in shown(client)}


def test_a_new_account_sees_four_steps_with_nothing_done_but_the_mail(owner_client):
    assert done(owner_client) == {
        "Add an application": False,
        "Try the board": False,
        "See what happens after a rejection": False,
        # The e-mail is set at sign-up; the time zone is not chosen yet.
        "Set your time zone and e-mail": False,
    }
    content = owner_client.get(reverse("home:dashboard")).content.decode()
    assert "Getting started" in content
    assert reverse("profile") in content
    assert reverse("home:help") + "#rejections" in content


def test_the_steps_tick_themselves_from_the_data(owner, owner_client):
    application = ApplicationFactory(owner=owner, status=Status.WISHLIST)
    assert done(owner_client)["Add an application"]
    assert not done(owner_client)["Try the board"]

    services.change_status(application=application, status=Status.APPLIED)
    assert done(owner_client)["Try the board"]

    RejectionFactory(application__owner=owner)
    assert done(owner_client)["See what happens after a rejection"]


def test_the_list_goes_when_everything_is_done(owner, owner_client):
    application = ApplicationFactory(owner=owner, status=Status.WISHLIST)
    services.change_status(application=application, status=Status.APPLIED)
    RejectionFactory(application__owner=owner)
    Preferences.objects.create(user=owner, time_zone="Europe/Paris")

    assert shown(owner_client) == []
    assert "Getting started" not in owner_client.get(reverse("home:dashboard")).content.decode()


def test_hiding_the_list_keeps_it_hidden(owner, owner_client):
    response = owner_client.post(DISMISS)

    assert response.status_code == 302
    assert response["Location"] == reverse("home:dashboard")
    assert Preferences.objects.get(user=owner).getting_started_dismissed
    assert shown(owner_client) == []


def test_hiding_the_list_keeps_the_chosen_preferences(owner, owner_client):
    Preferences.objects.create(user=owner, time_zone="Asia/Tokyo", theme="dark")

    owner_client.post(DISMISS)

    preferences = Preferences.objects.get(user=owner)
    assert (preferences.time_zone, preferences.theme) == ("Asia/Tokyo", "dark")
    assert preferences.getting_started_dismissed


def test_hiding_is_per_person(owner_client, stranger, client):
    owner_client.post(DISMISS)
    client.force_login(stranger)

    assert len(shown(client)) == 4


def test_hiding_needs_a_post(owner_client):
    assert owner_client.get(DISMISS).status_code == 405


def test_anonymous_is_sent_to_sign_in(client):
    response = client.post(DISMISS)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    assert not Preferences.objects.exists()
