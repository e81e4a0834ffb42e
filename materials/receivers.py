"""Stored files go when their rows go.

Rows are deleted by this app's views, but also by the cascade from an application or a
user (account deletion in ``tracker.services.delete_accounts`` names no app above it). The
file is removed once the deletion is committed, so a rolled-back deletion keeps it.
"""

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from materials.models import DocumentVersion


@receiver(post_delete, sender=DocumentVersion, dispatch_uid="materials-delete-file")
def delete_stored_file(sender, instance: DocumentVersion, **kwargs) -> None:
    name = instance.file.name
    if not name:
        return
    storage = instance.file.storage
    transaction.on_commit(lambda: storage.delete(name))
