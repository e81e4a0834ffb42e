"""gunicorn settings for Rebound behind nginx (deploy/nginx/rebound.conf).

gunicorn's sync workers each serve one connection at a time, reading the request and
writing the answer at the client's speed: 50 clients sending a byte every few seconds tie
up every worker and the site stops answering. So gunicorn listens on loopback only and
nginx, which reads whole requests and buffers whole answers before passing them on, is the
only thing that talks to it. Command-line options override these (``--bind``, ``--workers``).
"""

import os

# Loopback only: never reachable from outside the host (see the module docstring).
bind = [os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")]
# Two or three per CPU core is gunicorn's rule of thumb; each holds a database connection.
workers = int(os.environ.get("GUNICORN_WORKERS", "3"))
# A request running longer than this is stopped and its worker replaced. Slow work
# (imports, sending mail) runs in the task worker, so no page should come near it.
timeout = 30
graceful_timeout = 25
# nginx keeps idle connections to gunicorn open (upstream keepalive) for a few seconds.
keepalive = 5
# Replace each worker now and then, so a slow leak in any library cannot grow for ever.
max_requests = 2000
max_requests_jitter = 200
# X-Forwarded-Proto (wsgi.url_scheme) is believed only from nginx on this host; Django reads
# it again through SECURE_PROXY_SSL_HEADER_ENABLED, and the client address through
# TRUSTED_PROXY_COUNT and TRUSTED_PROXY_ADDRESSES.
forwarded_allow_ips = "127.0.0.1,::1"
# Request line and headers are bounded by nginx already; these are gunicorn's own limits.
limit_request_line = 8190
limit_request_fields = 100
limit_request_field_size = 8190
# Logs to stdout/stderr, which systemd's journal collects.
accesslog = "-"
errorlog = "-"
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms "%({x-forwarded-for}i)s"'
