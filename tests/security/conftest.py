import pytest
from django.test import Client

from tests.security.world import World, build_world


@pytest.fixture
def world(owner, stranger) -> World:
    return build_world(owner, stranger)


@pytest.fixture
def coach_client(world) -> Client:
    """Signed in as the owner's coach: sees the shared subset on /coach/ pages, nothing
    else of the owner's."""
    client = Client()
    client.force_login(world.coach)
    return client
