import datetime
import secrets
from typing import Self

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone


def new_calendar_token() -> str:
    """256 bits of randomness: the token is the feed's only protection."""
    return secrets.token_urlsafe(32)


class ReminderSettingsQuerySet(models.QuerySet):
    def for_user(self, user) -> Self:
        return self.filter(user=user)

    def get_for(self, user) -> "ReminderSettings":
        """The user's settings, created with defaults the first time they are needed."""
        return self.get_or_create(user=user)[0]


class InterviewAlarm(models.IntegerChoices):
    """How long before an interview calendar apps remind you (a VALARM in the feed)."""

    MINUTES_10 = 10, "10 minutes before"
    MINUTES_15 = 15, "15 minutes before"
    MINUTES_30 = 30, "30 minutes before"
    HOUR_1 = 60, "1 hour before"
    HOURS_2 = 120, "2 hours before"
    DAY_1 = 1440, "1 day before"


class ReminderSettings(models.Model):
    """One user's calendar feed token and daily digest preferences."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminder_settings"
    )
    # unique=True gives the index the feed looks tokens up by.
    calendar_token = models.CharField(
        max_length=64, unique=True, default=new_calendar_token, editable=False
    )
    calendar_token_created_at = models.DateTimeField(default=timezone.now, editable=False)
    digest_enabled = models.BooleanField(
        "daily e-mail digest",
        default=True,
        help_text="One e-mail in the morning, only on days when something is due.",
    )
    last_digest_on = models.DateField(
        null=True,
        blank=True,
        editable=False,
        help_text="The day of the last digest sent; a second run that day sends nothing.",
    )
    interview_alarm_minutes = models.PositiveSmallIntegerField(
        "calendar reminder before interviews",
        choices=InterviewAlarm,
        null=True,
        blank=True,
        help_text="Empty: no reminder in the calendar feed.",
    )
    # The feed's fingerprint (its ETag) and when it was first served: the feed's
    # Last-Modified, which also moves when a row leaves the feed (a deleted contact).
    feed_etag = models.CharField(max_length=64, blank=True, editable=False)
    feed_changed_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = ReminderSettingsQuerySet.as_manager()

    class Meta:
        verbose_name = "reminder settings"
        verbose_name_plural = "reminder settings"
        constraints = [
            # An empty token would make "/calendar/.ics" someone's feed.
            models.CheckConstraint(
                condition=~models.Q(calendar_token=""), name="remindersettings_token_not_empty"
            ),
            models.CheckConstraint(
                condition=models.Q(interview_alarm_minutes__isnull=True)
                | models.Q(interview_alarm_minutes__in=InterviewAlarm.values),
                name="remindersettings_alarm_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"Reminder settings of {self.user}"

    def regenerate_calendar_token(self) -> None:
        """Replace the token: the old feed URL stops working at once."""
        self.calendar_token = new_calendar_token()
        self.calendar_token_created_at = timezone.now()
        # Only these fields: a digest run may be updating last_digest_on at the same time.
        self.save(update_fields=["calendar_token", "calendar_token_created_at"])

    def set_digest_enabled(self, enabled: bool) -> None:
        self.digest_enabled = enabled
        self.save(update_fields=["digest_enabled"])

    def set_interview_alarm(self, minutes: int | None) -> None:
        self.interview_alarm_minutes = minutes
        self.save(update_fields=["interview_alarm_minutes"])

    def note_feed_version(self, etag: str, *, now: datetime.datetime) -> datetime.datetime:
        """Remember the feed's fingerprint; returns when the feed last changed.

        The first time a fingerprint is served is the feed's Last-Modified: a deleted row
        leaves no time behind, but it changes the fingerprint. One UPDATE, only when the
        fingerprint is new; two fetches at once at most both write the same values.
        """
        if etag != self.feed_etag or self.feed_changed_at is None:
            changed_at = now.replace(microsecond=0)
            if self.feed_changed_at is not None:
                # HTTP dates count whole seconds: a change in the second of the last fetch
                # must still be later than what that fetch said.
                changed_at = max(changed_at, self.feed_changed_at + datetime.timedelta(seconds=1))
            self.feed_etag, self.feed_changed_at = etag, changed_at
            type(self).objects.filter(pk=self.pk).update(
                feed_etag=etag, feed_changed_at=self.feed_changed_at
            )
        return self.feed_changed_at

    @property
    def calendar_path(self) -> str:
        return reverse("reminders:calendar-feed", kwargs={"token": self.calendar_token})

    @property
    def calendar_url(self) -> str:
        """The absolute feed URL that calendar apps fetch (they never see our pages)."""
        return f"{settings.SITE_URL}{self.calendar_path}"

    @property
    def webcal_url(self) -> str:
        """The same URL with the ``webcal:`` scheme, which opens "subscribe" in calendar apps."""
        return "webcal://" + self.calendar_url.split("://", 1)[1]
