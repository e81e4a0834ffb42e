"""Your details: name (letters are signed with it) and e-mail address (reminders, resets)."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.urls import reverse

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

URL = reverse("profile")
PASSWORD = "correct horse battery"  # UserFactory's


def post(client, **data):
    return client.post(URL, {"first_name": "", "last_name": "", "email": "", **data})


def test_the_page_shows_the_users_own_details(owner, owner_client):
    html = owner_client.get(URL).content.decode()

    assert f'value="{owner.email}"' in html
    assert "Signed in as <strong>owner</strong>" in html


def test_the_name_can_be_changed_without_the_password(owner, owner_client):
    response = post(owner_client, first_name="  Robin  ", last_name="Ng", email=owner.email)

    assert response.status_code == 302
    owner.refresh_from_db()
    assert owner.get_full_name() == "Robin Ng"
    assert [str(m) for m in get_messages(response.wsgi_request)] == ["Saved your details."]


def test_the_email_changes_with_the_current_password(owner, owner_client):
    response = post(owner_client, email="Robin@Example.COM", current_password=PASSWORD)

    assert response.status_code == 302
    owner.refresh_from_db()
    assert owner.email == "robin@example.com"


@pytest.mark.parametrize("password", ["", "wrong password"])
def test_the_email_stays_without_the_right_password(owner, owner_client, password):
    before = owner.email

    response = post(owner_client, email="thief@example.com", current_password=password)

    assert response.status_code == 200
    assert "Enter your current password to change your e-mail address." in (
        response.content.decode()
    )
    owner.refresh_from_db()
    assert owner.email == before


def test_an_address_in_use_by_another_account_is_refused(owner, owner_client):
    UserFactory(email="taken@example.com")

    response = post(owner_client, email="TAKEN@example.com", current_password=PASSWORD)

    assert "An account with this e-mail address already exists." in response.content.decode()
    owner.refresh_from_db()
    assert owner.email != "taken@example.com"


@pytest.mark.parametrize("email", ["", "not an address", "a@b@c"])
def test_a_bad_address_is_refused_and_nothing_is_saved(owner, owner_client, email):
    response = post(owner_client, first_name="Changed", email=email, current_password=PASSWORD)

    assert response.status_code == 200
    owner.refresh_from_db()
    assert owner.first_name != "Changed"


def test_the_full_name_signs_the_next_letter(owner, owner_client):
    from rejections.forms.letters import LetterCreateForm
    from tests.factories import RejectionFactory

    post(owner_client, first_name="Robin", last_name="Ng", email=owner.email)
    owner.refresh_from_db()
    form = LetterCreateForm(rejection=RejectionFactory(application__owner=owner), user=owner)

    assert form.initial["your_name"] == "Robin Ng"


def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = client.get(URL)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_nobody_else_is_changed(owner, owner_client, stranger):
    post(owner_client, first_name="Robin", email="robin@example.com", current_password=PASSWORD)

    stranger.refresh_from_db()
    assert stranger.first_name == ""
    assert get_user_model().objects.filter(email="robin@example.com").count() == 1
