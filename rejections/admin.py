from django import forms
from django.contrib import admin
from django.http import HttpRequest
from django.template.defaultfilters import linebreaksbr
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from core import admin as core_admin
from rejections import letters
from rejections.models import (
    Letter,
    LetterTemplate,
    NetworkingLink,
    Reflection,
    Rejection,
    SelfCareNote,
    SentLetter,
    StepSkip,
)


def _highlighted(text: str, values: dict[str, str]) -> SafeString:
    """The template filled with ``values``; every part is escaped, filled parts are marked.

    Nothing of the template text is ever marked safe: each piece goes through
    ``format_html``/``linebreaksbr(autoescape=True)``.
    """
    pieces = []
    for kind, part in letters.render_parts(text, values):
        escaped = linebreaksbr(part, autoescape=True)
        if kind == "value":
            pieces.append(format_html('<mark class="letter-value">{}</mark>', escaped))
        elif kind == "fallback":
            pieces.append(format_html('<mark class="letter-fallback"><em>{}</em></mark>', escaped))
        else:
            pieces.append(escaped)
    return format_html_join("", "{}", ((piece,) for piece in pieces))


class LetterTemplateForm(forms.ModelForm):
    class Meta:
        model = LetterTemplate
        fields = ["kind", "name", "active", "is_default", "subject", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 16, "cols": 80})}

    def clean(self) -> dict:
        cleaned = super().clean()
        kind, is_default = cleaned.get("kind"), cleaned.get("is_default")
        if kind and is_default:
            other = (
                LetterTemplate.objects.filter(kind=kind, is_default=True)
                .exclude(pk=self.instance.pk)
                .first()
            )
            if other is not None:
                # On the field, so the model's own constraint check (same rule, shorter
                # message) is skipped rather than repeated.
                self.add_error(
                    "is_default",
                    f"There is already a default template of this kind: {other.name}. "
                    "Untick it there first.",
                )
        return cleaned


@admin.register(LetterTemplate)
class LetterTemplateAdmin(core_admin.ModelAdmin):
    form = LetterTemplateForm
    list_display = ["kind", "name", "active", "is_default", "updated_at"]
    list_display_links = ["name"]
    list_filter = ["kind", "active", "is_default"]
    search_fields = ["name", "subject", "body"]
    ordering = ["kind", "-is_default", "name"]
    readonly_fields = ["placeholder_help", "preview", "updated_at"]
    fieldsets = [
        (None, {"fields": ["kind", "name", "active", "is_default"]}),
        ("Text", {"fields": ["subject", "body", "placeholder_help"]}),
        ("Preview", {"fields": ["preview", "updated_at"]}),
    ]

    @admin.display(description="Placeholders")
    def placeholder_help(self, obj: LetterTemplate | None = None) -> SafeString:
        rows = format_html_join(
            "",
            "<tr><td><code>{{{{ {} }}}}</code></td><td>{}</td><td>{}</td></tr>",
            (
                (name, description, letters.FALLBACKS[name])
                for name, description in letters.PLACEHOLDERS.items()
            ),
        )
        return format_html(
            "<p>Write placeholders exactly like this, in the subject or the body. They are "
            "filled with plain text; nothing else in braces is allowed (no tags, filters, "
            "dots or single braces), and saving names anything that is not right.</p>"
            "<table><thead><tr><th scope='col'>Placeholder</th><th scope='col'>What it is"
            "</th><th scope='col'>When unknown, it says</th></tr></thead>"
            "<tbody>{}</tbody></table>",
            rows,
        )

    @admin.display(description="Preview")
    def preview(self, obj: LetterTemplate | None = None) -> SafeString:
        if obj is None or obj.pk is None:
            return format_html("<p>{}</p>", "Save the template to see a preview.")
        # The saved text: what is on screen may not be valid yet after a refused save.
        saved = LetterTemplate.objects.get(pk=obj.pk)
        return format_html(
            "<p>With sample values (highlighted):</p>"
            "<p><strong>Subject:</strong> {}</p><div class='letter-preview'>{}</div>"
            "<p>When details are missing, the fallbacks (highlighted, in italics):</p>"
            "<p><strong>Subject:</strong> {}</p><div class='letter-preview'>{}</div>",
            _highlighted(saved.subject, letters.SAMPLE_VALUES),
            _highlighted(saved.body, letters.SAMPLE_VALUES),
            _highlighted(saved.subject, {}),
            _highlighted(saved.body, {}),
        )


@admin.register(Rejection)
class RejectionAdmin(core_admin.ModelAdmin):
    list_display = ["application", "owner", "received_on", "stage", "channel", "door_open"]
    list_filter = ["stage", "channel", "door_open", "received_on"]
    list_select_related = ["application__company", "application__owner"]
    search_fields = [
        "application__position_title",
        "application__company__name",
        "application__owner__username",
        "reason_given",
    ]
    autocomplete_fields = ["application"]
    date_hierarchy = "received_on"
    # The feelings note is private (Rejection.PRIVATE_FIELDS): core.admin keeps it out.
    readonly_fields = ["created_at"]

    @admin.display(ordering="application__owner__username")
    def owner(self, obj: Rejection) -> str:
        return obj.application.owner.get_username()


@admin.register(Letter)
class LetterAdmin(core_admin.ModelAdmin):
    list_display = ["subject", "kind", "status", "sent_on", "recipient_name", "rejection"]
    list_filter = ["kind", "status", "sent_on"]
    list_select_related = ["rejection__application__company"]
    search_fields = [
        "subject",
        "body",
        "recipient_name",
        "recipient_email",
        "rejection__application__company__name",
        "rejection__application__owner__username",
    ]
    autocomplete_fields = ["rejection", "template", "recipient_contact"]
    readonly_fields = ["created_at", "updated_at"]
    date_hierarchy = "created_at"


@admin.register(Reflection)
class ReflectionAdmin(core_admin.ModelAdmin):
    """Which rejection a reflection is about and when: its writing is private."""

    list_display = ["rejection", "written_on"]
    list_filter = ["written_on"]
    list_select_related = ["rejection__application__company"]
    search_fields = [
        "rejection__application__company__name",
        "rejection__application__owner__username",
    ]
    autocomplete_fields = ["rejection"]
    date_hierarchy = "written_on"


@admin.register(SelfCareNote)
class SelfCareNoteAdmin(core_admin.ModelAdmin):
    """The date and activity of a note; its mood and text are private."""

    list_display = ["date", "activity", "owner", "rejection"]
    list_filter = ["date"]
    list_select_related = ["owner", "rejection__application__company"]
    search_fields = ["activity", "owner__username"]
    autocomplete_fields = ["owner", "rejection"]
    date_hierarchy = "date"


@admin.register(NetworkingLink)
class NetworkingLinkAdmin(core_admin.ModelAdmin):
    list_display = ["contact", "rejection", "check_in_on", "channel"]
    list_filter = ["channel", "check_in_on"]
    list_select_related = ["contact", "rejection__application__company"]
    search_fields = ["contact__name", "note", "rejection__application__company__name"]
    autocomplete_fields = ["rejection", "contact"]


@admin.register(StepSkip)
class StepSkipAdmin(core_admin.ModelAdmin):
    list_display = ["rejection", "step", "reason", "created_at"]
    list_filter = ["step"]
    list_select_related = ["rejection__application__company"]
    search_fields = ["reason", "rejection__application__company__name"]
    autocomplete_fields = ["rejection"]


@admin.register(SentLetter)
class SentLetterAdmin(core_admin.ModelAdmin):
    """The send log, read-only: who sent to whom and when (the subject is private and the
    log holds no bodies). Deletable so that deleting a user here is not refused."""

    list_display = ["sent_at", "owner", "recipient_email", "recipient_name", "message_id"]
    list_filter = ["sent_at"]
    list_select_related = ["owner"]
    search_fields = ["owner__username", "owner__email", "recipient_email", "message_id"]
    date_hierarchy = "sent_at"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False
