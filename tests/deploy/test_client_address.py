"""Behind nginx: whose address lock-out counts (accounts.lockout.client_ip and the proxy
settings). The same behaviour through a real nginx is checked by test_behind_nginx.py."""

import pytest
from django.test import RequestFactory

from accounts.lockout import client_ip, from_trusted_proxy
from tests.factories import UserFactory
from tests.security.test_deploy_settings import evaluate, settings_for

NGINX = "127.0.0.1"


@pytest.fixture
def behind_nginx(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.TRUSTED_PROXY_ADDRESSES = [NGINX, "::1"]


def request_from(remote: str, forwarded: str):
    return RequestFactory().get("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded)


def test_nginx_s_entry_names_the_client(behind_nginx):
    # nginx's $proxy_add_x_forwarded_for: whatever the client sent, then the address it saw.
    assert client_ip(request_from(NGINX, "6.6.6.6, 198.51.100.9")) == "198.51.100.9"


def test_an_ipv6_client_of_nginx_is_counted_by_its_slash_64(behind_nginx):
    assert client_ip(request_from("::1", "2001:db8:7:8:1:2:3:4")) == "2001:db8:7:8::"


def test_nginx_reaching_the_app_over_ipv4_mapped_ipv6_is_still_the_proxy(behind_nginx):
    assert client_ip(request_from("::ffff:127.0.0.1", "198.51.100.9")) == "198.51.100.9"


@pytest.mark.parametrize("remote", ["203.0.113.5", "10.0.0.1", "::ffff:203.0.113.5", "2001:db8::1"])
def test_a_client_reaching_the_app_server_directly_cannot_pick_its_address(behind_nginx, remote):
    request = request_from(remote, "198.51.100.9")

    assert client_ip(request) != "198.51.100.9"
    assert client_ip(request) in {"203.0.113.5", "10.0.0.1", "2001:db8::"}


@pytest.mark.parametrize("remote", ["", "unix:/run/rebound.sock", "not an address"])
def test_a_connection_without_an_ip_address_is_not_a_trusted_proxy(behind_nginx, remote):
    assert not from_trusted_proxy(remote)
    assert client_ip(request_from(remote, "198.51.100.9")) != "198.51.100.9"


def test_a_proxy_network_can_be_trusted(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.TRUSTED_PROXY_ADDRESSES = ["10.20.0.0/16"]

    assert client_ip(request_from("10.20.3.4", "198.51.100.9")) == "198.51.100.9"
    assert client_ip(request_from("10.21.3.4", "198.51.100.9")) == "10.21.3.4"


def test_five_failures_from_one_client_of_nginx_lock_that_client_out_only(behind_nginx, client, db):
    UserFactory(username="owner")

    def sign_in(username: str, client_address: str) -> int:
        return client.post(
            "/accounts/login/",
            {"username": username, "password": "wrong guess"},
            REMOTE_ADDR=NGINX,
            # A spoofed entry first, as a client could send it; nginx appends the real one.
            HTTP_X_FORWARDED_FOR=f"10.0.0.{len(username)}, {client_address}",
        ).status_code

    statuses = [sign_in(f"user{'x' * number}", "198.51.100.9") for number in range(6)]

    assert statuses[:4] == [200] * 4
    assert statuses[5] == 429
    # Everyone else reaches the same app server through the same nginx and is not locked out.
    assert sign_in("owner", "198.51.100.10") == 200


def test_trusted_proxy_addresses_come_from_the_environment():
    values = settings_for("TRUSTED_PROXY_ADDRESSES", TRUSTED_PROXY_ADDRESSES="10.0.0.0/8, ::1")

    assert values == {"TRUSTED_PROXY_ADDRESSES": ["10.0.0.0/8", "::1/128"]}


def test_the_default_trusts_only_loopback():
    values = settings_for("TRUSTED_PROXY_ADDRESSES")

    assert values == {"TRUSTED_PROXY_ADDRESSES": ["127.0.0.1/32", "::1/128"]}


def test_a_bad_trusted_proxy_address_fails_at_start_with_a_clear_message():
    result = evaluate(["TRUSTED_PROXY_ADDRESSES"], TRUSTED_PROXY_ADDRESSES="127.0.0.1, nginx")

    assert result.returncode != 0
    assert "TRUSTED_PROXY_ADDRESSES must list IP addresses or networks" in result.stderr
    assert "'nginx'" in result.stderr
