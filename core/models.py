"""Model building blocks every app uses: owned querysets, web links, date ranges."""

import datetime
from typing import Self

from django import forms
from django.conf import settings
from django.db import models
from django.db.models import Func, Q, Subquery
from django.urls import reverse

from core.validators import validate_web_url

NOTES_MAX_LENGTH = 10_000


class OwnedQuerySet(models.QuerySet):
    def for_user(self, user) -> Self:
        """Rows the user owns; every view loads objects through this."""
        return self.filter(owner=user)


def row_count(queryset: models.QuerySet) -> Subquery:
    """How many rows ``queryset`` has, as a scalar subquery (0 when there are none).

    It reads ``SELECT COUNT(*) ... WHERE ...``, without the ``GROUP BY`` of the usual
    ``values(...).annotate(n=Count("pk"))`` form: grouped, PostgreSQL walked the owner's
    rows in one index and checked each one's state on its own, where the plain count is
    an index range over the filtered columns.
    """
    count = Func(template="COUNT(*)", output_field=models.IntegerField())
    return Subquery(queryset.order_by().annotate(row_count=count).values("row_count"))


class WebURLFormField(forms.URLField):
    default_validators = [validate_web_url]
    default_error_messages = {"invalid": validate_web_url.message}


class WebURLField(models.URLField):
    """A link that is only ever ``http(s)``, with the same clear message in forms and models."""

    default_validators = [validate_web_url]

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": WebURLFormField, **kwargs})


def web_url_field(verbose_name: str) -> WebURLField:
    return WebURLField(verbose_name, max_length=500, blank=True)


def web_url_constraint(field: str, model: str) -> models.CheckConstraint:
    return models.CheckConstraint(
        condition=Q(**{field: ""})
        | Q(**{f"{field}__istartswith": "http://"})
        | Q(**{f"{field}__istartswith": "https://"}),
        name=f"{model}_{field}_is_web_url",
    )


def date_range_constraint(field: str, model: str) -> models.CheckConstraint:
    return models.CheckConstraint(
        condition=Q(**{f"{field}__isnull": True})
        | Q(
            **{
                f"{field}__gte": datetime.date(1950, 1, 1),
                f"{field}__lte": datetime.date(2100, 12, 31),
            }
        ),
        name=f"{model}_{field}_in_range",
    )


class BackgroundJob(models.Model):
    """One piece of a user's background work (an import, a letter to send) and its outcome.

    The task framework's own result says whether the work is queued or running; this row is
    what the user's pages read, so the state survives a reload and is only shown to its
    owner. The outcome is written in the same transaction as the work, which is what makes
    a second run of the task do nothing (see ``core.tasks.run_job``).
    """

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="background_jobs"
    )
    #: What the work is, in words the page shows ("Import of applications.csv").
    title = models.CharField(max_length=200)
    #: The task's dotted path, so a failed job can be run again.
    task_path = models.CharField(max_length=200)
    #: The latest task result's id in the task backend.
    task_id = models.CharField(max_length=64, blank=True, db_index=True)
    #: An object the work is about (a letter's id), for the pages that show it.
    subject = models.CharField(max_length=64, blank=True)
    #: Input too large for task arguments (an uploaded JSON document); cleared when done.
    payload = models.TextField(blank=True)
    succeeded = models.BooleanField(null=True)
    #: What the user is told when it is done, or why it failed.
    message = models.TextField(blank=True)
    #: Where the user goes once it is done.
    done_url = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    objects = OwnedQuerySet.as_manager()

    class Meta:
        indexes = [models.Index(fields=["owner", "subject"], name="backgroundjob_subject")]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("core:job", args=[self.pk])


class DataVersion(models.Model):
    """A number that changes whenever anything a person's pages show may have changed.

    Pages cached per person (``core.pagecache``) carry it in their key, so a write makes
    every cached page of that person unreachable at once, in every web process. It is read
    with the signed-in user (``accounts.backends``), before the page reads its data.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="data_version",
    )
    version = models.PositiveBigIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.user_id}: {self.version}"
