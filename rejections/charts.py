"""Mood over time, with the rejections marked: one chart, drawn as inline SVG.

The dashboard draws the last 90 days; the self-care journal the period of the newest
notes. Both get their rows from one UNION query (``mood_rows``) and their geometry from
``mood_chart``; ``templates/rejections/includes/mood_chart.html`` draws it. Coordinates are
strings with a "." decimal point: template localisation could otherwise write "12,5",
which SVG does not understand.
"""

import datetime
from dataclasses import dataclass

from django.db.models import CharField, Expression, IntegerField, Value

from core.svg import ACCENT, GRID_COLOUR, REJECTION_COLOUR, TEXT_COLOUR
from core.svg import svg_number as _n
from rejections.models import Rejection, SelfCareNote

MOOD_DAYS = 90
#: The mood chart draws at most this many of the newest notes and rejections.
MOOD_ROWS_LIMIT = 400


def mood_rows(
    user,
    today: datetime.date,
    *,
    start: datetime.date | Expression | None = None,
    limit: int = MOOD_ROWS_LIMIT,
    notes_first: bool = False,
) -> list[tuple]:
    """Self-care notes and rejections from ``start`` (90 days ago) to today, in one query.

    Each row is ``(date, pk, kind, mood, text, company)``: a note has its mood and
    activity; a rejection (``mood`` 0) its position title and company name. The newest
    ``limit`` rows are kept (the notes before any rejection with ``notes_first``) and
    returned oldest first. ``start`` may be an expression such as a subquery.
    """
    if start is None:
        start = today - datetime.timedelta(days=MOOD_DAYS - 1)
    notes = (
        SelfCareNote.objects.for_user(user)
        .filter(date__gte=start, date__lte=today)
        .annotate(
            kind=Value("note", output_field=CharField()),
            company=Value("", output_field=CharField()),
        )
        .values_list("date", "pk", "kind", "mood", "activity", "company")
        .order_by()
    )
    rejections = (
        Rejection.objects.for_user(user)
        .filter(received_on__gte=start, received_on__lte=today)
        .annotate(
            kind=Value("rejection", output_field=CharField()),
            mood=Value(0, output_field=IntegerField()),
        )
        .values_list(
            "received_on",
            "pk",
            "kind",
            "mood",
            "application__position_title",
            "application__company__name",
        )
        .order_by()
    )
    # "note" sorts before "rejection".
    order = ["kind", "-date", "-pk"] if notes_first else ["-date", "-pk"]
    rows = list(notes.union(rejections, all=True).order_by(*order)[:limit])
    rows.sort(key=lambda row: (row[0], row[1]))
    return rows


@dataclass(frozen=True)
class MoodPoint:
    date: datetime.date
    mood: int
    activity: str
    x: str
    y: str


@dataclass(frozen=True)
class RejectionMark:
    date: datetime.date
    #: "Title at Company", or several joined by "; " when they came the same day.
    label: str
    x: str
    count: int = 1


def mood_chart(rows: list[tuple], *, start: datetime.date, end: datetime.date) -> dict | None:
    """Mood (1–5) of each note from ``start`` to ``end``, with the rejections marked.

    ``rows`` come from ``mood_rows``; rows outside the period are left out. None without
    a note in the period: rejections alone make no mood chart.
    """
    left, right, top = 30.0, 470.0, 10.0
    plot_height = 130.0
    bottom = top + plot_height
    unit = plot_height / 5
    day_width = (right - left) / max((end - start).days, 1)

    def x_of(day: datetime.date) -> str:
        return _n(left + (day - start).days * day_width)

    points = []
    # One mark per day: a busy week of rejections stays readable (and the page small).
    rejected_on: dict[datetime.date, list[str]] = {}
    for day, _pk, kind, mood, text, company in rows:
        if not start <= day <= end:
            continue
        if kind == "note":
            points.append(
                MoodPoint(
                    date=day, mood=mood, activity=text, x=x_of(day), y=_n(bottom - mood * unit)
                )
            )
        else:
            rejected_on.setdefault(day, []).append(f"{text} at {company}")
    marks = [
        RejectionMark(date=day, label="; ".join(labels), x=x_of(day), count=len(labels))
        for day, labels in rejected_on.items()
    ]
    if not points:
        return None
    moods = [point.mood for point in points]
    return {
        "points": points,
        "line": " ".join(f"{point.x},{point.y}" for point in points),
        "marks": marks,
        "levels": [
            {"mood": mood, "y": _n(bottom - mood * unit), "label_y": _n(bottom - mood * unit + 4)}
            for mood in range(1, 6)
        ],
        "left": _n(left),
        "right": _n(right),
        "top": _n(top),
        "bottom": _n(bottom),
        "date_y": _n(bottom + 18),
        "start": start,
        "end": end,
        "count": len(points),
        "rejection_count": sum(mark.count for mark in marks),
        "average": f"{sum(moods) / len(moods):.1f}",
        "colour": ACCENT,
        "mark_colour": REJECTION_COLOUR,
        "text_colour": TEXT_COLOUR,
        "grid_colour": GRID_COLOUR,
    }
