"""The sharing page of the person who is coached, and the coach's read-only pages.

The coach's pages under ``/coach/<person>/`` answer GET only, show a fixed subset of the
person's data (never notes, feelings, reflections, self-care notes or letter bodies, except
the single notes the person shared), and log each view for the person to see. A coach who
is not (or no longer) coaching that person gets a 404, as does anyone else.
"""

from collections.abc import Callable
from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count, Exists, OuterRef
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts import invitations as signup_invitations
from accounts.emails import has_verified_email
from accounts.models import Preferences
from coach import services
from coach.forms import InviteForm
from coach.models import Coaching, CoachInvitation, CoachView, SharedNote
from coach.tasks import signed_link
from core.shortcuts import paginate, paginate_ids
from pace.goals import week_progress
from rejections.models import STEP_COUNT, Letter, Reflection, Rejection, SelfCareNote
from rejections.workflow import steps_for
from tracker.models import Application
from tracker.stages import Status

PAGE_SIZE = 25
LOG_PAGE_SIZE = 20
#: The overview shows this many of the newest open workflows and sent letters.
OVERVIEW_ROWS = 5


def display_name(user) -> str:
    return user.get_full_name() or user.get_username()


# --- The person who shares ---------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def sharing(request: HttpRequest) -> HttpResponse:
    """Your coaches, the invitations you sent, what you share, and who looked when."""
    form = InviteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        invited = form.cleaned_data["invited"]
        try:
            services.invite(owner=request.user, invited=invited)
        except services.CoachingRefused as refused:
            form.add_error("invited", str(refused))
        else:
            # The same words whether or not an account answers to what was typed.
            messages.success(
                request,
                f"Invitation made for “{invited}”. "
                + (
                    "We mailed them a link to accept (they can sign up through it)."
                    if "@" in invited
                    else "If an account has that username, its owner finds the invitation "
                    "on their Coaching page (and by mail, if their address is confirmed)."
                ),
            )
            return redirect("coach:sharing")
    coaches = list(Coaching.objects.coaches_of(request.user).select_related("coach"))
    waiting = list(CoachInvitation.objects.for_user(request.user).usable())
    views = paginate(
        request,
        CoachView.objects.for_person(request.user).only("coach_name", "page", "viewed_at"),
        LOG_PAGE_SIZE,
    )
    return render(
        request,
        "coach/sharing.html",
        {
            "form": form,
            "coaches": coaches,
            "waiting": waiting,
            "page": views,
            "shared_count": SharedNote.objects.for_user(request.user).count(),
            "email_verified": has_verified_email(request.user),
        },
    )


@login_required
@require_POST
def withdraw_invitation(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        invitation = services.withdraw(owner=request.user, invitation_id=pk)
    except CoachInvitation.DoesNotExist:
        raise Http404("No such invitation") from None
    messages.success(request, f"Withdrew the invitation for “{invitation.invited}”.")
    return redirect("coach:sharing")


@login_required
@require_POST
def revoke_coach(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        name = services.revoke(person=request.user, coaching_id=pk)
    except Coaching.DoesNotExist:
        raise Http404("No such coach") from None
    messages.success(request, f"{name} no longer sees your progress, from now on.")
    return redirect("coach:sharing")


@login_required
@require_GET
def shared_notes_choice(request: HttpRequest) -> HttpResponse:
    """Reflections and self-care notes, each with its own share switch (off by default)."""
    show = "self-care" if request.GET.get("show") == "self-care" else "reflections"
    if show == "reflections":
        rows = (
            Reflection.objects.filter(rejection__application__owner=request.user)
            .select_related("rejection__application__company")
            .annotate(shared=Exists(SharedNote.objects.filter(reflection=OuterRef("pk"))))
        )
    else:
        rows = SelfCareNote.objects.for_user(request.user).annotate(
            shared=Exists(SharedNote.objects.filter(self_care_note=OuterRef("pk")))
        )
    return render(
        request,
        "coach/notes_choice.html",
        {
            "show": show,
            "page": paginate(request, rows, PAGE_SIZE),
            "query": f"show={show}",
            "has_coaches": Coaching.objects.coaches_of(request.user).exists(),
        },
    )


def _shared_back(request: HttpRequest, show: str) -> HttpResponse:
    page = request.POST.get("page", "")
    url = reverse("coach:notes-choice") + f"?show={show}"
    if page.isdigit():
        url += f"&page={page}"
    return redirect(url)


def _shared_word(request: HttpRequest) -> bool:
    return request.POST.get("shared") == "1"


@login_required
@require_POST
def share_reflection(request: HttpRequest, pk: int) -> HttpResponse:
    get_object_or_404(Reflection.objects.filter(rejection__application__owner=request.user), pk=pk)
    shared = _shared_word(request)
    services.set_shared(owner=request.user, reflection_id=pk, shared=shared)
    messages.success(
        request,
        "Your coaches can now read this reflection."
        if shared
        else "This reflection is yours alone again.",
    )
    return _shared_back(request, "reflections")


@login_required
@require_POST
def share_self_care(request: HttpRequest, pk: int) -> HttpResponse:
    get_object_or_404(SelfCareNote.objects.for_user(request.user), pk=pk)
    shared = _shared_word(request)
    services.set_shared(owner=request.user, note_id=pk, shared=shared)
    messages.success(
        request,
        "Your coaches can now read this self-care note."
        if shared
        else "This self-care note is yours alone again.",
    )
    return _shared_back(request, "self-care")


# --- The coach ---------------------------------------------------------------------------


@login_required
@require_GET
def coach_home(request: HttpRequest) -> HttpResponse:
    """The people you coach, and invitations waiting for your answer."""
    people = list(Coaching.objects.people_of(request.user).select_related("person"))
    verified = request.user.email if has_verified_email(request.user) else None
    waiting = [
        (invitation, signed_link(invitation))
        for invitation in CoachInvitation.objects.addressed_to(
            request.user, verified_email=verified
        ).select_related("owner")[:20]
    ]
    return render(request, "coach/home.html", {"people": people, "waiting": waiting})


@require_http_methods(["GET", "HEAD", "POST"])
def join(request: HttpRequest, signed: str) -> HttpResponse:
    """An invitation link: sign in or sign up, then accept or decline."""
    invitation = services.invitation_from_link(signed)
    if invitation is None:
        return render(request, "coach/join.html", {"reason": "unknown"}, status=404)
    if not invitation.is_usable:
        return render(request, "coach/join.html", {"reason": "closed"}, status=410)
    user = request.user
    if user.is_authenticated and invitation.target_user_id not in (None, user.pk):
        # Meant for another account: nothing to say about it.
        raise Http404("No such invitation")
    if request.method == "POST":
        if not user.is_authenticated:
            return redirect(f"{reverse('account_login')}?next={request.path}")
        if request.POST.get("answer") == "decline":
            services.decline(invitation_id=invitation.pk, coach=user)
            messages.info(request, "Declined. They see the invitation is no longer waiting.")
            return redirect("coach:home")
        try:
            coaching = services.accept(invitation_id=invitation.pk, coach=user)
        except services.CoachingRefused as refused:
            messages.error(request, str(refused))
            return redirect("coach:home")
        messages.success(
            request, f"You now coach {display_name(coaching.person)}. Here is their progress."
        )
        return redirect("coach:overview", person=coaching.person_id)
    if not user.is_authenticated and invitation.signup_invitation is not None:
        signup = invitation.signup_invitation
        if signup.is_usable:
            # While sign-up is closed, this visitor may create one account (for this address).
            signup_invitations.remember(request, signup)
    return render(
        request,
        "coach/join.html",
        {
            "invitation": invitation,
            "inviter": display_name(invitation.owner),
            "own": user.is_authenticated and invitation.owner_id == user.pk,
        },
    )


def coach_page(title: str) -> Callable:
    """A coach's page about one person: GET only, 404 unless the signed-in user coaches
    them right now, shown in the person's time zone, and logged for the person."""

    def decorate(view: Callable) -> Callable:
        @login_required
        @require_GET
        @wraps(view)
        def wrapper(request: HttpRequest, person: int) -> HttpResponse:
            coaching = get_object_or_404(
                Coaching.objects.people_of(request.user).select_related("person"),
                person_id=person,
            )
            who = coaching.person
            zone = Preferences.objects.of(who).zone
            services.log_view(request=request, person=who, page=title)
            people = list(Coaching.objects.people_of(request.user).select_related("person"))
            # Rendered in the person's zone too: dates and "today" as the person sees them.
            with timezone.override(zone):
                return render(
                    request,
                    f"coach/{view.__name__}.html",
                    {
                        **view(request, who),
                        "person": who,
                        "person_name": display_name(who),
                        "people": people,
                        "title": title,
                    },
                )

        return wrapper

    return decorate


@coach_page("Overview")
def overview(request: HttpRequest, person) -> dict:
    today = timezone.localdate()
    counts = dict(
        Application.objects.filter(owner=person)
        .order_by()
        .values_list("status")
        .annotate(n=Count("pk"))
        .values_list("status", "n")
    )
    pipeline = [(status, label, counts.get(status, 0)) for status, label in Status.choices]
    open_workflows = list(
        Rejection.objects.for_user(person)
        .open_workflows()
        .select_related("application__company")
        .prefetch_related("skips")[:OVERVIEW_ROWS]
    )
    return {
        "today": today,
        "progress": week_progress(person, today),
        "pipeline": pipeline,
        "total": sum(counts.values()),
        "open_workflows": [(r, steps_for(r)) for r in open_workflows],
        "letters": list(_sent_letters(person)[:OVERVIEW_ROWS]),
        "step_count": STEP_COUNT,
    }


@coach_page("Applications")
def applications(request: HttpRequest, person) -> dict:
    status = request.GET.get("status", "")
    rows = (
        Application.objects.filter(owner=person)
        .select_related("company")
        .only("position_title", "status", "applied_on", "updated_at", "company__name", "owner_id")
        .order_by("-updated_at", "-pk")
    )
    if status in Status.values:
        rows = rows.filter(status=status)
    else:
        status = ""
    return {
        "page": paginate(request, rows, PAGE_SIZE),
        "status": status,
        "statuses": Status.choices,
        "query": f"status={status}" if status else "",
    }


@coach_page("Rejections")
def rejections(request: HttpRequest, person) -> dict:
    found = Rejection.objects.for_user(person).select_related("application__company")
    ids = found.order_by("-received_on", "-pk").values_list("pk", flat=True)
    page = paginate_ids(
        request, ids, lambda page_ids: found.with_progress_of(page_ids).prefetch_related("skips")
    )
    page.object_list = [(rejection, steps_for(rejection)) for rejection in page.object_list]
    return {"page": page, "step_count": STEP_COUNT}


def _sent_letters(person):
    return (
        Letter.objects.filter(rejection__application__owner=person, status=Letter.Status.SENT)
        .select_related("rejection__application__company")
        .only(
            "subject",
            "recipient_name",
            "kind",
            "sent_on",
            "rejection__application__position_title",
            "rejection__application__company__name",
        )
        .order_by("-sent_on", "-pk")
    )


@coach_page("Letters")
def letters(request: HttpRequest, person) -> dict:
    return {"page": paginate(request, _sent_letters(person), PAGE_SIZE)}


@coach_page("Shared notes")
def notes(request: HttpRequest, person) -> dict:
    shared = SharedNote.objects.for_user(person).select_related(
        "reflection__rejection__application__company", "self_care_note"
    )
    return {"page": paginate(request, shared, PAGE_SIZE)}
