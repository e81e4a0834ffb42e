"""The feed read by independent software: ``vobject`` (not the ``icalendar`` package that
writes it) parses it, and the RFC 5545 rules calendar apps rely on are checked on the bytes:
CRLF line ends, lines of at most 75 octets, unique UIDs, the properties every event must
have."""

import datetime

import pytest
import vobject
from django.utils import timezone

from tests.factories import (
    ApplicationFactory,
    ContactFactory,
    InterviewFactory,
    NetworkingLinkFactory,
)
from tests.reminders.factories import ReminderSettingsFactory
from tracker import services
from tracker.models import Interview

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)
# As long as a position title may be (200 characters), far beyond one 75-octet line.
LONG = ("Senior Staff Principal Distinguished Engineer, Platform Reliability " * 3)[:200]
HOSTILE = "Line1\nLine2, ; \\ <b>\r\nEND:VEVENT\nBEGIN:VEVENT 李雷 🙂"


@pytest.fixture(autouse=True)
def _site(settings):
    settings.SITE_URL = "https://jobs.example.com"
    settings.ALLOWED_HOSTS = ["jobs.example.com", "testserver"]
    settings.TIME_ZONE = "Europe/Berlin"


@pytest.fixture
def raw(client, owner) -> bytes:
    """A feed with every kind of event, long and hostile text, a reminder and a deletion."""
    reminder_settings = ReminderSettingsFactory(user=owner)
    reminder_settings.set_interview_alarm(15)
    today = timezone.localdate()
    contact = ContactFactory(owner=owner, name="Zoë Ñúñez-Østergård", next_check_in_on=today)
    interview = InterviewFactory(
        application__owner=owner,
        application__position_title=LONG,
        application__company__name='Acme; "Evil", Inc',
        location=HOSTILE,
    )
    interview.interviewers.add(contact)
    InterviewFactory(application__owner=owner, outcome="cancelled")
    deleted = InterviewFactory(application__owner=owner, application__position_title=HOSTILE)
    services.delete_interviews(interviews=Interview.objects.filter(pk=deleted.pk))
    ApplicationFactory(owner=owner, next_action_on=today + DAY, next_action=HOSTILE)
    NetworkingLinkFactory(rejection__application__owner=owner, note=LONG[:300])
    NetworkingLinkFactory(rejection__application__owner=owner, check_in_on=today + 2 * DAY)

    response = client.get(reminder_settings.calendar_path)
    assert response.status_code == 200
    return response.content


def test_every_line_ends_with_crlf(raw):
    assert raw.endswith(b"\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert b"\r" not in raw.replace(b"\r\n", b"")


def test_no_line_is_longer_than_75_octets(raw):
    lines = raw.split(b"\r\n")
    assert max(len(line) for line in lines) <= 75
    # The long and the multi-byte text really was folded (a continuation starts with a space).
    assert any(line.startswith(b" ") for line in lines)


def test_a_second_parser_reads_every_event_with_the_required_properties(raw):
    calendar = vobject.readOne(raw.decode("utf-8"))

    assert calendar.name == "VCALENDAR"
    assert calendar.version.value == "2.0"
    assert calendar.prodid.value
    events = calendar.vevent_list
    assert len(events) == 7  # 3 interviews (one deleted), a follow-up, a check-in, 2 plans
    uids = [event.uid.value for event in events]
    assert len(set(uids)) == len(uids)
    for event in events:
        assert isinstance(event.dtstamp.value, datetime.datetime)
        assert event.dtstamp.value.utcoffset() == datetime.timedelta(0)
        assert event.last_modified.value == event.dtstamp.value
        assert int(event.sequence.value) >= 0
        assert event.dtend.value > event.dtstart.value
        assert event.summary.value


def test_a_second_parser_reads_the_text_as_written(raw, owner):
    calendar = vobject.readOne(raw.decode("utf-8"))
    by_uid = {event.uid.value: event for event in calendar.vevent_list}
    interview = Interview.objects.get(application__position_title=LONG)

    event = by_uid[f"interview-{interview.pk}@jobs.example.com"]

    assert event.summary.value == f'Interview: {LONG} at Acme; "Evil", Inc'
    assert event.location.value == HOSTILE.replace("\r\n", "\n")
    assert event.dtstart.value == interview.scheduled_at.replace(microsecond=0)
    assert event.status.value == "CONFIRMED"
    assert "Zoë Ñúñez-Østergård" in event.description.value


def test_all_day_events_are_dates_and_timed_events_are_utc(raw):
    calendar = vobject.readOne(raw.decode("utf-8"))
    for event in calendar.vevent_list:
        start, end = event.dtstart.value, event.dtend.value
        if event.uid.value.startswith("interview-"):
            assert start.utcoffset() == end.utcoffset() == datetime.timedelta(0)
        else:
            assert type(start) is datetime.date and type(end) is datetime.date
            assert end - start == DAY
            assert event.transp.value == "TRANSPARENT"


def test_reminders_are_complete_display_alarms(raw):
    calendar = vobject.readOne(raw.decode("utf-8"))
    alarms = [
        (event, alarm)
        for event in calendar.vevent_list
        for alarm in getattr(event, "valarm_list", [])
    ]
    # Only the interview that still takes place: not the cancelled or the deleted one.
    assert len(alarms) == 1
    event, alarm = alarms[0]
    assert event.status.value == "CONFIRMED"
    assert alarm.action.value == "DISPLAY"
    assert alarm.description.value  # required for DISPLAY
    assert alarm.trigger.value == datetime.timedelta(minutes=-15)


def test_cancelled_and_deleted_interviews_say_so(raw):
    calendar = vobject.readOne(raw.decode("utf-8"))
    statuses = sorted(
        event.status.value
        for event in calendar.vevent_list
        if event.uid.value.startswith("interview-")
    )
    assert statuses == ["CANCELLED", "CANCELLED", "CONFIRMED"]
