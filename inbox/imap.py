"""Reading a mailbox over IMAP without changing it.

Folders are opened with ``EXAMINE`` (read-only: the server sets no ``\\Seen`` flag and
expunges nothing) and messages are fetched with ``BODY.PEEK[]``; nothing is stored, moved,
flagged or deleted. Connections are always encrypted (TLS, or STARTTLS before signing in),
verified against the system's certificates or ``INBOX_CA_FILE``, and time out.

Every failure becomes an ``ImapError`` whose text says what happened in words the user can
act on; the sync stores it on the settings page and tries again later.
"""

import base64
import contextlib
import datetime
import imaplib
import re
import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass

from inbox.message import MAX_MESSAGE_BYTES

#: Messages read from one folder in one sync; the next sync carries on from there.
BATCH = 200


class ImapError(Exception):
    """A failure, described for the user."""


@dataclass(frozen=True)
class Connection:
    host: str
    port: int
    security: str  # "tls" or "starttls"
    username: str
    password: str
    ca_file: str = ""
    timeout: float = 30


@dataclass(frozen=True)
class Fetched:
    uid: int
    raw: bytes | None  # None: larger than a message may be
    size: int


def _context(ca_file: str) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=ca_file or None)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def folder_name_on_the_wire(name: str) -> str:
    """``name`` in IMAP's modified UTF-7 (RFC 3501, 5.1.3), the form servers expect for
    folder names such as "Rückmeldungen" or "Reçus": printable ASCII stays as it is ("&" is
    written "&-"); any other run of characters becomes "&", its UTF-16 in base64 with "," for
    "/" and no padding, and "-"."""
    out: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            raw = "".join(pending).encode("utf-16-be")
            encoded = base64.b64encode(raw).decode("ascii").rstrip("=").replace("/", ",")
            out.append(f"&{encoded}-")
            pending.clear()

    for ch in name:
        if 0x20 <= ord(ch) <= 0x7E:
            flush()
            out.append("&-" if ch == "&" else ch)
        else:
            pending.append(ch)
    flush()
    return "".join(out)


def _quote(folder: str) -> str:
    if any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in folder):
        raise ImapError(f"The folder name {folder!r} has characters Rebound cannot ask for.")
    wire = folder_name_on_the_wire(folder)
    return '"' + wire.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _describe(exc: BaseException, conn: Connection) -> str:
    where = f"{conn.host}:{conn.port}"
    if isinstance(exc, ssl.SSLCertVerificationError):
        return (
            f"The certificate of {where} is not trusted ({exc.verify_message}). Check the "
            "server name; a private server's certificate authority can be given to "
            "Rebound with INBOX_CA_FILE."
        )
    if isinstance(exc, ssl.SSLError):
        return (
            f"The encrypted connection to {where} failed ({exc.reason or exc}). Check the "
            "port and the security setting."
        )
    if isinstance(exc, TimeoutError | socket.timeout):
        return f"{where} did not answer within {conn.timeout:g} seconds."
    if isinstance(exc, ConnectionRefusedError):
        return f"{where} refused the connection: is the server name and port right?"
    if isinstance(exc, socket.gaierror):
        return f"The server name {conn.host!r} could not be found."
    if isinstance(exc, OSError):
        return f"Could not reach {where}: {exc.strerror or exc}."
    return f"{where} answered something unexpected: {exc}"


class Mailbox:
    """One open, signed-in connection. Use as a context manager."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.imap: imaplib.IMAP4 | None = None

    def __enter__(self) -> "Mailbox":
        conn = self.conn
        try:
            if conn.security == "tls":
                self.imap = imaplib.IMAP4_SSL(
                    conn.host, conn.port, ssl_context=_context(conn.ca_file), timeout=conn.timeout
                )
            else:
                self.imap = imaplib.IMAP4(conn.host, conn.port, timeout=conn.timeout)
                if "STARTTLS" not in self.imap.capabilities:
                    self._close()
                    raise ImapError(
                        f"{conn.host}:{conn.port} does not offer STARTTLS, and Rebound never "
                        "sends a password unencrypted. Use TLS (usually port 993)."
                    )
                self.imap.starttls(ssl_context=_context(conn.ca_file))
        except ImapError:
            raise
        except imaplib.IMAP4.error as exc:
            self._close()
            raise ImapError(
                f"{conn.host}:{conn.port} answered something unexpected: {exc}"
            ) from exc
        except (OSError, ssl.SSLError) as exc:
            self._close()
            raise ImapError(_describe(exc, conn)) from exc
        try:
            self.imap.login(conn.username, conn.password)
        except UnicodeEncodeError:
            self._close()
            raise ImapError(
                "The user name or password has characters this server cannot take "
                "(only ASCII): use an app password."
            ) from None
        except imaplib.IMAP4.error as exc:
            self._close()
            detail = _text(exc)
            raise ImapError(
                f"The server refused the user name or password ({detail}). Many providers "
                "need an app password here, not your usual one."
            ) from None
        except OSError as exc:
            self._close()
            raise ImapError(_describe(exc, conn)) from exc
        return self

    def __exit__(self, *exc_info) -> None:
        if self.imap is not None:
            with contextlib.suppress(OSError, imaplib.IMAP4.error):
                self.imap.logout()
        self._close()

    def _close(self) -> None:
        if self.imap is not None:
            with contextlib.suppress(OSError):
                self.imap.shutdown()
        self.imap = None

    def _call(self, what: str, fn, *args):
        try:
            status, data = fn(*args)
        except imaplib.IMAP4.error as exc:
            raise ImapError(f"The server refused {what}: {_text(exc)}") from exc
        except (OSError, ssl.SSLError) as exc:
            raise ImapError(_describe(exc, self.conn)) from exc
        if status != "OK":
            raise ImapError(f"The server refused {what}: {_text(data)}")
        return data

    def examine(self, folder: str) -> int:
        """Open ``folder`` read-only (EXAMINE); return its UIDVALIDITY."""
        assert self.imap is not None
        try:
            status, _ = self.imap.select(_quote(folder), readonly=True)
        except imaplib.IMAP4.error as exc:
            raise ImapError(f"The folder {folder!r} cannot be opened: {_text(exc)}") from exc
        except OSError as exc:
            raise ImapError(_describe(exc, self.conn)) from exc
        if status != "OK":
            raise ImapError(f"The folder {folder!r} does not exist or cannot be opened.")
        _, values = self.imap.response("UIDVALIDITY")
        try:
            return int(values[0])
        except (TypeError, ValueError, IndexError):
            raise ImapError(f"The server gave no UIDVALIDITY for {folder!r}.") from None

    def new_uids(self, *, after: int, since: datetime.date) -> list[int]:
        """UIDs above ``after`` of messages received on or after ``since``, oldest first."""
        assert self.imap is not None
        data = self._call(
            "the search",
            self.imap.uid,
            "SEARCH",
            "UID",
            f"{after + 1}:*",
            "SINCE",
            since.strftime("%d-%b-%Y"),
        )
        uids = sorted({int(token) for token in b" ".join(d or b"" for d in data).split()})
        # "N:*" always includes the highest UID, even one below N.
        return [uid for uid in uids if uid > after]

    def fetch(self, uids: list[int]) -> Iterator[Fetched]:
        """Each message's bytes, read with BODY.PEEK[] (which sets no flag)."""
        assert self.imap is not None
        if not uids:
            return
        sizes: dict[int, int] = {}
        data = self._call(
            "reading message sizes",
            self.imap.uid,
            "FETCH",
            ",".join(map(str, uids)),
            "(RFC822.SIZE)",
        )
        for item in data:
            line = item[0] if isinstance(item, tuple) else item
            if not line:
                continue
            uid = re.search(rb"UID (\d+)", line)
            size = re.search(rb"RFC822\.SIZE (\d+)", line)
            if uid and size:
                sizes[int(uid.group(1))] = int(size.group(1))
        for uid in uids:
            size = sizes.get(uid)
            if size is None:
                continue  # deleted meanwhile
            if size > MAX_MESSAGE_BYTES:
                yield Fetched(uid, None, size)
                continue
            parts = self._call(
                "reading a message", self.imap.uid, "FETCH", str(uid), "(BODY.PEEK[])"
            )
            raw = next((part[1] for part in parts if isinstance(part, tuple)), None)
            if raw is not None:
                yield Fetched(uid, bytes(raw), size)


def _text(value) -> str:
    if isinstance(value, BaseException):
        value = value.args[0] if value.args else str(value)
    if isinstance(value, list):
        value = b" ".join(v for v in value if isinstance(v, bytes))
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return str(value).strip()[:300]
