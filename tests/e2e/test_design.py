"""The design in a real browser: light and dark, desktop and phone, keyboard and no script.

Every main page is looked at in four ways — 1400×1000 and 390×844, with the device set to
light and to dark (the account follows the device) — and audited in each as in the journey
(console, foreign requests, axe-core). With ``SCREENSHOTS=1`` a screenshot of each lands in
``test-artifacts/screenshots/`` to look at. The board is then used with the keyboard alone,
and the menus are opened with scripts turned off.
"""

import datetime
import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone
from playwright.sync_api import expect

from pace.models import WeeklyGoals
from tests.e2e.browser import Visitor, keep_screenshot
from tests.e2e.conftest import _save_artifacts
from tests.factories import (
    ApplicationFactory,
    ContactFactory,
    InterviewFactory,
    LetterFactory,
    NetworkingLinkFactory,
    ReflectionFactory,
    RejectionFactory,
    SelfCareNoteFactory,
)
from tracker.models import Application
from tracker.stages import Status

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "a long and private passphrase 42"
DESKTOP = {"width": 1400, "height": 1000}
PHONE = {"width": 390, "height": 844}
DAY = datetime.timedelta(days=1)


@pytest.fixture
def job_seeker():
    """An account in the middle of a search: cards in every column, a rejection half done."""
    user = get_user_model().objects.create_user("ines", email="ines@example.com", password=PASSWORD)
    # Her address is confirmed, so the site sends letters for her.
    EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=True)
    today = timezone.localdate()
    for n, (status, title, company) in enumerate(
        [
            (Status.WISHLIST, "Staff Data Engineer", "Lumen Analytics"),
            (Status.APPLIED, "Senior Backend Developer", "Harbour Freight Tech"),
            (Status.APPLIED, "Platform Engineer", "Fjord Systems"),
            (Status.SCREENING, "Python Developer", "Kestrel Health"),
            (Status.INTERVIEWING, "Engineering Lead", "Orchard Robotics"),
            (Status.OFFER, "Backend Engineer", "Tidewater Labs"),
        ]
    ):
        application = ApplicationFactory(
            owner=user,
            status=status,
            position_title=title,
            company__name=company,
            next_action_on=today + (n - 2) * DAY,
            next_action="Follow up with the recruiter" if n % 2 else "",
            salary_min=60000 + n * 5000 if n % 2 else None,
            salary_max=75000 + n * 5000 if n % 2 else None,
            salary_currency="EUR" if n % 2 else "",
        )
        if status in (Status.INTERVIEWING, Status.OFFER):
            InterviewFactory(application=application, scheduled_at=timezone.now() + (n - 3) * DAY)
    contact = ContactFactory(owner=user, name="Ada Byron", role="Engineering Manager")
    rejection = RejectionFactory(
        application__owner=user,
        application__position_title="Data Engineer",
        application__company__name="Nimbus Cartography",
        received_on=today - 4 * DAY,
        feelings="Disappointed, but I learned a lot.",
        reason_given="They chose someone with more Spark.",
    )
    LetterFactory(
        rejection=rejection, recipient_name="Ada Byron", status="sent", sent_on=today - 3 * DAY
    )
    ReflectionFactory(rejection=rejection, next_actions="")
    NetworkingLinkFactory(rejection=rejection, contact=contact)
    SelfCareNoteFactory(owner=user, rejection=rejection, activity="Swim in the lake", mood=4)
    # Weekly goals with some progress, and moods that fall: the dashboard shows this week
    # and the pace check.
    WeeklyGoals.objects.create(owner=user, applications=3, people=2, letters=1, self_care=2)
    ApplicationFactory(owner=user, status=Status.APPLIED, applied_on=today)
    # Yesterday 5, today the swim's 4, then 3: each lower than the one before.
    SelfCareNoteFactory(owner=user, date=today - DAY, activity="Dinner with friends", mood=5)
    SelfCareNoteFactory(owner=user, date=today, activity="A short walk", mood=3)
    return {"user": user, "rejection": rejection}


@contextmanager
def browsing(
    browser,
    live_server,
    name: str,
    *,
    viewport=DESKTOP,
    scheme="light",
    scripts=True,
    username="ines",
) -> Iterator[Visitor]:
    """A signed-in browser for one variant; saves the page on failure, like ``visitor``."""
    context = browser.new_context(
        base_url=live_server.url,
        viewport=viewport,
        color_scheme=scheme,
        java_script_enabled=scripts,
        locale="en-GB",
    )
    context.set_default_timeout(10_000)
    page = context.new_page()
    visitor = Visitor(page, origin=live_server.url)
    try:
        sign_in(context, live_server, username)
        yield visitor
        if scripts:
            # axe-core needs scripts; without them the pages are checked by what they show.
            visitor.assert_nothing_unchecked()
    except BaseException:
        _save_artifacts(page, f"{name}--{visitor.current_step}")
        raise
    finally:
        context.close()


#: The four looks of a page, one change from each to the next (the colours, then the size).
LOOKS = (("desktop", "light"), ("desktop", "dark"), ("phone", "dark"), ("phone", "light"))
SIZES = {"desktop": DESKTOP, "phone": PHONE}
#: Ends the transitions under way at once, at the colours they fade to (animations that
#: repeat forever, such as a spinner's, are left running).
END_TRANSITIONS = """() => document.getAnimations()
    .filter(animation => isFinite(animation.effect.getComputedTiming().endTime))
    .forEach(animation => animation.finish())"""


class Looks:
    """A page loaded once and looked at in every one of ``LOOKS``.

    The window is resized and the device's colour scheme switched in place, as a person
    turning a phone or the system's dark mode does: the page is the same document, its
    style sheets apply to the new size and theme.js follows the new scheme, and each look
    is audited on its own (axe's findings are kept per size and scheme). Each page loads in
    the look the page before it ended in, so across a few pages every look is also one a
    page first loads in. Loading every page four times, in four signed-in windows, cost
    three times the page loads and sign-ins for the same looks.
    """

    def __init__(self, visitor: Visitor) -> None:
        self.visitor = visitor
        self.current = 0  # the window opens at LOOKS[0]

    def look_at(self, name: str, path: str, *, lands_on: str | None = None) -> None:
        visitor, page = self.visitor, self.visitor.page
        for turn in range(len(LOOKS)):
            size, scheme = LOOKS[(self.current + turn) % len(LOOKS)]
            with visitor.step(f"{name}-{size}-{scheme}"):
                if turn == 0:
                    visitor.open(path, lands_on=lands_on or re.escape(path))
                else:
                    page.set_viewport_size(SIZES[size])
                    page.emulate_media(color_scheme=scheme)
                # The account follows the device: the page took the device's colours.
                expect(page.locator("html")).to_have_attribute("data-bs-theme", scheme)
                if turn:
                    # Buttons and fields fade to their new colours (Bootstrap's transitions,
                    # 0.15 s): the audit reads the colours they end at.
                    page.evaluate(END_TRANSITIONS)
                    visitor.audit()
                assert_fits_the_screen(page, name, size)
                keep_screenshot(page, f"{name}-{size}-{scheme}")
        self.current = (self.current + len(LOOKS) - 1) % len(LOOKS)


@contextmanager
def looking(browser, live_server, name: str, *, username="ines") -> Iterator[Looks]:
    """A signed-in browser that looks at each page it opens in every one of ``LOOKS``."""
    size, scheme = LOOKS[0]
    with browsing(
        browser, live_server, name, viewport=SIZES[size], scheme=scheme, username=username
    ) as visitor:
        yield Looks(visitor)


def sign_in(context, live_server, username: str) -> None:
    """Sign the browser in as ``username`` with a session cookie, as the sign-in form would.

    The form itself is used, and its page audited in every variant, by the journey and the
    account pages' test (tests/e2e/test_passkeys.py); here each variant would sign in
    through it again, two more pages and a post per test for nothing these tests check.
    """
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])


def assert_fits_the_screen(page, name: str, size: str) -> None:
    """Nothing wider than the screen: no sideways scrolling."""
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"{name} scrolls sideways by {overflow}px at {size}"


def main_pages(rejection) -> dict[str, str]:
    return {
        "dashboard": "/",
        "applications": "/applications/",
        "board": "/board/",
        "workspace": rejection.get_absolute_url(),
        "reflections": "/reflections/",
        "self-care": "/self-care/",
        "goals": "/pace/goals/",
        "support": "/pace/support/",
        "your-data": "/data/",
    }


def test_every_main_page_passes_the_audit_in_light_and_dark_on_desktop_and_phone(
    browser, live_server, job_seeker
):
    with looking(browser, live_server, "pages") as looks:
        for name, path in main_pages(job_seeker["rejection"]).items():
            looks.look_at(name, path, lands_on=path.replace("?", r"\?"))


def test_a_card_moves_with_the_keyboard_alone_and_keeps_the_focus(browser, live_server, job_seeker):
    with browsing(browser, live_server, "keyboard-board") as visitor:
        page = visitor.page
        with visitor.step("reach-the-board"):
            visitor.open("/board/", lands_on=r"/board/")
            page.keyboard.press("Tab")
            expect(page.locator(":focus")).to_have_text("Skip to content")
            page.keyboard.press("Tab")
            expect(page.locator(":focus")).to_have_text("Skip to the cards")
            page.keyboard.press("Enter")
            page.keyboard.press("Tab")
            # The first card's title: three Tabs and an Enter from the top of the page.
            first = page.locator(".board-card").first
            expect(first.locator(".board-card-title")).to_be_focused()

        with visitor.step("move"):
            card = page.locator(".board-card", has_text="Python Developer")
            card.locator("summary").focus()
            page.keyboard.press("Enter")
            menu = card.get_by_role("list", name="Move Python Developer to")
            expect(menu).to_be_visible()
            menu.get_by_role("button", name="Interviewing").focus()
            page.keyboard.press("Enter")
            interviewing = page.locator('.board-column[data-status="interviewing"]')
            moved = interviewing.locator(".board-card", has_text="Python Developer")
            expect(moved).to_be_visible()
            expect(moved.locator("summary")).to_be_focused()
            expect(page.get_by_role("status").filter(has_text="is now Interviewing")).to_have_text(
                "“Python Developer at Kestrel Health” is now Interviewing."
            )
            visitor.audit()
        assert Application.objects.get(position_title="Python Developer").status == (
            Status.INTERVIEWING
        )


@pytest.mark.parametrize("size", ["desktop", "phone"])
def test_the_menus_open_without_scripts(browser, live_server, job_seeker, size):
    viewport = DESKTOP if size == "desktop" else PHONE
    with browsing(
        browser, live_server, f"no-script-{size}", viewport=viewport, scripts=False
    ) as visitor:
        page = visitor.page
        nav = page.get_by_role("navigation", name="Main")
        with visitor.step("nav-menu"):
            page.goto("/applications/")
            board = nav.get_by_role("link", name="Board", exact=True)
            if size == "phone":
                expect(board).to_be_hidden()
                nav.locator("summary", has_text="Menu").click()
            expect(board).to_be_visible()
            with page.expect_navigation(url=re.compile(r".*/board/$")):
                board.click()
        with visitor.step("user-menu"):
            details = nav.get_by_role("link", name="Your details")
            expect(details).to_be_hidden()
            nav.locator("summary", has_text="ines").click()
            expect(details).to_be_visible()
            with page.expect_navigation(url=re.compile(r".*/accounts/profile/$")):
                details.click()
        with visitor.step("board-move"):
            page.goto("/board/")
            card = page.locator(".board-card", has_text="Platform Engineer")
            card.locator("summary").click()
            with page.expect_navigation(url=re.compile(r".*/board/$")):
                card.get_by_role("button", name="Screening").click()
            expect(page.get_by_role("alert")).to_contain_text("is now Screening")
        assert Application.objects.get(position_title="Platform Engineer").status == (
            Status.SCREENING
        )
