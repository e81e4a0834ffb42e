"""Reading the text of uploaded documents, run by the task worker."""

from django.tasks import task

from core.models import BackgroundJob
from core.tasks import run_job
from materials import services
from materials.models import DocumentVersion


def _read(job: BackgroundJob) -> str:
    version = DocumentVersion.objects.for_user(job.owner).filter(pk=job.subject).first()
    if version is None:
        return "The document was deleted before its text was read."
    return services.read_text(version)


@task
def extract_text(job_id: int) -> str:
    """Read the text of the version named by the job, for search and fit."""
    return run_job(job_id, _read)
