"""Every fact about an application's status and a rejection's stage, in one place.

The board, the dashboard's charts, letters, the rejection workspace, imports and the demo
data all read these: a new status or stage is added here and nowhere else.
"""

from django.db import models


class Status(models.TextChoices):
    WISHLIST = "wishlist", "Wishlist"
    APPLIED = "applied", "Applied"
    SCREENING = "screening", "Screening"
    INTERVIEWING = "interviewing", "Interviewing"
    OFFER = "offer", "Offer"
    ACCEPTED = "accepted", "Accepted"
    REJECTED = "rejected", "Rejected"
    WITHDRAWN = "withdrawn", "Withdrawn"
    GHOSTED = "ghosted", "Ghosted"


#: Statuses that are still moving: each has a column on the board.
ACTIVE_STATUSES = [
    Status.WISHLIST,
    Status.APPLIED,
    Status.SCREENING,
    Status.INTERVIEWING,
    Status.OFFER,
]
#: Outcomes: counted on the board, not shown as cards.
CLOSED_STATUSES = [Status.ACCEPTED, Status.REJECTED, Status.WITHDRAWN, Status.GHOSTED]

#: The pipeline, in order: the funnel has a bar per stage.
PIPELINE = [
    Status.WISHLIST,
    Status.APPLIED,
    Status.SCREENING,
    Status.INTERVIEWING,
    Status.OFFER,
    Status.ACCEPTED,
]

#: How far along the pipeline (wishlist 0 … accepted 5) each status shows an application
#: got. A rejection or silence means it was sent (at least *applied*); withdrawing may
#: happen from the wishlist.
PIPELINE_RANK = {
    Status.WISHLIST: 0,
    Status.WITHDRAWN: 0,
    Status.APPLIED: 1,
    Status.REJECTED: 1,
    Status.GHOSTED: 1,
    Status.SCREENING: 2,
    Status.INTERVIEWING: 3,
    Status.OFFER: 4,
    Status.ACCEPTED: 5,
}
#: Being sent (an ``applied_on`` date) means at least this rank.
SENT_RANK = PIPELINE_RANK[Status.APPLIED]

#: An application *now* in one of these has had an answer from the employer (the
#: dashboard's response rate). Accepted counts: it was answered with an offer.
ANSWERED_STATUSES = [
    Status.SCREENING,
    Status.INTERVIEWING,
    Status.OFFER,
    Status.ACCEPTED,
    Status.REJECTED,
]
#: A *move* into one of these is the employer answering (the weekly "responses" series).
#: Accepting is the applicant's own step after an offer, so it is not a new answer.
RESPONSE_MOVES = [Status.SCREENING, Status.INTERVIEWING, Status.OFFER, Status.REJECTED]


def rank_of(status: str) -> int:
    """The pipeline rank of a status; an unknown one ranks nowhere (the database refuses it)."""
    return PIPELINE_RANK.get(status, 0)


def is_correction(from_status: str, to_status: str) -> bool:
    """Whether a move takes back stages instead of recording an outcome.

    A move *to an active status* (wishlist … offer) ranked lower than the status it leaves
    is a correction: the stages above the new status did not happen after all (a card
    dragged one column too far, a status chosen by mistake), so they stop counting as
    reached. Interviewing → screening takes back interviewing; applied → wishlist takes
    back applied. A move to a closed status (rejected, withdrawn, ghosted, accepted) is an
    outcome and takes nothing back: interviewing → rejected still reached interviews. A
    move between equal ranks (withdrawn → wishlist, ghosted → applied) takes nothing back.
    """
    return to_status in ACTIVE_STATUSES and rank_of(to_status) < rank_of(from_status)


class Stage(models.TextChoices):
    """How far a rejected application got before the no."""

    APPLICATION = "application", "Application (no interview)"
    SCREENING = "screening", "Screening call"
    INTERVIEW = "interview", "Interviews"
    FINAL = "final", "Final round"
    OFFER = "offer", "Offer stage"


#: The stage a rejection states, on the pipeline's scale.
STAGE_RANK = {
    Stage.APPLICATION: 1,
    Stage.SCREENING: 2,
    Stage.INTERVIEW: 3,
    Stage.FINAL: 3,
    Stage.OFFER: 4,
}
#: Labels where space is short (chart axes).
STAGE_SHORT_LABELS = {
    Stage.APPLICATION: "Application",
    Stage.SCREENING: "Screening",
    Stage.INTERVIEW: "Interviews",
    Stage.FINAL: "Final round",
    Stage.OFFER: "Offer",
}
#: What a letter's ``{{ stage }}`` placeholder says ("thank you for …").
STAGE_LETTER_WORDS = {
    Stage.APPLICATION: "my application",
    Stage.SCREENING: "the screening call",
    Stage.INTERVIEW: "the interviews",
    Stage.FINAL: "the final round",
    Stage.OFFER: "the offer stage",
}
#: The statuses an application passes through, after *applied*, to reach a stage.
STAGE_PATH = {
    Stage.APPLICATION: [],
    Stage.SCREENING: [Status.SCREENING],
    Stage.INTERVIEW: [Status.SCREENING, Status.INTERVIEWING],
    Stage.FINAL: [Status.SCREENING, Status.INTERVIEWING],
    Stage.OFFER: [Status.SCREENING, Status.INTERVIEWING, Status.OFFER],
}
