"""Reapply reminders: due from their date for 30 days, until the person applies there again."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from pace.reapply import SHOWN_DAYS, due_reapplications, planned_reapplications
from reminders.digest import gather_digest
from tests.factories import ApplicationFactory, NetworkingLinkFactory, RejectionFactory

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)
TODAY = datetime.date(2025, 6, 16)
HEARD = datetime.date(2025, 1, 10)


def _door_open(owner, *, reapply_after=TODAY, **extra):
    return RejectionFactory(
        application__owner=owner,
        application__status="rejected",
        received_on=HEARD,
        door_open="yes",
        reapply_after=reapply_after,
        **extra,
    )


@pytest.mark.parametrize(
    ("reapply_after", "due"),
    [
        (TODAY + DAY, False),  # not yet
        (TODAY, True),  # from its date
        (TODAY - (SHOWN_DAYS - 1) * DAY, True),  # the 30th day
        (TODAY - SHOWN_DAYS * DAY, False),  # then it rests
    ],
)
def test_a_reapply_reminder_is_due_from_its_date_for_thirty_days(owner, reapply_after, due):
    rejection = _door_open(owner, reapply_after=reapply_after)
    assert (rejection in due_reapplications(owner, TODAY)) is due


def test_applying_there_again_ends_the_reminder(owner):
    rejection = _door_open(owner)
    company = rejection.application.company
    # An application there sent before the rejection is no new try.
    ApplicationFactory(owner=owner, company=company, applied_on=HEARD - DAY)
    assert list(due_reapplications(owner, TODAY)) == [rejection]
    ApplicationFactory(owner=owner, company=company, applied_on=HEARD)
    assert list(due_reapplications(owner, TODAY)) == []


def test_only_a_door_left_open_with_a_date_reminds(owner, stranger):
    RejectionFactory(application__owner=owner, door_open="yes", reapply_after=None)
    RejectionFactory(application__owner=owner, door_open="unknown")
    _door_open(stranger)
    assert list(due_reapplications(owner, TODAY)) == []


def test_the_digest_lists_due_reapply_reminders_with_the_people_to_write_to(owner):
    rejection = _door_open(owner)
    NetworkingLinkFactory(
        rejection=rejection, contact__name="Sam Rivera", contact__role="Recruiter"
    )
    digest = gather_digest(owner, today=TODAY)
    assert digest.reapplications.items == [rejection]
    body = digest.body()
    assert f"Reapply at {rejection.application.company.name}" in body
    assert "Write first to: Sam Rivera (Recruiter)" in body


def test_the_digest_marks_check_ins_with_contacts_who_left_the_door_open(owner):
    rejection = _door_open(owner, reapply_after=None)
    NetworkingLinkFactory(rejection=rejection, check_in_on=TODAY, contact__name="Kim Lee")
    body = gather_digest(owner, today=TODAY).body()
    assert "Kim Lee, after" in body
    assert "they left the door open" in body


def test_the_digest_counts_reapply_reminders_from_their_day(owner):
    _door_open(owner)
    assert gather_digest(owner, today=TODAY - DAY).reapplications.total == 0
    today = gather_digest(owner, today=TODAY)
    assert today.reapplications.total == 1
    assert today.reapplications in today.sections


def test_the_calendar_plans_reapply_dates_in_its_window(owner):
    inside = _door_open(owner, reapply_after=TODAY + 100 * DAY)
    _door_open(owner, reapply_after=TODAY + 400 * DAY)
    planned = planned_reapplications(owner, first_day=TODAY, last_day=TODAY + 365 * DAY)
    assert list(planned) == [inside]


def test_the_feed_has_a_reapply_event_that_moves_with_its_date(client, owner):
    from reminders.models import ReminderSettings

    today = timezone.localdate()
    rejection = RejectionFactory(
        application__owner=owner,
        application__company__name="Acme",
        received_on=today - 10 * DAY,
        door_open="yes",
        reapply_after=today + 20 * DAY,
    )
    NetworkingLinkFactory(rejection=rejection, contact__name="Sam Rivera")
    url = ReminderSettings.objects.get_for(owner).calendar_path
    first = client.get(url)
    body = first.content.decode().replace("\r\n ", "")  # unfolded
    assert "SUMMARY:Reapply at Acme" in body
    assert "Write first to: Sam Rivera" in body
    assert f"DTSTART;VALUE=DATE:{today + 20 * DAY:%Y%m%d}" in body
    # A new date is a new event (and a new ETag), the old one leaves.
    rejection.reapply_after = today + 25 * DAY
    rejection.save()
    second = client.get(url)
    assert second["ETag"] != first["ETag"]
    assert f"reapply-{today + 20 * DAY:%Y%m%d}" not in second.content.decode()
    assert f"reapply-{today + 25 * DAY:%Y%m%d}" in second.content.decode()


def test_many_reapply_reminders_never_crowd_the_follow_ups_off_the_dashboard(owner, owner_client):
    """Each list is cut at its own length: sixteen doors open again, and the one overdue
    follow-up still shows (found in review: it was cut from one shared list of sixteen)."""
    from home.views import DASHBOARD_LIST_LIMIT
    from tracker.stages import Status

    today = timezone.localdate()
    for _ in range(2 * DASHBOARD_LIST_LIMIT):
        RejectionFactory(
            application__owner=owner,
            received_on=today - datetime.timedelta(days=40),
            door_open="yes",
            reapply_after=today - datetime.timedelta(days=1),
        )
    ApplicationFactory(
        owner=owner,
        status=Status.APPLIED,
        position_title="Overdue one",
        next_action_on=today - datetime.timedelta(days=2),
        applied_on=today - datetime.timedelta(days=60),
    )

    context = owner_client.get(reverse("home:dashboard")).context

    assert len(context["reapplications"]) == DASHBOARD_LIST_LIMIT
    assert [a.position_title for a in context["follow_ups"]] == ["Overdue one"]


def test_an_application_due_both_ways_is_a_reapply_reminder_and_one_reapplied_to_a_follow_up(
    owner, owner_client
):
    """The dashboard picks each list's first few apart: an application with a follow-up
    due whose door is open again is listed once, as a reminder; once the person applied
    there again it is no reminder any more, and its follow-up shows."""
    from tracker.stages import Status

    today = timezone.localdate()
    rejected = {
        "application__owner": owner,
        "application__status": Status.APPLIED,
        "received_on": today - 40 * DAY,
        "door_open": "yes",
        "reapply_after": today - DAY,
    }
    both = RejectionFactory(**rejected, application__next_action_on=today - DAY).application
    reapplied = RejectionFactory(**rejected, application__next_action_on=today - 2 * DAY)
    ApplicationFactory(owner=owner, company=reapplied.application.company)
    plain = ApplicationFactory(owner=owner, next_action_on=today)

    context = owner_client.get(reverse("home:dashboard")).context

    assert [a.pk for a in context["reapplications"]] == [both.pk]
    # (Which of the two comes first depends on where the database sorts a missing date.)
    assert {a.pk for a in context["follow_ups"]} == {reapplied.application.pk, plain.pk}
