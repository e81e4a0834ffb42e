"""Mailing a coach invitation, run by the task worker."""

import logging

from django.conf import settings
from django.core import signing
from django.tasks import task
from django.template.loader import render_to_string
from django.urls import reverse

from accounts.emails import has_verified_email
from coach.models import CoachInvitation
from core.mail import Message, address, on_behalf_of

logger = logging.getLogger(__name__)

SALT = "coach.invitation"


def signed_link(invitation: CoachInvitation) -> str:
    """The signed value in the invitation's link (``coach:join``); the signature's
    timestamp makes the link expire even if the row were changed."""
    return signing.TimestampSigner(salt=SALT).sign(invitation.token)


def join_url(invitation: CoachInvitation) -> str:
    """The absolute one-time link, on ``SITE_URL``."""
    return settings.SITE_URL + reverse("coach:join", args=[signed_link(invitation)])


def recipient(invitation: CoachInvitation) -> str | None:
    """Where the link goes: the address the inviter typed, or the invited account's
    address if it is confirmed. Nowhere otherwise."""
    if invitation.email:
        return invitation.email
    target = invitation.target_user
    if target is not None and has_verified_email(target):
        return target.email
    return None


@task
def mail_invitation(invitation_id: int) -> str:
    invitation = (
        CoachInvitation.objects.select_related("owner", "target_user")
        .filter(pk=invitation_id)
        .first()
    )
    if invitation is None or not invitation.is_usable:
        return "Nothing sent: the invitation is no longer open."
    to = recipient(invitation)
    if to is None:
        return "Nothing sent: no confirmed address to send it to."
    owner = invitation.owner
    name = owner.get_full_name() or owner.get_username()
    body = render_to_string(
        "coach/invitation_email.txt",
        {
            "name": name,
            "link": join_url(invitation),
            "days": settings.INVITATION_DAYS,
            "site_url": settings.SITE_URL,
        },
    )
    reply_to = [address(name, owner.email)] if has_verified_email(owner) else []
    Message(
        subject=f"{name} invites you to be their job-search coach",
        body=body,
        from_email=on_behalf_of(name),
        to=[to],
        reply_to=reply_to,
        headers={"Auto-Submitted": "auto-generated"},
    ).send()
    return "Sent."
