"""Brute-force protection (django-axes, see accounts/lockout.py and the AXES_* settings)."""

import datetime

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import SESSION_KEY
from django.contrib.auth.backends import ModelBackend
from django.db.models import F
from django.test import Client, RequestFactory

from accounts.lockout import client_ip
from tests.factories import UserFactory

PASSWORD = "correct horse battery"
LOCKED = "Too many failed sign-ins. Try again in 15 minutes."


@pytest.fixture
def password_checks(monkeypatch) -> list[str]:
    """Every time a password is actually checked, the username it was checked for."""
    checked: list[str] = []
    original = ModelBackend.authenticate

    def spy(self, request, username=None, password=None, **kwargs):
        checked.append(username)
        return original(self, request, username=username, password=password, **kwargs)

    monkeypatch.setattr(ModelBackend, "authenticate", spy)
    return checked


def sign_in(client: Client, username: str, password: str, *, ip: str = "203.0.113.7", **extra):
    return client.post(
        "/accounts/login/", {"username": username, "password": password}, REMOTE_ADDR=ip, **extra
    )


def fail(client: Client, username: str, times: int, *, ip: str = "203.0.113.7") -> list[int]:
    return [sign_in(client, username, "wrong guess", ip=ip).status_code for _ in range(times)]


def test_the_fifth_failure_for_an_account_locks_it(client, owner):
    statuses = fail(client, "owner", 5)

    assert statuses == [200, 200, 200, 200, 429]


def test_an_unknown_username_is_locked_like_an_account(client, owner):
    """The lock-out cannot be used to tell which usernames exist."""
    assert fail(client, "nobody-here", 5, ip="203.0.113.8") == fail(client, "owner", 5)


def test_a_locked_account_refuses_even_the_right_password_without_checking_it(
    client, owner, password_checks
):
    fail(client, "owner", 5)
    password_checks.clear()

    response = sign_in(client, "owner", PASSWORD)

    assert response.status_code == 429
    assert LOCKED in response.content.decode()
    assert password_checks == []
    assert SESSION_KEY not in client.session


def test_the_lockout_page_explains_what_happened(client, owner):
    fail(client, "owner", 5)

    response = sign_in(client, "owner", PASSWORD)

    assert "registration/locked_out.html" in [t.name for t in response.templates]
    html = response.content.decode()
    assert "<h1" in html and "Too many failed sign-ins" in html
    assert 'href="/accounts/password_reset/"' in html
    assert "default-src 'self'" in response["Content-Security-Policy"]


def test_the_account_lock_holds_from_any_address(client, owner, password_checks):
    for number in range(5):
        fail(client, "owner", 1, ip=f"198.51.100.{number}")
    password_checks.clear()

    response = sign_in(client, "owner", PASSWORD, ip="192.0.2.99")

    assert response.status_code == 429
    assert password_checks == []


def test_five_failures_from_one_address_lock_that_address_for_every_account(
    client, owner, password_checks
):
    for username in ("alice", "bob", "carol", "dave", "erin"):
        fail(client, username, 1, ip="203.0.113.50")
    password_checks.clear()

    refused = sign_in(client, "owner", PASSWORD, ip="203.0.113.50")
    elsewhere = sign_in(Client(), "owner", PASSWORD, ip="203.0.113.51")

    assert refused.status_code == 429
    assert password_checks == ["owner"]  # only the sign-in from the other address
    assert elsewhere.status_code == 302


def test_changing_the_user_agent_does_not_reset_the_count(client, owner):
    for number in range(5):
        sign_in(client, "owner", "wrong guess", HTTP_USER_AGENT=f"bot/{number}")

    assert sign_in(client, "owner", PASSWORD, HTTP_USER_AGENT="bot/99").status_code == 429


def test_a_forged_forwarded_for_header_does_not_give_a_fresh_address(client, owner):
    # Without a trusted proxy the header is the client's own words: it is ignored.
    for number in range(5):
        sign_in(client, f"user{number}", "wrong", HTTP_X_FORWARDED_FOR=f"10.0.0.{number}")

    response = sign_in(client, "owner", PASSWORD, HTTP_X_FORWARDED_FOR="10.9.9.9")

    assert response.status_code == 429


def test_sign_in_works_again_after_the_cool_off(client, owner, password_checks):
    fail(client, "owner", 5)
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - datetime.timedelta(minutes=14))
    assert sign_in(client, "owner", PASSWORD).status_code == 429

    AccessAttempt.objects.update(attempt_time=F("attempt_time") - datetime.timedelta(minutes=2))
    response = sign_in(client, "owner", PASSWORD)

    assert response.status_code == 302
    assert client.session[SESSION_KEY] == str(owner.pk)


def test_attempts_during_the_lock_do_not_extend_it(client, owner):
    fail(client, "owner", 5)
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - datetime.timedelta(minutes=10))
    fail(client, "owner", 3)  # refused without being counted
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - datetime.timedelta(minutes=6))

    assert sign_in(client, "owner", PASSWORD).status_code == 302


def test_a_successful_sign_in_forgets_earlier_failures(client, owner):
    fail(client, "owner", 4)
    assert sign_in(client, "owner", PASSWORD).status_code == 302
    client.post("/accounts/logout/")

    assert fail(client, "owner", 4) == [200, 200, 200, 200]
    assert sign_in(client, "owner", PASSWORD).status_code == 302


def test_signing_in_to_ones_own_account_does_not_reset_guesses_at_someone_elses(
    client, owner, password_checks
):
    """With axes' own reset, a success wipes every failure from the address: an attacker
    with an account could guess 4 times, sign in to their own account, and go on forever."""
    UserFactory(username="attacker")
    attacker = Client()
    for _ in range(2):
        fail(attacker, "owner", 2)
        assert sign_in(attacker, "attacker", PASSWORD).status_code == 302
        attacker.post("/accounts/logout/")
    fail(attacker, "owner", 1)
    password_checks.clear()

    response = sign_in(client, "owner", PASSWORD, ip="192.0.2.1")

    assert response.status_code == 429
    assert password_checks == []


def test_the_admin_signs_in_through_the_protected_sign_in_page(client, db, password_checks):
    UserFactory(username="admin", is_staff=True, is_superuser=True)

    response = client.post("/admin/login/", {"username": "admin", "password": PASSWORD})

    # The admin's own password form (which would skip two-factor) is not used at all.
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")
    assert password_checks == []
    fail(client, "admin", 5)
    password_checks.clear()

    response = client.post(
        "/accounts/login/?next=/admin/",
        {"username": "admin", "password": PASSWORD, "next": "/admin/"},
        REMOTE_ADDR="203.0.113.7",
    )

    assert response.status_code == 429
    assert password_checks == []
    assert client.get("/admin/").status_code == 302


def test_a_locked_user_can_still_ask_for_a_password_reset(client, owner, mailoutbox):
    fail(client, "owner", 5)

    response = client.post("/accounts/password_reset/", {"email": owner.email})

    assert response.status_code == 302
    assert len(mailoutbox) == 1


# --- The client's address ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, "", "192.0.2.1"),
        (0, "198.51.100.9", "192.0.2.1"),  # no proxy: the header is the client's own
        (1, "198.51.100.9", "198.51.100.9"),  # the proxy saw the client at .9
        (1, "6.6.6.6, 198.51.100.9", "198.51.100.9"),  # a forged first entry is ignored
        (2, "6.6.6.6, 198.51.100.9, 10.0.0.2", "198.51.100.9"),
        (2, "198.51.100.9", "192.0.2.1"),  # fewer entries than proxies: not trusted
    ],
)
def test_the_client_address_is_taken_only_from_trusted_proxies(
    settings, proxies, forwarded, expected
):
    settings.TRUSTED_PROXY_COUNT = proxies
    settings.TRUSTED_PROXY_ADDRESSES = ["192.0.2.1"]
    request = RequestFactory().get("/", REMOTE_ADDR="192.0.2.1", HTTP_X_FORWARDED_FOR=forwarded)

    assert client_ip(request) == expected


@pytest.mark.parametrize(
    ("remote", "expected"),
    [
        ("203.0.113.7", "203.0.113.7"),
        ("::ffff:203.0.113.7", "203.0.113.7"),
        ("::FFFF:cb00:7107", "203.0.113.7"),
        ("2001:db8:1:2::1", "2001:db8:1:2::"),
        ("2001:0db8:0001:0002:ffff:ffff:ffff:ffff", "2001:db8:1:2::"),
        ("2001:db8:1:3::1", "2001:db8:1:3::"),
        ("::1", "::"),
    ],
)
def test_addresses_are_counted_as_ipv4_or_by_ipv6_slash_64(remote, expected):
    request = RequestFactory().get("/", REMOTE_ADDR=remote)

    assert client_ip(request) == expected


def test_a_forwarded_ipv6_address_is_counted_by_its_slash_64(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.TRUSTED_PROXY_ADDRESSES = ["10.0.0.0/8"]
    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="2001:db8:1:2:aaaa::9"
    )

    assert client_ip(request) == "2001:db8:1:2::"


def test_an_ipv4_address_written_as_ipv6_counts_as_the_same_address(client, owner):
    for username, ip in [
        ("alice", "203.0.113.60"),
        ("bob", "::ffff:203.0.113.60"),
        ("carol", "203.0.113.60"),
        ("dave", "::ffff:203.0.113.60"),
        ("erin", "203.0.113.60"),
    ]:
        fail(client, username, 1, ip=ip)

    assert sign_in(client, "owner", PASSWORD, ip="::ffff:203.0.113.60").status_code == 429
    assert sign_in(Client(), "owner", PASSWORD, ip="203.0.113.61").status_code == 302


def test_addresses_in_one_ipv6_slash_64_share_one_count(client, owner):
    for number, username in enumerate(("alice", "bob", "carol", "dave", "erin"), start=1):
        fail(client, username, 1, ip=f"2001:db8:1:2::{number:x}")

    assert sign_in(client, "owner", PASSWORD, ip="2001:db8:1:2:ffff::1").status_code == 429
    assert sign_in(Client(), "owner", PASSWORD, ip="2001:db8:1:3::1").status_code == 302
