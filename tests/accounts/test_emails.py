"""Verified e-mail: accounts.emails.has_verified_email, and changing or confirming the
address on Your details."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail

from accounts.emails import has_verified_email

PASSWORD = "correct horse battery"


def test_an_address_counts_only_once_verified(owner):
    assert not has_verified_email(owner)
    address = EmailAddress.objects.create(user=owner, email=owner.email, primary=True)
    assert not has_verified_email(owner)

    address.verified = True
    address.save()

    assert has_verified_email(owner)


def test_a_verified_address_that_is_no_longer_the_users_does_not_count(owner):
    EmailAddress.objects.create(user=owner, email=owner.email, primary=True, verified=True)
    owner.email = "new@example.com"

    assert not has_verified_email(owner)


def test_nobody_signed_out_has_a_verified_address():
    from django.contrib.auth.models import AnonymousUser

    assert not has_verified_email(AnonymousUser())


def test_changing_the_address_makes_it_unverified_and_mails_a_link(owner_client, owner, settings):
    settings.SITE_URL = "https://rebound.example.com"
    EmailAddress.objects.create(user=owner, email=owner.email, primary=True, verified=True)

    response = owner_client.post(
        "/accounts/profile/",
        {"first_name": "Owen", "email": "Fresh@Example.com", "current_password": PASSWORD},
        HTTP_HOST="localhost",
    )

    assert response.status_code == 302
    owner.refresh_from_db()
    assert owner.email == "fresh@example.com"
    assert not has_verified_email(owner)
    assert list(EmailAddress.objects.filter(user=owner).values_list("email", "verified")) == [
        ("fresh@example.com", False)
    ]
    (message,) = mail.outbox
    assert message.to == ["fresh@example.com"]
    path = re.search(r"https://rebound\.example\.com(/accounts/confirm-email/\S+/)", message.body)
    assert path

    # Opening the link (a page with a button, so mail scanners cannot confirm) verifies it.
    assert owner_client.post(path.group(1)).status_code == 302
    assert has_verified_email(owner)


def test_changing_the_address_without_the_password_changes_nothing(owner_client, owner):
    response = owner_client.post(
        "/accounts/profile/", {"first_name": "Owen", "email": "fresh@example.com"}
    )

    assert response.status_code == 200
    owner.refresh_from_db()
    assert owner.email == "owner@example.com"
    assert mail.outbox == []


def test_your_details_says_whether_the_address_is_confirmed(owner_client, owner):
    page = owner_client.get("/accounts/profile/").content.decode()
    assert "Not confirmed" in page and "Send the confirmation link" in page
    assert 'href="/accounts/2fa/"' in page

    EmailAddress.objects.create(user=owner, email=owner.email, primary=True, verified=True)

    page = owner_client.get("/accounts/profile/").content.decode()
    assert "Confirmed" in page and "Send the confirmation link" not in page


def test_the_confirmation_link_can_be_sent_again(owner_client, owner):
    response = owner_client.post("/accounts/profile/verify/", follow=True)

    page = response.content.decode()
    assert "We sent a link to owner@example.com" in page
    # One message says it, not a second one from allauth under it.
    assert "Confirmation email sent" not in page
    (message,) = mail.outbox
    assert message.to == [owner.email]
    # Straight again: allauth's limit on verification mails answers, no second mail.
    response = owner_client.post("/accounts/profile/verify/", follow=True)
    assert "A link was sent a moment ago" in response.content.decode()
    assert len(mail.outbox) == 1


def test_sending_the_link_needs_a_post_and_a_signed_in_user(owner_client, client, db):
    assert owner_client.get("/accounts/profile/verify/").status_code == 405
    response = client.post("/accounts/profile/verify/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_the_user_menu_links_to_two_factor(owner_client):
    html = owner_client.get("/").content.decode()

    assert 'href="/accounts/2fa/">Two-factor and passkeys</a>' in html


@pytest.mark.parametrize(
    "path", ["/accounts/login/", "/accounts/signup/", "/accounts/password/reset/"]
)
def test_account_pages_have_no_inline_script_or_style(client, db, path):
    response = client.get(path)

    html = response.content.decode()
    assert response.status_code == 200
    assert "<script>" not in html and " style=" not in html and "<style" not in html
    assert re.findall(r"<script(?![^>]*\b(?:src|type=\"application/json\"))", html) == []
