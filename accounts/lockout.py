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

#: IPv6 clients are counted by network of this size: one subscriber usually gets a whole
#: /64 and can pick any address in it, so counting single addresses would give an
#: attacker 2**64 fresh starts.
IPV6_CLIENT_PREFIX = 64


def client_ip(request: HttpRequest) -> str | None:
    """The address the request came from, as seen by the outermost proxy we trust, in the
    form lock-outs count it by (see ``lockout_address``).

    Each trusted proxy appends the address it received the request from to
    X-Forwarded-For, so with N proxies the client is the N-th entry from the right.
    Entries further left were written by the client and are ignored: trusting them would
    let an attacker pick a fresh address for every guess. The header is read only when the
    connection itself comes from a trusted proxy (``TRUSTED_PROXY_ADDRESSES``); a client
    that reaches the app server directly is counted by its own address, whatever it sends.
    """
    proxies = settings.TRUSTED_PROXY_COUNT
    remote = request.META.get("REMOTE_ADDR")
    if proxies and from_trusted_proxy(remote):
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            address = lockout_address(forwarded[-proxies])
            if address is not None:
                return address
    return (lockout_address(remote) or remote) if remote else remote


def from_trusted_proxy(remote: str | None) -> bool:
    """Whether a connection from ``remote`` (REMOTE_ADDR) is one of the trusted proxies."""
    try:
        address = ipaddress.ip_address((remote or "").strip())
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return any(
        address in ipaddress.ip_network(network, strict=False)
        for network in settings.TRUSTED_PROXY_ADDRESSES
    )


def lockout_address(value: str) -> str | None:
    """The address failures are counted against, or None for something that is not an IP
    address (stored in an IP column, it would fail as a 500).

    An IPv4 address written as IPv6 (``::ffff:203.0.113.7``, as a dual-stack server sees
    IPv4 clients) is the IPv4 address; any other IPv6 address stands for its /64, written
    as the network's first address (``2001:db8:1:2::``).
    """
    try:
        address = ipaddress.ip_address(value.strip())
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        network = ipaddress.IPv6Network((address, IPV6_CLIENT_PREFIX), strict=False)
        return str(network.network_address)
    return str(address)


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
