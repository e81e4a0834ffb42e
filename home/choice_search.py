"""Finding any of your rows for a shortlisted choice field (see ``core.choices``).

A form offers a shortlist of contacts, applications, rejections or document versions; a
small script (``static/js/choice-search.js``) adds a search box that asks
``/choices/<kind>/?q=...`` for the others. A typed company name is suggested from the
newest companies the same way: what is typed asks for the others. Each kind's rows are
exactly those its form fields accept, so whatever the search returns is a valid choice,
and nothing of another user's ever is.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Model, Q, QuerySet
from django.db.models.functions import Lower

from materials.forms import owned_versions, version_label
from rejections.forms.journal import rejected_companies, rejection_label
from rejections.models import Rejection
from tracker.models import Application, Company, Contact

#: Results per search: enough to find someone by a few letters of their name.
LIMIT = 20
#: Shorter text would match nearly everything.
MIN_LENGTH = 2
MAX_LENGTH = 100


@dataclass(frozen=True)
class ChoiceSearch:
    #: Everything the form field accepts for this user.
    rows: Callable[[Model], QuerySet]
    #: What the typed text matches.
    matches: Callable[[str], Q]
    #: The option's text, as the form shows it.
    label: Callable[[Model], str] = str


SEARCHES: dict[str, ChoiceSearch] = {
    # The company typed on the application and contact forms: names, for its datalist.
    "companies": ChoiceSearch(
        rows=lambda user: Company.objects.for_user(user).order_by(Lower("name"), "pk"),
        matches=lambda text: Q(name__icontains=text),
    ),
    "contacts": ChoiceSearch(
        rows=lambda user: (
            Contact.objects.for_user(user).select_related("company").order_by(Lower("name"), "pk")
        ),
        matches=lambda text: (
            Q(name__icontains=text)
            | Q(role__icontains=text)
            | Q(email__icontains=text)
            | Q(company__name__icontains=text)
        ),
    ),
    "applications": ChoiceSearch(
        rows=lambda user: (
            Application.objects.for_user(user)
            .select_related("company")
            .order_by("-updated_at", "-pk")
        ),
        matches=lambda text: Q(position_title__icontains=text) | Q(company__name__icontains=text),
    ),
    "rejections": ChoiceSearch(
        rows=lambda user: (
            Rejection.objects.for_user(user)
            .select_related("application__company")
            .order_by("-received_on", "-pk")
        ),
        matches=lambda text: (
            Q(application__position_title__icontains=text)
            | Q(application__company__name__icontains=text)
        ),
        label=rejection_label,
    ),
    # "Note as sent" and the fit page: a document's versions, by its title or their label.
    "versions": ChoiceSearch(
        rows=owned_versions,
        matches=lambda text: Q(document__title__icontains=text) | Q(label__icontains=text),
        label=version_label,
    ),
    # The reflection filter's companies: those that rejected the user.
    "rejected-companies": ChoiceSearch(
        rows=rejected_companies,
        matches=lambda text: Q(name__icontains=text),
    ),
}


def search(kind: str, user, text: str) -> list[dict]:
    """Up to ``LIMIT`` of the user's rows of this kind matching ``text``, as id and label."""
    text = " ".join(text.split())[:MAX_LENGTH]
    if len(text) < MIN_LENGTH:
        return []
    choice = SEARCHES[kind]
    rows = choice.rows(user).filter(choice.matches(text))[:LIMIT]
    return [{"id": row.pk, "label": choice.label(row)} for row in rows]
