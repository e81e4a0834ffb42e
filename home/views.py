"""Pages that draw on several domains: dashboard, help, choice search, health."""

import datetime
import json

from django.contrib.auth.decorators import login_required
from django.db import connection
from django.db.models import (
    Case,
    Count,
    Exists,
    F,
    IntegerField,
    Max,
    Q,
    Value,
    When,
)
from django.db.models.functions import Cast
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST, require_safe

from accounts.preferences import preferences_for
from core.links import site_root
from core.models import row_count
from core.pagecache import cached_page
from home import charts, choice_search, getting_started
from inbox.models import JobMessage
from pace import goals, reapply
from pace.check import pace_check, rejection_window
from rejections.charts import mood_rows
from rejections.models import STEP_COUNT, Rejection
from rejections.workflow import GUIDANCE
from tracker.models import Application, Contact, Interview, StatusChange
from tracker.stages import ACTIVE_STATUSES, ANSWERED_STATUSES, Status

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
    return row_count(JobMessage.objects.for_user(user).waiting())


def _moves(user):
    """The user's status changes that moved a card on (not the first status it was given)."""
    return StatusChange.objects.filter(application__owner=user).exclude(from_status="")


def _application_totals(user, applications, *, today: datetime.date, week: goals.Week) -> dict:
    """The dashboard's numbers about the user's applications, from one grouped query.

    The applications are grouped by status, furthest stage reached and rejection stage
    (a few dozen groups at most), and the counts are added up here: the status counts and
    the response rate, the getting-started list's facts, the funnel and the rejections by
    stage (``charts.application_counts``). The counts no grouping column answers (added
    or sent this week, the goals' applications sent, the pace check's recent rejections)
    are counted per group and added up too. The rest is the same on every group: the
    inbox's waiting suggestions, this week's goals and progress and whether a card has
    moved, subqueries the database works out once. Grouped, it checks four conditions on
    each application where one row of thirty conditional counts checked them all.

    With no application there is no group: the counts are zero and the rest ``None``.
    """
    week_ago = today - datetime.timedelta(days=7)
    recent_first, recent_last = rejection_window(today)
    per_group = {
        "this_week": Count(
            "pk", filter=Q(created_at__date__gte=week_ago) | Q(applied_on__gte=week_ago)
        ),
        "recent_rejections": Count(
            "pk",
            filter=Q(
                rejection__received_on__gte=recent_first, rejection__received_on__lte=recent_last
            ),
        ),
        # For the getting-started list: 1 once any application has a move in its history;
        # one search that stops at the first move.
        "moved": Max(Cast(Exists(_moves(user)), IntegerField())),
        "inbox_waiting": Max(_waiting_messages(user)),
        **goals.dashboard_aggregates(user, week),
    }
    added_up = [key for key, aggregate in per_group.items() if isinstance(aggregate, Count)]
    groups = list(
        applications.order_by()
        .values("status", "reached", "rejection__stage")
        .annotate(n=Count("pk"), **per_group)
    )
    totals = dict.fromkeys(per_group) | dict.fromkeys(added_up, 0)
    if groups:
        totals |= {key: groups[0][key] for key in per_group if key not in added_up}
    totals["moved"] = totals["moved"] or 0
    counted = ["total", "sent", "responded", "rejected_recorded"]
    totals |= dict.fromkeys(counted + [f"status_{value}" for value in Status.values], 0)
    for group in groups:
        n, status, stage = group["n"], group["status"], group["rejection__stage"]
        totals["total"] += n
        totals["sent"] += n if status != Status.WISHLIST else 0
        totals["responded"] += n if status in ANSWERED_STATUSES else 0
        totals["rejected_recorded"] += n if stage is not None else 0
        if status in Status.values:
            totals[f"status_{status}"] += n
        for key in added_up:
            totals[key] += group[key]
    totals |= charts.application_counts(
        (group["reached"], group["rejection__stage"], group["n"]) for group in groups
    )
    return totals


def _follow_ups_and_reapplications(applications, today: datetime.date) -> tuple[list, list]:
    """Follow-ups due, and reapply reminders due (``pace.reapply``), from one query.

    Both are applications with something to do today, so they share a query (the
    dashboard's budget is ten queries); each kind is picked apart and cut at the list's
    length, so many reapply reminders never crowd the follow-ups out, or the reverse. An
    application that is both is a reapply reminder. Each kind's first few are chosen in a
    subquery of its own: the follow-ups through the owner/next-action index, without
    reading every application of the person or sorting all the due ones in full.
    """
    due_reapply = reapply.due_filter(today, prefix="rejection__")
    is_reapply = Case(When(due_reapply, then=Value(True)), default=Value(False))
    order = [F("rejection__reapply_after").asc(), F("next_action_on").asc(), F("pk").asc()]
    first = slice(0, DASHBOARD_LIST_LIMIT)
    follow_ups = (
        applications.filter(status__in=ACTIVE_STATUSES, next_action_on__lte=today)
        .alias(is_reapply=is_reapply)
        .filter(is_reapply=False)
        .order_by(*order)
        .values("pk")[first]
    )
    reapplications = applications.filter(due_reapply).order_by(*order).values("pk")[first]
    rows = list(
        applications.filter(
            pk__in=applications.filter(pk__in=follow_ups)
            .values("pk")
            .union(applications.filter(pk__in=reapplications).values("pk"), all=True)
        )
        .annotate(
            is_reapply=is_reapply,
            door_open_contacts=reapply.door_open_contact_count(prefix="rejection__"),
        )
        .select_related("company", "rejection")
        .order_by("-is_reapply", *order)
    )
    return [row for row in rows if not row.is_reapply], [row for row in rows if row.is_reapply]


@login_required
@cached_page
@require_GET
def dashboard(request: HttpRequest) -> HttpResponse:
    """Counts, what is due, open rejection workflows, this week's goals and the charts.

    Ten queries whatever the amount of data (the dashboard's budget is ten): session, user,
    one grouped query over applications (status counts, funnel, rejections by stage, the
    inbox's waiting suggestions, this week's goals and progress, the week's rejections),
    three short lists (follow-ups share theirs with reapply reminders), the open rejection
    workflows (two), and two for the charts, whose mood rows also feed the pace check.
    Calm mode leaves out the open rejection workflows, and their two queries, the
    rejections-by-stage chart and the mood chart's rejection marks.
    """
    user = request.user
    calm = preferences_for(user).calm_mode
    today = timezone.localdate()
    week = goals.Week.of(today)
    applications = Application.objects.for_user(user)
    totals = _application_totals(user, applications, today=today, week=week)
    if totals["inbox_waiting"] is None:
        # No application to ride on: the one extra query of an account just started.
        totals["inbox_waiting"] = JobMessage.objects.for_user(user).waiting().count()
    if totals["goals_known"] is None:
        progress = goals.week_progress(user, today)
    else:
        progress = goals.progress_from_totals(totals, week)
    status_counts = [
        {"value": value, "label": label, "count": totals[f"status_{value}"]}
        for value, label in Status.choices
        if not (calm and value == Status.REJECTED)
    ]
    response_rate = round(100 * totals["responded"] / totals["sent"]) if totals["sent"] else None
    now = timezone.now()
    upcoming_interviews = (
        Interview.objects.for_user(user)
        .filter(scheduled_at__gte=now, scheduled_at__lte=now + datetime.timedelta(days=14))
        .select_related("application__company")
        .order_by("scheduled_at")
    )
    if calm:
        upcoming_interviews = upcoming_interviews.exclude(application__status=Status.REJECTED)
    # Every list is read here, not in the template: the page's queries all run in the view.
    upcoming = list(upcoming_interviews[:DASHBOARD_LIST_LIMIT])
    follow_ups, reapplications = _follow_ups_and_reapplications(applications, today)
    check_ins = list(
        Contact.objects.for_user(user)
        .due_for_check_in(today)
        .annotate(door_open=reapply.door_open_link())
        .select_related("company")
        .order_by("next_check_in_on", "pk")[:DASHBOARD_LIST_LIMIT]
    )
    open_rejections = []
    if not calm:
        open_rejections = (
            Rejection.objects.for_user(user)
            .select_related("application__company")
            .open_workflow_list(DASHBOARD_LIST_LIMIT)
        )
    moods = mood_rows(user, today)
    pace = pace_check(
        notes=[(row[0], row[1], row[3]) for row in moods if row[2] == "note"],
        rejections=totals["recent_rejections"],
        today=today,
    )
    if calm:
        # The mood chart without its rejection marks (the self-care journal keeps them).
        moods = [row for row in moods if row[2] == "note"]
    drawn = charts.dashboard_charts(user, today=today, totals=totals, moods=moods)
    if calm:
        drawn["rejection_stages"] = None
    return render(
        request,
        "home/dashboard.html",
        {
            "charts": drawn,
            "calm": calm,
            "open_rejections": open_rejections,
            "step_count": STEP_COUNT,
            "totals": totals,
            "status_counts": status_counts,
            "response_rate": response_rate,
            "upcoming": upcoming,
            "follow_ups": follow_ups,
            "reapplications": reapplications,
            "check_ins": check_ins,
            "today": today,
            "getting_started": getting_started.shown(user, totals),
            "inbox_waiting": totals["inbox_waiting"],
            "progress": progress,
            "pace": pace,
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
    # It also sends the page's schema.org JobPosting (its JSON-LD scripts and microdata) and
    # the selected text, after the "#": a fragment never reaches any server's logs, and the
    # new-application page's script hands it to the paste box, which the server reads.
    capture = (
        '+((j,m,t)=>(j.length||m.length||t)?"#rebound="+encodeURIComponent(JSON.stringify('
        "{rebound:1,title:document.title.slice(0,200),url:location.href,jsonld:j,microdata:m,"
        'selection:t})):"")('
        "[...document.querySelectorAll('script[type=\"application/ld+json\"]')]"
        ".slice(0,5).map(e=>e.textContent.slice(0,1e5)),"
        "[...document.querySelectorAll('[itemtype*=\"JobPosting\"]')]"
        ".slice(0,2).map(e=>e.outerHTML.slice(0,5e4)),"
        "String(getSelection()).slice(0,2e4))"
    )
    code = (
        "(function(){window.open("
        f"{json.dumps(form_url)}+encodeURIComponent(document.title.slice(0,200))"
        '+"&posting_url="+encodeURIComponent(location.href)'
        f'{capture},"_blank","noopener");}})();'
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
