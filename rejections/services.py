"""Workflows that touch several models and must be all-or-nothing."""

import datetime
from email.utils import make_msgid

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts.emails import has_verified_email
from core.mail import Message, address, on_behalf_of, site_domain
from core.text import single_line
from rejections import letters, writing
from rejections.models import (
    Letter,
    LetterTemplate,
    NetworkingLink,
    Rejection,
    SentLetter,
    SetbackPlan,
    WritingSession,
    letter_values,
)
from tracker import services as status_service
from tracker.models import Application, Contact, Interview, InterviewKind
from tracker.stages import PIPELINE_RANK, Stage, Status


@transaction.atomic
def record_rejection(*, application: Application, **details) -> Rejection:
    """Record the rejection and move the application to *rejected*, together or not at all."""
    application = Application.objects.select_for_update().get(pk=application.pk)
    rejection = Rejection(application=application, **details)
    rejection.full_clean()
    rejection.save()
    status_service.change_status(application=application, status=Status.REJECTED)
    return rejection


def guess_stage(interview_kinds: set[str], reached: int) -> Stage:
    """How far an application got, from its interviews and the furthest stage it reached."""
    if InterviewKind.FINAL in interview_kinds:
        return Stage.FINAL
    if reached >= PIPELINE_RANK[Status.OFFER]:
        return Stage.OFFER
    if (
        interview_kinds - {InterviewKind.PHONE_SCREEN}
        or reached >= PIPELINE_RANK[Status.INTERVIEWING]
    ):
        return Stage.INTERVIEW
    if interview_kinds or reached >= PIPELINE_RANK[Status.SCREENING]:
        return Stage.SCREENING
    return Stage.APPLICATION


def guess_stages(applications: list[Application]) -> dict[int, Stage]:
    """``guess_stage`` for each application (by id), with one query for all their interviews."""
    kinds: dict[int, set[str]] = {application.pk: set() for application in applications}
    rows = Interview.objects.filter(application__in=list(kinds)).values_list(
        "application_id", "kind"
    )
    for application_id, kind in rows.distinct():
        kinds[application_id].add(kind)
    return {a.pk: guess_stage(kinds[a.pk], a.reached) for a in applications}


class NotRecordable(Exception):
    """One of the applications is no longer rejected without a record; nothing was recorded."""


@transaction.atomic
def record_rejections(*, owner, application_ids: list[int], received_on) -> list[Rejection]:
    """Record the rejection of applications already moved to *rejected* without one (by an
    import or in the admin): all of them, or none.

    Each gets a rejection dated ``received_on`` with its stage guessed (``guess_stage``);
    nothing else is claimed (how they said it is left at its default, e-mail, the door at
    *don't know*). Raises ``NotRecordable`` when one is not the owner's, not rejected, or
    already recorded (a double submit), and then records none.
    """
    ids = set(application_ids)
    applications = list(
        Application.objects.for_user(owner)
        .select_for_update(of=("self",))
        .filter(pk__in=ids, status=Status.REJECTED, rejection__isnull=True)
        .order_by("pk")
    )
    if not ids or len(applications) != len(ids):
        raise NotRecordable
    stages = guess_stages(applications)
    rejections = [
        Rejection(application=a, received_on=received_on, stage=stages[a.pk]) for a in applications
    ]
    try:
        with transaction.atomic():
            return Rejection.objects.bulk_create(rejections)
    except IntegrityError:
        raise NotRecordable from None


@transaction.atomic
def generate_letter(
    *,
    rejection: Rejection,
    template: LetterTemplate,
    recipient_name: str = "",
    recipient_email: str = "",
    recipient_contact: Contact | None = None,
    your_name: str = "",
) -> Letter:
    """Render a template into a new draft letter: a snapshot the template never changes again."""
    if recipient_contact is not None:
        # Forms offer only the user's contacts; this keeps every other path honest too.
        if recipient_contact.owner_id != rejection.application.owner_id:
            raise ValueError("The recipient must be one of the rejection owner's contacts.")
        recipient_name = recipient_name or recipient_contact.name
        recipient_email = recipient_email or recipient_contact.email
    values = letter_values(rejection, interviewer_name=recipient_name, your_name=your_name)
    letter = Letter(
        rejection=rejection,
        template=template,
        kind=template.kind,
        recipient_contact=recipient_contact,
        recipient_name=recipient_name,
        recipient_email=recipient_email,
        subject=letters.render(template.subject, values),
        body=letters.render(template.body, values),
    )
    letter.full_clean()
    letter.save()
    return letter


@transaction.atomic
def mark_letter_sent(*, letter: Letter, sent_on: datetime.date | None = None) -> Letter:
    """Mark a letter sent; a sent feedback request also dates the request on the rejection."""
    letter.status = Letter.Status.SENT
    letter.sent_on = sent_on or timezone.localdate()
    letter.save(update_fields=["status", "sent_on", "updated_at"])
    rejection = letter.rejection
    if letter.kind == LetterTemplate.Kind.FEEDBACK_REQUEST and not rejection.feedback_requested_on:
        rejection.feedback_requested_on = letter.sent_on
        rejection.save(update_fields=["feedback_requested_on"])
    return letter


def build_email(letter: Letter, *, reply_to: str = "", sender_name: str = "") -> Message:
    """The letter as an e-mail message sent by this site on the user's behalf.

    ``From: "Maya López via Rebound" <DEFAULT_FROM_EMAIL>`` with replies going to the user
    (``Reply-To``, with their name) and ``To`` naming the recipient. The ``.eml`` download
    changes ``From`` to the user, who sends it from their own mail app.
    """
    return Message(
        # One line even for a subject saved before line breaks were all refused: mail
        # software refuses a header with one.
        subject=single_line(letter.subject),
        body=letter.body,
        from_email=on_behalf_of(sender_name),
        to=[address(letter.recipient_name, letter.recipient_email)]
        if letter.recipient_email
        else [],
        reply_to=[address(sender_name, reply_to)] if reply_to else [],
    )


class LetterAlreadySent(Exception):
    """Another request sent (or marked sent) this letter first."""


class SendingRefused(Exception):
    """The site will not send for this user now; the message says why (``sending_refusal``)."""


#: The daily send cap counts the letters sent in this window, ending now.
SEND_WINDOW = datetime.timedelta(hours=24)


def sent_recently(user) -> int:
    """How many letters the site sent for ``user`` in the last 24 hours (deleted ones too)."""
    since = timezone.now() - SEND_WINDOW
    return SentLetter.objects.for_user(user).filter(sent_at__gt=since).count()


def sends_left(user) -> int:
    """How many more letters ``user`` may send through the site before the cap."""
    return max(0, settings.LETTERS_DAILY_SEND_LIMIT - sent_recently(user))


def sending_refusal(user) -> str | None:
    """Why the site will not send a letter for ``user`` now, or ``None`` when it will.

    The one place every reason lives: the letter page, the send view and the task that
    sends all ask here. The task asks again with the user's row locked
    (``send_letter``), so two sends at once cannot both pass the cap.
    """
    limit = settings.LETTERS_DAILY_SEND_LIMIT
    if limit == 0:
        return (
            "This site does not send letters itself. Open the letter in your mail app or "
            "download it, send it from there, then mark it sent."
        )
    if not has_verified_email(user):
        return (
            "Confirm your e-mail address before this site sends letters for you: replies "
            "go to it. Use the link we e-mailed you, or send a new one from Your details."
        )
    if sent_recently(user) >= limit:
        letters_word = "letter" if limit == 1 else "letters"
        return (
            f"This site sends at most {limit} {letters_word} a day for each person, and you "
            "have sent that many in the last 24 hours. Try again later, or open the letter "
            "in your mail app or download it, send it from there, then mark it sent."
        )
    return None


def send_letter(*, letter: Letter, reply_to: str = "", sender_name: str = "") -> Letter:
    """Send through the configured e-mail backend, mark the letter sent and log the sending.

    The owner's row and the letter's stay locked while it is sent, so a double click sends
    it once (the second request waits, then finds it sent: ``LetterAlreadySent``) and two
    letters sent at once are counted one after the other against the daily cap
    (``SendingRefused``). If the mail server refuses, nothing is written and the letter
    stays a draft. The log row (``SentLetter``) keeps who sent it, to whom, the subject,
    when and its Message-ID, and outlives the letter.
    Raises ``ValueError`` without a recipient address: Django would then send nothing and
    report no error, and the letter must not be marked sent.
    """
    if not letter.recipient_email:
        raise ValueError("The letter has no recipient e-mail address.")
    with transaction.atomic():
        owner_id = (
            Letter.objects.filter(pk=letter.pk)
            .values_list("rejection__application__owner", flat=True)
            .get()
        )
        # Always the owner first, then the letter: every sender locks in the same order.
        owner = get_user_model().objects.select_for_update().get(pk=owner_id)
        locked = Letter.objects.select_for_update().select_related("rejection").get(pk=letter.pk)
        if locked.status == Letter.Status.SENT:
            raise LetterAlreadySent
        refusal = sending_refusal(owner)
        if refusal:
            raise SendingRefused(refusal)
        email = build_email(locked, reply_to=reply_to, sender_name=sender_name)
        message_id = make_msgid(domain=site_domain())
        email.extra_headers["Message-ID"] = message_id
        email.send()
        mark_letter_sent(letter=locked)
        SentLetter.objects.create(
            owner=owner,
            letter=locked,
            recipient_name=single_line(locked.recipient_name),
            recipient_email=locked.recipient_email,
            subject=single_line(locked.subject),
            message_id=message_id,
        )
    letter.refresh_from_db()
    return letter


@transaction.atomic
def link_contact(
    *,
    rejection: Rejection,
    contact: Contact,
    check_in_on: datetime.date | None,
    channel: str,
    note: str = "",
) -> NetworkingLink:
    """Keep in touch with a contact; the planned check-in also shows on the dashboard.

    The contact keeps its earliest check-in, unless that date came from this link's
    previous plan: re-planning must not leave the old date due on the dashboard.
    """
    previous = (
        NetworkingLink.objects.filter(rejection=rejection, contact=contact)
        .values_list("check_in_on", flat=True)
        .first()
    )
    link, _ = NetworkingLink.objects.update_or_create(
        rejection=rejection,
        contact=contact,
        defaults={"check_in_on": check_in_on, "channel": channel, "note": note},
    )
    replanned = previous is not None and previous == contact.next_check_in_on
    current = contact.next_check_in_on
    if check_in_on and (current is None or check_in_on < current or replanned):
        contact.next_check_in_on = check_in_on
        contact.save(update_fields=["next_check_in_on"])
    return link


@transaction.atomic
def unlink_contact(*, link: NetworkingLink) -> None:
    """Stop planning to keep in touch; a check-in that only this link planned goes too."""
    contact = link.contact
    link.delete()
    if contact.next_check_in_on is not None and contact.next_check_in_on == link.check_in_on:
        remaining = (
            NetworkingLink.objects.filter(contact=contact, check_in_on__isnull=False)
            .order_by("check_in_on")
            .values_list("check_in_on", flat=True)
            .first()
        )
        contact.next_check_in_on = remaining
        contact.save(update_fields=["next_check_in_on"])


@transaction.atomic
def save_setback_plan(*, application: Application, actions: list[str]) -> SetbackPlan:
    """Make or change the application's plan for a no (one per application)."""
    Application.objects.select_for_update().filter(pk=application.pk).first()
    plan = SetbackPlan.objects.filter(application=application).first() or SetbackPlan(
        application=application
    )
    plan.actions = "\n".join(action.strip() for action in actions if action.strip())
    plan.full_clean()
    plan.save()
    return plan


class WritingNotOpen(Exception):
    """The session cannot be written today; the message says when it can."""


@transaction.atomic
def write_session(
    *,
    rejection: Rejection,
    number: int,
    kind: str,
    text: str,
    finish: bool,
    today: datetime.date | None = None,
) -> WritingSession:
    """Save a session of private writing, begun or finished.

    A new session must be open today (``rejections.writing.slots``): the first from the
    rejection's day, each next one from the day after the one before was finished. A
    session already begun keeps its kind; finishing it dates it today, once.
    """
    today = today or timezone.localdate()
    owner = rejection.application.owner
    # The rejection's row is the lock: two tabs saving at once cannot both make session 1.
    Rejection.objects.select_for_update().filter(pk=rejection.pk).first()
    sessions = list(WritingSession.objects.filter(rejection=rejection))
    slot = writing.slots(received_on=rejection.received_on, sessions=sessions, today=today)[
        number - 1
    ]
    if not slot.can_write:
        raise WritingNotOpen(writing.not_open_message(slot))
    session = slot.session or WritingSession(
        owner=owner, rejection=rejection, number=number, kind=kind, started_on=today
    )
    session.text = text
    if finish and session.finished_on is None:
        session.finished_on = max(today, session.started_on)
    session.full_clean()
    session.save()
    return session
