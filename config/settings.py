"""Rebound's one settings module, driven by environment variables.

Defaults boot on a laptop (DEBUG on, SQLite file); production sets DEBUG=false, a real
SECRET_KEY and DATABASE_URL, and gets secure defaults without further settings.
"""

import datetime
import ipaddress
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import dj_database_url
from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

from config.env import env_bool, env_choice, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DEBUG", default=True)

SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = "django-insecure-local-development-key-do-not-use-in-production"  # noqa: S105

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
for _origin in CSRF_TRUSTED_ORIGINS:
    if not _origin.startswith(("http://", "https://")):
        raise ImproperlyConfigured(
            f"CSRF_TRUSTED_ORIGINS entries must start with http:// or https://; got {_origin!r}."
        )

# The address users reach Rebound at, for links in e-mails (reminder digests).
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
if not SITE_URL.startswith(("http://", "https://")):
    raise ImproperlyConfigured(f"SITE_URL must start with http:// or https://; got {SITE_URL!r}.")

# Whether anyone may create an account. Closed by default: after the first account (which
# always may sign up, and becomes the administrator) new accounts come by invitation links
# that staff create. SIGNUP_OPEN=true lets anyone sign up.
SIGNUP_OPEN = env_bool("SIGNUP_OPEN", default=False)
# Staff must set up two-factor (an authenticator app or a passkey) before the admin opens.
STAFF_REQUIRE_2FA = env_bool("STAFF_REQUIRE_2FA", default=not DEBUG)
# How long an invitation link works, in days, unless staff pick another expiry.
INVITATION_DAYS = env_int("INVITATION_DAYS", 7, minimum=1)

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "crispy_forms",
    "crispy_bootstrap5",
    "bootstrap",
    # Icons as inline SVG from the heroicons package (no icon font, no extra request): not
    # an installed app, as core's ``heroicons`` tag library draws them, each one once.
    # Brute-force protection for sign-in (the admin's too).
    "axes",
    # Accounts: sign-in, sign-up, e-mail verification, password reset; two-factor (TOTP with
    # recovery codes) and passkeys (WebAuthn).
    "allauth",
    "allauth.account",
    "allauth.mfa",
    # The database task queue; its table exists whichever backend runs the tasks.
    "django_tasks_db",
]
#: Rebound's own apps (the page cache follows rows of these to their owners).
PROJECT_APPS = [
    "core",
    "accounts",
    "tracker",
    "home",
    "rejections",
    "inbox",
    "materials",
    "pace",
    "portability",
    "reminders",
    "demo",
    "coach",
]
INSTALLED_APPS += PROJECT_APPS

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before WhiteNoise, so static files get Permissions-Policy and CORP too.
    "accounts.middleware.ProtectiveHeadersMiddleware",
    # A NUL in a header or query string would reach PostgreSQL as a 500: 400 at the door.
    "accounts.middleware.RefuseNulCharactersMiddleware",
    # A charset Python cannot read, or UTF-16 and the like, would fail body parsing as a 500.
    "accounts.middleware.RefuseUnreadableCharsetMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Dates follow the reader's conventions (see LANGUAGES).
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # allauth's sign-in stages (two-factor, e-mail verification) resume through it.
    "allauth.account.middleware.AccountMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    # After auth and messages: it signs out expired sessions with a message.
    "accounts.middleware.SessionTimeoutMiddleware",
    # Staff without two-factor are sent to set it up before the admin opens.
    "accounts.middleware.StaffTwoFactorMiddleware",
    # After auth and the timeout: the signed-in user's time zone for the whole request.
    "accounts.middleware.UserTimeZoneMiddleware",
    # After a signed-in person's post, their cached pages are forgotten (core.pagecache).
    "core.pagecache.DataVersionMiddleware",
    # Last, as django-axes asks: it turns a refused sign-in into the lock-out page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.csp",
                "config.context_processors.site",
                "config.context_processors.theme",
            ],
        },
    },
]

# --- Page cache ------------------------------------------------------------------------
# Each web process keeps the pages it rendered for a person until that person's data
# changes (core.pagecache): the key holds a version every write bumps, so no process can
# show a page from before a write, and the entries need no shared cache. The entries are
# bounded in number and size; PAGE_CACHE_SECONDS=0 turns the cache off.
PAGE_CACHE_ALIAS = "pages"
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 60, minimum=0)
if PAGE_CACHE_SECONDS > 3600:
    # Writes never wait for it, but what changes with the clock alone would.
    raise ImproperlyConfigured(f"PAGE_CACHE_SECONDS is at most 3600; got {PAGE_CACHE_SECONDS}.")
PAGE_CACHE_ENTRIES = env_int("PAGE_CACHE_ENTRIES", 200, minimum=1)
PAGE_CACHE_MAX_CHARACTERS = 400_000
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    PAGE_CACHE_ALIAS: {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "pages",
        "TIMEOUT": PAGE_CACHE_SECONDS,
        "OPTIONS": {"MAX_ENTRIES": PAGE_CACHE_ENTRIES},
    },
}

# --- Database -------------------------------------------------------------------------
DATABASE_URL = env_str("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}"
try:
    _db = dj_database_url.parse(
        DATABASE_URL, conn_max_age=env_int("CONN_MAX_AGE", 600), conn_health_checks=True
    )
except ValueError as exc:
    raise ImproperlyConfigured(f"DATABASE_URL is not a valid database URL: {exc}") from None
if _db["ENGINE"] == "django.db.backends.sqlite3":
    # WAL and an immediate write lock keep a single-file install responsive under the few
    # concurrent requests a personal tracker sees, instead of failing with "database is locked".
    _db["CONN_MAX_AGE"] = 0
    _db.setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
elif _db["ENGINE"].startswith("django.db.backends.postgresql"):
    # No JIT: a page's queries read a few rows each, but a query whose estimate passes
    # jit_above_cost spends 20 ms compiling to save 3 (the board's cards, measured).
    options = _db.setdefault("OPTIONS", {})
    options["options"] = f"{options.get('options', '')} -c jit=off".strip()
else:
    raise ImproperlyConfigured("DATABASE_URL must point to PostgreSQL or SQLite.")
DATABASES = {"default": _db}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Background work ----------------------------------------------------------------
# Imports, sending letters and the daily digest run as tasks (django.tasks) in a worker
# process: `manage.py task_worker`. "database" queues them in the database (nothing else to
# run); "rq" queues them in Redis, for installs with several app servers and workers.
TASK_BACKEND = env_choice("TASK_BACKEND", ("database", "rq"), "database")
REDIS_URL = env_str("REDIS_URL", "redis://127.0.0.1:6379/0")
if not REDIS_URL.startswith(("redis://", "rediss://", "unix://")):
    raise ImproperlyConfigured(
        f"REDIS_URL must start with redis://, rediss:// or unix://; got {REDIS_URL!r}."
    )
# How long one task may run under RQ before its worker stops it (a 20 MB import: a minute).
RQ_QUEUES = {"default": {"URL": REDIS_URL, "DEFAULT_TIMEOUT": 30 * 60}}
if TASK_BACKEND == "rq":
    TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    INSTALLED_APPS += ["django_rq", "django_tasks_rq"]
else:
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# --- Inbox ----------------------------------------------------------------------------
# IMAP passwords are encrypted with these Fernet keys (comma-separated, newest first: the
# first encrypts, all decrypt, so a key can be rotated). Without a key IMAP is disabled.
INBOX_KEYS = env_list("INBOX_KEYS", [])
for _key in INBOX_KEYS:
    try:
        Fernet(_key)
    except ValueError:
        raise ImproperlyConfigured(
            "INBOX_KEYS must be Fernet keys (32 url-safe base64-encoded bytes each, e.g. from "
            "`python -c 'from cryptography.fernet import Fernet; "
            "print(Fernet.generate_key().decode())'`), separated by commas."
        ) from None
# A CA bundle trusted for IMAP over TLS instead of the system's (a private mail server).
INBOX_CA_FILE = env_str("INBOX_CA_FILE")
if INBOX_CA_FILE and not Path(INBOX_CA_FILE).is_file():
    raise ImproperlyConfigured(f"INBOX_CA_FILE {INBOX_CA_FILE!r} is not a readable file.")
# How often `sync_inbox --every` (and the Check now button's cooldown) looks at mailboxes.
INBOX_SYNC_MINUTES = env_int("INBOX_SYNC_MINUTES", 15, minimum=1)
# Seconds an IMAP connection may wait for the server before the sync gives up.
INBOX_IMAP_TIMEOUT = env_int("INBOX_IMAP_TIMEOUT", 30, minimum=1)

# --- Auth -----------------------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# The lock-out check runs first, so a locked-out sign-in never reaches the password check.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "accounts.backends.PreferencesModelBackend",
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home:dashboard"
LOGOUT_REDIRECT_URL = "account_login"

# django-allauth (accounts/adapter.py holds what is ours: who may sign up, the first account
# as administrator, invitations, links built from SITE_URL).
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_FORMS = {
    "login": "accounts.forms.LoginForm",
    "signup": "accounts.forms.SignupForm",
}
# People sign in with their username, as before; the address is for mail.
ACCOUNT_LOGIN_METHODS = {"username"}
ACCOUNT_SIGNUP_FIELDS = ["username*", "email*", "password1*", "password2*"]
ACCOUNT_UNIQUE_EMAIL = True
# A new account's address is verified before it is used: sign-up always ends on "check your
# e-mail", whether the address was new or already had an account (which gets a mail saying
# so instead), so sign-up never tells whether an address has an account. Signing in later
# does not wait for the verification (accounts.adapter.EmailVerificationStage): existing
# accounts came over unverified, and what needs a verified address (sending letters) checks
# accounts.emails.has_verified_email itself.
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_EMAIL_UNKNOWN_ACCOUNTS = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_EMAIL_CONFIRMATION_EXPIRE_DAYS = 3
ACCOUNT_EMAIL_SUBJECT_PREFIX = "Rebound: "
# Sessions last until the timeouts below, as before: no "remember me" box.
ACCOUNT_SESSION_REMEMBER = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https" if SITE_URL.startswith("https://") else "http"
# Failed passwords are counted by django-axes (below), which owns the lock-out page
# (AccountAdapter.pre_authenticate); allauth's "login_failed" limit still counts wrong
# two-factor codes (5 per account in 5 minutes), and its limits on sign-ups and mails stay.

# Two-factor: an authenticator app (TOTP) with recovery codes, and passkeys (WebAuthn),
# which also sign in on their own, without a username or password.
MFA_ADAPTER = "accounts.adapter.MFAAdapter"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes", "webauthn"]
MFA_FORMS = {"add_webauthn": "accounts.forms.AddPasskeyForm"}
MFA_PASSKEY_LOGIN_ENABLED = True
MFA_TOTP_ISSUER = "Rebound"
# WebAuthn refuses plain-HTTP origins other than localhost; for `make run` on 127.0.0.1.
MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = env_bool("MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN", default=DEBUG)

# Brute force (django-axes): after 5 failed sign-ins for one username, or from one address,
# further attempts are refused for 15 minutes without checking the password. Attempts made
# during the lock-out do not extend it, so the page can say when to come back.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_HTTP_RESPONSE_CODE = 429
# A success forgets only that username's failures from that address (see the handler).
AXES_HANDLER = "accounts.lockout.LockoutHandler"
AXES_CLIENT_IP_CALLABLE = "accounts.lockout.client_ip"
# Behind N reverse proxies that each append to X-Forwarded-For, the client's address is the
# N-th entry from the right; with 0 (direct) it is REMOTE_ADDR. Getting this wrong either
# lets attackers pick their address or locks everyone out together (all share the proxy's).
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
# X-Forwarded-For is read only on requests whose connection comes from one of these addresses
# or networks (the proxy next to the app server): a client that reaches the app server some
# other way cannot pick the address its failures count against. Loopback by default, for
# nginx on the same host (deploy/nginx/rebound.conf).
TRUSTED_PROXY_ADDRESSES = []
for _proxy in env_list("TRUSTED_PROXY_ADDRESSES", ["127.0.0.1", "::1"]):
    try:
        TRUSTED_PROXY_ADDRESSES.append(ipaddress.ip_network(_proxy, strict=False))
    except ValueError:
        raise ImproperlyConfigured(
            "TRUSTED_PROXY_ADDRESSES must list IP addresses or networks "
            f"(e.g. 127.0.0.1, 10.0.0.0/8); got {_proxy!r}."
        ) from None

# Sessions live in the database. A session ends after SESSION_IDLE_TIMEOUT seconds without a
# request (8 hours) and at the latest SESSION_ABSOLUTE_TIMEOUT seconds after sign-in (7 days).
SESSION_IDLE_TIMEOUT = env_int("SESSION_IDLE_TIMEOUT", 8 * 60 * 60, minimum=60)
SESSION_ABSOLUTE_TIMEOUT = env_int("SESSION_ABSOLUTE_TIMEOUT", 7 * 24 * 60 * 60, minimum=60)
if SESSION_IDLE_TIMEOUT > SESSION_ABSOLUTE_TIMEOUT:
    raise ImproperlyConfigured(
        "SESSION_IDLE_TIMEOUT cannot be longer than SESSION_ABSOLUTE_TIMEOUT "
        f"({SESSION_IDLE_TIMEOUT} > {SESSION_ABSOLUTE_TIMEOUT} seconds)."
    )
SESSION_COOKIE_AGE = SESSION_ABSOLUTE_TIMEOUT

# --- Internationalisation ---------------------------------------------------------------
LANGUAGE_CODE = "en"
# Rebound speaks English; the browser's language picks the date conventions of its region
# ("Mar 14, 2026" or "14 Mar 2026"), shown by core/templatetags/when.py.
LANGUAGES = [
    ("en", "English (United States)"),
    ("en-gb", "English (United Kingdom)"),
    ("en-au", "English (Australia)"),
    ("en-ca", "English (Canada)"),
    ("en-ie", "English (Ireland)"),
]
TIME_ZONE = env_str("TIME_ZONE", "UTC")
try:
    ZoneInfo(TIME_ZONE)
except (ZoneInfoNotFoundError, ValueError):
    raise ImproperlyConfigured(f"TIME_ZONE {TIME_ZONE!r} is not a known time zone.") from None
USE_I18N = True
USE_TZ = True

# --- Static files ---------------------------------------------------------------------
STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Uploaded documents (CVs, cover letters). Files are stored through STORAGES["default"]
# under MEDIA_ROOT and are never served from a public URL: only their owner downloads them,
# through a view. Another backend (django-storages) can replace "default".
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
MEDIA_URL = "/media-not-served/"
# The largest file one upload may be, and how much one user may store in all (bytes).
MATERIALS_MAX_UPLOAD_BYTES = env_int("MATERIALS_MAX_UPLOAD_BYTES", 10 * 1024 * 1024, minimum=1024)
MATERIALS_USER_QUOTA_BYTES = env_int("MATERIALS_USER_QUOTA_BYTES", 200 * 1024 * 1024, minimum=1024)

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"
# Django's form renderer, with its input, text area and select templates written in Python
# (the same HTML; core/renderers.py).
FORM_RENDERER = "core.renderers.FormRenderer"

# --- Request bodies and uploads (README: Security › Limits) -----------------------------
# Django's defaults, written out so they are documented and tested: a form body (files not
# counted) of at most 2.5 MB and 1,000 fields (the largest form, the CSV column mapping,
# has about 60), 100 files per request (the inbox takes up to 50 e-mails at once), and an
# upload over 2.5 MB goes to a temporary file instead of memory. The imports set their own
# caps (5 MB CSV, 20 MB JSON), checked from the declared length before the body is read;
# JSON bodies go through core.jsonbody.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_NUMBER_FIELDS = 1_000
DATA_UPLOAD_MAX_NUMBER_FILES = 100
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440

# --- E-mail ---------------------------------------------------------------------------
# With DEBUG on and no EMAIL_HOST, mail is printed to the console; otherwise it goes
# through SMTP (EMAIL_HOST defaults to a local mail server, as Django's does).
EMAIL_HOST_NAME = env_str("EMAIL_HOST")
if DEBUG and not EMAIL_HOST_NAME:
    _mailer = {"BACKEND": "django.core.mail.backends.console.EmailBackend"}
else:
    _mailer = {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {
            "host": EMAIL_HOST_NAME or "localhost",
            "port": env_int("EMAIL_PORT", 587 if EMAIL_HOST_NAME else 25, minimum=1),
            "username": env_str("EMAIL_HOST_USER"),
            "password": env_str("EMAIL_HOST_PASSWORD"),
            "use_tls": env_bool("EMAIL_USE_TLS", default=bool(EMAIL_HOST_NAME)),
            "timeout": 15,
        },
    }
MAILERS = {"default": _mailer}
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Rebound <rebound@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# How many letters one user may send through the site in any 24 hours (0: none at all).
LETTERS_DAILY_SEND_LIMIT = env_int("LETTERS_DAILY_SEND_LIMIT", 20)

# --- Security -------------------------------------------------------------------------
# Secure by default in production; each switch can be turned off for a TLS-terminating
# proxy setup that handles it (set SECURE_PROXY_SSL_HEADER_ENABLED=true behind one).
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=not DEBUG)
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", default=not DEBUG)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", default=not DEBUG)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=not DEBUG)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=not DEBUG)
if env_bool("SECURE_PROXY_SSL_HEADER_ENABLED", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# A "__Host-" name makes browsers refuse the cookie unless it is Secure, for Path=/ and
# without Domain, so a sibling subdomain or a plain-HTTP page cannot plant or overwrite it.
# Only possible for secure cookies: browsers drop "__Host-" cookies that are not.
COOKIE_HOST_PREFIX = env_bool(
    "COOKIE_HOST_PREFIX", default=SESSION_COOKIE_SECURE and CSRF_COOKIE_SECURE
)
if COOKIE_HOST_PREFIX:
    if not (SESSION_COOKIE_SECURE and CSRF_COOKIE_SECURE):
        raise ImproperlyConfigured(
            "COOKIE_HOST_PREFIX needs SESSION_COOKIE_SECURE and CSRF_COOKIE_SECURE on."
        )
    SESSION_COOKIE_NAME = "__Host-sessionid"
    CSRF_COOKIE_NAME = "__Host-csrftoken"
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
# A load balancer's health check over plain HTTP gets its answer, not a redirect.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
# Browser features no page uses, denied to every page (Permissions-Policy). The clipboard
# stays allowed: the letter page's copy buttons write to it; so do passkeys
# (publickey-credentials-get and -create), for signing in with one.
PERMISSIONS_POLICY_DENIED = [
    "accelerometer",
    "ambient-light-sensor",
    "autoplay",
    "bluetooth",
    "camera",
    "display-capture",
    "encrypted-media",
    "geolocation",
    "gyroscope",
    "hid",
    "idle-detection",
    "magnetometer",
    "microphone",
    "midi",
    "payment",
    "screen-wake-lock",
    "serial",
    "usb",
    "xr-spatial-tracking",
]
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

# Strict Content-Security-Policy: every script and style is a static file of our own.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "frame-ancestors": [CSP.NONE],
    "form-action": [CSP.SELF],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    # Failed sign-ins and lock-outs are warnings; axes' notes on every success are not
    # worth a line each (its AccessLog table keeps them, see the admin).
    "loggers": {"axes": {"level": "WARNING"}},
}
