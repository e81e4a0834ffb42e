"""The inbox travels with the full export (format version 3): job messages with their
text and what was done with them, and the user's corrections; never mailbox settings."""

import pytest

from inbox import services as inbox_services
from inbox.models import Correction, InboxSettings, JobMessage, State
from tests.portability.factories import build_rich_account
from tests.portability.test_json import export, upload
from tracker.models import Application

pytestmark = pytest.mark.django_db


def test_the_inbox_is_exported_without_database_ids_or_undo_data(owner_client, owner):
    build_rich_account(owner)
    InboxSettings.objects.create(owner=owner, host="imap.example", username="me")

    document = export(owner_client)

    recorded, waiting = document["inbox_messages"]
    assert recorded["kind"] == "rejection"
    assert recorded["reasons"][0] == "we decided not to move forward"
    linked = Application.objects.get(pk=JobMessage.objects.get(key="a" * 64).application_id)
    exported = document["applications"][recorded["application"] - 1]
    assert (exported["position_title"], exported["created_at"]) == (
        linked.position_title,
        linked.created_at.isoformat(),
    )
    assert "undo" not in recorded
    assert waiting["application"] is None
    assert document["inbox_corrections"][0]["sender_address"] == "news@jobs.example"
    # Mailbox settings hold a password encrypted with this install's key: never exported.
    assert "imap.example" not in str(document)


def test_the_inbox_comes_back_on_import(owner_client, owner, newcomer_client):
    build_rich_account(owner)

    upload(newcomer_client, export(owner_client))

    newcomer = newcomer_client.user
    messages = JobMessage.objects.filter(owner=newcomer).order_by("key")
    assert [m.kind for m in messages] == ["rejection", "interview"]
    assert messages[0].application.owner == newcomer
    assert messages[0].undo == {}
    assert Correction.objects.filter(owner=newcomer).count() == 1


def test_an_imported_action_is_not_undone_blindly(owner_client, owner, newcomer_client):
    build_rich_account(owner)
    upload(newcomer_client, export(owner_client))
    message = JobMessage.objects.get(owner=newcomer_client.user, state=State.ACTED)
    status_before = message.application.status

    with pytest.raises(inbox_services.CannotAct, match="before your data was imported"):
        inbox_services.undo(message=message)

    message.refresh_from_db()
    assert message.state == State.ACTED
    assert Application.objects.get(pk=message.application_id).status == status_before


def test_a_version_2_file_imports_with_an_empty_inbox(owner_client, owner, newcomer_client):
    build_rich_account(owner)
    document = export(owner_client)
    document["version"] = 2
    del document["inbox_messages"], document["inbox_corrections"]

    response = upload(newcomer_client, document)

    assert response.status_code == 302, response.content.decode()[:2000]
    assert not JobMessage.objects.filter(owner=newcomer_client.user).exists()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda m: m.update(reasons="not a list"), "“reasons” must be a list of texts"),
        (lambda m: m.update(reasons=[1]), "“reasons” must be a list of texts"),
        (lambda m: m.update(confidence="high"), "“confidence” must be a number"),
        (lambda m: m.update(confidence=7), "confidence"),
        (lambda m: m.update(kind="spam"), "“kind”"),
        (lambda m: m.update(application=99), "refers to applications id 99"),
    ],
)
def test_a_bad_inbox_message_is_refused_and_nothing_is_saved(
    owner_client, owner, newcomer_client, change, message
):
    build_rich_account(owner)
    document = export(owner_client)
    change(document["inbox_messages"][0])

    response = upload(newcomer_client, document)

    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Application.objects.filter(owner=newcomer_client.user).exists()


def test_the_same_message_twice_is_refused(owner_client, owner, newcomer_client):
    build_rich_account(owner)
    document = export(owner_client)
    document["inbox_messages"][1]["key"] = document["inbox_messages"][0]["key"]

    response = upload(newcomer_client, document)

    assert response.status_code == 400
    assert "the same message is in the file twice" in response.content.decode()
