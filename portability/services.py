"""Workflows of the data pages that write several models and must be all or nothing."""

from django.contrib.auth import get_user_model
from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction

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
    """Delete the user and every row they own (see ``tracker.services.delete_accounts``)."""
    delete_accounts(users=get_user_model().objects.filter(pk=user.pk))
