"""Every letter the site sends is logged: who, to whom, subject, when, Message-ID.

The log outlives the letter, goes with the account, lists on the user's "Sent mail"
page, and shows staff who sent to whom and when (read-only, without the subject).
"""

import datetime
import smtplib

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.mail import EmailMessage
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from core.mail import site_domain
from rejections.models import Letter, SentLetter
from tests.factories import LetterFactory, RejectionFactory, UserFactory
from tracker import services as tracker_services

pytestmark = pytest.mark.django_db

URL = reverse("rejections:sent-mail")


@pytest.fixture
def letter(owner):
    owner.first_name, owner.last_name = "Maya", "López"
    owner.save()
    return LetterFactory(
        rejection=RejectionFactory(application__owner=owner),
        recipient_name="Priya Raman",
        recipient_email="priya@example.com",
        subject="Thank you — Senior Data Analyst",
        body="Dear Priya,\n\nthank you.\n\nMaya",
    )


def send(client: Client, letter) -> None:
    response = client.post(reverse("rejections:letter-send", args=[letter.pk]))
    assert response.status_code == 302


def log_rows(user, count: int) -> None:
    now = timezone.now()
    SentLetter.objects.bulk_create(
        SentLetter(
            owner=user,
            letter=LetterFactory(rejection=RejectionFactory(application__owner=user))
            if number % 2
            else None,
            recipient_name=f"Recipient {number}",
            recipient_email=f"r{number}@example.com",
            subject=f"Subject {number}",
            message_id=f"<{number}.{user.pk}@rebound.test>",
            sent_at=now - datetime.timedelta(minutes=number),
        )
        for number in range(count)
    )


# --- What is logged -------------------------------------------------------------------


def test_sending_logs_who_to_whom_subject_when_and_the_message_id(owner_client, owner, letter):
    before = timezone.now()
    send(owner_client, letter)

    entry = SentLetter.objects.get()
    sent = mail.outbox[0]
    assert entry.owner == owner
    assert entry.letter == letter
    assert (entry.recipient_name, entry.recipient_email) == ("Priya Raman", "priya@example.com")
    assert entry.subject == letter.subject
    assert before <= entry.sent_at <= timezone.now()
    assert entry.message_id == sent.message()["Message-ID"]
    assert entry.message_id.endswith(f"@{site_domain()}>")


def test_the_sent_letter_still_carries_the_users_name(owner_client, letter):
    send(owner_client, letter)
    assert mail.outbox[0].message()["From"].startswith("Maya López via Rebound <")


def test_a_failed_send_logs_nothing(owner_client, letter, monkeypatch):
    def refuse(self, *args, **kwargs):
        raise smtplib.SMTPException("Relay access denied")

    monkeypatch.setattr(EmailMessage, "send", refuse)
    send(owner_client, letter)
    letter.refresh_from_db()
    assert letter.status == Letter.Status.DRAFT
    assert not SentLetter.objects.exists()


def test_marking_sent_by_hand_logs_nothing(owner_client, letter):
    owner_client.post(reverse("rejections:letter-mark-sent", args=[letter.pk]))
    assert not SentLetter.objects.exists()


def test_the_log_outlives_the_letter(owner_client, letter):
    send(owner_client, letter)
    owner_client.post(reverse("rejections:letter-delete", args=[letter.pk]))

    entry = SentLetter.objects.get()
    assert entry.letter is None
    assert entry.subject == "Thank you — Senior Data Analyst"
    html = owner_client.get(URL).content.decode()
    assert "Thank you — Senior Data Analyst" in html
    assert "letter deleted" in html


def test_deleting_the_account_deletes_its_log(owner_client, owner, stranger, letter):
    send(owner_client, letter)
    log_rows(stranger, 2)

    tracker_services.delete_accounts(users=get_user_model().objects.filter(pk=owner.pk))

    assert not SentLetter.objects.filter(owner_id=owner.pk).exists()
    assert SentLetter.objects.filter(owner=stranger).count() == 2


# --- The Sent mail page ---------------------------------------------------------------


def test_the_page_lists_the_owners_sent_letters_newest_first(owner_client, owner, letter):
    send(owner_client, letter)
    log_rows(owner, 1)
    SentLetter.objects.filter(letter__isnull=True).update(
        sent_at=timezone.now() - datetime.timedelta(days=2)
    )

    response = owner_client.get(URL)

    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("Thank you — Senior Data Analyst") < html.index("Subject 0")
    assert "Priya Raman &lt;priya@example.com&gt;" in html
    assert reverse("rejections:letter-detail", args=[letter.pk]) in html
    assert SentLetter.objects.get(letter=letter).message_id in html.replace("&lt;", "<").replace(
        "&gt;", ">"
    )
    assert "You can send <strong>19</strong> more letters" in html


def test_the_page_escapes_what_the_user_wrote(owner_client, owner):
    SentLetter.objects.create(
        owner=owner,
        recipient_name="<b>Sam</b>",
        recipient_email="sam@example.com",
        subject="<script>alert(1)</script>",
        message_id="<1@rebound.test>",
    )
    html = owner_client.get(URL).content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<b>Sam</b>" not in html


def test_the_page_says_when_nothing_was_sent(owner_client):
    html = owner_client.get(URL).content.decode()
    assert "Nothing sent from here yet." in html


def test_a_stranger_sees_only_their_own_log(stranger_client, owner):
    log_rows(owner, 3)
    html = stranger_client.get(URL).content.decode()
    assert "Subject 0" not in html
    assert "r0@example.com" not in html
    assert "Nothing sent from here yet." in html


def test_anonymous_visitors_are_sent_to_sign_in():
    response = Client().get(URL)
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_the_page_only_answers_get(owner_client):
    assert owner_client.post(URL).status_code == 405


def test_the_page_is_paginated(owner_client, owner):
    log_rows(owner, 30)
    first = owner_client.get(URL).content.decode()
    second = owner_client.get(URL, {"page": 2}).content.decode()
    assert "r0@example.com" in first and "r29@example.com" not in first
    assert "r29@example.com" in second and "r0@example.com" not in second
    assert "30 letters sent" in first


def test_the_letter_page_links_to_sent_mail(owner_client, letter):
    assert URL in owner_client.get(letter.get_absolute_url()).content.decode()


def _queries(client: Client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(URL).status_code == 200
    return len(queries)


def test_the_page_runs_the_same_queries_for_2_and_25_entries(
    owner, stranger, owner_client, stranger_client
):
    log_rows(owner, 2)
    log_rows(stranger, 25)
    with_2, with_25 = _queries(owner_client), _queries(stranger_client)
    print(f"{URL}: {with_2} queries with 2 entries, {with_25} with 25")
    assert with_2 == with_25


# --- The admin ------------------------------------------------------------------------


def _admin(view: str, *args) -> str:
    return reverse(f"admin:rejections_sentletter_{view}", args=args)


def test_staff_see_who_sent_to_whom_and_when_but_not_the_subject(admin_client, owner):
    log_rows(owner, 1)
    entry = SentLetter.objects.get()
    listing = admin_client.get(_admin("changelist")).content.decode()
    assert "r0@example.com" in listing
    assert owner.username in listing
    assert "Subject 0" not in listing
    page = admin_client.get(_admin("change", entry.pk)).content.decode()
    assert "r0@example.com" in page
    assert "Subject 0" not in page


def test_staff_cannot_add_or_change_log_entries(admin_client, owner):
    log_rows(owner, 1)
    entry = SentLetter.objects.get()
    assert admin_client.get(_admin("add")).status_code == 403
    response = admin_client.post(
        _admin("change", entry.pk),
        {"owner": owner.pk, "recipient_email": "changed@example.com", "message_id": "<x@y>"},
    )
    assert response.status_code == 403
    entry.refresh_from_db()
    assert entry.recipient_email == "r0@example.com"


def test_deleting_a_user_in_the_admin_is_not_blocked_by_their_log(admin_client, db):
    user = UserFactory()
    log_rows(user, 1)
    response = admin_client.post(reverse("admin:auth_user_delete", args=[user.pk]), {"post": "yes"})
    assert response.status_code == 302
    assert not SentLetter.objects.exists()
