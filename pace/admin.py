from django.contrib import admin

from core import admin as core_admin
from pace.models import SupportResource, WeeklyGoals


@admin.register(SupportResource)
class SupportResourceAdmin(core_admin.ModelAdmin):
    """The support page's text: staff write it here (a local support line, a service)."""

    list_display = ["title", "order", "active", "updated_at"]
    list_editable = ["order", "active"]
    list_filter = ["active"]
    search_fields = ["title", "body"]


@admin.register(WeeklyGoals)
class WeeklyGoalsAdmin(core_admin.ModelAdmin):
    list_display = ["owner", "applications", "people", "letters", "self_care", "updated_at"]
    readonly_fields = ["lighter_week_of", "updated_at"]
    raw_id_fields = ["owner"]
