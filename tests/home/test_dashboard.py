import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from home.views import DASHBOARD_LIST_LIMIT
from tests.factories import ApplicationFactory, ContactFactory, InterviewFactory
from tracker.models import Application
from tracker.stages import Status

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


def dashboard(client):
    response = client.get(reverse("home:dashboard"))
    assert response.status_code == 200
    return response


def make_old(*applications, days: int = 30) -> None:
    """Pretend the applications were added (and sent) long ago."""
    long_ago = timezone.now() - datetime.timedelta(days=days)
    Application.objects.filter(pk__in=[a.pk for a in applications]).update(
        created_at=long_ago, applied_on=long_ago.date()
    )


def test_the_dashboard_counts_applications_per_status(owner, owner_client):
    ApplicationFactory.create_batch(2, owner=owner, status=Status.APPLIED)
    ApplicationFactory(owner=owner, status=Status.INTERVIEWING)
    ApplicationFactory(owner=owner, status=Status.REJECTED)

    response = dashboard(owner_client)

    counts = {item["value"]: item["count"] for item in response.context["status_counts"]}
    assert counts == dict.fromkeys(Status.values, 0) | {
        "applied": 2,
        "interviewing": 1,
        "rejected": 1,
    }
    assert list(counts) == Status.values
    assert response.context["totals"]["total"] == 4


def test_the_dashboard_counts_applications_added_or_sent_this_week(owner, owner_client):
    old = ApplicationFactory(owner=owner)
    sent_recently = ApplicationFactory(owner=owner)
    ApplicationFactory(owner=owner, status=Status.WISHLIST, applied_on=None)  # added today
    make_old(old, sent_recently)
    Application.objects.filter(pk=sent_recently.pk).update(
        applied_on=timezone.localdate() - 3 * DAY
    )

    response = dashboard(owner_client)

    assert response.context["totals"]["this_week"] == 2


def test_the_response_rate_is_answers_out_of_applications_sent(owner, owner_client):
    ApplicationFactory(owner=owner, status=Status.WISHLIST)  # not sent: not counted
    ApplicationFactory(owner=owner, status=Status.APPLIED)
    ApplicationFactory(owner=owner, status=Status.GHOSTED)
    ApplicationFactory(owner=owner, status=Status.SCREENING)
    ApplicationFactory(owner=owner, status=Status.REJECTED)

    response = dashboard(owner_client)

    assert response.context["response_rate"] == 50
    assert "50% (2 of 4 sent)" in response.content.decode()


def test_the_response_rate_is_blank_before_anything_is_sent(owner, owner_client):
    ApplicationFactory(owner=owner, status=Status.WISHLIST)

    response = dashboard(owner_client)

    assert response.context["response_rate"] is None


def test_upcoming_interviews_are_those_in_the_next_14_days_soonest_first(owner, owner_client):
    now = timezone.now()
    in_13_days = InterviewFactory(application__owner=owner, scheduled_at=now + 13 * DAY)
    tomorrow = InterviewFactory(application__owner=owner, scheduled_at=now + DAY)
    InterviewFactory(application__owner=owner, scheduled_at=now + 20 * DAY)
    InterviewFactory(application__owner=owner, scheduled_at=now - DAY)

    response = dashboard(owner_client)

    assert list(response.context["upcoming"]) == [tomorrow, in_13_days]


def test_follow_ups_due_are_active_applications_whose_next_action_date_has_come(
    owner, owner_client
):
    today = timezone.localdate()
    overdue = ApplicationFactory(owner=owner, next_action_on=today - 2 * DAY)
    due_today = ApplicationFactory(owner=owner, next_action_on=today, next_action="Call Sam")
    ApplicationFactory(owner=owner, next_action_on=today + DAY)
    ApplicationFactory(owner=owner, next_action_on=None)
    ApplicationFactory(owner=owner, status=Status.REJECTED, next_action_on=today - DAY)

    response = dashboard(owner_client)

    assert list(response.context["follow_ups"]) == [overdue, due_today]
    assert "Call Sam" in response.content.decode()


def test_contacts_due_for_a_check_in_are_listed_oldest_first(owner, owner_client):
    today = timezone.localdate()
    due_today = ContactFactory(owner=owner, next_check_in_on=today, name="Today Tess")
    overdue = ContactFactory(owner=owner, next_check_in_on=today - 5 * DAY)
    ContactFactory(owner=owner, next_check_in_on=today + DAY)
    ContactFactory(owner=owner, next_check_in_on=None)

    response = dashboard(owner_client)

    assert list(response.context["check_ins"]) == [overdue, due_today]
    assert "Today Tess" in response.content.decode()


def test_dashboard_lists_are_capped(owner, owner_client):
    today = timezone.localdate()
    ApplicationFactory.create_batch(DASHBOARD_LIST_LIMIT + 3, owner=owner, next_action_on=today)

    response = dashboard(owner_client)

    assert len(response.context["follow_ups"]) == DASHBOARD_LIST_LIMIT


def test_the_owner_sees_only_their_own_data(owner, stranger, owner_client):
    today = timezone.localdate()
    theirs = ApplicationFactory(
        owner=stranger, status=Status.SCREENING, next_action_on=today, position_title="Theirs"
    )
    InterviewFactory(application=theirs, scheduled_at=timezone.now() + DAY)
    ContactFactory(owner=stranger, next_check_in_on=today, name="Their contact")

    response = dashboard(owner_client)

    assert response.context["totals"]["total"] == 0
    assert response.context["totals"]["this_week"] == 0
    assert all(item["count"] == 0 for item in response.context["status_counts"])
    assert response.context["response_rate"] is None
    assert list(response.context["upcoming"]) == []
    assert list(response.context["follow_ups"]) == []
    assert list(response.context["check_ins"]) == []
    assert "Theirs" not in response.content.decode()
    assert "Their contact" not in response.content.decode()


def test_an_empty_dashboard_invites_a_first_application(owner_client):
    response = dashboard(owner_client)

    assert reverse("tracker:application-create") in response.content.decode()
