"""The goals and support pages, and what the dashboard, board and memory note show."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from accounts.models import Preferences
from pace.goals import week_progress
from pace.models import SupportResource, WeeklyGoals
from rejections.models import Letter
from tests.factories import (
    ApplicationFactory,
    ContactFactory,
    LetterFactory,
    NetworkingLinkFactory,
    RejectionFactory,
    SelfCareNoteFactory,
)
from tracker.models import StatusChange
from tracker.stages import Status

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


def _calm(user) -> None:
    Preferences.objects.update_or_create(
        user=user, defaults={"time_zone": "UTC", "calm_mode": True}
    )


# --- Goals page -----------------------------------------------------------------------


def test_the_owner_sets_goals_that_apply_until_changed(owner, owner_client):
    response = owner_client.post(
        reverse("pace:goals"), {"applications": "3", "people": "", "letters": "1"}
    )
    assert response.status_code == 302
    goals = WeeklyGoals.objects.get(owner=owner)
    assert (goals.applications, goals.people, goals.letters, goals.self_care) == (3, None, 1, None)
    page = owner_client.get(reverse("pace:goals")).content.decode()
    assert "Applications sent" in page and "0 of 3" in page


@pytest.mark.parametrize(("value", "message"), [("0", "at least 1"), ("51", "at most 50")])
def test_a_goal_out_of_range_is_refused_with_a_message(owner, owner_client, value, message):
    response = owner_client.post(reverse("pace:goals"), {"applications": value})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not WeeklyGoals.objects.filter(owner=owner).exists()


def test_a_stranger_only_ever_sees_and_changes_their_own_goals(owner, stranger, stranger_client):
    WeeklyGoals.objects.create(owner=owner, applications=7)
    form = stranger_client.get(reverse("pace:goals")).context["form"]
    assert form.instance.pk is None and form["applications"].value() is None
    stranger_client.post(reverse("pace:goals"), {"applications": "2"})
    stranger_client.post(reverse("pace:lighter-week"), {"lighter": "1"})
    owners = WeeklyGoals.objects.get(owner=owner)
    assert (owners.applications, owners.lighter_week_of) == (7, None)
    assert WeeklyGoals.objects.get(owner=stranger).applications == 2


@pytest.mark.parametrize("name", ["pace:goals", "pace:support"])
def test_anonymous_visitors_are_sent_to_sign_in(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_lightening_the_week_is_a_post(owner_client):
    assert owner_client.get(reverse("pace:lighter-week")).status_code == 405


def test_one_click_lightens_this_week_and_returns_to_the_page(owner, owner_client):
    WeeklyGoals.objects.create(owner=owner, applications=4)
    response = owner_client.post(
        reverse("pace:lighter-week"), {"lighter": "1", "next": reverse("home:dashboard")}
    )
    assert response["Location"] == reverse("home:dashboard")
    goals = WeeklyGoals.objects.get(owner=owner)
    today = timezone.localdate()
    assert goals.lighter_week_of == today - datetime.timedelta(days=today.weekday())
    # Another site as "next" is ignored.
    response = owner_client.post(
        reverse("pace:lighter-week"), {"lighter": "0", "next": "https://evil.example/"}
    )
    assert response["Location"] == reverse("home:dashboard")
    assert WeeklyGoals.objects.get(owner=owner).lighter_week_of is None


# --- Support page ---------------------------------------------------------------------


def test_the_support_page_shows_the_active_resources_in_order(owner_client):
    SupportResource.objects.create(title="Second line", body="Open late", order=2)
    SupportResource.objects.create(
        title="First line", body="Call <b>us</b>", order=1, link="https://help.example/"
    )
    SupportResource.objects.create(title="Hidden", body="Not shown", active=False)
    page = owner_client.get(reverse("pace:support")).content.decode()
    assert page.index("First line") < page.index("Second line")
    assert "Hidden" not in page
    assert "Call &lt;b&gt;us&lt;/b&gt;" in page
    assert 'href="https://help.example/"' in page


# --- Dashboard ------------------------------------------------------------------------


def test_the_dashboard_shows_this_weeks_goals_and_a_calm_note_when_met(owner, owner_client):
    WeeklyGoals.objects.create(owner=owner, applications=1)
    page = owner_client.get(reverse("home:dashboard")).content.decode()
    assert "This week" in page and "0 of 1" in page
    assert "plan Monday" not in page
    ApplicationFactory(owner=owner, applied_on=timezone.localdate())
    page = owner_client.get(reverse("home:dashboard")).content.decode()
    assert "1 of 1" in page and "plan Monday" in page
    for word in ("streak", "missed", "failed"):
        assert word not in page.lower()


def test_the_dashboard_shows_goals_without_any_application(owner, owner_client):
    WeeklyGoals.objects.create(owner=owner, self_care=2)
    SelfCareNoteFactory(owner=owner, date=timezone.localdate())
    response = owner_client.get(reverse("home:dashboard"))
    assert [(g.kind, g.done) for g in response.context["progress"].goals] == [("self_care", 1)]


def test_the_dashboard_counts_each_goal_as_the_week_does(owner, stranger, owner_client):
    """The dashboard reads its goals from its grouped query over applications, and counts
    people, letters and self-care only for a person with goals: the same numbers as
    ``week_progress``, the person's own only."""
    WeeklyGoals.objects.create(owner=owner, applications=3, people=3, letters=3, self_care=3)
    today = timezone.localdate()
    for person in (owner, stranger):
        ApplicationFactory(owner=person, applied_on=today)
        ContactFactory(owner=person, last_contacted_on=today)
        LetterFactory(
            rejection__application__owner=person, status=Letter.Status.SENT, sent_on=today
        )
        SelfCareNoteFactory(owner=person, date=today)
    ApplicationFactory(owner=owner, applied_on=None)

    shown = owner_client.get(reverse("home:dashboard")).context["progress"]

    done = {goal.kind: goal.done for goal in shown.goals}
    # Each letter's rejection brings an application of its own, sent today too.
    assert done == {"applications": 2, "people": 1, "letters": 1, "self_care": 1}
    assert done == {goal.kind: goal.done for goal in week_progress(owner, today).goals}


def test_falling_moods_bring_the_pace_check_with_a_one_click_lighter_week(owner, owner_client):
    WeeklyGoals.objects.create(owner=owner, applications=4)
    today = timezone.localdate()
    for days_ago, mood in ((2, 4), (1, 3), (0, 2)):
        SelfCareNoteFactory(owner=owner, date=today - days_ago * DAY, mood=mood)
    page = owner_client.get(reverse("home:dashboard")).content.decode()
    assert "Maybe a lighter week?" in page
    assert "Halve this week" in page
    assert reverse("pace:support") in page
    for word in ("depress", "diagnos", "disorder", "symptom"):
        assert word not in page.lower()


def test_four_rejections_in_a_week_bring_the_pace_check(owner, owner_client):
    today = timezone.localdate()
    for days_ago in (0, 2, 4, 7):  # the fourth is eight days ago: outside the week
        RejectionFactory(application__owner=owner, received_on=today - days_ago * DAY)
    assert not owner_client.get(reverse("home:dashboard")).context["pace"].suggested
    RejectionFactory(application__owner=owner, received_on=today - 6 * DAY)
    response = owner_client.get(reverse("home:dashboard"))
    assert response.context["pace"].rejections == 4
    assert "Maybe a lighter week?" in response.content.decode()


def test_the_dashboard_lists_doors_open_again(owner, owner_client):
    rejection = RejectionFactory(
        application__owner=owner,
        application__company__name="Acme",
        application__status=Status.REJECTED,
        received_on=timezone.localdate() - 90 * DAY,
        door_open="yes",
        reapply_after=timezone.localdate(),
    )
    NetworkingLinkFactory(rejection=rejection)
    page = owner_client.get(reverse("home:dashboard")).content.decode()
    assert "Doors open again" in page and "Reapply at Acme" in page
    assert "1 person there to write to first" in page


def test_the_dashboard_stays_at_ten_queries_with_goals_reminders_and_moods(owner, owner_client):
    WeeklyGoals.objects.create(owner=owner, applications=3, people=2, letters=1, self_care=2)
    today = timezone.localdate()

    def add(n: int) -> None:
        for i in range(n):
            ApplicationFactory(owner=owner, applied_on=today, next_action_on=today)
            rejection = RejectionFactory(
                application__owner=owner,
                received_on=today - 60 * DAY,
                door_open="yes",
                reapply_after=today - i * DAY,
            )
            NetworkingLinkFactory(rejection=rejection, check_in_on=today)
            SelfCareNoteFactory(owner=owner, date=today - i * DAY, mood=1 + i % 5)

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert owner_client.get(reverse("home:dashboard")).status_code == 200
        return len(queries)

    add(2)
    few = count()
    add(20)
    many = count()
    assert few == many <= 10


# --- Calm mode ------------------------------------------------------------------------


def test_calm_mode_is_set_on_your_details(owner, owner_client):
    response = owner_client.get(reverse("profile"))
    assert 'name="calm_mode"' in response.content.decode()


def test_calm_mode_hides_rejections_from_the_board_and_dashboard_not_from_rejections(
    owner, owner_client
):
    rejection = RejectionFactory(
        application__owner=owner,
        application__status=Status.REJECTED,
        application__position_title="Quiet Analyst",
    )
    board = owner_client.get(reverse("tracker:board")).content.decode()
    dashboard = owner_client.get(reverse("home:dashboard")).content.decode()
    assert 'data-status="rejected"' in board
    assert "Quiet Analyst" in dashboard

    _calm(owner)

    board = owner_client.get(reverse("tracker:board")).content.decode()
    response = owner_client.get(reverse("home:dashboard"))
    dashboard = response.content.decode()
    assert 'data-status="rejected"' not in board
    assert "Quiet Analyst" not in dashboard
    assert "rejected" not in [item["value"] for item in response.context["status_counts"]]
    assert "Calm mode is on" in dashboard and "Calm mode is on" in board
    rejections = owner_client.get(reverse("rejections:list")).content.decode()
    assert "Quiet Analyst" in rejections
    assert rejection.get_absolute_url() in rejections
    listed = owner_client.get(reverse("tracker:application-list") + "?status=rejected")
    assert "Quiet Analyst" in listed.content.decode()
    assert "Quiet Analyst" in owner_client.get(reverse("tracker:application-list")).content.decode()


def test_calm_mode_draws_the_dashboards_mood_chart_without_rejection_marks(owner, owner_client):
    """The self-care journal, which the person opens, keeps the marks; the pace check still
    counts the week's rejections (it suggests rest, it does not list them)."""
    today = timezone.localdate()
    SelfCareNoteFactory(owner=owner, date=today - 3 * DAY, mood=3)
    for days in range(4):
        RejectionFactory(
            application__owner=owner,
            application__status=Status.REJECTED,
            application__position_title="Quiet Analyst",
            received_on=today - days * DAY,
        )
    mark = "Dashed red lines mark rejections"
    dashboard = owner_client.get(reverse("home:dashboard"))
    assert mark in dashboard.content.decode()
    assert dashboard.context["charts"]["mood"]["marks"]

    _calm(owner)

    dashboard = owner_client.get(reverse("home:dashboard"))
    text = dashboard.content.decode()
    assert dashboard.context["charts"]["mood"]["marks"] == []
    assert mark not in text and "Mood and rejections" not in text
    assert "Quiet Analyst" not in text
    assert dashboard.context["pace"].many_rejections
    journal = owner_client.get(reverse("rejections:selfcare-list")).content.decode()
    assert mark in journal and "Quiet Analyst" in journal


# --- Company memory -------------------------------------------------------------------


def test_adding_an_application_where_they_never_answered_warns_first(owner, owner_client):
    ghosted = ApplicationFactory(
        owner=owner,
        company__name="Silent Ltd",
        position_title="Backend Developer",
        status=Status.GHOSTED,
        applied_on=datetime.date(2025, 2, 3),
    )
    StatusChange.objects.create(
        application=ghosted, from_status=Status.APPLIED, to_status=Status.GHOSTED
    )
    note = owner_client.get(reverse("rejections:company-memory"), {"name": "silent ltd"})
    text = note.content.decode()
    assert "You have been here before" in text
    assert "Backend Developer at Silent Ltd" in text
    assert "no answer ever came" in text and "Before you apply again" in text


def test_the_memory_note_never_shows_another_users_silence(stranger, owner_client):
    ApplicationFactory(owner=stranger, company__name="Silent Ltd", status=Status.GHOSTED)
    note = owner_client.get(reverse("rejections:company-memory"), {"name": "Silent Ltd"})
    assert note.content.decode().strip() == ""


def test_in_calm_mode_the_pace_check_suggests_rest_without_counting_the_rejections(
    owner, owner_client
):
    for _ in range(4):
        RejectionFactory(application__owner=owner)
    counted = owner_client.get(reverse("home:dashboard")).content.decode()

    _calm(owner)
    calm = owner_client.get(reverse("home:dashboard")).content.decode()

    assert "4 answers came in over the last seven days" in counted
    assert "Maybe a lighter week?" in calm and "A lot has come in" in calm
    assert "answers came in" not in calm
