import pytest

from inbox import services
from inbox.models import Correction, InboxSettings, JobMessage, SeenMessage, Source, State
from inbox.services import Outcome
from tests.factories import ApplicationFactory, CompanyFactory
from tests.inbox import mail
from tracker.stages import Status


def test_a_rejection_is_kept_with_its_text_and_matched_to_the_application(owner, acme_application):
    result = services.ingest(owner, mail.rejection(), source=Source.UPLOAD)

    assert result.outcome == Outcome.ADDED
    message = result.message
    assert message.kind == "rejection"
    assert message.application == acme_application
    assert message.match_score >= 0.8
    assert "not to move forward" in message.text
    assert message.sent_at == mail.SENT
    assert message.state == State.NEW


def test_other_mail_keeps_only_a_fingerprint_of_its_message_id(owner):
    result = services.ingest(owner, mail.newsletter(), source=Source.UPLOAD)

    assert result.outcome == Outcome.OTHER
    assert not JobMessage.objects.exists()
    seen = SeenMessage.objects.get()
    assert len(seen.key) == 64 and "@" not in seen.key


def test_the_same_message_twice_is_recognised_as_a_duplicate(owner):
    raw = mail.rejection(message_id="<abc@acme-robotics.com>")
    assert services.ingest(owner, raw, source=Source.UPLOAD).outcome == Outcome.ADDED
    again = mail.rejection(message_id="<abc@ACME-ROBOTICS.com>", subject="Re-sent")
    assert services.ingest(owner, again, source=Source.IMAP).outcome == Outcome.DUPLICATE
    other = mail.newsletter(message_id="<n1@greenthumb.example>")
    assert services.ingest(owner, other, source=Source.UPLOAD).outcome == Outcome.OTHER
    assert services.ingest(owner, other, source=Source.UPLOAD).outcome == Outcome.DUPLICATE
    assert JobMessage.objects.count() == 1


def test_two_users_may_each_keep_the_same_message(owner, stranger):
    raw = mail.rejection(message_id="<shared@acme-robotics.com>")
    assert services.ingest(owner, raw, source=Source.UPLOAD).outcome == Outcome.ADDED
    assert services.ingest(stranger, raw, source=Source.UPLOAD).outcome == Outcome.ADDED


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"   \r\n  ",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
        b"x" * (30 * 1024 * 1024),
    ],
    ids=["empty", "blank", "binary", "30 MB"],
)
def test_unreadable_input_gives_a_message_and_keeps_nothing(owner, raw):
    result = services.ingest(owner, raw, source=Source.UPLOAD)

    assert result.outcome == Outcome.UNREADABLE
    assert result.error
    assert not JobMessage.objects.exists()
    assert not SeenMessage.objects.exists()


def test_a_correction_downgrades_later_mail_with_the_same_sender_and_phrase(owner):
    first = services.ingest(owner, mail.rejection(), source=Source.UPLOAD).message
    services.not_this_kind(message=first)
    assert Correction.objects.filter(owner=owner, wrong_kind="rejection").exists()

    later = services.ingest(owner, mail.rejection(), source=Source.UPLOAD)
    assert later.outcome == Outcome.OTHER

    # Another sender is not covered by the correction.
    other_sender = mail.rejection(sender="Globex <careers@globex.example>")
    assert services.ingest(owner, other_sender, source=Source.UPLOAD).outcome == Outcome.ADDED


def test_a_correction_is_the_users_own(owner, stranger):
    services.not_this_kind(
        message=services.ingest(owner, mail.rejection(), source=Source.UPLOAD).message
    )
    assert services.ingest(stranger, mail.rejection(), source=Source.UPLOAD).outcome == (
        Outcome.ADDED
    )


def test_auto_mode_marks_a_sure_confirmation_applied_and_says_so(owner):
    company = CompanyFactory(owner=owner, name="Acme Robotics")
    application = ApplicationFactory(
        owner=owner,
        company=company,
        position_title="Backend Engineer",
        status=Status.WISHLIST,
        applied_on=None,
    )
    InboxSettings.objects.create(owner=owner, auto_mode=True)

    result = services.ingest(owner, mail.confirmation(), source=Source.UPLOAD)

    message = result.message
    if message.confidence < services.AUTO_CONFIDENCE:
        pytest.skip("the classifier is not sure enough of this confirmation")
    assert message.state == State.ACTED and message.automatic
    application.refresh_from_db()
    assert application.status == Status.APPLIED
    assert application.applied_on == mail.SENT.date()


def test_without_auto_mode_nothing_is_applied(owner):
    application = ApplicationFactory(
        owner=owner,
        company=CompanyFactory(owner=owner, name="Acme Robotics"),
        position_title="Backend Engineer",
        status=Status.WISHLIST,
        applied_on=None,
    )
    message = services.ingest(owner, mail.confirmation(), source=Source.UPLOAD).message

    assert message.state == State.NEW
    application.refresh_from_db()
    assert application.status == Status.WISHLIST


def test_delete_all_forgets_messages_and_fingerprints_but_not_corrections(owner, stranger):
    services.not_this_kind(
        message=services.ingest(owner, mail.rejection(), source=Source.UPLOAD).message
    )
    services.ingest(owner, mail.newsletter(), source=Source.UPLOAD)
    services.ingest(stranger, mail.rejection(), source=Source.UPLOAD)

    services.delete_messages(owner=owner)

    assert not JobMessage.objects.filter(owner=owner).exists()
    assert not SeenMessage.objects.filter(owner=owner).exists()
    assert Correction.objects.filter(owner=owner).exists()
    assert JobMessage.objects.filter(owner=stranger).count() == 1
