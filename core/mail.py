"""E-mail that mail clients and spam filters trust.

- Lines of a quoted-printable body at most 76 characters (RFC 2045) and encoded words at
  most 75 (RFC 2047): Python's default policy folds at 78, so messages are built with a
  policy that folds at 76.
- Sent on someone's behalf from this site's own address (``DEFAULT_FROM_EMAIL``), with
  their name in the display name and their address in ``Reply-To``: a message *from* their
  address through this server would fail SPF and DMARC at the recipient's side.
- ``Message-ID`` in this site's domain (``SITE_URL``'s host), not ``localhost``.

And whether this site can really send mail, decided in one place: the console, locmem,
dummy and file-based backends (development, tests, a laptop) accept a message and deliver
it to nobody; pages must not offer "Send" through them as if the mail would arrive. Any
other backend (SMTP, a provider's package) counts as a mail server.
"""

import email.policy
from email.errors import HeaderDefect
from email.headerregistry import Address
from email.message import EmailMessage as PythonMessage
from email.utils import make_msgid, parseaddr
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMessage

from core.text import tidy

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


#: RFC 2045's limit for encoded body lines (and so the folding width of headers).
MAX_LINE = 76


def site_domain() -> str:
    return urlsplit(settings.SITE_URL).hostname or "localhost"


def site_sender() -> tuple[str, str]:
    """The display name and address of ``DEFAULT_FROM_EMAIL`` ("Rebound" when it has none)."""
    name, address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    return name or "Rebound", address or settings.DEFAULT_FROM_EMAIL


def address(name: str, addr_spec: str) -> str:
    """``"Jörg Müller" <joerg@example.com>``, quoted and encoded as the header needs."""
    name = tidy(name)
    if not name:
        return addr_spec
    try:
        return str(Address(display_name=name, addr_spec=addr_spec))
    except (ValueError, HeaderDefect):
        # An address the header parser refuses (stored before addresses were validated)
        # goes out bare, as Django would send it, rather than not at all.
        return addr_spec


def on_behalf_of(name: str) -> str:
    """``Maya López via Rebound <DEFAULT_FROM_EMAIL's address>``."""
    site_name, site_address = site_sender()
    return address(f"{name} via {site_name}" if name else site_name, site_address)


class Message(EmailMessage):
    """Django's message, folded at 76 characters with a Message-ID in the site's domain."""

    def message(self, *, policy=email.policy.default) -> PythonMessage:
        if not any(key.lower() == "message-id" for key in self.extra_headers):
            self.extra_headers["Message-ID"] = make_msgid(domain=site_domain())
        return super().message(policy=policy.clone(max_line_length=MAX_LINE))


def as_eml(message: EmailMessage) -> bytes:
    """The message as a ``.eml`` file: CRLF line ends, as RFC 5322 and mail apps expect."""
    built = message.message()
    return built.as_bytes(policy=built.policy.clone(linesep="\r\n"))
