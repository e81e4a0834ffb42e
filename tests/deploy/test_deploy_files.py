"""The files in deploy/ agree with the app: body-size limit, loopback binding, the proxy
settings, the units' commands. Runs in ``make test``; the live checks are in
test_behind_nginx.py."""

import configparser
import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from inbox.forms import MAX_UPLOAD_BYTES as INBOX_UPLOAD_BYTES
from portability import zip_archive
from portability.archive import MAX_JSON_BYTES
from portability.csv_import import MAX_CSV_BYTES
from portability.views import MULTIPART_OVERHEAD

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
SITE = (DEPLOY / "nginx" / "rebound.conf").read_text()
PROXY = (DEPLOY / "nginx" / "rebound-proxy.conf").read_text()


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


render = _load("deploy_render", DEPLOY / "render.py")


def _directive(text: str, name: str) -> list[str]:
    return re.findall(rf"^\s*{name}\s+([^;]+);", text, flags=re.MULTILINE)


def _megabytes(value: str) -> int:
    number, unit = re.fullmatch(r"(\d+)([kmg]?)", value.lower()).groups()
    return int(number) * {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}[unit]


def test_nginx_takes_the_largest_upload_and_little_more(settings):
    limit, inbox_limit, import_limit = _directive(SITE, "client_max_body_size")
    largest = (
        max(MAX_JSON_BYTES, MAX_CSV_BYTES, settings.MATERIALS_MAX_UPLOAD_BYTES) + MULTIPART_OVERHEAD
    )
    inbox_largest = INBOX_UPLOAD_BYTES + MULTIPART_OVERHEAD

    # Only the inbox's upload address takes its larger batches of e-mails.
    assert "location = /inbox/add/ {\n        client_max_body_size" in SITE
    assert inbox_largest <= _megabytes(inbox_limit) <= inbox_largest + 1024**2

    # And only the full import's takes a ZIP export (with the default quota).
    import_largest = zip_archive.max_zip_bytes() + MULTIPART_OVERHEAD
    assert "location = /data/import/json/ {\n        client_max_body_size" in SITE
    assert import_largest <= _megabytes(import_limit) <= import_largest + 1024**2

    # Anything the app would accept reaches it; anything nginx lets through beyond that is
    # refused by the app with its own message, and at most a megabyte of it is read.
    assert largest <= _megabytes(limit) <= largest + 1024**2


def test_nginx_waits_for_gunicorn_longer_than_gunicorn_works_on_a_request():
    gunicorn = _load("gunicorn_conf", DEPLOY / "gunicorn.conf.py")
    (read_timeout,) = _directive(PROXY, "proxy_read_timeout")

    assert int(read_timeout.rstrip("s")) > gunicorn.timeout


def test_gunicorn_listens_on_loopback_only(monkeypatch):
    monkeypatch.delenv("GUNICORN_BIND", raising=False)
    gunicorn = _load("gunicorn_conf", DEPLOY / "gunicorn.conf.py")

    assert gunicorn.bind == ["127.0.0.1:8000"]
    assert render.defaults("x.example")["APP_ADDRESS"] == "127.0.0.1:8000"
    assert set(gunicorn.forwarded_allow_ips.split(",")) == {"127.0.0.1", "::1"}


def test_nginx_sets_every_header_the_app_trusts():
    headers = dict(
        line.split(None, 1)
        for line in _directive(PROXY, "proxy_set_header")
        if len(line.split(None, 1)) == 2
    )

    assert headers["Host"] == "$host"
    assert headers["X-Forwarded-For"] == "$proxy_add_x_forwarded_for"
    assert headers["X-Forwarded-Proto"] == "$scheme"
    assert _directive(PROXY, "proxy_request_buffering") == ["on"]
    assert _directive(PROXY, "proxy_buffering") == ["on"]


def test_only_healthz_is_proxied_over_plain_http():
    http_server = SITE[SITE.index("# --- Plain HTTP") : SITE.index("# --- HTTPS")]

    assert re.findall(r"location\s+([^{]+)\{", http_server) == ["= /healthz ", "/ "]
    assert "return 301 @@PUBLIC_URL@@$request_uri;" in http_server


def test_tls_is_1_2_and_1_3_only():
    assert _directive(SITE, "ssl_protocols") == ["TLSv1.2 TLSv1.3"]
    (ciphers,) = _directive(SITE, "ssl_ciphers")
    assert all(
        cipher.startswith("ECDHE-") and ("GCM" in cipher or "CHACHA20" in cipher)
        for cipher in ciphers.split(":")
    )


def test_render_fills_every_placeholder():
    text = render.render(SITE, render.defaults("jobs.example.com"))

    settings = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    assert not [line for line in settings if "@@" in line]
    assert "server_name jobs.example.com;" in text
    assert "listen [::]:443 ssl http2;" in text


def test_render_without_ipv6_drops_only_the_ipv6_listen_lines():
    with_ipv6 = render.render(SITE, render.defaults("jobs.example.com"))
    without = render.render(SITE, render.defaults("jobs.example.com"), ipv6=False)

    dropped = set(with_ipv6.splitlines()) - set(without.splitlines())
    assert dropped == {"    listen [::]:80;", "    listen [::]:443 ssl http2;"}


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"NOT_IN_IT": "x"}, "The template has no placeholder NOT_IN_IT"),
        ({"SERVER_NAME": "a.example; include /etc/passwd"}, "SERVER_NAME must be one word"),
        ({"STATIC_ROOT": ""}, "STATIC_ROOT must be one word"),
    ],
)
def test_render_refuses_what_would_make_a_broken_or_hostile_config(values, message):
    with pytest.raises(render.RenderError, match=message):
        render.render(SITE, {**render.defaults("jobs.example.com"), **values})


def test_render_refuses_to_leave_a_placeholder_empty():
    values = render.defaults("jobs.example.com")
    del values["CERTIFICATE"]

    with pytest.raises(render.RenderError, match="No value for CERTIFICATE"):
        render.render(SITE, values)


def _unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str
    parser.read_string((DEPLOY / "systemd" / name).read_text())
    return parser


@pytest.mark.parametrize(
    ("name", "command"),
    [
        ("rebound-web.service", "gunicorn --config deploy/gunicorn.conf.py config.wsgi"),
        ("rebound-worker.service", "python manage.py task_worker"),
    ],
)
def test_the_units_run_the_app_hardened(name, command):
    service = _unit(name)["Service"]

    assert service["ExecStart"].endswith(command)
    assert service["EnvironmentFile"] == "/etc/rebound/rebound.env"
    assert service["User"] == "rebound"
    for setting, value in {
        "NoNewPrivileges": "yes",
        "ProtectSystem": "strict",
        "ProtectHome": "yes",
        "PrivateTmp": "yes",
        "PrivateDevices": "yes",
        "CapabilityBoundingSet": "",
    }.items():
        assert service[setting] == value, setting


@pytest.mark.skipif(not shutil.which("systemd-analyze"), reason="needs systemd-analyze")
def test_systemd_accepts_the_units(tmp_path):
    # With this checkout and this interpreter in place of /srv/rebound and its .venv.
    venv = Path(sys.executable).parent
    for name in ["rebound-web.service", "rebound-worker.service"]:
        text = (DEPLOY / "systemd" / name).read_text()
        text = text.replace("/srv/rebound/.venv/bin", str(venv))
        text = text.replace("/srv/rebound", str(DEPLOY.parent))
        (tmp_path / name).write_text(text)

    result = subprocess.run(  # noqa: S603 - a fixed command on our own files
        [shutil.which("systemd-analyze"), "verify", *map(str, sorted(tmp_path.iterdir()))],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert not result.stderr.strip(), result.stderr
