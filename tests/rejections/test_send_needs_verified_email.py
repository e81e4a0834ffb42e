"""Nothing is sent for someone whose e-mail address is not confirmed: replies go to it,
and an unconfirmed address would let anyone send mail in another person's name."""

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse

from core.models import BackgroundJob
from rejections.models import Letter, LetterStatus
from rejections.services import sending_refusal
from tests.factories import LetterFactory, RejectionFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def unconfirmed():
    return UserFactory(username="newcomer", email_verified=False)


def _letter(owner) -> Letter:
    return LetterFactory(
        rejection=RejectionFactory(application__owner=owner),
        recipient_email="recruiter@example.com",
    )


def test_an_unconfirmed_address_is_a_reason_not_to_send(unconfirmed):
    assert "Confirm your e-mail address" in sending_refusal(unconfirmed)

    EmailAddress.objects.create(user=unconfirmed, email=unconfirmed.email, verified=False)
    assert "Confirm your e-mail address" in sending_refusal(unconfirmed)

    EmailAddress.objects.filter(user=unconfirmed).update(verified=True)
    assert sending_refusal(unconfirmed) is None


def test_the_send_button_is_refused_without_queueing_a_job(client, unconfirmed):
    letter = _letter(unconfirmed)
    client.force_login(unconfirmed)

    page = client.get(reverse("rejections:letter-detail", args=[letter.pk]))
    assert "Confirm your e-mail address" in page.content.decode()

    response = client.post(reverse("rejections:letter-send", args=[letter.pk]), follow=True)

    assert "Confirm your e-mail address" in response.content.decode()
    assert mail.outbox == []
    assert not BackgroundJob.objects.exists()
    letter.refresh_from_db()
    assert letter.status == LetterStatus.DRAFT


def test_a_changed_address_must_be_confirmed_again(client, owner):
    letter = _letter(owner)
    assert sending_refusal(owner) is None

    owner.email = "elsewhere@example.com"
    owner.save()

    assert "Confirm your e-mail address" in sending_refusal(owner)
    client.force_login(owner)
    client.post(reverse("rejections:letter-send", args=[letter.pk]))
    assert mail.outbox == []
