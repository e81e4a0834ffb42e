"""A module that builds the world once (``SHARED_WORLD``) still starts every test from the
world as built: whatever a test changed, through a page, in the database or in the objects
it was handed, is gone for the next one."""

import pytest
from django.test import Client

from tests.security.conftest import SHARED_WORLD
from tests.security.world import snapshot_all
from tracker.models import Application, Company

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures(SHARED_WORLD)]

#: What the first of these tests found, whichever runs first.
_AS_BUILT: list = []


@pytest.mark.parametrize("run", range(3))
def test_each_test_starts_from_the_world_as_built_whatever_the_last_one_changed(run, world, owner):
    found = (snapshot_all(), world.owner.first_name, world.application.position_title)
    if not _AS_BUILT:
        _AS_BUILT.append(found)
    assert found == _AS_BUILT[0]
    assert owner.pk == world.owner.pk

    client = Client()
    client.force_login(world.owner)
    response = client.post(f"/applications/{world.application.pk}/delete/")
    assert response.status_code == 302
    assert not Application.objects.filter(pk=world.application.pk).exists()
    assert Company.objects.filter(owner=world.owner).update(name="Renamed") == 1
    world.owner.first_name = "Changed"
    world.application.position_title = "Changed"
