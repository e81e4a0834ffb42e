"""Reflections (written per rejection, reviewed together) and the self-care journal."""

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from core.choices import fetch_choices
from core.pagecache import cached_page
from core.shortcuts import confirm_delete, paginate, paginate_ids
from rejections import charts
from rejections.forms.journal import ReflectionFilterForm, ReflectionForm, SelfCareNoteForm
from rejections.models import Reflection, Rejection, SelfCareNote
from rejections.search import filter_by_tag, matching_ids, themes_for

PAGE_SIZE = 20
#: A search lists at most this many reflections, the best matches.
MAX_MATCHES = 1_000
#: The mood chart shows this many of the newest notes, and marks at most this many
#: rejections among them.
CHART_NOTES = 60
CHART_REJECTIONS = 40


def _reflections(request: HttpRequest) -> QuerySet:
    """The signed-in user's reflections; every reflection is loaded through this."""
    return Reflection.objects.filter(rejection__application__owner=request.user).select_related(
        "rejection__application__company"
    )


# --- Reflections ----------------------------------------------------------------------


def _plan_as_next_actions(rejection: Rejection) -> dict:
    """The plan for a no, offered as next actions until a reflection lists some."""
    plan = getattr(rejection.application, "setback_plan", None)
    if plan is None or rejection.reflections.exclude(next_actions="").exists():
        return {}
    return {"next_actions": "\n".join(plan.action_list)}


@login_required
@require_http_methods(["GET", "POST"])
def reflection_create(request: HttpRequest, pk: int) -> HttpResponse:
    rejection = get_object_or_404(
        Rejection.objects.for_user(request.user).select_related(
            "application__company", "application__setback_plan"
        ),
        pk=pk,
    )
    form = ReflectionForm(
        request.POST or None, rejection=rejection, initial=_plan_as_next_actions(rejection)
    )
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Reflection saved. Well done for taking the time.")
        return redirect(rejection)
    return render(
        request, "rejections/journal/reflection_form.html", {"form": form, "rejection": rejection}
    )


@login_required
@require_http_methods(["GET", "POST"])
def reflection_update(request: HttpRequest, pk: int) -> HttpResponse:
    reflection = get_object_or_404(
        _reflections(request).select_related("rejection__application__setback_plan"), pk=pk
    )
    initial = {} if reflection.next_actions else _plan_as_next_actions(reflection.rejection)
    form = ReflectionForm(
        request.POST or None,
        instance=reflection,
        rejection=reflection.rejection,
        initial=initial,
    )
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Reflection saved.")
        return redirect(reflection.rejection)
    return render(
        request,
        "rejections/journal/reflection_form.html",
        {"form": form, "rejection": reflection.rejection, "reflection": reflection},
    )


@login_required
@require_http_methods(["GET", "POST"])
def reflection_delete(request: HttpRequest, pk: int) -> HttpResponse:
    reflection = get_object_or_404(_reflections(request), pk=pk)
    workspace = reflection.rejection.get_absolute_url()
    return confirm_delete(request, reflection, success_url=workspace, cancel_url=workspace)


@login_required
@cached_page
@require_GET
def reflection_list(request: HttpRequest) -> HttpResponse:
    """Past reflections, newest (or best matching) first, with their recurring themes."""
    filters = ReflectionFilterForm(request.GET or None, owner=request.user)
    reflections = _reflections(request).order_by("-written_on", "-pk")
    # An invalid filter is reported next to its field; the valid ones still apply.
    filters.is_valid()
    cleaned = getattr(filters, "cleaned_data", {})
    if cleaned.get("company"):
        reflections = reflections.filter(rejection__application__company=cleaned["company"])
    if cleaned.get("stage"):
        reflections = reflections.filter(rejection__stage=cleaned["stage"])
    if cleaned.get("tag"):
        reflections = filter_by_tag(reflections, cleaned["tag"])
    if cleaned.get("date_from"):
        reflections = reflections.filter(written_on__gte=cleaned["date_from"])
    if cleaned.get("date_to"):
        reflections = reflections.filter(written_on__lte=cleaned["date_to"])
    if cleaned.get("q"):
        # The text search runs once, for the ids of the best matches; the page and the
        # themes are then read by id.
        matches = matching_ids(reflections, cleaned["q"], MAX_MATCHES)
        page = paginate_ids(request, matches, lambda ids: reflections.filter(pk__in=ids), PAGE_SIZE)
        themes = themes_for(reflections.filter(pk__in=matches))
    else:
        matches = None
        page = paginate(request, reflections, PAGE_SIZE)
        themes = themes_for(reflections)
    query = request.GET.copy()
    query.pop("page", None)
    fetch_choices(filters)
    return render(
        request,
        "rejections/journal/reflection_list.html",
        {
            "filters": filters,
            "filtered": any(cleaned.values()),
            "page": page,
            "capped": matches is not None and len(matches) == MAX_MATCHES,
            "max_matches": MAX_MATCHES,
            "themes": themes,
            "query": query.urlencode(),
        },
    )


# --- Self-care ------------------------------------------------------------------------


def _chart_for(request: HttpRequest) -> dict | None:
    """The newest notes' moods and the rejections among them, in one query."""
    # The date of the CHART_NOTES-th newest note (or of the first, if there are fewer).
    oldest_shown = Coalesce(
        Subquery(
            SelfCareNote.objects.for_user(request.user)
            .order_by("-date", "-pk")
            .values("date")[CHART_NOTES - 1 : CHART_NOTES]
        ),
        Value(datetime.date.min),
    )
    rows = charts.mood_rows(
        request.user,
        timezone.localdate(),
        start=oldest_shown,
        limit=CHART_NOTES + CHART_REJECTIONS,
        notes_first=True,
    )
    notes = [row for row in rows if row[2] == "note"][-CHART_NOTES:]
    if not notes:
        return None
    return charts.mood_chart(rows, start=notes[0][0], end=notes[-1][0])


@login_required
@cached_page
@require_http_methods(["GET", "POST"])
def selfcare_list(request: HttpRequest) -> HttpResponse:
    """The journal: a form to add a note, the notes, and the mood over time."""
    initial = {}
    if rejection_id := request.GET.get("rejection", "").strip():
        rejection = get_object_or_404(
            Rejection.objects.for_user(request.user).select_related("application__company"),
            pk=rejection_id if rejection_id.isascii() and rejection_id.isdigit() else 0,
        )
        initial["rejection"] = rejection
    form = SelfCareNoteForm(request.POST or None, owner=request.user, initial=initial)
    if request.method == "POST" and form.is_valid():
        note = form.save()
        messages.success(request, f"Noted “{note.activity}”. Taking care of yourself counts.")
        return redirect("rejections:selfcare-list")
    notes = SelfCareNote.objects.for_user(request.user).select_related(
        "rejection__application__company"
    )
    fetch_choices(form)
    return render(
        request,
        "rejections/journal/selfcare_list.html",
        {
            "form": form,
            "preselected": initial.get("rejection"),
            "page": paginate(request, notes.order_by("-date", "-pk"), PAGE_SIZE),
            "chart": _chart_for(request),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def selfcare_update(request: HttpRequest, pk: int) -> HttpResponse:
    note = get_object_or_404(SelfCareNote.objects.for_user(request.user), pk=pk)
    form = SelfCareNoteForm(request.POST or None, instance=note, owner=request.user)
    if request.method == "POST" and form.is_valid():
        note = form.save()
        messages.success(request, f"Saved “{note.activity}”.")
        return redirect("rejections:selfcare-list")
    fetch_choices(form)
    return render(request, "rejections/journal/selfcare_form.html", {"form": form, "note": note})


@login_required
@require_http_methods(["GET", "POST"])
def selfcare_delete(request: HttpRequest, pk: int) -> HttpResponse:
    note = get_object_or_404(SelfCareNote.objects.for_user(request.user), pk=pk)
    journal = reverse("rejections:selfcare-list")
    return confirm_delete(request, note, success_url=journal, cancel_url=journal)
