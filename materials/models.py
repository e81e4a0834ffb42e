"""Documents a user sends (CVs, cover letters) in versions, and the postings they answer."""

import uuid
from pathlib import PurePath

from django.conf import settings
from django.db import models
from django.db.models import Q, Sum
from django.urls import reverse
from django.utils import timezone

from core.models import NOTES_MAX_LENGTH, OwnedQuerySet
from rejections.models import Reflection
from tracker.models import Application


class Kind(models.TextChoices):
    CV = "cv", "CV"
    COVER_LETTER = "cover_letter", "Cover letter"
    OTHER = "other", "Other"


class FileType(models.TextChoices):
    """What a file is, decided from its content (``materials.files.detect``)."""

    PDF = "pdf", "PDF"
    DOCX = "docx", "Word document (DOCX)"
    ODT = "odt", "OpenDocument text (ODT)"
    TXT = "txt", "Plain text"
    MARKDOWN = "md", "Markdown"


#: The media type each file is downloaded as.
MEDIA_TYPES = {
    FileType.PDF: "application/pdf",
    FileType.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    FileType.ODT: "application/vnd.oasis.opendocument.text",
    FileType.TXT: "text/plain; charset=utf-8",
    FileType.MARKDOWN: "text/markdown; charset=utf-8",
}


class Extraction(models.TextChoices):
    PENDING = "pending", "Reading the text…"
    DONE = "done", "Text read"
    FAILED = "failed", "Text could not be read"


class DocumentQuerySet(OwnedQuerySet):
    def search(self, query: str) -> "DocumentQuerySet":
        """Documents whose title, notes, file names or text contain every word of ``query``."""
        for word in query.split()[:10]:
            self = self.filter(
                Q(title__icontains=word)
                | Q(versions__label__icontains=word)
                | Q(versions__note__icontains=word)
                | Q(versions__original_name__icontains=word)
                | Q(versions__text__icontains=word)
            )
        return self.distinct()


class Document(models.Model):
    """A CV, cover letter or other file, kept in numbered versions."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="documents"
    )
    title = models.CharField(max_length=200, help_text="For example “CV — product design”.")
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.CV)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = DocumentQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=Kind.values), name="materials_document_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("materials:document-detail", args=[self.pk])


def _stored_name(instance: "DocumentVersion", filename: str) -> str:
    # A random name: the user's file name never becomes a path on the server.
    return f"materials/{instance.owner_id}/{uuid.uuid4().hex}.{instance.file_type}"


class VersionQuerySet(OwnedQuerySet):
    def bytes_used(self) -> int:
        return self.aggregate(total=Sum("size"))["total"] or 0


class DocumentVersion(models.Model):
    """One uploaded file of a document: "CV — product design, v3"."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="versions")
    #: The document's owner, kept here too so storage use is one sum over one table.
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="document_versions"
    )
    number = models.PositiveIntegerField()
    label = models.CharField(
        max_length=200, blank=True, help_text="Optional, e.g. “shorter, for start-ups”."
    )
    note = models.TextField(blank=True, max_length=NOTES_MAX_LENGTH)
    file = models.FileField(upload_to=_stored_name, max_length=300)
    #: The uploaded file's name, made safe (``materials.files.safe_filename``).
    original_name = models.CharField(max_length=200)
    file_type = models.CharField(max_length=10, choices=FileType.choices)
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)
    text = models.TextField(blank=True)
    extraction = models.CharField(
        max_length=10, choices=Extraction.choices, default=Extraction.PENDING
    )
    extraction_message = models.CharField(max_length=300, blank=True)
    uploaded_at = models.DateTimeField(default=timezone.now)

    objects = VersionQuerySet.as_manager()

    class Meta:
        ordering = ["-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["document", "number"], name="materials_version_number_unique"
            ),
            models.CheckConstraint(
                condition=Q(file_type__in=FileType.values), name="materials_version_type_valid"
            ),
            models.CheckConstraint(
                condition=Q(extraction__in=Extraction.values),
                name="materials_version_extraction_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.document.title}, v{self.number}"

    def get_absolute_url(self) -> str:
        return self.document.get_absolute_url()

    @property
    def download_name(self) -> str:
        stem = PurePath(self.original_name).stem or "document"
        return f"{stem}.{self.file_type}"

    @property
    def media_type(self) -> str:
        return MEDIA_TYPES[FileType(self.file_type)]


class SentDocument(models.Model):
    """A document version sent with an application ("sent with")."""

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="sent_documents"
    )
    version = models.ForeignKey(DocumentVersion, on_delete=models.CASCADE, related_name="sent")
    sent_on = models.DateField(default=timezone.localdate)

    class Meta:
        ordering = ["sent_on", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["application", "version"], name="materials_sent_once_per_application"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.version} sent with {self.application}"


class PostingSnapshot(models.Model):
    """The job posting as it was when the user captured it.

    ``description`` is HTML already cleaned to a strict allow-list (``materials.posting``);
    ``description_text`` is its plain text, for search and fit.
    """

    application = models.OneToOneField(
        Application, on_delete=models.CASCADE, related_name="posting_snapshot"
    )
    title = models.CharField(max_length=300, blank=True)
    organization = models.CharField(max_length=300, blank=True)
    location = models.CharField(max_length=300, blank=True)
    remote = models.CharField(max_length=100, blank=True)
    salary_min = models.DecimalField(max_digits=14, decimal_places=2, null=True, blank=True)
    salary_max = models.DecimalField(max_digits=14, decimal_places=2, null=True, blank=True)
    salary_currency = models.CharField(max_length=3, blank=True)
    salary_unit = models.CharField(max_length=20, blank=True)
    employment_type = models.CharField(max_length=200, blank=True)
    date_posted = models.DateField(null=True, blank=True)
    valid_through = models.DateField(null=True, blank=True)
    url = models.CharField(max_length=500, blank=True)
    description = models.TextField(blank=True)
    description_text = models.TextField(blank=True)
    #: Where the snapshot came from: "JSON-LD", "microdata" or "selected text".
    source = models.CharField(max_length=40, blank=True)
    captured_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"Posting of {self.application}"

    @property
    def salary(self) -> str:
        def money(value) -> str:
            return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"

        if self.salary_min is None and self.salary_max is None:
            return ""
        if self.salary_min is not None and self.salary_max is not None:
            amount = (
                money(self.salary_min)
                if self.salary_min == self.salary_max
                else f"{money(self.salary_min)}–{money(self.salary_max)}"
            )
        else:
            amount = money(self.salary_min if self.salary_min is not None else self.salary_max)
        per = f" per {self.salary_unit.lower()}" if self.salary_unit else ""
        return f"{amount} {self.salary_currency}".strip() + per


class ReflectionFit(models.Model):
    """A reflection's reference to the fit of its application's posting and CV
    ("the posting wanted SQL; my CV did not show it")."""

    reflection = models.OneToOneField(
        Reflection, on_delete=models.CASCADE, related_name="fit_reference"
    )
    version = models.ForeignKey(
        DocumentVersion, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    #: The terms the CV missed when the link was made, comma-separated.
    missing = models.CharField(max_length=1000, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"Fit noted in {self.reflection}"
