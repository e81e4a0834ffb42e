"""The full export as a ZIP: the JSON document, every stored file, and a manifest.

Layout::

    rebound.json          the export document (``portability.archive``), version 4
    files/<sha256>        each document file once, named by its SHA-256
    manifest.json         {"format": "rebound-export-manifest", "version": 1,
                           "files": [{"name": ..., "size": ..., "sha256": ...}, ...]}

The ZIP is written as it is sent (``export_zip``): the JSON text and each file go through
``zipfile`` in chunks to a small buffer that is handed to the server whenever it holds a
few hundred KB, so memory does not grow with the number or size of the files. The
manifest comes last, with the size and SHA-256 of every member as they were written.

An uploaded ZIP is read with nothing taken on trust (``Bundle``): its central directory
is checked before a byte is unpacked (member count, unpacked sizes, compression ratio,
names, symbolic links, duplicates, encryption), every member must be in the manifest and
every manifest entry in the ZIP, and each member is unpacked in chunks to a temporary file
whose size and SHA-256 must match the manifest before it is used.
"""

import contextlib
import hashlib
import json
import re
import secrets
import stat
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO

from django.conf import settings
from django.core.files.storage import default_storage
from django.template.defaultfilters import filesizeformat
from django.utils import timezone

from core import jsonbody
from materials.models import DocumentVersion, FileType
from portability import archive
from portability.archive import ArchiveError

JSON_NAME = "rebound.json"
MANIFEST_NAME = "manifest.json"
MANIFEST_FORMAT = "rebound-export-manifest"
MANIFEST_VERSION = 1
#: Bytes read from storage, and unpacked from a ZIP, at a time.
CHUNK_SIZE = 256 * 1024
#: Bytes gathered before they are handed to the server.
YIELD_SIZE = 256 * 1024
#: Already-compressed formats are stored as they are; text is deflated.
_STORED_TYPES = {FileType.PDF, FileType.DOCX, FileType.ODT}
#: A manifest lists a few hundred bytes per file.
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
MANIFEST_LIMITS = jsonbody.Limits(
    max_bytes=MAX_MANIFEST_BYTES, max_depth=4, max_values=200_000, max_number_chars=20
)
#: Members of one ZIP: one per distinct file, plus the document and the manifest.
MAX_MEMBERS = 10_000
#: How much more a member may unpack to than it weighs. Text deflates some 3-10 times and
#: a JSON export up to about 20 times; a zip bomb does about 1,000 times.
MAX_RATIO = 100
#: Members smaller than this unpacked are not judged by their ratio (it means little).
RATIO_FLOOR = 1024 * 1024
_FILE_MEMBER = re.compile(r"files/[0-9a-f]{64}")


def max_files_bytes() -> int:
    """What the files of one export may unpack to: one account's whole storage quota."""
    return settings.MATERIALS_USER_QUOTA_BYTES


def max_zip_bytes() -> int:
    """The largest ZIP accepted for import: the quota's files, the largest JSON document,
    and room for the manifest and the ZIP's own headers."""
    return max_files_bytes() + archive.MAX_JSON_BYTES + MAX_MANIFEST_BYTES + 1024 * 1024


# --- Export -----------------------------------------------------------------------------


class _Sink:
    """Where ``zipfile`` writes; without ``tell`` and ``seek``, so ``zipfile`` writes a
    streamable ZIP (sizes and checksums after each member's data)."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []
        self.size = 0

    def write(self, data) -> int:
        self.parts.append(bytes(data))
        self.size += len(data)
        return len(data)

    def flush(self) -> None:
        pass

    def drain(self) -> bytes:
        data = b"".join(self.parts)
        self.parts, self.size = [], 0
        return data


def missing_files(user) -> list[DocumentVersion]:
    """The user's document versions whose file is not in storage (the ZIP would be
    incomplete): checked before the download starts, so the page can say which."""
    versions = DocumentVersion.objects.for_user(user).select_related("document").order_by("pk")
    return [v for v in versions if not v.file.name or not v.file.storage.exists(v.file.name)]


def _member(name: str, compress_type: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=timezone.localtime().timetuple()[:6])
    info.compress_type = compress_type
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    return info


def export_zip(user, *, private_writing: bool = True) -> Iterator[bytes]:
    """The ZIP export in pieces of about ``YIELD_SIZE`` bytes (without the private writing
    section when ``private_writing`` is false)."""
    sink = _Sink()
    stored: dict[str, archive.StoredFile] = {}
    entries: list[dict[str, Any]] = []
    with zipfile.ZipFile(sink, "w", allowZip64=True) as bundle:
        digest, size = hashlib.sha256(), 0
        with bundle.open(_member(JSON_NAME, zipfile.ZIP_DEFLATED), "w") as member:
            for piece in archive.export_json(user, stored, private_writing=private_writing):
                data = piece.encode("utf-8")
                digest.update(data)
                size += len(data)
                member.write(data)
                if sink.size >= YIELD_SIZE:
                    yield sink.drain()
        entries.append({"name": JSON_NAME, "size": size, "sha256": digest.hexdigest()})
        storage = DocumentVersion._meta.get_field("file").storage
        for sha256, found in stored.items():
            name = archive.file_member(sha256)
            kind = zipfile.ZIP_STORED if found.file_type in _STORED_TYPES else zipfile.ZIP_DEFLATED
            info = _member(name, kind)
            info.file_size = found.size  # lets zipfile choose ZIP64 for a large member
            digest, size = hashlib.sha256(), 0
            with storage.open(found.name, "rb") as source, bundle.open(info, "w") as member:
                for chunk in iter(lambda source=source: source.read(CHUNK_SIZE), b""):
                    digest.update(chunk)
                    size += len(chunk)
                    member.write(chunk)
                    if sink.size >= YIELD_SIZE:
                        yield sink.drain()
            entries.append({"name": name, "size": size, "sha256": digest.hexdigest()})
        manifest = {"format": MANIFEST_FORMAT, "version": MANIFEST_VERSION, "files": entries}
        bundle.writestr(
            _member(MANIFEST_NAME, zipfile.ZIP_DEFLATED), json.dumps(manifest, indent=1)
        )
    yield sink.drain()


# --- Import -----------------------------------------------------------------------------

#: What reading a hostile or damaged ZIP can raise besides ``BadZipFile``.
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    OSError,
    ValueError,
    NotImplementedError,
    RuntimeError,
)
DAMAGED = "This ZIP file is damaged or incomplete (was the download cut short?)."


def is_zip(stream: BinaryIO) -> bool:
    stream.seek(0)
    head = stream.read(4)
    stream.seek(0)
    return head == b"PK\x03\x04"


def _unsafe_name(name: str) -> str | None:
    """Why a member's name could not have been written by Rebound, as a path; else None."""
    if name.startswith(("/", "\\")) or re.match(r"[A-Za-z]:", name):
        return "an absolute path"
    if "\\" in name:
        return "a backslash"
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in name):
        return "a control character"
    parts = name.split("/")
    if ".." in parts:
        return "“..” (a path outside the archive)"
    return None


class Bundle:
    """An uploaded ZIP export, checked: the manifest's entries, and the members verified
    against them as they are read (``archive.FileSource``)."""

    def __init__(self, stream: BinaryIO) -> None:
        try:
            self.zip = zipfile.ZipFile(stream)
            infos = self.zip.infolist()
        except _ZIP_ERRORS:
            raise ArchiveError(DAMAGED) from None
        self.infos = {info.filename: info for info in self._checked(infos)}
        self.manifest = self._manifest()
        self._compare()

    # --- The central directory, before anything is unpacked

    def _checked(self, infos: list[zipfile.ZipInfo]) -> list[zipfile.ZipInfo]:
        if len(infos) > MAX_MEMBERS:
            raise ArchiveError(
                f"This ZIP holds {len(infos):,} files; an export holds at most {MAX_MEMBERS:,}."
            )
        seen: set[str] = set()
        files_bytes = 0
        for info in infos:
            name = info.filename
            reason = _unsafe_name(name)
            if reason:
                raise ArchiveError(f"The ZIP member “{name[:200]}” has {reason} in its name.")
            if stat.S_ISLNK(info.external_attr >> 16):
                raise ArchiveError(f"The ZIP member “{name}” is a symbolic link.")
            if name in seen:
                raise ArchiveError(f"The ZIP holds “{name}” twice.")
            seen.add(name)
            if name not in (JSON_NAME, MANIFEST_NAME) and not _FILE_MEMBER.fullmatch(name):
                raise ArchiveError(
                    f"The ZIP member “{name[:200]}” is not part of a Rebound export (it holds "
                    f"only {JSON_NAME}, {MANIFEST_NAME} and files/…). Upload the ZIP as "
                    "Rebound wrote it, not unpacked and packed again."
                )
            if info.flag_bits & 0x1:
                raise ArchiveError(f"The ZIP member “{name}” is encrypted.")
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise ArchiveError(
                    f"The ZIP member “{name}” is compressed with a method Rebound does not "
                    "write (only stored and deflated)."
                )
            if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(
                info.compress_size, 1
            ):
                raise ArchiveError(
                    f"The ZIP member “{name}” would unpack to {info.file_size:,} bytes from "
                    f"{info.compress_size:,}: more than {MAX_RATIO} times its size, as a zip "
                    "bomb does. It was not unpacked."
                )
            if name == JSON_NAME and info.file_size > archive.MAX_JSON_BYTES:
                raise ArchiveError(
                    f"The export's {JSON_NAME} is larger than "
                    f"{filesizeformat(archive.MAX_JSON_BYTES)}, the most Rebound reads."
                )
            if name == MANIFEST_NAME and info.file_size > MAX_MANIFEST_BYTES:
                raise ArchiveError(f"The export's {MANIFEST_NAME} is too large.")
            if name.startswith(archive.FILES_DIR):
                files_bytes += info.file_size
        if files_bytes > max_files_bytes():
            raise ArchiveError(
                f"The files in this ZIP unpack to {filesizeformat(files_bytes)}, more than "
                f"the storage quota of one account ({filesizeformat(max_files_bytes())})."
            )
        for required in (JSON_NAME, MANIFEST_NAME):
            if required not in seen:
                raise ArchiveError(
                    f"This ZIP has no {required}, so it is not a Rebound export (or it was "
                    "packed again without it)."
                )
        return infos

    # --- The manifest

    def _manifest(self) -> dict[str, tuple[int, str]]:
        raw = self._read_small(MANIFEST_NAME, MAX_MANIFEST_BYTES)
        try:
            manifest = jsonbody.loads(raw, MANIFEST_LIMITS)
        except jsonbody.JsonLimitError as exc:
            raise ArchiveError(f"The export's {MANIFEST_NAME} cannot be read: {exc}") from None
        if (
            not isinstance(manifest, dict)
            or manifest.get("format") != MANIFEST_FORMAT
            or manifest.get("version") != MANIFEST_VERSION
            or not isinstance(manifest.get("files"), list)
        ):
            raise ArchiveError(
                f"The export's {MANIFEST_NAME} is not a Rebound manifest (version "
                f"{MANIFEST_VERSION})."
            )
        entries: dict[str, tuple[int, str]] = {}
        for position, entry in enumerate(manifest["files"], start=1):
            where = f"{MANIFEST_NAME}, entry {position}"
            if not isinstance(entry, dict) or set(entry) != {"name", "size", "sha256"}:
                raise ArchiveError(f"{where} should have a name, a size and a sha256.")
            name, size, sha256 = entry["name"], entry["size"], entry["sha256"]
            if not isinstance(name, str) or name in entries:
                raise ArchiveError(f"{where}: the name is missing or listed twice.")
            if isinstance(size, bool) or not isinstance(size, int) or size < 0:
                raise ArchiveError(f"{where}: the size must be a whole number of bytes.")
            if not isinstance(sha256, str) or not re.fullmatch(r"[0-9a-f]{64}", sha256):
                raise ArchiveError(f"{where}: the sha256 must be 64 hexadecimal digits.")
            entries[name] = (size, sha256)
        return entries

    def _compare(self) -> None:
        """Every member is in the manifest, every entry is in the ZIP, sizes agree."""
        members = set(self.infos) - {MANIFEST_NAME}
        for name in sorted(set(self.manifest) - members):
            raise ArchiveError(f"The manifest lists “{name[:200]}”, which is not in the ZIP.")
        for name in sorted(members - set(self.manifest)):
            raise ArchiveError(f"The ZIP holds “{name}”, which its manifest does not list.")
        for name in sorted(members):
            if self.infos[name].file_size != self.manifest[name][0]:
                raise ArchiveError(
                    f"“{name}” is {self.infos[name].file_size:,} bytes in the ZIP but "
                    f"{self.manifest[name][0]:,} in its manifest."
                )

    # --- Members

    def _chunks(self, name: str) -> Iterator[bytes]:
        """The member's bytes, at most as many as the manifest says (zipfile stops at the
        declared size and checks the CRC at the end)."""
        try:
            with self.zip.open(name) as member:
                while chunk := member.read(CHUNK_SIZE):
                    yield chunk
        except _ZIP_ERRORS:
            raise ArchiveError(f"“{name}”: {DAMAGED}") from None

    def _read_small(self, name: str, limit: int) -> bytes:
        parts, size = [], 0
        for chunk in self._chunks(name):
            size += len(chunk)
            if size > limit:
                raise ArchiveError(f"“{name}” is larger than it says.")
            parts.append(chunk)
        return b"".join(parts)

    def _check(self, name: str, size: int, sha256: str) -> None:
        expected_size, expected_sha = self.manifest[name]
        if size != expected_size or sha256 != expected_sha:
            raise ArchiveError(
                f"“{name}” does not match its checksum in the manifest: the export is damaged "
                "or was changed. Nothing was imported."
            )

    def document(self) -> dict:
        """The export document, verified against the manifest and loaded."""
        raw = self._read_small(JSON_NAME, archive.MAX_JSON_BYTES)
        self._check(JSON_NAME, len(raw), hashlib.sha256(raw).hexdigest())
        return archive.load(raw)

    def entry(self, member: str) -> tuple[int, str] | None:
        if member == JSON_NAME or not _FILE_MEMBER.fullmatch(member):
            return None
        return self.manifest.get(member)

    def file_members(self) -> list[str]:
        return sorted(name for name in self.manifest if name.startswith(archive.FILES_DIR))

    @contextlib.contextmanager
    def verified(self, member: str) -> Iterator[BinaryIO]:
        # A temporary file, not memory: a file may be as large as the upload cap allows.
        with tempfile.SpooledTemporaryFile(max_size=CHUNK_SIZE) as copy:
            digest, size = hashlib.sha256(), 0
            for chunk in self._chunks(member):
                digest.update(chunk)
                size += len(chunk)
                copy.write(chunk)
            self._check(member, size, digest.hexdigest())
            copy.seek(0)
            yield copy

    def close(self) -> None:
        self.zip.close()


# --- The uploaded ZIP, between the page and the worker ----------------------------------

#: Where an uploaded ZIP waits for the worker (through ``STORAGES["default"]``, so every
#: app server and worker sees it).
PENDING_DIR = "imports"


def keep_upload(upload, *, owner) -> str:
    """Store the upload for the worker; returns its storage name."""
    return default_storage.save(
        f"{PENDING_DIR}/{owner.pk}/{secrets.token_hex(16)}.zip", upload, max_length=200
    )


def drop_upload(name: str) -> None:
    if name.startswith(f"{PENDING_DIR}/"):
        default_storage.delete(name)
