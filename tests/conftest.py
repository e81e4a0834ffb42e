import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import import_module
from pathlib import Path

import pytest
from django.core.cache import caches
from django.db import transaction
from django.test import Client, override_settings

from tests.factories import UserFactory

#: Files whose few tests each take seconds: a browser, or a task worker process.
_SLOW_FILE_MARKERS = ("e2e", "worker")


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """In a test process of ``make test``, the files in the order they are handed out:
    the browser and worker files first, then the others, most tests first.

    ``make test`` hands each file whole to the first process free, in the order collected
    here (``--dist loadfile --no-loadscope-reorder``). xdist's own order, most tests first,
    handed out the browser files last, though each takes 15 to 60 s: a process that drew the
    journey (25 s) near the end ran it alone while the other had nothing left to do.
    """
    if not hasattr(config, "workerinput"):
        return  # one process: pytest-django's order (transactional tests last) stands
    files: dict[str, list[pytest.Item]] = {}
    for item in items:
        files.setdefault(item.nodeid.split("::", 1)[0], []).append(item)

    def slow_first(tests: list[pytest.Item]) -> tuple[bool, int]:
        slow = any(tests[0].get_closest_marker(name) for name in _SLOW_FILE_MARKERS)
        return not slow, -len(tests)

    items[:] = [item for tests in sorted(files.values(), key=slow_first) for item in tests]


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    """On SQLite, a test database in a file rather than in memory: the worker processes of
    tests/core/test_workers.py must open the same database as the test."""
    from django.conf import settings

    database = settings.DATABASES["default"]
    if database["ENGINE"] == "django.db.backends.sqlite3":
        name = Path(tempfile.gettempdir()) / f"rebound-test-{os.getpid()}.sqlite3"
        database.setdefault("TEST", {})["NAME"] = str(name)


def settings_for_tests() -> dict:
    """The settings every test runs with (``_test_settings``; a module-wide fixture that
    writes rows or files uses them too)."""
    from django.conf import settings

    return {
        # The manifest storage needs `collectstatic`; tests render templates without it.
        "STORAGES": {
            **settings.STORAGES,
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        },
        "PASSWORD_HASHERS": ["django.contrib.auth.hashers.MD5PasswordHasher"],
        # Uploaded files (materials) never land in the project's own media folder.
        "MEDIA_ROOT": Path(tempfile.gettempdir()) / f"rebound-test-media-{os.getpid()}",
        "SECURE_SSL_REDIRECT": False,
        # Tasks run at once, in the test, so a page answers as it did without a worker; the
        # tests in tests/core/test_workers.py run real worker processes instead.
        "TASKS": {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}},
        # As if a mail server were configured; mail still lands in ``mail.outbox``.
        "MAILERS": {"default": {"BACKEND": "tests.mailserver.EmailBackend"}},
    }


@contextmanager
def rows_for_the_module[T](django_db_blocker, make: Callable[[], T]) -> Iterator[T]:
    """What ``make()`` returns, its rows made once for a test module, as Django's
    ``TestCase.setUpTestData`` makes them: in a transaction held open while the module runs
    and rolled back after it. Each test runs in a savepoint inside it, rolled back when the
    test ends, so every test starts from the rows exactly as made. ``make`` runs with the
    tests' settings (``settings_for_tests``), and each row it saves bumps its owner's
    page-cache version at once, as in a test (``_page_cache_sees_each_step``).

    Only for modules whose every database test can run in a transaction: a transactional
    test (``transaction=True``, a live server, a worker process) cannot run inside one.
    """
    from core import pagecache

    outer = transaction.atomic()
    with django_db_blocker.unblock():
        outer.__enter__()
    try:
        bump_on_commit = pagecache.bump_on_commit
        pagecache.bump_on_commit = pagecache.bump
        try:
            with django_db_blocker.unblock(), override_settings(**settings_for_tests()):
                made = make()
        finally:
            pagecache.bump_on_commit = bump_on_commit
        yield made
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture(autouse=True)
def _test_settings(settings):
    for name, value in settings_for_tests().items():
        setattr(settings, name, value)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with empty caches: allauth keeps its rate limits there (one
    confirmation mail per address every 3 minutes), and the page cache keys pages by user
    id and data version, which a rolled-back test database hands out again."""
    for each in caches.all():
        each.clear()
    yield
    for each in caches.all():
        each.clear()


#: On a transactional test's item: the database blocker, to add the defaults back after it.
_EMPTIES_THE_TABLES = pytest.StashKey[object]()


def _add_the_default_templates() -> None:
    from django.apps import apps

    from rejections.models import LetterTemplate

    if not LetterTemplate.objects.filter(is_default=True).exists():
        defaults = import_module("rejections.migrations.0002_default_letter_templates")
        defaults.add_defaults(apps, None)


@pytest.fixture(autouse=True)
def _rows_the_migrations_add(request):
    """The default letter templates, which a migration adds, are there in every database
    test, as on a real install.

    A transactional test empties every table when it ends. Run one after another,
    pytest-django orders those tests last; in parallel a process may run them first (the
    browser tests are), so the templates are added back after each, committed
    (``pytest_runtest_teardown``): added inside each later test's own transaction instead,
    they were added and rolled back again in each of them.
    """
    if request.node.get_closest_marker("django_db") is None and not (
        {"db", "transactional_db"} & set(request.fixturenames)
    ):
        return
    request.getfixturevalue("_django_db_helper")
    from django.db import connection

    if not connection.in_atomic_block:
        request.node.stash[_EMPTIES_THE_TABLES] = request.getfixturevalue("django_db_blocker")
    _add_the_default_templates()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None):
    result = yield
    blocker = item.stash.get(_EMPTIES_THE_TABLES, None)
    # After the last test the test database is gone (``nextitem`` is None then).
    if blocker is not None and nextitem is not None:
        from django.db import connections

        with blocker.unblock():
            _add_the_default_templates()
            # Closed again, as the test's teardown left them: while the browser is open its
            # event loop gives this thread a connection of its own, which nothing else closes.
            connections.close_all()
    return result


@pytest.fixture(autouse=True)
def _page_cache_sees_each_step(request, monkeypatch):
    """A test's database transaction never commits, so the page cache's after-commit bumps
    (``core.pagecache.bump_on_commit``) would never run: here each saved row bumps its
    owner at once, as the commit after each step of a real request or task would. Tests of
    the after-commit behaviour itself are marked ``after_commit``."""
    if request.node.get_closest_marker("after_commit") is None:
        from core import pagecache

        monkeypatch.setattr(pagecache, "bump_on_commit", pagecache.bump)


@pytest.fixture
def page_cache_off(settings):
    """For tests that read a page's template context on every look: no page is served
    from the page cache (``PAGE_CACHE_SECONDS=0``)."""
    settings.CACHES = {**settings.CACHES, "pages": {**settings.CACHES["pages"], "TIMEOUT": 0}}


@pytest.fixture(autouse=True)
def _no_static_scan_per_client(settings):
    # Whitenoise scans STATIC_ROOT whenever a test client starts; after a local
    # `collectstatic` that costs ~0.15 s per Client(). Looking files up on demand instead
    # serves the same files.
    settings.WHITENOISE_AUTOREFRESH = True


@pytest.fixture
def owner(db):
    return UserFactory(username="owner")


@pytest.fixture
def stranger(db):
    return UserFactory(username="stranger")


@pytest.fixture
def owner_client(owner) -> Client:
    client = Client()
    client.force_login(owner)
    return client


@pytest.fixture
def stranger_client(stranger) -> Client:
    client = Client()
    client.force_login(stranger)
    return client
