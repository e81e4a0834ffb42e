"""Interviews are typed and shown on the user's wall clock, stored in UTC, and last what
they really last when the clocks change. Both changes of 2026 in Europe/Berlin (forward at
02:00 on 29 March, back at 03:00 on 25 October) and America/New_York (forward at 02:00 on
8 March, back at 02:00 on 1 November): a time in the spring gap is refused, a time in the
autumn overlap is asked about, never picked silently."""

import datetime
import re
from contextlib import ExitStack
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import Preferences
from tests.factories import ApplicationFactory, InterviewFactory
from tracker.forms import InterviewForm
from tracker.models import Interview

pytestmark = pytest.mark.django_db

BERLIN = ZoneInfo("Europe/Berlin")
UTC = datetime.UTC


@pytest.fixture
def berlin():
    with timezone.override(BERLIN):
        yield


def form(owner, start: str, end: str, **extra: str) -> InterviewForm:
    application = ApplicationFactory(owner=owner)
    data = {
        "application": application.pk,
        "round": "1",
        "kind": "video",
        "scheduled_at": start,
        "ends_at": end,
        "outcome": "pending",
        **extra,
    }
    return InterviewForm(data, owner=owner)


@dataclass(frozen=True)
class Changes:
    """One zone's changes of the clocks in 2026, as typed in the form."""

    zone: str
    spring: str  # the day the clocks go forward
    gap: str  # a time that day which never happens
    autumn: str  # the day the clocks go back
    twice: str  # a time that day which happens twice
    first_utc: datetime.datetime  # ``twice`` the first time (summer time)
    second_utc: datetime.datetime  # ``twice`` the second time
    summer: str  # the zone's abbreviations
    winter: str


BERLIN_2026 = Changes(
    zone="Europe/Berlin",
    spring="2026-03-29",  # 02:00 CET -> 03:00 CEST
    gap="02:30",
    autumn="2026-10-25",  # 03:00 CEST -> 02:00 CET
    twice="02:30",
    first_utc=datetime.datetime(2026, 10, 25, 0, 30, tzinfo=UTC),
    second_utc=datetime.datetime(2026, 10, 25, 1, 30, tzinfo=UTC),
    summer="CEST",
    winter="CET",
)
NEW_YORK_2026 = Changes(
    zone="America/New_York",
    spring="2026-03-08",  # 02:00 EST -> 03:00 EDT
    gap="02:30",
    autumn="2026-11-01",  # 02:00 EDT -> 01:00 EST
    twice="01:30",
    first_utc=datetime.datetime(2026, 11, 1, 5, 30, tzinfo=UTC),
    second_utc=datetime.datetime(2026, 11, 1, 6, 30, tzinfo=UTC),
    summer="EDT",
    winter="EST",
)
BOTH = pytest.mark.parametrize("changes", [BERLIN_2026, NEW_YORK_2026], ids=lambda c: c.zone)


@pytest.fixture
def in_zone():
    """Activate a zone for the test: ``in_zone(changes)``."""
    with ExitStack() as stack:
        yield lambda changes: stack.enter_context(timezone.override(ZoneInfo(changes.zone)))


def _day(day: str, delta: int) -> str:
    return (datetime.date.fromisoformat(day) + datetime.timedelta(days=delta)).isoformat()


# --- Durations in real time -----------------------------------------------------------------


@BOTH
@pytest.mark.parametrize(
    ("season", "start", "end", "minutes"),
    [
        # The clocks go forward an hour: 01:30 to 04:00 on the wall is 90 minutes.
        ("spring", "01:30", "04:00", 90),
        # The clocks go back an hour: 00:30 to 03:00 on the wall is 210 minutes.
        ("autumn", "00:30", "03:00", 210),
    ],
)
def test_an_interview_across_a_change_of_the_clocks_lasts_its_real_time(
    owner, in_zone, changes, season, start, end, minutes
):
    in_zone(changes)
    day = getattr(changes, season)
    interview_form = form(owner, f"{day}T{start}", f"{day}T{end}")
    assert interview_form.is_valid(), interview_form.errors

    interview = interview_form.save()

    interview.refresh_from_db()
    assert interview.duration_minutes == minutes
    assert interview.ends_at - interview.scheduled_at == datetime.timedelta(minutes=minutes)
    zone = ZoneInfo(changes.zone)
    # It starts and ends at the times typed, on the wall clock.
    assert interview.scheduled_at.astimezone(zone).strftime("%H:%M") == start
    assert interview.ends_at.astimezone(zone).strftime("%H:%M") == end


def test_an_ordinary_night_lasts_what_the_clock_says(owner, berlin):
    interview_form = form(owner, "2026-05-10T01:30", "2026-05-10T04:00")
    assert interview_form.is_valid(), interview_form.errors
    interview = interview_form.save()
    assert interview.duration_minutes == 150
    assert interview.scheduled_at == datetime.datetime(2026, 5, 9, 23, 30, tzinfo=UTC)


@BOTH
def test_the_24_hour_limit_is_real_time_when_the_clocks_go_back(owner, in_zone, changes):
    in_zone(changes)
    # Noon to noon on the wall is 25 real hours over the night the clocks go back.
    before = _day(changes.autumn, -1)
    interview_form = form(owner, f"{before}T12:00", f"{changes.autumn}T12:00")

    assert not interview_form.is_valid()
    assert interview_form.errors["ends_at"] == ["An interview cannot last more than 24 hours."]


@BOTH
def test_the_24_hour_limit_is_real_time_when_the_clocks_go_forward(owner, in_zone, changes):
    in_zone(changes)
    # Noon to 12:30 on the wall is 23.5 real hours over the night the clocks go forward.
    before = _day(changes.spring, -1)
    interview_form = form(owner, f"{before}T12:00", f"{changes.spring}T12:30")

    assert interview_form.is_valid(), interview_form.errors
    assert interview_form.save().duration_minutes == 23 * 60 + 30


# --- The spring gap -------------------------------------------------------------------------


@BOTH
@pytest.mark.parametrize("field", ["scheduled_at", "ends_at"])
def test_a_time_in_the_spring_gap_is_refused_with_a_clear_message(owner, in_zone, changes, field):
    in_zone(changes)
    gap = f"{changes.spring}T{changes.gap}"
    start, end = (
        (gap, f"{changes.spring}T05:00")
        if field == "scheduled_at"
        else (
            f"{changes.spring}T00:30",
            gap,
        )
    )
    interview_form = form(owner, start, end)

    assert not interview_form.is_valid()
    day = datetime.date.fromisoformat(changes.spring)
    assert interview_form.errors[field] == [
        f"{changes.gap} on {day.day} March 2026 does not exist in {changes.zone}: the clocks "
        "skip that hour. Enter the time the clock shows after the change."
    ]
    # Nothing to choose: the time simply does not exist.
    assert f"{field}_fold" not in interview_form.fields


# --- The autumn overlap ---------------------------------------------------------------------


@BOTH
def test_a_time_that_happens_twice_is_never_picked_silently(owner, in_zone, changes):
    in_zone(changes)
    twice = f"{changes.autumn}T{changes.twice}"
    interview_form = form(owner, twice, f"{changes.autumn}T05:00")

    assert not interview_form.is_valid()
    day = datetime.date.fromisoformat(changes.autumn)
    month = f"{day:%B}"
    assert interview_form.errors["scheduled_at"] == [
        f"{changes.twice} on {day.day} {month} 2026 happens twice in {changes.zone}: the clocks "
        "go back an hour that night. Choose which one you mean."
    ]
    choice = interview_form.fields["scheduled_at_fold"]
    assert [label for _, label in choice.choices] == [
        f"{changes.twice} {changes.summer} (UTC{_offset(changes.first_utc, changes)}), "
        "the first time, before the clocks go back",
        f"{changes.twice} {changes.winter} (UTC{_offset(changes.second_utc, changes)}), "
        "the second time, after the clocks go back",
    ]
    # The choice comes right after the time it is about.
    names = list(interview_form.fields)
    assert names.index("scheduled_at_fold") == names.index("scheduled_at") + 1
    assert "ends_at_fold" not in interview_form.fields


def _offset(moment: datetime.datetime, changes: Changes) -> str:
    offset = moment.astimezone(ZoneInfo(changes.zone)).strftime("%z")
    return f"{offset[:3]}:{offset[3:]}"


@BOTH
@pytest.mark.parametrize(("fold", "attribute"), [("0", "first_utc"), ("1", "second_utc")])
def test_the_chosen_one_of_a_time_that_happens_twice_is_kept(
    owner, in_zone, changes, fold, attribute
):
    in_zone(changes)
    twice = f"{changes.autumn}T{changes.twice}"
    interview_form = form(owner, twice, f"{changes.autumn}T05:00", scheduled_at_fold=fold)
    assert interview_form.is_valid(), interview_form.errors

    interview = interview_form.save()

    interview.refresh_from_db()
    assert interview.scheduled_at == getattr(changes, attribute)
    ends = datetime.datetime.combine(
        datetime.date.fromisoformat(changes.autumn),
        datetime.time(5),
        tzinfo=ZoneInfo(changes.zone),
    )
    assert interview.ends_at == ends
    assert interview.duration_minutes == (ends - getattr(changes, attribute)).total_seconds() // 60


def test_an_end_that_happens_twice_is_asked_about_too(owner, berlin):
    interview_form = form(owner, "2026-10-25T01:00", "2026-10-25T02:30")
    assert not interview_form.is_valid()
    assert "ends_at_fold" in interview_form.fields
    assert "scheduled_at_fold" not in interview_form.fields

    interview_form = form(owner, "2026-10-25T01:00", "2026-10-25T02:30", ends_at_fold="1")
    assert interview_form.is_valid(), interview_form.errors
    # 01:00 CEST is 23:00 UTC; the second 02:30 (CET) is 01:30 UTC.
    assert interview_form.save().duration_minutes == 150


def test_a_choice_not_offered_is_no_choice(owner, berlin):
    interview_form = form(owner, "2026-10-25T02:30", "2026-10-25T04:00", scheduled_at_fold="2")
    assert not interview_form.is_valid()
    assert "scheduled_at" in interview_form.errors


def test_an_ordinary_time_has_no_choice_whatever_is_sent(owner, berlin):
    interview_form = form(owner, "2026-10-24T02:30", "2026-10-24T04:00", scheduled_at_fold="1")
    assert "scheduled_at_fold" not in interview_form.fields
    assert interview_form.is_valid(), interview_form.errors
    assert interview_form.save().scheduled_at == datetime.datetime(2026, 10, 24, 0, 30, tzinfo=UTC)


def test_editing_an_interview_at_the_second_time_keeps_it_there(owner, berlin):
    second = datetime.datetime(2026, 10, 25, 1, 30, tzinfo=UTC)  # 02:30 CET
    interview = InterviewFactory(application__owner=owner, scheduled_at=second)

    unbound = InterviewForm(instance=interview, owner=owner)

    assert unbound["scheduled_at"].value().strftime("%H:%M") == "02:30"
    assert unbound["scheduled_at_fold"].value() == 1
    assert re.search(r'value="1"[^>]*checked', str(unbound["scheduled_at_fold"]))
    # Saved unchanged, as the page sends it back, it stays at the second 02:30.
    data = {
        "application": interview.application.pk,
        "round": "1",
        "kind": "video",
        "scheduled_at": "2026-10-25T02:30",
        "scheduled_at_fold": "1",
        "ends_at": f"{timezone.localtime(interview.ends_at):%Y-%m-%dT%H:%M}",
        "outcome": "pending",
    }
    bound = InterviewForm(data, instance=interview, owner=owner)
    assert bound.is_valid(), bound.errors
    assert bound.save().scheduled_at == second


def test_the_form_page_asks_which_time_and_saves_the_one_chosen(owner, owner_client):
    Preferences.objects.create(user=owner, time_zone="America/New_York")
    owner_client.logout()
    owner_client.force_login(owner)
    application = ApplicationFactory(owner=owner)
    data = {
        "application": application.pk,
        "round": "1",
        "kind": "video",
        "scheduled_at": "2026-11-01T01:30",
        "ends_at": "2026-11-01T03:00",
        "outcome": "pending",
    }

    page = owner_client.post(reverse("tracker:interview-create"), data)

    assert page.status_code == 200
    html = page.content.decode()
    assert "happens twice in America/New_York" in html
    assert "Which 01:30?" in html
    assert "01:30 EDT (UTC-04:00), the first time, before the clocks go back" in html
    assert "01:30 EST (UTC-05:00), the second time, after the clocks go back" in html
    assert not Interview.objects.exists()

    saved = owner_client.post(
        reverse("tracker:interview-create"), data | {"scheduled_at_fold": "1"}
    )

    assert saved.status_code == 302
    interview = Interview.objects.get()
    assert interview.scheduled_at == NEW_YORK_2026.second_utc
    assert interview.duration_minutes == 90


def test_the_users_zone_is_used_for_typing_and_showing_an_interview(owner, owner_client):
    Preferences.objects.create(user=owner, time_zone="America/New_York")
    owner_client.logout()
    owner_client.force_login(owner)
    application = ApplicationFactory(owner=owner)

    response = owner_client.post(
        reverse("tracker:interview-create"),
        {
            "application": application.pk,
            "round": "1",
            "kind": "video",
            "scheduled_at": "2030-01-15T09:00",
            "ends_at": "2030-01-15T10:00",
            "outcome": "pending",
        },
    )

    assert response.status_code == 302
    interview = Interview.objects.get(application=application)
    # 09:00 in New York in January is 14:00 UTC.
    assert interview.scheduled_at == datetime.datetime(2030, 1, 15, 14, 0, tzinfo=UTC)
    page = owner_client.get(interview.get_absolute_url()).content.decode()
    # The reader's format (American English by default), the time and its zone in New York.
    assert (
        '<time datetime="2030-01-15T09:00-05:00">Jan. 15, 2030, 9 a.m.</time>'
        ' – <time datetime="2030-01-15T10:00-05:00">10 a.m. EST</time> (60 min)'
    ) in page
    assert "2 p.m." not in page


def test_the_feed_gives_interviews_in_utc_across_the_change(owner):
    from reminders.feed import build_calendar

    start = datetime.datetime(2026, 10, 24, 23, 30, tzinfo=UTC)  # 01:30 CEST
    InterviewFactory(application__owner=owner, scheduled_at=start, duration_minutes=210)

    ical = build_calendar(owner, now=start - datetime.timedelta(days=1)).to_ical().decode()

    assert "DTSTART:20261024T233000Z" in ical
    assert "DTEND:20261025T030000Z" in ical
