"""The page of one background job: its state, and a retry when it failed."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from core.models import BackgroundJob
from core.tasks import FAILED, job_state, retry_job

#: How often the page reloads itself while the job is queued or running, in seconds.
REFRESH_SECONDS = 2


@never_cache
@login_required
@require_GET
def job_detail(request: HttpRequest, pk: int) -> HttpResponse:
    job = get_object_or_404(BackgroundJob.objects.for_user(request.user), pk=pk)
    state = job_state(job)
    return render(
        request,
        "core/job_detail.html",
        {"job": job, "state": state, "refresh_seconds": REFRESH_SECONDS},
    )


@login_required
@require_POST
def job_retry(request: HttpRequest, pk: int) -> HttpResponse:
    job = get_object_or_404(BackgroundJob.objects.for_user(request.user), pk=pk)
    if job_state(job).state != FAILED:
        messages.info(request, "Only a failed task can be tried again.")
    else:
        retry_job(job)
    return redirect("core:job", pk=job.pk)
