"""Weekly process goals, and the support resources staff write for the pace check."""

import datetime

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q

from core.models import OwnedQuerySet, web_url_constraint, web_url_field

#: A weekly target is a small number: from 1 to this.
MAX_TARGET = 50
TARGET_VALIDATORS = [MinValueValidator(1), MaxValueValidator(MAX_TARGET)]


def _target(verbose_name: str, help_text: str) -> models.PositiveSmallIntegerField:
    return models.PositiveSmallIntegerField(
        verbose_name,
        null=True,
        blank=True,
        validators=TARGET_VALIDATORS,
        help_text=help_text,
    )


def _target_in_range(field: str) -> models.CheckConstraint:
    return models.CheckConstraint(
        condition=Q(**{f"{field}__isnull": True})
        | Q(**{f"{field}__gte": 1, f"{field}__lte": MAX_TARGET}),
        name=f"weeklygoals_{field}_in_range",
    )


class WeeklyGoals(models.Model):
    """A person's targets for every week, kept until they change them; any may be unset.

    Progress is never stored: it is counted from what the person did that week
    (``pace.goals``). ``lighter_week_of`` is the Monday of a week they chose to make
    lighter from the pace check: that week only, the targets are halved.
    """

    owner = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="weekly_goals"
    )
    applications = _target("applications sent", "Applications with a sending date this week.")
    people = _target(
        "people contacted",
        "Contacts you were in touch with this week, or planned a check-in with.",
    )
    letters = _target("letters sent", "Thank-you notes, feedback requests and the like.")
    self_care = _target("self-care moments", "Self-care notes dated this week.")
    lighter_week_of = models.DateField(null=True, blank=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    objects = OwnedQuerySet.as_manager()

    class Meta:
        verbose_name_plural = "weekly goals"
        constraints = [
            _target_in_range("applications"),
            _target_in_range("people"),
            _target_in_range("letters"),
            _target_in_range("self_care"),
        ]

    def __str__(self) -> str:
        return f"Weekly goals of {self.owner}"

    def is_lighter(self, monday: datetime.date) -> bool:
        return self.lighter_week_of == monday


class SupportResourceQuerySet(models.QuerySet):
    def shown(self) -> "SupportResourceQuerySet":
        return self.filter(active=True).order_by("order", "title", "pk")


class SupportResource(models.Model):
    """A place to turn to (a local support line, a job centre's service), written by staff.

    Listed on the support page the dashboard's pace check points to.
    """

    title = models.CharField(max_length=200)
    body = models.TextField(
        max_length=5_000, help_text="Plain text: what it is, when it is open, how to reach it."
    )
    link = web_url_field("link")
    order = models.PositiveSmallIntegerField(default=0, help_text="Lower numbers come first.")
    active = models.BooleanField(default=True, help_text="Shown on the support page.")
    updated_at = models.DateTimeField(auto_now=True)

    objects = SupportResourceQuerySet.as_manager()

    class Meta:
        ordering = ["order", "title", "pk"]
        constraints = [web_url_constraint("link", "supportresource")]

    def __str__(self) -> str:
        return self.title
