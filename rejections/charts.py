"""Mood over time, with the rejections marked: the numbers, from one query.

The dashboard draws the last 90 days; the self-care journal the newest notes.
"""

import datetime

from django.db.models import CharField, Expression, IntegerField, Value

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
