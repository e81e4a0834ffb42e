"""The resilience journey in a real browser: a plan before the interview, the no that opens
on the plan, a writing session, the week's goal moving on the dashboard, and a coach who
sees that progress but none of the feelings or writing; and screenshots of the new pages on
desktop and phone, light and dark."""

import datetime
import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.utils import timezone
from playwright.sync_api import expect

from coach.models import Coaching
from pace.models import WeeklyGoals
from rejections.models import Rejection, SetbackPlan, WritingSession
from tests.e2e.test_design import (
    PASSWORD,
    browsing,
    looking,
)
from tests.factories import ApplicationFactory, InterviewFactory, RejectionFactory
from tracker.stages import Status

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

OWN_ACTION = "Call Sam for a coffee on Friday"
FEELINGS = "Gutted, I really wanted this one"
WRITING = "It stung, and I wanted this one."
RESTORATIVE = "Long walk by the river"


def _ines():
    user = get_user_model().objects.create_user("ines", email="ines@example.com", password=PASSWORD)
    EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=True)
    return user


def test_plan_no_writing_goal_and_a_coach_who_sees_progress_not_feelings(browser, live_server):
    user = _ines()
    WeeklyGoals.objects.create(owner=user, self_care=1)
    casey = get_user_model().objects.create_user(
        "casey", email="casey@example.com", password=PASSWORD
    )
    Coaching.objects.create(person=user, coach=casey)
    application = ApplicationFactory(
        owner=user,
        status=Status.INTERVIEWING,
        company__name="Orchard Robotics",
        position_title="Engineering Lead",
    )
    InterviewFactory(application=application)
    with browsing(browser, live_server, "resilience") as visitor:
        page = visitor.page
        with visitor.step("plan-before-the-interview"):
            visitor.open(application.get_absolute_url(), lands_on=r"/applications/\d+/")
            visitor.click_to(
                page.get_by_role("link", name="Make a plan"), lands_on=r"/applications/\d+/plan/"
            )
            page.get_by_label("Ask them for feedback").check()
            page.get_by_label("Or write your own").fill(OWN_ACTION)
            visitor.click_to(
                page.get_by_role("button", name="Save the plan"), lands_on=r"/applications/\d+/"
            )
            expect(page.get_by_text(OWN_ACTION)).to_be_visible()
            assert SetbackPlan.objects.get().action_list == ["Ask them for feedback", OWN_ACTION]

        with visitor.step("the-no"):
            page.get_by_label("New status").select_option("rejected")
            visitor.click_to(
                page.get_by_role("button", name="Move"), lands_on=r"/applications/\d+/reject/"
            )
            page.locator('textarea[name="feelings"]').fill(FEELINGS)
            visitor.click_to(
                page.get_by_role("button", name="Record the rejection"),
                lands_on=r"/rejections/\d+/",
            )
            plan = page.get_by_role("heading", name=re.compile("Your plan: if they say no"))
            expect(plan).to_be_visible()
            checklist = page.get_by_role("list", name="The eight steps")
            assert plan.bounding_box()["y"] < checklist.bounding_box()["y"]
            expect(page.get_by_text("You made this plan before the answer came")).to_be_visible()

        with visitor.step("private-writing"):
            page.locator("#step-self_care > details > summary").click()
            visitor.click_to(
                page.get_by_role("link", name="Private writing"),
                lands_on=r"/rejections/\d+/writing/",
            )
            visitor.click_to(
                page.get_by_role("link", name="Start writing"),
                lands_on=r"/rejections/\d+/writing/1/",
            )
            page.get_by_role("button", name="Start a quiet 20-minute timer").click()
            expect(page.get_by_text(re.compile(r"^(20:00|19:5\d) left$"))).to_be_visible()
            page.get_by_label("Your writing").fill(WRITING)
            visitor.click_to(
                page.get_by_role("button", name="Save and finish the session"),
                lands_on=r"/rejections/\d+/writing/",
            )
            expect(page.get_by_text(re.compile("Session 1 is finished"))).to_be_visible()
            assert WritingSession.objects.get().finished_on == timezone.localdate()

        with visitor.step("counted-as-self-care"):
            rejection = Rejection.objects.get()
            visitor.open(rejection.get_absolute_url(), lands_on=r"/rejections/\d+/")
            expect(page.locator("#step-self_care")).to_contain_text("A session of private writing")
            expect(page.locator("#step-self_care .step-state")).to_have_text("Done")

        with visitor.step("the-weeks-goal-moves"):
            goal = page.get_by_role("progressbar", name=re.compile("^Self-care moments"))
            visitor.open("/", lands_on=r"/")
            expect(goal).to_have_attribute("aria-label", "Self-care moments: 0 of 1")
            visitor.open(f"/self-care/?rejection={rejection.pk}", lands_on=r"/self-care/.*")
            page.get_by_label("What did you do?").fill(RESTORATIVE)
            page.locator('input[name="mood"][value="4"]').check()
            visitor.click_to(
                page.get_by_role("button", name="Add to the journal"), lands_on=r"/self-care/.*"
            )
            visitor.open("/", lands_on=r"/")
            expect(goal).to_have_attribute("aria-label", "Self-care moments: 1 of 1")
            expect(page.get_by_text("This week's goals are met.")).to_be_visible()

    with browsing(browser, live_server, "resilience-coach", username="casey") as visitor:
        page = visitor.page
        with visitor.step("the-coach-sees-progress"):
            visitor.open(f"/coach/{user.pk}/", lands_on=r"/coach/\d+/")
            goal = page.get_by_role("progressbar", name=re.compile("^Self-care moments"))
            expect(goal).to_have_attribute("aria-label", "Self-care moments: 1 of 1")
            expect(page.get_by_text("Orchard Robotics").first).to_be_visible()
            visitor.click_to(
                page.get_by_role("link", name="After rejections"),
                lands_on=r"/coach/\d+/rejections/",
            )
            expect(page.get_by_text("8. Self-care: done")).to_be_attached()
            for private in (FEELINGS, WRITING, RESTORATIVE):
                assert private not in page.content()
            visitor.open(f"/coach/{user.pk}/", lands_on=r"/coach/\d+/")
            for private in (FEELINGS, WRITING, RESTORATIVE):
                assert private not in page.content()


def test_the_new_pages_on_desktop_and_phone_light_and_dark(browser, live_server):
    user = _ines()
    open_application = ApplicationFactory(
        owner=user, status=Status.SCREENING, company__name="Kestrel Health"
    )
    SetbackPlan.objects.create(
        application=open_application, actions=f"Ask them for feedback\n{OWN_ACTION}"
    )
    rejection = RejectionFactory(
        application__owner=user,
        application__company__name="Orchard Robotics",
        application__position_title="Engineering Lead",
        received_on=timezone.localdate() - datetime.timedelta(days=2),
    )
    SetbackPlan.objects.create(
        application=rejection.application,
        actions=f"Ask them for feedback\nApply to two similar roles this week\n{OWN_ACTION}",
        created_at=timezone.now() - datetime.timedelta(days=6),
    )
    WritingSession.objects.create(
        owner=user,
        rejection=rejection,
        number=1,
        text="It stung.",
        started_on=rejection.received_on,
        finished_on=rejection.received_on,
    )
    pages = {
        "plan-form": f"/applications/{open_application.pk}/plan/",
        "workspace-with-plan": rejection.get_absolute_url(),
        "writing": f"/rejections/{rejection.pk}/writing/",
        "writing-session": f"/rejections/{rejection.pk}/writing/2/",
        "why-these-steps": "/rejections/why-these-steps/",
    }
    with looking(browser, live_server, "resilience") as looks:
        for name, path in pages.items():
            looks.look_at(name, path, lands_on=path)
