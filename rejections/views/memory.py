"""The "you have been here before" note, fetched by the new-application form."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from rejections.memory import note


@login_required
@require_GET
def company_memory_note(request: HttpRequest) -> HttpResponse:
    """The "you have been here before" note for a company name, as an HTML fragment.

    The new-application form fetches it while the user types the company name.
    """
    name = request.GET.get("name", "")[:200]
    return render(request, "rejections/includes/company_memory.html", note(request.user, name))
