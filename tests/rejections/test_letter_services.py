"""Generating, sending and marking letters (rejections.services), without the views."""

import datetime
import smtplib

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.utils import timezone

from rejections import services
from rejections.letters import PLACEHOLDERS
from rejections.models import Letter, LetterTemplate
from tests.factories import (
    ContactFactory,
    InterviewFactory,
    LetterFactory,
    LetterTemplateFactory,
    RejectionFactory,
)

EVERY_PLACEHOLDER = "\n".join(f"{name}={{{{ {name} }}}}" for name in PLACEHOLDERS)


def _at_noon(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12, 0)))


@pytest.fixture
def rejection(owner):
    rejection = RejectionFactory(
        application__owner=owner,
        application__company__name="Northwind Analytics",
        application__position_title="Senior Data Analyst",
        received_on=datetime.date(2025, 3, 19),
        stage="final",
    )
    application = rejection.application
    InterviewFactory(application=application, scheduled_at=_at_noon(datetime.date(2025, 3, 2)))
    InterviewFactory(application=application, scheduled_at=_at_noon(datetime.date(2025, 3, 12)))
    return rejection


@pytest.fixture
def template(db):
    return LetterTemplateFactory(subject="Thanks from {{ your_name }}", body=EVERY_PLACEHOLDER)


def test_generating_fills_every_placeholder_from_the_rejection_and_the_chosen_contact(
    rejection, template, owner
):
    contact = ContactFactory(owner=owner, name="Priya Raman", email="priya@example.com")

    letter = services.generate_letter(
        rejection=rejection, template=template, recipient_contact=contact, your_name="Alex Morgan"
    )

    assert letter.subject == "Thanks from Alex Morgan"
    assert letter.body.splitlines() == [
        "company_name=Northwind Analytics",
        "position_title=Senior Data Analyst",
        "interviewer_name=Priya Raman",
        "your_name=Alex Morgan",
        "interview_date=12 March 2025",
        "rejection_date=19 March 2025",
        "stage=the final round",
    ]
    assert letter.recipient_name == "Priya Raman"
    assert letter.recipient_email == "priya@example.com"
    assert letter.recipient_contact == contact
    assert letter.kind == template.kind
    assert letter.template == template
    assert letter.status == Letter.Status.DRAFT
    assert letter.sent_on is None


def test_a_typed_name_and_address_win_over_the_contact(rejection, template, owner):
    contact = ContactFactory(owner=owner, name="Priya Raman", email="priya@example.com")

    letter = services.generate_letter(
        rejection=rejection,
        template=template,
        recipient_contact=contact,
        recipient_name="Dr. Raman",
        recipient_email="p.raman@example.com",
    )

    assert "interviewer_name=Dr. Raman" in letter.body
    assert letter.recipient_email == "p.raman@example.com"


def test_another_users_contact_is_refused(rejection, template, stranger):
    with pytest.raises(ValueError, match="owner's contacts"):
        services.generate_letter(
            rejection=rejection, template=template, recipient_contact=ContactFactory(owner=stranger)
        )

    assert not Letter.objects.exists()


def test_without_a_recipient_the_letter_says_hiring_manager(rejection):
    template = LetterTemplate.objects.get(kind="thank_you", is_default=True)

    letter = services.generate_letter(rejection=rejection, template=template)

    assert letter.body.startswith("Dear Hiring Manager,")
    assert "[your name]" in letter.body
    assert letter.recipient_name == ""


def test_without_interviews_the_interview_date_falls_back(owner, template):
    rejection = RejectionFactory(application__owner=owner)

    letter = services.generate_letter(rejection=rejection, template=template)

    assert "interview_date=our recent conversation" in letter.body


def test_values_with_html_go_into_the_letter_unchanged(owner, template):
    rejection = RejectionFactory(
        application__owner=owner, application__company__name="<script>alert(1)</script> & Co"
    )

    letter = services.generate_letter(rejection=rejection, template=template)

    assert "company_name=<script>alert(1)</script> & Co" in letter.body


def test_editing_the_template_changes_the_next_letter_but_never_an_existing_one(
    rejection, template
):
    first = services.generate_letter(rejection=rejection, template=template, your_name="Alex")

    template.subject = "Changed subject for {{ company_name }}"
    template.body = "A new body for {{ position_title }}."
    template.save()
    second = services.generate_letter(rejection=rejection, template=template, your_name="Alex")

    first.refresh_from_db()
    assert first.subject == "Thanks from Alex"
    assert "company_name=Northwind Analytics" in first.body
    assert second.subject == "Changed subject for Northwind Analytics"
    assert second.body == "A new body for Senior Data Analyst."


def test_a_letter_that_breaks_the_letter_rules_is_not_saved(owner):
    rejection = RejectionFactory(application__owner=owner, application__position_title="x" * 200)
    template = LetterTemplateFactory(subject="{{ position_title }} at {{ company_name }}")

    with pytest.raises(ValidationError) as excinfo:
        services.generate_letter(rejection=rejection, template=template)

    assert "subject" in excinfo.value.message_dict
    assert not Letter.objects.exists()


def test_marking_a_feedback_request_sent_dates_the_request_on_the_rejection(rejection):
    letter = LetterFactory(rejection=rejection, kind="feedback_request")

    services.mark_letter_sent(letter=letter, sent_on=datetime.date(2025, 3, 21))

    letter.refresh_from_db()
    rejection.refresh_from_db()
    assert letter.status == Letter.Status.SENT
    assert letter.sent_on == datetime.date(2025, 3, 21)
    assert rejection.feedback_requested_on == datetime.date(2025, 3, 21)


def test_marking_sent_without_a_date_uses_today(rejection):
    letter = LetterFactory(rejection=rejection, kind="thank_you")

    services.mark_letter_sent(letter=letter)

    letter.refresh_from_db()
    rejection.refresh_from_db()
    assert letter.sent_on == timezone.localdate()
    assert rejection.feedback_requested_on is None


def test_a_second_feedback_request_keeps_the_first_request_date(rejection):
    rejection.feedback_requested_on = datetime.date(2025, 3, 20)
    rejection.save()
    letter = LetterFactory(rejection=rejection, kind="feedback_request")

    services.mark_letter_sent(letter=letter, sent_on=datetime.date(2025, 4, 2))

    rejection.refresh_from_db()
    assert rejection.feedback_requested_on == datetime.date(2025, 3, 20)


def test_build_email_carries_recipient_subject_body_and_reply_to(rejection, settings):
    settings.DEFAULT_FROM_EMAIL = "Rebound <rebound@example.com>"
    letter = LetterFactory(
        rejection=rejection,
        recipient_name="Sam Lee",
        recipient_email="sam@example.com",
        subject="Thank you — Data Analyst",
        body="Dear Sam,\n\nthank you.",
    )

    message = services.build_email(
        letter, reply_to="owner@example.com", sender_name="Maya López"
    ).message()

    assert message["To"] == "Sam Lee <sam@example.com>"
    assert message["Subject"] == "Thank you — Data Analyst"
    assert message["Reply-To"] == "Maya López <owner@example.com>"
    assert message["From"] == "Maya López via Rebound <rebound@example.com>"
    assert message.get_content().replace("\r\n", "\n").rstrip("\n") == "Dear Sam,\n\nthank you."


def test_build_email_without_an_address_has_no_to_header(rejection):
    letter = LetterFactory(rejection=rejection, recipient_email="")

    assert services.build_email(letter).message()["To"] is None


def test_sending_mails_the_letter_and_marks_it_sent_today(rejection):
    letter = LetterFactory(
        rejection=rejection,
        kind="feedback_request",
        recipient_email="sam@example.com",
        subject="A quick question",
        body="Dear Sam,\n\nany feedback?",
    )

    services.send_letter(letter=letter, reply_to="owner@example.com")

    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.to == ["Sam Lee <sam@example.com>"]
    assert sent.reply_to == ["owner@example.com"]
    assert sent.subject == "A quick question"
    assert sent.body == "Dear Sam,\n\nany feedback?"
    letter.refresh_from_db()
    rejection.refresh_from_db()
    assert letter.status == Letter.Status.SENT
    assert letter.sent_on == timezone.localdate()
    assert rejection.feedback_requested_on == timezone.localdate()


def test_a_second_send_of_the_same_letter_mails_nothing(rejection):
    letter = LetterFactory(rejection=rejection, recipient_email="sam@example.com")
    stale_copy = Letter.objects.get(pk=letter.pk)  # what a double click's second request holds
    services.send_letter(letter=letter)

    with pytest.raises(services.LetterAlreadySent):
        services.send_letter(letter=stale_copy)

    assert len(mail.outbox) == 1


def test_sending_without_an_address_is_refused_and_the_letter_stays_a_draft(rejection):
    letter = LetterFactory(rejection=rejection, recipient_email="")

    with pytest.raises(ValueError, match="no recipient"):
        services.send_letter(letter=letter)

    assert mail.outbox == []
    letter.refresh_from_db()
    assert letter.status == Letter.Status.DRAFT


def test_a_mail_server_failure_leaves_the_letter_a_draft(rejection, monkeypatch):
    def refuse(self, *args, **kwargs):
        raise smtplib.SMTPException("Relay access denied")

    monkeypatch.setattr(EmailMessage, "send", refuse)
    letter = LetterFactory(rejection=rejection, recipient_email="sam@example.com")

    with pytest.raises(smtplib.SMTPException):
        services.send_letter(letter=letter)

    letter.refresh_from_db()
    assert letter.status == Letter.Status.DRAFT
    assert letter.sent_on is None


# --- The default templates that arrive with the migrations ----------------------------


@pytest.mark.parametrize("kind", ["thank_you", "feedback_request", "keep_in_touch"])
def test_each_kind_has_an_active_valid_default_template(db, kind):
    template = LetterTemplate.objects.get(kind=kind, is_default=True)

    assert template.active
    template.full_clean()
    assert "{{ your_name }}" in template.body
    assert "{{ interviewer_name }}" in template.body


def test_the_default_thank_you_note_thanks_is_disappointed_grateful_and_keeps_the_door_open(db):
    body = LetterTemplate.objects.get(kind="thank_you", is_default=True).body.lower()

    assert "thank you" in body
    assert "time" in body
    assert "disappointed" in body
    assert "grateful" in body
    assert "stay in touch" in body
    assert "considered again" in body


def test_the_default_feedback_request_asks_politely_for_feedback(db):
    body = LetterTemplate.objects.get(kind="feedback_request", is_default=True).body.lower()

    assert "feedback" in body
    assert "interview" in body
    assert "application" in body
    assert "appreciate your time" in body
