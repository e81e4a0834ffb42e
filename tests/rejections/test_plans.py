"""The plan for a no: when it is offered, its page, and the workspace showing it first."""

import datetime
import re
import zoneinfo

import pytest
from django.urls import reverse
from django.utils import timezone

from rejections.models import SetbackPlan
from rejections.plans import MAX_ACTIONS, made_before, offers_plan
from tests.factories import (
    ApplicationFactory,
    ReflectionFactory,
    RejectionFactory,
)
from tracker.stages import Status

pytestmark = pytest.mark.django_db

URL = "rejections:plan"


def _plan_url(application) -> str:
    return reverse(URL, args=[application.pk])


# --- When the plan is offered -------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "has_interview", "offered"),
    [
        (Status.WISHLIST, False, False),
        (Status.APPLIED, False, False),
        (Status.APPLIED, True, True),
        (Status.SCREENING, False, True),
        (Status.INTERVIEWING, False, True),
        (Status.OFFER, False, False),
        (Status.REJECTED, True, False),
        (Status.WITHDRAWN, True, False),
        (Status.GHOSTED, True, False),
        (Status.ACCEPTED, True, False),
    ],
)
def test_a_plan_is_offered_from_screening_or_an_interview_until_the_answer_is_in(
    status, has_interview, offered
):
    application = ApplicationFactory.build(status=status)
    assert offers_plan(application, has_plan=False, has_interview=has_interview) is offered


def test_no_plan_is_offered_once_one_is_made():
    application = ApplicationFactory.build(status=Status.INTERVIEWING)
    assert not offers_plan(application, has_plan=True, has_interview=True)


@pytest.mark.parametrize(
    ("made_at", "before"),
    [
        (datetime.datetime(2026, 3, 2, 9, 0), True),
        (datetime.datetime(2026, 3, 3, 0, 0), True),
        (datetime.datetime(2026, 3, 3, 23, 59), True),
        (datetime.datetime(2026, 3, 4, 0, 0), False),
    ],
)
def test_a_plan_counts_as_made_before_the_no_up_to_the_end_of_its_day(made_at, before):
    zone = zoneinfo.ZoneInfo("Europe/Berlin")
    plan = SetbackPlan(actions="x", created_at=made_at.replace(tzinfo=zone))
    with timezone.override(zone):
        assert made_before(plan, datetime.date(2026, 3, 3)) is before


def test_the_day_a_plan_was_made_is_the_users_day_not_utcs():
    # 23:30 in New York on March 3 is already March 4 in UTC.
    zone = zoneinfo.ZoneInfo("America/New_York")
    made_at = datetime.datetime(2026, 3, 3, 23, 30, tzinfo=zone)
    plan = SetbackPlan(actions="x", created_at=made_at)
    with timezone.override(zone):
        assert made_before(plan, datetime.date(2026, 3, 3))
    with timezone.override(datetime.UTC):
        assert not made_before(plan, datetime.date(2026, 3, 3))


# --- The pages that offer it ----------------------------------------------------------------


def test_an_added_interview_lands_on_a_page_offering_the_plan(owner, owner_client):
    application = ApplicationFactory(owner=owner, status=Status.APPLIED)
    response = owner_client.post(
        reverse("tracker:interview-create"),
        {
            "application": application.pk,
            "round": "1",
            "kind": "video",
            "scheduled_at": (timezone.localdate() + datetime.timedelta(days=2)).isoformat()
            + "T10:00",
            "ends_at": (timezone.localdate() + datetime.timedelta(days=2)).isoformat() + "T11:00",
            "outcome": "pending",
        },
        follow=True,
    )
    content = response.content.decode()
    assert "Plan for a no, before it comes" in content
    assert f'href="{_plan_url(application)}"' in content


def test_the_application_page_offers_the_plan_at_screening_then_shows_it(owner, owner_client):
    application = ApplicationFactory(owner=owner, status=Status.SCREENING)
    page = owner_client.get(application.get_absolute_url()).content.decode()
    assert "Make a plan" in page
    SetbackPlan.objects.create(application=application, actions="Call Sam")
    page = owner_client.get(application.get_absolute_url()).content.decode()
    assert "Make a plan" not in page
    assert "Call Sam" in page
    assert "Change the plan" in page


def test_an_applied_application_without_interviews_offers_nothing(owner, owner_client):
    application = ApplicationFactory(owner=owner, status=Status.APPLIED)
    page = owner_client.get(application.get_absolute_url()).content.decode()
    assert "Plan for a no" not in page


# --- Its page -------------------------------------------------------------------------------


def test_owner_makes_a_plan_from_suggestions_and_own_lines(owner, owner_client):
    application = ApplicationFactory(owner=owner, status=Status.INTERVIEWING)
    assert owner_client.get(_plan_url(application)).status_code == 200
    response = owner_client.post(
        _plan_url(application),
        {
            "suggested": ["Ask them for feedback", "Take an evening off and do something I enjoy"],
            "own": "  Call Sam for a coffee \n\n Ask them for feedback\n",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == application.get_absolute_url()
    plan = SetbackPlan.objects.get(application=application)
    assert plan.action_list == [
        "Ask them for feedback",
        "Take an evening off and do something I enjoy",
        "Call Sam for a coffee",
    ]
    # Editing it later shows what was chosen.
    page = owner_client.get(_plan_url(application)).content.decode()
    assert re.search(r'value="Ask them for feedback"[^>]*checked', page)
    assert not re.search(r'value="Send a thank-you note to the people I met"[^>]*checked', page)
    assert "Call Sam for a coffee</textarea>" in page


def test_an_empty_plan_is_refused_with_a_message_and_saves_nothing(owner, owner_client):
    application = ApplicationFactory(owner=owner, status=Status.INTERVIEWING)
    response = owner_client.post(_plan_url(application), {"own": "  \n "})
    assert response.status_code == 400
    assert "Tick at least one action or write your own" in response.content.decode()
    assert not SetbackPlan.objects.exists()


def test_a_plan_with_too_many_or_too_long_actions_is_refused(owner, owner_client):
    application = ApplicationFactory(owner=owner, status=Status.INTERVIEWING)
    many = "\n".join(f"Action {n}" for n in range(MAX_ACTIONS + 1))
    response = owner_client.post(_plan_url(application), {"own": many})
    assert response.status_code == 400
    assert f"Keep the plan to {MAX_ACTIONS} actions at most" in response.content.decode()
    response = owner_client.post(_plan_url(application), {"own": "x" * 201})
    assert response.status_code == 400
    assert "Keep each action to 200 characters or fewer" in response.content.decode()
    assert not SetbackPlan.objects.exists()


def test_strangers_get_404_and_anonymous_visitors_the_login_page(owner, stranger_client, client):
    application = ApplicationFactory(owner=owner, status=Status.INTERVIEWING)
    SetbackPlan.objects.create(application=application, actions="Call Sam")
    for name in (URL, "rejections:plan-delete"):
        url = reverse(name, args=[application.pk])
        assert stranger_client.get(url).status_code == 404
        assert stranger_client.post(url, {"own": "mine now"}).status_code == 404
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")
    assert SetbackPlan.objects.get().actions == "Call Sam"


def test_the_plan_can_be_removed(owner, owner_client):
    application = ApplicationFactory(owner=owner, status=Status.INTERVIEWING)
    SetbackPlan.objects.create(application=application, actions="Call Sam")
    url = reverse("rejections:plan-delete", args=[application.pk])
    assert owner_client.get(url).status_code == 200
    assert owner_client.post(url).status_code == 302
    assert not SetbackPlan.objects.exists()
    # Nothing left to remove: the application has no plan now.
    assert owner_client.get(url).status_code == 404


# --- When the no comes ------------------------------------------------------------------------


@pytest.fixture
def planned_rejection(owner):
    rejection = RejectionFactory(
        application__owner=owner, received_on=timezone.localdate() - datetime.timedelta(days=1)
    )
    SetbackPlan.objects.create(
        application=rejection.application,
        actions="Ask them for feedback\nCall Sam for a coffee",
        created_at=timezone.now() - datetime.timedelta(days=5),
    )
    return rejection


def test_the_workspace_shows_the_plan_first(owner_client, planned_rejection):
    page = owner_client.get(planned_rejection.get_absolute_url()).content.decode()
    assert page.index("Your plan: if they say no, I will") < page.index('class="checklist"')
    assert "You made this plan before the answer came" in page
    # A suggested action links to its step; one's own does not.
    assert 'href="#step-feedback"' in page
    assert "Call Sam for a coffee" in page


def test_a_workspace_without_a_plan_shows_none(owner, owner_client):
    rejection = RejectionFactory(application__owner=owner)
    page = owner_client.get(rejection.get_absolute_url()).content.decode()
    assert "Your plan: if they say no" not in page


def test_the_plans_actions_are_offered_as_next_actions(owner_client, planned_rejection):
    url = reverse("rejections:reflection-create", args=[planned_rejection.pk])
    page = owner_client.get(url).content.decode()
    assert "Ask them for feedback\nCall Sam for a coffee</textarea>" in page


def test_an_empty_reflection_gets_the_plan_as_next_actions_when_edited(
    owner_client, planned_rejection
):
    reflection = ReflectionFactory(rejection=planned_rejection, next_actions="")
    url = reverse("rejections:reflection-update", args=[reflection.pk])
    assert "Call Sam for a coffee</textarea>" in owner_client.get(url).content.decode()


def test_once_next_actions_are_written_the_plan_is_not_offered_again(
    owner_client, planned_rejection
):
    ReflectionFactory(rejection=planned_rejection, next_actions="Read a book")
    url = reverse("rejections:reflection-create", args=[planned_rejection.pk])
    assert "Call Sam for a coffee" not in owner_client.get(url).content.decode()


def test_a_plan_saved_after_the_no_goes_back_to_the_workspace(owner_client, planned_rejection):
    response = owner_client.post(
        _plan_url(planned_rejection.application), {"suggested": ["Ask them for feedback"]}
    )
    assert response["Location"] == planned_rejection.get_absolute_url()
    page = owner_client.get(planned_rejection.get_absolute_url()).content.decode()
    assert "Your plan for this rejection" not in page  # made before: created_at is unchanged
