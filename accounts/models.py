"""What each person chooses for themselves (time zone, look), and invitations to sign up."""

import datetime
import secrets
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone


def invitation_expiry() -> datetime.datetime:
    return timezone.now() + datetime.timedelta(days=settings.INVITATION_DAYS)


class Theme(models.TextChoices):
    SYSTEM = "system", "Follow my device"
    LIGHT = "light", "Light"
    DARK = "dark", "Dark"


@cache
def known_time_zones() -> frozenset[str]:
    return frozenset(available_timezones())


def time_zone_choices() -> list[tuple[str, str]]:
    """Every IANA zone the server knows, as a person would look for it."""
    return [(name, name.replace("_", " ")) for name in sorted(known_time_zones())]


def validate_time_zone(value: str) -> None:
    if value not in known_time_zones():
        raise ValidationError(
            "%(value)s is not a time zone this server knows; pick one from the list.",
            code="unknown_time_zone",
            params={"value": value},
        )


class PreferencesQuerySet(models.QuerySet):
    def of(self, user) -> "Preferences":
        """The user's preferences; unsaved defaults (the site's time zone) until they choose."""
        return self.filter(user=user).first() or Preferences.defaults_for(user)


class Preferences(models.Model):
    """One row per person who changed a default; without it the site's defaults apply."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="preferences"
    )
    time_zone = models.CharField(
        max_length=64,
        validators=[validate_time_zone],
        help_text="Interviews, dates and “today” are shown in this zone.",
    )
    theme = models.CharField(max_length=10, choices=Theme, default=Theme.SYSTEM)
    # The dashboard's getting-started list, once put away, stays away on every device.
    getting_started_dismissed = models.BooleanField(default=False)
    calm_mode = models.BooleanField(
        "calm mode",
        default=False,
        help_text="Keep rejected applications off the board and the dashboard's lists. "
        "They stay in Rejections, whenever you choose to open it.",
    )

    objects = PreferencesQuerySet.as_manager()

    class Meta:
        verbose_name_plural = "preferences"
        constraints = [
            models.CheckConstraint(
                condition=Q(theme__in=Theme.values), name="preferences_theme_valid"
            ),
            models.CheckConstraint(condition=~Q(time_zone=""), name="preferences_time_zone_set"),
        ]

    def __str__(self) -> str:
        return f"Preferences of {self.user}"

    @classmethod
    def defaults_for(cls, user) -> "Preferences":
        """Unsaved preferences with the site's defaults, for someone who never chose."""
        return cls(user=user, time_zone=settings.TIME_ZONE)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)


def new_invitation_token() -> str:
    return secrets.token_urlsafe(32)


class InvitationQuerySet(models.QuerySet):
    def usable(self) -> "InvitationQuerySet":
        """Invitations that still open sign-up: not used, not revoked, not expired."""
        return self.filter(
            used_at__isnull=True, revoked_at__isnull=True, expires_at__gt=timezone.now()
        )


class Invitation(models.Model):
    """A single-use link that opens sign-up for one account while sign-up is closed."""

    #: No person's cached page shows invitations (core.pagecache).
    SHOWN_ON_CACHED_PAGES = False

    token = models.CharField(
        max_length=64, unique=True, default=new_invitation_token, editable=False
    )
    email = models.EmailField(
        blank=True,
        help_text="If given, the account must be created with this address.",
    )
    note = models.CharField(
        max_length=200, blank=True, help_text="For you: who it is for, where you sent it."
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="invitations_created",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(default=invitation_expiry)
    used_by = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="invitation",
        editable=False,
    )
    used_at = models.DateTimeField(null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = InvitationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(used_at__isnull=True) | Q(revoked_at__isnull=True),
                name="invitation_not_used_and_revoked",
            ),
        ]

    def __str__(self) -> str:
        return f"Invitation for {self.email or 'anyone'} ({self.status})"

    def get_absolute_url(self) -> str:
        return reverse("account_invitation", args=[self.token])

    @property
    def status(self) -> str:
        if self.used_at:
            return "used"
        if self.revoked_at:
            return "revoked"
        if self.expires_at <= timezone.now():
            return "expired"
        return "open"

    @property
    def is_usable(self) -> bool:
        return self.status == "open"
