"""Changing an application: its status, its history, and what is derived from them.

Every path that creates an application or changes its status comes through here: the
application form, the board (its script and its no-script form), the admin, CSV and JSON
import, recording a rejection, and the demo data. So the history always has an entry per
change, *applied* always has a date, and the derived ``reached`` (the furthest stage, which
the dashboard's funnel counts) is kept here, never by ``save()`` overrides or signals.

``reached`` is the highest pipeline rank (wishlist 0 … accepted 5) the application is at
or passed through *and did not leave by correction*. A correction is a move to an active
status ranked lower than the status it leaves (``stages.is_correction``): it undoes every
stage above the new status, so wishlist → applied → wishlist has reached only the wishlist,
and offer → screening has reached screening. Moves to closed statuses are outcomes and
undo nothing (interviewing → rejected reached interviews). Having been sent (an
``applied_on`` date) means at least *applied*; a correction back to the wishlist clears
that date, which moving to *applied* filled in. ``refresh_reached`` replays the history
with the same rule, so a rebuilt value equals the one kept move by move.
"""

import datetime
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import groupby

from django.contrib.auth import get_user_model
from django.db import models, transaction
from django.utils import timezone

from tracker.models import Application, DeletedInterview, Interview, StatusChange
from tracker.stages import SENT_RANK, Status, is_correction, rank_of


@dataclass(frozen=True)
class StatusResult:
    """What a status change did.

    ``needs_rejection_record``: the move to *rejected* is waiting for the rejection to be
    recorded (the status is unchanged until then); the caller sends the user to that form.
    """

    application: Application
    change: StatusChange | None = None
    needs_rejection_record: bool = False


def has_rejection_record(application: Application) -> bool:
    if application.pk is None:
        return False
    return Application.objects.with_rejection_record().filter(pk=application.pk).exists()


def needs_rejection_record(application: Application, status: str) -> bool:
    """Moving to *rejected* first asks for the rejection, unless it is already recorded."""
    return status == Status.REJECTED and not has_rejection_record(application)


def _reached(application: Application, *, corrected: bool = False) -> int:
    """The furthest stage after the application's latest change (see the module's notes)."""
    kept = 0 if corrected else application.reached
    sent = SENT_RANK if application.applied_on else 0
    return max(kept, rank_of(application.status), sent)


def reached_from_history(
    moves: Iterable[tuple[str, str]], *, status: str, applied_on: datetime.date | None
) -> int:
    """``reached`` replayed from the ``(from, to)`` history moves, oldest first."""
    reached = 0
    for from_status, to_status in moves:
        if is_correction(from_status, to_status):
            reached = rank_of(to_status)
        else:
            reached = max(reached, rank_of(to_status))
    sent = SENT_RANK if applied_on else 0
    return max(reached, rank_of(status), sent)


def _check(status: str) -> None:
    if status not in Status.values:
        raise ValueError(f"Unknown status {status!r}")


@transaction.atomic
def create_application(
    *, application: Application, wait_for_rejection_record: bool = True, note: str = ""
) -> StatusResult:
    """Save a new application and start its history with the status it is created in.

    Created as *rejected*, it is saved as *applied* (a rejection means it was sent) and
    the result asks for the rejection record, unless ``wait_for_rejection_record`` is
    off (imports bring rejected applications from elsewhere, without a record).
    """
    _check(application.status)
    held = wait_for_rejection_record and application.status == Status.REJECTED
    if held:
        application.status = Status.APPLIED
        application.applied_on = application.applied_on or timezone.localdate()
    application.reached = _reached(application)
    application.save()
    change = StatusChange.objects.create(
        application=application, from_status="", to_status=application.status, note=note
    )
    return StatusResult(application, change, needs_rejection_record=held)


@transaction.atomic
def update_application(
    *, application: Application, status: str, wait_for_rejection_record: bool = True
) -> StatusResult:
    """Save an edited application's fields, then move it to ``status`` (see ``change_status``).

    The status on the instance is ignored: it is what the user asked for, and it only
    changes through ``change_status``, so the change lands in the history.
    """
    stored = Application.objects.select_for_update().values("status", "reached")
    stored = stored.get(pk=application.pk)
    application.status, application.reached = stored["status"], stored["reached"]
    application.reached = _reached(application)
    application.save()
    return change_status(
        application=application,
        status=status,
        wait_for_rejection_record=wait_for_rejection_record,
    )


@transaction.atomic
def change_status(
    *,
    application: Application,
    status: str,
    note: str = "",
    wait_for_rejection_record: bool = True,
) -> StatusResult:
    """Move the application to ``status`` and keep the change in its history.

    Nothing happens when the status is already ``status``. Moving to *rejected* without a
    recorded rejection waits for it (``needs_rejection_record``) unless
    ``wait_for_rejection_record`` is off. The row is locked first, so two moves at once are
    kept one after the other: each history entry starts where the previous one ended.
    """
    _check(status)
    stored = Application.objects.select_for_update().get(pk=application.pk)
    application.status, application.applied_on = stored.status, stored.applied_on
    application.reached = stored.reached
    if status == stored.status:
        return StatusResult(application)
    if wait_for_rejection_record and needs_rejection_record(application, status):
        return StatusResult(application, needs_rejection_record=True)
    fields = ["status", "reached", "updated_at"]
    application.status = status
    corrected = is_correction(stored.status, status)
    if status == Status.APPLIED and application.applied_on is None:
        application.applied_on = timezone.localdate()
        fields.append("applied_on")
    elif corrected and rank_of(status) < SENT_RANK and application.applied_on is not None:
        # Back to the wishlist: it was not sent after all.
        application.applied_on = None
        fields.append("applied_on")
    application.reached = _reached(application, corrected=corrected)
    application.save(update_fields=fields)
    change = StatusChange.objects.create(
        application=application, from_status=stored.status, to_status=status, note=note
    )
    return StatusResult(application, change)


@transaction.atomic
def restore_history(
    *,
    application: Application,
    moves: list[tuple[datetime.datetime, str]],
    created_at: datetime.datetime | None = None,
) -> None:
    """Give an application just created by an import the history another export kept.

    ``moves`` are ``(when, status)``, oldest first, ending with the application's status;
    they replace the single entry ``create_application`` wrote, and ``reached`` is replayed
    from them. ``created_at`` restores when it was first added (the "added on" date).
    """
    if moves and moves[-1][1] != application.status:
        raise ValueError("The history must end with the application's status")
    fields: dict = {}
    if moves:
        changes, previous = [], ""
        for when, status in moves:
            _check(status)
            changes.append(
                StatusChange(
                    application=application,
                    from_status=previous,
                    to_status=status,
                    changed_at=when,
                )
            )
            previous = status
        StatusChange.objects.filter(application=application).delete()
        StatusChange.objects.bulk_create(changes)
        pairs = [(c.from_status, c.to_status) for c in changes]
        fields["reached"] = application.reached = reached_from_history(
            pairs, status=application.status, applied_on=application.applied_on
        )
    if created_at is not None:
        fields["created_at"] = application.created_at = created_at
    if fields:
        Application.objects.filter(pk=application.pk).update(**fields)


#: Applications updated per statement when ``reached`` is rebuilt.
REFRESH_CHUNK = 2_000


def refresh_reached(applications: models.QuerySet) -> int:
    """Rebuild ``reached`` from each application's history, status and sending date.

    For paths that write history rows themselves (JSON import, demo data, a history entry
    edited in the admin). The history is replayed in order (``reached_from_history``), so
    corrections undo what they undid when they happened. Two reads, then one UPDATE per
    distinct value (at most six) and chunk; returns the number of applications.
    """
    rows = applications.order_by().values_list("pk", "status", "applied_on", "reached")
    current = {pk: (status, applied_on, reached) for pk, status, applied_on, reached in rows}
    moves = (
        StatusChange.objects.filter(application__in=applications.order_by().values("pk"))
        .order_by("application_id", "changed_at", "pk")
        .values_list("application_id", "from_status", "to_status")
    )
    history = {
        pk: [(from_status, to_status) for _, from_status, to_status in group]
        for pk, group in groupby(moves.iterator(chunk_size=REFRESH_CHUNK), key=lambda m: m[0])
    }
    changed: dict[int, list[int]] = defaultdict(list)
    for pk, (status, applied_on, stored) in current.items():
        value = reached_from_history(history.get(pk, []), status=status, applied_on=applied_on)
        if value != stored:
            changed[value].append(pk)
    for value, ids in changed.items():
        for start in range(0, len(ids), REFRESH_CHUNK):
            chunk = ids[start : start + REFRESH_CHUNK]
            Application.objects.filter(pk__in=chunk).update(reached=value)
    return len(current)


@transaction.atomic
def delete_interviews(*, interviews: models.QuerySet) -> int:
    """Delete the interviews, leaving each a ``DeletedInterview`` so the calendar feed
    lists it as cancelled for 30 days; returns the number of interviews deleted.

    The interview delete page, deleting applications and the admin come here.
    """
    doomed = list(interviews.select_related("application__company").order_by("pk"))
    if not doomed:
        return 0
    now = timezone.now()
    DeletedInterview.objects.bulk_create(
        DeletedInterview(
            owner_id=interview.application.owner_id,
            interview_pk=interview.pk,
            summary=interview.summary,
            scheduled_at=interview.scheduled_at,
            ends_at=interview.ends_at,
            deleted_at=now,
        )
        for interview in doomed
    )
    _, per_model = Interview.objects.filter(pk__in=[i.pk for i in doomed]).delete()
    return per_model.get(Interview._meta.label, 0)


@transaction.atomic
def delete_applications(*, applications: models.QuerySet) -> int:
    """Delete the applications with their history and interviews (which stay in the
    calendar feed as cancelled, see ``delete_interviews``); returns the rows deleted."""
    pks = list(applications.order_by().values_list("pk", flat=True))
    deleted = delete_interviews(interviews=Interview.objects.filter(application__in=pks))
    return deleted + Application.objects.filter(pk__in=pks).delete()[0]


def purge_deleted_interviews(*, now: datetime.datetime | None = None) -> int:
    """Forget deleted interviews older than 30 days (the feed no longer shows them)."""
    return DeletedInterview.objects.expired(now=now).delete()[0]


@transaction.atomic
def delete_accounts(*, users: models.QuerySet) -> int:
    """Delete the users and every row they own; returns the number of rows deleted.

    Everything a user owns points at them (directly or through an application or a
    rejection) with ``on_delete=CASCADE``, so the ORM's cascade finds the rows of every app,
    this one's and the higher ones', without this module naming them. Applications go
    first: ``Application.company`` is ``PROTECT``, which otherwise stops the cascade from
    the user through their companies. Deleting an account from its settings page and the
    demo seeder's ``--reset`` both come here; ``tests/portability/test_delete_account.py``
    counts every model's rows to keep this true.
    """
    pks = list(users.values_list("pk", flat=True))
    deleted, _ = Application.objects.filter(owner__in=pks).delete()
    return deleted + get_user_model().objects.filter(pk__in=pks).delete()[0]
