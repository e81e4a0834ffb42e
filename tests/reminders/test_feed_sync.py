"""The feed keeps calendar apps in sync: stable DTSTAMP, growing SEQUENCE, 304 when nothing
changed, deleted interviews cancelled for 30 days, and optional reminders."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.http import http_date
from icalendar import Calendar

from reminders import feed
from reminders.models import ReminderSettings
from reminders.tasks import send_daily_digests
from tests.factories import (
    ApplicationFactory,
    ContactFactory,
    InterviewFactory,
    NetworkingLinkFactory,
)
from tests.reminders.factories import ReminderSettingsFactory
from tracker import services
from tracker.models import Application, Company, Contact, DeletedInterview, Interview

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)
HOUR = datetime.timedelta(hours=1)


@pytest.fixture(autouse=True)
def _site(settings):
    settings.SITE_URL = "https://jobs.example.com"
    settings.ALLOWED_HOSTS = ["jobs.example.com", "testserver"]
    settings.TIME_ZONE = "Europe/Berlin"


@pytest.fixture
def feed_url(owner) -> str:
    return ReminderSettingsFactory(user=owner).calendar_path


def _fetch(client, url: str, **headers):
    return client.get(url, headers=headers)


def _events(response) -> dict[str, object]:
    assert response.status_code == 200
    calendar = Calendar.from_ical(response.content)
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def _uid(interview_pk: int) -> str:
    return f"interview-{interview_pk}@jobs.example.com"


def _backdate(model, pk: int, by: datetime.timedelta = HOUR) -> None:
    """As if the row had last changed a while ago (``update`` leaves auto_now alone)."""
    model.objects.filter(pk=pk).update(updated_at=timezone.now() - by)


def _interview_data(interview: Interview, **changes) -> dict:
    local = timezone.localtime(interview.scheduled_at)
    data = {
        "application": interview.application.pk,
        "round": str(interview.round),
        "kind": interview.kind,
        "scheduled_at": f"{local:%Y-%m-%dT%H:%M}",
        "ends_at": f"{timezone.localtime(interview.ends_at):%Y-%m-%dT%H:%M}",
        "location": interview.location,
        "outcome": interview.outcome,
    }
    return data | changes


# --- Versions of an event ---------------------------------------------------------------------


def test_dtstamp_and_last_modified_are_the_rows_last_change_and_stay_put(client, owner, feed_url):
    interview = InterviewFactory(application__owner=owner)
    for model, pk in [
        (Interview, interview.pk),
        (Application, interview.application.pk),
        (Company, interview.application.company.pk),
    ]:
        _backdate(model, pk, by=2 * HOUR)
    interview.refresh_from_db()

    first = _events(_fetch(client, feed_url))[_uid(interview.pk)]
    second = _events(_fetch(client, feed_url))[_uid(interview.pk)]

    expected = interview.updated_at.replace(microsecond=0)
    assert first["DTSTAMP"].dt == expected
    assert first["LAST-MODIFIED"].dt == expected
    assert first["DTSTAMP"].dt == second["DTSTAMP"].dt
    assert first["SEQUENCE"] == second["SEQUENCE"] == feed.sequence(expected)


def test_editing_an_interview_raises_its_sequence_and_moves_its_stamp(
    client, owner, owner_client, feed_url
):
    interview = InterviewFactory(application__owner=owner)
    _backdate(Interview, interview.pk)
    _backdate(Application, interview.application.pk)
    _backdate(Company, interview.application.company.pk)
    interview.refresh_from_db()
    before = _events(_fetch(client, feed_url))[_uid(interview.pk)]

    later = timezone.localtime(interview.scheduled_at + HOUR)
    response = owner_client.post(
        reverse("tracker:interview-update", args=[interview.pk]),
        _interview_data(
            interview,
            scheduled_at=f"{later:%Y-%m-%dT%H:%M}",
            ends_at=f"{later + HOUR:%Y-%m-%dT%H:%M}",
        ),
    )
    assert response.status_code == 302

    after = _events(_fetch(client, feed_url))[_uid(interview.pk)]
    assert after["SEQUENCE"] > before["SEQUENCE"]
    assert after["DTSTAMP"].dt > before["DTSTAMP"].dt
    assert after.start == later.replace(second=0, microsecond=0)


def test_renaming_the_company_or_an_interviewer_counts_as_a_change_of_the_interview(
    client, owner, feed_url
):
    contact = ContactFactory(owner=owner)
    interview = InterviewFactory(application__owner=owner)
    interview.interviewers.add(contact)
    for model, pk in [
        (Interview, interview.pk),
        (Application, interview.application.pk),
        (Company, interview.application.company.pk),
        (Contact, contact.pk),
    ]:
        _backdate(model, pk)
    before = _events(_fetch(client, feed_url))[_uid(interview.pk)]

    contact.name = "Renamed Person"
    contact.save()

    after = _events(_fetch(client, feed_url))[_uid(interview.pk)]
    assert after["SEQUENCE"] > before["SEQUENCE"]
    assert "Renamed Person" in str(after["DESCRIPTION"])


def test_all_day_events_carry_their_rows_change_too(client, owner, feed_url):
    today = timezone.localdate()
    application = ApplicationFactory(owner=owner, next_action_on=today + DAY)
    contact = ContactFactory(owner=owner, next_check_in_on=today + 2 * DAY)
    link = NetworkingLinkFactory(rejection__application__owner=owner)

    events = _events(_fetch(client, feed_url))

    for uid, row in [
        (f"follow-up-{application.pk}@jobs.example.com", application),
        (f"check-in-contact-{contact.pk}@jobs.example.com", contact),
        (f"check-in-network-{link.pk}@jobs.example.com", link),
    ]:
        event = events[uid]
        assert event["DTSTAMP"].dt >= row.updated_at.replace(microsecond=0)
        assert event["LAST-MODIFIED"].dt == event["DTSTAMP"].dt
        assert event["SEQUENCE"] == feed.sequence(event["DTSTAMP"].dt)


def test_sequence_counts_seconds_from_2020():
    moment = datetime.datetime(2020, 1, 1, 0, 1, 40, 999, tzinfo=datetime.UTC)
    assert feed.sequence(moment) == 100
    assert feed.sequence(datetime.datetime(2019, 1, 1, tzinfo=datetime.UTC)) == 0
    # INTEGER in RFC 5545 is 32 bits signed: room until 2088.
    assert feed.sequence(datetime.datetime(2088, 1, 1, tzinfo=datetime.UTC)) < 2**31


# --- 304 Not Modified -------------------------------------------------------------------------


def test_the_feed_has_an_etag_and_a_last_modified(client, owner, feed_url):
    InterviewFactory(application__owner=owner)
    response = _fetch(client, feed_url)
    assert response.status_code == 200
    assert response["ETag"].startswith('"') and len(response["ETag"]) == 66
    assert response["Last-Modified"].endswith(" GMT")


def test_an_unchanged_feed_answers_304_to_if_none_match_after_one_query(client, owner, feed_url):
    InterviewFactory(application__owner=owner)
    ApplicationFactory(owner=owner, next_action_on=timezone.localdate())
    first = _fetch(client, feed_url)

    with CaptureQueriesContext(connection) as queries:
        again = _fetch(client, feed_url, if_none_match=first["ETag"])

    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == first["ETag"]
    assert again["Cache-Control"] == "private, max-age=300"
    assert len(queries) == 1


def test_an_unchanged_feed_answers_304_to_if_modified_since(client, owner, feed_url):
    InterviewFactory(application__owner=owner)
    first = _fetch(client, feed_url)

    again = _fetch(client, feed_url, if_modified_since=first["Last-Modified"])

    assert again.status_code == 304
    assert again["Last-Modified"] == first["Last-Modified"]


def test_a_stale_etag_gets_the_whole_feed(client, owner, feed_url):
    first = _fetch(client, feed_url)
    InterviewFactory(application__owner=owner)

    again = _fetch(client, feed_url, if_none_match=first["ETag"])

    assert again.status_code == 200
    assert again["ETag"] != first["ETag"]
    assert len(_events(again)) == 1


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda owner, rows: rows["interview"].save(), id="interview edited"),
        pytest.param(lambda owner, rows: rows["application"].save(), id="application edited"),
        pytest.param(lambda owner, rows: rows["company"].save(), id="company renamed"),
        pytest.param(lambda owner, rows: rows["contact"].delete(), id="contact deleted"),
        pytest.param(lambda owner, rows: rows["link"].delete(), id="plan deleted"),
        pytest.param(
            lambda owner, rows: services.delete_interviews(
                interviews=Interview.objects.filter(pk=rows["interview"].pk)
            ),
            id="interview deleted",
        ),
        pytest.param(
            lambda owner, rows: owner.reminder_settings.set_interview_alarm(30), id="alarm on"
        ),
    ],
)
def test_any_change_to_what_the_feed_shows_changes_etag_and_last_modified(
    client, owner, feed_url, change
):
    interview = InterviewFactory(application__owner=owner)
    rows = {
        "interview": interview,
        "application": interview.application,
        "company": interview.application.company,
        "contact": ContactFactory(owner=owner, next_check_in_on=timezone.localdate()),
        "link": NetworkingLinkFactory(rejection__application__owner=owner),
    }
    first = _fetch(client, feed_url)

    change(owner, rows)
    again = _fetch(
        client,
        feed_url,
        if_none_match=first["ETag"],
        if_modified_since=first["Last-Modified"],
    )
    # A client that only remembers the date is not fooled either, even within one second.
    by_date = _fetch(client, feed_url, if_modified_since=first["Last-Modified"])

    assert again.status_code == 200
    assert again["ETag"] != first["ETag"]
    assert by_date.status_code == 200
    assert again["Last-Modified"] != first["Last-Modified"]


def test_another_users_changes_leave_the_feed_unchanged(client, owner, stranger, feed_url):
    InterviewFactory(application__owner=owner)
    first = _fetch(client, feed_url)

    InterviewFactory(application__owner=stranger)
    ContactFactory(owner=stranger)

    assert _fetch(client, feed_url, if_none_match=first["ETag"]).status_code == 304


def test_the_etag_changes_with_the_day_the_window_starts(owner):
    row = ReminderSettings.objects.annotate(**feed.change_summary()).get(
        pk=ReminderSettingsFactory(user=owner).pk
    )
    today = timezone.localdate()
    root = "https://jobs.example.com"
    assert feed.fingerprint(row, today=today, root=root) == feed.fingerprint(
        row, today=today, root=root
    )
    assert feed.fingerprint(row, today=today, root=root) != feed.fingerprint(
        row, today=today + DAY, root=root
    )
    assert feed.fingerprint(row, today=today, root=root) != feed.fingerprint(
        row, today=today, root="https://rebound.internal"
    )


def test_head_requests_get_the_same_validators(client, owner, feed_url):
    InterviewFactory(application__owner=owner)
    get = _fetch(client, feed_url)
    head = client.head(feed_url)
    assert head.status_code == 200
    assert head["ETag"] == get["ETag"]
    assert client.head(feed_url, headers={"if-none-match": get["ETag"]}).status_code == 304


# --- Deleted interviews -----------------------------------------------------------------------


def test_a_deleted_interview_stays_in_the_feed_as_cancelled(client, owner, owner_client, feed_url):
    interview = InterviewFactory(
        application__owner=owner,
        application__position_title="Data Analyst",
        application__company__name="Northwind",
    )
    _backdate(Interview, interview.pk)
    _backdate(Application, interview.application.pk)
    _backdate(Company, interview.application.company.pk)
    before = _events(_fetch(client, feed_url))[_uid(interview.pk)]

    response = owner_client.post(reverse("tracker:interview-delete", args=[interview.pk]))
    assert response.status_code == 302
    assert not Interview.objects.filter(pk=interview.pk).exists()

    events = _events(_fetch(client, feed_url))
    cancelled = events[_uid(interview.pk)]
    assert str(cancelled["STATUS"]) == "CANCELLED"
    assert str(cancelled["SUMMARY"]) == "Interview: Data Analyst at Northwind"
    assert cancelled.start == before.start
    assert cancelled.end == before.end
    assert cancelled["SEQUENCE"] > before["SEQUENCE"]
    assert cancelled["DTSTAMP"].dt > before["DTSTAMP"].dt
    assert "URL" not in cancelled


def test_deleting_an_application_cancels_its_interviews_in_the_feed(
    client, owner, owner_client, feed_url
):
    interview = InterviewFactory(application__owner=owner)

    owner_client.post(reverse("tracker:application-delete", args=[interview.application.pk]))

    assert not Application.objects.filter(pk=interview.application.pk).exists()
    event = _events(_fetch(client, feed_url))[_uid(interview.pk)]
    assert str(event["STATUS"]) == "CANCELLED"


def test_deleting_in_the_admin_leaves_the_same_trace(admin_client, owner):
    one, two, three = (InterviewFactory(application__owner=owner) for _ in range(3))

    admin_client.post(reverse("admin:tracker_interview_delete", args=[one.pk]), {"post": "yes"})
    admin_client.post(
        reverse("admin:tracker_interview_changelist"),
        {"action": "delete_selected", "_selected_action": [two.pk], "post": "yes"},
    )
    admin_client.post(
        reverse("admin:tracker_application_delete", args=[three.application.pk]), {"post": "yes"}
    )

    assert not Interview.objects.exists()
    kept = set(DeletedInterview.objects.values_list("interview_pk", "owner_id"))
    assert kept == {(one.pk, owner.pk), (two.pk, owner.pk), (three.pk, owner.pk)}


def test_a_deleted_interview_leaves_the_feed_after_30_days(client, owner, feed_url):
    interview = InterviewFactory(application__owner=owner)
    services.delete_interviews(interviews=Interview.objects.filter(pk=interview.pk))
    assert _uid(interview.pk) in _events(_fetch(client, feed_url))

    DeletedInterview.objects.update(deleted_at=timezone.now() - 31 * DAY)

    assert _uid(interview.pk) not in _events(_fetch(client, feed_url))


def test_the_daily_run_purges_deleted_interviews_older_than_30_days(owner):
    old, recent = (InterviewFactory(application__owner=owner) for _ in range(2))
    services.delete_interviews(interviews=Interview.objects.filter(pk__in=[old.pk, recent.pk]))
    DeletedInterview.objects.filter(interview_pk=old.pk).update(
        deleted_at=timezone.now() - 31 * DAY
    )

    result = send_daily_digests.enqueue().return_value

    assert result["deleted_interviews_purged"] == 1
    assert list(DeletedInterview.objects.values_list("interview_pk", flat=True)) == [recent.pk]


def test_deleted_interviews_of_another_user_never_appear(client, owner, stranger, feed_url):
    theirs = InterviewFactory(application__owner=stranger)
    services.delete_interviews(interviews=Interview.objects.filter(pk=theirs.pk))

    assert _events(_fetch(client, feed_url)) == {}


# --- Reminders (VALARM) -----------------------------------------------------------------------


def test_interviews_have_no_reminder_by_default(client, owner, feed_url):
    InterviewFactory(application__owner=owner)
    response = _fetch(client, feed_url)
    assert b"BEGIN:VALARM" not in response.content


def test_the_chosen_reminder_is_added_to_every_interview_not_cancelled(client, owner, feed_url):
    owner.reminder_settings.set_interview_alarm(30)
    interview = InterviewFactory(application__owner=owner, application__position_title="Analyst")
    cancelled = InterviewFactory(application__owner=owner, outcome="cancelled")
    ApplicationFactory(owner=owner, next_action_on=timezone.localdate())

    response = _fetch(client, feed_url)
    events = _events(response)

    alarms = events[_uid(interview.pk)].walk("VALARM")
    assert len(alarms) == 1
    assert str(alarms[0]["ACTION"]) == "DISPLAY"
    assert alarms[0]["TRIGGER"].dt == datetime.timedelta(minutes=-30)
    assert "Analyst" in str(alarms[0]["DESCRIPTION"])
    assert b"TRIGGER:-PT30M\r\n" in response.content
    assert events[_uid(cancelled.pk)].walk("VALARM") == []
    # Only interviews: follow-ups and check-ins are all-day notes.
    assert response.content.count(b"BEGIN:VALARM") == 1


def test_the_reminder_is_set_on_the_settings_page(owner_client, owner):
    response = owner_client.post(
        reverse("reminders:alarm"), {"interview_alarm_minutes": "60"}, follow=True
    )
    assert response.status_code == 200
    assert ReminderSettings.objects.get(user=owner).interview_alarm_minutes == 60
    assert "1 hour before each interview" in response.content.decode()

    owner_client.post(reverse("reminders:alarm"), {"interview_alarm_minutes": ""})
    assert ReminderSettings.objects.get(user=owner).interview_alarm_minutes is None


def test_a_reminder_time_not_offered_is_refused(owner_client, owner):
    response = owner_client.post(
        reverse("reminders:alarm"), {"interview_alarm_minutes": "7"}, follow=True
    )
    assert "Choose one of the reminder times offered." in response.content.decode()
    assert ReminderSettings.objects.get(user=owner).interview_alarm_minutes is None


def test_the_settings_page_offers_the_reminder_switched_off(owner_client):
    page = owner_client.get(reverse("reminders:settings")).content.decode()
    assert "Remind me before interviews" in page
    assert '<option value="" selected>No reminder</option>' in page


def test_the_reminder_setting_needs_sign_in_and_post(client, owner_client):
    assert client.post(reverse("reminders:alarm"), {}).status_code == 302
    assert owner_client.get(reverse("reminders:alarm")).status_code == 405


def test_http_dates_count_whole_seconds_so_last_modified_always_moves(owner):
    row = ReminderSettingsFactory(user=owner)
    now = timezone.now()
    first = row.note_feed_version("a" * 64, now=now)
    assert row.note_feed_version("a" * 64, now=now + HOUR) == first
    second = row.note_feed_version("b" * 64, now=now)
    assert http_date(second.timestamp()) != http_date(first.timestamp())
    assert second > first
