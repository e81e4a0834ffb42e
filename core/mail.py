"""Whether this site can really send mail, decided in one place.

The console, locmem, dummy and file-based backends (development, tests, a laptop) accept
a message and deliver it to nobody; pages must not offer "Send" through them as if the
mail would arrive. Any other backend (SMTP, a provider's package) counts as a mail server.
"""

from django.conf import settings

#: Django's backends that keep mail on this machine.
UNDELIVERED_BACKENDS = frozenset(
    f"django.core.mail.backends.{name}.EmailBackend"
    for name in ("console", "locmem", "dummy", "filebased")
)


def mail_backend() -> str:
    mailers = getattr(settings, "MAILERS", None)
    if mailers:
        return mailers.get("default", {}).get("BACKEND", "")
    return getattr(settings, "EMAIL_BACKEND", "")


def mail_server_configured() -> bool:
    return mail_backend() not in UNDELIVERED_BACKENDS
