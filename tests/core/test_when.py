"""One date format everywhere: ``{% when %}`` follows the reader's conventions."""

import datetime

import pytest
from django.template import Context, Template
from django.utils import timezone, translation

from core.templatetags.when import relative_day
from tests.factories import ApplicationFactory

DAY = datetime.timedelta(days=1)


def render(value, **options) -> str:
    args = " ".join(f"{key}={value!r}" for key, value in options.items())
    return Template("{% load when %}{% when value " + args + " %}").render(
        Context({"value": value})
    )


@pytest.mark.parametrize(
    ("offset", "words"),
    [(0, "today"), (1, "tomorrow"), (-1, "yesterday"), (3, "in 3 days"), (-6, "6 days ago")],
)
def test_a_near_date_is_said_in_words(offset, words):
    today = datetime.date(2026, 3, 10)
    assert relative_day(today + offset * DAY, today) == words


def test_a_date_a_week_away_or_more_is_not_said_in_words():
    today = datetime.date(2026, 3, 10)
    assert relative_day(today + 7 * DAY, today) is None
    assert relative_day(today - 30 * DAY, today) is None


def test_a_far_date_follows_the_readers_conventions():
    day = datetime.date(2025, 10, 25)
    with translation.override("en-gb"):
        assert render(day) == '<time datetime="2025-10-25">25 Oct 2025</time>'
    with translation.override("en"):
        assert render(day) == '<time datetime="2025-10-25">Oct. 25, 2025</time>'


def test_a_near_date_keeps_the_full_date_on_hover():
    tomorrow = timezone.localdate() + DAY
    with translation.override("en-gb"):
        html = render(tomorrow)
    assert html.startswith(f'<time datetime="{tomorrow.isoformat()}" title="')
    assert html.endswith(">tomorrow</time>")


def test_relative_false_always_shows_the_date():
    today = timezone.localdate()
    with translation.override("en-gb"):
        assert ">today<" not in render(today, relative=False)


def test_a_moment_is_shown_in_the_current_time_zone_with_its_time():
    moment = datetime.datetime(2025, 1, 2, 23, 30, tzinfo=datetime.UTC)
    with timezone.override("Europe/Berlin"), translation.override("en-gb"):
        html = render(moment)
    assert 'datetime="2025-01-03T00:30+01:00"' in html
    assert "3 Jan 2025" in html


def test_nothing_is_shown_for_no_date():
    assert render(None) == ""


@pytest.mark.django_db
def test_the_browsers_language_picks_the_conventions(owner, owner_client):
    ApplicationFactory(owner=owner, applied_on=datetime.date(2025, 10, 25))

    british = owner_client.get("/applications/", HTTP_ACCEPT_LANGUAGE="en-GB").content.decode()
    american = owner_client.get("/applications/", HTTP_ACCEPT_LANGUAGE="en-US").content.decode()

    assert "25 Oct 2025" in british
    assert "Oct. 25, 2025" in american
