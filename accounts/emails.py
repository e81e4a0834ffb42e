"""Each person's e-mail address and whether they proved it is theirs (allauth's
``EmailAddress``).

An account has one address, ``user.email``, mirrored by one primary ``EmailAddress`` row.
Anything that sends mail *for* a person (letters) asks ``has_verified_email`` first, so an
address someone merely typed cannot be used to send mail to, or as, someone else.
"""

from allauth.account import signals
from allauth.account.models import EmailAddress
from allauth.core import ratelimit
from django.db import transaction
from django.http import HttpRequest


def has_verified_email(user) -> bool:
    """Whether the user's current address is one they verified."""
    if not getattr(user, "is_authenticated", False) or not user.email:
        return False
    return EmailAddress.objects.filter(user=user, email__iexact=user.email, verified=True).exists()


def address_of(user) -> EmailAddress | None:
    """The row for the user's current address, made (unverified) if it is missing."""
    if not user.email:
        return None
    address = EmailAddress.objects.filter(user=user, email__iexact=user.email).first()
    if address is None:
        address = EmailAddress.objects.create(
            user=user, email=user.email.lower(), primary=True, verified=False
        )
    return address


@transaction.atomic
def change_address(user, email: str) -> EmailAddress:
    """Make ``email`` the user's only address, unverified. ``user.email`` is saved by the
    caller; the old address no longer counts for anything."""
    EmailAddress.objects.filter(user=user).delete()
    return EmailAddress.objects.create(user=user, email=email.lower(), primary=True, verified=False)


def send_verification(request: HttpRequest, user) -> bool:
    """Mail the user a link that verifies their current address.

    False when there is nothing to verify (no address, already verified) or when one was
    sent moments ago (allauth's rate limit for verification mails, ``confirm_email``, which
    its own sign-up and sign-in flows count too). The caller says what happened: allauth's
    "confirmation sent" message is not added.
    """
    address = address_of(user)
    if address is None or address.verified:
        return False
    if not ratelimit.consume(request, action="confirm_email", key=address.email.lower()):
        return False
    confirmation = address.send_confirmation(request)
    signals.email_confirmation_sent.send(
        sender=confirmation.__class__, request=request, confirmation=confirmation, signup=False
    )
    return True
