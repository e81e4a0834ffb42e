"""A coach in a real browser: Ines shares one self-care note, her coach sees her progress
but never her feelings, she sees the view in her log; screenshots of both sides."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from coach.models import Coaching
from rejections.models import SelfCareNote
from tests.e2e.test_design import (
    PASSWORD,
    browsing,
    job_seeker,
    looking,
)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

__all__ = ["job_seeker"]  # the fixture, used here too


@pytest.fixture
def coached(job_seeker):
    ines = job_seeker["user"]
    coach = get_user_model().objects.create_user(
        "casey", email="casey@example.com", password=PASSWORD, first_name="Casey", last_name="Moor"
    )
    Coaching.objects.create(person=ines, coach=coach)
    return {**job_seeker, "coach": coach}


def test_the_coach_sees_progress_but_not_feelings(browser, live_server, coached):
    ines = coached["user"]
    with browsing(browser, live_server, "coach-share") as visitor:
        page = visitor.page
        with visitor.step("share-one-note"):
            visitor.open("/sharing/notes/?show=self-care", lands_on=r"/sharing/notes/\?show=.*")
            visitor.click_to(
                page.locator(".share-item", has_text="Swim in the lake").get_by_role(
                    "button", name="Share with my coaches"
                ),
                lands_on=r"/sharing/notes/\?show=self-care&page=1",
            )
            expect(
                page.get_by_text("Your coaches can now read this self-care note.")
            ).to_be_visible()
    shared = SelfCareNote.objects.get(owner=ines, activity="Swim in the lake")
    assert shared.sharing is not None

    with browsing(browser, live_server, "coach-view", username="casey") as visitor:
        page = visitor.page
        with visitor.step("overview"):
            visitor.open("/coach/", lands_on=r"/coach/")
            visitor.click_to(page.get_by_role("link", name="ines"), lands_on=r"/coach/\d+/")
            text = page.locator("main").inner_text()
            assert "Nimbus Cartography" in text and "Letters sent" in text
            assert "Disappointed" not in text and "more Spark" not in text
        with visitor.step("steps"):
            visitor.click_to(
                page.get_by_role("link", name="After rejections"),
                lands_on=r"/coach/\d+/rejections/",
            )
            expect(page.get_by_text("1. Acknowledge: done")).to_be_attached()
            assert "Disappointed" not in page.content()
        with visitor.step("shared-notes"):
            visitor.click_to(
                page.get_by_role("link", name="Shared notes"), lands_on=r"/coach/\d+/notes/"
            )
            expect(page.get_by_text("Swim in the lake")).to_be_visible()
            assert "Dinner with friends" not in page.content()

    with browsing(browser, live_server, "coach-log") as visitor:
        visitor.open("/sharing/", lands_on=r"/sharing/")
        log = visitor.page.locator("#log-heading + *").inner_text()
        assert "casey" in log and "Shared notes" in log and "Overview" in log


def test_the_sharing_and_coach_pages_in_light_and_dark(browser, live_server, coached):
    person = coached["user"].pk
    sides = {
        "ines": {"sharing": "/sharing/", "sharing-notes": "/sharing/notes/"},
        "casey": {
            # A dashboard with nothing of one's own yet, but people to coach.
            "coach-dashboard": "/",
            "coach-overview": f"/coach/{person}/",
            "coach-steps": f"/coach/{person}/rejections/",
        },
    }
    for username, pages in sides.items():
        with looking(browser, live_server, f"coach-{username}", username=username) as looks:
            for name, path in pages.items():
                looks.look_at(name, path)
