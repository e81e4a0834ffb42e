"""The dashboard's insight charts: numbers from the database, geometry for inline SVG.

The charts are drawn by templates (``templates/home/charts/``) as inline SVG
with presentation attributes only (``fill``, ``x``, ``width``...). Chart libraries such as
pygal embed ``<style>`` elements in their SVG, which the strict CSP (``style-src 'self'``)
blocks inside a page, so the few shapes we need are computed here instead.

Every coordinate is formatted here as a string with a "." decimal point: template
localisation could otherwise write "12,5", which SVG does not understand.

Query budget (the dashboard must stay within 10 queries):

- the funnel and the rejections by stage are added up from the groups of the
  dashboard's single query over applications (``application_counts``);
- the weekly "sent vs responses" series is one UNION query (``weekly_rows``);
- the mood timeline, notes and rejections together, is one UNION query (``mood_rows``).
"""

import datetime
import math
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import (
    CharField,
    Count,
    Value,
)
from django.db.models.functions import TruncDate
from django.utils import timezone

from core.svg import (
    ACCENT,
    GRID_COLOUR,
    REJECTION_COLOUR,
    RESPONSE_COLOUR,
    SENT_COLOUR,
    TEXT_COLOUR,
)
from core.svg import svg_number as _n
from rejections.charts import MOOD_DAYS, mood_chart, mood_rows
from tracker.models import Application, StatusChange
from tracker.stages import (
    PIPELINE,
    RESPONSE_MOVES,
    STAGE_RANK,
    STAGE_SHORT_LABELS,
    Stage,
    Status,
)

WEEKS = 12


# --- Queries --------------------------------------------------------------------------


def application_counts(groups: Iterable[tuple[int, str | None, int]]) -> dict:
    """The funnel's and the rejections-by-stage counts, added up from groups of applications.

    Each group is ``(reached, rejection stage or None, how many)``: the dashboard's one
    query over the user's applications groups them by status, furthest stage reached and
    rejection stage, so both charts cost no query of their own and the database counts
    each group once instead of checking a dozen conditions on every application. An
    application *reached* a stage when its current status, a status in its history not
    taken back by a correction (see ``tracker.services``), or its rejection's stage
    reached is that stage or a later one; being sent (``applied_on``) also means it
    reached *applied*. ``reached`` already holds all but the rejection's stage.
    """
    counts = {f"reached_{status.value}": 0 for status in PIPELINE[1:]}
    counts |= {f"rejected_at_{stage.value}": 0 for stage in Stage}
    for reached, stage, n in groups:
        stage_rank = STAGE_RANK.get(stage, -1) if stage is not None else -1
        for rank, status in enumerate(PIPELINE[1:], start=1):
            if reached >= rank or stage_rank >= rank:
                counts[f"reached_{status.value}"] += n
        if stage in Stage.values:
            counts[f"rejected_at_{stage}"] += n
    return counts


def week_starts(today: datetime.date) -> list[datetime.date]:
    """The Mondays of the last ``WEEKS`` weeks, this week last (weeks as ``TruncWeek``)."""
    monday = today - datetime.timedelta(days=today.weekday())
    return [monday - datetime.timedelta(weeks=i) for i in range(WEEKS - 1, -1, -1)]


def _local_midnight(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def weekly_rows(user, today: datetime.date) -> list[tuple[datetime.date, int, str]]:
    """``(week start, count, "sent" | "responses")`` for the last 12 weeks, in one query.

    *Sent* counts applications by ``applied_on``; *responses* counts status changes into
    screening, interviewing, offer or rejected, in the site's time zone.

    The database counts per day and the days are added up into weeks here: grouping by a
    plain column lets PostgreSQL read both counts from an index alone (the owner/sent-date
    index and the partial index of answering moves) and spares it a week's truncation per
    row. ``COUNT(*)`` rather than the id keeps the id out of what the index must hold.
    """
    weeks = week_starts(today)
    first, end = weeks[0], weeks[-1] + datetime.timedelta(days=7)
    sent = (
        Application.objects.for_user(user)
        .filter(applied_on__gte=first, applied_on__lt=end)
        .values("applied_on")
        .annotate(n=Count("*"), series=Value("sent", output_field=CharField()))
        .values_list("applied_on", "n", "series")
        .order_by()
    )
    responses = (
        StatusChange.objects.filter(
            application__owner=user,
            to_status__in=RESPONSE_MOVES,
            changed_at__gte=_local_midnight(first),
            changed_at__lt=_local_midnight(end),
        )
        # The local date, so a change late on Sunday evening stays in its week.
        .annotate(day=TruncDate("changed_at"))
        .values("day")
        .annotate(n=Count("*"), series=Value("responses", output_field=CharField()))
        .values_list("day", "n", "series")
        .order_by()
    )
    # The union would otherwise be sorted by Application.Meta.ordering, not a column.
    weekly: dict[tuple[datetime.date, str], int] = {}
    for day, n, series in sent.union(responses, all=True).order_by():
        week = (day - datetime.timedelta(days=day.weekday()), series)
        weekly[week] = weekly.get(week, 0) + n
    return [(week, n, series) for (week, series), n in weekly.items()]


# --- Geometry -------------------------------------------------------------------------


@dataclass(frozen=True)
class HorizontalBar:
    label: str
    value: int
    share: int | None  # percent of the whole, where that means something
    x: str
    y: str
    width: str
    height: str
    label_x: str
    value_x: str
    text_y: str


def _horizontal_bars(rows: list[tuple[str, int]], *, whole: int | None = None, colour: str) -> dict:
    """A horizontal bar per row: labels on the left, the count after the bar."""
    width, label_width, gap, bar_room, row_height, bar_height, top = 500, 150, 10, 250, 30, 20, 4
    largest = max((value for _, value in rows), default=0) or 1
    x = label_width + gap
    bars = []
    for index, (label, value) in enumerate(rows):
        y = top + index * row_height
        length = bar_room * value / largest
        bars.append(
            HorizontalBar(
                label=label,
                value=value,
                share=round(100 * value / whole) if whole else None,
                x=_n(x),
                y=_n(y),
                width=_n(length),
                height=_n(bar_height),
                label_x=_n(label_width),
                value_x=_n(x + length + 6),
                text_y=_n(y + bar_height / 2 + 5),
            )
        )
    return {
        "bars": bars,
        "width": _n(width),
        "height": _n(top * 2 + len(rows) * row_height),
        "colour": colour,
        "text_colour": TEXT_COLOUR,
    }


def funnel_chart(totals: dict) -> dict | None:
    """How many applications reached each pipeline stage; None before the first one."""
    total = totals["total"]
    if not total:
        return None
    rows = [(Status.WISHLIST.label, total)] + [
        (status.label, totals[f"reached_{status.value}"]) for status in PIPELINE[1:]
    ]
    chart = _horizontal_bars(rows, whole=total, colour=ACCENT)
    chart["total"] = total
    chart["sent"] = totals["reached_applied"]
    chart["interviews"] = totals["reached_interviewing"]
    chart["offers"] = totals["reached_offer"]
    return chart


def rejection_stage_chart(totals: dict) -> dict | None:
    """Rejections by the stage they came at; None before the first one."""
    counts = {stage: totals[f"rejected_at_{stage.value}"] for stage in Stage}
    total = sum(counts.values())
    if not total:
        return None
    # Short labels fit beside the bars; the table under the chart has the full ones.
    chart = _horizontal_bars(
        [(STAGE_SHORT_LABELS[stage], n) for stage, n in counts.items()],
        whole=total,
        colour=REJECTION_COLOUR,
    )
    chart["rows"] = [
        {"label": stage.label, "value": n, "share": bar.share}
        for (stage, n), bar in zip(counts.items(), chart["bars"], strict=True)
    ]
    chart["total"] = total
    chart["most"] = max(counts, key=counts.__getitem__).label
    return chart


@dataclass(frozen=True)
class Week:
    start: datetime.date
    sent: int
    responses: int
    sent_x: str
    sent_y: str
    sent_height: str
    responses_x: str
    responses_y: str
    responses_height: str
    label_x: str
    labelled: bool


def _nice_ceiling(value: int) -> int:
    """The smallest 1, 2 or 5 times a power of ten that is at least ``value`` (and ≥ 1)."""
    if value <= 1:
        return 1
    power = 10 ** math.floor(math.log10(value))
    return next(step * power for step in (1, 2, 5, 10) if step * power >= value)


def weekly_chart(rows: list[tuple[datetime.date, int, str]], today: datetime.date) -> dict | None:
    """Two bars per week, applications sent and responses; None when all are zero."""
    counts: dict[tuple[datetime.date, str], int] = {}
    for week, n, series in rows:
        counts[week, series] = n
    starts = week_starts(today)
    sent = [counts.get((start, "sent"), 0) for start in starts]
    responses = [counts.get((start, "responses"), 0) for start in starts]
    if not any(sent) and not any(responses):
        return None
    # 480 units wide: about the drawn size on a phone and in a half-width card, so the
    # text stays readable at both.
    left, right, top, bottom = 36.0, 470.0, 12.0, 180.0
    plot_height = bottom - top
    top_value = _nice_ceiling(max(sent + responses))
    group = (right - left) / WEEKS
    bar = group * 0.36

    def height(value: int) -> float:
        return plot_height * value / top_value

    weeks = []
    for index, start in enumerate(starts):
        x = left + index * group + group * 0.12
        weeks.append(
            Week(
                start=start,
                sent=sent[index],
                responses=responses[index],
                sent_x=_n(x),
                sent_y=_n(bottom - height(sent[index])),
                sent_height=_n(height(sent[index])),
                responses_x=_n(x + bar + 2),
                responses_y=_n(bottom - height(responses[index])),
                responses_height=_n(height(responses[index])),
                label_x=_n(left + index * group + group / 2),
                # Every other week is labelled, this week included, so the dates fit.
                labelled=(WEEKS - 1 - index) % 2 == 0,
            )
        )
    ticks = [0, top_value // 2, top_value] if top_value % 2 == 0 else [0, top_value]
    return {
        "weeks": weeks,
        "bar_width": _n(bar),
        "ticks": [
            {
                "value": tick,
                "y": _n(bottom - height(tick)),
                "label_y": _n(bottom - height(tick) + 4),
            }
            for tick in ticks
        ],
        "left": _n(left),
        "right": _n(right),
        "bottom": _n(bottom),
        "date_y": _n(bottom + 18),
        "legend_y": _n(bottom + 46),
        "legend_text_y": _n(bottom + 58),
        "legend_sent_x": _n(left),
        "legend_sent_text_x": _n(left + 20),
        "legend_responses_x": _n(left + 180),
        "legend_responses_text_x": _n(left + 200),
        "total_sent": sum(sent),
        "total_responses": sum(responses),
        "first": starts[0],
        "sent_colour": SENT_COLOUR,
        "responses_colour": RESPONSE_COLOUR,
        "text_colour": TEXT_COLOUR,
        "grid_colour": GRID_COLOUR,
    }


def recent_mood_chart(user, today: datetime.date, rows: list[tuple] | None = None) -> dict | None:
    """The mood chart of the last ``MOOD_DAYS`` days (``rows`` from ``mood_rows``, when the
    caller already has them)."""
    start = today - datetime.timedelta(days=MOOD_DAYS - 1)
    if rows is None:
        rows = mood_rows(user, today)
    return mood_chart(rows, start=start, end=today)


def dashboard_charts(
    user, *, today: datetime.date, totals: dict, moods: list[tuple] | None = None
) -> dict:
    """The four dashboard charts (None where there is nothing to draw yet): two queries,
    one when the caller passes the mood rows (the dashboard reads them for the pace check).

    ``totals`` is the dashboard's totals, which include ``application_counts()``.
    """
    return {
        "funnel": funnel_chart(totals),
        "rejection_stages": rejection_stage_chart(totals),
        "weekly": weekly_chart(weekly_rows(user, today), today),
        "mood": recent_mood_chart(user, today, moods),
    }
