#!/usr/bin/env bash
# Rebound in production mode behind Debian's nginx, as deploy/ describes, on loopback only:
# gunicorn (deploy/gunicorn.conf.py) with DEBUG=false on a throwaway SQLite database, nginx
# with deploy/nginx/rebound.conf and a self-signed certificate, both on free high ports of
# 127.0.0.1. Then runs tests/deploy/test_behind_nginx.py against them, and stops both on
# exit however the run ends.
#
#   bash tests/deploy/behind_nginx.sh            # the checks (CI runs this)
#   bash tests/deploy/behind_nginx.sh --measure  # also time /healthz under 50 slow clients,
#                                                # gunicorn alone and behind nginx (~1 min)
set -euo pipefail
cd "$(dirname "$0")/../.."

PYTHON="${PYTHON:-.venv/bin/python}"
NGINX="${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}"
MIME_TYPES="${MIME_TYPES:-/etc/nginx/mime.types}"
MEASURE=0
[ "${1:-}" = "--measure" ] && MEASURE=1

say() { printf '[behind nginx] %s\n' "$*"; }

WORK="$(mktemp -d -t rebound-nginx.XXXXXX)"
# nginx's workers (nobody, when started as root) write request bodies under here.
chmod 755 "$WORK"
GUNICORN_PID=""
stop() {
    status=$?
    if [ -f "$WORK/nginx.pid" ]; then
        "$NGINX" -p "$WORK" -c "$WORK/nginx.conf" -s quit 2>/dev/null \
            || kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
        for _ in $(seq 50); do [ -f "$WORK/nginx.pid" ] || break; sleep 0.1; done
    fi
    if [ -n "$GUNICORN_PID" ] && kill -0 "$GUNICORN_PID" 2>/dev/null; then
        kill -TERM "$GUNICORN_PID" 2>/dev/null || true
        for _ in $(seq 100); do kill -0 "$GUNICORN_PID" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$GUNICORN_PID" 2>/dev/null || true
    fi
    if [ "$status" -ne 0 ]; then
        for log in gunicorn.log error.log; do
            [ -s "$WORK/$log" ] && { say "last lines of $log:"; tail -n 30 "$WORK/$log"; }
        done
    fi
    rm -rf "$WORK"
    exit "$status"
}
trap stop EXIT
trap 'exit 130' INT TERM

free_port() {
    "$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
APP_PORT="$(free_port)"
HTTP_PORT="$(free_port)"
HTTPS_PORT="$(free_port)"
until [ "$HTTP_PORT" != "$APP_PORT" ] && [ "$HTTPS_PORT" != "$APP_PORT" ] \
    && [ "$HTTPS_PORT" != "$HTTP_PORT" ]; do
    HTTPS_PORT="$(free_port)"; HTTP_PORT="$(free_port)"
done
PUBLIC_URL="https://127.0.0.1:$HTTPS_PORT"

say "self-signed certificate for 127.0.0.1"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
    -subj "/CN=127.0.0.1" -addext "subjectAltName=IP:127.0.0.1" \
    -keyout "$WORK/key.pem" -out "$WORK/cert.pem" 2>/dev/null

# Production settings, as deploy/rebound.env.example sets them, with loopback addresses.
export DEBUG=false
SECRET_KEY="ci-$(head -c 96 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
export SECRET_KEY
export ALLOWED_HOSTS=127.0.0.1
export DATABASE_URL="sqlite:///$WORK/rebound.sqlite3"
export SITE_URL="$PUBLIC_URL"
export CSRF_TRUSTED_ORIGINS="$PUBLIC_URL"
export SECURE_PROXY_SSL_HEADER_ENABLED=true
export TRUSTED_PROXY_COUNT=1
export TRUSTED_PROXY_ADDRESSES=127.0.0.1,::1

say "migrate, collectstatic, one account"
"$PYTHON" manage.py migrate --noinput -v 0
"$PYTHON" manage.py collectstatic --noinput -v 0
REBOUND_DEPLOY_USERNAME="deploy-check"
REBOUND_DEPLOY_EMAIL="deploy-check@example.com"
REBOUND_DEPLOY_PASSWORD="$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)"
export REBOUND_DEPLOY_USERNAME REBOUND_DEPLOY_EMAIL REBOUND_DEPLOY_PASSWORD
"$PYTHON" manage.py shell -v 0 -c '
import os
from django.contrib.auth import get_user_model

user = get_user_model().objects.create_user(
    os.environ["REBOUND_DEPLOY_USERNAME"],
    os.environ["REBOUND_DEPLOY_EMAIL"],
    os.environ["REBOUND_DEPLOY_PASSWORD"],
)
from django.apps import apps

# With django-allauth, an address it knows as verified, so sign-in is not held back.
if apps.is_installed("allauth.account"):
    from allauth.account.models import EmailAddress

    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
'

say "gunicorn on 127.0.0.1:$APP_PORT"
"$(dirname "$PYTHON")/gunicorn" --config deploy/gunicorn.conf.py --bind "127.0.0.1:$APP_PORT" \
    config.wsgi >"$WORK/gunicorn.log" 2>&1 &
GUNICORN_PID=$!

say "nginx on 127.0.0.1:$HTTP_PORT (http) and 127.0.0.1:$HTTPS_PORT (https)"
"$PYTHON" deploy/render.py --no-ipv6 \
    --set SERVER_NAME=127.0.0.1 --set PUBLIC_URL="$PUBLIC_URL" --set LISTEN_IPV4=127.0.0.1 \
    --set HTTP_PORT="$HTTP_PORT" --set HTTPS_PORT="$HTTPS_PORT" \
    --set CERTIFICATE="$WORK/cert.pem" --set CERTIFICATE_KEY="$WORK/key.pem" \
    --set STATIC_ROOT="$PWD/staticfiles" --set APP_ADDRESS="127.0.0.1:$APP_PORT" \
    >"$WORK/rebound.conf"
cp deploy/nginx/rebound-proxy.conf "$WORK/"
# The part of Debian's /etc/nginx/nginx.conf the site needs, with every path in $WORK.
cat >"$WORK/nginx.conf" <<EOF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/error.log warn;
events { worker_connections 512; }
http {
    include $MIME_TYPES;
    default_type application/octet-stream;
    sendfile on;
    access_log $WORK/access.log;
    client_body_temp_path $WORK/client_body;
    proxy_temp_path $WORK/proxy;
    fastcgi_temp_path $WORK/fastcgi;
    uwsgi_temp_path $WORK/uwsgi;
    scgi_temp_path $WORK/scgi;
    include $WORK/rebound.conf;
}
EOF
"$NGINX" -p "$WORK" -c "$WORK/nginx.conf" -t -q
"$NGINX" -p "$WORK" -c "$WORK/nginx.conf"

for _ in $(seq 100); do
    curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$HTTP_PORT/healthz" 2>/dev/null && break
    kill -0 "$GUNICORN_PID" 2>/dev/null || { say "gunicorn stopped"; exit 1; }
    sleep 0.2
done
curl -fsS --max-time 5 "http://127.0.0.1:$HTTP_PORT/healthz" >/dev/null

say "checks"
REBOUND_PROXY_URL="$PUBLIC_URL" REBOUND_PROXY_CA="$WORK/cert.pem" REBOUND_PROXY_HTTP_URL="http://127.0.0.1:$HTTP_PORT" \
    REBOUND_APP_URL="http://127.0.0.1:$APP_PORT" \
    "$PYTHON" -m pytest -q -p no:cacheprovider tests/deploy/test_behind_nginx.py

if [ "$MEASURE" = 1 ]; then
    say "measure: /healthz with 50 slow clients, gunicorn alone"
    "$PYTHON" -m tests.deploy.slow_clients "http://127.0.0.1:$APP_PORT"
    sleep 5
    say "measure: /healthz with 50 slow clients, behind nginx"
    "$PYTHON" -m tests.deploy.slow_clients "$PUBLIC_URL"
fi
say "passed"
