"""Recording a rejection, the list of rejections and the per-rejection workspace."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from core.choices import fetch_choices
from core.pagecache import cached_page
from core.shortcuts import paginate, paginate_ids
from rejections import plans, services, writing
from rejections.forms.workspace import (
    BatchRecordForm,
    FeedbackForm,
    NetworkingForm,
    RejectionForm,
    RejectionUpdateForm,
    SkipForm,
)
from rejections.models import (
    OPEN_WORKFLOW_WINDOW,
    SKIPPABLE_STEPS,
    STEP_COUNT,
    LetterTemplate,
    NetworkingLink,
    Rejection,
    SelfCareNote,
    Step,
    StepSkip,
    WritingSession,
)
from rejections.workflow import checklist, steps_for
from tracker.models import Application, Contact
from tracker.stages import Stage, Status

PAGE_SIZE = 25
#: Rejected applications without a record recorded in one go (the page lists this many).
BATCH_SIZE = 100


def _rejection(request: HttpRequest, pk: int, *, progress: bool = False) -> Rejection:
    rejections = Rejection.objects.for_user(request.user).select_related("application__company")
    if progress:
        # The workspace shows the plan for a no first, when one was made.
        rejections = rejections.select_related("application__setback_plan")
        # The workspace shows each skip's reason (``rejections.workflow.steps_for``).
        rejections = rejections.with_progress().prefetch_related("skips")
    return get_object_or_404(rejections, pk=pk)


def _skippable(step: str) -> Step:
    try:
        value = Step(step)
    except ValueError:
        raise Http404("No such step") from None
    if value not in SKIPPABLE_STEPS:
        raise Http404("This step cannot be skipped")
    return value


@login_required
@require_http_methods(["GET", "POST"])
def record(request: HttpRequest, application_pk: int) -> HttpResponse:
    """Record a rejection; saving moves the application to *rejected* in the same transaction."""
    # The rejection, if recorded, comes with the application: one query fewer at each look.
    application = get_object_or_404(
        Application.objects.for_user(request.user).select_related("company", "rejection"),
        pk=application_pk,
    )
    existing = getattr(application, "rejection", None)
    if existing is not None:
        messages.info(request, "This rejection is already recorded; here is its workspace.")
        return redirect(existing)
    form = RejectionForm(request.POST or None, initial={"stage": _guess_stage(application)})
    if request.method == "POST" and form.is_valid():
        try:
            rejection = services.record_rejection(application=application, **form.cleaned_data)
        except ValidationError:
            # A double submit: the other request recorded it first, so show that one.
            existing = Rejection.objects.filter(application=application).first()
            if existing is None:
                raise
            return redirect(existing)
        messages.success(
            request,
            "Recorded. A rejection is a step, not a stop: here is what can help next.",
        )
        return redirect(rejection)
    return render(request, "rejections/record.html", {"form": form, "application": application})


def unrecorded_rejections(user):
    """The user's applications moved to *rejected* (by an import or in the admin) whose
    rejection was never recorded, most recently changed first."""
    return (
        Application.objects.for_user(user)
        .filter(status=Status.REJECTED, rejection__isnull=True)
        .order_by("-updated_at", "-pk")
    )


@login_required
@require_http_methods(["GET", "POST"])
def record_batch(request: HttpRequest) -> HttpResponse:
    """Record the rejections of many rejected applications without a record, all or none.

    The page lists up to ``BATCH_SIZE`` of them, each ticked, with the stage it guesses;
    saving records the ticked ones with one date. Another user's application gives 404.
    """
    form = BatchRecordForm(request.POST or None)
    status = 200
    if request.method == "POST":
        raw = request.POST.getlist("applications")
        if not all(value.isascii() and value.isdigit() for value in raw):
            raise Http404("No such application")
        ids = {int(value) for value in raw}
        own = Application.objects.for_user(request.user).filter(pk__in=ids).count()
        if own != len(ids):
            raise Http404("No such application")
        if form.is_valid() and not ids:
            form.add_error(None, "Tick at least one application to record its rejection.")
        if form.is_valid():
            try:
                recorded = services.record_rejections(
                    owner=request.user,
                    application_ids=sorted(ids),
                    received_on=form.cleaned_data["received_on"],
                )
            except services.NotRecordable:
                form.add_error(
                    None,
                    "Some of these changed meanwhile (recorded or moved elsewhere), so none "
                    "was recorded. Here is the list as it is now.",
                )
            else:
                count = len(recorded)
                messages.success(
                    request,
                    f"Recorded {count} rejection{'s' if count != 1 else ''}. Open each one to "
                    "add what you know and follow its steps.",
                )
                return redirect("rejections:list")
        status = 400
    candidates = unrecorded_rejections(request.user).select_related("company")
    total = candidates.count()
    applications = list(candidates[:BATCH_SIZE])
    stages = services.guess_stages(applications)
    rows = [(a, Stage(stages[a.pk]).label) for a in applications]
    return render(
        request,
        "rejections/record_batch.html",
        {"form": form, "rows": rows, "total": total, "batch_size": BATCH_SIZE},
        status=status,
    )


def _guess_stage(application: Application) -> str:
    """Preselect the stage reached from what the tracker already knows."""
    return services.guess_stages([application])[application.pk]


@login_required
@cached_page
@require_GET
def rejection_list(request: HttpRequest) -> HttpResponse:
    """All rejections, newest first; ``?show=open`` keeps the unfinished workflows.

    The open ones are looked for among the newest ``OPEN_WORKFLOW_WINDOW`` rejections,
    so both views cost the same however long the history is.
    """
    show_open = request.GET.get("show") == "open"
    rejections = Rejection.objects.for_user(request.user).select_related("application__company")
    if show_open:
        page = paginate(request, rejections.open_workflows(), PAGE_SIZE)
    else:
        # Page through ids, then work out the steps of this page's rejections only.
        ids = rejections.order_by("-received_on", "-pk").values_list("pk", flat=True)
        page = paginate_ids(request, ids, rejections.with_progress_of, PAGE_SIZE)
    return render(
        request,
        "rejections/list.html",
        {
            "page": page,
            "step_count": STEP_COUNT,
            "show_open": show_open,
            "unrecorded": unrecorded_rejections(request.user).count(),
            "window": OPEN_WORKFLOW_WINDOW,
            "query": "show=open" if show_open else "",
        },
    )


@login_required
@cached_page
@require_GET
def workspace(request: HttpRequest, pk: int) -> HttpResponse:
    rejection = _rejection(request, pk, progress=True)
    application = rejection.application
    steps = steps_for(rejection)
    letters = list(rejection.letters.select_related("recipient_contact"))
    reflections = list(rejection.reflections.all())
    network = list(rejection.network.select_related("contact__company"))
    # The notes that count for step 8: the user's own, dated on or after the rejection.
    self_care = list(
        SelfCareNote.objects.for_user(request.user)
        .filter(date__gte=rejection.received_on)
        .order_by("date", "pk")[:5]
    )
    people = list(Contact.objects.for_user(request.user).of_application(application))
    # Private writing: this rejection's sessions, and the user's finished ones that count
    # for step 8 (any rejection's, finished on or after this one, as with notes).
    sessions = list(rejection.writing_sessions.all())
    writing_self_care = list(
        WritingSession.objects.for_user(request.user)
        .filter(finished_on__gte=rejection.received_on)
        .order_by("finished_on", "pk")[:1]
    )
    slots = writing.slots(
        received_on=rejection.received_on, sessions=sessions, today=timezone.localdate()
    )
    plan = getattr(application, "setback_plan", None)
    resolved = sum(step.resolved for step in steps)
    network_form = NetworkingForm(owner=request.user, application=application)
    fetch_choices(network_form)
    return render(
        request,
        "rejections/workspace.html",
        {
            "rejection": rejection,
            "application": application,
            "steps": steps,
            "checklist": checklist(
                rejection,
                steps,
                letters=letters,
                reflections=reflections,
                network=network,
                self_care=self_care,
                writing=writing_self_care,
            ),
            "plan": plan,
            "plan_made_before": plan is not None and plans.made_before(plan, rejection.received_on),
            "plan_links": [(action, plans.step_of(action)) for action in plan.action_list]
            if plan
            else [],
            "writing_slots": slots,
            "writing_next": writing.next_slot(slots),
            "writing_finished": [slot for slot in slots if slot.state == "finished"],
            "resolved": resolved,
            "complete": resolved == len(steps),
            "letters": letters,
            "reflections": reflections,
            "network": network,
            "self_care": self_care,
            "people": people,
            "letter_kinds": LetterTemplate.Kind,
            "feedback_form": FeedbackForm(instance=rejection),
            "network_form": network_form,
            "skip_form": SkipForm(),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def rejection_update(request: HttpRequest, pk: int) -> HttpResponse:
    rejection = _rejection(request, pk)
    form = RejectionUpdateForm(request.POST or None, instance=rejection)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Saved the rejection details.")
        return redirect(rejection)
    return render(
        request,
        "rejections/record.html",
        {"form": form, "application": rejection.application, "rejection": rejection},
    )


@login_required
@require_POST
def feedback(request: HttpRequest, pk: int) -> HttpResponse:
    rejection = _rejection(request, pk)
    form = FeedbackForm(request.POST, instance=rejection)
    if form.is_valid():
        form.save()
        messages.success(request, "Saved the feedback.")
        return redirect(rejection)
    return render(
        request,
        "rejections/feedback_form.html",
        {"form": form, "rejection": rejection},
        status=400,
    )


@login_required
@require_http_methods(["GET", "POST"])
def skip_step(request: HttpRequest, pk: int, step: str) -> HttpResponse:
    rejection = _rejection(request, pk)
    step = _skippable(step)
    form = SkipForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        StepSkip.objects.update_or_create(
            rejection=rejection, step=step, defaults={"reason": form.cleaned_data["reason"]}
        )
        messages.success(request, f"Skipped “{step.label}”.")
        return redirect(rejection)
    return render(
        request, "rejections/skip_form.html", {"form": form, "rejection": rejection, "step": step}
    )


@login_required
@require_POST
def unskip_step(request: HttpRequest, pk: int, step: str) -> HttpResponse:
    rejection = _rejection(request, pk)
    step = _skippable(step)
    StepSkip.objects.filter(rejection=rejection, step=step).delete()
    messages.success(request, f"“{step.label}” is open again.")
    return redirect(rejection)


@login_required
@require_http_methods(["GET", "POST"])
def network_add(request: HttpRequest, pk: int) -> HttpResponse:
    rejection = _rejection(request, pk)
    form = NetworkingForm(
        request.POST or None, owner=request.user, application=rejection.application
    )
    if request.method == "POST" and form.is_valid():
        link = services.link_contact(rejection=rejection, **form.cleaned_data)
        messages.success(
            request,
            f"You plan to check in with {link.contact} on {link.check_in_on:%-d %B %Y}; "
            "it will show on your dashboard.",
        )
        return redirect(rejection)
    fetch_choices(form)
    return render(
        request,
        "rejections/network_form.html",
        {"form": form, "rejection": rejection},
        status=400 if request.method == "POST" else 200,
    )


@login_required
@require_POST
def network_delete(request: HttpRequest, pk: int) -> HttpResponse:
    link = get_object_or_404(
        NetworkingLink.objects.filter(rejection__application__owner=request.user).select_related(
            "contact", "rejection"
        ),
        pk=pk,
    )
    services.unlink_contact(link=link)
    messages.success(request, f"Removed {link.contact} from this rejection's network.")
    return redirect(link.rejection)
