"""What the tracker remembers about a company that turned the user down before."""

from django.db.models import Prefetch, QuerySet, Value
from django.db.models.functions import Lower

from core.text import tidy
from rejections.models import Reflection, Rejection
from tracker.models import Company


def company_memory(user, company_name: str) -> QuerySet[Rejection]:
    """Past rejections at a company (by name, any case), newest first, with reflections."""
    name = tidy(company_name)
    if not name:
        return Rejection.objects.none()
    # Lower(name) matches the unique (owner, lower(name)) index; iexact would scan.
    companies = Company.objects.for_user(user).annotate(lower_name=Lower("name"))
    # Both sides through the database's LOWER, so SQLite's ASCII-only LOWER still matches
    # a name with accents typed exactly.
    company_ids = companies.filter(lower_name=Lower(Value(name))).values("pk")
    return (
        Rejection.objects.for_user(user)
        .filter(application__company__in=company_ids)
        .select_related("application__company")
        .prefetch_related(
            Prefetch("reflections", queryset=Reflection.objects.order_by("-written_on"))
        )
        .order_by("-received_on", "-pk")
    )
