"""The dashboard's insight charts: their numbers, their SVG, and the queries they cost."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import dateformat, timezone

from home import charts, views
from pace.goals import Week
from rejections.models import StepSkip
from tests.factories import (
    ApplicationFactory,
    ContactFactory,
    InterviewFactory,
    LetterFactory,
    ReflectionFactory,
    RejectionFactory,
    SelfCareNoteFactory,
    move,
)
from tracker.models import Application, StatusChange
from tracker.stages import Status

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)
WEEK = datetime.timedelta(weeks=1)
SCRIPT = "<script>alert(1)</script>"
CHART_IDS = ["funnel", "weekly", "rejection-stages", "mood"]
#: The dashboard's budget, session and user included.
DASHBOARD_QUERY_BUDGET = 10


def dashboard(client):
    response = client.get(reverse("home:dashboard"))
    assert response.status_code == 200
    return response


def aggregate(user) -> dict:
    """The dashboard's totals (its one grouped query over the applications)."""
    today = timezone.localdate()
    applications = Application.objects.for_user(user)
    return views._application_totals(user, applications, today=today, week=Week.of(today))


def noon(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))


def change_happened_at(application: Application, to_status: str, when: datetime.datetime):
    StatusChange.objects.filter(application=application, to_status=to_status).update(
        changed_at=when
    )


# --- Funnel ---------------------------------------------------------------------------


@pytest.fixture
def pipeline(owner, stranger):
    """Eight applications that got to known stages, and one of the stranger's."""
    ApplicationFactory(owner=owner, status=Status.WISHLIST, applied_on=None)
    ApplicationFactory(owner=owner, status=Status.APPLIED)
    interviewing = ApplicationFactory(owner=owner, status=Status.APPLIED)
    move(interviewing, Status.SCREENING)
    move(interviewing, Status.INTERVIEWING)
    # The history stops at screening, but the rejection says they got to interviews.
    rejected = ApplicationFactory(owner=owner, status=Status.APPLIED)
    move(rejected, Status.SCREENING)
    move(rejected, Status.REJECTED)
    RejectionFactory(application=rejected, stage="interview")
    # Created directly as rejected: only the rejection tells how far it got.
    RejectionFactory(application__owner=owner, application__applied_on=None, stage="final")
    hired = ApplicationFactory(owner=owner, status=Status.WISHLIST, applied_on=None)
    move(hired, Status.APPLIED)
    move(hired, Status.OFFER)  # no screening in between: it still passed it
    move(hired, Status.ACCEPTED)
    move(ApplicationFactory(owner=owner, status=Status.WISHLIST, applied_on=None), Status.WITHDRAWN)
    # Silence after sending: it was sent, even without an applied date.
    ApplicationFactory(owner=owner, status=Status.GHOSTED, applied_on=None)
    theirs = ApplicationFactory(owner=stranger, status=Status.APPLIED)
    move(theirs, Status.OFFER)


def test_the_funnel_counts_applications_that_reached_each_stage_or_a_later_one(owner, pipeline):
    totals = aggregate(owner)

    chart = charts.funnel_chart(totals)

    assert [(bar.label, bar.value) for bar in chart["bars"]] == [
        ("Wishlist", 8),
        ("Applied", 6),
        ("Screening", 4),
        ("Interviewing", 4),
        ("Offer", 1),
        ("Accepted", 1),
    ]
    assert [bar.share for bar in chart["bars"]] == [100, 75, 50, 50, 12, 12]


def test_the_funnel_does_not_count_a_stage_left_by_correction(owner):
    # Dragged to applied by mistake, then back to the wishlist.
    mistaken = ApplicationFactory(owner=owner, status=Status.WISHLIST, applied_on=None)
    move(mistaken, Status.APPLIED)
    move(mistaken, Status.WISHLIST)
    # Interviewing, then back to screening: the interviews did not happen.
    early = ApplicationFactory(owner=owner, status=Status.SCREENING)
    move(early, Status.INTERVIEWING)
    move(early, Status.SCREENING)

    chart = charts.funnel_chart(aggregate(owner))

    assert [bar.value for bar in chart["bars"]] == [2, 1, 1, 0, 0, 0]


def test_the_funnel_is_shown_on_the_dashboard_from_the_same_aggregate(
    owner, owner_client, pipeline
):
    response = dashboard(owner_client)

    funnel = response.context["charts"]["funnel"]
    assert [bar.value for bar in funnel["bars"]] == [8, 6, 4, 4, 1, 1]
    assert response.context["totals"]["reached_offer"] == 1
    html = response.content.decode()
    assert "Of 8 applications, 6 were sent, 4 reached interviews and 1 reached an offer." in html


def test_the_longest_funnel_bar_fills_the_bar_room_and_the_others_are_in_proportion(
    owner, pipeline
):
    chart = charts.funnel_chart(aggregate(owner))

    widths = [float(bar.width) for bar in chart["bars"]]
    assert widths[0] == 250.0
    assert widths[1] == 250.0 * 6 / 8
    assert [bar.y for bar in chart["bars"]][:2] == ["4.0", "34.0"]


# --- Rejections by stage --------------------------------------------------------------


def test_rejections_are_counted_by_the_stage_reached(owner, stranger):
    RejectionFactory.create_batch(2, application__owner=owner, stage="interview")
    RejectionFactory(application__owner=owner, stage="screening")
    RejectionFactory(application__owner=owner, stage="final")
    RejectionFactory(application__owner=stranger, stage="offer")

    chart = charts.rejection_stage_chart(aggregate(owner))

    assert [(row["label"], row["value"], row["share"]) for row in chart["rows"]] == [
        ("Application (no interview)", 0, 0),
        ("Screening call", 1, 25),
        ("Interviews", 2, 50),
        ("Final round", 1, 25),
        ("Offer stage", 0, 0),
    ]
    assert chart["bars"][0].label == "Application"
    assert chart["total"] == 4
    assert chart["most"] == "Interviews"


# --- Responses over time --------------------------------------------------------------


@pytest.fixture
def weekly(owner, stranger):
    """Applications sent and answers over the weeks around today."""
    today = timezone.localdate()
    monday = today - datetime.timedelta(days=today.weekday())
    this_week = ApplicationFactory.create_batch(2, owner=owner, applied_on=today)
    ApplicationFactory(owner=owner, applied_on=monday - DAY)  # last week's Sunday
    ApplicationFactory(owner=owner, applied_on=monday - 12 * WEEK)  # before the 12 weeks
    ApplicationFactory(owner=owner, status=Status.WISHLIST, applied_on=None)
    move(this_week[0], Status.SCREENING)
    earlier = ApplicationFactory(owner=owner, applied_on=monday - 12 * WEEK)
    move(earlier, Status.INTERVIEWING)
    change_happened_at(earlier, Status.INTERVIEWING, noon(monday - WEEK))
    old = ApplicationFactory(owner=owner, applied_on=monday - 30 * WEEK)
    move(old, Status.REJECTED)
    change_happened_at(old, Status.REJECTED, noon(monday - 20 * WEEK))
    move(ApplicationFactory(owner=stranger, applied_on=today), Status.OFFER)
    return today


def test_the_weekly_series_count_applications_sent_and_responses(owner, weekly):
    chart = charts.weekly_chart(charts.weekly_rows(owner, weekly), weekly)

    assert [week.sent for week in chart["weeks"]] == [0] * 10 + [1, 2]
    assert [week.responses for week in chart["weeks"]] == [0] * 10 + [1, 1]
    assert chart["weeks"][-1].start == weekly - datetime.timedelta(days=weekly.weekday())
    assert [week.start.weekday() for week in chart["weeks"]] == [0] * 12
    assert (chart["total_sent"], chart["total_responses"]) == (3, 2)


def test_the_tallest_weekly_bar_reaches_the_top_of_a_rounded_scale(owner, weekly):
    chart = charts.weekly_chart(charts.weekly_rows(owner, weekly), weekly)

    this_week = chart["weeks"][-1]
    assert [tick["value"] for tick in chart["ticks"]] == [0, 1, 2]
    assert this_week.sent_height == "168.0"
    assert this_week.responses_height == "84.0"
    assert chart["weeks"][0].sent_height == "0.0"


def test_a_response_late_on_sunday_counts_in_that_week_in_the_sites_time_zone(settings, owner):
    settings.TIME_ZONE = "America/New_York"
    today = timezone.localdate()
    monday = today - datetime.timedelta(days=today.weekday())
    application = ApplicationFactory(owner=owner, applied_on=None)
    move(application, Status.SCREENING)
    # 23:30 on Sunday in New York is already Monday in UTC.
    late_sunday = timezone.make_aware(
        datetime.datetime.combine(monday - DAY, datetime.time(23, 30))
    )
    change_happened_at(application, Status.SCREENING, late_sunday)

    chart = charts.weekly_chart(charts.weekly_rows(owner, today), today)

    assert [week.responses for week in chart["weeks"]][-2:] == [1, 0]


def test_nice_ceilings_are_one_two_or_five_times_a_power_of_ten():
    assert [charts._nice_ceiling(n) for n in (0, 1, 2, 3, 6, 11, 40, 51)] == [
        1,
        1,
        2,
        5,
        10,
        20,
        50,
        100,
    ]


# --- Mood and rejections --------------------------------------------------------------


@pytest.fixture
def moods(owner, stranger):
    today = timezone.localdate()
    SelfCareNoteFactory(owner=owner, date=today - 89 * DAY, mood=1, activity="First walk")
    SelfCareNoteFactory(owner=owner, date=today - 2 * DAY, mood=2, activity="Called a friend")
    SelfCareNoteFactory(owner=owner, date=today, mood=5, activity="Climbing")
    SelfCareNoteFactory(owner=owner, date=today - 90 * DAY, mood=4)  # before the 90 days
    SelfCareNoteFactory(owner=owner, date=today + DAY, mood=4)  # not yet
    SelfCareNoteFactory(owner=stranger, date=today, mood=1)
    RejectionFactory(
        application__owner=owner,
        application__company__name=SCRIPT,
        application__position_title="Backend engineer",
        received_on=today - DAY,
    )
    RejectionFactory(application__owner=owner, received_on=today - 100 * DAY)
    RejectionFactory(application__owner=stranger, received_on=today)
    return today


def test_the_mood_chart_has_a_point_per_note_of_the_last_90_days(owner, moods):
    chart = charts.recent_mood_chart(owner, moods)

    assert [(point.mood, point.activity) for point in chart["points"]] == [
        (1, "First walk"),
        (2, "Called a friend"),
        (5, "Climbing"),
    ]
    first, _, last = chart["points"]
    assert (first.x, last.x) == ("30.0", "470.0")
    assert (first.y, last.y) == ("114.0", "10.0")
    assert chart["line"] == f"30.0,114.0 {chart['points'][1].x},88.0 470.0,10.0"
    assert chart["average"] == "2.7"


def test_the_mood_chart_marks_the_rejections_of_the_period(owner, moods):
    chart = charts.recent_mood_chart(owner, moods)

    (mark,) = chart["marks"]
    assert mark.date == moods - DAY
    assert mark.label == f"Backend engineer at {SCRIPT}"
    assert float(mark.x) == pytest.approx(30 + 88 * 440 / 89, abs=0.05)


def test_rejections_of_the_same_day_share_one_mark(owner, moods):
    RejectionFactory(
        application__owner=owner,
        application__position_title="Analyst",
        application__company__name="Globex",
        received_on=moods - DAY,
    )

    chart = charts.recent_mood_chart(owner, moods)

    (mark,) = chart["marks"]
    assert mark.count == chart["rejection_count"] == 2
    assert sorted(mark.label.split("; ")) == sorted(
        ["Analyst at Globex", f"Backend engineer at {SCRIPT}"]
    )


def test_rejections_alone_make_no_mood_chart(owner):
    RejectionFactory(application__owner=owner)
    today = timezone.localdate()

    assert charts.recent_mood_chart(owner, today) is None


# --- On the page ----------------------------------------------------------------------


@pytest.fixture
def everything(owner, pipeline, weekly, moods):
    """Data for all four charts."""


def test_each_chart_is_a_figure_with_a_titled_svg_and_a_table_of_its_numbers(
    owner_client, everything
):
    html = dashboard(owner_client).content.decode()

    assert html.count('role="img"') == 4
    assert html.count("<figure") == html.count("<figcaption") == 4
    for chart in CHART_IDS:
        assert f'aria-labelledby="{chart}-title {chart}-desc"' in html
        assert re.search(rf'<title id="{chart}-title">[^<]+</title>', html)
        assert re.search(rf'<desc id="{chart}-desc">[^<]+</desc>', html)
    assert html.count("<details>") == 4
    assert html.count("<table") == 4
    assert "No data yet" not in html


def test_the_charts_use_attributes_never_styles_so_the_strict_csp_allows_them(
    owner_client, everything
):
    html = dashboard(owner_client).content.decode()

    assert "<style" not in html
    assert " style=" not in html
    assert "<script>" not in html
    assert "css/charts.css" in html


def test_chart_coordinates_are_never_localised(settings, owner_client, everything):
    settings.LANGUAGE_CODE = "de"
    settings.USE_THOUSAND_SEPARATOR = True

    html = dashboard(owner_client).content.decode()

    coordinates = re.findall(r' (?:x|y|x1|x2|y1|y2|cx|cy|width|height)="([^"]*)"', html)
    assert coordinates
    assert all(re.fullmatch(r"-?\d+(\.\d)?", value) for value in coordinates), coordinates
    points = re.search(r'<polyline points="([^"]+)"', html).group(1)
    assert re.fullmatch(r"\d+\.\d,\d+\.\d( \d+\.\d,\d+\.\d)*", points)


def test_a_company_name_with_markup_is_escaped_in_the_charts(owner_client, everything):
    html = dashboard(owner_client).content.decode()

    assert SCRIPT not in html
    assert "Backend engineer at &lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_a_new_account_sees_no_data_yet_instead_of_each_chart(owner_client):
    response = dashboard(owner_client)

    assert response.context["charts"] == {
        "funnel": None,
        "rejection_stages": None,
        "weekly": None,
        "mood": None,
    }
    html = response.content.decode()
    assert html.count("No data yet") == 4
    assert 'role="img"' not in html


def test_the_charts_show_only_the_owners_data(owner_client, stranger):
    theirs = ApplicationFactory(owner=stranger, status=Status.APPLIED, company__name="Theirs")
    move(theirs, Status.SCREENING)
    RejectionFactory(application__owner=stranger, application__company=theirs.company)
    SelfCareNoteFactory(owner=stranger, activity="Their walk")

    response = dashboard(owner_client)

    assert set(response.context["charts"].values()) == {None}
    assert "Their walk" not in response.content.decode()


def test_chart_colours_contrast_with_white_enough_for_graphics():
    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    for colour in (
        charts.ACCENT,
        charts.REJECTION_COLOUR,
        charts.SENT_COLOUR,
        charts.RESPONSE_COLOUR,
    ):
        assert 1.05 / (luminance(colour) + 0.05) >= 4.5, colour
    assert 1.05 / (luminance(charts.TEXT_COLOUR) + 0.05) >= 7


# --- Query budget ---------------------------------------------------------------------


def add_rows_of_every_kind(owner, n: int) -> None:
    today = timezone.localdate()
    statuses = Status.values
    for i in range(n):
        application = ApplicationFactory(
            owner=owner,
            status=Status.APPLIED,
            applied_on=today - (i % 80) * DAY,
            next_action_on=today - DAY,
        )
        move(application, Status.SCREENING)
        move(application, statuses[i % len(statuses)])
        InterviewFactory(application=application, scheduled_at=timezone.now() + (i % 10 + 1) * DAY)
        ContactFactory(owner=owner, company=application.company, next_check_in_on=today)
        rejection = RejectionFactory(
            application__owner=owner,
            received_on=today - (i % 80) * DAY,
            stage=["application", "screening", "interview", "final", "offer"][i % 5],
        )
        ReflectionFactory(rejection=rejection)
        LetterFactory(rejection=rejection)
        StepSkip.objects.create(rejection=rejection, step="thank", reason="Automated e-mail")
        SelfCareNoteFactory(owner=owner, date=today - (i % 80) * DAY, mood=i % 5 + 1)


def count_dashboard_queries(client) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(reverse("home:dashboard"))
    assert response.status_code == 200
    return len(captured)


@pytest.mark.usefixtures("page_cache_off")  # measures the page as rendered
def test_the_dashboard_with_its_charts_stays_within_10_queries_with_2_or_40_rows(
    owner, owner_client
):
    add_rows_of_every_kind(owner, 2)
    owner_client.get(reverse("home:dashboard"))  # warm up: one-off queries are not per row
    few = count_dashboard_queries(owner_client)

    add_rows_of_every_kind(owner, 38)
    many = count_dashboard_queries(owner_client)

    print(f"\nqueries for the dashboard with charts: {few} with 2 rows, {many} with 40")
    assert few == many
    assert many <= DASHBOARD_QUERY_BUDGET
    charts_drawn = dashboard(owner_client).context["charts"]
    assert all(chart is not None for chart in charts_drawn.values())


def test_the_four_charts_cost_two_queries_beyond_the_dashboards_aggregate(owner):
    add_rows_of_every_kind(owner, 3)
    totals = aggregate(owner)

    with CaptureQueriesContext(connection) as captured:
        drawn = charts.dashboard_charts(owner, today=timezone.localdate(), totals=totals)

    assert len(captured) == 2
    assert all(chart is not None for chart in drawn.values())


@pytest.mark.parametrize(
    ("language", "label_format", "row_format"),
    [("en-GB", "j M", "j M Y"), ("en-US", "N j", "N j, Y")],
)
def test_the_weekly_chart_says_its_dates_in_the_readers_conventions(
    owner_client, weekly, language, label_format, row_format
):
    html = owner_client.get(
        reverse("home:dashboard"), HTTP_ACCEPT_LANGUAGE=language
    ).content.decode()
    today = timezone.localdate()
    monday = today - datetime.timedelta(days=today.weekday())
    label = dateformat.format(monday, label_format)  # "3 Mar" or "March 3"
    row = dateformat.format(monday, row_format)  # "3 Mar 2026" or "March 3, 2026"

    svg = re.search(r'<svg[^>]*"weekly-title weekly-desc".*?</svg>', html, re.S).group()
    # No <time> inside SVG: the same words as plain text.
    assert "<time" not in svg
    assert f"<title>Week of {label}: " in svg
    assert f">{label}</text>" in svg
    # The table of the numbers has the machine-readable date as well.
    assert f'<time datetime="{monday.isoformat()}">{row}</time>' in html
