"""The inbox's parts of other apps' pages: an application's e-mails on its timeline."""

from django import template

from inbox.models import JobMessage

register = template.Library()


@register.inclusion_tag("inbox/includes/application_messages.html")
def application_messages(application) -> dict:
    """The job messages linked to ``application`` (one query), newest first."""
    rows = (
        JobMessage.objects.filter(owner_id=application.owner_id, application=application)
        .defer("text")
        .order_by("-sent_at", "-pk")[:50]
    )
    return {"job_messages": list(rows)}
