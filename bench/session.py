"""Sign in to a running Rebound through its real login form, with the standard library only.

The benchmark and the scale-out check use it: the session cookie it returns is what a
browser would carry, so the measured requests pay for the real session and user lookups.
"""

import http.cookiejar
import re
import urllib.parse
import urllib.request

SESSION_COOKIE = "sessionid"
CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class LoginFailed(RuntimeError):
    pass


def _local(base_url: str) -> str:
    """The benchmark only ever talks to this machine, over plain http."""
    base_url = base_url.rstrip("/")
    if not base_url.startswith(("http://127.0.0.1:", "http://localhost:")):
        raise ValueError(f"Expected http://127.0.0.1:PORT, got {base_url!r}")
    return base_url


def opener_with_cookies() -> tuple[urllib.request.OpenerDirector, http.cookiejar.CookieJar]:
    jar = http.cookiejar.CookieJar()
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar)), jar


def login(base_url: str, username: str, password: str, *, timeout: float = 30) -> str:
    """Sign in at ``base_url`` (e.g. ``http://127.0.0.1:8000``); return the session id."""
    base_url = _local(base_url)
    opener, jar = opener_with_cookies()
    login_url = f"{base_url}/accounts/login/"
    with opener.open(login_url, timeout=timeout) as response:
        page = response.read().decode()
    token = CSRF_FIELD.search(page)
    if token is None:
        raise LoginFailed(f"No sign-in form at {login_url}")
    form = urllib.parse.urlencode(
        {"username": username, "password": password, "csrfmiddlewaretoken": token[1]}
    ).encode()
    request = urllib.request.Request(  # noqa: S310 - a local http URL, checked by _local
        login_url, data=form, headers={"Referer": login_url}
    )
    with opener.open(request, timeout=timeout) as response:
        landed = response.geturl()
    session = next((c.value for c in jar if c.name == SESSION_COOKIE), None)
    if session is None or landed.endswith("/accounts/login/"):
        raise LoginFailed(f"Signing in as {username!r} at {base_url} failed")
    return session


def get(base_url: str, path: str, session: str | None = None, *, timeout: float = 30):
    """GET a page with an optional session cookie; returns (status, final URL, body)."""
    request = urllib.request.Request(_local(base_url) + path)  # noqa: S310 - checked
    if session:
        request.add_header("Cookie", f"{SESSION_COOKIE}={session}")
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(request, timeout=timeout) as response:
            return response.status, response.headers.get("Location", ""), response.read()
    except urllib.error.HTTPError as error:  # redirects and errors arrive here
        return error.code, error.headers.get("Location", ""), error.read()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A redirect to the sign-in page must show up as a redirect, not as its 200."""

    def redirect_request(self, *args, **kwargs):
        return None
