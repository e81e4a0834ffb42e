"""Rebound in production mode behind nginx (deploy/), checked from outside over the network.

Needs a running gunicorn + nginx: tests/deploy/behind_nginx.sh starts both on loopback and
runs this module with REBOUND_PROXY_URL (https), REBOUND_PROXY_HTTP_URL (plain http) and
the account REBOUND_DEPLOY_USERNAME / _EMAIL / _PASSWORD. Without them (``make test``) every
test here is skipped. Only loopback addresses are ever contacted; every wait is bounded.
"""

import http.client
import os
import re
import socket
import ssl
import time
import warnings
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from tests.deploy.slow_clients import Target, slow_clients

PROXY_URL = os.environ.get("REBOUND_PROXY_URL", "")
HTTP_URL = os.environ.get("REBOUND_PROXY_HTTP_URL", "")
LOGIN = "/accounts/login/"

pytestmark = pytest.mark.skipif(
    not (PROXY_URL and HTTP_URL),
    reason="needs Rebound behind nginx: run tests/deploy/behind_nginx.sh",
)

# Each check of the lock-out uses its own client addresses (all of 127.0.0.0/8 is loopback
# on Linux), so nginx sees a different $remote_addr than its own 127.0.0.1 towards gunicorn.
CLIENT = "127.0.0.1"


@dataclass
class Answer:
    status: int
    headers: http.client.HTTPMessage
    content: bytes

    @property
    def body(self) -> str:
        return self.content.decode()

    def header(self, name: str) -> str:
        return self.headers.get(name, "")

    def set_cookies(self) -> list[str]:
        return self.headers.get_all("Set-Cookie") or []


@dataclass
class Visitor:
    """A browser-like client on one source address: keeps cookies, never follows redirects."""

    base: str
    source: str = CLIENT
    cookies: dict[str, str] = field(default_factory=dict)

    def request(
        self, method: str, path: str, *, form: dict | None = None, headers: dict | None = None
    ) -> Answer:
        target = Target.parse(self.base)
        if target.scheme == "https":
            connection = http.client.HTTPSConnection(
                target.host,
                target.port,
                timeout=10,
                context=_tls(),
                source_address=(self.source, 0),
            )
        else:
            connection = http.client.HTTPConnection(
                target.host, target.port, timeout=10, source_address=(self.source, 0)
            )
        sent = {"User-Agent": "rebound-deploy-check", **(headers or {})}
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        body = None
        if form is not None:
            body = urlencode(form)
            sent["Content-Type"] = "application/x-www-form-urlencoded"
            # What a browser sends with a form post over HTTPS (Django's CSRF checks them).
            origin = f"{target.scheme}://{target.host}:{target.port}"
            sent.setdefault("Origin", origin)
            sent.setdefault("Referer", origin + path)
        try:
            connection.request(method, path, body=body, headers=sent)
            response = connection.getresponse()
            answer = Answer(response.status, response.headers, response.read())
        finally:
            connection.close()
        for raw in answer.set_cookies():
            for name, morsel in SimpleCookie(raw).items():
                self.cookies[name] = morsel.value
        return answer

    def get(self, path: str, **kwargs) -> Answer:
        return self.request("GET", path, **kwargs)


def _tls() -> ssl.SSLContext:
    """Verifies nginx's certificate when the harness says which one it is."""
    certificate = os.environ.get("REBOUND_PROXY_CA")
    if certificate:
        return ssl.create_default_context(cafile=certificate)
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


class _Forms(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.forms: list[dict] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "form":
            self.forms.append({**values, "inputs": []})
        elif tag == "input" and self.forms:
            self.forms[-1]["inputs"].append(values)


@dataclass
class SignInForm:
    hidden: dict[str, str]
    login_field: str
    login_is_email: bool
    password_field: str

    def data(self, login: str, password: str) -> dict[str, str]:
        return {**self.hidden, self.login_field: login, self.password_field: password}


def sign_in_form(html: str) -> SignInForm:
    """The form posting to the sign-in URL, whatever its field names (Django's ``username``
    or django-allauth's ``login``)."""
    parser = _Forms()
    parser.feed(html)
    for form in parser.forms:
        action = urlsplit(urljoin(LOGIN, form.get("action", ""))).path
        if form.get("method", "").lower() != "post" or action != LOGIN:
            continue
        hidden = {
            i["name"]: i.get("value", "") for i in form["inputs"] if i.get("type") == "hidden"
        }
        passwords = [i["name"] for i in form["inputs"] if i.get("type") == "password"]
        logins = [
            i
            for i in form["inputs"]
            if i.get("name")
            and i.get("type", "text") in {"text", "email"}
            and i["name"] not in hidden
        ]
        if passwords and logins:
            login = logins[0]
            return SignInForm(hidden, login["name"], login.get("type") == "email", passwords[0])
    raise AssertionError(f"No sign-in form posting to {LOGIN} on the sign-in page.")


def attempt_sign_in(visitor: Visitor, login: str, password: str, **headers: str) -> Answer:
    page = visitor.get(LOGIN)
    assert page.status == 200, page.status
    form = sign_in_form(page.body)
    return visitor.request("POST", LOGIN, form=form.data(login, password), headers=headers)


def cookie_attributes(raw: str) -> tuple[str, set[str], dict[str, str]]:
    """A Set-Cookie header as (name, flags such as {'secure'}, attributes such as path)."""
    first, *parts = [part.strip() for part in raw.split(";")]
    flags, attributes = set(), {}
    for part in parts:
        key, sep, value = part.partition("=")
        if sep:
            attributes[key.strip().lower()] = value.strip()
        else:
            flags.add(key.strip().lower())
    return first.partition("=")[0], flags, attributes


# --- TLS and the redirect ---------------------------------------------------------------


def test_https_speaks_tls_1_3_and_only_modern_tls_1_2_ciphers():
    target = Target.parse(PROXY_URL)
    with (
        socket.create_connection((target.host, target.port), timeout=5) as sock,
        _tls().wrap_socket(sock, server_hostname=target.host) as tls,
    ):
        assert tls.version() == "TLSv1.3"

    context = _tls()
    context.maximum_version = ssl.TLSVersion.TLSv1_2
    with (
        socket.create_connection((target.host, target.port), timeout=5) as sock,
        context.wrap_socket(sock, server_hostname=target.host) as tls,
    ):
        assert tls.version() == "TLSv1.2"
        name, _, bits = tls.cipher()
    assert name.startswith("ECDHE-") and ("GCM" in name or "CHACHA20" in name), name
    assert bits >= 128


def test_tls_1_1_is_refused():
    target = Target.parse(PROXY_URL)
    context = _tls()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # as it should be
        context.minimum_version = ssl.TLSVersion.TLSv1
        context.maximum_version = ssl.TLSVersion.TLSv1_1
    context.set_ciphers("ALL:@SECLEVEL=0")
    with (
        socket.create_connection((target.host, target.port), timeout=5) as sock,
        pytest.raises(ssl.SSLError),
    ):
        context.wrap_socket(sock, server_hostname=target.host)


def test_plain_http_redirects_to_https_at_the_configured_address():
    answer = Visitor(HTTP_URL).get("/applications/?page=2", headers={"Host": "evil.example"})

    assert answer.status == 301
    assert answer.header("Location") == f"{PROXY_URL}/applications/?page=2"


def test_healthz_answers_over_plain_http_for_load_balancers():
    answer = Visitor(HTTP_URL).get("/healthz")

    assert (answer.status, answer.body) == (200, "ok")


def test_a_client_cannot_claim_https_over_plain_http():
    answer = Visitor(HTTP_URL).get("/healthz", headers={"X-Forwarded-Proto": "https"})

    assert answer.status == 200
    assert "Strict-Transport-Security" not in answer.headers


# --- Headers and cookies over HTTPS -------------------------------------------------------


@pytest.mark.parametrize("path", [LOGIN, "/healthz"])
def test_security_headers_over_https(path):
    answer = Visitor(PROXY_URL).get(path)

    assert answer.status == 200
    hsts = answer.headers.get_all("Strict-Transport-Security")
    assert hsts and len(hsts) == 1, hsts
    assert int(re.search(r"max-age=(\d+)", hsts[0]).group(1)) >= 31_536_000
    assert answer.header("X-Content-Type-Options") == "nosniff"
    assert answer.header("Referrer-Policy") == "same-origin"
    assert answer.header("Cross-Origin-Resource-Policy") == "same-origin"
    assert "camera=()" in answer.header("Permissions-Policy")
    assert answer.header("Server") == "nginx"  # no version number


def test_pages_carry_the_strict_content_security_policy():
    csp = Visitor(PROXY_URL).get(LOGIN).header("Content-Security-Policy")

    assert "default-src 'self'" in csp
    assert "object-src 'none'" in csp
    assert "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp


def test_static_files_come_from_nginx_with_long_caching_for_hashed_names():
    page = Visitor(PROXY_URL).get(LOGIN).body
    stylesheets = re.findall(r'href="(/static/[^"]+\.css)"', page)
    assert stylesheets, "no stylesheet on the sign-in page"

    answer = Visitor(PROXY_URL).get(stylesheets[0], headers={"Accept-Encoding": "gzip"})

    assert answer.status == 200
    assert re.search(r"\.[0-9a-f]{12}\.css$", stylesheets[0]), stylesheets[0]
    assert answer.header("Content-Encoding") == "gzip"  # the copy collectstatic compressed
    assert "immutable" in answer.header("Cache-Control")
    assert answer.header("X-Content-Type-Options") == "nosniff"
    assert answer.header("Content-Type").startswith("text/css")


def test_cookies_are_host_prefixed_and_secure():
    answer = Visitor(PROXY_URL).get(LOGIN)

    cookies = {cookie_attributes(raw)[0]: cookie_attributes(raw) for raw in answer.set_cookies()}
    assert cookies, "the sign-in page sets the CSRF cookie"
    for name, flags, attributes in cookies.values():
        assert name.startswith("__Host-"), name
        assert "secure" in flags, name
        assert attributes.get("path") == "/", name
        assert "domain" not in attributes, name


def test_signing_in_through_nginx_gives_a_private_no_store_session():
    visitor = Visitor(PROXY_URL, source="127.0.0.4")
    form = sign_in_form(visitor.get(LOGIN).body)
    login = os.environ["REBOUND_DEPLOY_EMAIL" if form.login_is_email else "REBOUND_DEPLOY_USERNAME"]

    answer = attempt_sign_in(visitor, login, os.environ["REBOUND_DEPLOY_PASSWORD"])

    assert answer.status == 302, (answer.status, answer.body[:500])
    session = [
        cookie_attributes(raw) for raw in answer.set_cookies() if "session" in raw.split("=")[0]
    ]
    assert session, answer.set_cookies()
    name, flags, attributes = session[0]
    assert name == "__Host-sessionid"
    assert {"secure", "httponly"} <= flags
    assert attributes.get("samesite", "").lower() == "lax"

    dashboard = visitor.get("/")
    assert dashboard.status == 200
    cache_control = {part.strip() for part in dashboard.header("Cache-Control").split(",")}
    assert {"private", "no-store"} <= cache_control


# --- The client address lock-out counts ----------------------------------------------------


def _wrong(source: str, number: int, **headers: str) -> int:
    visitor = Visitor(PROXY_URL, source=source)
    return attempt_sign_in(visitor, f"nobody-{source}-{number}", "wrong guess", **headers).status


def test_five_failures_lock_out_the_client_not_everyone_behind_nginx():
    statuses = [_wrong("127.0.0.2", number) for number in range(6)]

    assert statuses[:4] == [200] * 4, statuses
    assert statuses[5] == 429, statuses
    # Another client reaches gunicorn through the same nginx (same REMOTE_ADDR) and is not
    # locked out: the app counts the address nginx saw, not nginx's own.
    assert _wrong("127.0.0.3", 0) == 200


def test_a_spoofed_forwarded_for_header_does_not_choose_the_address_locked():
    # Each failure claims to come from a fresh address, and from the bystander 127.0.0.6.
    statuses = [
        _wrong("127.0.0.5", number, **{"X-Forwarded-For": f"10.1.2.{number}, 127.0.0.6"})
        for number in range(6)
    ]

    assert statuses[:4] == [200] * 4, statuses
    assert statuses[5] == 429, statuses  # counted against 127.0.0.5 all along
    assert _wrong("127.0.0.6", 0) == 200  # the named bystander was not locked out
    assert _wrong("127.0.0.5", 99, **{"X-Forwarded-For": "10.9.9.9"}) == 429


# --- Slow clients ------------------------------------------------------------------------


def _timed(visitor: Visitor, path: str) -> tuple[int, float]:
    started = time.monotonic()
    try:
        status = visitor.get(path).status
    except OSError:
        status = 0
    return status, time.monotonic() - started


def test_fifty_slow_clients_do_not_stall_it():
    visitor = Visitor(PROXY_URL)
    with slow_clients(PROXY_URL, count=50, interval=1.0) as clients:
        assert clients.connected == 50
        time.sleep(3)  # long enough to hold every gunicorn worker, were they reaching it
        timings = [(path, *_timed(visitor, path)) for path in ["/healthz", LOGIN, "/healthz"]]

    for path, status, seconds in timings:
        assert status == 200, (path, status)
        assert seconds < 1.0, (path, seconds)
