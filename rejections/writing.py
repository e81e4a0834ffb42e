"""Private writing after a rejection: the prompts, and which session is open on which day.

Expressive writing after Spera, Buhrfeind & Pennebaker (1994): people who had lost their
job wrote about their deepest thoughts and feelings about it, twenty minutes a day for
five days. Here the sessions are optional, one a day at most, and the days need not
follow each other: session N opens the day after session N − 1 was finished. On any of
those days the writer may take the self-compassion prompt instead, after Kreemers et al.
(2020): write to yourself as you would to a friend who had the same news.

Everything here works on rows already loaded; nothing here queries.
"""

import datetime
from dataclasses import dataclass

from core.dates import day_text
from rejections.models import WRITING_SESSIONS, WritingKind, WritingSession

#: The suggested length of a session, in minutes (the studies' twenty minutes).
SUGGESTED_MINUTES = 20

EXPRESSIVE_PROMPTS: tuple[str, ...] = (
    "Write about your deepest thoughts and feelings about this rejection: what happened, "
    "how it felt, and what it means to you. Write freely and without stopping; spelling "
    "and grammar do not matter, and nobody else will read it.",
    "Write about how this rejection connects with the rest of your life: your work so far, "
    "the people around you, who you have been and who you would like to be.",
    "Write about what has been hardest in this search, and about what you have been "
    "carrying without saying it. If a thought keeps coming back, write it down and stay "
    "with it for a while.",
    "Write about how you see this rejection today compared with the first day. What has "
    "changed in how you think about it, and what has not?",
    "Write about what you take with you from this: what it showed you about yourself, "
    "what you want next, and how you would like to meet the next answer, yes or no.",
)

COMPASSION_PROMPT = (
    "Imagine a good friend has just had this same rejection and feels the way you do now. "
    "Write them a letter. What would you say to them, and how kindly would you say it? "
    "Many capable people are turned down, often for reasons that have nothing to do with "
    "them. When you have finished, read the letter again as if it had been written to you."
)

assert len(EXPRESSIVE_PROMPTS) == WRITING_SESSIONS


def prompt_for(number: int, kind: str) -> str:
    if kind == WritingKind.COMPASSION:
        return COMPASSION_PROMPT
    return EXPRESSIVE_PROMPTS[number - 1]


@dataclass(frozen=True)
class Slot:
    """Session ``number`` as the writing page shows it."""

    number: int
    session: WritingSession | None
    #: The first day it may be begun; ``None`` while the session before is unfinished.
    opens_on: datetime.date | None
    today: datetime.date

    @property
    def state(self) -> str:
        """``finished``, ``begun`` (saved, not finished), ``open`` (may be begun today),
        ``tomorrow``/``later`` (opens on a later day) or ``waiting`` (after the one before)."""
        if self.session is not None:
            return "finished" if self.session.finished else "begun"
        if self.opens_on is None:
            return "waiting"
        if self.opens_on <= self.today:
            return "open"
        return "tomorrow" if self.opens_on == self.today + datetime.timedelta(days=1) else "later"

    @property
    def can_write(self) -> bool:
        return self.state in ("finished", "begun", "open")

    @property
    def prompt(self) -> str:
        kind = self.session.kind if self.session else WritingKind.EXPRESSIVE
        return prompt_for(self.number, kind)


def slots(
    *, received_on: datetime.date, sessions: list[WritingSession], today: datetime.date
) -> list[Slot]:
    """The five sessions: each one open from the day after the one before was finished.

    The first opens on the day the rejection was received. A session that was begun stays
    open to its writer until they finish it, whatever the day.
    """
    by_number = {session.number: session for session in sessions}
    result = []
    opens_on: datetime.date | None = received_on
    for number in range(1, WRITING_SESSIONS + 1):
        session = by_number.get(number)
        result.append(Slot(number, session, opens_on, today))
        if session is not None and session.finished_on is not None:
            opens_on = session.finished_on + datetime.timedelta(days=1)
        else:
            opens_on = None
    return result


def next_slot(all_slots: list[Slot]) -> Slot | None:
    """The session to offer now: one begun and unfinished, else one open today."""
    for slot in all_slots:
        if slot.state in ("begun", "open"):
            return slot
    return None


def not_open_message(slot: Slot) -> str:
    """Why a session cannot be begun today, and when it can."""
    if slot.opens_on is None:
        return (
            f"Session {slot.number} opens the day after you finish session {slot.number - 1}: "
            "one session a day."
        )
    return f"Session {slot.number} opens on {day_text(slot.opens_on)}: one session a day."
