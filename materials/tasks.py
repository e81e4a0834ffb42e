"""Reading the text of uploaded documents, run by the task worker."""

from django.tasks import task

from core.models import BackgroundJob
from core.tasks import run_job
from materials import services
from materials.models import DocumentVersion, Extraction


def _read(job: BackgroundJob) -> str:
    version = DocumentVersion.objects.for_user(job.owner).filter(pk=job.subject).first()
    if version is None:
        return "The document was deleted before its text was read."
    return services.read_text(version)


@task
def extract_text(job_id: int) -> str:
    """Read the text of the version named by the job, for search and fit."""
    return run_job(job_id, _read)


def _read_all(job: BackgroundJob) -> str:
    ids = [int(pk) for pk in job.payload.split(",") if pk.isdigit()]
    versions = DocumentVersion.objects.for_user(job.owner).filter(pk__in=ids).order_by("pk")
    read, failed = 0, []
    for version in versions.select_related("document"):
        services.read_text(version)
        if version.extraction == Extraction.FAILED:
            failed.append(str(version))
        else:
            read += 1
    message = f"Read the text of {read} document version{'s' if read != 1 else ''}."
    if failed:
        message += f" Not readable (kept, and can be downloaded): {', '.join(failed)}."
    return message


@task
def extract_texts(job_id: int) -> str:
    """Read the text of the versions listed on the job (an import's), for search and fit."""
    return run_job(job_id, _read_all)
