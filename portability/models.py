import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone

#: How long an uploaded CSV waits for the user to map, preview and confirm it.
PENDING_IMPORT_TTL = datetime.timedelta(hours=2)


class PendingImportQuerySet(models.QuerySet):
    def for_user(self, user) -> "PendingImportQuerySet":
        return self.filter(owner=user)

    def live(self) -> "PendingImportQuerySet":
        return self.filter(created_at__gte=timezone.now() - PENDING_IMPORT_TTL)

    def expired(self) -> "PendingImportQuerySet":
        return self.filter(created_at__lt=timezone.now() - PENDING_IMPORT_TTL)


class PendingImport(models.Model):
    """An uploaded CSV between upload and confirmation, found by a random token.

    It lives in the database rather than in the session or a temporary file: a session
    holding megabytes would be decoded on every page, and a file on one app server is
    missing on the others behind a load balancer. Each user has at most one (a new upload
    replaces it), its text is at most the upload limit, and it expires after
    ``PENDING_IMPORT_TTL``.
    """

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="pending_imports"
    )
    token = models.CharField(max_length=64, unique=True)
    filename = models.CharField(max_length=255, blank=True)
    #: The decoded text of the file (UTF-8, byte-order mark removed).
    content = models.TextField()
    delimiter = models.CharField(max_length=1)
    #: The file's column headers, in order.
    headers = models.JSONField(default=list)
    #: Rebound field name -> column index, once the user has mapped the columns.
    mapping = models.JSONField(default=dict, blank=True)
    #: The status given to rows without one.
    default_status = models.CharField(max_length=20, blank=True)
    #: The file's status values (as ``formats.status_key``) -> the Rebound status chosen
    #: for each, or "" for "refuse these rows".
    status_map = models.JSONField(default=dict, blank=True)
    #: How slashed dates are read: "dmy", "mdy", or "" while the file has none.
    date_order = models.CharField(max_length=3, blank=True)
    #: The recognised layout (``csv_import.LAYOUTS``), "" for a spreadsheet of one's own.
    layout = models.CharField(max_length=20, blank=True)
    #: Import the good rows and leave the refused ones out (the user asked for it).
    skip_refused = models.BooleanField(default=False)
    row_count = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)

    objects = PendingImportQuerySet.as_manager()

    class Meta:
        indexes = [models.Index(fields=["created_at"], name="pendingimport_created")]

    def __str__(self) -> str:
        return f"Import of {self.filename or 'a CSV file'} ({self.row_count} rows)"

    @property
    def is_mapped(self) -> bool:
        return bool(self.mapping)
