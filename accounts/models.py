"""What each person chooses for themselves: their time zone and how pages look."""

from functools import cache
from zoneinfo import ZoneInfo, available_timezones

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q


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
        found = self.filter(user=user).first()
        return found or Preferences(user=user, time_zone=settings.TIME_ZONE)


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

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)
