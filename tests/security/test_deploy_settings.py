"""Safe deployment defaults: what the settings module gives for a given environment.

Settings are read once at start, so each case evaluates ``config/settings.py`` in a fresh
Python process with exactly the environment under test.
"""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]
YEAR = 365 * 24 * 60 * 60

_EVALUATE = """
import json, runpy, sys
namespace = runpy.run_path("config/settings.py")
print(json.dumps({key: namespace.get(key) for key in json.loads(sys.argv[1])}, default=str))
"""


def _environment(env: dict[str, str]) -> dict[str, str]:
    # Only what Python needs: nothing from the caller's environment may leak into the case.
    return {"PATH": os.environ.get("PATH", ""), "HOME": os.environ.get("HOME", ""), **env}


def evaluate(keys: list[str], **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 - this interpreter and a fixed script
        [sys.executable, "-c", _EVALUATE, json.dumps(keys)],
        cwd=BASE_DIR,
        env=_environment(env),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def settings_for(*keys: str, **env: str) -> dict:
    result = evaluate(list(keys), **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def production(**extra: str) -> dict[str, str]:
    return {
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "rebound.example.com",
        **extra,
    }


COOKIE_KEYS = [
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "SESSION_COOKIE_HTTPONLY",
    "SESSION_COOKIE_SAMESITE",
    "CSRF_COOKIE_SAMESITE",
    "SESSION_COOKIE_NAME",
    "CSRF_COOKIE_NAME",
    "SESSION_COOKIE_DOMAIN",
    "CSRF_COOKIE_DOMAIN",
]


def test_production_defaults_are_secure():
    values = settings_for(
        *COOKIE_KEYS,
        "SECURE_SSL_REDIRECT",
        "SECURE_HSTS_SECONDS",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SILENCED_SYSTEM_CHECKS",
        "SESSION_COOKIE_AGE",
        "SESSION_IDLE_TIMEOUT",
        **production(),
    )

    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SECURE_HSTS_SECONDS"] >= YEAR
    assert values["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    assert values["SESSION_COOKIE_SECURE"] is values["CSRF_COOKIE_SECURE"] is True
    assert values["SESSION_COOKIE_HTTPONLY"] is True
    assert values["SESSION_COOKIE_SAMESITE"] == values["CSRF_COOKIE_SAMESITE"] == "Lax"
    # "__Host-" cookies must be Secure, for Path=/ (Django's default) and without Domain.
    assert values["SESSION_COOKIE_NAME"] == "__Host-sessionid"
    assert values["CSRF_COOKIE_NAME"] == "__Host-csrftoken"
    assert values["SESSION_COOKIE_DOMAIN"] is values["CSRF_COOKIE_DOMAIN"] is None
    assert values["SILENCED_SYSTEM_CHECKS"] is None
    assert values["SESSION_COOKIE_AGE"] == 7 * 24 * 60 * 60
    assert values["SESSION_IDLE_TIMEOUT"] == 8 * 60 * 60


def test_local_development_keeps_plain_cookie_names():
    values = settings_for(*COOKIE_KEYS)

    assert values["SESSION_COOKIE_SECURE"] is False
    # Django's defaults, which an http://127.0.0.1 browser accepts.
    assert values["SESSION_COOKIE_NAME"] is None
    assert values["CSRF_COOKIE_NAME"] is None


def test_the_host_prefix_can_be_turned_off_for_an_unusual_setup():
    values = settings_for(*COOKIE_KEYS, **production(COOKIE_HOST_PREFIX="false"))

    assert values["SESSION_COOKIE_NAME"] is None
    assert values["SESSION_COOKIE_SECURE"] is True


def test_the_host_prefix_without_secure_cookies_fails_at_start():
    result = evaluate(["SESSION_COOKIE_NAME"], COOKIE_HOST_PREFIX="true")

    assert result.returncode != 0
    assert "COOKIE_HOST_PREFIX needs SESSION_COOKIE_SECURE and CSRF_COOKIE_SECURE on." in (
        result.stderr
    )


def test_session_timeouts_come_from_the_environment():
    values = settings_for(
        "SESSION_IDLE_TIMEOUT",
        "SESSION_ABSOLUTE_TIMEOUT",
        "SESSION_COOKIE_AGE",
        SESSION_IDLE_TIMEOUT="1800",
        SESSION_ABSOLUTE_TIMEOUT="86400",
    )

    assert values == {
        "SESSION_IDLE_TIMEOUT": 1800,
        "SESSION_ABSOLUTE_TIMEOUT": 86400,
        "SESSION_COOKIE_AGE": 86400,
    }


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"SESSION_IDLE_TIMEOUT": "soon"}, "SESSION_IDLE_TIMEOUT must be a whole number"),
        ({"SESSION_ABSOLUTE_TIMEOUT": "5"}, "SESSION_ABSOLUTE_TIMEOUT must be at least 60"),
        (
            {"SESSION_IDLE_TIMEOUT": "90000", "SESSION_ABSOLUTE_TIMEOUT": "3600"},
            "SESSION_IDLE_TIMEOUT cannot be longer than SESSION_ABSOLUTE_TIMEOUT",
        ),
        ({"TRUSTED_PROXY_COUNT": "-1"}, "TRUSTED_PROXY_COUNT must be at least 0"),
    ],
)
def test_bad_session_and_proxy_settings_fail_at_start_with_a_clear_message(env, message):
    result = evaluate(["SESSION_IDLE_TIMEOUT"], **env)

    assert result.returncode != 0
    assert message in result.stderr


def _check_deploy(**env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=BASE_DIR,
        env=_environment(env),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_check_deploy_passes_with_debug_off_and_nothing_silenced():
    result = _check_deploy(**production())

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_check_deploy_would_catch_a_weakened_setting():
    result = _check_deploy(**production(SECURE_HSTS_SECONDS="0"))

    assert result.returncode != 0
    assert "security.W004" in result.stdout + result.stderr


# --- The cookies and headers a browser receives over HTTPS ------------------------------


@pytest.fixture
def https_settings(settings):
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = True
    settings.SESSION_COOKIE_NAME = "__Host-sessionid"
    settings.CSRF_COOKIE_NAME = "__Host-csrftoken"
    settings.SECURE_HSTS_SECONDS = YEAR
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    return settings


def test_cookies_over_https_meet_the_host_prefix_rules(client, owner, https_settings):
    csrf = client.get("/accounts/login/", secure=True).cookies["__Host-csrftoken"]
    session = client.post(
        "/accounts/login/",
        {"username": "owner", "password": "correct horse battery"},
        secure=True,
    ).cookies["__Host-sessionid"]

    for cookie in (csrf, session):
        assert cookie["secure"] is True
        assert cookie["path"] == "/"
        assert cookie["domain"] == ""
        assert cookie["samesite"] == "Lax"
    assert session["httponly"] is True
    assert int(session["max-age"]) == https_settings.SESSION_ABSOLUTE_TIMEOUT


def test_https_responses_carry_hsts_for_a_year(client, db, https_settings):
    response = client.get("/accounts/login/", secure=True)

    assert response["Strict-Transport-Security"] == f"max-age={YEAR}; includeSubDomains"


def test_in_production_only_the_health_check_is_exempt_from_the_https_redirect():
    values = settings_for("SECURE_SSL_REDIRECT", "SECURE_REDIRECT_EXEMPT", **production())

    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SECURE_REDIRECT_EXEMPT"] == [r"^healthz$"]
