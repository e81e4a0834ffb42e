"""Letters and digests as mail clients and filters read them: parsed back with Python's
strict policy (an independent reading of the bytes), with RFC line limits checked."""

import datetime
import email
import email.policy
import re

import pytest
from django.core import mail
from django.urls import reverse

from reminders.digest import gather_digest
from tests.factories import LetterFactory, RejectionFactory

pytestmark = pytest.mark.django_db

LONG_BODY = (
    "Liebe Frau Müller,\n\n"
    + "vielen Dank für das freundliche Gespräch über die Stelle — ich habe mich sehr gefreut, " * 4
    + "\n\n"
    + "é" * 120
    + "\n\nMaya"
)
LONG_SUBJECT = "Vielen Dank für das Gespräch über die Stelle als Softwareentwicklerin in München"


@pytest.fixture
def maya(owner):
    owner.first_name, owner.last_name, owner.email = "Maya", "López", "maya@example.com"
    owner.save()
    # Letters are sent only for a confirmed address.
    owner.emailaddress_set.update(email=owner.email, verified=True)
    return owner


@pytest.fixture
def rejection(owner):
    return RejectionFactory(application__owner=owner)


@pytest.fixture
def long_letter(rejection):
    return LetterFactory(
        rejection=rejection,
        recipient_name="Jörg Müller",
        recipient_email="joerg@example.com",
        subject=LONG_SUBJECT,
        body=LONG_BODY,
    )


def parse(raw: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.strict)


def check_lines(raw: bytes, *, linesep: bytes) -> None:
    lines = raw.split(linesep)
    assert all(len(line) <= 76 for line in lines), max(lines, key=len)
    for word in re.findall(rb"=\?[^?]+\?[qQbB]\?[^?]*\?=", raw):
        assert len(word) <= 75, word


def test_a_sent_letter_shows_the_users_name_as_sender(owner_client, maya, long_letter, settings):
    settings.DEFAULT_FROM_EMAIL = "Rebound <jobs@rebound.example>"
    settings.SITE_URL = "https://rebound.example.org"
    owner_client.post(reverse("rejections:letter-send", args=[long_letter.pk]))

    [sent] = mail.outbox
    raw = sent.message(policy=email.policy.SMTP).as_bytes()  # as the SMTP backend sends it
    check_lines(raw, linesep=b"\r\n")
    message = parse(raw)
    [sender] = message["From"].addresses
    assert (sender.display_name, sender.addr_spec) == (
        "Maya López via Rebound",
        "jobs@rebound.example",
    )
    [reply_to] = message["Reply-To"].addresses
    assert (reply_to.display_name, reply_to.addr_spec) == ("Maya López", "maya@example.com")
    [to] = message["To"].addresses
    assert (to.display_name, to.addr_spec) == ("Jörg Müller", "joerg@example.com")
    assert message["Subject"] == LONG_SUBJECT
    assert message["Message-ID"].endswith("@rebound.example.org>")
    assert message.get_content().replace("\r\n", "\n").rstrip("\n") == LONG_BODY


def test_the_eml_download_names_both_sides_and_ends_lines_with_crlf(
    owner_client, maya, long_letter
):
    response = owner_client.get(reverse("rejections:letter-eml", args=[long_letter.pk]))

    raw = response.content
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    check_lines(raw, linesep=b"\r\n")
    message = parse(raw)
    [sender] = message["From"].addresses
    assert (sender.display_name, sender.addr_spec) == ("Maya López", "maya@example.com")
    [to] = message["To"].addresses
    assert (to.display_name, to.addr_spec) == ("Jörg Müller", "joerg@example.com")
    assert message.get_content().replace("\r\n", "\n").rstrip("\n") == LONG_BODY


def test_a_mostly_ascii_letter_keeps_quoted_printable_lines_within_76(
    owner_client, maya, rejection
):
    body = ("A long line with one accent é and plenty of plain words after it " * 6).strip()
    letter = LetterFactory(rejection=rejection, recipient_email="sam@example.com", body=body)
    raw = owner_client.get(reverse("rejections:letter-eml", args=[letter.pk])).content
    message = parse(raw)
    assert message["Content-Transfer-Encoding"] == "quoted-printable"
    check_lines(raw, linesep=b"\r\n")
    assert message.get_content().replace("\r\n", "\n").rstrip("\n") == body


def test_the_digest_says_it_is_automatic_and_how_to_unsubscribe(maya, settings):
    settings.SITE_URL = "https://rebound.example.org"
    message = gather_digest(maya, today=datetime.date(2026, 3, 19)).message()
    parsed = parse(message.message(policy=email.policy.SMTP).as_bytes())
    assert parsed["Auto-Submitted"] == "auto-generated"
    assert parsed["List-Unsubscribe"] == (
        f"<https://rebound.example.org{reverse('reminders:settings')}>"
    )
    assert parsed["Message-ID"].endswith("@rebound.example.org>")
    [to] = parsed["To"].addresses
    assert (to.display_name, to.addr_spec) == ("Maya López", "maya@example.com")
