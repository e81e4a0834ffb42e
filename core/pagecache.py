"""Pages cached per person, never stale after a write.

A person's main pages (dashboard, board, lists, details) are rebuilt from many rows each
time; most of the time nothing changed since the last look. ``cached_page`` keeps the
rendered page of a GET for ``PAGE_CACHE_SECONDS`` under a key made of

* the person and their ``DataVersion`` — read with the signed-in user, before the page
  reads any data — so after a write the old pages cannot be found any more;
* the path with its query string, the language, the time zone and the person's today, so
  a new day (overdue follow-ups, this week's goals) is a new page.

The version changes

* after every form post, upload or other unsafe request of a signed-in person
  (``DataVersionMiddleware``; a staff post in the admin changes everyone's, since the
  admin edits other people's rows and the letter templates everyone sees);
* when a row a person owns is saved anywhere else — a background task, a management
  command, the admin (``post_save``, after the transaction commits) — and when a
  background job finishes (``core.tasks``).

Code that deletes or bulk-updates rows outside a request and a job calls ``bump`` itself
(the mailbox check does); models no cached page shows say ``SHOWN_ON_CACHED_PAGES =
False``. For anything that changes with the clock alone (an interview "in 2 hours") the
entry lives at most ``PAGE_CACHE_SECONDS``.

The CSRF token differs per session and per response: the cached page keeps the text
around it, and each answer gets a fresh token for the person's own session. Pages with
messages to show (or that queue one) are neither served from nor stored in the cache.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Callable
from functools import lru_cache, wraps

from django.apps import apps as global_apps
from django.conf import settings
from django.contrib import messages
from django.core.cache import caches
from django.db import connections, models, router, transaction
from django.db.models import F
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.utils import timezone, translation

from core.models import DataVersion

#: ``{% csrf_token %}``'s value, the only per-response text in a cached page: exactly the
#: tag Django writes, which escaped or cleaned user content can never contain (``<input``).
CSRF_VALUE = re.compile(
    r'(?<=<input type="hidden" name="csrfmiddlewaretoken" value=")[A-Za-z0-9]{64}(?=">)'
)
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})


def cache():
    return caches[settings.PAGE_CACHE_ALIAS]


# --- The version --------------------------------------------------------------------------


def version_of(user) -> int:
    """The person's data version, as loaded with them (created at their first page)."""
    try:
        return user.data_version.version
    except DataVersion.DoesNotExist:
        # Created before the page reads its data, so a write that bumps it later is seen.
        row, _ = DataVersion.objects.get_or_create(user_id=user.pk)
        user.data_version = row
        return row.version


def bump(user_id: int | None) -> None:
    """Forget the person's cached pages — everyone's for None (call after the write is
    committed, or inside its transaction: either way no reader can keep old data under the
    new number)."""
    if user_id is None:
        bump_everyone()
        return
    # The same UPDATE as ``bump_where(pk=user_id)``, its SQL written once: every write
    # ends here, and building the query through the ORM cost 14 times running it (SQLite).
    alias = router.db_for_write(DataVersion)
    with connections[alias].cursor() as cursor:
        cursor.execute(_bump_one_sql(alias), [user_id])


@lru_cache
def _bump_one_sql(alias: str) -> str:
    quote = connections[alias].ops.quote_name
    table = quote(DataVersion._meta.db_table)
    version = quote(DataVersion._meta.get_field("version").column)
    user = quote(DataVersion._meta.get_field("user").column)
    # Names from the model, quoted: nothing here comes from outside.
    return f"UPDATE {table} SET {version} = {version} + 1 WHERE {user} = %s"  # noqa: S608


def bump_everyone() -> None:
    """Forget everyone's cached pages: for edits to what all pages share (letter templates,
    support resources) or to other people's rows (the admin)."""
    bump_where()


def bump_where(**lookups) -> None:
    """Forget the cached pages of the people whose ``DataVersion`` matches ``lookups``."""
    DataVersion.objects.filter(**lookups).update(version=F("version") + 1)


class _Bump:
    """An ``on_commit`` callback bumping one person. The callbacks a transaction registers
    for one person share a token, so only the first to run writes."""

    __slots__ = ("token", "user_id")

    def __init__(self, user_id: int | None, token: list[bool]) -> None:
        self.user_id, self.token = user_id, token

    def __call__(self) -> None:
        if not self.token[0]:
            bump(self.user_id)
            self.token[0] = True


_tokens = threading.local()


def bump_on_commit(user_id: int | None) -> None:
    """Bump once the current transaction commits (at once outside one): one write per
    person (or for everyone, None) however many rows the transaction saves."""
    tokens = _tokens.__dict__.setdefault("by_user", {})
    token = tokens.get(user_id)
    if token is None or token[0]:
        token = tokens[user_id] = [False]
    # Robust: a failed bump is logged and must not stop the callbacks after it. (A failing
    # callback registered before it stops it in turn; the request or job it belongs to
    # then fails, and their own bumps — middleware, run_job — still run.)
    transaction.on_commit(_Bump(user_id, token), robust=True)


# Who owns a saved row: its ``owner``, its ``user``/``person``, or its parent's owner.
_OWNER_FIELDS = ("owner", "user", "person")
_owner_paths: dict[type, str | None] = {}


def owner_path(model: type[models.Model], _seen: frozenset = frozenset()) -> str | None:
    """The lookup from ``model`` to the user who owns its rows (``"application__owner"``),
    or None for rows nobody owns (letter templates) and models outside the project."""
    if model in _owner_paths:
        return _owner_paths[model]
    path = None
    names = {field.name: field for field in model._meta.concrete_fields}
    user_model = settings.AUTH_USER_MODEL.lower()
    for name in _OWNER_FIELDS:
        field = names.get(name)
        if (
            field is not None
            and field.is_relation
            and (field.related_model._meta.label_lower == user_model)
        ):
            path = name
            break
    else:
        for field in model._meta.concrete_fields:
            if (field.many_to_one or field.one_to_one) and field.related_model not in _seen | {
                model
            }:
                parent = owner_path(field.related_model, _seen | {model})
                if parent is not None:
                    path = f"{field.name}__{parent}"
                    break
    _owner_paths[model] = path
    return path


def owner_of_saved(instance: models.Model) -> int | None:
    path = owner_path(type(instance))
    if path is None:
        return None
    *parents, last = path.split("__")
    row = instance
    for name in parents:  # the parents already loaded with the row cost no query
        row = row._state.fields_cache.get(name)
        if row is None:
            break
    else:
        return getattr(row, f"{last}_id")
    return (
        type(instance)._default_manager.filter(pk=instance.pk).values_list(path, flat=True).first()
    )


def row_saved(sender, instance, raw=False, **kwargs) -> None:
    """``post_save``: a row of the project changed, so its owner's pages may have."""
    if raw or sender is DataVersion or sender._meta.apps is not global_apps:
        return  # fixtures and migrations' historical models (the table may not exist yet)
    if not getattr(sender, "SHOWN_ON_CACHED_PAGES", True):
        return  # e.g. the log of a coach's views: no cached page shows those rows
    is_user = sender._meta.label_lower == settings.AUTH_USER_MODEL.lower()
    if not is_user and sender._meta.app_label not in settings.PROJECT_APPS:
        return
    if is_user:
        if kwargs.get("created"):
            # Every person has a version from the start, so no page has to create one.
            DataVersion.objects.get_or_create(user_id=instance.pk)
        else:
            bump_on_commit(instance.pk)
        return
    user_id = owner_of_saved(instance)
    if user_id is not None:
        bump_on_commit(user_id)
    elif owner_path(sender) is None:
        bump_on_commit(None)


class DataVersionMiddleware:
    """After any unsafe request of a signed-in person, their cached pages are forgotten;
    after a staff post to the admin, everyone's."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method in SAFE_METHODS:
            return self.get_response(request)
        user = getattr(request, "user", None)
        user_id = user.pk if user is not None and user.is_authenticated else None
        everyone = (
            user_id is not None and user.is_staff and request.path.startswith(_admin_prefix())
        )
        try:
            return self.get_response(request)
        finally:
            if everyone:
                bump_everyone()
            elif user_id is not None:
                bump(user_id)


def _admin_prefix() -> str:
    from django.urls import reverse

    return reverse("admin:index")


# --- The cached page ------------------------------------------------------------------------


def page_key(request: HttpRequest) -> str:
    user = request.user
    where = hashlib.blake2b(request.get_full_path().encode(), digest_size=16).hexdigest()
    return ":".join(
        (
            "page",
            str(user.pk),
            str(version_of(user)),
            translation.get_language() or "",
            timezone.get_current_timezone_name(),
            timezone.localdate().isoformat(),
            where,
        )
    )


def _pending_messages(request: HttpRequest) -> int:
    # len() counts stored and queued messages without marking them shown.
    return len(messages.get_messages(request))


def cached_page(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Serve a signed-in person's GET of ``view`` from the page cache when nothing they
    own changed (see the module's docstring). Put it under ``login_required``."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if (
            request.method != "GET"  # HEAD and the rest go to the view as they are
            or not request.user.is_authenticated
            or cache().default_timeout == 0  # PAGE_CACHE_SECONDS=0: off
            or _pending_messages(request)
        ):
            return view(request, *args, **kwargs)
        key = page_key(request)
        entry = cache().get(key)
        if entry is not None:
            content_type, parts = entry
            return HttpResponse(get_token(request).join(parts), content_type=content_type)
        response = view(request, *args, **kwargs)
        _store(request, key, response)
        return response

    return wrapper


def _store(request: HttpRequest, key: str, response: HttpResponse) -> None:
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return
    if response.cookies or _pending_messages(request):
        return
    content_type = response.get("Content-Type", "")
    if not content_type.startswith("text/html"):
        return
    if hasattr(response, "render") and not response.is_rendered:
        response.render()
    text = response.content.decode(response.charset)
    if len(text) > settings.PAGE_CACHE_MAX_CHARACTERS:
        return
    cache().set(key, (content_type, CSRF_VALUE.split(text)))
