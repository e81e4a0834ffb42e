"""Changing an application: its status, its history, and what is derived from them.

Every path that creates an application or changes its status comes through here: the
application form, the board (its script and its no-script form), the admin, CSV and JSON
import, recording a rejection, and the demo data. So the history always has an entry per
change, *applied* always has a date, and the derived ``reached`` (the furthest stage, which
the dashboard's funnel counts) is kept here, never by ``save()`` overrides or signals.
"""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db import models, transaction
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone

from tracker.models import Application, StatusChange
from tracker.stages import PIPELINE_RANK, SENT_RANK, Status, rank_of


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


def _reached(application: Application, *also: int) -> int:
    sent = SENT_RANK if application.applied_on else 0
    return max(application.reached, rank_of(application.status), sent, *also)


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
    if status == Status.APPLIED and application.applied_on is None:
        application.applied_on = timezone.localdate()
        fields.append("applied_on")
    application.reached = _reached(application)
    application.save(update_fields=fields)
    change = StatusChange.objects.create(
        application=application, from_status=stored.status, to_status=status, note=note
    )
    return StatusResult(application, change)


def _rank_case(field: str) -> models.Case:
    return models.Case(
        *(models.When(**{field: status}, then=rank) for status, rank in PIPELINE_RANK.items()),
        default=0,
        output_field=models.PositiveSmallIntegerField(),
    )


def refresh_reached(applications: models.QuerySet) -> int:
    """Rebuild ``reached`` from each application's status, sending date and history.

    For paths that write history rows themselves (JSON import, demo data, a history
    entry edited in the admin). One UPDATE; returns the number of applications.
    """
    from_history = (
        StatusChange.objects.filter(application=models.OuterRef("pk"))
        .annotate(rank=_rank_case("to_status"))
        .values("application")
        .annotate(highest=models.Max("rank"))
        .values("highest")
    )
    sent = models.Case(
        models.When(applied_on__isnull=False, then=SENT_RANK),
        default=0,
        output_field=models.PositiveSmallIntegerField(),
    )
    return applications.update(
        reached=Greatest(
            _rank_case("status"),
            sent,
            Coalesce(models.Subquery(from_history), 0),
            output_field=models.PositiveSmallIntegerField(),
        )
    )


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
