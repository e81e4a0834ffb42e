"""Uploaded files: what they are (by content, never by name), and the text in them.

``detect`` runs while the upload is checked and refuses what is not a plain document: a
renamed program, an encrypted PDF, a Word file with macros, XML with a DTD (external
entities, entity bombs), a zip that unpacks to far more than it weighs. ``extract_text``
runs in a background task and reads the words for search and fit, within limits that keep
a hostile file from taking the worker's memory or time.
"""

import hashlib
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import PurePath
from typing import BinaryIO

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeET

from materials.models import FileType

#: Pages read from a PDF; a CV has a few, a bomb has thousands.
MAX_PDF_PAGES = 50
#: Characters of text kept from any file (search and fit need far less).
MAX_TEXT_CHARS = 300_000
#: What the members of a DOCX/ODT may unpack to, and how many there may be.
MAX_UNZIPPED_BYTES = 60 * 1024 * 1024
MAX_ZIP_MEMBERS = 2_000

ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
WORD_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEXT_NS = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"

_PROGRAM_SIGNATURES = (b"MZ", b"\x7fELF", b"\xca\xfe\xba\xbe", b"\xcf\xfa\xed\xfe", b"#!")
_MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}


class Refused(ValueError):
    """A file we do not keep; the message says why, for the user."""


@dataclass(frozen=True)
class Checked:
    file_type: FileType
    sha256: str
    size: int


def safe_filename(name: str) -> str:
    """The last part of ``name`` without control characters or path separators."""
    name = re.split(r"[/\\]", name or "")[-1]
    name = "".join(" " if unicodedata.category(ch).startswith(("C", "Z")) else ch for ch in name)
    name = re.sub(r"\s+", " ", name).strip(" .")
    if len(name) > 150:
        path = PurePath(name)
        suffix = path.suffix[:20]
        name = name[: 150 - len(suffix)].rstrip(" .") + suffix
    return name or "document"


def detect(stream: BinaryIO, name: str) -> Checked:
    """Check the file's content and say what it is, or raise ``Refused``."""
    stream.seek(0)
    digest = hashlib.sha256()
    size = 0
    for chunk in iter(lambda: stream.read(1024 * 1024), b""):
        digest.update(chunk)
        size += len(chunk)
    if size == 0:
        raise Refused("The file is empty.")
    stream.seek(0)
    head = stream.read(8)
    stream.seek(0)
    if head.startswith(b"%PDF-"):
        _check_pdf(stream)
        file_type = FileType.PDF
    elif head.startswith(b"PK\x03\x04"):
        file_type = _check_office(stream)
    elif head.startswith(_PROGRAM_SIGNATURES):
        raise Refused("This is a program, not a document. Upload a PDF, DOCX, ODT or text file.")
    else:
        file_type = _check_text(stream, name)
    stream.seek(0)
    return Checked(file_type, digest.hexdigest(), size)


def _check_pdf(stream: BinaryIO) -> None:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(stream, strict=False)
        if reader.is_encrypted:
            raise Refused(
                "This PDF is encrypted or password-protected. Save a copy without a password "
                "and upload that."
            )
        pages = len(reader.pages)
    except Refused:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, RecursionError, OSError) as exc:
        raise Refused("This PDF is damaged and cannot be read.") from exc
    if pages == 0:
        raise Refused("This PDF has no pages.")


def _check_office(stream: BinaryIO) -> FileType:
    try:
        archive = zipfile.ZipFile(stream)
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise Refused("This file looks like a zip archive but is damaged.") from exc
    if len(members) > MAX_ZIP_MEMBERS or sum(m.file_size for m in members) > MAX_UNZIPPED_BYTES:
        raise Refused("This file unpacks to far more than a document would; it was not kept.")
    if any(m.flag_bits & 0x1 for m in members):
        raise Refused("This document is encrypted. Save a copy without a password and upload that.")
    names = {m.filename for m in members}
    lowered = {n.lower() for n in names}
    if any(n.endswith("vbaproject.bin") or n.startswith(("basic/", "scripts/")) for n in lowered):
        raise Refused(
            "This document contains macros. Save it as a plain document (.docx or .odt "
            "without macros) and upload that."
        )
    if "mimetype" in names and archive.read("mimetype").strip() == ODT_MIMETYPE:
        main, file_type = "content.xml", FileType.ODT
    elif "[Content_Types].xml" in names and "word/document.xml" in names:
        types = archive.read("[Content_Types].xml")
        if b"macroEnabled" in types:
            raise Refused(
                "This document is macro-enabled. Save it as a plain .docx and upload that."
            )
        main, file_type = "word/document.xml", FileType.DOCX
    else:
        raise Refused("This zip archive is not a Word (DOCX) or OpenDocument (ODT) text document.")
    if main not in names:
        raise Refused("This document is incomplete: its text is missing.")
    _parse_xml(archive.read(main))
    return file_type


def _parse_xml(data: bytes):
    try:
        return SafeET.fromstring(data, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise Refused(
            "This document declares XML entities (which can point at other files); it was "
            "not kept. Save it again from your word processor."
        ) from exc
    except SafeET.ParseError as exc:
        raise Refused("This document is damaged: its text cannot be read.") from exc


def _check_text(stream: BinaryIO, name: str) -> FileType:
    data = stream.read()
    if b"\x00" in data:
        raise Refused(
            "This file is neither a PDF, DOCX or ODT document nor text (whatever its name "
            "says). Upload a PDF, DOCX, ODT, text or Markdown file."
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise Refused(
            "This text file is not UTF-8. Save it as UTF-8 (or as PDF) and upload it again."
        ) from exc
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\r\n\t\f")
    if controls > max(8, len(text) // 100):
        raise Refused("This file is not a text document (it is full of control characters).")
    if PurePath(name.lower()).suffix in _MARKDOWN_SUFFIXES:
        return FileType.MARKDOWN
    return FileType.TXT


# --- Text -----------------------------------------------------------------------------


class Unreadable(Exception):
    """The text of a kept file could not be read; the message is for the user."""


def extract_text(data: bytes, file_type: str) -> str:
    """The words in the file, paragraphs on their own lines, at most ``MAX_TEXT_CHARS``."""
    if file_type == FileType.PDF:
        text = _pdf_text(data)
    elif file_type == FileType.DOCX:
        text = _xml_text(data, "word/document.xml", {WORD_NS + "p"}, {WORD_NS + "t"})
    elif file_type == FileType.ODT:
        text = _xml_text(
            data,
            "content.xml",
            {TEXT_NS + "p", TEXT_NS + "h"},
            {TEXT_NS + "p", TEXT_NS + "h", TEXT_NS + "span", TEXT_NS + "a"},
        )
    else:
        text = data.decode("utf-8-sig", errors="replace")
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    text = re.sub(r"\n\s*\n+", "\n\n", text).strip()
    return text[:MAX_TEXT_CHARS]


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        parts: list[str] = []
        length = 0
        for page in reader.pages[:MAX_PDF_PAGES]:
            text = page.extract_text() or ""
            parts.append(text)
            length += len(text)
            if length >= MAX_TEXT_CHARS:
                break
        return "\n\n".join(parts)
    except (PyPdfError, ValueError, KeyError, TypeError, RecursionError, OSError) as exc:
        raise Unreadable("The PDF's text could not be read (it may be damaged).") from exc


def _xml_text(data: bytes, member: str, paragraphs: set[str], text_tags: set[str]) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = archive.getinfo(member)
            if info.file_size > MAX_UNZIPPED_BYTES:
                raise Unreadable("The document's text is too large to read.")
            root = _parse_xml(archive.read(member))
    except (zipfile.BadZipFile, KeyError, Refused) as exc:
        raise Unreadable("The document's text could not be read (it may be damaged).") from exc
    return "\n".join(
        "".join(_texts(node, text_tags)) for node in root.iter() if node.tag in paragraphs
    )


def _texts(element, text_tags: set[str]):
    for node in element.iter():
        if node.tag in text_tags and node.text:
            yield node.text
        if node.tag.endswith("}tab"):
            yield " "
        if node.tail and node is not element and node.tag.startswith(TEXT_NS):
            yield node.tail
