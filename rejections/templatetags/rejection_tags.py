"""What the rejections app adds to the tracker's pages.

The tracker's pages (an application, a company, the new-application form) sit a layer
below the rejections app and know nothing of it in code: their templates ask these tags
for the rejection's banner and for what the user learnt at the company before.
"""

from django import template

from rejections.memory import note
from rejections.models import Rejection, SetbackPlan
from rejections.plans import DECIDED_STATUSES, SUGGESTIONS, offers_plan

register = template.Library()


@register.inclusion_tag("rejections/includes/company_memory.html", takes_context=True)
def company_memory(context: template.Context, company_name: str, exclude=None) -> dict:
    """Past rejections at the company of this name, with their feedback and reflections,
    and applications there that were never answered.

    ``exclude`` leaves out one application's own rejection (on that application's page).
    """
    # Read here, so the tag's template only shows them.
    return note(context["request"].user, company_name or "", exclude=exclude)


@register.inclusion_tag("rejections/includes/rejection_banner.html")
def rejection_banner(application) -> dict:
    """The way into the rejection workspace from the application's page."""
    return {
        "rejection": Rejection.objects.filter(application=application).first(),
        "application": application,
    }


@register.inclusion_tag("rejections/includes/setback_plan.html")
def setback_plan(application, interviews=None) -> dict:
    """The plan for a no on an application's or interview's page: an offer to make one
    once an interview is near, or the plan made, with a way to change it.

    ``interviews`` is what the page already loaded (a list, or one interview), so asking
    whether there is one costs no query. Nothing shows once the answer is in.
    """
    if application.status in DECIDED_STATUSES:
        return {"show": False}
    plan = SetbackPlan.objects.filter(application=application).first()
    has_interview = bool(interviews)
    return {
        "show": plan is not None
        or offers_plan(application, has_plan=False, has_interview=has_interview),
        "plan": plan,
        "application": application,
        "suggestions": [text for text, _ in SUGGESTIONS[:4]],
    }
