"""The inbox in the admin: counts and states for support, never mail or credentials.

Message text, subjects, senders, reasons and IMAP credentials are not shown, searched or
filterable: ``fields`` list only what is safe, and ``lookup_allowed`` refuses any lookup
through a private field (a hand-made ``?text__contains=`` URL included).
"""

from django.contrib import admin

from inbox.models import InboxSettings, JobMessage

#: Fields the admin must never reveal, even through a filter in the URL.
PRIVATE_FIELDS = {
    "text",
    "subject",
    "sender_name",
    "sender_address",
    "message_id",
    "reasons",
    "company",
    "position",
    "undo",
    "key",
    "password_encrypted",
    "username",
    "host",
    "folders",
    "last_error",
}


class PrivateFieldsAdmin(admin.ModelAdmin):
    def lookup_allowed(self, lookup: str, value: str, request=None) -> bool:
        if lookup.split("__")[0] in PRIVATE_FIELDS:
            return False
        return super().lookup_allowed(lookup, value, request)

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


@admin.register(JobMessage)
class JobMessageAdmin(PrivateFieldsAdmin):
    list_display = ["pk", "owner", "kind", "state", "source", "received_at"]
    list_filter = ["kind", "state", "source"]
    fields = ["owner", "kind", "confidence", "state", "action", "source", "received_at"]
    readonly_fields = fields
    list_select_related = ["owner"]


@admin.register(InboxSettings)
class InboxSettingsAdmin(PrivateFieldsAdmin):
    list_display = ["owner", "sync_status", "last_sync_at", "failures", "auto_mode"]
    list_filter = ["sync_status", "auto_mode"]
    fields = ["owner", "port", "security", "sync_enabled", "auto_mode", "sync_status",
              "last_sync_at", "last_success_at", "failures"]  # fmt: skip
    readonly_fields = fields
    list_select_related = ["owner"]
