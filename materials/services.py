"""Documents and their versions: upload, attach to applications, delete (files included)."""

from typing import BinaryIO

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import Max
from django.urls import reverse

from core.tasks import start_job
from materials import files
from materials.models import Document, DocumentVersion, Extraction, SentDocument
from tracker.models import Application


class QuotaExceeded(files.Refused):
    pass


def quota_left(owner) -> int:
    used = DocumentVersion.objects.for_user(owner).bytes_used()
    return settings.MATERIALS_USER_QUOTA_BYTES - used


def check_file(stream: BinaryIO, *, name: str, size: int | None) -> files.Checked:
    """What the file is, or ``files.Refused`` with the reason (type, size cap). Uploads and
    the files of an imported export both come through here."""
    cap = settings.MATERIALS_MAX_UPLOAD_BYTES
    if size is not None and size > cap:
        raise files.Refused(
            f"The file is {human_size(size)}; the most one file may be is {human_size(cap)}."
        )
    checked = files.detect(stream, name)
    if checked.size > cap:
        raise files.Refused(
            f"The file is {human_size(checked.size)}; the most one file may be is "
            f"{human_size(cap)}."
        )
    return checked


def check_upload(upload: UploadedFile, *, owner) -> files.Checked:
    """What the upload is, or ``files.Refused`` with the reason (type, size, quota)."""
    checked = check_file(upload, name=upload.name or "", size=upload.size)
    if checked.size > quota_left(owner):
        raise QuotaExceeded(_over_quota(checked.size))
    return checked


def over_quota_message(size: int, *, what: str) -> str:
    return (
        f"{what} ({human_size(size)}) would take you over your storage quota of "
        f"{human_size(settings.MATERIALS_USER_QUOTA_BYTES)}."
    )


def _over_quota(size: int) -> str:
    return over_quota_message(size, what="This file") + " Delete old versions first."


def add_version(
    *,
    owner,
    upload: UploadedFile,
    checked: files.Checked,
    document: Document | None = None,
    title: str = "",
    kind: str = "",
    label: str = "",
    note: str = "",
) -> DocumentVersion:
    """Store the checked upload as the next version of ``document`` (a new document when
    none is given), then read its text in the background."""
    stored = ""
    try:
        with transaction.atomic():
            # Two uploads at once must not both fit in the room left for one: the owner's
            # row is the lock, and the quota is checked again under it.
            get_user_model().objects.select_for_update().filter(pk=owner.pk).first()
            if checked.size > quota_left(owner):
                raise QuotaExceeded(_over_quota(checked.size))
            if document is None:
                document = Document.objects.create(owner=owner, title=title, kind=kind)
            else:
                document = Document.objects.select_for_update().get(pk=document.pk, owner=owner)
                document.save(update_fields=["updated_at"])
            number = (document.versions.aggregate(top=Max("number"))["top"] or 0) + 1
            version = DocumentVersion(
                document=document,
                owner=owner,
                number=number,
                label=label,
                note=note,
                original_name=files.safe_filename(upload.name or ""),
                file_type=checked.file_type,
                size=checked.size,
                sha256=checked.sha256,
            )
            upload.seek(0)
            version.file.save(version.original_name, upload, save=False)
            stored = version.file.name
            version.save()
    except BaseException:
        # Nothing half-saved: a row that was not written leaves no file behind.
        if stored:
            version.file.storage.delete(stored)
        raise
    from materials.tasks import extract_text

    start_job(
        extract_text,
        owner=owner,
        title=f"Reading the text of {version}",
        subject=str(version.pk),
        done_url=document.get_absolute_url(),
    )
    version.refresh_from_db()
    return version


def read_texts_later(*, owner, versions: list[DocumentVersion]) -> None:
    """Once the current transaction commits, read the text of ``versions`` (an import's) in
    one background job rather than one per file."""
    if not versions:
        return
    from materials.tasks import extract_texts

    ids = ",".join(str(v.pk) for v in versions)
    title = f"Reading the text of {len(versions)} imported document version"
    title += "s" if len(versions) != 1 else ""
    transaction.on_commit(
        lambda: start_job(
            extract_texts,
            owner=owner,
            title=title,
            payload=ids,
            done_url=reverse("materials:document-list"),
        )
    )


def read_text(version: DocumentVersion) -> str:
    """Extract and store the version's text; returns what the user is told."""
    with version.file.open("rb") as handle:
        data = handle.read()
    try:
        text = files.extract_text(data, version.file_type)
    except files.Unreadable as exc:
        version.extraction, version.extraction_message, version.text = (
            Extraction.FAILED,
            str(exc)[:300],
            "",
        )
    else:
        version.extraction, version.extraction_message, version.text = Extraction.DONE, "", text
    version.save(update_fields=["extraction", "extraction_message", "text"])
    if version.extraction == Extraction.FAILED:
        return f"{version}: {version.extraction_message} It is kept and can be downloaded."
    return f"Read the text of {version}."


@transaction.atomic
def attach(*, application: Application, version: DocumentVersion, sent_on=None) -> SentDocument:
    """Record that ``version`` was sent with ``application`` (once)."""
    sent, _ = SentDocument.objects.get_or_create(
        application=application, version=version, defaults={"sent_on": sent_on} if sent_on else {}
    )
    return sent


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    for unit in ("KB", "MB", "GB"):
        size /= 1024
        if size < 1024 or unit == "GB":
            return f"{size:.1f} {unit}" if size < 10 else f"{size:.0f} {unit}"
    return f"{size} bytes"
