"""The private calendar feed: a user's interviews, follow-ups, check-ins and reapply dates
as iCalendar.

Built with the ``icalendar`` package, which does the escaping and line folding. Interviews
are timed events in UTC (every calendar app converts them to the viewer's zone); follow-ups
and check-ins are all-day events on a date. UIDs are derived from the row's primary key, so
an event keeps its identity across refreshes and moves when its date changes.

Calendar apps keep a subscription in sync by comparing versions of an event, so each event
says when it last changed: DTSTAMP and LAST-MODIFIED are the latest ``updated_at`` of the
rows it is made of (an interview, its application, company and interviewers), and SEQUENCE
is that moment as whole seconds since 2020-01-01 UTC. It therefore grows with every change
(two saves within one second share a number) and needs no counter that every path writing
those rows would have to keep. A deleted interview stays in the feed for 30 days as
cancelled (``DeletedInterview``), with the deletion as its last change.

``fingerprint`` summarises everything the feed is made of in one query, so an unchanged
feed is answered with 304 Not Modified before any event is built (see the view).
"""

import datetime
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import groupby
from urllib.parse import urlsplit

from django.conf import settings
from django.db import connection
from django.db.models import (
    CharField,
    Count,
    Exists,
    Max,
    OuterRef,
    Prefetch,
    QuerySet,
    StringAgg,
    Subquery,
    Value,
)
from django.db.models.functions import Cast, Concat
from django.http import HttpRequest
from django.utils import timezone
from icalendar import Alarm, Calendar, Event, vDuration

from core.links import site_root
from pace import reapply
from rejections.models import DoorOpen, NetworkingLink, Rejection
from tracker.models import Application, Company, Contact, DeletedInterview, Interview, Outcome

PRODID = "-//Rebound//Rebound calendar feed//EN"
CALENDAR_NAME = "Rebound"
REFRESH_INTERVAL = datetime.timedelta(hours=1)
#: The feed covers this window around today, so it stays small however long the history.
PAST = datetime.timedelta(days=30)
FUTURE = datetime.timedelta(days=365)
#: A hard cap on events per feed, whatever the data.
MAX_EVENTS = 2_000
#: SEQUENCE counts seconds from here to an event's last change.
SEQUENCE_EPOCH = datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
#: Part of the fingerprint: change it when the feed's layout changes, so that calendar
#: apps holding an ETag of the old layout get the new one.
LAYOUT = "4"

# iCalendar TEXT may not contain control characters other than tab and line breaks.
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _text(value: str) -> str:
    return _CONTROL_CHARACTERS.sub("", value)


def _uid(kind: str, pk: int) -> str:
    # The site's host keeps UIDs unique between two Rebound installs in one calendar app.
    host = urlsplit(settings.SITE_URL).hostname or "rebound"
    return f"{kind}-{pk}@{host}"


def sequence(changed: datetime.datetime) -> int:
    """An event's SEQUENCE: whole seconds from ``SEQUENCE_EPOCH`` to its last change."""
    return max(0, int((changed - SEQUENCE_EPOCH).total_seconds()))


@dataclass(frozen=True)
class Window:
    """The days the feed covers: timed events from the first day's midnight to the end of
    the last day, so the feed's content changes with the date, never within a day."""

    first_day: datetime.date
    last_day: datetime.date

    @classmethod
    def around(cls, today: datetime.date) -> "Window":
        return cls(first_day=today - PAST, last_day=today + FUTURE)

    @property
    def starts(self) -> datetime.datetime:
        return _midnight(self.first_day)

    @property
    def ends(self) -> datetime.datetime:
        return _midnight(self.last_day + datetime.timedelta(days=1))


def _midnight(day: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=timezone.get_current_timezone())


def _event(
    *,
    uid: str,
    changed: datetime.datetime,
    summary: str,
    start: datetime.date | datetime.datetime,
    end: datetime.date | datetime.datetime,
    url: str = "",
    description: str = "",
    location: str = "",
) -> Event:
    stamp = changed.astimezone(datetime.UTC).replace(microsecond=0)
    event = Event()
    event.add("UID", uid)
    event.add("DTSTAMP", stamp)
    event.add("LAST-MODIFIED", stamp)
    event.add("SEQUENCE", sequence(stamp))
    event.add("DTSTART", start)
    event.add("DTEND", end)
    event.add("SUMMARY", _text(summary))
    lines = [line for line in (description, url) if line]
    event.add("DESCRIPTION", _text("\n\n".join(lines)))
    if location:
        event.add("LOCATION", _text(location))
    if url:
        event.add("URL", url)
    return event


def _all_day(*, uid: str, changed: datetime.datetime, day: datetime.date, **fields) -> Event:
    # DTEND is exclusive: the next day. TRANSPARENT keeps reminders out of free/busy time.
    event = _event(
        uid=uid, changed=changed, start=day, end=day + datetime.timedelta(days=1), **fields
    )
    event.add("TRANSP", "TRANSPARENT")
    return event


def _alarm(summary: str, minutes: int) -> Alarm:
    alarm = Alarm()
    alarm.add("ACTION", "DISPLAY")
    alarm.add("DESCRIPTION", _text(summary))
    alarm.add("TRIGGER", datetime.timedelta(minutes=-minutes))
    return alarm


def _interview_events(
    user, *, window: Window, limit: int, root: str, alarm_minutes: int | None
) -> list[Event]:
    # Interviewers are filtered by owner too: only the admin could link across users, and
    # the feed must never show another user's rows even then.
    interviewers = Contact.objects.for_user(user).only("pk", "name", "updated_at")
    interviews = (
        Interview.objects.for_user(user)
        .filter(scheduled_at__gte=window.starts, scheduled_at__lt=window.ends)
        .select_related("application__company")
        .prefetch_related(Prefetch("interviewers", queryset=interviewers))
        .order_by("scheduled_at", "pk")[:limit]
    )
    events = []
    for interview in interviews:
        application = interview.application
        details = [f"{interview.get_kind_display()}, round {interview.round}"]
        people = list(interview.interviewers.all())
        if people:
            details.append("Interviewers: " + ", ".join(contact.name for contact in people))
        changed = max(
            interview.updated_at,
            application.updated_at,
            application.company.updated_at,
            *(contact.updated_at for contact in people),
        )
        event = _event(
            uid=_uid("interview", interview.pk),
            changed=changed,
            summary=interview.summary,
            start=interview.scheduled_at.astimezone(datetime.UTC),
            end=interview.ends_at.astimezone(datetime.UTC),
            description="\n".join(details),
            location=interview.location,
            url=root + interview.get_absolute_url(),
        )
        cancelled = interview.outcome == Outcome.CANCELLED
        event.add("STATUS", "CANCELLED" if cancelled else "CONFIRMED")
        if alarm_minutes and not cancelled:
            event.add_component(_alarm(interview.summary, alarm_minutes))
        events.append(event)
    return events


def _deleted_interview_events(user, *, window: Window, limit: int) -> list[Event]:
    """Interviews deleted in the last 30 days, as cancelled events under their old UID."""
    deleted = (
        DeletedInterview.objects.for_user(user)
        .kept(since=window.starts)
        .filter(scheduled_at__gte=window.starts, scheduled_at__lt=window.ends)
        .order_by("scheduled_at", "pk")[:limit]
    )
    events = []
    for row in deleted:
        event = _event(
            uid=_uid("interview", row.interview_pk),
            changed=row.deleted_at,
            summary=row.summary,
            start=row.scheduled_at.astimezone(datetime.UTC),
            end=row.ends_at.astimezone(datetime.UTC),
            description="Deleted in Rebound.",
        )
        # One more than the deletion's second: it outranks a version served in that second.
        event["SEQUENCE"] = sequence(row.deleted_at) + 1
        event.add("STATUS", "CANCELLED")
        events.append(event)
    return events


def _follow_up_events(user, *, window: Window, limit: int, root: str) -> list[Event]:
    applications = (
        Application.objects.for_user(user)
        .active()
        .filter(next_action_on__gte=window.first_day, next_action_on__lte=window.last_day)
        .select_related("company")
        .order_by("next_action_on", "pk")[:limit]
    )
    return [
        _all_day(
            uid=_uid("follow-up", application.pk),
            changed=max(application.updated_at, application.company.updated_at),
            day=application.next_action_on,
            summary=f"Follow up: {application.position_title} at {application.company.name}",
            description=application.next_action,
            url=root + application.get_absolute_url(),
        )
        for application in applications
    ]


def _contact_events(user, *, window: Window, limit: int, root: str) -> list[Event]:
    """A contact's next check-in, unless a networking plan has the same check-in: then
    that plan's event is the one (it says more), so the feed shows it once."""
    planned = NetworkingLink.objects.filter(
        rejection__application__owner=user,
        contact=OuterRef("pk"),
        check_in_on=OuterRef("next_check_in_on"),
    )
    contacts = (
        Contact.objects.for_user(user)
        .filter(next_check_in_on__gte=window.first_day, next_check_in_on__lte=window.last_day)
        .exclude(Exists(planned))
        .select_related("company")
        .order_by("next_check_in_on", "pk")[:limit]
    )
    events = []
    for contact in contacts:
        about = ", ".join(part for part in (contact.role, str(contact.company or "")) if part)
        changed = contact.updated_at
        if contact.company is not None:
            changed = max(changed, contact.company.updated_at)
        events.append(
            _all_day(
                uid=_uid("check-in-contact", contact.pk),
                changed=changed,
                day=contact.next_check_in_on,
                summary=f"Check in with {contact.name}",
                description=about,
                url=root + contact.get_absolute_url(),
            )
        )
    return events


def _network_events(user, *, window: Window, limit: int, root: str) -> list[Event]:
    """One event per contact and day: plans after two rejections for the same check-in
    are one check-in, which names both."""
    links = (
        NetworkingLink.objects.filter(
            rejection__application__owner=user,
            contact__owner=user,
            check_in_on__gte=window.first_day,
            check_in_on__lte=window.last_day,
        )
        .select_related("contact", "rejection__application__company")
        .order_by("check_in_on", "contact_id", "pk")[:limit]
    )
    events = []
    for _, group in groupby(links, key=lambda link: (link.check_in_on, link.contact_id)):
        same = list(group)
        first = same[0]
        details = []
        changed = first.contact.updated_at
        for link in same:
            application = link.rejection.application
            details.append(
                f"Keeping in touch after {application.position_title} at "
                f"{application.company.name} ({link.get_channel_display()})."
            )
            if link.note:
                details.append(link.note)
            changed = max(
                changed, link.updated_at, application.updated_at, application.company.updated_at
            )
        events.append(
            _all_day(
                uid=_uid("check-in-network", first.pk),
                changed=changed,
                day=first.check_in_on,
                summary=f"Check in with {first.contact.name}",
                description="\n".join(details),
                url=root + first.rejection.get_absolute_url(),
            )
        )
    return events


def _reapply_events(user, *, window: Window, limit: int, root: str) -> list[Event]:
    """A door left open with a date to reapply, not acted on yet: an all-day event that
    names the people to write to first (``pace.reapply``). The date is part of the UID,
    so a rejection whose reapply date moves gives a new event and the old one leaves."""
    rejections = reapply.planned_reapplications(
        user, first_day=window.first_day, last_day=window.last_day
    )[:limit]
    events = []
    for rejection in rejections:
        application = rejection.application
        people = [link.contact for link in rejection.door_open_links]
        details = [f"They left the door open after {application.position_title}."]
        if people:
            details.append(
                "Write first to: "
                + ", ".join(
                    f"{person.name} ({person.role})" if person.role else person.name
                    for person in people
                )
            )
        changed = max(
            application.updated_at,
            application.company.updated_at,
            rejection.created_at,
            *(person.updated_at for person in people),
        )
        events.append(
            _all_day(
                uid=_uid(f"reapply-{rejection.reapply_after:%Y%m%d}", rejection.pk),
                changed=changed,
                day=rejection.reapply_after,
                summary=f"Reapply at {application.company.name}",
                description="\n".join(details),
                url=root + rejection.get_absolute_url(),
            )
        )
    return events


def build_calendar(
    user,
    *,
    now: datetime.datetime | None = None,
    request: HttpRequest | None = None,
    alarm_minutes: int | None = None,
) -> Calendar:
    """The user's feed: at most ``MAX_EVENTS`` events from the last 30 and next 365 days.

    One query per kind of event (plus one for interviewers), whatever the number of events.
    A planned check-in appears once, even when a contact's next check-in and a networking
    plan (or two plans) name the same day. Links point at the address the calendar app
    used when this site answers to it (``core.links.site_root``), else at ``SITE_URL``.
    ``alarm_minutes`` adds a reminder that long before each interview that is not cancelled.
    """
    root = site_root(request)
    window = Window.around(timezone.localdate(now or timezone.now()))

    calendar = Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    # No METHOD: without one, RFC 5545 defines DTSTAMP as when the event was last revised
    # in the calendar store, which is what it says here (with METHOD:PUBLISH it would be
    # the time this copy was made, and every refresh would look like a change).
    calendar.calendar_name = CALENDAR_NAME  # NAME and X-WR-CALNAME
    calendar.add("REFRESH-INTERVAL", REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
    calendar.add("X-PUBLISHED-TTL", vDuration(REFRESH_INTERVAL))

    page = {"window": window}
    linked = {"window": window, "root": root}
    sources: list[Callable[[int], list[Event]]] = [
        lambda limit: _interview_events(user, limit=limit, alarm_minutes=alarm_minutes, **linked),
        lambda limit: _deleted_interview_events(user, limit=limit, **page),
        lambda limit: _follow_up_events(user, limit=limit, **linked),
        lambda limit: _contact_events(user, limit=limit, **linked),
        lambda limit: _network_events(user, limit=limit, **linked),
        lambda limit: _reapply_events(user, limit=limit, **linked),
    ]
    budget = MAX_EVENTS
    for source in sources:
        if budget <= 0:
            break
        events = source(budget)
        budget -= len(events)
        for event in events:
            calendar.add_component(event)
    return calendar


# --- Has anything changed? ------------------------------------------------------------------


def _owned_rows() -> dict[str, tuple[QuerySet, str, str]]:
    """Every kind of row the feed is made of: the user's rows (the outer query's
    ``user_id``), the path to their owner, and the field saying when one last changed."""
    user = OuterRef("user_id")
    return {
        "companies": (Company.objects.filter(owner=user), "owner", "updated_at"),
        "applications": (Application.objects.filter(owner=user), "owner", "updated_at"),
        "contacts": (Contact.objects.filter(owner=user), "owner", "updated_at"),
        "interviews": (
            Interview.objects.filter(application__owner=user),
            "application__owner",
            "updated_at",
        ),
        "links": (
            NetworkingLink.objects.filter(rejection__application__owner=user),
            "rejection__application__owner",
            "updated_at",
        ),
        "deleted": (DeletedInterview.objects.filter(owner=user), "owner", "deleted_at"),
    }


def change_summary() -> dict[str, Subquery]:
    """Annotations for a ``ReminderSettings`` query: per kind of row, how many the user has
    and when the latest one changed. Any edit moves a time, any deletion a count (a
    deleted interview adds a ``DeletedInterview``), so together they tell whether the
    feed can have changed, in the same query that finds the token."""
    annotations = {}
    for name, (rows, owner, changed) in _owned_rows().items():
        per_owner = rows.order_by().values(owner)
        annotations[f"feed_{name}_count"] = Subquery(per_owner.annotate(n=Count("pk")).values("n"))
        annotations[f"feed_{name}_changed"] = Subquery(
            per_owner.annotate(latest=Max(changed)).values("latest")
        )
    annotations["feed_reapply"] = Subquery(_reapply_dates())
    return annotations


def _reapply_dates() -> QuerySet:
    """Every reapply date of the user's, as "id:date" joined in one string: a rejection
    keeps no time of its last change, so the dates themselves are compared."""
    dated = Rejection.objects.filter(
        application__owner=OuterRef("user_id"),
        door_open=DoorOpen.YES,
        reapply_after__isnull=False,
    )
    return (
        dated.order_by()
        .values("application__owner")
        .annotate(
            dates=StringAgg(
                Concat(
                    Cast("pk", CharField()),
                    Value(":"),
                    Cast("reapply_after", CharField()),
                    output_field=CharField(),
                ),
                Value(","),
                # In id order where the database can say so (PostgreSQL, SQLite 3.44+);
                # older SQLite joins in its scan's order, the same for the same rows.
                order_by="pk" if connection.features.supports_aggregate_order_by_clause else (),
            )
        )
        .values("dates")
    )


def fingerprint(settings_row, *, today: datetime.date, root: str) -> str:
    """The feed's ETag: a hash of what it is made of (``settings_row`` is annotated with
    ``change_summary()``), the days it covers, the address its links use and the
    reminder setting. Equal fingerprints mean equal feeds."""
    parts = [
        LAYOUT,
        settings.SITE_URL,
        root,
        today.isoformat(),
        str(settings_row.interview_alarm_minutes),
        *(
            f"{name}={getattr(settings_row, f'feed_{name}_count')}"
            f"@{getattr(settings_row, f'feed_{name}_changed')}"
            for name in _owned_rows()
        ),
        f"reapply={settings_row.feed_reapply}",
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()
