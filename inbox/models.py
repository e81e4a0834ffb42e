"""The inbox: a user's mailbox connection, the job messages found in it, and what was
done with them.

Only job messages are kept (their text, never attachments); every other message leaves
nothing but a hash of its Message-ID (``SeenMessage``), so it is not read twice.
"""

import hashlib
from typing import Self

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse

from core.models import OwnedQuerySet
from inbox import crypto
from inbox.classify import Kind
from tracker.models import Application

SUBJECT_MAX = 300
TEXT_MAX = 20_000
DEFAULT_FOLDERS = "INBOX"


def message_key(message_id: str, raw: bytes = b"") -> str:
    """What identifies a message for de-duplication: its Message-ID (angle brackets and
    case of the domain are not significant), or the whole message when it has none."""
    normalised = message_id.strip().strip("<>").strip()
    if normalised:
        local, _, domain = normalised.rpartition("@")
        normalised = f"{local}@{domain.lower()}" if local else normalised
        return hashlib.sha256(b"id:" + normalised.encode("utf-8", "replace")).hexdigest()
    return hashlib.sha256(b"raw:" + raw).hexdigest()


class Security(models.TextChoices):
    TLS = "tls", "TLS (usually port 993)"
    STARTTLS = "starttls", "STARTTLS (usually port 143)"


class SyncStatus(models.TextChoices):
    NEVER = "never", "Not checked yet"
    OK = "ok", "Checked"
    FAILED = "failed", "Failed"


class InboxSettingsQuerySet(models.QuerySet):
    def for_user(self, user) -> Self:
        return self.filter(owner=user)

    def get_for(self, user) -> "InboxSettings":
        return self.get_or_create(owner=user)[0]

    def with_imap(self) -> Self:
        return self.exclude(host="").exclude(password_encrypted="")


class InboxSettings(models.Model):
    #: Never shown, searched or filtered in the admin (core.admin).
    PRIVATE_FIELDS = ("host", "username", "password_encrypted", "folders", "last_error")
    """One user's mailbox connection (optional) and inbox preferences."""

    owner = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="inbox_settings"
    )
    host = models.CharField("IMAP server", max_length=255, blank=True)
    port = models.PositiveIntegerField(default=993)
    security = models.CharField(max_length=10, choices=Security, default=Security.TLS)
    username = models.CharField(max_length=255, blank=True)
    # Fernet token (inbox.crypto); never shown, never in the admin.
    password_encrypted = models.TextField(blank=True, editable=False)
    folders = models.CharField(
        "folders to watch",
        max_length=500,
        default=DEFAULT_FOLDERS,
        help_text="Comma-separated, e.g. INBOX, Jobs. Nothing is moved or marked as read.",
    )
    start_on = models.DateField(
        "read messages since",
        null=True,
        blank=True,
        help_text="Older messages are never read. Empty: the last 90 days.",
    )
    sync_enabled = models.BooleanField("check the mailbox periodically", default=True)
    auto_mode = models.BooleanField(
        "act on sure suggestions by myself",
        default=False,
        help_text=(
            "Confirmations and offers that clearly match one application are applied at "
            "once (you can undo each). Rejections and interviews always wait for you."
        ),
    )
    last_sync_at = models.DateTimeField(null=True, blank=True, editable=False)
    last_success_at = models.DateTimeField(null=True, blank=True, editable=False)
    sync_status = models.CharField(
        max_length=10, choices=SyncStatus, default=SyncStatus.NEVER, editable=False
    )
    last_error = models.TextField(blank=True, editable=False)
    failures = models.PositiveIntegerField(default=0, editable=False)
    # One sync at a time per user: set when a sync is queued, cleared when it ends.
    sync_queued_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = InboxSettingsQuerySet.as_manager()

    class Meta:
        verbose_name = "inbox settings"
        verbose_name_plural = "inbox settings"
        constraints = [
            models.CheckConstraint(
                condition=Q(security__in=Security.values), name="inboxsettings_security_valid"
            ),
            models.CheckConstraint(
                condition=Q(sync_status__in=SyncStatus.values),
                name="inboxsettings_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(port__gte=1, port__lte=65535), name="inboxsettings_port_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"Inbox settings of {self.owner}"

    @property
    def has_imap(self) -> bool:
        return bool(self.host and self.username and self.password_encrypted)

    @property
    def folder_list(self) -> list[str]:
        return [name.strip() for name in self.folders.split(",") if name.strip()]

    def set_password(self, password: str) -> None:
        self.password_encrypted = crypto.encrypt(password)

    def password(self) -> str:
        return crypto.decrypt(self.password_encrypted)


class FolderState(models.Model):
    #: Folder names can say who the mail is from.
    PRIVATE_FIELDS = ("name",)
    """Where the last sync of one folder stopped: its UIDVALIDITY and the highest UID read."""

    inbox = models.ForeignKey(InboxSettings, on_delete=models.CASCADE, related_name="folder_states")
    name = models.CharField(max_length=255)
    uidvalidity = models.PositiveBigIntegerField()
    last_uid = models.PositiveBigIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["inbox", "name"], name="folderstate_unique_folder")
        ]

    def __str__(self) -> str:
        return f"{self.name} (UIDVALIDITY {self.uidvalidity}, UID {self.last_uid})"


class SeenMessage(models.Model):
    """A message that was not about a job: only a hash of its Message-ID, to skip it later."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=64)
    seen_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["owner", "key"], name="seenmessage_unique_key")
        ]

    def __str__(self) -> str:
        return self.key


class State(models.TextChoices):
    NEW = "new", "Waiting"
    ACTED = "acted", "Done"
    DISMISSED = "dismissed", "Dismissed"


class Action(models.TextChoices):
    RECORD_REJECTION = "record_rejection", "Recorded the rejection"
    SCHEDULE_INTERVIEW = "schedule_interview", "Added the interview"
    MARK_APPLIED = "mark_applied", "Marked as applied"
    MOVE_TO_OFFER = "move_to_offer", "Moved to Offer"
    CREATE_APPLICATION = "create_application", "Created the application"


class Source(models.TextChoices):
    UPLOAD = "upload", "Uploaded"
    PASTE = "paste", "Pasted"
    IMAP = "imap", "Mailbox"


NOT_LABELS = {
    Kind.REJECTION: "Not a rejection",
    Kind.INTERVIEW: "Not an invitation",
    Kind.CONFIRMATION: "Not a confirmation",
    Kind.OFFER: "Not an offer",
}


class JobMessageQuerySet(OwnedQuerySet):
    def waiting(self) -> Self:
        return self.filter(state=State.NEW)


class JobMessage(models.Model):
    #: Never shown, searched or filtered in the admin (core.admin).
    PRIVATE_FIELDS = (
        "key", "message_id", "subject", "sender_name", "sender_address", "text",
        "company", "position", "reasons", "match_reason", "undo",
    )  # fmt: skip
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="job_messages"
    )
    key = models.CharField(max_length=64, editable=False)
    message_id = models.CharField(max_length=998, blank=True)
    source = models.CharField(max_length=10, choices=Source)
    subject = models.CharField(max_length=SUBJECT_MAX, blank=True)
    sender_name = models.CharField(max_length=200, blank=True)
    sender_address = models.CharField(max_length=320, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    text = models.TextField(blank=True)
    kind = models.CharField(max_length=20, choices=Kind)
    confidence = models.FloatField()
    company = models.CharField(max_length=200, blank=True)
    position = models.CharField(max_length=200, blank=True)
    event_at = models.DateTimeField(null=True, blank=True)
    language = models.CharField(max_length=10, blank=True)
    reasons = models.JSONField(default=list, blank=True)
    application = models.ForeignKey(
        Application,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="job_messages",
    )
    match_score = models.FloatField(default=0)
    match_reason = models.CharField(max_length=200, blank=True)
    state = models.CharField(max_length=10, choices=State, default=State.NEW)
    action = models.CharField(max_length=30, choices=Action, blank=True)
    # What undoing the action needs (the status before, the rows it created).
    undo = models.JSONField(default=dict, blank=True, editable=False)
    automatic = models.BooleanField(default=False, editable=False)
    acted_at = models.DateTimeField(null=True, blank=True)
    received_at = models.DateTimeField(auto_now_add=True)

    objects = JobMessageQuerySet.as_manager()

    class Meta:
        ordering = [models.F("sent_at").desc(nulls_last=True), "-pk"]
        indexes = [models.Index(fields=["owner", "state"], name="jobmessage_owner_state")]
        constraints = [
            models.UniqueConstraint(fields=["owner", "key"], name="jobmessage_unique_key"),
            models.CheckConstraint(condition=Q(kind__in=Kind.values), name="jobmessage_kind_valid"),
            models.CheckConstraint(
                condition=Q(state__in=State.values), name="jobmessage_state_valid"
            ),
            models.CheckConstraint(
                condition=Q(action__in=[*Action.values, ""]), name="jobmessage_action_valid"
            ),
            models.CheckConstraint(
                condition=Q(source__in=Source.values), name="jobmessage_source_valid"
            ),
            models.CheckConstraint(
                condition=Q(confidence__gte=0, confidence__lte=1),
                name="jobmessage_confidence_range",
            ),
        ]

    def __str__(self) -> str:
        # Not the subject: the admin and deletion summaries print this.
        return f"{self.get_kind_display()} message #{self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("inbox:list") + f"#message-{self.pk}"

    @property
    def deciding_phrase(self) -> str:
        return self.reasons[0] if self.reasons else ""

    @property
    def not_label(self) -> str:
        """The correction's button: "Not a rejection"."""
        return NOT_LABELS.get(self.kind, "Not about a job")

    @property
    def match_label(self) -> str:
        if self.application_id is None:
            return ""
        if self.match_score >= 0.8:
            return "sure"
        if self.match_score >= 0.5:
            return "likely"
        return "a guess"


class Correction(models.Model):
    """ "Not a rejection" (or not an interview …): the user's word, which later
    classification of mail from the same sender with the same deciding phrase honours."""

    PRIVATE_FIELDS = ("sender_address", "phrase")

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="inbox_corrections"
    )
    wrong_kind = models.CharField(max_length=20, choices=Kind)
    sender_address = models.CharField(max_length=320)
    phrase = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["owner", "wrong_kind", "sender_address", "phrase"],
                name="correction_unique",
            ),
            models.CheckConstraint(
                condition=Q(wrong_kind__in=Kind.values), name="correction_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"Not a {self.wrong_kind}: {self.sender_address}"
