"""Interviews are typed and shown on the user's wall clock, stored in UTC, and last what
they really last when the clocks change (Europe/Berlin: forward at 02:00 on the last
Sunday of March, back at 03:00 on the last Sunday of October)."""

import datetime
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


def form(owner, start: str, end: str) -> InterviewForm:
    application = ApplicationFactory(owner=owner)
    data = {
        "application": application.pk,
        "round": "1",
        "kind": "video",
        "scheduled_at": start,
        "ends_at": end,
        "outcome": "pending",
    }
    return InterviewForm(data, owner=owner)


@pytest.mark.parametrize(
    ("start", "end", "minutes", "start_utc"),
    [
        # Spring: 01:30 CET is 00:30 UTC, 04:00 CEST is 02:00 UTC.
        ("2026-03-29T01:30", "2026-03-29T04:00", 90, datetime.datetime(2026, 3, 29, 0, 30)),
        # Autumn: 01:30 CEST is 23:30 UTC the day before, 04:00 CET is 03:00 UTC.
        ("2026-10-25T01:30", "2026-10-25T04:00", 210, datetime.datetime(2026, 10, 24, 23, 30)),
        # An ordinary night: what the clock says.
        ("2026-05-10T01:30", "2026-05-10T04:00", 150, datetime.datetime(2026, 5, 9, 23, 30)),
    ],
)
def test_an_interview_across_a_change_of_the_clocks_lasts_its_real_time(
    owner, berlin, start, end, minutes, start_utc
):
    interview_form = form(owner, start, end)
    assert interview_form.is_valid(), interview_form.errors

    interview = interview_form.save()

    interview.refresh_from_db()
    assert interview.duration_minutes == minutes
    assert interview.scheduled_at == start_utc.replace(tzinfo=UTC)
    # And it ends at the time typed, on the wall clock.
    assert interview.ends_at.astimezone(BERLIN).strftime("%H:%M") == "04:00"


def test_a_time_in_the_spring_gap_is_refused_with_a_clear_message(owner, berlin):
    interview_form = form(owner, "2026-03-29T02:30", "2026-03-29T04:00")

    assert not interview_form.is_valid()
    assert interview_form.errors["scheduled_at"] == [
        "02:30 on 29 March 2026 does not exist in Europe/Berlin: the clocks skip that hour. "
        "Enter the time the clock shows after the change."
    ]


def test_a_time_in_the_autumn_overlap_is_read_as_the_first_one_on_summer_time(owner, berlin):
    interview_form = form(owner, "2026-10-25T02:30", "2026-10-25T04:00")
    assert interview_form.is_valid(), interview_form.errors

    interview = interview_form.save()

    interview.refresh_from_db()
    # 02:30 CEST is 00:30 UTC; 04:00 CET is 03:00 UTC.
    assert interview.scheduled_at == datetime.datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    assert interview.duration_minutes == 150


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
