"""What the materials app adds to the tracker's and the rejections app's pages.

Those apps sit below this one and know nothing of it in code: the application page, the
new-application form and the rejection workspace ask these tags for the posting, the
documents sent and the fit.
"""

from django import template
from django.utils.safestring import SafeString, mark_safe

from core.choices import fetch_choices, offers_any
from materials.fit import fit as compute_fit
from materials.forms import AttachForm, CaptureForm
from materials.models import PostingSnapshot, ReflectionFit, SentDocument
from materials.posting import clean_html

register = template.Library()


@register.filter
def posting_html(description: str) -> SafeString:
    """The stored description, cleaned once more on the way out (it was cleaned when it
    was captured; a row written by other means must not be able to run script either)."""
    # nh3 leaves only the allow-listed tags, without attributes.
    return mark_safe(clean_html(description))  # noqa: S308


def _materials_of(application, owner) -> dict:
    snapshot = PostingSnapshot.objects.filter(application=application).first()
    sent = list(
        SentDocument.objects.filter(application=application, version__owner=owner)
        .select_related("version__document")
        .order_by("sent_on", "pk")
    )
    cv = next((s.version for s in reversed(sent) if s.version.document.kind == "cv"), None)
    cv = cv or (sent[-1].version if sent else None)
    result = None
    if snapshot and cv and cv.text:
        result = compute_fit(snapshot.description_text + "\n" + snapshot.title, cv.text)
    return {"snapshot": snapshot, "sent": sent, "fit": result, "fit_version": cv}


@register.inclusion_tag("materials/includes/application_materials.html", takes_context=True)
def application_materials(context: template.Context, application) -> dict:
    """The posting as captured, the documents sent and the fit, on the application page."""
    request = context["request"]
    attach_form = AttachForm(owner=request.user, auto_id="attach-%s")
    # Its options are read here, once: the tag's template only shows them.
    fetch_choices(attach_form)
    return {
        **_materials_of(application, request.user),
        "application": application,
        "attach_form": attach_form,
        # The form offers the newest versions, so it offers one if there is any.
        "has_versions": offers_any(attach_form.fields["version"]),
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("materials/includes/rejection_materials.html", takes_context=True)
def rejection_materials(context: template.Context, rejection) -> dict:
    """What was sent for the application that was turned down, and how it fitted."""
    request = context["request"]
    application = rejection.application
    links = list(
        ReflectionFit.objects.filter(reflection__rejection=rejection).select_related("reflection")
    )
    return {
        **_materials_of(application, request.user),
        "application": application,
        "links": links,
    }


@register.inclusion_tag("materials/includes/capture_box.html", takes_context=True)
def posting_capture_box(context: template.Context) -> dict:
    """The paste box on the new-application form (the bookmarklet fills it too)."""
    request = context["request"]
    form = CaptureForm(
        initial={
            "page_title": request.GET.get("position_title", "")[:300],
            "page_url": request.GET.get("posting_url", "")[:500],
        },
        auto_id="capture-%s",
    )
    return {"capture_form": form, "csrf_token": context.get("csrf_token")}
