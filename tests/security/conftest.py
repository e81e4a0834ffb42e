import pytest
from django.test import Client

from tests.security.world import World, build_world


@pytest.fixture
def world(owner, stranger) -> World:
    return build_world(owner, stranger)


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
