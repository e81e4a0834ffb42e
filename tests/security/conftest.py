import pytest

from tests.security.world import World, build_world


@pytest.fixture
def world(owner, stranger) -> World:
    return build_world(owner, stranger)
