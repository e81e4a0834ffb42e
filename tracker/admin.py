from django.contrib import admin
from django.forms import ModelForm
from django.http import HttpRequest

from core import admin as core_admin
from tracker import services
from tracker.models import (
    Application,
    Company,
    Contact,
    DeletedInterview,
    Interview,
    StatusChange,
)


@admin.register(Company)
class CompanyAdmin(core_admin.ModelAdmin):
    list_display = ["name", "owner", "website", "created_at"]
    list_select_related = ["owner"]
    search_fields = ["name", "owner__username"]
    autocomplete_fields = ["owner"]
    date_hierarchy = "created_at"


class StatusChangeInline(core_admin.TabularInline):
    """The application's history, shown but never edited here: it is written by
    ``tracker.services`` when the status changes."""

    model = StatusChange
    fields = ["changed_at", "from_status", "to_status", "note"]
    readonly_fields = fields
    extra = 0
    ordering = ["changed_at", "pk"]

    def has_add_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


@admin.register(Application)
class ApplicationAdmin(core_admin.ModelAdmin):
    list_display = ["position_title", "company", "owner", "status", "applied_on", "updated_at"]
    list_filter = ["status", "work_mode", "applied_on"]
    list_select_related = ["company", "owner"]
    search_fields = ["position_title", "company__name", "location", "owner__username"]
    autocomplete_fields = ["owner", "company", "contacts"]
    date_hierarchy = "applied_on"
    readonly_fields = ["created_at", "updated_at"]
    inlines = [StatusChangeInline]

    def save_model(
        self, request: HttpRequest, obj: Application, form: ModelForm, change: bool
    ) -> None:
        # Saved through the status service like everywhere else, so a status edited here
        # lands in the history (and "applied" fills in the date). Staff may set *rejected*
        # directly: the user can record the rejection from the application's page.
        if change:
            services.update_application(
                application=obj, status=obj.status, wait_for_rejection_record=False
            )
        else:
            services.create_application(application=obj, wait_for_rejection_record=False)

    # Deleted through the service, so their interviews stay in calendars as cancelled.
    def delete_model(self, request: HttpRequest, obj: Application) -> None:
        services.delete_applications(applications=Application.objects.filter(pk=obj.pk))

    def delete_queryset(self, request: HttpRequest, queryset) -> None:
        services.delete_applications(applications=queryset)


@admin.register(StatusChange)
class StatusChangeAdmin(core_admin.ModelAdmin):
    list_display = ["application", "from_status", "to_status", "changed_at"]
    list_filter = ["to_status", "from_status"]
    list_select_related = ["application__company"]
    search_fields = ["application__position_title", "application__company__name", "note"]
    autocomplete_fields = ["application"]
    date_hierarchy = "changed_at"

    def save_model(
        self, request: HttpRequest, obj: StatusChange, form: ModelForm, change: bool
    ) -> None:
        super().save_model(request, obj, form, change)
        services.refresh_reached(Application.objects.filter(pk=obj.application_id))

    def delete_model(self, request: HttpRequest, obj: StatusChange) -> None:
        application_id = obj.application_id
        super().delete_model(request, obj)
        services.refresh_reached(Application.objects.filter(pk=application_id))

    def delete_queryset(self, request: HttpRequest, queryset) -> None:
        application_ids = list(queryset.values_list("application_id", flat=True))
        super().delete_queryset(request, queryset)
        services.refresh_reached(Application.objects.filter(pk__in=application_ids))


@admin.register(Interview)
class InterviewAdmin(core_admin.ModelAdmin):
    list_display = ["application", "round", "kind", "scheduled_at", "outcome"]
    list_filter = ["kind", "outcome"]
    list_select_related = ["application__company"]
    search_fields = [
        "application__position_title",
        "application__company__name",
        "application__owner__username",
    ]
    autocomplete_fields = ["application", "interviewers"]
    date_hierarchy = "scheduled_at"
    readonly_fields = ["updated_at"]

    # Through the service: a deleted interview stays in calendars as cancelled for 30 days.
    def delete_model(self, request: HttpRequest, obj: Interview) -> None:
        services.delete_interviews(interviews=Interview.objects.filter(pk=obj.pk))

    def delete_queryset(self, request: HttpRequest, queryset) -> None:
        services.delete_interviews(interviews=queryset)


@admin.register(DeletedInterview)
class DeletedInterviewAdmin(core_admin.ModelAdmin):
    """Read-only: written when interviews are deleted, purged after 30 days."""

    list_display = ["summary", "owner", "scheduled_at", "deleted_at"]
    list_select_related = ["owner"]
    search_fields = ["summary", "owner__username"]
    date_hierarchy = "deleted_at"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


@admin.register(Contact)
class ContactAdmin(core_admin.ModelAdmin):
    list_display = ["name", "role", "company", "owner", "email", "next_check_in_on"]
    list_filter = ["next_check_in_on", "last_contacted_on"]
    list_select_related = ["company", "owner"]
    search_fields = ["name", "role", "email", "company__name", "owner__username"]
    autocomplete_fields = ["owner", "company"]
