from django.contrib import admin
from django.utils import timezone
from django.utils.html import format_html

from accounts.adapter import site_url
from accounts.models import Invitation


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    """Invitation links, made and revoked here or on the staff page (/accounts/invitations/).

    accounts cannot import core, so core.admin adopts this admin once apps are loaded
    (``BESIDE_CORE``), like the admins of installed packages."""

    list_display = ("__str__", "email", "note", "created_by", "created_at", "expires_at", "used_by")
    list_select_related = ("created_by", "used_by")
    fields = (
        "email",
        "note",
        "expires_at",
        "revoked_at",
        "link",
        "created_by",
        "used_by",
        "used_at",
    )
    readonly_fields = ("link", "created_by", "used_by", "used_at")
    search_fields = ("email", "note")
    actions = ("revoke",)

    @admin.display(description="Link to send")
    def link(self, invitation: Invitation) -> str:
        if not invitation.pk:
            return "Shown once the invitation is saved."
        url = site_url(invitation.get_absolute_url())
        return format_html('<a href="{}">{}</a>', url, url)

    def save_model(self, request, obj: Invitation, form, change: bool) -> None:
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    @admin.action(description="Revoke the selected invitations")
    def revoke(self, request, queryset) -> None:
        count = queryset.filter(used_at__isnull=True, revoked_at__isnull=True).update(
            revoked_at=timezone.now()
        )
        self.message_user(request, f"Revoked {count} invitation{'s' if count != 1 else ''}.")
