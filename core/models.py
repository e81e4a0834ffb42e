"""Model building blocks every app uses: owned querysets, web links, date ranges."""

import datetime
from typing import Self

from django import forms
from django.db import models
from django.db.models import Q

from core.validators import validate_web_url

NOTES_MAX_LENGTH = 10_000


class OwnedQuerySet(models.QuerySet):
    def for_user(self, user) -> Self:
        """Rows the user owns; every view loads objects through this."""
        return self.filter(owner=user)


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
