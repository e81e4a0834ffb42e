"""Sign-up is closed after the first account; an invitation link opens it for one account."""

import datetime
import importlib

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.models import Invitation
from tests.factories import UserFactory

PASSWORD = "sturdy-lantern-orbit-917"
User = get_user_model()


def signup(client: Client, username: str = "alex", email: str = "alex@example.com"):
    data = {
        "first_name": "Alex",
        "username": username,
        "email": email,
        "password1": PASSWORD,
        "password2": PASSWORD,
    }
    return client.post("/accounts/signup/", data)


@pytest.fixture
def admin_user(db):
    return UserFactory(username="boss", is_staff=True, is_superuser=True)


@pytest.fixture
def admin_client(admin_user, settings) -> Client:
    settings.STAFF_REQUIRE_2FA = False
    client = Client()
    client.force_login(admin_user)
    return client


@pytest.fixture
def invitation(admin_user) -> Invitation:
    return Invitation.objects.create(created_by=admin_user)


def test_signup_stays_closed_without_an_invitation(client, admin_user):
    response = signup(client)

    assert response.status_code == 403
    assert "Sign-up is closed" in response.content.decode()
    assert not User.objects.filter(username="alex").exists()


def test_an_invitation_link_opens_signup_for_one_account(client, invitation):
    response = client.get(invitation.get_absolute_url())
    assert response.status_code == 302
    assert response["Location"] == "/accounts/signup/"
    assert client.get("/accounts/signup/").status_code == 200

    response = signup(client)

    assert response.status_code == 302
    user = User.objects.get(username="alex")
    assert not user.is_staff and not user.is_superuser
    invitation.refresh_from_db()
    assert invitation.used_by == user and invitation.used_at is not None
    # The same browser cannot make a second account with it.
    assert signup(client, username="alex2", email="alex2@example.com").status_code == 403


def test_a_used_link_says_so(client, invitation):
    client.get(invitation.get_absolute_url())
    signup(client)

    response = Client().get(invitation.get_absolute_url())

    assert response.status_code == 410
    assert "already been used" in response.content.decode()


@pytest.mark.parametrize("change", ["revoked", "expired"])
def test_a_revoked_or_expired_link_opens_nothing(client, invitation, change):
    if change == "revoked":
        invitation.revoked_at = timezone.now()
    else:
        invitation.expires_at = timezone.now() - datetime.timedelta(minutes=1)
    invitation.save()

    response = client.get(invitation.get_absolute_url())

    assert response.status_code == 410
    assert signup(client).status_code == 403


def test_a_link_revoked_after_it_was_opened_no_longer_works(client, invitation):
    client.get(invitation.get_absolute_url())
    Invitation.objects.filter(pk=invitation.pk).update(revoked_at=timezone.now())

    assert signup(client).status_code == 403
    assert not User.objects.filter(username="alex").exists()


def test_an_unknown_link_is_a_404_page(client, db):
    response = client.get("/accounts/invitation/not-a-real-token/")

    assert response.status_code == 404
    assert "<h1" in response.content.decode()


def test_an_invitation_for_an_address_needs_that_address(client, admin_user):
    invitation = Invitation.objects.create(created_by=admin_user, email="invited@example.com")
    client.get(invitation.get_absolute_url())

    refused = signup(client, email="someone-else@example.com")

    assert refused.status_code == 200
    assert "This invitation is for another e-mail address" in refused.content.decode()
    assert signup(client, email="Invited@Example.com").status_code == 302
    assert User.objects.get(username="alex").email == "invited@example.com"


def test_tokens_are_long_and_unique(admin_user):
    tokens = {Invitation.objects.create(created_by=admin_user).token for _ in range(20)}

    assert len(tokens) == 20
    assert all(len(token) >= 40 for token in tokens)


# --- The staff page ------------------------------------------------------------------------


def test_staff_create_an_invitation_and_see_its_link(admin_client, admin_user, settings):
    settings.SITE_URL = "https://rebound.example.com"
    response = admin_client.post(
        "/accounts/invitations/", {"email": "New@Example.com", "note": "Sam", "days": "3"}
    )

    assert response.status_code == 302
    invitation = Invitation.objects.get()
    assert (invitation.email, invitation.note, invitation.created_by) == (
        "new@example.com",
        "Sam",
        admin_user,
    )
    assert invitation.expires_at - timezone.now() > datetime.timedelta(days=2, hours=23)
    page = admin_client.get("/accounts/invitations/").content.decode()
    assert f"https://rebound.example.com/accounts/invitation/{invitation.token}/" in page
    assert "data-copy-target" in page


def test_a_bad_expiry_is_refused_with_a_message(admin_client):
    response = admin_client.post("/accounts/invitations/", {"days": "0"})

    assert response.status_code == 200
    assert "greater than or equal to 1" in response.content.decode()
    assert not Invitation.objects.exists()


def test_staff_revoke_an_invitation(admin_client, invitation):
    response = admin_client.post(f"/accounts/invitations/{invitation.pk}/revoke/")

    assert response.status_code == 302
    invitation.refresh_from_db()
    assert invitation.revoked_at is not None
    assert invitation.status == "revoked"


def test_revoking_needs_a_post(admin_client, invitation):
    assert admin_client.get(f"/accounts/invitations/{invitation.pk}/revoke/").status_code == 405


def test_other_users_do_not_find_the_invitation_pages(owner_client, invitation):
    assert owner_client.get("/accounts/invitations/").status_code == 404
    assert owner_client.post("/accounts/invitations/", {"days": "3"}).status_code == 404
    response = owner_client.post(f"/accounts/invitations/{invitation.pk}/revoke/")
    assert response.status_code == 404
    invitation.refresh_from_db()
    assert invitation.revoked_at is None


def test_anonymous_visitors_are_sent_to_sign_in(client, invitation):
    response = client.get("/accounts/invitations/")

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")


def test_the_invitation_list_costs_the_same_queries_for_more_rows(admin_client, admin_user):
    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert admin_client.get("/accounts/invitations/").status_code == 200
        return len(queries)

    Invitation.objects.create(created_by=admin_user)
    few = count()
    for n in range(10):
        used_by = UserFactory()
        Invitation.objects.create(
            created_by=admin_user, used_by=used_by, used_at=timezone.now(), email=f"{n}@x.org"
        )
    assert count() == few


def test_the_admin_lists_invitations_with_their_link(admin_client, invitation):
    response = admin_client.get(f"/admin/accounts/invitation/{invitation.pk}/change/")

    assert response.status_code == 200
    assert invitation.token in response.content.decode()


# --- Existing accounts keep working ------------------------------------------------------


def test_existing_users_get_their_address_recorded_unverified(db):
    from allauth.account.models import EmailAddress
    from django.apps import apps

    migration = importlib.import_module(
        "accounts.migrations.0005_email_addresses_for_existing_users"
    )
    with_address = UserFactory(email="Old@Example.com")
    UserFactory(email="")
    twin = UserFactory(email="old@example.com")

    migration.add_addresses(apps, None)

    (address,) = EmailAddress.objects.all()
    assert (address.user, address.email) == (with_address, "old@example.com")
    assert address.primary and not address.verified
    assert not EmailAddress.objects.filter(user=twin).exists()
    # Run twice (a re-applied migration), nothing doubles.
    migration.add_addresses(apps, None)
    assert EmailAddress.objects.count() == 1
