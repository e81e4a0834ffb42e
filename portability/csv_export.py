"""Streaming CSV exports of a user's applications and rejections.

Built for 100,000 rows in bounded memory and time: rows come from ``values_list``
iterators (no model instances), children (status history, reflections) from a second
query ordered by the parent's id and merged in, so the number of queries does not grow
with the rows. The header is sent before any query runs, so the download starts at once.
"""

import contextlib
import csv
import datetime
import io
from collections.abc import Callable, Iterable, Iterator
from itertools import batched, groupby
from operator import itemgetter

from django.db import connection, transaction
from django.db.models import CharField, Value
from django.db.models.functions import Cast, Concat, TruncDate

from rejections.models import DoorOpen, Reflection, Rejection
from tracker.models import Application, StatusChange

#: Rows fetched from the database at a time (the server-side cursor's batch on PostgreSQL).
CHUNK_SIZE = 2_000
#: Rows written before the text is handed to the server: big enough that per-yield costs
#: vanish, small enough (~100 KB) that memory stays flat.
ROWS_PER_YIELD = 500
BOM = "\ufeff"
#: A spreadsheet runs a cell starting with one of these as a formula (=HYPERLINK(...)).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: str) -> str:
    """Prefix a would-be formula with ``'`` so spreadsheets show it as text (OWASP's advice)."""
    if value and value[0] in FORMULA_STARTS:
        return "'" + value
    return value


def merge_children(
    parents: Iterable[tuple], *children: Iterable[tuple]
) -> Iterator[tuple[tuple, ...]]:
    """Pair each parent row with its child rows from each child stream.

    Every stream is ordered by the parent id, the first item of each row, so one pass over
    each gives every parent its children without a query per parent. Yields
    ``(parent, children_from_stream_1, children_from_stream_2, ...)``.
    """
    streams = [groupby(stream, key=itemgetter(0)) for stream in children]
    current = [next(stream, None) for stream in streams]
    for parent in parents:
        key = parent[0]
        found = []
        for i, stream in enumerate(streams):
            while current[i] is not None and current[i][0] < key:
                current[i] = next(stream, None)
            if current[i] is not None and current[i][0] == key:
                found.append(list(current[i][1]))
                current[i] = next(stream, None)
            else:
                found.append([])
        yield parent, *found


def stream_csv(header: list[str], rows: Callable[[], Iterator[list[str]]]) -> Iterator[str]:
    """The CSV text in pieces: byte-order mark and header first, then the rows.

    Spreadsheets (Excel above all) read a UTF-8 file with a byte-order mark as UTF-8, so
    accents and emoji survive a double-click. The queries run inside one transaction (see
    ``streaming_transaction``) and only once the header is on its way.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    yield BOM + buffer.getvalue()
    with streaming_transaction():
        for batch in batched(rows(), ROWS_PER_YIELD):
            buffer.seek(0)
            buffer.truncate()
            writer.writerows(batch)
            yield buffer.getvalue()


@contextlib.contextmanager
def streaming_transaction() -> Iterator[None]:
    """A read-only snapshot transaction around streamed queries, on PostgreSQL.

    Inside a transaction, Django's server-side cursors stream rows as they are read instead
    of the server materialising the whole result first (``WITH HOLD``), and a repeatable
    read snapshot gives every query of one export the same view of the data. Not on SQLite:
    Rebound opens transactions there with ``BEGIN IMMEDIATE``, which would hold the
    database's only write lock for the whole download.
    """
    if connection.vendor != "postgresql":
        yield
        return
    outermost = not connection.in_atomic_block
    with transaction.atomic():
        if outermost:
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        yield


def _date(value: datetime.date | None) -> str:
    return value.isoformat() if value else ""


# --- Applications -----------------------------------------------------------------------

APPLICATION_HEADER = [
    "Company",
    "Position title",
    "Status",
    "Applied on",
    "Posting URL",
    "Location",
    "Work mode",
    "Salary min",
    "Salary max",
    "Salary currency",
    "Source",
    "Next action on",
    "Next action",
    "Notes",
    "Added on",
    "Last updated on",
    "Status history",
]
_APPLICATION_COLUMNS = (
    "pk",
    "company__name",
    "position_title",
    "status",
    "applied",
    "posting_url",
    "location",
    "work_mode",
    "salary_min",
    "salary_max",
    "salary_currency",
    "source",
    "next_on",
    "next_action",
    "notes",
    "added_on",
    "updated_on",
)


def application_rows(user) -> Iterator[list[str]]:
    """One row per application, oldest first, with its status history in one cell:
    ``2026-01-03 applied; 2026-01-10 screening``."""
    # Dates come from the database as ISO text, timestamps as the ISO day in the current
    # time zone: converting 600,000 date and time values in Python would cost more than
    # everything else put together.
    applications = (
        Application.objects.for_user(user)
        .annotate(
            applied=_text("applied_on"),
            next_on=_text("next_action_on"),
            added_on=_day("created_at"),
            updated_on=_day("updated_at"),
        )
        .order_by("pk")
        .values_list(*_APPLICATION_COLUMNS)
        .iterator(chunk_size=CHUNK_SIZE)
    )
    history = (
        StatusChange.objects.filter(application__owner=user)
        .annotate(entry=Concat(_day("changed_at"), Value(" "), "to_status"))
        .order_by("application_id", "changed_at", "pk")
        .values_list("application_id", "entry")
        .iterator(chunk_size=CHUNK_SIZE)
    )
    for app, changes in merge_children(applications, history):
        (
            _,
            company,
            title,
            status,
            applied_on,
            url,
            location,
            work_mode,
            salary_min,
            salary_max,
            currency,
            source,
            next_action_on,
            next_action,
            notes,
            added_on,
            updated_on,
        ) = app
        yield [
            neutralise(company),
            neutralise(title),
            status,
            applied_on or "",
            neutralise(url),
            neutralise(location),
            work_mode,
            "" if salary_min is None else str(salary_min),
            "" if salary_max is None else str(salary_max),
            neutralise(currency),
            neutralise(source),
            next_action_on or "",
            neutralise(next_action),
            neutralise(notes),
            added_on,
            updated_on,
            "; ".join([entry for _, entry in changes]),
        ]


def _text(field: str) -> Cast:
    """A date column as ISO text. (PostgreSQL writes dates as 2026-03-01 under its ISO
    DateStyle, which psycopg requires anyway: it cannot read timestamps under any other.)"""
    return Cast(field, output_field=CharField())


def _day(field: str) -> Cast:
    """The day of a timestamp in the current time zone, as ISO text."""
    return Cast(TruncDate(field), output_field=CharField())


def applications_csv(user) -> Iterator[str]:
    return stream_csv(APPLICATION_HEADER, lambda: application_rows(user))


# --- Rejections -------------------------------------------------------------------------

REJECTION_HEADER = [
    "Company",
    "Position title",
    "Received on",
    "Stage reached",
    "Channel",
    "Reason given",
    "How you felt",
    "Feedback requested on",
    "Feedback received on",
    "Feedback",
    "Door open",
    "Reapply after",
    "Reflection written on",
    "What went well",
    "What to improve",
    "Lessons",
    "Next actions",
    "Tags",
]
_REJECTION_COLUMNS = (
    "pk",
    "application__company__name",
    "application__position_title",
    "received_on",
    "stage",
    "channel",
    "reason_given",
    "feelings",
    "feedback_requested_on",
    "feedback_received_on",
    "feedback",
    "door_open",
    "reapply_after",
)
_REFLECTION_COLUMNS = (
    "rejection_id",
    "written_on",
    "went_well",
    "to_improve",
    "lessons",
    "next_actions",
    "tags",
)


def rejection_rows(user) -> Iterator[list[str]]:
    """One row per reflection, with its rejection's details; a rejection without a
    reflection still gets one row, with the reflection columns empty."""
    rejections = (
        Rejection.objects.for_user(user)
        .order_by("pk")
        .values_list(*_REJECTION_COLUMNS)
        .iterator(chunk_size=CHUNK_SIZE)
    )
    reflections = (
        Reflection.objects.filter(rejection__application__owner=user)
        .order_by("rejection_id", "written_on", "pk")
        .values_list(*_REFLECTION_COLUMNS)
        .iterator(chunk_size=CHUNK_SIZE)
    )
    for rejection, its_reflections in merge_children(rejections, reflections):
        (
            _,
            company,
            title,
            received_on,
            stage,
            channel,
            reason,
            feelings,
            requested_on,
            received_feedback_on,
            feedback,
            door_open,
            reapply_after,
        ) = rejection
        details = [
            neutralise(company),
            neutralise(title),
            _date(received_on),
            stage,
            channel,
            neutralise(reason),
            neutralise(feelings),
            _date(requested_on),
            _date(received_feedback_on),
            neutralise(feedback),
            "" if door_open == DoorOpen.UNKNOWN else door_open,  # yes, no, or not answered
            _date(reapply_after),
        ]
        if not its_reflections:
            yield [*details, "", "", "", "", "", ""]
        for _, written_on, went_well, to_improve, lessons, next_actions, tags in its_reflections:
            yield [
                *details,
                _date(written_on),
                neutralise(went_well),
                neutralise(to_improve),
                neutralise(lessons),
                neutralise(next_actions),
                neutralise(tags),
            ]


def rejections_csv(user) -> Iterator[str]:
    return stream_csv(REJECTION_HEADER, lambda: rejection_rows(user))
