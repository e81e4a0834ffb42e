"""Plans for a no, made before it comes: "If they say no, I will …".

An if-then plan (an implementation intention) links a situation to an action decided in
advance; job seekers who made them acted on their intentions more often (van Hooft et al.
2005). Preparing for setbacks before they happen is also what the JOBS II trial's
inoculation did (Vinokur & Schul 1997). The plan is offered once an application has an
interview or reaches screening, and shown first in the rejection's workspace.
"""

import datetime

from django.utils import timezone

from rejections.models import SetbackPlan
from tracker.models import Application
from tracker.stages import Status

#: Suggested plans to pick from: the text, and the workspace step that does it.
SUGGESTIONS: tuple[tuple[str, str], ...] = (
    ("Ask them for feedback", "feedback"),
    ("Send a thank-you note to the people I met", "thank"),
    ("Reach out to the interviewer on LinkedIn", "network"),
    ("Apply to two similar roles this week", "keep_applying"),
    ("Take an evening off and do something I enjoy", "self_care"),
    ("Tell a friend how it went", "self_care"),
)
SUGGESTION_STEPS = dict(SUGGESTIONS)
#: At most this many actions in one plan, each at most this long.
MAX_ACTIONS = 8
MAX_ACTION_LENGTH = 200

#: Statuses where a no may still come and an interview is near or done.
PLANNING_STATUSES = (Status.SCREENING, Status.INTERVIEWING)
#: Statuses where no plan is offered: the answer is in (or the user stopped).
DECIDED_STATUSES = (Status.ACCEPTED, Status.REJECTED, Status.WITHDRAWN, Status.GHOSTED)


def offers_plan(application: Application, *, has_plan: bool, has_interview: bool) -> bool:
    """Whether to offer making a plan: not yet made, the answer not in, and the application
    at screening or later, or with an interview scheduled."""
    if has_plan or application.status in DECIDED_STATUSES:
        return False
    return application.status in PLANNING_STATUSES or has_interview


def made_before(plan: SetbackPlan, received_on: datetime.date) -> bool:
    """Whether the plan was made before the answer came: on the day it was received or
    earlier, in the user's time zone."""
    return timezone.localdate(plan.created_at) <= received_on


def step_of(action: str) -> str | None:
    """The workspace step a suggested action belongs to (its anchor), for a link."""
    return SUGGESTION_STEPS.get(action)
