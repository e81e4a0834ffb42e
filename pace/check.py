"""The pace check: when to suggest a lighter week. A suggestion, never a diagnosis.

It speaks up on either of two signs, both counted from the person's own notes:

- **moods falling**: among the self-care notes of the last ``NOTE_DAYS`` days, the newest
  three each have a lower mood than the one before (say 4, 3, 2), or the newest three
  average at least one point below the three before them (4, 4, 5 then 3, 3, 4);
- **many rejections at once**: ``MANY_REJECTIONS`` or more received in the last
  ``REJECTION_DAYS`` days, today included.
"""

import datetime
from dataclasses import dataclass
from itertools import pairwise

#: Only notes this recent count: an old low patch is not this week's news.
NOTE_DAYS = 28
#: How many notes make a run, and the drop in average that counts as falling.
RUN = 3
AVERAGE_DROP = 1
MANY_REJECTIONS = 4
REJECTION_DAYS = 7


def rejection_window(today: datetime.date) -> tuple[datetime.date, datetime.date]:
    """The first and last day (both included) in which rejections are counted."""
    return today - datetime.timedelta(days=REJECTION_DAYS - 1), today


def note_window_start(today: datetime.date) -> datetime.date:
    return today - datetime.timedelta(days=NOTE_DAYS - 1)


def moods_falling(moods: list[int]) -> bool:
    """Whether moods, oldest first, fall at their end (see the module's rule)."""
    last = moods[-RUN:]
    if len(last) == RUN and all(later < earlier for earlier, later in pairwise(last)):
        return True
    if len(moods) < 2 * RUN:
        return False
    before = moods[-2 * RUN : -RUN]
    # Compared as sums, so no rounding gets in the way: an average one point lower is a
    # sum RUN points lower.
    return sum(last) <= sum(before) - AVERAGE_DROP * RUN


@dataclass(frozen=True)
class PaceCheck:
    moods_falling: bool
    rejections: int

    @property
    def many_rejections(self) -> bool:
        return self.rejections >= MANY_REJECTIONS

    @property
    def suggested(self) -> bool:
        return self.moods_falling or self.many_rejections


def pace_check(
    *, notes: list[tuple[datetime.date, int, int]], rejections: int, today: datetime.date
) -> PaceCheck:
    """``notes`` are ``(date, pk, mood)`` of self-care notes in any order (older ones are
    left out here); ``rejections`` is how many arrived in ``rejection_window(today)``."""
    start = note_window_start(today)
    recent = sorted((date, pk, mood) for date, pk, mood in notes if start <= date <= today)
    return PaceCheck(
        moods_falling=moods_falling([mood for _, _, mood in recent]), rejections=rejections
    )
