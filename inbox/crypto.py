"""IMAP passwords at rest: encrypted with Fernet keys from the environment (``INBOX_KEYS``).

The first key encrypts; every key decrypts (``MultiFernet``), so a key is rotated by
putting a new one first and running ``sync_inbox --rotate-keys`` before removing the old.
Without a key the inbox's IMAP part is off and the settings page says why.
"""

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings

MISSING_KEY = (
    "Mailbox sync is off on this server: the administrator has not set INBOX_KEYS, the key "
    "that encrypts mailbox passwords. Uploading or pasting messages still works."
)
UNREADABLE = (
    "The stored mailbox password cannot be decrypted with this server's INBOX_KEYS (was the "
    "key changed?). Enter the password again."
)


class KeyMissing(Exception):
    pass


class CannotDecrypt(Exception):
    pass


def available() -> bool:
    return bool(settings.INBOX_KEYS)


def _fernet() -> MultiFernet:
    if not settings.INBOX_KEYS:
        raise KeyMissing(MISSING_KEY)
    return MultiFernet([Fernet(key) for key in settings.INBOX_KEYS])


def encrypt(secret: str) -> str:
    return _fernet().encrypt(secret.encode("utf-8")).decode("ascii")


def decrypt(token: str) -> str:
    try:
        return _fernet().decrypt(token.encode("ascii")).decode("utf-8")
    except (InvalidToken, UnicodeError):
        raise CannotDecrypt(UNREADABLE) from None


def rotate(token: str) -> str:
    """The token re-encrypted with the first key."""
    try:
        return _fernet().rotate(token.encode("ascii")).decode("ascii")
    except (InvalidToken, UnicodeError):
        raise CannotDecrypt(UNREADABLE) from None
