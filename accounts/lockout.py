"""Brute-force protection: how django-axes finds the client and forgets failures.

Configured in settings (``AXES_HANDLER``, ``AXES_CLIENT_IP_CALLABLE``); the lock-out rules
themselves (5 failures per username or per address, 15 minutes) are plain axes settings.
"""

import ipaddress

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username
from axes.models import AccessAttempt
from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str | None:
    """The address the request came from, as seen by the outermost proxy we trust.

    Each trusted proxy appends the address it received the request from to
    X-Forwarded-For, so with N proxies the client is the N-th entry from the right.
    Entries further left were written by the client and are ignored: trusting them would
    let an attacker pick a fresh address for every guess.
    """
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies and _is_ip(forwarded[-proxies]):
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR")


def _is_ip(value: str) -> bool:
    # The address is stored in an IP column: anything else would fail as a 500.
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


class LockoutHandler(AxesDatabaseHandler):
    """Axes' database handler, but a successful sign-in forgets less.

    Axes' own reset deletes every failure recorded for the username *or* the address. An
    attacker with an account of their own (sign-up is open by default) could then guess
    another user's password four times, sign in to their own account to wipe the counts
    from their address, and repeat forever. Here a success forgets only the failures of
    that username from that address: the person who just proved they know the password.
    """

    def reset_user_attempts(self, request: HttpRequest, credentials: dict | None = None) -> int:
        username = get_client_username(request, credentials)
        count, _ = AccessAttempt.objects.filter(
            username=username, ip_address=request.axes_ip_address
        ).delete()
        return count
