"""One date format everywhere: ``{% when %}`` follows the reader's conventions."""

import datetime

import pytest
from django.template import Context, Template
from django.utils import timezone, translation

from core.dates import relative_day
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


def render_text(value, **options) -> str:
    args = " ".join(f"{key}={value!r}" for key, value in options.items())
    return Template("{% load when %}{% when_text value " + args + " %}").render(
        Context({"value": value})
    )


def test_an_interview_time_carries_its_zone():
    moment = datetime.datetime(2026, 3, 3, 13, 0, tzinfo=datetime.UTC)
    with timezone.override("Europe/Berlin"), translation.override("en-gb"):
        html = render(moment, relative=False, zone=True)
    assert html == '<time datetime="2026-03-03T14:00+01:00">3 Mar 2026, 2 p.m. CET</time>'


def test_the_zone_follows_summer_time():
    moment = datetime.datetime(2026, 7, 3, 13, 30, tzinfo=datetime.UTC)
    with timezone.override("America/New_York"), translation.override("en"):
        html = render(moment, relative=False, zone=True)
    assert html == '<time datetime="2026-07-03T09:30-04:00">July 3, 2026, 9:30 a.m. EDT</time>'


def test_a_near_moment_keeps_its_zone_in_words_and_on_hover():
    tomorrow = timezone.localtime() + DAY
    moment = tomorrow.replace(hour=14, minute=0, second=0, microsecond=0)
    with translation.override("en-gb"):
        html = render(moment, zone=True)
    assert ">tomorrow, 2 p.m. UTC</time>" in html
    assert f'title="{moment:%-d %b %Y}, 2 p.m. UTC"' in html


def test_date_false_shows_only_the_time():
    moment = datetime.datetime(2026, 3, 3, 14, 30, tzinfo=datetime.UTC)
    with translation.override("en-ie"):
        html = render(moment, date=False, zone=True)
    assert html == '<time datetime="2026-03-03T14:30+00:00">14:30 UTC</time>'


def test_year_false_shows_a_short_day_and_month_in_the_readers_order():
    day = datetime.date(2025, 9, 22)
    with translation.override("en-gb"):
        assert render_text(day, relative=False, year=False) == "22 Sep"
    with translation.override("en"):
        assert render_text(day, relative=False, year=False) == "Sept. 22"


def test_when_text_is_the_same_words_without_markup():
    day = datetime.date(2025, 10, 25)
    with translation.override("en-gb"):
        assert render_text(day) == "25 Oct 2025"
    with translation.override("en"):
        assert render_text(day) == "Oct. 25, 2025"
    tomorrow = timezone.localdate() + DAY
    assert render_text(tomorrow) == "tomorrow"
    with translation.override("en-gb"):
        assert render_text(tomorrow, relative=False) == f"{tomorrow:%-d %b %Y}"


def test_when_text_is_empty_for_no_date():
    assert render_text(None) == ""


def test_when_text_shows_a_moment_in_the_current_time_zone():
    moment = datetime.datetime(2025, 1, 2, 23, 30, tzinfo=datetime.UTC)
    with timezone.override("Europe/Berlin"), translation.override("en-gb"):
        assert render_text(moment, relative=False) == "3 Jan 2025, 12:30 a.m."
        assert render_text(moment, relative=False, time=False) == "3 Jan 2025"


def test_remembered_dates_follow_the_language_of_each_request():
    from django.utils import formats

    from core.dates import day_text

    day = datetime.date(2026, 3, 4)
    for language in ["en", "en-gb", "en", "en-gb"]:  # twice: the second time from memory
        with translation.override(language):
            assert day_text(day) == formats.date_format(day, "DATE_FORMAT")
            assert day_text(day, year=False) != day_text(day)
    with translation.override("en"):
        us = day_text(day)
    with translation.override("en-gb"):
        assert day_text(day) != us
