import copy
from collections.abc import Iterator

import pytest
from django.test import Client

from tests.conftest import rows_for_the_module
from tests.factories import UserFactory
from tests.security.world import World, build_world

#: A module that names this fixture (``pytest.mark.usefixtures(SHARED_WORLD)``) builds the
#: world once instead of once per test.
SHARED_WORLD = "_shared_world"


@pytest.fixture(scope="module")
def _shared_world(django_db_setup, django_db_blocker) -> Iterator[World]:
    """The world, built once for a test module (``rows_for_the_module``); each test gets
    its own copy of the Python objects (``world``). Building it was a third of the URL
    walk's time (25 ms a test)."""

    def make() -> World:
        return build_world(UserFactory(username="owner"), UserFactory(username="stranger"))

    with rows_for_the_module(django_db_blocker, make) as world:
        yield world


@pytest.fixture
def world(request, db) -> World:
    if SHARED_WORLD in request.fixturenames:
        # The rows are rolled back after each test; the objects a test may change are its own.
        return copy.deepcopy(request.getfixturevalue(SHARED_WORLD))
    return build_world(request.getfixturevalue("owner"), request.getfixturevalue("stranger"))


@pytest.fixture
def owner(request, db):
    if SHARED_WORLD in request.fixturenames:
        return request.getfixturevalue("world").owner
    return UserFactory(username="owner")


@pytest.fixture
def stranger(request, db):
    if SHARED_WORLD in request.fixturenames:
        return request.getfixturevalue("world").stranger
    return UserFactory(username="stranger")


@pytest.fixture
def signup_open(settings):
    """Sign-up open and without allauth's per-address limit on sign-ups, for the walks that
    post every form (closed sign-up and the limit: tests/accounts)."""
    from django.core.cache import cache

    settings.SIGNUP_OPEN = True
    settings.ACCOUNT_RATE_LIMITS = {"signup": False}
    cache.clear()


@pytest.fixture
def coach_client(world) -> Client:
    """Signed in as the owner's coach: sees the shared subset on /coach/ pages, nothing
    else of the owner's."""
    client = Client()
    client.force_login(world.coach)
    return client
