"""This week's goals: counted from the data, Monday to Sunday in the person's time zone."""

import datetime
import zoneinfo

import pytest
from django.utils import timezone

from pace.goals import Week, lighter, monday_of, week_progress
from pace.models import WeeklyGoals
from pace.services import set_lighter_week
from rejections.models import Letter, NetworkingLink
from tests.factories import (
    ApplicationFactory,
    ContactFactory,
    LetterFactory,
    NetworkingLinkFactory,
    SelfCareNoteFactory,
)

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)
MONDAY = datetime.date(2025, 3, 10)
SUNDAY = MONDAY + 6 * DAY


def _goals(owner, **targets) -> WeeklyGoals:
    values = {"applications": 3, "people": 2, "letters": 1, "self_care": 2} | targets
    return WeeklyGoals.objects.create(owner=owner, **values)


def _done(progress) -> dict[str, int]:
    return {goal.kind: goal.done for goal in progress.goals}


@pytest.mark.parametrize(
    "day", [MONDAY, MONDAY + 3 * DAY, SUNDAY], ids=["monday", "thursday", "sunday"]
)
def test_a_week_runs_from_monday_to_sunday(day):
    assert monday_of(day) == MONDAY
    assert Week.of(day).sunday == SUNDAY


def test_no_goals_means_no_progress(owner):
    assert week_progress(owner, MONDAY) is None


def test_only_goals_that_are_set_are_shown(owner):
    _goals(owner, people=None, letters=None, self_care=None)
    progress = week_progress(owner, MONDAY)
    assert [goal.kind for goal in progress.goals] == ["applications"]


def test_applications_count_by_their_sending_date_within_the_week(owner):
    _goals(owner)
    for day in (MONDAY - DAY, MONDAY, SUNDAY, SUNDAY + DAY):
        ApplicationFactory(owner=owner, applied_on=day)
    ApplicationFactory(owner=owner, applied_on=None)
    assert _done(week_progress(owner, MONDAY + 2 * DAY))["applications"] == 2


def test_people_contacted_count_each_person_once(owner):
    _goals(owner)
    in_week = ContactFactory(owner=owner, last_contacted_on=MONDAY + DAY)
    ContactFactory(owner=owner, last_contacted_on=MONDAY - DAY)
    # A networking plan made this week counts its person, once even with a contact date.
    link = NetworkingLinkFactory(rejection__application__owner=owner, contact=in_week)
    other = NetworkingLinkFactory(rejection__application__owner=owner, contact__owner=owner)
    starts, _ = Week(MONDAY).midnights()
    NetworkingLink.objects.filter(pk__in=[link.pk, other.pk]).update(
        created_at=starts + datetime.timedelta(hours=1)
    )
    assert _done(week_progress(owner, MONDAY))["people"] == 2


def test_letters_count_when_sent_in_the_week(owner):
    _goals(owner)
    for day in (MONDAY - DAY, MONDAY, SUNDAY):
        LetterFactory(rejection__application__owner=owner, status=Letter.Status.SENT, sent_on=day)
    LetterFactory(rejection__application__owner=owner)  # a draft
    assert _done(week_progress(owner, MONDAY))["letters"] == 2


def test_self_care_counts_notes_dated_in_the_week(owner):
    _goals(owner)
    for day in (MONDAY - DAY, MONDAY, SUNDAY, SUNDAY + DAY):
        SelfCareNoteFactory(owner=owner, date=day)
    assert _done(week_progress(owner, MONDAY))["self_care"] == 2


def test_another_users_data_never_counts(owner, stranger):
    _goals(owner)
    ApplicationFactory(owner=stranger, applied_on=MONDAY)
    SelfCareNoteFactory(owner=stranger, date=MONDAY)
    ContactFactory(owner=stranger, last_contacted_on=MONDAY)
    assert set(_done(week_progress(owner, MONDAY)).values()) == {0}


def test_a_networking_plan_late_on_sunday_counts_in_the_persons_own_time_zone(owner):
    """23:30 on Sunday in Auckland is Sunday morning in UTC, and Monday is already the
    next week there: the week is the person's."""
    _goals(owner)
    zone = zoneinfo.ZoneInfo("Pacific/Auckland")
    late_sunday = datetime.datetime.combine(SUNDAY, datetime.time(23, 30), tzinfo=zone)
    early_monday = datetime.datetime.combine(SUNDAY + DAY, datetime.time(0, 30), tzinfo=zone)
    sunday_link = NetworkingLinkFactory(rejection__application__owner=owner, contact__owner=owner)
    monday_link = NetworkingLinkFactory(rejection__application__owner=owner, contact__owner=owner)
    NetworkingLink.objects.filter(pk=sunday_link.pk).update(created_at=late_sunday)
    NetworkingLink.objects.filter(pk=monday_link.pk).update(created_at=early_monday)
    with timezone.override(zone):
        assert _done(week_progress(owner, SUNDAY))["people"] == 1
        assert _done(week_progress(owner, SUNDAY + DAY))["people"] == 1
    # In UTC both moments are on Sunday (10:30 and 11:30): the same week.
    with timezone.override(datetime.UTC):
        assert _done(week_progress(owner, SUNDAY))["people"] == 2


def test_goals_are_met_when_every_target_is_reached(owner):
    _goals(owner, applications=1, people=None, letters=None, self_care=1)
    ApplicationFactory(owner=owner, applied_on=MONDAY)
    assert not week_progress(owner, MONDAY).all_met
    SelfCareNoteFactory(owner=owner, date=MONDAY)
    progress = week_progress(owner, MONDAY)
    assert progress.all_met
    # Doing more is fine: the bar is full, not "over".
    ApplicationFactory(owner=owner, applied_on=MONDAY)
    goal = week_progress(owner, MONDAY).goals[0]
    assert (goal.done, goal.shown_done, goal.met) == (2, 1, True)


@pytest.mark.parametrize(("usual", "halved"), [(1, 1), (2, 1), (3, 2), (10, 5), (50, 25)])
def test_a_lighter_week_halves_a_target_rounded_up(usual, halved):
    assert lighter(usual) == halved


def test_a_lighter_week_lasts_until_sunday_and_never_lowers_self_care(owner):
    _goals(owner, applications=4, people=2, letters=1, self_care=3)
    set_lighter_week(owner=owner, today=MONDAY + 2 * DAY, lighter=True)

    this_week = {goal.kind: goal.target for goal in week_progress(owner, SUNDAY).goals}
    next_week = {goal.kind: goal.target for goal in week_progress(owner, SUNDAY + DAY).goals}

    assert this_week == {"applications": 2, "people": 1, "letters": 1, "self_care": 3}
    assert next_week == {"applications": 4, "people": 2, "letters": 1, "self_care": 3}
    assert week_progress(owner, SUNDAY).lighter
    set_lighter_week(owner=owner, today=SUNDAY, lighter=False)
    assert not week_progress(owner, SUNDAY).lighter


def test_lightening_without_goals_changes_nothing(owner):
    assert set_lighter_week(owner=owner, today=MONDAY, lighter=True) is None
    assert not WeeklyGoals.objects.exists()
