"""The inbox in the admin: counts and states for support, never mail or credentials.

Message text, subjects, senders, reasons and IMAP credentials are the models'
``PRIVATE_FIELDS``: core.admin keeps them out of every form, column, filter, search and
ordering, and answers a hand-made ``?text__contains=`` URL with 400. Rows are read-only.
"""

from django.contrib import admin

from core.admin import ModelAdmin
from inbox.models import InboxSettings, JobMessage


class ReadOnlyAdmin(ModelAdmin):
    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


@admin.register(JobMessage)
class JobMessageAdmin(ReadOnlyAdmin):
    list_display = ["pk", "owner", "kind", "state", "source", "received_at"]
    list_filter = ["kind", "state", "source"]
    fields = ["owner", "kind", "confidence", "state", "action", "source", "received_at"]
    readonly_fields = fields
    list_select_related = ["owner"]


@admin.register(InboxSettings)
class InboxSettingsAdmin(ReadOnlyAdmin):
    list_display = ["owner", "sync_status", "last_sync_at", "failures", "auto_mode"]
    list_filter = ["sync_status", "auto_mode"]
    fields = ["owner", "port", "security", "sync_enabled", "auto_mode", "sync_status",
              "last_sync_at", "last_success_at", "failures"]  # fmt: skip
    readonly_fields = fields
    list_select_related = ["owner"]
