"""The inbox in a real browser: a rejection e-mail uploaded, recorded, and its workspace;
the Inbox page on desktop and phone, light and dark (screenshots to look at)."""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from inbox import services
from inbox.models import Source
from rejections.models import Rejection
from tests.e2e.test_design import (
    PASSWORD,
    browsing,
    looking,
)
from tests.factories import ApplicationFactory
from tests.inbox import mail
from tracker.stages import Status

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def ines():
    user = get_user_model().objects.create_user("ines", email="ines@example.com", password=PASSWORD)
    application = ApplicationFactory(
        owner=user,
        status=Status.INTERVIEWING,
        position_title="Backend Engineer",
        company__name="Acme Robotics",
    )
    return {"user": user, "application": application}


def test_an_uploaded_rejection_is_recorded_and_opens_the_workspace(browser, live_server, ines):
    with browsing(browser, live_server, "inbox-record") as visitor:
        page = visitor.page
        with visitor.step("inbox-empty"):
            visitor.open("/", lands_on="/")
            nav = page.get_by_role("navigation", name="Main")
            visitor.click_to(nav.get_by_role("link", name="Inbox").first, lands_on=r"/inbox/")
            visitor.click_to(
                page.get_by_role("link", name="Add e-mails").first, lands_on=r"/inbox/add/"
            )
        with visitor.step("upload"):
            page.get_by_label("E-mail files (.eml)").set_input_files(
                files=[
                    {
                        "name": "rejection.eml",
                        "mimeType": "message/rfc822",
                        "buffer": mail.rejection(),
                    }
                ]
            )
            with page.expect_navigation(url=re.compile(r".*/inbox/$")):
                page.get_by_role("button", name="Read them").click()
            expect(page.get_by_role("alert").first).to_contain_text("1 job message added")
            visitor.audit()
        with visitor.step("suggestion"):
            card = page.locator("li.card", has_text="Your application for Backend Engineer")
            expect(card).to_contain_text("Backend Engineer at Acme Robotics")
            visitor.click_to(
                card.get_by_role("link", name="Record the rejection"),
                lands_on=r"/inbox/\d+/record-rejection/",
            )
        with visitor.step("record"):
            expect(page.get_by_label("Reason they gave (if any)")).to_have_value(
                re.compile("not to move forward")
            )
            expect(page.get_by_label("Channel")).to_have_value("email")
            expect(page.get_by_label("Stage")).to_have_value("interview")
            visitor.click_to(
                page.get_by_role("button", name="Record the rejection"),
                lands_on=r"/rejections/\d+/",
            )
            expect(page.get_by_role("heading", level=1)).to_contain_text("Backend Engineer")
    rejection = Rejection.objects.get(application=ines["application"])
    assert rejection.channel == "email"
    assert rejection.received_on == mail.SENT.date()


def test_the_inbox_page_in_light_and_dark_on_desktop_and_phone(browser, live_server, ines):
    owner = ines["user"]
    services.ingest(owner, mail.rejection(), source=Source.UPLOAD)
    services.ingest(owner, mail.confirmation(), source=Source.IMAP)
    services.ingest(
        owner,
        mail.rejection(sender="Globex Talent <talent@globex.example>", subject="Update"),
        source=Source.UPLOAD,
    )
    with looking(browser, live_server, "inbox") as looks:
        for name, path in {"inbox": "/inbox/", "inbox-add": "/inbox/add/",
                           "inbox-settings": "/inbox/settings/"}.items():  # fmt: skip
            looks.look_at(name, path)
