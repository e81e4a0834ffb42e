"""Absolute links: the address the person used, when this site answers to it.

Links in a page's own HTML are relative. Some must be absolute: the calendar feed's links
(read by a calendar app), the quick-capture bookmarklet (run on another site), mail. During
a request they use the request's scheme and host, provided the host is one of
``ALLOWED_HOSTS`` by name (a bare ``*`` allows any Host header, which an attacker chooses,
so it never counts); otherwise, and for mail sent without a request (the digest), they use
``SITE_URL``.
"""

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http import HttpRequest
from django.http.request import split_domain_port, validate_host


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
