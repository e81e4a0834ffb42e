"""Dates on the pages: every one in ``<time datetime>`` in the reader's conventions (none
in a fixed format), interview times in the user's zone with its abbreviation, and plain
words inside SVG, where ``<time>`` cannot go."""

import datetime
import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.models import Preferences
from reminders.models import ReminderSettings
from tests.factories import (
    ApplicationFactory,
    ContactFactory,
    InterviewFactory,
    LetterFactory,
    RejectionFactory,
    SelfCareNoteFactory,
)
from tracker.stages import Status

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
#: Far from today, so the date itself is shown rather than "in 3 days".
FAR = datetime.date(2025, 10, 25)
#: 13:00 UTC is 14:00 in Berlin, in winter time (CET).
INTERVIEW_AT = datetime.datetime(2030, 1, 15, 13, 0, tzinfo=UTC)


@pytest.fixture
def berlin_client(owner) -> Client:
    """Signed in as someone in Berlin; the preferences come with the sign-in."""
    Preferences.objects.create(user=owner, time_zone="Europe/Berlin")
    client = Client()
    client.force_login(owner)
    return client


def page(client: Client, url: str, language: str = "en-GB") -> str:
    response = client.get(url, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    return response.content.decode()


def test_an_interview_shows_its_time_in_the_users_zone_with_the_zone(owner, berlin_client):
    interview = InterviewFactory(
        application__owner=owner, scheduled_at=INTERVIEW_AT, duration_minutes=60
    )

    british = page(berlin_client, interview.get_absolute_url())
    american = page(berlin_client, interview.get_absolute_url(), "en-US")

    start, end = "2030-01-15T14:00+01:00", "2030-01-15T15:00+01:00"
    assert (
        f'<time datetime="{start}">15 Jan 2030, 2 p.m.</time> – '
        f'<time datetime="{end}">3 p.m. CET</time> (60 min)'
    ) in british
    assert f'<time datetime="{start}">Jan. 15, 2030, 2 p.m.</time>' in american


def test_the_interview_list_shows_the_zone(owner, berlin_client):
    InterviewFactory(application__owner=owner, scheduled_at=INTERVIEW_AT)

    html = page(berlin_client, reverse("tracker:interview-list"))

    assert '<time datetime="2030-01-15T14:00+01:00">15 Jan 2030, 2 p.m. CET</time>' in html


def test_the_application_page_shows_its_dates_and_interview_times(owner, berlin_client):
    application = ApplicationFactory(
        owner=owner, applied_on=FAR, next_action="Follow up", next_action_on=FAR
    )
    InterviewFactory(application=application, scheduled_at=INTERVIEW_AT)

    html = page(berlin_client, application.get_absolute_url())

    far = '<time datetime="2025-10-25">25 Oct 2025</time>'
    assert f'Applied on</dt><dd class="col-sm-8">{far}</dd>' in html
    assert f"Follow up {far}</dd>" in html
    interview_time = '<time datetime="2030-01-15T14:00+01:00">15 Jan 2030, 2 p.m. CET</time>'
    # In the list of interviews and on the timeline.
    assert html.count(interview_time) == 2
    # A status change on the timeline: its moment, without a zone.
    timeline = html[html.index('id="timeline-heading"') :]
    change = re.search(
        r"timeline-status\">\s*<span[^>]*><time datetime=\"[^\"]+\"[^>]*>([^<]+)<", timeline
    )
    assert change and "CET" not in change.group(1)


def test_an_application_not_sent_yet_says_so(owner, owner_client):
    application = ApplicationFactory(owner=owner, status=Status.WISHLIST, applied_on=None)

    html = page(owner_client, application.get_absolute_url())

    assert 'Applied on</dt><dd class="col-sm-8">not yet</dd>' in html


def test_a_contact_shows_its_dates_or_a_dash(owner, owner_client):
    contact = ContactFactory(owner=owner, last_contacted_on=FAR)

    html = page(owner_client, contact.get_absolute_url(), "en-US")

    far = '<time datetime="2025-10-25">Oct. 25, 2025</time>'
    assert f'Last contacted</dt><dd class="col-sm-9">{far}</dd>' in html
    assert 'Next check-in</dt><dd class="col-sm-9">—</dd>' in html


def test_a_rejection_and_a_sent_letter_say_when(owner, owner_client):
    rejection = RejectionFactory(application__owner=owner, received_on=FAR)
    letter = LetterFactory(rejection=rejection, status="sent", sent_on=FAR)

    application_page = page(owner_client, rejection.application.get_absolute_url())
    letter_page = page(owner_client, letter.get_absolute_url())

    assert 'Rejected <time datetime="2025-10-25">25 Oct 2025</time>.' in application_page
    assert 'Sent <time datetime="2025-10-25">25 Oct 2025</time></span>' in letter_page
    assert 'Sent <time datetime="2025-10-25">25 Oct 2025</time>.' in letter_page


def test_a_recent_history_fact_is_said_in_words(owner, owner_client):
    settings = ReminderSettings.objects.get_for(owner)
    settings.last_digest_on = timezone.localdate() - datetime.timedelta(days=2)
    settings.save()

    html = page(owner_client, reverse("reminders:settings"))

    assert re.search(
        r'Last digest sent <time datetime="[-\d]+" title="[^"]+">2 days ago</time>.', html
    )


def test_the_mood_chart_has_words_in_its_svg_and_times_in_its_table(owner, owner_client):
    day = timezone.localdate() - datetime.timedelta(days=10)
    SelfCareNoteFactory(owner=owner, date=day)

    html = page(owner_client, reverse("rejections:selfcare-list"))

    svg = re.search(r"<svg[^>]*mood-title.*?</svg>", html, re.S).group()
    assert "<time" not in svg
    words = f"{day.day} {day:%b %Y}"
    assert f"<title>{words}: mood 3 of 5, A long walk</title>" in svg
    assert (
        f'<th scope="row" class="fw-normal"><time datetime="{day.isoformat()}">{words}</time></th>'
        in html
    )
