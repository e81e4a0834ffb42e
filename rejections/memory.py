"""What the tracker remembers about a company that turned the user down or never answered."""

from django.db.models import Max, OuterRef, Prefetch, QuerySet, Subquery, Value
from django.db.models.functions import Lower

from core.text import tidy
from rejections.models import Reflection, Rejection
from tracker.models import Application, Company, StatusChange
from tracker.stages import Status


def note(user, company_name: str, *, exclude: Application | None = None) -> dict[str, list]:
    """What the "you have been here before" note shows for a company name: its past
    rejections (``memory``) and its unanswered applications (``ghosted``), read now.

    ``exclude`` leaves out one application (on that application's own page). A blank name
    reads nothing: the new-application form shows the note before a name is typed.
    """
    if not tidy(company_name):
        return {"memory": [], "ghosted": []}
    memory, ghosted = company_memory(user, company_name), ghosted_at(user, company_name)
    if exclude is not None:
        memory = memory.exclude(application=exclude)
        ghosted = ghosted.exclude(pk=exclude.pk)
    return {"memory": list(memory), "ghosted": list(ghosted)}


def _company_ids(user, company_name: str) -> QuerySet | None:
    name = tidy(company_name)
    if not name:
        return None
    # Lower(name) matches the unique (owner, lower(name)) index; iexact would scan.
    companies = Company.objects.for_user(user).annotate(lower_name=Lower("name"))
    # Both sides through the database's LOWER, so SQLite's ASCII-only LOWER still matches
    # a name with accents typed exactly.
    return companies.filter(lower_name=Lower(Value(name))).values("pk")


def ghosted_at(user, company_name: str) -> QuerySet[Application]:
    """Applications at a company (by name, any case) that were never answered (status
    *ghosted*), newest first, each with ``ghosted_at``: when it was marked so."""
    company_ids = _company_ids(user, company_name)
    if company_ids is None:
        return Application.objects.none()
    marked = (
        StatusChange.objects.filter(application=OuterRef("pk"), to_status=Status.GHOSTED)
        .order_by()
        .values("application")
        .annotate(at=Max("changed_at"))
        .values("at")
    )
    return (
        Application.objects.for_user(user)
        .filter(company__in=company_ids, status=Status.GHOSTED)
        .annotate(ghosted_at=Subquery(marked))
        .select_related("company")
        .order_by("-updated_at", "-pk")
    )


def company_memory(user, company_name: str) -> QuerySet[Rejection]:
    """Past rejections at a company (by name, any case), newest first, with reflections."""
    company_ids = _company_ids(user, company_name)
    if company_ids is None:
        return Rejection.objects.none()
    return (
        Rejection.objects.for_user(user)
        .filter(application__company__in=company_ids)
        .select_related("application__company")
        .prefetch_related(
            Prefetch("reflections", queryset=Reflection.objects.order_by("-written_on"))
        )
        .order_by("-received_on", "-pk")
    )
