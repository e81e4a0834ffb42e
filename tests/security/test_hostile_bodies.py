"""Hostile request bodies on every URL that accepts a POST (issue 13, item 5).

The URL configuration is walked (``tests.security.routes``): each pattern is reached with
the owner's own objects in its arguments, and sent bodies in charsets Django cannot read
and JSON of every bad shape (deep nesting, huge numbers, NUL, the wrong top-level type,
invalid UTF-8, nothing at all). The answer is never a 500, and unless the view answered a
success (a redirect), the database is exactly as before. Separators in single-line fields
are covered form by form in ``test_single_line``.
"""

import io
import json
from collections.abc import Callable

import pytest
from django.conf import settings
from django.http import HttpResponse
from django.test import Client

from tests.security.http import url_for
from tests.security.routes import ROUTES, walk
from tests.security.world import Snapshot, snapshot_all
from tracker.models import Application, StatusChange

pytestmark = pytest.mark.django_db

#: The public forms, posted to without signing in.
PUBLIC_FORMS = {
    "login": "/accounts/login/",
    "signup": "/accounts/signup/",
    "password_reset": "/accounts/password/reset/",
    "logout": "/accounts/logout/",
    # allauth's own names for the same pages, and its other steps without a token.
    "account_login": "/accounts/login/",
    "account_signup": "/accounts/signup/",
    "account_reset_password": "/accounts/password/reset/",
    "account_logout": "/accounts/logout/",
    "account_inactive": "/accounts/inactive/",
    "account_email_verification_sent": "/accounts/confirm-email/",
    "account_reset_password_done": "/accounts/password/reset/done/",
    "account_reset_password_from_key_done": "/accounts/password/reset/key/done/",
    "account_confirm_login_code": "/accounts/login/code/confirm/",
    "mfa_authenticate": "/accounts/2fa/authenticate/",
    "mfa_login_webauthn": "/accounts/2fa/webauthn/login/",
}
#: Signed-in account pages (two-factor, passkeys, e-mail, invitations), posted as the owner.
ACCOUNT_FORMS = {
    key: f"/accounts/{path}"
    for key, path in {
        "account_email": "email/",
        "account_set_password": "password/set/",
        "account_request_reauthentication_code": "reauthenticate/code/",
        "account_confirm_reauthentication_code": "reauthenticate/code/confirm/",
        "account_invitations": "invitations/",
        "mfa_activate_totp": "2fa/totp/activate/",
        "mfa_deactivate_totp": "2fa/totp/deactivate/",
        "mfa_add_webauthn": "2fa/webauthn/add/",
        "mfa_list_webauthn": "2fa/webauthn/",
        "mfa_reauthenticate": "2fa/reauthenticate/",
        "mfa_reauthenticate_webauthn": "2fa/webauthn/reauthenticate/",
        "mfa_view_recovery_codes": "2fa/recovery-codes/",
        "mfa_download_recovery_codes": "2fa/recovery-codes/download/",
        "mfa_generate_recovery_codes": "2fa/recovery-codes/generate/",
    }.items()
}
#: Need a token or another object in the address: their forms are tested with real ones
#: in tests/accounts (invitations, confirmation and reset keys, one passkey).
NEED_A_TOKEN = {
    "account_confirm_email",
    "account_reset_password_from_key",
    "account_invitation",
    "account_invitation_revoke",
    # A coach invitation's signed link (tests/coach/test_invitations.py).
    "coach:join",
    "mfa_edit_webauthn",
    "mfa_remove_webauthn",
}

JSON_BODIES = {
    "deep nesting": b"[" * 100_000 + b"]" * 100_000,
    "deep objects": b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
    "a 4,300-digit integer": b'{"status": ' + b"9" * 4300 + b"}",
    "a huge float": b'{"status": 1e999}',
    "NaN": b'{"status": NaN}',
    "a NUL": json.dumps({"status": "app\x00lied"}).encode(),
    "a lone surrogate": b'{"status": "\\ud800"}',
    "a list": b'["applied"]',
    "a string": b'"applied"',
    "a number": b"42",
    "null": b"null",
    "invalid UTF-8": b'{"status": "\xff\xfe"}',
    "empty": b"",
    "truncated": b'{"status": "appl',
    "many values": b"[" + b"0," * 200_000 + b"0]",
}

#: The board's endpoint gets them all; every other URL the structurally different ones
#: (a form view does not parse a JSON body at all, so more shapes would only add time).
WALK_SHAPES = ["deep nesting", "a 4,300-digit integer", "a NUL", "a list", "invalid UTF-8", "empty"]

UNREADABLE = ["utf-16", "utf-7", "base64", "no-such-charset"]
#: Codecs that are not text encodings. Django's request decodes the query string with the
#: declared charset while it is being built (``HttpRequest.encoding``'s setter evaluates
#: ``GET``), so with a query string the LookupError comes before any middleware can answer.
NOT_TEXT = {"base64"}

ANSWERS = (200, 302, 400, 403, 404, 405, 413, 415)


def post_json(client: Client, url: str, body: bytes):
    # CONTENT_TYPE given itself: the test client leaves it out for an empty body.
    return client.generic("POST", url, body, CONTENT_TYPE="application/json")


def test_the_walk_covers_every_url_that_takes_a_post():
    """Every pattern is either a registered route or a public one known here (the admin
    has its own tests; the password-reset confirmation and calendar feed need tokens)."""
    keys = {key for key, _ in walk()}
    unreached = {
        key
        for key in keys
        if key not in ROUTES
        and key not in PUBLIC_FORMS
        and key not in ACCOUNT_FORMS
        and key not in NEED_A_TOKEN
        and not key.startswith("admin:")
        and key
        not in {
            "password_reset_done",
            "password_reset_confirm",
            "password_reset_complete",
            "healthz",
            "favicon.ico",
            "reminders:calendar-feed",
        }
    }

    assert unreached == set()
    assert len(ROUTES) > 60


def _targets(world) -> list[tuple[str, str, bool]]:
    """(key, url, signed in) for every URL posted to."""
    targets = [(key, url_for(key, world), True) for key in sorted(ROUTES)]
    targets += [(key, url, False) for key, url in PUBLIC_FORMS.items()]
    targets += [(key, url, True) for key, url in ACCOUNT_FORMS.items()]
    return targets


class _Walk:
    """Posts to one URL after another, each request made as by a new client (signed in as
    the owner, or not signed in) and checked against a snapshot of the database.

    What no request changed is not made again. One client per kind goes from URL to URL:
    after each request the cookies a new client would not have (CSRF, messages) are
    dropped, and a client whose session or session cookie a request changed (a sign-out,
    a sign-in step, a message kept in the session) is replaced by a new one, signed in
    afresh. The snapshot a check took after a request is the next request's "before"
    (the check proved it equal); a new one is taken only after a success (a 302 may change
    the database) or a sign-in (it stamps the user's ``last_login``).
    """

    def __init__(self, owner) -> None:
        self.owner = owner
        #: signed in -> (client, its cookies as a new one has them, its session's data)
        self._clients: dict[bool, tuple[Client, dict[str, str], dict | None]] = {}
        self._before: Snapshot | None = None

    def post(self, signed_in: bool, send: Callable[[Client], HttpResponse]) -> HttpResponse:
        if signed_in not in self._clients:
            client = Client()
            if signed_in:
                client.force_login(self.owner)
                self._before = None
            self._clients[signed_in] = (client, _cookies(client), _session(client))
        client, cookies, session = self._clients[signed_in]
        if self._before is None:
            self._before = snapshot_all()

        response = send(client)

        if _session(client) != session or any(
            _cookies(client).get(name) != value for name, value in cookies.items()
        ):
            del self._clients[signed_in]
        else:
            for name in set(client.cookies) - set(cookies):
                del client.cookies[name]
        return response

    def assert_unchanged(self, message: str) -> None:
        assert snapshot_all() == self._before, message

    def changed(self) -> None:
        """The database may have changed (the view answered a success)."""
        self._before = None


def _cookies(client: Client) -> dict[str, str]:
    return {name: morsel.value for name, morsel in client.cookies.items()}


def _session(client: Client) -> dict | None:
    if settings.SESSION_COOKIE_NAME not in client.cookies:
        return None  # (``client.session`` would start one)
    return dict(client.session.items())


def _check(walk: _Walk, response, url: str) -> None:
    assert response.status_code in ANSWERS, f"{url}: {response.status_code}"
    if response.status_code != 302:
        walk.assert_unchanged(f"{url} changed the database and answered {response}")
    else:
        walk.changed()


@pytest.mark.parametrize("charset", UNREADABLE)
def test_a_body_in_an_unreadable_charset_is_refused_everywhere(charset, world):
    # Every body first: a payload may add a row (a company to delete), which must not
    # come between a request and the snapshot it is checked against.
    posts = []
    for key, url, signed_in in _targets(world):
        if charset in NOT_TEXT and "?" in url:
            # The test client fails first: see
            # test_a_non_text_codec_with_a_query_string_answers_415_before_django.
            continue
        payload = ROUTES[key].payload(world) if key in ROUTES else {}
        body = "&".join(f"{name}=x" for name in payload)
        posts.append((key, url, signed_in, (body or "a=b").encode("ascii")))
    walk = _Walk(world.owner)

    for key, url, signed_in, body in posts:
        response = walk.post(
            signed_in,
            lambda client, url=url, body=body: client.generic(
                "POST",
                url,
                body,
                content_type=f"application/x-www-form-urlencoded; charset={charset}",
            ),
        )

        assert response.status_code == 415, f"{key} {url}: {response.status_code}"
        walk.assert_unchanged(f"{key} {url} changed the database")


def _through_wsgi(path: str, query: str, content_type: str, body: bytes) -> tuple[str, bytes]:
    """A request to the WSGI application gunicorn serves (``config.wsgi``), as a server
    would make it: Django's test client builds its request before that wrapper."""
    from config.wsgi import application

    environ = {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "CONTENT_TYPE": content_type,
        "CONTENT_LENGTH": str(len(body)),
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "wsgi.input": io.BytesIO(body),
        "wsgi.errors": io.StringIO(),
        "wsgi.url_scheme": "http",
        "wsgi.version": (1, 0),
        "wsgi.multithread": False,
        "wsgi.multiprocess": False,
        "wsgi.run_once": False,
    }
    status = []
    chunks = application(environ, lambda line, headers, exc_info=None: status.append(line))
    return status[0], b"".join(chunks)


@pytest.mark.parametrize("charset", ["base64", "utf-16", "no-such-charset"])
def test_a_non_text_codec_with_a_query_string_answers_415_before_django(charset, db):
    # Django itself fails on charset=base64 with a query string inside WSGIRequest's
    # constructor (it decodes request.GET while setting the encoding): a 500.
    status, body = _through_wsgi(
        "/applications/",
        "q=x",
        f"application/x-www-form-urlencoded; charset={charset}",
        b"a=b",
    )

    assert status.startswith("415"), status
    assert b"send UTF-8" in body


def test_a_readable_charset_passes_the_wsgi_guard(db):
    status, _ = _through_wsgi(
        "/accounts/login/", "next=/", "application/x-www-form-urlencoded; charset=utf-8", b"a=b"
    )

    assert status.startswith("403"), status  # the CSRF check answered: Django read it


@pytest.mark.parametrize("shape", WALK_SHAPES)
def test_hostile_json_on_every_post_url_never_breaks_a_page(shape, world):
    walk = _Walk(world.owner)
    for key, url, signed_in in _targets(world):
        response = walk.post(
            signed_in, lambda client, url=url: post_json(client, url, JSON_BODIES[shape])
        )

        _check(walk, response, f"{key} {url}")


@pytest.mark.parametrize("shape", sorted(JSON_BODIES))
def test_the_boards_json_endpoint_refuses_every_bad_shape_with_400(shape, world, owner_client):
    url = f"/applications/{world.application.pk}/move/"
    before = snapshot_all()

    response = post_json(owner_client, url, JSON_BODIES[shape])

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response.json()["error"]
    assert snapshot_all() == before


def test_nesting_deeper_than_the_limit_gets_a_400_naming_it(world, owner_client):
    url = f"/applications/{world.application.pk}/move/"
    body = b'{"status": ' + b"[" * 100 + b"]" * 100 + b"}"

    response = post_json(owner_client, url, body)

    assert response.status_code == 400
    assert "nested more than 8 levels" in response.json()["error"]


def test_a_board_body_larger_than_its_cap_is_refused_before_it_is_read(world, owner_client):
    url = f"/applications/{world.application.pk}/move/"
    body = json.dumps({"status": "offer", "padding": "x" * 20_000}).encode()

    response = post_json(owner_client, url, body)

    assert response.status_code == 400
    assert "larger than 16,384 bytes" in response.json()["error"]
    assert Application.objects.get(pk=world.application.pk).status != "offer"


def test_the_board_still_moves_a_card_with_good_json(world, owner_client):
    url = f"/applications/{world.application.pk}/move/"
    changes = StatusChange.objects.count()

    response = owner_client.post(url, {"status": "offer"}, content_type="application/json")

    assert response.status_code == 200
    assert response.json()["status"] == "offer"
    assert StatusChange.objects.count() == changes + 1
