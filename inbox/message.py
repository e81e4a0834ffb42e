"""Reading one e-mail: its headers, and the text a person would read as *the new part*.

``parse_message`` takes the raw bytes of an RFC 5322 message (an ``.eml`` file, a message
fetched over IMAP, pasted source) and returns a ``ParsedMessage``. It never trusts what the
message says about itself: a charset label may be wrong or unknown, a Date header may be
garbage, a part may be HTML only. Anything that cannot be read as an e-mail at all (empty,
binary, too big) raises ``UnreadableMessage`` whose text can be shown to the user as is.

The *new part* (``ParsedMessage.text``) is what the classifier judges: in a reply, the
quoted history is dropped (a rejection quoted under "thanks, I appreciate it" is not a new
rejection); in a forward, the forwarded original is kept and the forwarder's note dropped;
signatures are cut off (they are kept apart in ``signature`` because they name the company).
"""

from __future__ import annotations

import email
import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.headerregistry import HeaderRegistry
from email.message import EmailMessage, Message
from email.policy import EmailPolicy
from email.utils import getaddresses, parsedate_to_datetime
from html.parser import HTMLParser

from core.text import tidy

MAX_MESSAGE_BYTES = 25 * 1024 * 1024
#: ``full_text`` is for display; a longer text is cut here.
MAX_FULL_TEXT = 100_000
#: A forward inside a forward inside ... is followed this deep.
_MAX_DEPTH = 3


class _HeaderClasses(HeaderRegistry):
    """policy.default's header registry, remembering the class it makes for each header
    name: the standard one builds a new class on every header read, which was a third of
    the time spent reading a message."""

    def __init__(self) -> None:
        super().__init__()
        self._made: dict[str, type] = {}

    def __getitem__(self, name: str) -> type:
        key = name.lower()
        made = self._made.get(key)
        if made is None:
            made = self._made[key] = super().__getitem__(name)
        return made


_STRUCTURE_HEADERS = frozenset(
    ("content-type", "content-transfer-encoding", "content-disposition", "mime-version")
)
_parsed_structure: dict[tuple[str, str], object] = {}


class _Policy(EmailPolicy):
    """policy.default, reading the headers that describe a message's structure once: the
    parser asks for Content-Type up to five times per part and policy.default parses it
    anew each time. Only those headers are kept (never subjects or addresses), at most a
    few hundred values."""

    def header_fetch_parse(self, name, value):
        if name.lower() not in _STRUCTURE_HEADERS:
            return super().header_fetch_parse(name, value)
        key = (name.lower(), value)
        parsed = _parsed_structure.get(key)
        if parsed is None:
            if len(_parsed_structure) >= 512:
                _parsed_structure.clear()
            parsed = _parsed_structure[key] = super().header_fetch_parse(name, value)
        return parsed


#: policy.default with the two speed-ups above; it parses exactly as policy.default does.
POLICY = _Policy(header_factory=_HeaderClasses())


class UnreadableMessage(ValueError):
    """The bytes are not an e-mail message that can be read; ``str(error)`` says why."""


@dataclass(frozen=True)
class ParsedMessage:
    message_id: str
    subject: str
    sender_name: str
    sender_address: str
    sent_at: datetime | None
    text: str
    full_text: str
    forwarded_from: tuple[str, str] | None
    #: The signature cut from the new part ("--" block, "Best regards, ..." closing lines).
    signature: str = ""
    #: A forward of someone else's mail: the original was addressed to the person who
    #: forwarded it, and that person is not the reader (a friend's rejection, say).
    third_party_forward: bool = False


# --- Bytes to text --------------------------------------------------------------------------


def decode_bytes(data: bytes, declared: str | None) -> str:
    """``data`` as text. Valid UTF-8 wins over the label (mail that says ``iso-8859-1`` but
    is UTF-8 is common, and a real Latin-1 text with accents is almost never valid UTF-8);
    then the declared charset; then Windows-1252, which decodes nearly every byte."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _raw_header(part: Message, name: str) -> str:
    """A header's unparsed value: the structure of a message is read from these, because
    policy.default parses a header anew each time it is read, which dominated parse time."""
    for key, value in part.raw_items():
        if key.lower() == name:
            return str(value)
    return ""


_CONTENT_TYPE = re.compile(r"^\s*([\w.+-]+/[\w.+-]+)")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([^\"';\s]+)", re.IGNORECASE)


def _content_type(part: Message) -> str:
    found = _CONTENT_TYPE.match(_raw_header(part, "content-type"))
    return found.group(1).lower() if found else part.get_default_type()


def _charset(part: Message) -> str | None:
    found = _CHARSET.search(_raw_header(part, "content-type"))
    return found.group(1).lower() if found else None


def _repair(value: str) -> str:
    """Raw 8-bit bytes in a header arrive as surrogate escapes; read them as UTF-8 (or
    Windows-1252 when they are not UTF-8)."""
    if not any("\udc80" <= character <= "\udcff" for character in value):
        return value
    data = value.encode("utf-8", "surrogateescape")
    return decode_bytes(data, None)


def _part_text(part: Message) -> str:
    try:
        payload = part.get_payload(decode=True)
    except Exception:  # a broken transfer encoding: the raw payload is better than nothing
        payload = None
    if payload is None:
        raw = part.get_payload()
        return raw if isinstance(raw, str) else ""
    if not isinstance(payload, bytes):
        return str(payload)
    return decode_bytes(payload, _charset(part))


class _HTMLText(HTMLParser):
    """HTML to plain text: blocks become lines, ``<blockquote>`` lines are quoted with
    "> " (so quoted history is recognised like in plain text), script/style dropped."""

    BLOCKS = frozenset(
        [
            "p",
            "div",
            "br",
            "li",
            "tr",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "table",
            "ul",
            "ol",
            "section",
            "article",
            "header",
            "footer",
            "hr",
        ]
    )
    SKIP = frozenset(("script", "style", "head", "title"))

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.quote_depth = 0
        self.skip_depth = 0

    def _flush(self) -> None:
        line = tidy("".join(self.current))
        self.current = []
        if line:
            self.lines.append("> " * self.quote_depth + line)
        elif self.lines and self.lines[-1] != "":
            self.lines.append("")

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self.SKIP:
            self.skip_depth += 1
        elif tag == "blockquote":
            self._flush()
            self.quote_depth += 1
        elif tag in self.BLOCKS:
            self._flush()
        elif tag == "td":
            self.current.append(" ")

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag in self.BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag == "blockquote":
            self._flush()
            self.quote_depth = max(0, self.quote_depth - 1)
        elif tag in self.BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self.skip_depth:
            self.current.append(data)


def html_to_text(markup: str) -> str:
    parser = _HTMLText()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # HTMLParser is lenient; this is for the truly pathological
        return re.sub(r"<[^>]*>", " ", markup)
    parser._flush()
    return "\n".join(parser.lines).strip()


# --- Structure: the body, forwards -----------------------------------------------------------


def _is_attachment(part: Message) -> bool:
    return _raw_header(part, "content-disposition").strip().lower().startswith("attachment")


def _body_text(message: Message) -> tuple[str, Message | None]:
    """The message's readable text (plain preferred over HTML within an alternative) and
    an attached ``message/rfc822`` (a forward sent as attachment), if any."""
    plain: list[str] = []
    html: list[str] = []
    attached: Message | None = None
    for part in message.walk() if message.is_multipart() else [message]:
        content_type = _content_type(part)
        if content_type == "message/rfc822":
            inner = part.get_payload()
            if isinstance(inner, list) and inner:
                inner = inner[0]
            if isinstance(inner, Message) and attached is None:
                attached = inner
            continue
        if part.is_multipart():
            continue
        if _is_attachment(part) and content_type not in ("text/plain", "text/html"):
            continue
        if _is_attachment(part):
            continue
        if content_type == "text/plain":
            plain.append(_part_text(part))
        elif content_type == "text/html":
            html.append(html_to_text(_part_text(part)))
    if attached is not None:
        # Parts of the attached message were not walked above (walk() descends into it):
        # keep only the outer message's own text.
        plain, html = _outer_texts(message)
    text = "\n\n".join(t for t in plain if t.strip()) or "\n\n".join(t for t in html if t.strip())
    return _normalise_newlines(text), attached


def _outer_texts(message: Message) -> tuple[list[str], list[str]]:
    plain: list[str] = []
    html: list[str] = []

    def visit(part: Message) -> None:
        content_type = _content_type(part)
        if content_type == "message/rfc822":
            return
        if part.is_multipart():
            for child in part.get_payload():
                if isinstance(child, Message):
                    visit(child)
            return
        if _is_attachment(part):
            return
        if content_type == "text/plain":
            plain.append(_part_text(part))
        elif content_type == "text/html":
            html.append(html_to_text(_part_text(part)))

    visit(message)
    return plain, html


def _normalise_newlines(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " ")
    return text.replace("\u200b", "").replace("\ufeff", "").replace("\x00", "")


# Where a forwarded original starts, in the mail programs people use (en, de, fr, es).
_FORWARD_MARKER = re.compile(
    r"^[ \t>]*(?:-{2,}\s*(?:forwarded message|original message|weitergeleitete nachricht|"
    r"urspr(?:ü|ue)ngliche nachricht|message transf(?:é|e)r(?:é|e)|message d'origine|"
    r"mensaje reenviado|mensaje original)\s*-{2,}|begin forwarded message:|"
    r"anfang der weitergeleiteten nachricht:|d(?:é|e)but du message r(?:é|e)exp(?:é|e)di(?:é"
    r"|e)\s?:|"
    r"inicio del mensaje reenviado:)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_FORWARD_ONLY = re.compile(
    r"^[ \t>]*(?:-{2,}\s*(?:forwarded message|weitergeleitete nachricht|message transf(?:é|e)r"
    r"(?:é|e)|"
    r"mensaje reenviado)|begin forwarded message:|anfang der weitergeleiteten nachricht:|"
    r"d(?:é|e)but du message r(?:é|e)exp(?:é|e)di(?:é|e)|inicio del mensaje reenviado:)",
    re.IGNORECASE | re.MULTILINE,
)
_FORWARD_SUBJECT = re.compile(r"^\s*(?:fwd?|wg|tr|rv|fw)\s*:", re.IGNORECASE)
_HEADER_LINE = re.compile(
    r"^[ \t>]*\*?(from|von|de|date|datum|sent|gesendet|envoy(?:é|e)|enviado|fecha|to|an|(?:à|a)|"
    r"para|pour|subject|betreff|objet|sujet|asunto|cc|reply-to)\*?\s?:\s*(.*)$",
    re.IGNORECASE,
)
_FROM_KEYS = {"from", "von", "de"}
_TO_KEYS = {"to", "an", "à", "a", "para", "pour"}


def _split_forward(text: str):
    """``(body, sender, recipient)`` of the forwarded original, when ``text`` contains a
    forward marker (sender and recipient are ``(name, address)`` or None)."""
    match = _FORWARD_MARKER.search(text)
    if match is None:
        return None
    lines = text[match.end() :].lstrip("\n").split("\n")
    sender: tuple[str, str] | None = None
    recipient: tuple[str, str] | None = None
    index = 0
    # The header block: "From: ...", "Date: ...", "Subject: ...", possibly wrapped lines.
    while index < len(lines):
        line = lines[index]
        header = _HEADER_LINE.match(line)
        if header:
            key = header.group(1).lower()
            if key in _FROM_KEYS and sender is None:
                sender = _address(header.group(2))
            elif key in _TO_KEYS and recipient is None:
                recipient = _address(header.group(2))
            index += 1
        elif not line.strip() and index == 0:
            index += 1
        elif line.startswith((" ", "\t")) and index > 0 and line.strip():
            index += 1  # a folded header line
        else:
            break
    body = "\n".join(line[2:] if line.startswith("> ") else line for line in lines[index:])
    return body, sender, recipient


def _address(value: str) -> tuple[str, str] | None:
    value = value.replace("[mailto:", "<").replace("]", ">")
    pairs = getaddresses([value])
    if not pairs:
        return None
    name, address = pairs[0]
    if "@" not in address:
        found = re.search(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", value)
        if not found:
            return None
        address = found.group(0)
        name = tidy(value.replace(address, "").strip(" <>\"'"))
    return tidy(name.strip("\"'")), address.lower()


# --- The new part: no quoted history, no signature ------------------------------------------

_REPLY_HEADER = re.compile(
    r"^(?:on\b.{0,200}\bwrote:|am\b.{0,200}\bschrieb.{0,120}:|le\b.{0,200}\ba (?:é|e)crit\s?:|"
    r"el\b.{0,200}\bescribi(?:ó|o)\s?:|.{0,120}<[^>]+@[^>]+>\s*(?:wrote|schrieb|a écrit"
    r"|escribió)\s?:)\s*$",
    re.IGNORECASE,
)
# Outlook's reply header: "From: ..." directly followed by "Sent:"/"Date:" lines.
_OUTLOOK_FROM = re.compile(r"^\*?(from|von|de)\*?\s?:\s*\S", re.IGNORECASE)
_OUTLOOK_NEXT = re.compile(
    r"^\*?(sent|date|gesendet|datum|envoy(?:é|e)|enviado|fecha|to|an|(?:à|a)|para)\*?\s?:",
    re.IGNORECASE,
)
_SIGNATURE_CLOSING = re.compile(
    r"^(?:best(?: regards| wishes)?|kind regards|warm regards|regards|many thanks|thanks"
    r"(?: again)?|"
    r"thank you|cheers|sincerely|yours sincerely|all the best|best of luck|"
    r"mit freundlichen gr(?:ü|ue)(?:ß|ss)en|freundliche gr(?:ü|ue)(?:ß|ss)e|viele gr(?:ü|ue)(?:ß"
    r"|ss)e|"
    r"beste gr(?:ü|ue)(?:ß|ss)e|herzliche gr(?:ü|ue)(?:ß|ss)e|liebe gr(?:ü|ue)(?:ß|ss)e|"
    r"gr(?:ü|ue)(?:ß|ss)e|cordialement|bien cordialement|bien (?:à|a) vous|"
    r"sinc(?:è|e)rement|salutations|meilleures salutations|un saludo|saludos(?: cordiales)?|"
    r"atentamente|cordialmente|un cordial saludo)\s*[,.!]?\s*$",
    re.IGNORECASE,
)
_MOBILE_FOOTER = re.compile(
    r"^(?:sent from my \w+|von meinem \w+ gesendet|envoy(?:é|e) de mon \w+|enviado desde mi \w+)",
    re.IGNORECASE,
)


def new_part(text: str) -> tuple[str, str]:
    """``text`` without quoted history, and the signature cut from it: ``(body, signature)``."""
    lines = text.split("\n")
    kept: list[str] = []
    for index, line in enumerate(lines):
        stripped = line.strip()
        if _REPLY_HEADER.match(stripped) or _FORWARD_MARKER.match(stripped):
            break
        # "On Tue, 3 Mar 2026 at 10:02, Jane Doe <jane@x.com>" wrapped over two lines
        if (
            index + 1 < len(lines)
            and re.match(r"^(?:on|am|le|el)\b", stripped, re.IGNORECASE)
            and _REPLY_HEADER.match(stripped + " " + lines[index + 1].strip())
        ):
            break
        if _OUTLOOK_FROM.match(stripped) and any(
            _OUTLOOK_NEXT.match(following.strip()) for following in lines[index + 1 : index + 3]
        ):
            break
        if re.match(r"^-{3,}\s*(?:original|urspr|message d|mensaje)", stripped, re.IGNORECASE):
            break
        if stripped.startswith(">"):
            continue
        kept.append(line.rstrip())
    body, signature = _cut_signature(kept)
    return _squeeze("\n".join(body)), _squeeze("\n".join(signature))


def _cut_signature(lines: list[str]) -> tuple[list[str], list[str]]:
    for index, line in enumerate(lines):
        if line in ("-- ", "--") or _MOBILE_FOOTER.match(line.strip()):
            return lines[:index], lines[index + 1 :]
    # A closing formula in the last lines: what follows it is the signature.
    start = max(0, len(lines) - 14)
    for index in range(len(lines) - 1, start - 1, -1):
        if _SIGNATURE_CLOSING.match(lines[index].strip()):
            return lines[:index], lines[index:]
    return lines, []


def _squeeze(text: str) -> str:
    return re.sub(r"\n{3,}", "\n\n", text).strip()


# --- The message ------------------------------------------------------------------------------


def _header(message: Message, name: str) -> str:
    try:
        value = message.get(name)
    except Exception:
        return ""
    if value is None:
        return ""
    try:
        return _repair(str(value))
    except Exception:
        return ""


def _sender(message: Message) -> tuple[str, str]:
    try:
        header = message.get("From")
        addresses = getattr(header, "addresses", None)
        if addresses:
            name = _repair(addresses[0].display_name or "")
            return tidy(name), (addresses[0].addr_spec or "").lower()
    except Exception:  # noqa: S110 - an unparseable From header is read by hand below
        pass
    found = _address(_header(message, "From"))
    return found if found else ("", "")


def _sent_at(message: Message) -> datetime | None:
    raw = _header(message, "Date")
    if not raw:
        return None
    try:
        value = parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value


def _message_id(message: Message, raw: bytes) -> str:
    value = tidy(_header(message, "Message-ID")).strip().strip("<>").strip()
    if value:
        return value[:255]
    return "sha256-" + hashlib.sha256(raw).hexdigest()


def _looks_binary(raw: bytes) -> bool:
    """A NUL among the headers, or many control bytes at the start: an image, an archive, a
    PDF. (A stray NUL in a body is dropped when the text is read.)"""
    head = raw[:8192]
    end = min((i for i in (head.find(b"\n\n"), head.find(b"\r\n\r\n")) if i >= 0), default=-1)
    if b"\x00" in (head[:end] if end >= 0 else head):
        return True
    controls = sum(1 for byte in head if byte < 9 or 13 < byte < 32)
    return controls > len(head) * 0.05


def _text_and_forward(message: Message, depth: int = 0):
    """``(new text, full text, signature, forwarded_from, forwarded_to)`` for ``message``."""
    body, attached = _body_text(message)
    if attached is not None and depth < _MAX_DEPTH:
        inner_text, inner_full, signature, _, _ = _text_and_forward(attached, depth + 1)
        sender = _sender(attached)
        recipient = _address(_header(attached, "To"))
        full = (body + "\n\n" + inner_full).strip()
        return inner_text, full, signature, sender if sender[1] else None, recipient
    forwarded = None
    # "-----Original Message-----" starts a forward only under a forward's subject; in
    # Outlook it starts the quoted history of a reply too.
    if _FORWARD_SUBJECT.match(_raw_header(message, "subject")) or _FORWARD_ONLY.search(body):
        forwarded = _split_forward(body)
    if forwarded is not None:
        original, sender, recipient = forwarded
        text, signature = new_part(original)
        return text, body, signature, sender, recipient
    text, signature = new_part(body)
    return text, body, signature, None, None


def _third_party_forward(
    message: Message, sender: tuple[str, str], original_to: tuple[str, str] | None
) -> bool:
    """Whether a forward carries someone else's mail: the original went to the forwarder,
    and the forwarder is not the reader (neither an address nor a name the forward was
    sent to). A reader forwarding their own mail from another account keeps their name."""
    if original_to is None or not sender[1] or original_to[1] != sender[1]:
        return False
    readers = getaddresses([_header(message, "To"), _header(message, "Cc")])
    if not readers:
        return False
    addresses = {address.lower() for _, address in readers if address}
    names = {tidy(name).casefold() for name, _ in readers if name}
    if sender[1] in addresses or not sender[0] or sender[0].casefold() in names:
        return False
    # Only a reader named differently from the forwarder shows that two people are involved
    # (a forward to one's own archive address often carries no name).
    return bool(names)


def parse_message(raw: bytes) -> ParsedMessage:
    """Read ``raw`` (the bytes of one e-mail). Raises ``UnreadableMessage`` with a message
    for the user when the bytes are empty, too big, binary or have no e-mail headers."""
    if not isinstance(raw, bytes | bytearray | memoryview):
        raise UnreadableMessage("The message must be given as bytes.")
    raw = bytes(raw)
    if not raw.strip():
        raise UnreadableMessage("The message is empty.")
    if len(raw) > MAX_MESSAGE_BYTES:
        raise UnreadableMessage(
            f"The message is {len(raw) / 1024 / 1024:.0f} MB; messages over "
            f"{MAX_MESSAGE_BYTES // 1024 // 1024} MB are not read."
        )
    if _looks_binary(raw):
        raise UnreadableMessage("This is not an e-mail message (it looks like a binary file).")
    try:
        message: EmailMessage = email.message_from_bytes(raw, policy=POLICY)
    except Exception as error:  # the parser is lenient; this is the last resort
        raise UnreadableMessage("This file could not be read as an e-mail message.") from error
    known = {"from", "subject", "date", "message-id", "to"}
    if not any(key.lower() in known for key in message.keys()):  # noqa: SIM118 - a Message
        raise UnreadableMessage(
            "This is not an e-mail message: it has none of the From, To, Subject, Date or "
            "Message-ID headers. Save the message as .eml (or paste its full source)."
        )
    try:
        text, full, signature, forwarded, original_to = _text_and_forward(message)
    except Exception as error:
        raise UnreadableMessage("The message's body could not be read.") from error
    name, address = _sender(message)
    third_party = forwarded is not None and _third_party_forward(
        message, (name, address), original_to
    )
    return ParsedMessage(
        message_id=_message_id(message, raw),
        subject=tidy(_header(message, "Subject"))[:998],
        sender_name=name,
        sender_address=address,
        sent_at=_sent_at(message),
        text=text,
        full_text=full[:MAX_FULL_TEXT],
        forwarded_from=forwarded,
        signature=signature,
        third_party_forward=third_party,
    )
