"""The Sent mail page and the letter page's send allowance in a real browser: light and
dark, desktop and phone, audited like the main pages, with screenshots to look at."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from rejections.models import SentLetter
from tests.e2e.test_design import job_seeker, looking  # noqa: F401 - job_seeker, a fixture
from tests.factories import LetterFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def sent_and_draft(job_seeker):  # noqa: F811 - the fixture imported above
    user, rejection = job_seeker["user"], job_seeker["rejection"]
    now = timezone.now()
    kept = LetterFactory(
        rejection=rejection,
        recipient_name="Ada Byron",
        recipient_email="ada.byron@nimbus-cartography.example",
        subject="Thank you for the conversation about the Data Engineer role",
        status="sent",
        sent_on=timezone.localdate(),
    )
    for number, letter in enumerate([kept, None, None]):
        SentLetter.objects.create(
            owner=user,
            letter=letter,
            recipient_name="Ada Byron" if letter else "Grace Hopper",
            recipient_email=kept.recipient_email if letter else "grace@harbour-freight.example",
            subject=kept.subject if letter else "Could you share any feedback on my interview?",
            message_id=f"<176{number}.4242.{number}@rebound.example>",
            sent_at=now - datetime.timedelta(hours=3 * number + 1),
        )
    draft = LetterFactory(
        rejection=rejection,
        recipient_name="Ada Byron",
        recipient_email="ada.byron@nimbus-cartography.example",
        subject="Keeping in touch",
    )
    return draft


def test_sent_mail_and_the_send_allowance_pass_the_audit(browser, live_server, sent_and_draft):
    pages = {
        "sent-mail": reverse("rejections:sent-mail"),
        "letter-send-allowance": sent_and_draft.get_absolute_url(),
    }
    with looking(browser, live_server, "sent-mail") as looks:
        for name, path in pages.items():
            looks.look_at(name, path, lands_on=path)
            expect(looks.visitor.page.locator("#send-allowance")).to_contain_text("more letters")
