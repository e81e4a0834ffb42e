"""Inviting a coach: the same answer whether an account exists, mail only to confirmed or
typed addresses, a signed one-time link, sign-up through it, withdrawing and declining."""

import datetime
import re

import pytest
from django.conf import settings
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from coach import services
from coach.models import Coaching, CoachInvitation
from coach.tasks import join_url, signed_link
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def mailed(django_capture_on_commit_callbacks):
    """Run what waits for the commit (mailing the invitation) when the block ends."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def invite(client, invited):
    return client.post(reverse("coach:sharing"), {"invited": invited}, follow=True)


def shown_message(response) -> str:
    return " ".join(str(m) for m in response.context["messages"])


def test_the_answer_is_the_same_whether_or_not_the_username_exists(owner_client, stranger):
    known = invite(owner_client, stranger.username)
    unknown = invite(owner_client, "nobody-by-this-name")

    assert shown_message(known).replace(stranger.username, "X") == shown_message(unknown).replace(
        "nobody-by-this-name", "X"
    )
    # The waiting list shows what was typed, both alike.
    html = unknown.content.decode()
    assert stranger.username in html and "nobody-by-this-name" in html


def test_the_answer_is_the_same_whether_or_not_the_address_has_an_account(
    owner_client, stranger, mailed
):
    with mailed():
        known = invite(owner_client, stranger.email)
    with mailed():
        unknown = invite(owner_client, "new.person@example.org")

    assert shown_message(known).replace(stranger.email, "X") == shown_message(unknown).replace(
        "new.person@example.org", "X"
    )
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [stranger.email, "new.person@example.org"]
    )


def test_an_account_with_an_unconfirmed_address_gets_no_mail(owner_client, mailed):
    unconfirmed = UserFactory(email_verified=False)

    with mailed():
        invite(owner_client, unconfirmed.username)

    assert mail.outbox == []
    client = Client()
    client.force_login(unconfirmed)
    assert "owner invites you" in client.get(reverse("coach:home")).content.decode()


def test_inviting_by_email_needs_ones_own_confirmed_address():
    owner = UserFactory(email_verified=False)
    client = Client()
    client.force_login(owner)

    response = client.post(reverse("coach:sharing"), {"invited": "coach@example.org"})

    assert response.status_code == 200
    assert "Confirm your own e-mail address first" in response.content.decode()
    assert not CoachInvitation.objects.exists() and mail.outbox == []


def test_one_cannot_invite_oneself(owner, owner_client):
    response = owner_client.post(reverse("coach:sharing"), {"invited": owner.username.upper()})

    assert "That is you" in response.content.decode()
    assert not CoachInvitation.objects.exists()


def test_the_mailed_link_is_signed_and_works_once(
    owner, owner_client, stranger, stranger_client, mailed
):
    with mailed():
        invite(owner_client, stranger.username)
    invitation = CoachInvitation.objects.get()
    # The mailed link, not a fresh join_url(): the signature carries the second it was made.
    link = re.search(r"\S+/coach/join/\S+/", mail.outbox[0].body).group()
    signed = link.rstrip("/").rsplit("/", 1)[-1]
    assert services.invitation_from_link(signed) == invitation
    assert link == settings.SITE_URL + reverse("coach:join", args=[signed])
    assert join_url(invitation).startswith(settings.SITE_URL + "/coach/join/")
    path = link.removeprefix(settings.SITE_URL)

    page = stranger_client.get(path)
    accepted = stranger_client.post(path, {"answer": "accept"})
    again = stranger_client.get(path)

    assert page.status_code == 200 and "Accept: coach" in page.content.decode()
    assert accepted.status_code == 302
    assert accepted["Location"] == reverse("coach:overview", args=[owner.pk])
    assert Coaching.objects.filter(person=owner, coach=stranger).exists()
    assert again.status_code == 410


def test_a_tampered_or_expired_link_is_refused(owner, stranger_client):
    invitation = CoachInvitation.objects.create(owner=owner, invited="x")
    signed = signed_link(invitation)

    tampered = stranger_client.get(reverse("coach:join", args=[signed[:-2] + "xx"]))
    raw_token = stranger_client.get(reverse("coach:join", args=[invitation.token]))
    CoachInvitation.objects.filter(pk=invitation.pk).update(
        expires_at=timezone.now() - datetime.timedelta(seconds=1)
    )
    expired = stranger_client.post(reverse("coach:join", args=[signed]), {"answer": "accept"})

    assert tampered.status_code == 404 and raw_token.status_code == 404
    assert expired.status_code == 410
    assert not Coaching.objects.exists()


def test_a_username_invitation_is_only_for_that_account(owner, stranger):
    invitation = services.invite(owner=owner, invited=stranger.username)
    other = Client()
    other.force_login(UserFactory())

    response = other.post(
        reverse("coach:join", args=[signed_link(invitation)]), {"answer": "accept"}
    )

    assert response.status_code == 404
    assert not Coaching.objects.exists()


def test_the_owner_cannot_accept_their_own_invitation(owner, owner_client):
    invitation = CoachInvitation.objects.create(owner=owner, invited="someone@example.org")

    response = owner_client.post(
        reverse("coach:join", args=[signed_link(invitation)]), {"answer": "accept"}
    )

    assert response.status_code == 302
    assert not Coaching.objects.exists()


def test_an_invited_address_signs_up_through_the_link_while_sign_up_is_closed(
    owner, owner_client, settings
):
    settings.SIGNUP_OPEN = False
    invite(owner_client, "new.coach@example.org")
    path = reverse("coach:join", args=[signed_link(CoachInvitation.objects.get())])
    visitor = Client()

    page = visitor.get(path)
    signup = visitor.get(reverse("account_signup"))
    wrong = visitor.post(
        reverse("account_signup"),
        {
            "email": "someone.else@example.org",
            "username": "x1",
            "password1": "a-long-pass-phrase-9",
            "password2": "a-long-pass-phrase-9",
        },
    )

    assert page.status_code == 200 and "Create an account" in page.content.decode()
    assert signup.status_code == 200
    assert wrong.status_code == 200  # refused: the invitation is for another address
    assert "another e-mail address" in wrong.content.decode()


def test_a_new_account_finds_the_invitation_once_its_address_is_confirmed(owner):
    invitation = services.invite(owner=owner, invited="late@example.org")
    newcomer = UserFactory(email="late@example.org")
    client = Client()
    client.force_login(newcomer)

    home = client.get(reverse("coach:home")).content.decode()
    # The link the page shows, signed when the page was made (its timestamp may be a
    # second older than one signed now).
    shown = re.search(rf'"(/coach/join/{re.escape(invitation.token)}:[^"/]+/)"', home)
    assert shown, "the coach page shows no link to the invitation"
    accepted = client.post(shown.group(1), {"answer": "accept"})

    assert accepted.status_code == 302
    assert Coaching.objects.filter(person=owner, coach=newcomer).exists()


def test_withdrawing_closes_the_link_and_its_sign_up(owner, owner_client):
    invitation = services.invite(owner=owner, invited="gone@example.org")

    owner_client.post(reverse("coach:invitation-withdraw", args=[invitation.pk]))

    invitation.refresh_from_db()
    assert not invitation.is_usable
    assert invitation.signup_invitation.status == "revoked"
    assert Client().get(reverse("coach:join", args=[signed_link(invitation)])).status_code == 410


def test_declining_ends_the_invitation(owner, stranger, stranger_client):
    invitation = services.invite(owner=owner, invited=stranger.username)

    stranger_client.post(
        reverse("coach:join", args=[signed_link(invitation)]), {"answer": "decline"}
    )

    invitation.refresh_from_db()
    assert invitation.ended_at is not None and not Coaching.objects.exists()


def test_anonymous_visitors_see_the_invitation_and_are_asked_to_sign_in(owner):
    invitation = CoachInvitation.objects.create(owner=owner, invited="x@example.org")
    path = reverse("coach:join", args=[signed_link(invitation)])

    page = Client().get(path)
    posted = Client().post(path, {"answer": "accept"})

    assert "Sign in to accept" in page.content.decode()
    assert posted.status_code == 302 and posted["Location"].startswith("/accounts/login/")
    assert not Coaching.objects.exists()


def test_open_invitations_are_capped(owner):
    for n in range(services.OPEN_INVITATIONS_LIMIT):
        services.invite(owner=owner, invited=f"name{n}")

    with pytest.raises(services.CoachingRefused):
        services.invite(owner=owner, invited="one-more")


def test_inviting_and_withdrawing_in_a_loop_cannot_mail_an_address_again_and_again(
    owner, owner_client, mailed
):
    for _ in range(services.DAILY_INVITATIONS_PER_ADDRESS + 2):
        with mailed():
            response = invite(owner_client, "victim@example.org")
        for invitation in CoachInvitation.objects.usable():
            services.withdraw(owner=owner, invitation_id=invitation.pk)

    assert len(mail.outbox) == services.DAILY_INVITATIONS_PER_ADDRESS
    assert "3 times in the last 24 hours" in response.content.decode()


def test_invitations_made_in_a_day_are_capped_withdrawn_ones_too(owner):
    for n in range(services.DAILY_INVITATIONS_LIMIT):
        invitation = services.invite(owner=owner, invited=f"name{n}")
        services.withdraw(owner=owner, invitation_id=invitation.pk)

    with pytest.raises(services.CoachingRefused, match="last 24 hours"):
        services.invite(owner=owner, invited="one-more")
    CoachInvitation.objects.update(
        created_at=timezone.now() - datetime.timedelta(days=1, minutes=1)
    )
    services.invite(owner=owner, invited="one-more")  # a day later, allowed again


def test_an_address_someone_merely_typed_does_not_make_an_invitation_theirs(
    owner, owner_client, mailed
):
    """Mallory typed the coach's address on her profile (unconfirmed): the invitation
    mailed to that address is not hers to see or accept."""
    mallory = UserFactory(username="mallory", email="coach@example.org", email_verified=False)
    with mailed():
        invite(owner_client, "coach@example.org")
    invitation = CoachInvitation.objects.get()
    client = Client()
    client.force_login(mallory)

    home = client.get(reverse("coach:home")).content.decode()
    client.post(reverse("coach:join", args=[signed_link(invitation)]), {"answer": "accept"})

    assert invitation.target_user is None
    assert signed_link(invitation) not in home
    assert not Coaching.objects.exists()


def test_a_mailed_link_is_accepted_only_by_the_account_that_confirmed_that_address(
    owner, owner_client, mailed
):
    with mailed():
        invite(owner_client, "coach@example.org")
    link = reverse("coach:join", args=[signed_link(CoachInvitation.objects.get())])
    someone = Client()
    someone.force_login(UserFactory(username="someone", email="someone@example.org"))
    coach = UserFactory(username="coach", email="coach@example.org")
    the_coach = Client()
    the_coach.force_login(coach)

    refused = someone.post(link, {"answer": "accept"}, follow=True)
    someone.post(link, {"answer": "decline"})
    the_coach.post(link, {"answer": "accept"})

    assert "sent to an e-mail address" in shown_message(refused)
    assert list(Coaching.objects.values_list("coach__username", flat=True)) == ["coach"]


def test_after_a_revocation_no_other_invitation_lets_the_coach_back(owner, owner_client, mailed):
    coach = UserFactory(username="coachy", email="coachy@example.org")
    with mailed():
        invite(owner_client, "coachy")
        invite(owner_client, "coachy@example.org")
    first, second = CoachInvitation.objects.order_by("pk")
    client = Client()
    client.force_login(coach)
    client.post(reverse("coach:join", args=[signed_link(first)]), {"answer": "accept"})
    second.refresh_from_db()
    assert not second.is_usable  # spent with the first

    coaching = Coaching.objects.get(person=owner, coach=coach)
    owner_client.post(reverse("coach:revoke", args=[coaching.pk]))
    client.post(reverse("coach:join", args=[signed_link(second)]), {"answer": "accept"})

    assert client.get(reverse("coach:overview", args=[owner.pk])).status_code == 404
    assert signed_link(second) not in client.get(reverse("coach:home")).content.decode()


def test_a_revocation_also_ends_invitations_still_waiting_for_that_coach(owner, owner_client):
    coach = UserFactory(username="coachy", email="coachy@example.org")
    Coaching.objects.create(person=owner, coach=coach)
    waiting = services.invite(owner=owner, invited="coachy")
    coaching = Coaching.objects.get()

    services.revoke(person=owner, coaching_id=coaching.pk)

    waiting.refresh_from_db()
    assert not waiting.is_usable
