"""The daily e-mail digest: what is due today for one user, and sending it to everyone.

``send_digests`` is what ``manage.py send_reminders`` runs from cron. Per user it claims
the day with one conditional UPDATE (``last_digest_on`` is set to today only where it is
not today already), so a second run, or a second cron host, sends nothing new. A user
with nothing due is not claimed; a mail that fails releases the claim, so the next run
tries again.
"""

import datetime
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import QuerySet
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from accounts.models import Preferences
from accounts.preferences import preferences_for
from core.links import absolute_url
from core.mail import Message, address
from pace import reapply
from rejections.models import NetworkingLink, Rejection
from rejections.workflow import StepState, steps_for
from reminders.models import ReminderSettings
from tracker.models import Application, Contact, Interview, Outcome

logger = logging.getLogger(__name__)

#: Items listed per section; the rest are counted and point to the site.
SECTION_LIMIT = 20
#: Open rejection steps are listed once the rejection is more than this old.
REJECTION_GRACE = datetime.timedelta(days=2)
REJECTION_STEPS = "Rejection steps still open"


@dataclass
class Section:
    title: str
    items: list
    total: int

    @property
    def more(self) -> int:
        return self.total - len(self.items)


def _section(title: str, queryset: QuerySet) -> Section:
    """The first ``SECTION_LIMIT`` rows; counted only when there are more (rare)."""
    items = list(queryset[: SECTION_LIMIT + 1])
    total = len(items) if len(items) <= SECTION_LIMIT else queryset.count()
    return Section(title, items[:SECTION_LIMIT], total)


@dataclass
class OpenRejection:
    rejection: Rejection
    open_steps: list[StepState]


@dataclass
class Digest:
    user: object
    today: datetime.date
    interviews: Section
    follow_ups: Section
    reapplications: Section
    check_ins: Section
    network: Section
    rejections: Section
    sections: list[Section] = field(init=False)

    def __post_init__(self) -> None:
        self.sections = [
            self.interviews,
            self.follow_ups,
            self.reapplications,
            self.check_ins,
            self.network,
            self.rejections,
        ]

    @property
    def count(self) -> int:
        return sum(section.total for section in self.sections)

    @property
    def is_empty(self) -> bool:
        return self.count == 0

    @property
    def subject(self) -> str:
        things = "thing" if self.count == 1 else "things"
        return f"Rebound: {self.count} {things} for today"

    def body(self) -> str:
        return render_to_string(
            "reminders/digest_email.txt",
            {
                "digest": self,
                "name": self.user.get_short_name() or self.user.get_username(),
                "site_url": settings.SITE_URL,
                "dashboard_url": absolute_url(reverse("home:dashboard")),
                "settings_url": absolute_url(reverse("reminders:settings")),
            },
        )

    def message(self) -> Message:
        # Auto-Submitted keeps vacation responders from answering (RFC 3834); List-Unsubscribe
        # gives mail apps their "unsubscribe" button, to the page that turns the digest off.
        name = self.user.get_full_name()
        return Message(
            subject=self.subject,
            body=self.body(),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[address(name, self.user.email)],
            headers={
                "Auto-Submitted": "auto-generated",
                "List-Unsubscribe": f"<{absolute_url(reverse('reminders:settings'))}>",
            },
        )


def _day_bounds(day: datetime.date) -> tuple[datetime.datetime, datetime.datetime]:
    """Midnight to midnight of ``day`` in the current time zone (the user's, see
    ``send_digests``; the site's ``TIME_ZONE`` otherwise)."""
    zone = timezone.get_current_timezone()
    start = datetime.datetime.combine(day, datetime.time.min, tzinfo=zone)
    end = datetime.datetime.combine(
        day + datetime.timedelta(days=1), datetime.time.min, tzinfo=zone
    )
    return start, end


def gather_digest(user, *, today: datetime.date) -> Digest:
    """What is due for ``user`` on ``today``: a fixed number of queries, whatever the data."""
    start, end = _day_bounds(today)
    interviews = (
        Interview.objects.for_user(user)
        .filter(scheduled_at__gte=start, scheduled_at__lt=end)
        .exclude(outcome=Outcome.CANCELLED)
        .select_related("application__company")
        .order_by("scheduled_at", "pk")
    )
    follow_ups = (
        Application.objects.for_user(user)
        .active()
        .filter(next_action_on__lte=today)
        .select_related("company")
        .order_by("next_action_on", "pk")
    )
    check_ins = (
        Contact.objects.for_user(user)
        .due_for_check_in(today)
        .annotate(door_open=reapply.door_open_link())
        .select_related("company")
        .order_by("next_check_in_on", "pk")
    )
    network = (
        NetworkingLink.objects.filter(
            rejection__application__owner=user, contact__owner=user, check_in_on__lte=today
        )
        .select_related("contact", "rejection__application__company")
        .order_by("check_in_on", "pk")
    )
    if preferences_for(user).calm_mode:
        # Calm mode keeps rejections out of what comes to the person unasked; the open
        # steps wait in /rejections/. Doors open again stay: the person asked for those.
        rejection_section = Section(REJECTION_STEPS, [], 0)
    else:
        rejections = (
            Rejection.objects.for_user(user)
            .open_workflows()
            .filter(received_on__lt=today - REJECTION_GRACE)
            .select_related("application__company")
            # Each open step is named, with its skip reason if any (``steps_for``).
            .prefetch_related("skips")
        )
        rejection_section = _section(REJECTION_STEPS, rejections)
        rejection_section.items = [
            OpenRejection(rejection, [step for step in steps_for(rejection) if not step.resolved])
            for rejection in rejection_section.items
        ]
    return Digest(
        user=user,
        today=today,
        interviews=_section("Interviews today", interviews),
        follow_ups=_section("Follow-ups due", follow_ups),
        reapplications=_section("Doors open again", reapply.due_reapplications(user, today)),
        check_ins=_section("Contacts to check in with", check_ins),
        network=_section("Networking check-ins", network),
        rejections=rejection_section,
    )


@dataclass
class DigestRun:
    """What one run did, for the command's summary line."""

    sent: int = 0
    nothing_due: int = 0
    failed: int = 0
    skipped: int = 0  # already sent today (by another run or host)
    dry_run: bool = False

    def summary(self) -> str:
        digests = "digest" if self.sent == 1 else "digests"
        users = "user" if self.nothing_due == 1 else "users"
        verb = "Would send" if self.dry_run else "Sent"
        text = f"{verb} {self.sent} {digests}, {self.nothing_due} {users} had nothing due."
        if self.skipped:
            text += f" {self.skipped} already had today's digest."
        if self.failed:
            text += f" {self.failed} could not be sent and will be retried on the next run."
        return text


def recipients(today: datetime.date | None) -> QuerySet:
    """Active users with an e-mail address, the digest on, and no digest yet ``today``
    (each user's own today when it is ``None``: that is checked per user)."""
    users = (
        get_user_model()
        .objects.filter(is_active=True)
        .exclude(email="")
        .exclude(reminder_settings__digest_enabled=False)
        .select_related("reminder_settings", "preferences")
        .order_by("pk")
    )
    if today is not None:
        users = users.exclude(reminder_settings__last_digest_on=today)
    return users


def zone_of(user) -> ZoneInfo:
    """The user's time zone (loaded with ``recipients``), or the site's."""
    try:
        return user.preferences.zone
    except Preferences.DoesNotExist:
        return ZoneInfo(settings.TIME_ZONE)


def _settings_of(user) -> ReminderSettings:
    try:
        return user.reminder_settings
    except ReminderSettings.DoesNotExist:
        return ReminderSettings.objects.get_for(user)


def send_digest(user, *, today: datetime.date) -> str:
    """Claim today for ``user``, and send their digest if anything is due.

    Returns ``"sent"``, ``"nothing_due"``, ``"skipped"`` (already claimed) or raises what the
    mail backend raised, after releasing the claim.
    """
    reminder_settings = _settings_of(user)
    previous = reminder_settings.last_digest_on
    with transaction.atomic():
        # The decision and the mark are one statement: of two runs (or two cron hosts)
        # only one updates the row; the other waits for its lock, then matches nothing.
        claimed = (
            ReminderSettings.objects.filter(pk=reminder_settings.pk, digest_enabled=True)
            .exclude(last_digest_on=today)
            .update(last_digest_on=today)
        )
        if not claimed:
            return "skipped"
        digest = gather_digest(user, today=today)
        if digest.is_empty:
            # Not claimed: something may become due later today and a later run sends it.
            transaction.set_rollback(True)
            return "nothing_due"
        message = digest.message()
    # Sent after the claim is committed, so no database lock is held while the mail
    # server answers. If sending fails, the claim is released and the next run retries.
    try:
        message.send()
    except Exception:
        ReminderSettings.objects.filter(pk=reminder_settings.pk, last_digest_on=today).update(
            last_digest_on=previous
        )
        raise
    return "sent"


def send_digests(
    *,
    today: datetime.date | None = None,
    dry_run: bool = False,
    report: Callable[[str], None] = lambda line: None,
    warn: Callable[[str], None] = lambda line: None,
) -> DigestRun:
    """Send today's digest to every user who wants one and has something due.

    Each digest is made in its user's time zone: what is due on their today (or on
    ``today`` when given, as ``--date`` does), with times on their clock.
    ``report`` receives what a dry run would send; ``warn`` each failure. A failure for one
    user is logged and warned about; the others are still sent.
    """
    run = DigestRun(dry_run=dry_run)
    for user in recipients(today).iterator(chunk_size=500):
        zone = zone_of(user)
        with timezone.override(zone):
            day = today or timezone.localdate()
            _send_one(user, today=day, run=run, report=report, warn=warn)
    return run


def _send_one(user, *, today: datetime.date, run: DigestRun, report, warn) -> None:
    """One user's part of ``send_digests``, in their time zone."""
    reminder_settings = getattr(user, "reminder_settings", None)
    if reminder_settings is not None and reminder_settings.last_digest_on == today:
        return  # already had today's digest (``recipients`` filters it when today is shared)
    if run.dry_run:
        digest = gather_digest(user, today=today)
        if digest.is_empty:
            run.nothing_due += 1
        else:
            run.sent += 1
            report(f"Would send to {user.email}: {digest.subject}")
        return
    try:
        outcome = send_digest(user, today=today)
    except Exception as error:
        run.failed += 1
        warn(f"Could not send the digest to {user.email}: {error.__class__.__name__}: {error}")
        # A mail server that is down or refusing (OSError, which includes SMTPException)
        # is said in one line per user; anything else needs its traceback to be fixed.
        if not isinstance(error, OSError):
            logger.exception("Unexpected error in the digest of user %s", user.pk)
        return
    if outcome == "sent":
        run.sent += 1
    elif outcome == "nothing_due":
        run.nothing_due += 1
    else:
        run.skipped += 1
