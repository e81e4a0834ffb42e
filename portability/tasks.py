"""The imports, run by the task worker: the confirmation of a CSV import, and a full export
(JSON, or the ZIP with the files).

Each task takes a ``core.models.BackgroundJob`` id and goes through ``core.tasks.run_job``,
so a second run of the same job imports nothing (see there). The work itself is the same
service calls the pages made before imports ran in the background.
"""

from django.core.files.storage import default_storage
from django.db import DatabaseError, transaction
from django.tasks import task

from core.models import BackgroundJob
from core.tasks import JobFailed, run_job
from portability import archive, csv_import, services, zip_archive
from portability.models import PendingImport

EXPIRED = "This import has expired or was already done. Upload the file again to start over."
ROWS_WITH_PROBLEMS = "Some rows have problems, so nothing was imported."
NO_GOOD_ROWS = "No row of this file can be imported, so nothing was imported."


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' if count != 1 else ''}"


def _import_csv(job: BackgroundJob) -> str:
    pending = PendingImport.objects.for_user(job.owner).live().filter(pk=job.subject).first()
    if pending is None or not pending.is_mapped:
        raise JobFailed(EXPIRED)
    try:
        parsed = csv_import.parse(pending.content, delimiter=pending.delimiter)
    except csv_import.CsvFileError as exc:
        raise JobFailed(f"Nothing was imported. {exc}") from None
    validation = csv_import.validate(
        parsed,
        pending.mapping,
        owner=job.owner,
        default_status=pending.default_status,
        status_map=pending.status_map,
        order=pending.date_order or None,
    )
    if not validation.ok and not pending.skip_refused:
        raise JobFailed(ROWS_WITH_PROBLEMS)
    if not validation.forms:
        raise JobFailed(NO_GOOD_ROWS)
    try:
        count = services.import_applications(pending=pending, forms=validation.forms)
    except PendingImport.DoesNotExist:
        raise JobFailed(EXPIRED) from None
    except DatabaseError as exc:
        raise JobFailed(
            f"The import failed, so nothing was imported. The database said: {exc}"
        ) from exc
    skipped = len(validation.refused)
    if skipped:
        return (
            f"Imported {_plural(count, 'application')}; {_plural(skipped, 'refused row')} "
            "left out, as you asked."
        )
    return f"Imported {_plural(count, 'application')}."


@task
def import_csv(job_id: int) -> str:
    """Validate every row of a mapped CSV upload and import them all, or none."""
    return run_job(job_id, _import_csv)


def _summary(counts: dict[str, int]) -> str:
    summary = ", ".join(
        f"{count} {key.replace('_', ' ')}" for key, count in counts.items() if count
    )
    return f"Imported {summary or 'an empty export'}."


def _import_json(job: BackgroundJob) -> str:
    try:
        document = archive.load(job.payload.encode("utf-8"))
        counts = archive.restore(owner=job.owner, document=document)
    except archive.ArchiveError as exc:
        raise JobFailed(f"Nothing was imported. {exc}") from None
    return _summary(counts)


@task
def import_json(job_id: int) -> str:
    """Restore a full export (kept on the job) into its owner's empty account."""
    return run_job(job_id, _import_json)


UPLOAD_GONE = "The uploaded file is no longer here. Upload the export again to start over."


def _import_zip(job: BackgroundJob) -> str:
    name = job.payload
    if not name or not default_storage.exists(name):
        raise JobFailed(UPLOAD_GONE)
    try:
        with default_storage.open(name, "rb") as stream:
            bundle = zip_archive.Bundle(stream)
            try:
                counts = archive.restore(owner=job.owner, document=bundle.document(), files=bundle)
            finally:
                bundle.close()
    except archive.ArchiveError as exc:
        # The file will not get better: it goes now (a retry says to upload it again).
        zip_archive.drop_upload(name)
        raise JobFailed(f"Nothing was imported. {exc}") from None
    transaction.on_commit(lambda: zip_archive.drop_upload(name))
    return _summary(counts)


@task
def import_zip(job_id: int) -> str:
    """Restore a ZIP export (kept in storage, named on the job) into an empty account."""
    return run_job(job_id, _import_zip)
