"""The admin shows states and counts of the inbox, never mail or mailbox credentials."""

import pytest
from django.test import Client

from inbox import services
from inbox.models import InboxSettings, Source
from tests.factories import UserFactory
from tests.inbox import mail


@pytest.fixture
def admin_client(db) -> Client:
    client = Client()
    client.force_login(UserFactory(username="root", is_staff=True, is_superuser=True))
    return client


@pytest.fixture
def message(owner):
    return services.ingest(owner, mail.rejection(), source=Source.UPLOAD).message


@pytest.fixture
def mailbox(owner):
    row = InboxSettings.objects.create(
        owner=owner, host="imap.secret-host.example", username="sam.secret@example.org"
    )
    row.set_password("app-password-secret")
    row.save()
    return row


def test_the_message_pages_show_no_subject_sender_or_text(admin_client, message):
    for url in (
        "/admin/inbox/jobmessage/",
        f"/admin/inbox/jobmessage/{message.pk}/change/",
        f"/admin/inbox/jobmessage/{message.pk}/delete/",
    ):
        page = admin_client.get(url).content.decode()
        assert "Backend Engineer" not in page, url
        assert "move forward" not in page, url
        assert "acme-robotics.com" not in page, url


def test_the_settings_pages_show_no_credentials(admin_client, mailbox):
    for url in ("/admin/inbox/inboxsettings/", f"/admin/inbox/inboxsettings/{mailbox.pk}/change/"):
        page = admin_client.get(url).content.decode()
        assert "secret" not in page, url
        assert mailbox.password_encrypted not in page


@pytest.mark.parametrize(
    "query",
    [
        "text__contains=forward",
        "subject__startswith=Your",
        "sender_address__contains=acme",
        "reasons__contains=forward",
        "company__icontains=acme",
    ],
)
def test_message_fields_cannot_be_probed_through_filters(admin_client, message, query):
    response = admin_client.get(f"/admin/inbox/jobmessage/?{query}")
    # Refused as a disallowed lookup: never filtered, so nothing can be guessed from counts.
    assert response.status_code == 400


@pytest.mark.parametrize(
    "query", ["password_encrypted__startswith=g", "username__contains=sam", "host__contains=s"]
)
def test_credentials_cannot_be_probed_through_filters(admin_client, mailbox, query):
    response = admin_client.get(f"/admin/inbox/inboxsettings/?{query}")
    assert response.status_code == 400
