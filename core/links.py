"""Absolute links: the address the person used, when this site answers to it.

Links in a page's own HTML are relative. Some must be absolute: the calendar feed's links
(read by a calendar app), the quick-capture bookmarklet (run on another site), mail. During
a request they use the request's scheme and host, provided the host is one of
``ALLOWED_HOSTS`` by name (a bare ``*`` allows any Host header, which an attacker chooses,
so it never counts); otherwise, and for mail sent without a request (the digest), they use
``SITE_URL``.

``id_links`` makes the many relative links of a long page (one per row) from one reversal.
"""

from collections.abc import Callable

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http import HttpRequest
from django.http.request import split_domain_port, validate_host
from django.urls import reverse


def site_root(request: HttpRequest | None = None) -> str:
    """``https://host[:port]`` without a trailing slash."""
    if request is not None:
        try:
            host = request.get_host()
        except DisallowedHost:
            host = ""
        named = [pattern for pattern in settings.ALLOWED_HOSTS if pattern != "*"]
        domain, _ = split_domain_port(host)
        if domain and validate_host(domain, named):
            return f"{request.scheme}://{host}"
    return settings.SITE_URL


def absolute_url(path: str, request: HttpRequest | None = None) -> str:
    return f"{site_root(request)}{path}"


#: Stands for the id while a URL is reversed once (no table of ours gets near it).
_ID_MARKER = 987_654_321_012


def id_links(name: str) -> Callable[[int], str]:
    """``reverse(name, args=[pk])`` for many ids, reversed once: ``links(pk)`` gives the
    same path. For pages with a link per row (the board's hundred cards), where reversing
    each one took a fifth of the rendering. ``name``'s only argument is an ``int`` id.
    """
    marker = str(_ID_MARKER)
    before, found, after = reverse(name, args=[_ID_MARKER]).partition(marker)
    if not found or marker in after:
        raise ValueError(f"{name} does not take its id as a path segment")
    return lambda pk: f"{before}{int(pk)}{after}"
