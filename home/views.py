"""Pages that draw on several domains: dashboard, help, choice search, health."""

import datetime
import json

from django.contrib.auth.decorators import login_required
from django.db import connection
from django.db.models import Count, Exists, Max, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST, require_safe

from accounts.preferences import preferences_for
from core.links import site_root
from home import charts, choice_search, getting_started
from inbox.models import JobMessage
from rejections.models import STEP_COUNT, Rejection
from rejections.workflow import GUIDANCE
from tracker.models import Application, Contact, Interview, StatusChange
from tracker.stages import ANSWERED_STATUSES, Status

DASHBOARD_LIST_LIMIT = 8


# --- Health ---------------------------------------------------------------------------


@never_cache
@require_safe
def healthz(request: HttpRequest) -> HttpResponse:
    """200 ``ok`` when the database answers; 503 otherwise. No login needed."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # any database failure means "not healthy"
        return HttpResponse("database unavailable", status=503, content_type="text/plain")
    return HttpResponse("ok", content_type="text/plain")


@require_safe
def favicon(request: HttpRequest) -> HttpResponse:
    """Browsers ask for /favicon.ico whatever the page says; send them to the real icon."""
    return redirect(static("img/favicon.svg"), permanent=True)


# --- Dashboard ------------------------------------------------------------------------


def _waiting_messages(user):
    """The number of the user's inbox suggestions that wait, as a scalar subquery."""
    return (
        JobMessage.objects.for_user(user)
        .waiting()
        .order_by()
        .values("owner")
        .annotate(n=Count("pk"))
        .values("n")
    )


@login_required
@require_GET
def dashboard(request: HttpRequest) -> HttpResponse:
    """Counts, what is due, open rejection workflows and the insight charts.

    Nine queries whatever the amount of data (the dashboard's budget is ten): session, user, one
    aggregate over applications (status counts, funnel, rejections by stage, the inbox's
    waiting suggestions), four short lists, and two for the charts (``tracker.charts``).
    """
    user = request.user
    today = timezone.localdate()
    week_ago = today - datetime.timedelta(days=7)
    applications = Application.objects.for_user(user)
    totals = applications.aggregate(
        total=Count("pk"),
        this_week=Count(
            "pk", filter=Q(created_at__date__gte=week_ago) | Q(applied_on__gte=week_ago)
        ),
        sent=Count("pk", filter=~Q(status=Status.WISHLIST)),
        responded=Count("pk", filter=Q(status__in=ANSWERED_STATUSES)),
        **{f"status_{value}": Count("pk", filter=Q(status=value)) for value in Status.values},
        # For the getting-started list: has a card moved on, is a rejection recorded?
        moved=Count(
            "pk",
            filter=Exists(
                StatusChange.objects.filter(application=OuterRef("pk")).exclude(from_status="")
            ),
        ),
        rejected_recorded=Count("pk", filter=Q(rejection__isnull=False)),
        # The funnel and rejections-by-stage charts ride on this one query.
        **charts.application_aggregates(),
        # So does the inbox's count of waiting suggestions (a subquery, the same on each row).
        inbox_waiting=Max(Coalesce(Subquery(_waiting_messages(user)), 0)),
    )
    if totals["inbox_waiting"] is None:
        # No application to ride on: the one extra query of an account just started.
        totals["inbox_waiting"] = JobMessage.objects.for_user(user).waiting().count()
    status_counts = [
        {"value": value, "label": label, "count": totals[f"status_{value}"]}
        for value, label in Status.choices
    ]
    response_rate = round(100 * totals["responded"] / totals["sent"]) if totals["sent"] else None
    now = timezone.now()
    upcoming = (
        Interview.objects.for_user(user)
        .filter(scheduled_at__gte=now, scheduled_at__lte=now + datetime.timedelta(days=14))
        .select_related("application__company")
        .order_by("scheduled_at")[:DASHBOARD_LIST_LIMIT]
    )
    follow_ups = (
        applications.active()
        .filter(next_action_on__lte=today)
        .select_related("company")
        .order_by("next_action_on", "pk")[:DASHBOARD_LIST_LIMIT]
    )
    check_ins = (
        Contact.objects.for_user(user)
        .due_for_check_in(today)
        .select_related("company")
        .order_by("next_check_in_on", "pk")[:DASHBOARD_LIST_LIMIT]
    )
    open_rejections = (
        Rejection.objects.for_user(user)
        .select_related("application__company")
        .open_workflows()[:DASHBOARD_LIST_LIMIT]
    )
    return render(
        request,
        "home/dashboard.html",
        {
            "charts": charts.dashboard_charts(user, today=today, totals=totals),
            "open_rejections": open_rejections,
            "step_count": STEP_COUNT,
            "totals": totals,
            "status_counts": status_counts,
            "response_rate": response_rate,
            "upcoming": upcoming,
            "follow_ups": follow_ups,
            "check_ins": check_ins,
            "today": today,
            "getting_started": getting_started.shown(user, totals),
            "inbox_waiting": totals["inbox_waiting"],
        },
    )


@login_required
@require_POST
def dismiss_getting_started(request: HttpRequest) -> HttpResponse:
    """Put the getting-started list away for good (on every device: it is stored)."""
    preferences = preferences_for(request.user)
    preferences.getting_started_dismissed = True
    if preferences.pk is None:
        preferences.save()
    else:
        preferences.save(update_fields=["getting_started_dismissed"])
    return redirect("home:dashboard")


@login_required
@require_GET
def find_choices(request: HttpRequest, kind: str) -> JsonResponse:
    """The user's rows of one kind matching ``?q=``, for a form's "find another" box."""
    if kind not in choice_search.SEARCHES:
        raise Http404("No such kind of choice")
    results = choice_search.search(kind, request.user, request.GET.get("q", ""))
    return JsonResponse({"results": results})


# --- Help -----------------------------------------------------------------------------


@login_required
@require_GET
def help_page(request: HttpRequest) -> HttpResponse:
    """How-tos, and the quick-capture bookmarklet.

    The bookmarklet is a ``javascript:`` link the user drags to the bookmarks bar. It runs
    on the job posting's site, where our CSP does not apply; on this page our CSP keeps it
    from running if clicked, which is fine: it is meant to be dragged, not clicked. It opens
    the new-application form, which prefills ``position_title`` and ``posting_url`` from
    the query string. The address is absolute (the bookmarklet runs on another site): the
    one this page was opened at when this site answers to it, else ``SITE_URL``
    (``core.links``). It is written as a JSON string, a valid JavaScript literal.
    """
    root = site_root(request)
    form_url = f"{root}{reverse('tracker:application-create')}?position_title="
    code = (
        "(function(){window.open("
        f"{json.dumps(form_url)}+encodeURIComponent(document.title.slice(0,200))"
        '+"&posting_url="+encodeURIComponent(location.href),"_blank","noopener");})();'
    )
    # Browsers percent-decode a javascript: URL before running it.
    bookmarklet = "javascript:" + code.replace("%", "%25")
    steps = [
        {"number": number, "label": step.label, "what": what, "done_when": done_when}
        for number, (step, (what, done_when)) in enumerate(GUIDANCE.items(), start=1)
    ]
    return render(
        request,
        "home/help.html",
        {"bookmarklet": bookmarklet, "site_url": root, "steps": steps},
    )
