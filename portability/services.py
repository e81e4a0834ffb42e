"""Workflows of the data pages that write several models and must be all or nothing."""

from django.contrib.auth import get_user_model
from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction

from core.models import BackgroundJob
from portability import tasks, zip_archive
from portability.csv_import import ImportRowForm
from portability.models import PendingImport
from tracker.services import delete_accounts, restore_history


@transaction.atomic
def import_applications(*, pending: PendingImport, forms: list[ImportRowForm]) -> int:
    """Save every validated row, or none: one failure rolls back the whole import.

    Each row goes through the application form's ``save()``, the normal path that creates a
    new company and the first status history entry. The pending import is locked and
    deleted in the same transaction, so a double-submitted confirmation imports once.
    """
    locked = PendingImport.objects.select_for_update().filter(pk=pending.pk).first()
    if locked is None:
        raise PendingImport.DoesNotExist("This import was already done or has expired.")
    for form in forms:
        # Rows naming the same new company share one unsaved company: the first row's
        # save creates it and the others find it saved.
        application = form.save()
        created_at, moves = form.restored()
        if created_at or moves:
            restore_history(application=application, moves=moves, created_at=created_at)
    locked.delete()
    return len(forms)


def delete_account(*, user: AbstractBaseUser) -> None:
    """Delete the user and every row they own (see ``tracker.services.delete_accounts``).

    Their documents' files go with the rows (``materials.receivers``); an uploaded ZIP
    export still waiting for the worker is removed here, once the deletion is committed."""
    waiting = list(
        BackgroundJob.objects.filter(owner=user, task_path=tasks.import_zip.module_path)
        .exclude(payload="")
        .values_list("payload", flat=True)
    )
    with transaction.atomic():
        delete_accounts(users=get_user_model().objects.filter(pk=user.pk))
        for name in waiting:
            transaction.on_commit(lambda name=name: zip_archive.drop_upload(name))
