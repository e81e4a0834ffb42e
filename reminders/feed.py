"""The private calendar feed: a user's interviews, follow-ups and check-ins as iCalendar.

Built with the ``icalendar`` package, which does the escaping and line folding. Interviews
are timed events in UTC (every calendar app converts them to the viewer's zone); follow-ups
and check-ins are all-day events on a date. UIDs are derived from the row's primary key, so
an event keeps its identity across refreshes and moves when its date changes.
"""

import datetime
import re
from collections.abc import Callable
from itertools import groupby
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import Exists, OuterRef, Prefetch
from django.http import HttpRequest
from django.utils import timezone
from icalendar import Calendar, Event, vDuration

from core.links import site_root
from rejections.models import NetworkingLink
from tracker.models import Application, Contact, Interview, Outcome

PRODID = "-//Rebound//Rebound calendar feed//EN"
CALENDAR_NAME = "Rebound"
REFRESH_INTERVAL = datetime.timedelta(hours=1)
#: The feed covers this window around today, so it stays small however long the history.
PAST = datetime.timedelta(days=30)
FUTURE = datetime.timedelta(days=365)
#: A hard cap on events per feed, whatever the data.
MAX_EVENTS = 2_000

# iCalendar TEXT may not contain control characters other than tab and line breaks.
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _text(value: str) -> str:
    return _CONTROL_CHARACTERS.sub("", value)


def _uid(kind: str, pk: int) -> str:
    # The site's host keeps UIDs unique between two Rebound installs in one calendar app.
    host = urlsplit(settings.SITE_URL).hostname or "rebound"
    return f"{kind}-{pk}@{host}"


def _event(
    *,
    uid: str,
    stamp: datetime.datetime,
    summary: str,
    start: datetime.date | datetime.datetime,
    end: datetime.date | datetime.datetime,
    url: str,
    description: str = "",
    location: str = "",
) -> Event:
    event = Event()
    event.add("UID", uid)
    event.add("DTSTAMP", stamp)
    event.add("DTSTART", start)
    event.add("DTEND", end)
    event.add("SUMMARY", _text(summary))
    lines = [line for line in (description, url) if line]
    event.add("DESCRIPTION", _text("\n\n".join(lines)))
    if location:
        event.add("LOCATION", _text(location))
    event.add("URL", url)
    return event


def _all_day(*, uid: str, stamp: datetime.datetime, day: datetime.date, **fields) -> Event:
    # DTEND is exclusive: the next day. TRANSPARENT keeps reminders out of free/busy time.
    event = _event(uid=uid, stamp=stamp, start=day, end=day + datetime.timedelta(days=1), **fields)
    event.add("TRANSP", "TRANSPARENT")
    return event


def _interview_events(user, *, now: datetime.datetime, stamp, limit: int, root: str) -> list[Event]:
    # Interviewers are filtered by owner too: only the admin could link across users, and
    # the feed must never show another user's rows even then.
    interviewers = Contact.objects.for_user(user).only("pk", "name")
    interviews = (
        Interview.objects.for_user(user)
        .filter(scheduled_at__gte=now - PAST, scheduled_at__lte=now + FUTURE)
        .select_related("application__company")
        .prefetch_related(Prefetch("interviewers", queryset=interviewers))
        .order_by("scheduled_at", "pk")[:limit]
    )
    events = []
    for interview in interviews:
        application = interview.application
        details = [f"{interview.get_kind_display()}, round {interview.round}"]
        names = [contact.name for contact in interview.interviewers.all()]
        if names:
            details.append("Interviewers: " + ", ".join(names))
        event = _event(
            uid=_uid("interview", interview.pk),
            stamp=stamp,
            summary=f"Interview: {application.position_title} at {application.company.name}",
            start=interview.scheduled_at.astimezone(datetime.UTC),
            end=interview.ends_at.astimezone(datetime.UTC),
            description="\n".join(details),
            location=interview.location,
            url=root + interview.get_absolute_url(),
        )
        cancelled = interview.outcome == Outcome.CANCELLED
        event.add("STATUS", "CANCELLED" if cancelled else "CONFIRMED")
        events.append(event)
    return events


def _follow_up_events(user, *, first_day, last_day, stamp, limit: int, root: str) -> list[Event]:
    applications = (
        Application.objects.for_user(user)
        .active()
        .filter(next_action_on__gte=first_day, next_action_on__lte=last_day)
        .select_related("company")
        .order_by("next_action_on", "pk")[:limit]
    )
    return [
        _all_day(
            uid=_uid("follow-up", application.pk),
            stamp=stamp,
            day=application.next_action_on,
            summary=f"Follow up: {application.position_title} at {application.company.name}",
            description=application.next_action,
            url=root + application.get_absolute_url(),
        )
        for application in applications
    ]


def _contact_events(user, *, first_day, last_day, stamp, limit: int, root: str) -> list[Event]:
    """A contact's next check-in, unless a networking plan has the same check-in: then
    that plan's event is the one (it says more), so the feed shows it once."""
    planned = NetworkingLink.objects.filter(
        rejection__application__owner=user,
        contact=OuterRef("pk"),
        check_in_on=OuterRef("next_check_in_on"),
    )
    contacts = (
        Contact.objects.for_user(user)
        .filter(next_check_in_on__gte=first_day, next_check_in_on__lte=last_day)
        .exclude(Exists(planned))
        .select_related("company")
        .order_by("next_check_in_on", "pk")[:limit]
    )
    events = []
    for contact in contacts:
        about = ", ".join(part for part in (contact.role, str(contact.company or "")) if part)
        events.append(
            _all_day(
                uid=_uid("check-in-contact", contact.pk),
                stamp=stamp,
                day=contact.next_check_in_on,
                summary=f"Check in with {contact.name}",
                description=about,
                url=root + contact.get_absolute_url(),
            )
        )
    return events


def _network_events(user, *, first_day, last_day, stamp, limit: int, root: str) -> list[Event]:
    """One event per contact and day: plans after two rejections for the same check-in
    are one check-in, which names both."""
    links = (
        NetworkingLink.objects.filter(
            rejection__application__owner=user,
            contact__owner=user,
            check_in_on__gte=first_day,
            check_in_on__lte=last_day,
        )
        .select_related("contact", "rejection__application__company")
        .order_by("check_in_on", "contact_id", "pk")[:limit]
    )
    events = []
    for _, group in groupby(links, key=lambda link: (link.check_in_on, link.contact_id)):
        same = list(group)
        first = same[0]
        details = []
        for link in same:
            application = link.rejection.application
            details.append(
                f"Keeping in touch after {application.position_title} at "
                f"{application.company.name} ({link.get_channel_display()})."
            )
            if link.note:
                details.append(link.note)
        events.append(
            _all_day(
                uid=_uid("check-in-network", first.pk),
                stamp=stamp,
                day=first.check_in_on,
                summary=f"Check in with {first.contact.name}",
                description="\n".join(details),
                url=root + first.rejection.get_absolute_url(),
            )
        )
    return events


def build_calendar(
    user, *, now: datetime.datetime | None = None, request: HttpRequest | None = None
) -> Calendar:
    """The user's feed: at most ``MAX_EVENTS`` events from the last 30 and next 365 days.

    One query per kind of event (plus one for interviewers), whatever the number of events.
    A planned check-in appears once, even when a contact's next check-in and a networking
    plan (or two plans) name the same day. Links point at the address the calendar app
    used when this site answers to it (``core.links.site_root``), else at ``SITE_URL``.
    """
    now = now or timezone.now()
    root = site_root(request)
    today = timezone.localdate(now)
    stamp = now.astimezone(datetime.UTC).replace(microsecond=0)

    calendar = Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    # A published, read-only calendar (what Google and Outlook export); DTSTAMP is then
    # the time this copy was made.
    calendar.add("METHOD", "PUBLISH")
    calendar.calendar_name = CALENDAR_NAME  # NAME and X-WR-CALNAME
    calendar.add("REFRESH-INTERVAL", REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
    calendar.add("X-PUBLISHED-TTL", vDuration(REFRESH_INTERVAL))

    window = {"first_day": today - PAST, "last_day": today + FUTURE}
    sources: list[Callable[..., list[Event]]] = [
        lambda limit: _interview_events(user, now=now, stamp=stamp, limit=limit, root=root),
        lambda limit: _follow_up_events(user, stamp=stamp, limit=limit, root=root, **window),
        lambda limit: _contact_events(user, stamp=stamp, limit=limit, root=root, **window),
        lambda limit: _network_events(user, stamp=stamp, limit=limit, root=root, **window),
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
