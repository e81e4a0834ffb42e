from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count, OuterRef, Prefetch, Q
from django.db.models.functions import Lower
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import (
    require_GET,
    require_http_methods,
    require_POST,
)

from accounts.preferences import preferences_for
from core import jsonbody
from core.choices import fetch_choices
from core.links import id_links
from core.models import row_count
from core.pagecache import cached_page
from core.shortcuts import confirm_delete, paginate, paginate_ids
from tracker import services
from tracker.forms import (
    ApplicationFilterForm,
    ApplicationForm,
    CompanyForm,
    ContactForm,
    InterviewForm,
    MoveForm,
)
from tracker.models import Application, Company, Contact, Interview
from tracker.stages import ACTIVE_STATUSES, CLOSED_STATUSES, Status

#: Cards per board column; the rest are a link to the filtered list.
BOARD_COLUMN_LIMIT = 20


def _form_page(
    request: HttpRequest, form, *, template: str, verb: str, quote: bool = True, **context
) -> HttpResponse:
    """Show a form; on a valid POST save it, say so and go to the saved object."""
    if request.method == "POST" and form.is_valid():
        obj = form.save()
        messages.success(request, f"{verb} “{obj}”." if quote else f"{verb} {obj}.")
        return redirect(obj)
    fetch_choices(form)
    return render(request, template, {"form": form, **context})


# --- Applications ---------------------------------------------------------------------


@login_required
@cached_page
@require_GET
def application_list(request: HttpRequest) -> HttpResponse:
    filters = ApplicationFilterForm(request.GET or None)
    applications = Application.objects.for_user(request.user)
    # Each valid filter applies on its own: a stale sort value must not drop the search.
    filters.is_valid()
    cleaned = getattr(filters, "cleaned_data", {})
    applications = applications.search(cleaned.get("q", ""))
    if cleaned.get("status"):
        applications = applications.filter(status=cleaned["status"])
    # Ids first: a deep page skips over index entries, not over whole rows and companies.
    ids = applications.order_by(*filters.ordering()).values_list("pk", flat=True)
    page = paginate_ids(
        request, ids, lambda pks: Application.objects.filter(pk__in=pks).select_related("company")
    )
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "tracker/application_list.html",
        {"page": page, "filters": filters, "query": query.urlencode()},
    )


@login_required
@require_http_methods(["GET", "POST"])
def application_create(request: HttpRequest) -> HttpResponse:
    initial = {
        key: request.GET[key]
        for key in ("position_title", "posting_url", "company_name", "status")
        if key in request.GET
    }
    form = ApplicationForm(request.POST or None, owner=request.user, initial=initial)
    if request.method == "POST" and form.is_valid():
        return _save_application(request, form, verb="Added")
    fetch_choices(form)
    return render(request, "tracker/application_form.html", {"form": form})


def _save_application(request: HttpRequest, form: ApplicationForm, *, verb: str) -> HttpResponse:
    """Save the form; *rejected* waits for the rejection form so both are saved together."""
    application = form.save()
    messages.success(request, f"{verb} “{application}”.")
    if form.result.needs_rejection_record:
        messages.info(request, "Record the rejection to move it to Rejected.")
        return redirect("rejections:record", application.pk)
    turned_down_before = (
        Application.objects.for_user(request.user)
        .with_rejection_record()
        .filter(company=application.company)
        .exists()
    )
    if verb == "Added" and turned_down_before:
        messages.info(
            request,
            f"{application.company.name} turned you down before: your notes from then are "
            "on this page.",
        )
    return redirect(application)


@login_required
@cached_page
@require_GET
def application_detail(request: HttpRequest, pk: int) -> HttpResponse:
    application = get_object_or_404(
        Application.objects.for_user(request.user).select_related("company"), pk=pk
    )
    # Related rows are filtered by owner as well: only the admin could link across users,
    # and pages must never show another user's rows even then.
    own_contacts = Contact.objects.for_user(request.user)
    interviews = list(
        application.interviews.prefetch_related(Prefetch("interviewers", queryset=own_contacts))
    )
    contacts = list(own_contacts.filter(applications=application))
    timeline = [
        {"when": change.changed_at, "kind": "status", "change": change}
        for change in application.status_changes.all()
    ] + [
        {"when": interview.scheduled_at, "kind": "interview", "interview": interview}
        for interview in interviews
    ]
    timeline.sort(key=lambda item: item["when"], reverse=True)
    return render(
        request,
        "tracker/application_detail.html",
        {
            "application": application,
            "interviews": interviews,
            "contacts": contacts,
            "timeline": timeline,
            "move_form": MoveForm(initial={"status": application.status}),
            "now": timezone.now(),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def application_update(request: HttpRequest, pk: int) -> HttpResponse:
    application = get_object_or_404(
        Application.objects.for_user(request.user).select_related("company"), pk=pk
    )
    form = ApplicationForm(request.POST or None, instance=application, owner=request.user)
    if request.method == "POST" and form.is_valid():
        return _save_application(request, form, verb="Saved")
    fetch_choices(form)
    return render(
        request, "tracker/application_form.html", {"form": form, "application": application}
    )


@login_required
@require_http_methods(["GET", "POST"])
def application_delete(request: HttpRequest, pk: int) -> HttpResponse:
    application = get_object_or_404(
        Application.objects.for_user(request.user).select_related("company"), pk=pk
    )
    return confirm_delete(
        request,
        application,
        success_url="tracker:application-list",
        warning="Its interviews and status history are deleted with it.",
        delete=lambda: services.delete_applications(
            applications=Application.objects.filter(pk=application.pk)
        ),
    )


def _wants_json(request: HttpRequest) -> bool:
    return request.content_type == "application/json"


@login_required
@require_POST
def application_move(request: HttpRequest, pk: int) -> HttpResponse:
    """Change an application's status: JSON from the board's script, or a plain form post."""
    application = get_object_or_404(
        Application.objects.for_user(request.user).select_related("company"), pk=pk
    )
    as_json = _wants_json(request)
    if as_json:
        try:
            payload = jsonbody.read_body(request)
        except jsonbody.JsonLimitError as error:
            return jsonbody.refusal(error)
        if not isinstance(payload, dict):
            return JsonResponse(
                {"error": 'Send a JSON object like {"status": "applied"}.'}, status=400
            )
        form = MoveForm({"status": payload.get("status")})
    else:
        form = MoveForm(request.POST)
    # Only a known page name is followed, never a URL from the request (no open redirect).
    back = "tracker:board" if not as_json and request.POST.get("next") == "board" else application
    if not form.is_valid():
        error = "Choose one of the statuses: " + ", ".join(Status.values) + "."
        if as_json:
            return JsonResponse({"error": error}, status=400)
        messages.error(request, error)
        return redirect(back)
    result = services.change_status(application=application, status=form.cleaned_data["status"])
    if result.needs_rejection_record:
        # The status changes only when the rejection is recorded, in the same transaction.
        record_url = reverse("rejections:record", args=[application.pk])
        if as_json:
            return JsonResponse({"status": application.status, "redirect": record_url})
        return redirect(record_url)
    text = f"“{application}” is now {application.get_status_display()}."
    if as_json:
        return JsonResponse({"status": application.status, "message": text})
    messages.success(request, text)
    return redirect(back)


# --- Board ----------------------------------------------------------------------------


@login_required
@cached_page
@require_GET
def board(request: HttpRequest) -> HttpResponse:
    applications = Application.objects.for_user(request.user)
    counts = dict(applications.values_list("status").annotate(n=Count("pk")).order_by())
    cards: dict[str, list[Application]] = {status: [] for status in ACTIVE_STATUSES}
    # One query for every column: each column's newest cards come from their own short
    # index scan on (owner, status, -updated_at, -id), however many applications there are.
    newest = Q()
    for status in ACTIVE_STATUSES:
        column = applications.filter(status=status).order_by("-updated_at", "-pk")
        newest |= Q(pk__in=column.values("pk")[:BOARD_COLUMN_LIMIT])
    # The companies come in a second query by id: joined here, PostgreSQL misjudges how
    # few cards there are and hashes every company of the installation.
    ranked = (
        applications.filter(newest)
        .with_card_facts()
        .prefetch_related("company")
        .order_by("-updated_at", "-pk")
    )
    # Two links per card, each reversed once for the whole board.
    detail_url = id_links("tracker:application-detail")
    move_url = id_links("tracker:application-move")
    for application in ranked:
        application.detail_url = detail_url(application.pk)
        application.move_url = move_url(application.pk)
        cards[application.status].append(application)
    columns = [
        {
            "status": status,
            "label": status.label,
            "cards": cards[status],
            "count": counts.get(status.value, 0),
            "hidden": max(counts.get(status.value, 0) - BOARD_COLUMN_LIMIT, 0),
            # Every card of a column has the same "Move…" menu: rendered once, not per card.
            "move_choices": render_to_string(
                "tracker/includes/move_choices.html",
                {"status_choices": Status.choices, "current": status.value},
            ),
        }
        for status in ACTIVE_STATUSES
    ]
    # Calm mode: rejected applications are left off the board (they are not cards, so
    # this is their count); they stay in the rejections list and the applications list.
    calm = preferences_for(request.user).calm_mode
    closed = [
        {"status": status, "label": status.label, "count": counts.get(status.value, 0)}
        for status in CLOSED_STATUSES
        if not (calm and status == Status.REJECTED)
    ]
    return render(
        request,
        "tracker/board.html",
        {
            "columns": columns,
            "closed": closed,
            "calm": calm,
            "today": timezone.localdate(),
        },
    )


# --- Companies ------------------------------------------------------------------------


@login_required
@cached_page
@require_GET
def company_list(request: HttpRequest) -> HttpResponse:
    q = request.GET.get("q", "").strip()[:200]
    # Counted per company shown, in a subquery: grouped over the joined applications, the
    # paginator's count had to join and group every company of the user too.
    companies = (
        Company.objects.for_user(request.user)
        .annotate(application_count=row_count(Application.objects.filter(company=OuterRef("pk"))))
        .order_by(Lower("name"), "pk")
    )
    if q:
        companies = companies.filter(name__icontains=q)
    return render(
        request,
        "tracker/company_list.html",
        {"page": paginate(request, companies), "q": q, "query": urlencode({"q": q}) if q else ""},
    )


@login_required
@require_http_methods(["GET", "POST"])
def company_create(request: HttpRequest) -> HttpResponse:
    form = CompanyForm(request.POST or None, owner=request.user)
    return _form_page(request, form, template="tracker/company_form.html", verb="Added")


@login_required
@require_GET
def company_detail(request: HttpRequest, pk: int) -> HttpResponse:
    company = get_object_or_404(Company.objects.for_user(request.user), pk=pk)
    return render(
        request,
        "tracker/company_detail.html",
        {
            "company": company,
            "applications": list(
                company.applications.filter(owner=request.user).order_by("-updated_at")[:100]
            ),
            "contacts": list(company.contacts.filter(owner=request.user)[:100]),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def company_update(request: HttpRequest, pk: int) -> HttpResponse:
    company = get_object_or_404(Company.objects.for_user(request.user), pk=pk)
    form = CompanyForm(request.POST or None, instance=company, owner=request.user)
    return _form_page(
        request, form, template="tracker/company_form.html", verb="Saved", company=company
    )


@login_required
@require_http_methods(["GET", "POST"])
def company_delete(request: HttpRequest, pk: int) -> HttpResponse:
    company = get_object_or_404(Company.objects.for_user(request.user), pk=pk)
    if company.applications.exists():
        messages.error(
            request,
            f"“{company}” still has applications. Delete them first, or keep the company.",
        )
        return redirect(company)
    return confirm_delete(
        request,
        company,
        success_url="tracker:company-list",
        warning="Contacts at this company are kept, without a company.",
    )


# --- Interviews -----------------------------------------------------------------------


@login_required
@cached_page
@require_GET
def interview_list(request: HttpRequest) -> HttpResponse:
    now = timezone.now()
    interviews = Interview.objects.for_user(request.user).select_related("application__company")
    upcoming = interviews.filter(scheduled_at__gte=now).order_by("scheduled_at", "pk")
    past = interviews.filter(scheduled_at__lt=now).order_by("-scheduled_at", "-pk")
    return render(
        request,
        "tracker/interview_list.html",
        {
            "upcoming": paginate(request, upcoming, 50)
            if request.GET.get("past") is None
            else None,
            "past_page": paginate(request, past) if request.GET.get("past") is not None else None,
            "past_preview": list(past[:10]) if request.GET.get("past") is None else None,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def interview_create(request: HttpRequest) -> HttpResponse:
    initial = {}
    if application_id := request.GET.get("application", "").strip():
        application = get_object_or_404(
            Application.objects.for_user(request.user),
            pk=application_id if application_id.isascii() and application_id.isdigit() else 0,
        )
        initial["application"] = application
        initial["round"] = application.interviews.count() + 1
    form = InterviewForm(request.POST or None, owner=request.user, initial=initial)
    return _form_page(
        request, form, template="tracker/interview_form.html", verb="Scheduled", quote=False
    )


@login_required
@require_GET
def interview_detail(request: HttpRequest, pk: int) -> HttpResponse:
    interview = get_object_or_404(
        Interview.objects.for_user(request.user).select_related("application__company"), pk=pk
    )
    return render(
        request,
        "tracker/interview_detail.html",
        {
            "interview": interview,
            "interviewers": list(
                interview.interviewers.filter(owner=request.user).select_related("company")
            ),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def interview_update(request: HttpRequest, pk: int) -> HttpResponse:
    interview = get_object_or_404(
        Interview.objects.for_user(request.user).select_related("application__company"), pk=pk
    )
    form = InterviewForm(request.POST or None, instance=interview, owner=request.user)
    return _form_page(
        request,
        form,
        template="tracker/interview_form.html",
        verb="Saved",
        quote=False,
        interview=interview,
    )


@login_required
@require_http_methods(["GET", "POST"])
def interview_delete(request: HttpRequest, pk: int) -> HttpResponse:
    interview = get_object_or_404(
        Interview.objects.for_user(request.user).select_related("application__company"), pk=pk
    )
    return confirm_delete(
        request,
        interview,
        success_url=interview.application.get_absolute_url(),
        # Calendar apps subscribed to the feed are told it is cancelled.
        delete=lambda: services.delete_interviews(
            interviews=Interview.objects.filter(pk=interview.pk)
        ),
    )


# --- Contacts -------------------------------------------------------------------------


@login_required
@cached_page
@require_GET
def contact_list(request: HttpRequest) -> HttpResponse:
    q = request.GET.get("q", "").strip()[:200]
    contacts = Contact.objects.for_user(request.user).select_related("company").search(q)
    return render(
        request,
        "tracker/contact_list.html",
        {"page": paginate(request, contacts), "q": q, "query": urlencode({"q": q}) if q else ""},
    )


@login_required
@require_http_methods(["GET", "POST"])
def contact_create(request: HttpRequest) -> HttpResponse:
    form = ContactForm(request.POST or None, owner=request.user)
    return _form_page(
        request, form, template="tracker/contact_form.html", verb="Added", quote=False
    )


@login_required
@require_GET
def contact_detail(request: HttpRequest, pk: int) -> HttpResponse:
    contact = get_object_or_404(
        Contact.objects.for_user(request.user).select_related("company"), pk=pk
    )
    return render(
        request,
        "tracker/contact_detail.html",
        {
            "contact": contact,
            "applications": list(
                contact.applications.filter(owner=request.user).select_related("company")[:100]
            ),
            "interviews": list(
                contact.interviews.filter(application__owner=request.user).select_related(
                    "application__company"
                )[:100]
            ),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def contact_update(request: HttpRequest, pk: int) -> HttpResponse:
    contact = get_object_or_404(
        Contact.objects.for_user(request.user).select_related("company"), pk=pk
    )
    form = ContactForm(request.POST or None, instance=contact, owner=request.user)
    return _form_page(
        request,
        form,
        template="tracker/contact_form.html",
        verb="Saved",
        quote=False,
        contact=contact,
    )


@login_required
@require_http_methods(["GET", "POST"])
def contact_delete(request: HttpRequest, pk: int) -> HttpResponse:
    contact = get_object_or_404(Contact.objects.for_user(request.user), pk=pk)
    return confirm_delete(request, contact, success_url="tracker:contact-list")
