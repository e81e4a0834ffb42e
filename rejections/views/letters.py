"""Letters for a rejection: generate a draft, edit it, then copy, download, open or send it.

A letter is plain text. Pages show it escaped; the downloads carry it unchanged.
"""

import datetime
import logging
from urllib.parse import quote

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import content_disposition_header
from django.utils.text import slugify
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from core.dates import day_text
from core.mail import address, as_eml, mail_server_configured
from core.pagecache import cached_page
from core.shortcuts import paginate
from core.tasks import start_job
from rejections import letters, services, tasks
from rejections.forms.letters import LetterCreateForm, LetterEditForm, MarkSentForm
from rejections.models import Letter, Rejection, SentLetter, letter_values

logger = logging.getLogger(__name__)

FILENAME_MAX_LENGTH = 60
OTHER_LETTERS_LIMIT = 50


def _letters_for(request: HttpRequest) -> QuerySet[Letter]:
    """The user's letters, with what every letter page shows loaded in the same query."""
    return Letter.objects.filter(rejection__application__owner=request.user).select_related(
        "rejection__application__company", "template", "recipient_contact"
    )


def _day(value: datetime.date) -> str:
    return day_text(value)


def _filename(letter: Letter, extension: str) -> str:
    stem = slugify(letter.subject)[:FILENAME_MAX_LENGTH].strip("-") or "letter"
    return f"{stem}.{extension}"


def mailto_url(letter: Letter) -> str:
    """A ``mailto:`` link with every part percent-encoded (RFC 6068: lines end in CRLF)."""
    body = "\r\n".join(letter.body.splitlines())
    return "mailto:{}?subject={}&body={}".format(
        quote(letter.recipient_email, safe="@"),
        quote(letter.subject, safe=""),
        quote(body, safe=""),
    )


def _fallbacks_used(letter: Letter, your_name: str) -> list[str]:
    """The fallback texts (e.g. "Hiring Manager") the new draft had to use."""
    if letter.template is None:
        return []
    values = letter_values(
        letter.rejection, interviewer_name=letter.recipient_name, your_name=your_name
    )
    text = f"{letter.template.subject}\n{letter.template.body}"
    used = (part for kind, part in letters.render_parts(text, values) if kind == "fallback")
    return list(dict.fromkeys(used))


@login_required
@require_http_methods(["GET", "POST"])
def letter_create(request: HttpRequest, pk: int) -> HttpResponse:
    rejection = get_object_or_404(
        Rejection.objects.for_user(request.user).select_related("application__company"), pk=pk
    )
    form = LetterCreateForm(
        request.POST or None,
        rejection=rejection,
        user=request.user,
        kind=request.GET.get("kind"),
    )
    if request.method == "POST" and form.is_valid():
        try:
            letter = services.generate_letter(rejection=rejection, **form.cleaned_data)
        except ValidationError as error:
            # The rendered text broke a rule of the letter itself (e.g. a subject over
            # 200 characters once filled in): say which, and keep the choices.
            for field, problems in error.message_dict.items():
                label = (
                    ""
                    if field == NON_FIELD_ERRORS
                    else f"{Letter._meta.get_field(field).verbose_name.capitalize()}: "
                )
                for problem in problems:
                    form.add_error(None, f"The letter could not be written. {label}{problem}")
        else:
            messages.success(
                request, "Your draft is ready. Read it through, then copy, download or send it."
            )
            fallbacks = _fallbacks_used(letter, form.cleaned_data["your_name"])
            if fallbacks:
                quoted = ", ".join(f"“{text}”" for text in fallbacks)
                messages.info(
                    request,
                    f"Some details were missing, so the draft uses {quoted}. "
                    "Edit them below if you know better.",
                )
            return redirect(letter)
    return render(
        request,
        "rejections/letters/letter_form.html",
        {"form": form, "rejection": rejection, "application": rejection.application},
    )


@login_required
@require_http_methods(["GET", "POST"])
def letter_detail(request: HttpRequest, pk: int) -> HttpResponse:
    letter = get_object_or_404(_letters_for(request), pk=pk)
    is_draft = letter.status == Letter.Status.DRAFT
    edit_form = None
    if is_draft:
        edit_form = LetterEditForm(request.POST or None, instance=letter)
    if request.method == "POST":
        if edit_form is None:
            messages.error(request, "This letter was sent, so it can no longer be edited.")
            return redirect(letter)
        if edit_form.is_valid():
            edit_form.save()
            messages.success(request, "Saved your changes to the draft.")
            return redirect(letter)
        # Show the stored letter next to the form with errors, not the rejected input.
        letter.refresh_from_db(fields=["recipient_name", "recipient_email", "subject", "body"])
    other_letters = list(
        letter.rejection.letters.exclude(pk=letter.pk)
        .only("pk", "subject", "kind", "status", "sent_on", "recipient_name")
        .order_by("-created_at", "-pk")[:OTHER_LETTERS_LIMIT]
    )
    can_send = mail_server_configured()
    offer_send = is_draft and can_send
    return render(
        request,
        "rejections/letters/letter_detail.html",
        {
            "letter": letter,
            "rejection": letter.rejection,
            "application": letter.rejection.application,
            "is_draft": is_draft,
            "edit_form": edit_form,
            "edit_open": request.method == "POST",
            "mark_sent_form": MarkSentForm(),
            "mailto_url": mailto_url(letter),
            "can_send": can_send,
            "sending_refusal": services.sending_refusal(request.user) if offer_send else None,
            "sends_left": services.sends_left(request.user) if offer_send else None,
            "send_limit": settings.LETTERS_DAILY_SEND_LIMIT,
            "from_address": settings.DEFAULT_FROM_EMAIL,
            "other_letters": other_letters,
        },
    )


@login_required
@require_GET
def letter_download_txt(request: HttpRequest, pk: int) -> HttpResponse:
    letter = get_object_or_404(_letters_for(request), pk=pk)
    return HttpResponse(
        f"Subject: {letter.subject}\n\n{letter.body}",
        content_type="text/plain; charset=utf-8",
        headers={"Content-Disposition": content_disposition_header(True, _filename(letter, "txt"))},
    )


@login_required
@require_GET
def letter_download_eml(request: HttpRequest, pk: int) -> HttpResponse:
    letter = get_object_or_404(_letters_for(request), pk=pk)
    name = request.user.get_full_name() or request.user.get_username()
    email = services.build_email(letter, reply_to=request.user.email, sender_name=name)
    # The user sends this one from their own mail app, so it comes from them (with their
    # name); Outlook opens a message with X-Unsent as a draft ready to send.
    if request.user.email:
        email.from_email = address(name, request.user.email)
    email.extra_headers["X-Unsent"] = "1"
    return HttpResponse(
        as_eml(email),
        content_type="message/rfc822",
        headers={"Content-Disposition": content_disposition_header(True, _filename(letter, "eml"))},
    )


@login_required
@require_POST
def letter_send(request: HttpRequest, pk: int) -> HttpResponse:
    letter = get_object_or_404(_letters_for(request), pk=pk)
    if letter.status == Letter.Status.SENT:
        messages.info(request, f"This letter was already sent on {_day(letter.sent_on)}.")
        return redirect(letter)
    if not letter.recipient_email:
        messages.error(request, "Add the recipient's e-mail address to the draft first.")
        return redirect(letter)
    if not mail_server_configured():
        # The page offers no Send then; a stale page or a hand-made request must not
        # "send" into the console or memory as if the mail would arrive.
        messages.error(
            request,
            "Nothing was sent: this site has no mail server set up. Open the letter in "
            "your mail app or download it, then mark it sent.",
        )
        return redirect(letter)
    refusal = services.sending_refusal(request.user)
    if refusal:
        messages.error(request, f"Nothing was sent. {refusal}")
        return redirect(letter)
    job = start_job(
        tasks.send_letter,
        owner=request.user,
        title=f"Sending “{letter.subject}” to {letter.recipient_email}",
        subject=str(letter.pk),
        done_url=letter.rejection.get_absolute_url(),
    )
    if job.succeeded is None:
        return redirect(job)
    if not job.succeeded:
        messages.error(request, job.message)
        return redirect(letter)
    messages.success(request, job.message)
    return redirect(job.done_url)


@login_required
@require_POST
def letter_mark_sent(request: HttpRequest, pk: int) -> HttpResponse:
    letter = get_object_or_404(_letters_for(request), pk=pk)
    if letter.status == Letter.Status.SENT:
        messages.info(request, f"This letter was already marked sent on {_day(letter.sent_on)}.")
        return redirect(letter)
    form = MarkSentForm(request.POST)
    if not form.is_valid():
        for problem in form.errors.get("sent_on", []):
            messages.error(request, f"Not marked sent. {problem}")
        return redirect(letter)
    services.mark_letter_sent(letter=letter, sent_on=form.cleaned_data["sent_on"])
    messages.success(request, f"Marked sent on {_day(letter.sent_on)}.")
    return redirect(letter.rejection)


@login_required
@require_http_methods(["GET", "POST"])
def letter_delete(request: HttpRequest, pk: int) -> HttpResponse:
    letter = get_object_or_404(_letters_for(request), pk=pk)
    if request.method == "POST":
        rejection = letter.rejection
        letter.delete()
        messages.success(request, f"Deleted the letter “{letter.subject}”.")
        return redirect(rejection)
    return render(
        request,
        "rejections/letters/letter_confirm_delete.html",
        {
            "letter": letter,
            "rejection": letter.rejection,
            "cancel_url": letter.get_absolute_url(),
        },
    )


@login_required
@cached_page
@require_GET
def sent_mail(request: HttpRequest) -> HttpResponse:
    """Every letter this site mailed for the user, newest first, deleted letters too."""
    log = SentLetter.objects.for_user(request.user).only(
        "letter_id", "recipient_name", "recipient_email", "subject", "message_id", "sent_at"
    )
    return render(
        request,
        "rejections/letters/sent_mail.html",
        {
            "page": paginate(request, log),
            "sends_left": services.sends_left(request.user),
            "send_limit": settings.LETTERS_DAILY_SEND_LIMIT,
            "can_send": mail_server_configured(),
        },
    )
