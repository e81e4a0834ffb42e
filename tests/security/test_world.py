"""The checks the isolation walks rely on can fail: a snapshot sees a change to the
owner's rows only, and a row linking two people's data is found."""

import pytest

from rejections.models import NetworkingLink
from tests.factories import ContactFactory
from tests.security.world import cross_owner_links, snapshot_all, snapshot_of

pytestmark = pytest.mark.django_db


def test_a_users_snapshot_changes_with_their_rows_only(world):
    owners, strangers = snapshot_of(world.owner), snapshot_of(world.stranger)

    ContactFactory(owner=world.stranger, name="Someone new")
    assert snapshot_of(world.owner) == owners
    assert snapshot_of(world.stranger) != strangers

    world.contact.name = "Renamed"
    world.contact.save()
    changed = snapshot_of(world.owner)
    assert changed != owners
    assert changed["tracker.Contact"][world.contact.pk]["name"] == "Renamed"
    assert world.stranger.pk not in {row["owner_id"] for row in changed["tracker.Contact"].values()}


def test_rows_linking_two_peoples_data_are_found(world):
    assert cross_owner_links() == []
    strangers_contact = ContactFactory(owner=world.stranger)

    world.application.contacts.add(strangers_contact)
    NetworkingLink.objects.filter(pk=world.link.pk).update(contact=strangers_contact)

    found = cross_owner_links()
    # Its rejection is the owner's, its contact the stranger's: one of the two is flagged.
    assert any(
        problem.startswith(f"rejections.NetworkingLink #{world.link.pk} via ") for problem in found
    )
    assert any(problem.startswith("tracker.Application_contacts #") for problem in found)


def test_every_row_is_in_the_whole_snapshot(world):
    everything = snapshot_all()

    assert world.application.pk in everything["tracker.Application"]
    assert world.stranger.pk in everything["auth.User"]
