"""Invitation links: while sign-up is closed, a valid link opens it for one account.

Opening the link (``/accounts/invitation/<token>/``) keeps the token in the session and
leads to the sign-up page; the account created there uses the invitation up, in the same
transaction (``AccountAdapter.save_user``).
"""

from django.http import HttpRequest
from django.utils import timezone

from accounts.models import Invitation

SESSION_KEY = "rebound_invitation"
_CACHE = "_rebound_invitation"


def remember(request: HttpRequest, invitation: Invitation) -> None:
    request.session[SESSION_KEY] = invitation.token
    setattr(request, _CACHE, invitation)


def from_session(request: HttpRequest | None) -> Invitation | None:
    """The usable invitation this visitor opened, if any (looked up once per request)."""
    if request is None or not hasattr(request, "session"):
        return None
    if not hasattr(request, _CACHE):
        token = request.session.get(SESSION_KEY)
        found = None
        if isinstance(token, str) and token:
            found = Invitation.objects.usable().filter(token=token).first()
        setattr(request, _CACHE, found)
    return getattr(request, _CACHE)


def claim(request: HttpRequest) -> Invitation | None:
    """The session's invitation, locked for this transaction, if it is still usable."""
    token = request.session.get(SESSION_KEY)
    if not isinstance(token, str) or not token:
        return None
    return Invitation.objects.select_for_update().usable().filter(token=token).first()


def use(request: HttpRequest, invitation: Invitation, user) -> None:
    invitation.used_by, invitation.used_at = user, timezone.now()
    invitation.save(update_fields=["used_by", "used_at"])
    request.session.pop(SESSION_KEY, None)
    setattr(request, _CACHE, None)
