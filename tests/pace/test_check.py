"""The pace check's two rules, on their boundaries."""

import datetime

import pytest

from pace.check import (
    MANY_REJECTIONS,
    NOTE_DAYS,
    moods_falling,
    pace_check,
    rejection_window,
)

TODAY = datetime.date(2025, 3, 12)
DAY = datetime.timedelta(days=1)


@pytest.mark.parametrize(
    ("moods", "falling"),
    [
        ([4, 3, 2], True),  # each lower than the one before
        ([5, 4, 4], False),  # one step flat: not a run
        ([2, 3, 4], False),
        ([4, 3], False),  # too few notes
        ([5, 4, 3, 5, 5, 2], False),  # last three 5, 5, 2: not falling each time, avg 4 vs 4
        ([4, 4, 5, 3, 3, 4], True),  # averages 4.33 then 3.33: exactly one point lower
        ([4, 4, 5, 3, 4, 4], False),  # 4.33 then 3.67: less than a point
        ([1, 5, 5, 5, 4, 4, 3], True),  # the newest six: 5, 5, 4 (sum 14) then 4, 4, 3 (11)
        ([5, 5, 5, 1, 4, 4, 3], False),  # the newest six: 5, 5, 1 (11) then 4, 4, 3 (11)
    ],
)
def test_moods_fall_by_a_run_of_three_or_a_drop_of_one_point_in_average(moods, falling):
    assert moods_falling(moods) is falling


def _notes(*moods, newest: datetime.date = TODAY) -> list[tuple]:
    """Notes a day apart, oldest first, the last one on ``newest``."""
    count = len(moods)
    return [(newest - (count - 1 - i) * DAY, i + 1, mood) for i, mood in enumerate(moods)]


def test_falling_moods_suggest_a_lighter_week():
    check = pace_check(notes=_notes(4, 3, 2), rejections=0, today=TODAY)
    assert check.moods_falling and check.suggested and not check.many_rejections


def test_notes_are_taken_in_date_order_whatever_order_they_come_in():
    notes = list(reversed(_notes(4, 3, 2)))
    assert pace_check(notes=notes, rejections=0, today=TODAY).moods_falling


def test_notes_older_than_the_window_are_left_out():
    # The oldest of the three is one day too old: only two notes remain, no run.
    notes = _notes(4, 3, 2, newest=TODAY - (NOTE_DAYS - 2) * DAY)
    assert notes[0][0] == TODAY - NOTE_DAYS * DAY
    assert not pace_check(notes=notes, rejections=0, today=TODAY).moods_falling
    # On the window's first day, it counts.
    notes = _notes(4, 3, 2, newest=TODAY - (NOTE_DAYS - 3) * DAY)
    assert notes[0][0] == TODAY - (NOTE_DAYS - 1) * DAY
    assert pace_check(notes=notes, rejections=0, today=TODAY).moods_falling


def test_notes_dated_after_today_are_left_out():
    notes = [*_notes(4, 3), (TODAY + DAY, 9, 1)]
    assert not pace_check(notes=notes, rejections=0, today=TODAY).moods_falling


@pytest.mark.parametrize(
    ("count", "suggested"), [(MANY_REJECTIONS - 1, False), (MANY_REJECTIONS, True)]
)
def test_four_rejections_in_a_week_suggest_a_lighter_week(count, suggested):
    check = pace_check(notes=[], rejections=count, today=TODAY)
    assert check.suggested is suggested
    assert check.many_rejections is suggested


def test_the_rejection_window_is_seven_days_with_today():
    first, last = rejection_window(TODAY)
    assert (first, last) == (TODAY - 6 * DAY, TODAY)
