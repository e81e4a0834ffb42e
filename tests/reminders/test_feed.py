"""The private calendar feed, parsed back with icalendar as a calendar app would."""

import datetime
import zoneinfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from icalendar import Calendar

from reminders import feed
from tests.factories import (
    ApplicationFactory,
    ContactFactory,
    InterviewFactory,
    NetworkingLinkFactory,
    RejectionFactory,
    UserFactory,
)
from tests.reminders.factories import ReminderSettingsFactory
from tracker.models import Contact
from tracker.stages import Status

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
HOSTILE = "Line1\nLine2, ; \\ <script>alert(1)</script>\r\nEND:VEVENT\nBEGIN:VEVENT"


@pytest.fixture(autouse=True)
def _site(settings):
    settings.SITE_URL = "https://jobs.example.com"
    settings.ALLOWED_HOSTS = ["jobs.example.com", "rebound.internal", "testserver"]
    settings.TIME_ZONE = "Europe/Berlin"


@pytest.fixture
def feed_url(owner) -> str:
    return ReminderSettingsFactory(user=owner).calendar_path


def _get(client, url: str, host: str = "jobs.example.com") -> Calendar:
    response = client.get(url, HTTP_HOST=host, secure=True)
    assert response.status_code == 200
    return Calendar.from_ical(response.content)


def _events(calendar: Calendar) -> dict[str, object]:
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def _in_days(days: int, hour: int = 14, minute: int = 30) -> datetime.datetime:
    day = timezone.localdate() + days * DAY
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=BERLIN)


# --- Access -----------------------------------------------------------------------------


def test_the_feed_works_without_signing_in(client, feed_url):
    response = client.get(feed_url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Cache-Control"] == "private, max-age=300"
    assert response["Content-Disposition"] == 'inline; filename="rebound.ics"'


def test_the_feed_url_is_under_calendar_with_the_token(owner, feed_url):
    token = owner.reminder_settings.calendar_token
    assert feed_url == f"/calendar/{token}.ics"
    assert owner.reminder_settings.calendar_url == f"https://jobs.example.com/calendar/{token}.ics"


@pytest.mark.parametrize(
    "url",
    [
        "/calendar/" + "x" * 43 + ".ics",  # well formed, unknown
        "/calendar/short.ics",  # not a token at all
        "/calendar/.ics",
    ],
)
def test_an_unknown_token_is_404(client, feed_url, url):
    assert client.get(url).status_code == 404


def test_a_replaced_token_is_404(client, owner, feed_url):
    owner.reminder_settings.regenerate_calendar_token()
    assert client.get(feed_url).status_code == 404


def test_the_feed_of_a_deactivated_account_is_404(client, owner, feed_url):
    owner.is_active = False
    owner.save(update_fields=["is_active"])
    assert client.get(feed_url).status_code == 404


def test_the_feed_does_not_accept_post(client, feed_url):
    assert client.post(feed_url).status_code == 405


# --- Calendar properties ----------------------------------------------------------------


def test_the_calendar_names_itself_and_asks_for_hourly_refresh(client, feed_url):
    raw = client.get(feed_url, HTTP_HOST="jobs.example.com", secure=True).content.decode()
    calendar = Calendar.from_ical(raw)
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]) == feed.PRODID
    assert str(calendar["X-WR-CALNAME"]) == "Rebound"
    assert calendar.calendar_name == "Rebound"
    assert calendar.refresh_interval == datetime.timedelta(hours=1)
    assert "REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n" in raw
    assert "X-PUBLISHED-TTL:PT1H\r\n" in raw
    # No METHOD: DTSTAMP then means "last revised", which is what the feed says.
    assert "METHOD" not in raw


def test_an_interview_is_a_timed_event_in_utc(client, owner, feed_url):
    starts = _in_days(5)
    contact = ContactFactory(owner=owner, name="Priya Raman")
    interview = InterviewFactory(
        application__owner=owner,
        application__position_title="Data Analyst",
        application__company__name="Northwind",
        scheduled_at=starts,
        duration_minutes=45,
        location="Room 4, Hauptstraße 1",
        round=2,
    )
    interview.interviewers.add(contact)

    raw = client.get(feed_url, HTTP_HOST="jobs.example.com", secure=True).content.decode()
    event = _events(Calendar.from_ical(raw))[f"interview-{interview.pk}@jobs.example.com"]

    assert event.start == starts.astimezone(datetime.UTC)
    assert event.start.tzinfo.utcoffset(event.start) == datetime.timedelta(0)
    assert event.end == (starts + datetime.timedelta(minutes=45)).astimezone(datetime.UTC)
    assert f"DTSTART:{starts.astimezone(datetime.UTC):%Y%m%dT%H%M%SZ}" in raw
    assert str(event["SUMMARY"]) == "Interview: Data Analyst at Northwind"
    assert str(event["LOCATION"]) == "Room 4, Hauptstraße 1"
    description = str(event["DESCRIPTION"])
    assert "Interviewers: Priya Raman" in description
    assert "round 2" in description
    assert f"https://jobs.example.com/interviews/{interview.pk}/" in description
    assert str(event["URL"]) == f"https://jobs.example.com/interviews/{interview.pk}/"
    assert str(event["STATUS"]) == "CONFIRMED"
    assert "DTSTAMP" in event


def test_a_cancelled_interview_is_marked_cancelled(client, owner, feed_url):
    interview = InterviewFactory(application__owner=owner, outcome="cancelled")
    event = _events(_get(client, feed_url))[f"interview-{interview.pk}@jobs.example.com"]
    assert str(event["STATUS"]) == "CANCELLED"


def test_follow_ups_and_check_ins_are_all_day_events(client, owner, feed_url):
    today = timezone.localdate()
    application = ApplicationFactory(
        owner=owner,
        status=Status.APPLIED,
        next_action_on=today + 3 * DAY,
        next_action="Ask Sam about the timeline",
        position_title="Analyst",
        company__name="Acme",
    )
    contact = ContactFactory(owner=owner, name="Sam Lee", next_check_in_on=today + 10 * DAY)
    link = NetworkingLinkFactory(
        rejection__application__owner=owner,
        contact__name="Jo Park",
        check_in_on=today + 20 * DAY,
        note="Congratulate on the launch",
    )

    raw = client.get(feed_url, HTTP_HOST="jobs.example.com", secure=True).content.decode()
    events = _events(Calendar.from_ical(raw))

    follow_up = events[f"follow-up-{application.pk}@jobs.example.com"]
    assert follow_up.start == today + 3 * DAY
    assert not isinstance(follow_up.start, datetime.datetime)
    assert follow_up.end == today + 4 * DAY
    assert follow_up["DTSTART"].params["VALUE"] == "DATE"
    assert str(follow_up["SUMMARY"]) == "Follow up: Analyst at Acme"
    assert "Ask Sam about the timeline" in str(follow_up["DESCRIPTION"])
    assert str(follow_up["TRANSP"]) == "TRANSPARENT"
    assert f"DTSTART;VALUE=DATE:{today + 3 * DAY:%Y%m%d}" in raw

    check_in = events[f"check-in-contact-{contact.pk}@jobs.example.com"]
    assert check_in.start == today + 10 * DAY
    assert str(check_in["SUMMARY"]) == "Check in with Sam Lee"

    network = events[f"check-in-network-{link.pk}@jobs.example.com"]
    assert network.start == today + 20 * DAY
    assert str(network["SUMMARY"]) == "Check in with Jo Park"
    assert "Congratulate on the launch" in str(network["DESCRIPTION"])
    assert f"/rejections/{link.rejection.pk}/" in str(network["URL"])


def test_closed_applications_have_no_follow_up(client, owner, feed_url):
    for status in (Status.REJECTED, Status.ACCEPTED, Status.WITHDRAWN, Status.GHOSTED):
        ApplicationFactory(owner=owner, status=status, next_action_on=timezone.localdate())
    assert _events(_get(client, feed_url)) == {}


def test_only_the_last_30_and_next_365_days_are_in_the_feed(client, owner, feed_url):
    today = timezone.localdate()
    inside = [
        InterviewFactory(application__owner=owner, scheduled_at=timezone.now() - 29 * DAY),
        InterviewFactory(application__owner=owner, scheduled_at=timezone.now() + 364 * DAY),
    ]
    InterviewFactory(application__owner=owner, scheduled_at=timezone.now() - 31 * DAY)
    InterviewFactory(application__owner=owner, scheduled_at=timezone.now() + 366 * DAY)
    ApplicationFactory(owner=owner, next_action_on=today - 31 * DAY)
    ApplicationFactory(owner=owner, next_action_on=today + 366 * DAY)
    ContactFactory(owner=owner, next_check_in_on=today - 31 * DAY)
    NetworkingLinkFactory(rejection__application__owner=owner, check_in_on=today + 400 * DAY)

    uids = set(_events(_get(client, feed_url)))

    assert uids == {f"interview-{interview.pk}@jobs.example.com" for interview in inside}


def test_uids_are_stable_across_requests(client, owner, feed_url):
    InterviewFactory(application__owner=owner)
    ApplicationFactory(owner=owner, next_action_on=timezone.localdate())
    ContactFactory(owner=owner, next_check_in_on=timezone.localdate())
    NetworkingLinkFactory(rejection__application__owner=owner)

    first = _events(_get(client, feed_url))
    second = _events(_get(client, feed_url))

    assert len(first) == 4
    assert first.keys() == second.keys()
    for uid, event in first.items():
        assert second[uid].start == event.start


def test_another_users_events_never_appear(client, owner, stranger, feed_url):
    today = timezone.localdate()
    mine = InterviewFactory(application__owner=owner)
    InterviewFactory(application__owner=stranger, application__position_title="Secret role")
    ApplicationFactory(owner=stranger, next_action_on=today, position_title="Secret follow-up")
    ContactFactory(owner=stranger, name="Secret contact", next_check_in_on=today)
    NetworkingLinkFactory(rejection__application__owner=stranger, contact__name="Secret link")
    # Rows only the admin could create: the owner's interview and rejection pointing at the
    # stranger's contacts. Neither name may leak into the owner's feed.
    mine.interviewers.add(ContactFactory(owner=stranger, name="Secret interviewer"))
    NetworkingLinkFactory(
        rejection=RejectionFactory(application__owner=owner),
        contact=ContactFactory(owner=stranger, name="Secret networker"),
    )
    ReminderSettingsFactory(user=stranger)

    raw = client.get(feed_url, HTTP_HOST="jobs.example.com", secure=True).content.decode()

    assert "Secret" not in raw
    assert set(_events(Calendar.from_ical(raw))) == {f"interview-{mine.pk}@jobs.example.com"}


def test_hostile_text_is_escaped_and_read_back_unchanged(client, owner, feed_url):
    unicode_name = "Zoë Ñúñez-Østergård 李雷 🙂"
    contact = ContactFactory(owner=owner, name=unicode_name, next_check_in_on=timezone.localdate())
    interview = InterviewFactory(
        application__owner=owner,
        application__position_title=HOSTILE,
        application__company__name='Acme; "Evil", Inc',
        location=HOSTILE,
    )
    interview.interviewers.add(contact)
    application = ApplicationFactory(
        owner=owner, next_action_on=timezone.localdate(), next_action="a\x07b\x1bc" + HOSTILE
    )

    raw = client.get(feed_url, HTTP_HOST="jobs.example.com", secure=True).content.decode()
    calendar = Calendar.from_ical(raw)
    events = _events(calendar)

    # Exactly three events: the newlines did not start a new one.
    assert len(events) == 3
    assert raw.count("\r\nBEGIN:VEVENT\r\n") == 3
    event = events[f"interview-{interview.pk}@jobs.example.com"]
    assert (
        str(event["SUMMARY"]) == f'Interview: {HOSTILE.replace("\r\n", "\n")} at Acme; "Evil", Inc'
    )
    assert str(event["LOCATION"]) == HOSTILE.replace("\r\n", "\n")
    assert f"Interviewers: {unicode_name}" in str(event["DESCRIPTION"])
    assert "SUMMARY:Interview: Line1\\nLine2\\, \\; \\\\ <script>" in raw
    # Control characters are not allowed in iCalendar text and are dropped.
    assert "\x07" not in raw
    assert "\x1b" not in raw
    follow_up = events[f"follow-up-{application.pk}@jobs.example.com"]
    assert str(follow_up["DESCRIPTION"]).startswith("abcLine1\nLine2, ; \\ <script>")
    check_in = events[f"check-in-contact-{contact.pk}@jobs.example.com"]
    assert str(check_in["SUMMARY"]) == f"Check in with {unicode_name}"
    # Every physical line is folded to at most 75 octets.
    assert all(len(line.encode()) <= 75 for line in raw.split("\r\n"))


def test_the_feed_is_capped(client, owner, feed_url, monkeypatch):
    monkeypatch.setattr(feed, "MAX_EVENTS", 5)
    interviews = [InterviewFactory(application__owner=owner) for _ in range(3)]
    for _ in range(4):
        ApplicationFactory(owner=owner, next_action_on=timezone.localdate())
    ContactFactory(owner=owner, next_check_in_on=timezone.localdate())

    uids = set(_events(_get(client, feed_url)))

    assert len(uids) == 5
    assert {f"interview-{i.pk}@jobs.example.com" for i in interviews} <= uids


# --- Queries ----------------------------------------------------------------------------


def _add_rows(owner, n: int) -> None:
    today = timezone.localdate()
    for i in range(n):
        application = ApplicationFactory(owner=owner, next_action_on=today + i * DAY)
        interview = InterviewFactory(
            application=application, scheduled_at=timezone.now() + (i + 1) * DAY
        )
        interview.interviewers.add(ContactFactory(owner=owner), ContactFactory(owner=owner))
        ContactFactory(owner=owner, next_check_in_on=today + i * DAY)
        # A door left open with a date to reapply: one more event, naming this contact.
        NetworkingLinkFactory(
            rejection__application__owner=owner,
            rejection__door_open="yes",
            rejection__reapply_after=today + (i + 1) * DAY,
        )


def _count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_number_of_queries_does_not_grow_with_the_events(client, owner, feed_url):
    _add_rows(owner, 2)
    few = _count_queries(client, feed_url)
    _add_rows(owner, 30)
    many = _count_queries(client, feed_url)
    assert len(_events(_get(client, feed_url))) == 32 * 5
    print(f"calendar feed: {few} queries with 10 events, {many} with 160")
    assert few == many
    # The token with a summary of the rows, the new fingerprint noted, six kinds of event,
    # the interviewers and the people to write to before reapplying.
    assert many <= 10


def test_a_user_without_any_settings_has_no_feed(client):
    UserFactory()
    assert client.get("/calendar/" + "a" * 43 + ".ics").status_code == 404


# --- One event per check-in, links to the address used ------------------------------------


def test_a_planned_check_in_and_the_contacts_next_check_in_are_one_event(client, owner, feed_url):
    day = timezone.localdate() + 5 * DAY
    link = NetworkingLinkFactory(
        rejection__application__owner=owner, contact__owner=owner, check_in_on=day
    )
    Contact.objects.filter(pk=link.contact.pk).update(next_check_in_on=day)

    events = _events(_get(client, feed_url))

    check_ins = [uid for uid in events if uid.startswith("check-in")]
    assert check_ins == [f"check-in-network-{link.pk}@jobs.example.com"]


def test_two_plans_for_the_same_contact_and_day_are_one_event_naming_both(client, owner, feed_url):
    day = timezone.localdate() + 5 * DAY
    first = NetworkingLinkFactory(
        rejection__application__owner=owner,
        rejection__application__position_title="Designer",
        contact__owner=owner,
        check_in_on=day,
    )
    NetworkingLinkFactory(
        rejection__application__owner=owner,
        rejection__application__position_title="Analyst",
        contact=first.contact,
        check_in_on=day,
    )

    events = _events(_get(client, feed_url))

    check_ins = {uid: event for uid, event in events.items() if uid.startswith("check-in")}
    assert list(check_ins) == [f"check-in-network-{first.pk}@jobs.example.com"]
    description = str(check_ins[f"check-in-network-{first.pk}@jobs.example.com"]["DESCRIPTION"])
    assert "Designer" in description and "Analyst" in description


def test_a_contacts_check_in_on_another_day_than_the_plan_stays_its_own_event(
    client, owner, feed_url
):
    day = timezone.localdate() + 5 * DAY
    link = NetworkingLinkFactory(
        rejection__application__owner=owner, contact__owner=owner, check_in_on=day
    )
    Contact.objects.filter(pk=link.contact.pk).update(next_check_in_on=day + DAY)

    events = _events(_get(client, feed_url))

    assert f"check-in-contact-{link.contact.pk}@jobs.example.com" in events
    assert f"check-in-network-{link.pk}@jobs.example.com" in events


def test_links_use_the_address_the_calendar_app_used_when_allowed(client, owner, feed_url):
    interview = InterviewFactory(application__owner=owner, scheduled_at=_in_days(2))

    events = _events(_get(client, feed_url, host="rebound.internal"))

    # The UID keeps SITE_URL's host: an event keeps its identity whatever the address.
    event = events[f"interview-{interview.pk}@jobs.example.com"]
    assert str(event["URL"]) == f"https://rebound.internal/interviews/{interview.pk}/"


def test_links_fall_back_to_site_url_when_any_host_is_allowed(client, owner, feed_url, settings):
    settings.ALLOWED_HOSTS = ["*"]
    interview = InterviewFactory(application__owner=owner, scheduled_at=_in_days(2))

    events = _events(_get(client, feed_url, host="attacker.example"))

    event = events[f"interview-{interview.pk}@jobs.example.com"]
    assert str(event["URL"]) == f"https://jobs.example.com/interviews/{interview.pk}/"
