"""The Inbox page, adding messages, the mailbox settings, and the actions on a message."""

import datetime
import re

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from core.choices import fetch_choices
from core.pagecache import cached_page
from core.shortcuts import paginate
from inbox import crypto, services
from inbox.forms import ImapForm, PasteForm, PreferencesForm, UploadForm
from inbox.models import FolderState, InboxSettings, JobMessage, Source, State, SyncStatus
from inbox.services import CannotAct, Suggestion, suggestion
from inbox.tasks import queue_sync, start_reading
from rejections import services as rejection_services
from rejections.forms.workspace import RejectionForm
from rejections.models import Channel, Rejection
from tracker.forms import ApplicationForm, InterviewForm
from tracker.stages import Status

SHOWS = {
    "waiting": ("Waiting", Q(state=State.NEW)),
    "done": ("Done", Q(state=State.ACTED)),
    "auto": ("Done by itself", Q(state=State.ACTED, automatic=True)),
    "dismissed": ("Dismissed", Q(state=State.DISMISSED)),
    "all": ("All", Q()),
}
#: Where a meeting link is likely: the first of these in an invitation becomes its location.
_MEETING_LINK = re.compile(
    r"https://[^\s<>\"')]*(?:zoom\.us|meet\.google\.com|teams\.microsoft\.com|teams\.live\.com"
    r"|webex\.com|whereby\.com|meet\.jit\.si)[^\s<>\"')]*",
    re.IGNORECASE,
)
INTERVIEW_LENGTH = datetime.timedelta(hours=1)
#: Status a new application starts in, for each kind of message it is created from.
STATUS_FOR_KIND = {
    "rejection": Status.REJECTED,
    "interview": Status.INTERVIEWING,
    "confirmation": Status.APPLIED,
    "offer": Status.OFFER,
}


def _messages(request: HttpRequest):
    return JobMessage.objects.for_user(request.user)


def _message(request: HttpRequest, pk: int) -> JobMessage:
    return get_object_or_404(
        _messages(request).select_related("application__company", "application__rejection"),
        pk=pk,
    )


@login_required
@cached_page
@require_GET
def inbox(request: HttpRequest) -> HttpResponse:
    show = request.GET.get("show", "waiting")
    if show not in SHOWS:
        show = "waiting"
    rows = (
        _messages(request)
        .filter(SHOWS[show][1])
        .select_related("application__company", "application__rejection")
        .defer("text")
    )
    page = paginate(request, rows)
    for message in page.object_list:
        message.suggested = suggestion(message) if message.state == State.NEW else ""
    settings_row = InboxSettings.objects.filter(owner=request.user).first()
    return render(
        request,
        "inbox/inbox.html",
        {
            "page": page,
            "show": show,
            "shows": [(key, label) for key, (label, _) in SHOWS.items()],
            "waiting_count": _messages(request).waiting().count(),
            "settings_row": settings_row,
        },
    )


@login_required
@require_GET
def message_text(request: HttpRequest, pk: int) -> HttpResponse:
    message = _message(request, pk)
    return render(request, "inbox/message.html", {"message": message})


@login_required
@require_http_methods(["GET", "POST"])
def add(request: HttpRequest) -> HttpResponse:
    upload_form, paste_form = UploadForm(), PasteForm()
    if request.method == "POST":
        if "paste" in request.POST:
            paste_form = PasteForm(request.POST)
            if paste_form.is_valid():
                files = [("Pasted message", paste_form.cleaned_data["source"])]
                return _read(request, files, source=Source.PASTE)
        else:
            upload_form = UploadForm(request.POST, request.FILES)
            if upload_form.is_valid():
                return _read(request, upload_form.cleaned_data["files"], source=Source.UPLOAD)
    return render(request, "inbox/add.html", {"upload_form": upload_form, "paste_form": paste_form})


def _read(request: HttpRequest, files: list[tuple[str, bytes]], *, source: str) -> HttpResponse:
    job = start_reading(
        owner=request.user, files=files, source=source, done_url=reverse("inbox:list")
    )
    if job.succeeded is None:
        return redirect(job)  # the worker reads them; the job page follows it
    if job.succeeded:
        level = messages.warning if "could not be read" in job.message else messages.success
        level(request, job.message)
    else:
        messages.error(request, job.message)
    return redirect("inbox:list")


# --- Mailbox settings ------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def mailbox_settings(request: HttpRequest) -> HttpResponse:
    # Created when first saved: looking at the page leaves nothing behind.
    row = InboxSettings.objects.for_user(request.user).first() or InboxSettings(owner=request.user)
    available = crypto.available()
    form = ImapForm(request.POST or None, instance=row)
    if request.method == "POST" and available and form.is_valid():
        changed = {"host", "port", "username"} & set(form.changed_data)
        row = form.save(commit=False)
        row.sync_status, row.last_error, row.failures = SyncStatus.NEVER, "", 0
        row.save()
        if changed:
            # Another mailbox: its UIDs say nothing about the old one's.
            FolderState.objects.filter(inbox=row).delete()
        queue_sync(row)
        messages.success(
            request,
            "Saved. Rebound reads the mailbox in the background; this page shows how it went.",
        )
        return redirect("inbox:settings")
    if request.method == "POST" and not available:
        messages.error(request, crypto.MISSING_KEY)
    return render(
        request,
        "inbox/settings.html",
        {
            "row": row,
            "form": form,
            "preferences_form": PreferencesForm(instance=row),
            "imap_available": available,
            "missing_key": crypto.MISSING_KEY,
            "folder_states": row.folder_states.order_by("name") if row.pk else [],
        },
    )


@login_required
@require_POST
def preferences(request: HttpRequest) -> HttpResponse:
    row = InboxSettings.objects.get_for(request.user)
    form = PreferencesForm(request.POST, instance=row)
    form.is_valid()  # two checkboxes: always valid
    form.save()
    messages.success(
        request,
        "Auto mode is on: sure confirmations and offers are applied for you, and listed under "
        "“Done by itself”."
        if row.auto_mode
        else "Saved.",
    )
    return redirect("inbox:settings")


@login_required
@require_POST
def check_now(request: HttpRequest) -> HttpResponse:
    row = InboxSettings.objects.get_for(request.user)
    if not crypto.available():
        messages.error(request, crypto.MISSING_KEY)
    elif not row.has_imap:
        messages.error(request, "Set up the mailbox first.")
    elif queue_sync(row):
        messages.success(request, "Checking the mailbox in the background.")
    else:
        messages.info(request, "A check is already waiting for the worker.")
    return redirect("inbox:settings")


@login_required
@require_POST
def disconnect(request: HttpRequest) -> HttpResponse:
    row = InboxSettings.objects.get_for(request.user)
    FolderState.objects.filter(inbox=row).delete()
    InboxSettings.objects.filter(pk=row.pk).update(
        host="",
        username="",
        password_encrypted="",
        sync_status=SyncStatus.NEVER,
        last_error="",
        failures=0,
        sync_queued_at=None,
    )
    messages.success(request, "The mailbox is disconnected and its password deleted.")
    return redirect("inbox:settings")


# --- Acting on a message ---------------------------------------------------------------


def _refuse(request: HttpRequest, exc: CannotAct) -> HttpResponse:
    messages.info(request, str(exc))
    return redirect("inbox:list")


@login_required
@require_http_methods(["GET", "POST"])
def record_rejection(request: HttpRequest, pk: int) -> HttpResponse:
    """The record-rejection form, filled from the message; saving opens the workspace."""
    message = _message(request, pk)
    application = message.application
    if message.state != State.NEW or application is None:
        return _refuse(request, CannotAct("This message has nothing to record now."))
    existing = Rejection.objects.filter(application=application).first()
    if existing is not None:
        messages.info(request, "This rejection is already recorded; here is its workspace.")
        return redirect(existing)
    initial = {
        "received_on": services.message_date(message),
        "channel": Channel.EMAIL,
        "reason_given": message.deciding_phrase,
        "stage": rejection_services.guess_stages([application])[application.pk],
    }
    form = RejectionForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            rejection = services.record_rejection(message=message, **form.cleaned_data)
        except CannotAct as exc:
            return _refuse(request, exc)
        except ValidationError:
            existing = Rejection.objects.filter(application=application).first()
            if existing is None:
                raise
            return redirect(existing)
        messages.success(
            request, "Recorded. A rejection is a step, not a stop: here is what can help next."
        )
        return redirect(rejection)
    return render(
        request,
        "rejections/record.html",
        {"form": form, "application": application, "from_message": message},
    )


@login_required
@require_http_methods(["GET", "POST"])
def schedule_interview(request: HttpRequest, pk: int) -> HttpResponse:
    message = _message(request, pk)
    application = message.application
    if message.state != State.NEW or application is None:
        return _refuse(request, CannotAct("This message has no interview to add now."))
    link = _MEETING_LINK.search(message.text)
    initial = {
        "application": application,
        "round": application.interviews.count() + 1,
        "scheduled_at": message.event_at,
        # An hour unless the invitation says otherwise; the person adjusts it.
        "ends_at": message.event_at + INTERVIEW_LENGTH if message.event_at else None,
        "location": link.group(0)[:200] if link else "",
    }
    form = InterviewForm(request.POST or None, owner=request.user, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            interview = services.schedule_interview(message=message, form=form)
        except CannotAct as exc:
            return _refuse(request, exc)
        messages.success(request, f"Scheduled {interview}.")
        return redirect(interview)
    fetch_choices(form)
    return render(request, "tracker/interview_form.html", {"form": form})


@login_required
@require_POST
def mark_applied(request: HttpRequest, pk: int) -> HttpResponse:
    return _apply_status_step(
        request,
        pk,
        wanted=Suggestion.MARK_APPLIED,
        step=services.mark_applied,
        refusal="This application is past Applied already.",
        done="“{}” is marked as applied.",
    )


@login_required
@require_POST
def move_to_offer(request: HttpRequest, pk: int) -> HttpResponse:
    return _apply_status_step(
        request,
        pk,
        wanted=Suggestion.MOVE_TO_OFFER,
        step=services.move_to_offer,
        refusal="This application cannot move to Offer now.",
        done="“{}” is at Offer. Congratulations!",
    )


def _apply_status_step(
    request: HttpRequest, pk: int, *, wanted: str, step, refusal: str, done: str
) -> HttpResponse:
    """A suggested status change (mark applied, move to offer): only while the message
    still waits with that suggestion; a refusal explains itself."""
    message = _message(request, pk)
    if message.state != State.NEW or suggestion(message) != wanted:
        return _refuse(request, CannotAct(refusal))
    try:
        application = step(message=message)
    except CannotAct as exc:
        return _refuse(request, exc)
    messages.success(request, done.format(application))
    return redirect("inbox:list")


@login_required
@require_http_methods(["GET", "POST"])
def create_application(request: HttpRequest, pk: int) -> HttpResponse:
    message = _message(request, pk)
    if message.state != State.NEW:
        return _refuse(request, CannotAct("This message was already dealt with."))
    initial = {
        "company_name": message.company,
        "position_title": message.position,
        "status": STATUS_FOR_KIND.get(message.kind, Status.APPLIED),
        "source": "E-mail",
    }
    if message.kind != "interview" or message.sent_at:
        initial["applied_on"] = services.message_date(message)
    form = ApplicationForm(request.POST or None, owner=request.user, initial=initial)
    if request.method == "POST" and form.is_valid():
        application = form.save()
        message = services.link_created_application(message=message, application=application)
        messages.success(request, f"Added “{application}”.")
        next_step = {
            Suggestion.RECORD_REJECTION: "inbox:record-rejection",
            Suggestion.SCHEDULE_INTERVIEW: "inbox:schedule-interview",
        }.get(suggestion(message) if message.state == State.NEW else Suggestion.NONE)
        if next_step:
            return redirect(next_step, message.pk)
        return redirect(application)
    fetch_choices(form)
    return render(request, "tracker/application_form.html", {"form": form})


@login_required
@require_POST
def dismiss(request: HttpRequest, pk: int) -> HttpResponse:
    message = _message(request, pk)
    try:
        services.dismiss(message=message)
    except CannotAct as exc:
        return _refuse(request, exc)
    messages.success(request, "Dismissed. Undo brings it back.")
    return redirect("inbox:list")


@login_required
@require_POST
def not_this_kind(request: HttpRequest, pk: int) -> HttpResponse:
    message = _message(request, pk)
    try:
        services.not_this_kind(message=message)
    except CannotAct as exc:
        return _refuse(request, exc)
    messages.success(
        request,
        f"Noted: mail like this from {message.sender_address or 'this sender'} is not a "
        f"{message.get_kind_display().lower()}. Undo takes it back.",
    )
    return redirect("inbox:list")


@login_required
@require_POST
def undo(request: HttpRequest, pk: int) -> HttpResponse:
    message = _message(request, pk)
    try:
        said = services.undo(message=message)
    except CannotAct as exc:
        return _refuse(request, exc)
    messages.success(request, said)
    return redirect("inbox:list")


@login_required
@require_POST
def delete(request: HttpRequest, pk: int) -> HttpResponse:
    message = _message(request, pk)
    services.delete_messages(owner=request.user, messages=_messages(request).filter(pk=message.pk))
    messages.success(request, "The message is deleted from Rebound (not from your mailbox).")
    return redirect("inbox:list")


@login_required
@require_http_methods(["GET", "POST"])
def delete_all(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        count = services.delete_messages(owner=request.user)
        messages.success(
            request,
            f"Deleted every message Rebound kept ({count} rows). Your mailbox is untouched.",
        )
        return redirect("inbox:list")
    return render(request, "inbox/delete_all.html", {"count": _messages(request).count()})
