"""What the tracker remembers about a company that turned the user down before."""

from django.db.models import Prefetch, QuerySet

from rejections.models import Reflection, Rejection
from tracker.models import Application, Status


def company_memory(user, company_name: str) -> QuerySet[Rejection]:
    """Past rejections at a company (by name, any case), newest first, with reflections."""
    name = " ".join(company_name.split())
    if not name:
        return Rejection.objects.none()
    return (
        Rejection.objects.for_user(user)
        .filter(application__company__name__iexact=name)
        .select_related("application__company")
        .prefetch_related(
            Prefetch("reflections", queryset=Reflection.objects.order_by("-written_on"))
        )
        .order_by("-received_on", "-pk")
    )


def needs_rejection_record(application: Application, status: str) -> bool:
    """Moving to *rejected* first asks for the rejection, unless it is already recorded."""
    if status != Status.REJECTED:
        return False
    return application.pk is None or not Rejection.objects.filter(application=application).exists()
