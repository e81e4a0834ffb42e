"""Taking a message in (from an upload, a paste or the mailbox) and acting on it.

``ingest`` parses and classifies one raw message, honours the user's corrections, keeps it
when it is about a job (text only) or only a hash of its Message-ID when it is not, matches
it to an application and, in auto mode, applies a sure suggestion. The actions on a job
message (record, schedule, mark applied, move to offer, create, dismiss, "not a …") and
their undo live here too, each in one transaction with the tracker's or the rejections'
own service.
"""

import datetime
import enum
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.utils import timezone

from inbox import matching
from inbox.classify import Classification, Kind, classify
from inbox.message import MAX_MESSAGE_BYTES, ParsedMessage, UnreadableMessage, parse_message
from inbox.models import (
    SUBJECT_MAX,
    TEXT_MAX,
    Action,
    Correction,
    InboxSettings,
    JobMessage,
    SeenMessage,
    State,
    message_key,
)
from rejections import services as rejection_services
from rejections.models import Rejection
from tracker import services as tracker_services
from tracker.models import Application, Interview
from tracker.stages import Status

#: Auto mode acts only on suggestions at least this sure, and matched at least this well.
AUTO_CONFIDENCE = 0.9
AUTO_MATCH = 0.8
#: Kinds auto mode may apply: a rejection or an interview always waits for the person.
AUTO_KINDS = {Kind.CONFIRMATION, Kind.OFFER}


class Outcome(enum.StrEnum):
    ADDED = "added"
    OTHER = "other"
    DUPLICATE = "duplicate"
    UNREADABLE = "unreadable"


@dataclass(frozen=True)
class Ingested:
    outcome: Outcome
    message: JobMessage | None = None
    error: str = ""


@dataclass
class Tally:
    """What a batch did, for the user."""

    added: int = 0
    other: int = 0
    duplicate: int = 0
    automatic: int = 0
    errors: list[str] = field(default_factory=list)

    def count(self, result: Ingested, *, name: str = "") -> None:
        if result.outcome == Outcome.ADDED:
            self.added += 1
            if result.message is not None and result.message.automatic:
                self.automatic += 1
        elif result.outcome == Outcome.OTHER:
            self.other += 1
        elif result.outcome == Outcome.DUPLICATE:
            self.duplicate += 1
        else:
            self.errors.append(f"{name}: {result.error}" if name else result.error)

    def summary(self) -> str:
        parts = [f"{_plural(self.added, 'job message')} added"]
        if self.automatic:
            parts.append(f"{self.automatic} acted on in auto mode")
        if self.other:
            parts.append(f"{_plural(self.other, 'other message')} not kept")
        if self.duplicate:
            parts.append(f"{_plural(self.duplicate, 'duplicate')} skipped")
        if self.errors:
            parts.append(f"{_plural(len(self.errors), 'message')} could not be read")
        return "; ".join(parts) + "."


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def is_known(owner, key: str) -> bool:
    return (
        JobMessage.objects.filter(owner=owner, key=key).exists()
        or SeenMessage.objects.filter(owner=owner, key=key).exists()
    )


def corrected(owner, parsed: ParsedMessage, result: Classification) -> bool:
    """Whether the user said mail like this is not of this kind: the same sender and the
    same deciding phrase (or any phrase, for a correction that kept none)."""
    corrections = Correction.objects.filter(
        owner=owner, wrong_kind=result.kind, sender_address__iexact=parsed.sender_address
    ).values_list("phrase", flat=True)
    reasons = {reason.casefold() for reason in result.reasons}
    return any(not phrase or phrase.casefold() in reasons for phrase in corrections)


def ingest(
    owner,
    raw: bytes,
    *,
    source: str,
    applications: list[Application] | None = None,
    now: datetime.datetime | None = None,
) -> Ingested:
    """Read one message for ``owner``; see the module's notes. Never raises for bad input."""
    if len(raw) > MAX_MESSAGE_BYTES:
        return Ingested(
            Outcome.UNREADABLE,
            error=f"It is larger than {MAX_MESSAGE_BYTES // (1024 * 1024)} MB, so it was not read.",
        )
    try:
        parsed = parse_message(raw)
    except UnreadableMessage as exc:
        return Ingested(Outcome.UNREADABLE, error=str(exc))
    key = message_key(parsed.message_id, raw)
    if is_known(owner, key):
        return Ingested(Outcome.DUPLICATE)
    result = classify(parsed, now=now)
    if result.kind == Kind.OTHER or corrected(owner, parsed, result):
        try:
            SeenMessage.objects.get_or_create(owner=owner, key=key)
        except IntegrityError:  # the same message arrived twice at once
            return Ingested(Outcome.DUPLICATE)
        return Ingested(Outcome.OTHER)
    if applications is None:
        applications = matching.candidates(owner)
    match = matching.best_match(
        applications,
        company=result.company,
        sender=parsed.sender_address,
        position=result.position,
    )
    message = JobMessage(
        owner=owner,
        key=key,
        message_id=parsed.message_id[:998],
        source=source,
        subject=parsed.subject[:SUBJECT_MAX],
        sender_name=parsed.sender_name[:200],
        sender_address=parsed.sender_address[:320],
        sent_at=parsed.sent_at,
        text=parsed.text[:TEXT_MAX],
        kind=result.kind,
        confidence=max(0.0, min(1.0, float(result.confidence))),
        company=result.company[:200],
        position=result.position[:200],
        event_at=result.event_at,
        language=result.language[:10],
        reasons=[str(reason)[:500] for reason in result.reasons],
        application=match.application,
        match_score=match.score,
        match_reason=match.reason[:200],
    )
    try:
        with transaction.atomic():
            message.save()
    except IntegrityError:
        return Ingested(Outcome.DUPLICATE)
    settings_row = InboxSettings.objects.filter(owner=owner).first()
    if settings_row is not None and settings_row.auto_mode and auto_applicable(message):
        apply_automatically(message)
    return Ingested(Outcome.ADDED, message)


def ingest_many(owner, raws: list[tuple[str, bytes]], *, source: str) -> Tally:
    """``ingest`` each ``(name, raw)``; the applications are loaded once for all."""
    tally = Tally()
    applications = matching.candidates(owner)
    for name, raw in raws:
        result = ingest(owner, raw, source=source, applications=applications)
        tally.count(result, name=name)
    return tally


# --- What the Inbox suggests, and doing it ---------------------------------------------


class Suggestion(enum.StrEnum):
    RECORD_REJECTION = "record_rejection"
    SCHEDULE_INTERVIEW = "schedule_interview"
    MARK_APPLIED = "mark_applied"
    MOVE_TO_OFFER = "move_to_offer"
    CREATE_APPLICATION = "create_application"
    NONE = "none"


def suggestion(message: JobMessage) -> Suggestion:
    """The one action the Inbox offers for a waiting message."""
    application = message.application
    if application is None:
        return Suggestion.CREATE_APPLICATION
    if message.kind == Kind.REJECTION:
        if hasattr(application, "rejection"):
            return Suggestion.NONE
        return Suggestion.RECORD_REJECTION
    if message.kind == Kind.INTERVIEW:
        return Suggestion.SCHEDULE_INTERVIEW
    if message.kind == Kind.CONFIRMATION:
        if application.status == Status.WISHLIST:
            return Suggestion.MARK_APPLIED
        return Suggestion.NONE
    if message.kind == Kind.OFFER:
        if application.status in (Status.OFFER, Status.ACCEPTED, Status.REJECTED):
            return Suggestion.NONE
        return Suggestion.MOVE_TO_OFFER
    return Suggestion.NONE


def message_date(message: JobMessage) -> datetime.date:
    when = message.sent_at or message.received_at or timezone.now()
    return timezone.localdate(when)


def _acted(message: JobMessage, action: str, undo: dict, *, automatic: bool = False) -> None:
    message.state = State.ACTED
    message.action = action
    message.undo = undo
    message.automatic = automatic
    message.acted_at = timezone.now()
    message.save(update_fields=["state", "action", "undo", "automatic", "acted_at", "application"])


class CannotAct(Exception):
    """The action no longer fits (the application changed meanwhile); the text says why."""


def _locked(message: JobMessage) -> JobMessage:
    locked = JobMessage.objects.select_for_update().get(pk=message.pk)
    if locked.state != State.NEW:
        raise CannotAct("This message was already dealt with.")
    return locked


@transaction.atomic
def record_rejection(*, message: JobMessage, **details) -> Rejection:
    locked = _locked(message)
    application = locked.application
    if application is None:
        raise CannotAct("This message is not linked to an application yet.")
    before = application.status
    rejection = rejection_services.record_rejection(application=application, **details)
    _acted(locked, Action.RECORD_REJECTION, {"status": before, "rejection": rejection.pk})
    return rejection


@transaction.atomic
def schedule_interview(*, message: JobMessage, form) -> Interview:
    """Save the (pre-filled, checked) interview form and mark the message done."""
    locked = _locked(message)
    interview = form.save()
    locked.application = interview.application
    _acted(locked, Action.SCHEDULE_INTERVIEW, {"interview": interview.pk})
    return interview


@transaction.atomic
def mark_applied(*, message: JobMessage, automatic: bool = False) -> Application:
    locked = _locked(message)
    application = Application.objects.select_for_update().get(pk=locked.application_id)
    before = {"status": application.status, "applied_on": _iso(application.applied_on)}
    application.applied_on = application.applied_on or message_date(locked)
    tracker_services.update_application(
        application=application, status=Status.APPLIED, wait_for_rejection_record=False
    )
    _acted(locked, Action.MARK_APPLIED, before, automatic=automatic)
    return application


@transaction.atomic
def move_to_offer(*, message: JobMessage, automatic: bool = False) -> Application:
    locked = _locked(message)
    application = Application.objects.select_for_update().get(pk=locked.application_id)
    before = {"status": application.status}
    tracker_services.change_status(application=application, status=Status.OFFER)
    _acted(locked, Action.MOVE_TO_OFFER, before, automatic=automatic)
    return application


@transaction.atomic
def link_created_application(*, message: JobMessage, application: Application) -> JobMessage:
    """The application created from the message: linked, so its own action comes next."""
    locked = JobMessage.objects.select_for_update().get(pk=message.pk)
    locked.application = application
    locked.match_score = 1.0
    locked.match_reason = "created from this message"
    locked.save(update_fields=["application", "match_score", "match_reason"])
    if suggestion(locked) == Suggestion.NONE and locked.state == State.NEW:
        # A confirmation or an offer: creating it in that status was the action.
        _acted(locked, Action.CREATE_APPLICATION, {"application": application.pk})
    return locked


def auto_applicable(message: JobMessage) -> bool:
    return (
        message.kind in AUTO_KINDS
        and message.confidence >= AUTO_CONFIDENCE
        and message.match_score >= AUTO_MATCH
        and suggestion(message) in (Suggestion.MARK_APPLIED, Suggestion.MOVE_TO_OFFER)
    )


def apply_automatically(message: JobMessage) -> None:
    if suggestion(message) == Suggestion.MARK_APPLIED:
        mark_applied(message=message, automatic=True)
    else:
        move_to_offer(message=message, automatic=True)
    message.refresh_from_db()


@transaction.atomic
def dismiss(*, message: JobMessage) -> None:
    locked = _locked(message)
    locked.state = State.DISMISSED
    locked.undo = {}
    locked.acted_at = timezone.now()
    locked.save(update_fields=["state", "undo", "acted_at"])


@transaction.atomic
def not_this_kind(*, message: JobMessage) -> Correction:
    """ "Not a rejection": remember it for mail like this, and dismiss this one."""
    locked = _locked(message)
    correction, _ = Correction.objects.get_or_create(
        owner=locked.owner,
        wrong_kind=locked.kind,
        sender_address=locked.sender_address.casefold()[:320],
        phrase=locked.deciding_phrase[:500],
    )
    locked.state = State.DISMISSED
    locked.undo = {"correction": correction.pk}
    locked.acted_at = timezone.now()
    locked.save(update_fields=["state", "undo", "acted_at"])
    return correction


#: Actions whose undo needs what they changed (``JobMessage.undo``).
TAKEN_BACK = (
    Action.RECORD_REJECTION,
    Action.SCHEDULE_INTERVIEW,
    Action.MARK_APPLIED,
    Action.MOVE_TO_OFFER,
)


@transaction.atomic
def undo(*, message: JobMessage) -> str:
    """Put the message back to waiting and take back what its action did; returns what the
    user is told. Raises ``CannotAct`` when it cannot be taken back safely."""
    locked = JobMessage.objects.select_for_update().get(pk=message.pk)
    if locked.state == State.NEW:
        raise CannotAct("There is nothing to undo.")
    data, said = locked.undo or {}, "It is back in your inbox."
    if locked.state == State.ACTED and not data and locked.action in TAKEN_BACK:
        # Done before the account was imported: what it changed is not known here.
        raise CannotAct(
            "This was done before your data was imported, so it cannot be taken back "
            "from here; change the application itself."
        )
    if locked.state == State.DISMISSED:
        if "correction" in data:
            Correction.objects.filter(owner=locked.owner, pk=data["correction"]).delete()
            said = "The correction is forgotten; the message is back in your inbox."
    elif locked.action == Action.RECORD_REJECTION:
        Rejection.objects.filter(application__owner=locked.owner, pk=data.get("rejection")).delete()
        if locked.application_id:
            application = Application.objects.get(pk=locked.application_id)
            tracker_services.change_status(
                application=application,
                status=data.get("status", Status.APPLIED),
                wait_for_rejection_record=False,
            )
        said = "The rejection is deleted and the application is back where it was."
    elif locked.action == Action.SCHEDULE_INTERVIEW:
        tracker_services.delete_interviews(
            interviews=Interview.objects.for_user(locked.owner).filter(pk=data.get("interview"))
        )
        said = "The interview is deleted."
    elif locked.action in (Action.MARK_APPLIED, Action.MOVE_TO_OFFER) and locked.application_id:
        application = Application.objects.select_for_update().get(pk=locked.application_id)
        if "applied_on" in data:
            application.applied_on = _date(data["applied_on"])
            tracker_services.update_application(
                application=application, status=data["status"], wait_for_rejection_record=False
            )
        else:
            tracker_services.change_status(
                application=application, status=data["status"], wait_for_rejection_record=False
            )
        said = "The application is back where it was."
    elif locked.action == Action.CREATE_APPLICATION:
        said = "The message is back in your inbox; the application it created stays."
    locked.state, locked.action, locked.undo = State.NEW, "", {}
    locked.automatic, locked.acted_at = False, None
    locked.save(update_fields=["state", "action", "undo", "automatic", "acted_at"])
    return said


def _iso(day: datetime.date | None) -> str | None:
    return day.isoformat() if day else None


def _date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


@transaction.atomic
def delete_messages(*, owner, messages=None) -> int:
    """Delete some of the owner's job messages, or all of them and the de-duplication
    hashes, corrections kept (they are the user's teaching, not mail)."""
    if messages is None:
        SeenMessage.objects.filter(owner=owner).delete()
        return JobMessage.objects.filter(owner=owner).delete()[0]
    return messages.filter(owner=owner).delete()[0]
