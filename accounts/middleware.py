"""Request guards: refuse NUL characters and unreadable charsets at the door; end idle and
old sessions.

**NUL characters.** PostgreSQL cannot store or compare a NUL (``\\x00``) in text, so one
reaching a query raises an error and the user sees a 500. Forms refuse it field by field
with a message ("Null characters are not allowed."), but a view that filters on a raw query
parameter, django-axes logging a header, or the session lookup of a cookie would not. A NUL
is never legitimate in a header or a query string, so ``RefuseNulCharactersMiddleware``
answers 400 before any of them runs. Form bodies are left to the forms, which show the
form again with the message instead of losing what the user typed.

**Charsets.** Django decodes form bodies (and the query string) in the charset the
Content-Type declares. One Python does not know, or one that does not write ASCII as ASCII
(UTF-16, UTF-32, UTF-7, "base64"...), made parsing fail with a 500, even on the sign-in
page, where Django could not build its own 400 page either. ``RefuseUnreadableCharsetMiddleware``
answers 415 for such a request before anything reads its body.

**Protective headers** that Django does not set itself (``ProtectiveHeadersMiddleware``):
a Permissions-Policy denying browser features Rebound never uses, a
Cross-Origin-Resource-Policy keeping other sites from embedding its responses, and
``Cache-Control: private, no-store`` on what a signed-in user is shown, so neither a
shared cache nor the browser's history keeps a copy of private notes after signing out.

**Session timeouts**, an idle one and an absolute one, both counted on the server.

The cookie's own expiry (``SESSION_COOKIE_AGE``) is only a hint to the browser; what
counts is what the session row says. At sign-in the session gets two timestamps: when the
user signed in and when they were last seen. A request after either limit signs the user
out and sends them to the sign-in page with a message.
"""

import codecs
import string
import time
from collections.abc import Callable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import SESSION_KEY, logout
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.http import parse_header_parameters

from accounts.preferences import preferences_for

SIGNED_IN_AT = "rebound_signed_in_at"
LAST_SEEN_AT = "rebound_last_seen_at"
#: "Last seen" is written at most this often (seconds). Writing it on every request would
#: turn every page view into a session write; the price is that the idle timeout may end
#: a session up to this much early.
LAST_SEEN_RESOLUTION = 5 * 60


class RefuseNulCharactersMiddleware:
    """400 for a NUL in a header (cookies included) or in the query string."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if self._has_nul(request):
            return HttpResponseBadRequest(
                "The request contains a NUL character, which is never valid here.",
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)

    @staticmethod
    def _has_nul(request: HttpRequest) -> bool:
        headers = (v for k, v in request.META.items() if k.startswith("HTTP_") and type(v) is str)
        if any("\x00" in value for value in headers):
            return True
        # The decoded parameters, since the raw query string has it as "%00".
        return any(
            "\x00" in key or any("\x00" in value for value in values)
            for key, values in request.GET.lists()
        )


#: Every printable ASCII character, and escapes that some codecs (UTF-7,
#: raw_unicode_escape) would turn into something else: an ASCII-compatible charset reads
#: these bytes as themselves.
_ASCII_SAMPLE = string.printable + "\\u0041\\x41+AEE-"


UNREADABLE_CHARSET = "Unsupported charset in the Content-Type header; send UTF-8."


def is_readable_charset(charset: str) -> bool:
    """Whether ``charset`` is a text encoding Python knows that writes ASCII as ASCII."""
    try:
        if not codecs.lookup(charset)._is_text_encoding:
            return False
        return _ASCII_SAMPLE.encode("ascii").decode(charset) == _ASCII_SAMPLE
    except (LookupError, UnicodeError, ValueError, TypeError):
        return False


class RefuseUnreadableCharsetMiddleware:
    """415 for a request whose Content-Type declares a charset that is unknown or not
    ASCII-compatible, before Django decodes the body or the query string with it."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        charset = request.content_params.get("charset") if request.content_params else None
        if charset is not None and not is_readable_charset(charset.strip()):
            return HttpResponse(
                UNREADABLE_CHARSET,
                status=415,
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)


class RefuseUnreadableCharsetApp:
    """The same refusal around the whole WSGI application (``config/wsgi.py``).

    Django cannot survive one case itself: a codec that is not text (``charset=base64``)
    together with a query string fails inside ``WSGIRequest.__init__``, which decodes
    ``request.GET`` while it sets the encoding, before any middleware runs.
    """

    def __init__(self, app: Callable) -> None:
        self.app = app

    def __call__(self, environ: dict, start_response: Callable):
        _, params = parse_header_parameters(environ.get("CONTENT_TYPE", ""))
        charset = params.get("charset")
        if charset is not None and not is_readable_charset(charset.strip()):
            body = UNREADABLE_CHARSET.encode()
            start_response(
                "415 Unsupported Media Type",
                [
                    ("Content-Type", "text/plain; charset=utf-8"),
                    ("Content-Length", str(len(body))),
                    ("X-Content-Type-Options", "nosniff"),
                ],
            )
            return [body]
        return self.app(environ, start_response)


class ProtectiveHeadersMiddleware:
    """Permissions-Policy and Cross-Origin-Resource-Policy on every response; no caching of
    pages for signed-in users.

    Placed before WhiteNoise, so static files get the first two as well; they are served
    without a user and stay cacheable. A response that sets its own Cache-Control (the
    health check, the calendar feed, downloads) keeps it.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.permissions_policy = ", ".join(
            f"{feature}=()" for feature in settings.PERMISSIONS_POLICY_DENIED
        )

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.permissions_policy)
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        # Set by AuthenticationMiddleware further in; absent when WhiteNoise answered.
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and "Cache-Control" not in response:
            patch_cache_control(response, private=True, no_store=True)
        return response


def start_session_clock(sender, request: HttpRequest | None, user, **kwargs) -> None:
    """``user_logged_in`` receiver: both clocks start at sign-in."""
    if request is None or not hasattr(request, "session"):
        return
    now = int(time.time())
    request.session[SIGNED_IN_AT] = now
    request.session[LAST_SEEN_AT] = now


def _duration(seconds: int) -> str:
    for unit, size in (("day", 86_400), ("hour", 3_600), ("minute", 60)):
        if seconds >= size and seconds % size == 0:
            count = seconds // size
            return f"{count} {unit}{'' if count == 1 else 's'}"
    return f"{seconds} seconds"


class SessionTimeoutMiddleware:
    """Sign out sessions idle for ``SESSION_IDLE_TIMEOUT`` or older than
    ``SESSION_ABSOLUTE_TIMEOUT`` seconds (both from settings)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        session = request.session
        if SESSION_KEY in session:
            now = int(time.time())
            signed_in_at = session.get(SIGNED_IN_AT)
            last_seen_at = session.get(LAST_SEEN_AT)
            if not isinstance(signed_in_at, int) or not isinstance(last_seen_at, int):
                # A session from before the timeouts existed: its clocks start now.
                session[SIGNED_IN_AT] = session[LAST_SEEN_AT] = now
            elif now - signed_in_at >= settings.SESSION_ABSOLUTE_TIMEOUT:
                limit = _duration(settings.SESSION_ABSOLUTE_TIMEOUT)
                return self._sign_out(
                    request, f"For your security you are signed out {limit} after signing in"
                )
            elif now - last_seen_at >= settings.SESSION_IDLE_TIMEOUT:
                limit = _duration(settings.SESSION_IDLE_TIMEOUT)
                return self._sign_out(
                    request, f"You were signed out after {limit} without activity"
                )
            elif now - last_seen_at >= LAST_SEEN_RESOLUTION:
                session[LAST_SEEN_AT] = now
        return self.get_response(request)

    @staticmethod
    def _sign_out(request: HttpRequest, reason: str) -> HttpResponse:
        # logout() deletes the session row, so the old cookie is worth nothing afterwards.
        logout(request)
        messages.info(request, f"{reason}. Sign in again to continue.")
        # Only a page can be reopened after signing in; a form post is lost either way.
        if request.method in ("GET", "HEAD"):
            return redirect_to_login(request.get_full_path())
        return redirect(settings.LOGIN_URL)


def activate_preferences(request: HttpRequest, preferences) -> None:
    """Show this request in the person's time zone (``timezone.activate``) and look."""
    request.time_zone, request.theme = preferences.time_zone, preferences.theme
    try:
        timezone.activate(ZoneInfo(preferences.time_zone))
    except (ZoneInfoNotFoundError, ValueError):
        timezone.deactivate()


class UserTimeZoneMiddleware:
    """Activate the signed-in user's time zone for the request (``timezone.activate``).

    Dates and times are then shown in it, forms read typed times in it, and "today" is the
    user's today. The preferences come with the signed-in user (``accounts.backends``), so
    this costs no query of its own; signed out, the site's ``TIME_ZONE``.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request.time_zone, request.theme = settings.TIME_ZONE, "system"
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            activate_preferences(request, preferences_for(user))
        else:
            timezone.deactivate()
        try:
            return self.get_response(request)
        finally:
            timezone.deactivate()


class StaffTwoFactorMiddleware:
    """With ``STAFF_REQUIRE_2FA``, staff without two-factor (an authenticator app or a
    passkey) are sent to set it up before any admin page opens.

    The admin edits what every user's letters say and sees every account, so a guessed or
    leaked staff password alone must not be enough to reach it.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if (
            settings.STAFF_REQUIRE_2FA
            and user is not None
            and user.is_authenticated
            and user.is_staff
            and request.path.startswith(reverse("admin:index"))
        ):
            from allauth.mfa.utils import is_mfa_enabled

            if not is_mfa_enabled(user):
                messages.warning(
                    request,
                    "Set up two-factor authentication (an authenticator app or a passkey) "
                    "before you open the admin: staff accounts need it on this install.",
                )
                return redirect("mfa_index")
        return self.get_response(request)
