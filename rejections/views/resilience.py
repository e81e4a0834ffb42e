"""The plan for a no, private writing after a rejection, and "why these steps"."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from core.shortcuts import confirm_delete
from rejections import services, writing
from rejections.forms.resilience import SetbackPlanForm, WritingForm
from rejections.models import WRITING_SESSIONS, Rejection, WritingKind
from tracker.models import Application

# --- The plan for a no ------------------------------------------------------------------


def _application(request: HttpRequest, pk: int) -> Application:
    return get_object_or_404(
        Application.objects.for_user(request.user).select_related(
            "company", "setback_plan", "rejection"
        ),
        pk=pk,
    )


@login_required
@require_http_methods(["GET", "POST"])
def plan_edit(request: HttpRequest, application_pk: int) -> HttpResponse:
    """Make or change "If they say no, I will …" for one application."""
    application = _application(request, application_pk)
    plan = getattr(application, "setback_plan", None)
    form = SetbackPlanForm(request.POST or None, plan=plan)
    if request.method == "POST" and form.is_valid():
        services.save_setback_plan(application=application, actions=form.cleaned_data["actions"])
        rejection = getattr(application, "rejection", None)
        if rejection is not None:
            messages.success(request, "Saved your plan.")
            return redirect(rejection)
        messages.success(
            request,
            "Saved your plan. If a no comes, it will be waiting for you, first thing, in the "
            "rejection's workspace.",
        )
        return redirect(application)
    return render(
        request,
        "rejections/plan_form.html",
        {"form": form, "application": application, "plan": plan},
        status=400 if request.method == "POST" else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def plan_delete(request: HttpRequest, application_pk: int) -> HttpResponse:
    application = _application(request, application_pk)
    # Read with the application (and, through it, with its company for the plan's name).
    plan = getattr(application, "setback_plan", None)
    if plan is None:
        raise Http404("No plan for this application.")
    return confirm_delete(
        request,
        plan,
        success_url=application.get_absolute_url(),
        cancel_url=application.get_absolute_url(),
    )


# --- Private writing --------------------------------------------------------------------


def _rejection(request: HttpRequest, pk: int) -> Rejection:
    return get_object_or_404(
        Rejection.objects.for_user(request.user).select_related("application__company"), pk=pk
    )


def _slots(rejection: Rejection) -> list[writing.Slot]:
    return writing.slots(
        received_on=rejection.received_on,
        sessions=list(rejection.writing_sessions.all()),
        today=timezone.localdate(),
    )


@login_required
@require_GET
def writing_home(request: HttpRequest, pk: int) -> HttpResponse:
    """The five sessions of one rejection: which are written, which is open today."""
    rejection = _rejection(request, pk)
    slots = _slots(rejection)
    return render(
        request,
        "rejections/writing/home.html",
        {
            "rejection": rejection,
            "application": rejection.application,
            "slots": slots,
            "next": writing.next_slot(slots),
            "minutes": writing.SUGGESTED_MINUTES,
            "compassion_prompt": writing.COMPASSION_PROMPT,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def writing_session(request: HttpRequest, pk: int, number: int) -> HttpResponse:
    """Write session ``number``: today's prompt, or the self-compassion letter instead."""
    rejection = _rejection(request, pk)
    if not 1 <= number <= WRITING_SESSIONS:
        raise Http404("No such session")
    slot = _slots(rejection)[number - 1]
    if not slot.can_write:
        messages.info(request, writing.not_open_message(slot))
        return redirect("rejections:writing", rejection.pk)
    session = slot.session
    if session is not None:
        kind = session.kind
    else:
        asked = request.POST.get("kind") or request.GET.get("kind")
        kind = asked if asked in WritingKind.values else WritingKind.EXPRESSIVE
    form = WritingForm(
        request.POST or None,
        initial={"kind": kind, "text": session.text if session else ""},
    )
    if request.method == "POST" and form.is_valid():
        finish = "finish" in request.POST
        try:
            session = services.write_session(
                rejection=rejection,
                number=number,
                kind=kind,
                text=form.cleaned_data["text"],
                finish=finish,
            )
        except services.WritingNotOpen as refusal:
            messages.info(request, str(refusal))
            return redirect("rejections:writing", rejection.pk)
        if finish:
            messages.success(
                request,
                f"Session {number} is finished. Taking this time counts as self-care. "
                "It stays private: only you can read it.",
            )
        else:
            messages.success(request, f"Saved session {number}; finish it whenever you like.")
        return redirect("rejections:writing", rejection.pk)
    return render(
        request,
        "rejections/writing/session.html",
        {
            "rejection": rejection,
            "application": rejection.application,
            "slot": slot,
            "session": session,
            "kind": kind,
            "prompt": writing.prompt_for(number, kind),
            "other_kind": WritingKind.EXPRESSIVE
            if kind == WritingKind.COMPASSION
            else WritingKind.COMPASSION,
            "form": form,
            "minutes": writing.SUGGESTED_MINUTES,
        },
        status=400 if request.method == "POST" else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def writing_delete(request: HttpRequest, pk: int, number: int) -> HttpResponse:
    rejection = _rejection(request, pk)
    session = get_object_or_404(rejection.writing_sessions, number=number)
    home = reverse("rejections:writing", args=[rejection.pk])
    return confirm_delete(request, session, success_url=home, cancel_url=home)


# --- Why these steps --------------------------------------------------------------------


@login_required
@require_GET
def why(request: HttpRequest) -> HttpResponse:
    """The eight steps and the help around them, in plain words, with the research."""
    return render(request, "rejections/why.html")
