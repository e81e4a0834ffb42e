"""What a model declares private, staff never see in the admin.

A model names its private fields once, as a class attribute::

    class Rejection(models.Model):
        PRIVATE_FIELDS = ("feelings",)

Every ModelAdmin and inline is built on ``PrivateFieldsAdmin`` (through ``ModelAdmin``,
``TabularInline`` and ``StackedInline`` below). It keeps those fields, and any lookup
path that reaches one across relations (``rejection__feelings`` on an application), out
of the form, the read-only fields, the changelist's columns, filters, search and
ordering, and refuses them as URL lookups: ``?feelings__startswith=…`` would otherwise
let staff read a note letter by letter, and Django answers a refused lookup with 400.

The admins of installed packages (Django's users and groups, django-axes, the task
queues) get the mixin put in front of them once every app is loaded (``CoreConfig.ready``
calls ``adopt_packaged``). The project's own admins must be built on it: a system check
(``core.E101``) fails for any that is not.
"""

import sys
import sysconfig
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from django.apps import apps
from django.contrib import admin
from django.contrib.admin.sites import all_sites
from django.core import checks
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models.constants import LOOKUP_SEP
from django.db.models.expressions import F

PRIVATE_ATTRIBUTE = "PRIVATE_FIELDS"


def private_fields(model: type[models.Model]) -> frozenset[str]:
    """The names of the fields ``model`` declares private (``PRIVATE_FIELDS``)."""
    return frozenset(getattr(model, PRIVATE_ATTRIBUTE, ()))


def touches_private(model: type[models.Model], path: str) -> bool:
    """Whether a lookup, search or ordering path on ``model`` reaches a private field.

    The path may cross any number of relations, forwards or backwards, and may carry a
    search prefix (``^``, ``=``, ``@``) or an ordering minus; what follows the last field
    (``__startswith``, ``__year``) is a lookup or transform and changes nothing.
    """
    current = model
    for part in path.lstrip("-^=@").split(LOOKUP_SEP):
        if part == "pk":
            part = current._meta.pk.name
        try:
            field = current._meta.get_field(part)
        except FieldDoesNotExist:
            return False
        if field.name in private_fields(current):
            return True
        if not field.is_relation or field.related_model is None:
            return False
        current = field.related_model
    return False


def _paths_of(value: object) -> list[str]:
    """The field paths an ordering value refers to: a string, or the F() inside an expression."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, F):
        return [value.name]
    if hasattr(value, "get_source_expressions"):
        return [path for source in value.get_source_expressions() for path in _paths_of(source)]
    return []


def _without(model: type[models.Model], names: Iterable) -> list:
    """``names`` minus those reaching a private field; nested groups (a row of fields in a
    form, a ``(field, ListFilter)`` pair) are kept without their private members."""
    kept = []
    for name in names:
        if isinstance(name, (list, tuple)):
            if name and isinstance(name[0], str) and not isinstance(name[-1], str):
                # A list filter given as (field path, filter class).
                if not touches_private(model, name[0]):
                    kept.append(name)
                continue
            inner = _without(model, name)
            if inner:
                kept.append(type(name)(inner))
        elif any(touches_private(model, path) for path in _paths_of(name)):
            continue
        else:
            kept.append(name)
    return kept


class PrivateFieldsAdmin:
    """Keeps the model's private fields, and paths to other models' private fields, out of
    every page and every URL parameter of its admin. Mixed in front of ``ModelAdmin`` or an
    inline; without private fields anywhere in reach it changes nothing."""

    model: type[models.Model]

    # --- forms -------------------------------------------------------------------------
    def get_exclude(self, request, obj=None):
        excluded = super().get_exclude(request, obj)
        private = private_fields(self.model)
        if not private:
            return excluded
        if excluded is None:
            # Django reads the form's Meta.exclude only when the admin declares none.
            excluded = getattr(getattr(self.form, "_meta", None), "exclude", None)
        excluded = list(excluded or ())
        return excluded + sorted(private.difference(excluded))

    def get_fields(self, request, obj=None):
        return _without(self.model, super().get_fields(request, obj))

    def get_fieldsets(self, request, obj=None):
        fieldsets = []
        for name, options in super().get_fieldsets(request, obj):
            fields = _without(self.model, options.get("fields", ()))
            if fields:
                fieldsets.append((name, {**options, "fields": fields}))
        return fieldsets

    def get_readonly_fields(self, request, obj=None):
        return _without(self.model, super().get_readonly_fields(request, obj))

    # --- the changelist ------------------------------------------------------------------
    def get_list_display(self, request):
        return _without(self.model, super().get_list_display(request))

    def get_list_display_links(self, request, list_display):
        links = super().get_list_display_links(request, list_display)
        return None if links is None else _without(self.model, links)

    def get_list_filter(self, request):
        return _without(self.model, super().get_list_filter(request))

    def get_search_fields(self, request):
        return _without(self.model, super().get_search_fields(request))

    def get_sortable_by(self, request):
        return _without(self.model, super().get_sortable_by(request))

    def get_ordering(self, request):
        return _without(self.model, super().get_ordering(request) or ())

    def get_changelist(self, request, **kwargs):
        return _private_changelist(super().get_changelist(request, **kwargs))

    # --- URL parameters ------------------------------------------------------------------
    def lookup_allowed(self, lookup, value, request) -> bool:
        if touches_private(self.model, lookup):
            return False
        return super().lookup_allowed(lookup, value, request)

    def to_field_allowed(self, request, to_field) -> bool:
        if touches_private(self.model, to_field):
            return False
        return super().to_field_allowed(request, to_field)


@cache
def _private_changelist(changelist: type) -> type:
    """The changelist class, refusing ``?o=`` on a column whose sort order reaches a private
    field: Django sorts by a column's ``admin_order_field`` whether or not it is in
    ``sortable_by``, and the order of rows would tell the field's text apart."""

    class PrivateChangeList(changelist):
        def get_ordering_field(self, field_name):
            order_field = super().get_ordering_field(field_name)
            paths = _paths_of(order_field)
            if any(touches_private(self.model, path) for path in paths):
                return None
            return order_field

    PrivateChangeList.__name__ = PrivateChangeList.__qualname__ = f"Private{changelist.__name__}"
    return PrivateChangeList


class ModelAdmin(PrivateFieldsAdmin, admin.ModelAdmin):
    """The base of every ModelAdmin in this project."""


class TabularInline(PrivateFieldsAdmin, admin.TabularInline):
    pass


class StackedInline(PrivateFieldsAdmin, admin.StackedInline):
    pass


#: Where installed packages live (the virtual environment's site-packages).
PACKAGE_DIRS = frozenset(
    Path(sysconfig.get_paths()[key]).resolve() for key in ("purelib", "platlib")
)


def is_packaged(cls: type) -> bool:
    """Whether ``cls`` comes from an installed package rather than from this project."""
    filename = getattr(sys.modules.get(cls.__module__), "__file__", None)
    if not filename:
        return False
    path = Path(filename).resolve()
    return any(path.is_relative_to(directory) for directory in PACKAGE_DIRS)


def adopt_packaged(site: admin.AdminSite) -> None:
    """Put ``PrivateFieldsAdmin`` in front of the admins that installed packages registered
    on ``site``: their lookups, search and columns then reach no private field either.
    The project's own admins are left alone, so the system check can name one that
    forgot it."""
    for model, model_admin in list(site._registry.items()):
        base = type(model_admin)
        if isinstance(model_admin, PrivateFieldsAdmin) or not is_packaged(base):
            continue
        adopted = type(base.__name__, (PrivateFieldsAdmin, base), {"__module__": base.__module__})
        site.unregister(model)
        site.register(model, adopted)


@checks.register(checks.Tags.admin)
def check_private_fields_admin(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    """Every registered admin and inline keeps private fields out (``PrivateFieldsAdmin``),
    and ``PRIVATE_FIELDS`` names real fields."""
    errors = []
    for site in all_sites:
        for model, model_admin in site._registry.items():
            classes = [type(model_admin), *model_admin.inlines]
            for cls in classes:
                if not issubclass(cls, PrivateFieldsAdmin):
                    errors.append(
                        checks.Error(
                            f"{cls.__module__}.{cls.__qualname__} (the admin of "
                            f"{model._meta.label}) does not keep private fields out.",
                            hint="Build it on core.admin.ModelAdmin, TabularInline or "
                            "StackedInline.",
                            obj=cls,
                            id="core.E101",
                        )
                    )
    for model in apps.get_models():
        for name in sorted(private_fields(model)):
            try:
                model._meta.get_field(name)
            except FieldDoesNotExist:
                errors.append(
                    checks.Error(
                        f"{model._meta.label}.PRIVATE_FIELDS names {name!r}, which is not "
                        "one of its fields.",
                        obj=model,
                        id="core.E102",
                    )
                )
    return errors
