"""No one can send mail through the site beyond a daily cap.

``LETTERS_DAILY_SEND_LIMIT`` letters per user in any 24 hours, counted from the send log
(so deleting a sent letter frees nothing). The letter page says how many sends remain;
at the cap it says why it will not send, the send view refuses without queueing a job,
and the task asks again with the user's row locked, so two sends at once cannot both
pass.
"""

import datetime
import json
import threading
import time

import pytest
from django.contrib.messages import get_messages
from django.core import mail
from django.core.mail import EmailMessage
from django.db import connection, connections
from django.urls import reverse
from django.utils import timezone

from core.models import BackgroundJob
from core.tasks import start_job
from rejections import services, tasks
from rejections.models import Letter, SentLetter
from tests.factories import LetterFactory, RejectionFactory, UserFactory
from tests.security.test_deploy_settings import evaluate

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _limit(settings):
    settings.LETTERS_DAILY_SEND_LIMIT = 3


@pytest.fixture
def letter(owner):
    return LetterFactory(
        rejection=RejectionFactory(application__owner=owner),
        recipient_name="Priya Raman",
        recipient_email="priya@example.com",
        subject="Thank you",
    )


def log_sends(user, count: int, *, ago: datetime.timedelta = datetime.timedelta(hours=1)):
    for number in range(count):
        SentLetter.objects.create(
            owner=user,
            recipient_email=f"someone{number}@example.com",
            subject="Earlier letter",
            message_id=f"<{number}@rebound.test>",
            sent_at=timezone.now() - ago,
        )


def _send_url(letter: Letter) -> str:
    return reverse("rejections:letter-send", args=[letter.pk])


def _messages(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


def _draft(letter: Letter) -> bool:
    letter.refresh_from_db()
    return letter.status == Letter.Status.DRAFT


# --- The one place that decides -------------------------------------------------------


def test_below_the_cap_there_is_no_refusal(owner):
    log_sends(owner, 2)
    assert services.sending_refusal(owner) is None
    assert services.sends_left(owner) == 1


def test_at_the_cap_the_refusal_says_why_and_what_to_do_instead(owner):
    log_sends(owner, 3)
    refusal = services.sending_refusal(owner)
    assert "at most 3 letters a day" in refusal
    assert "in the last 24 hours" in refusal
    assert "mail app" in refusal
    assert services.sends_left(owner) == 0


def test_sends_older_than_24_hours_no_longer_count(owner):
    log_sends(owner, 3, ago=datetime.timedelta(hours=24, minutes=1))
    log_sends(owner, 2, ago=datetime.timedelta(hours=23, minutes=59))
    assert services.sending_refusal(owner) is None
    assert services.sends_left(owner) == 1


def test_other_users_sends_do_not_count(owner, stranger):
    log_sends(stranger, 3)
    assert services.sending_refusal(owner) is None
    assert services.sends_left(owner) == 3


def test_a_limit_of_zero_turns_sending_off(owner, settings):
    settings.LETTERS_DAILY_SEND_LIMIT = 0
    assert "does not send letters" in services.sending_refusal(owner)


def test_letters_marked_sent_by_hand_do_not_count(owner_client, owner, letter):
    for _ in range(3):
        other = LetterFactory(rejection=letter.rejection, recipient_email="a@example.com")
        owner_client.post(reverse("rejections:letter-mark-sent", args=[other.pk]))
    assert Letter.objects.filter(status=Letter.Status.SENT).count() == 3
    assert services.sends_left(owner) == 3


# --- The letter page and the send view ------------------------------------------------


def test_the_letter_page_says_how_many_sends_remain(owner_client, owner, letter):
    log_sends(owner, 1)
    html = owner_client.get(letter.get_absolute_url()).content.decode()
    assert "You can send 2 more letters from here in the next 24 hours" in html
    assert "at most 3 in any 24 hours" in html
    assert _send_url(letter) in html


def test_the_letter_page_says_one_more_letter_in_the_singular(owner_client, owner, letter):
    log_sends(owner, 2)
    html = owner_client.get(letter.get_absolute_url()).content.decode()
    assert "You can send 1 more letter from here" in html


def test_at_the_cap_the_letter_page_explains_and_offers_no_send_button(owner_client, owner, letter):
    log_sends(owner, 3)
    html = owner_client.get(letter.get_absolute_url()).content.decode()
    assert 'id="send-refused"' in html
    assert "at most 3 letters a day" in html
    assert _send_url(letter) not in html
    # The other ways to send it stay.
    assert reverse("rejections:letter-mark-sent", args=[letter.pk]) in html
    assert "mailto:" in html


def test_sending_below_the_cap_sends_and_counts(owner_client, owner, letter):
    response = owner_client.post(_send_url(letter))
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert services.sends_left(owner) == 2


def test_at_the_cap_sending_is_refused_without_queueing_anything(owner_client, owner, letter):
    log_sends(owner, 3)
    jobs = BackgroundJob.objects.count()

    response = owner_client.post(_send_url(letter))

    assert response.status_code == 302
    assert response.url == letter.get_absolute_url()
    assert mail.outbox == []
    assert _draft(letter)
    assert BackgroundJob.objects.count() == jobs
    assert SentLetter.objects.filter(letter=letter).count() == 0
    assert any(
        m.startswith("Nothing was sent.") and "at most 3 letters a day" in m
        for m in _messages(response)
    )


def test_the_fourth_send_of_the_day_is_refused(owner_client, owner):
    rejection = RejectionFactory(application__owner=owner)
    letters = [
        LetterFactory(rejection=rejection, recipient_email=f"r{n}@example.com") for n in range(4)
    ]
    for letter in letters:
        owner_client.post(_send_url(letter))
    assert len(mail.outbox) == 3
    assert [_draft(letter) for letter in letters] == [False, False, False, True]


def test_deleting_sent_letters_frees_no_sends(owner_client, owner):
    rejection = RejectionFactory(application__owner=owner)
    for n in range(3):
        letter = LetterFactory(rejection=rejection, recipient_email=f"r{n}@example.com")
        owner_client.post(_send_url(letter))
        owner_client.post(reverse("rejections:letter-delete", args=[letter.pk]))
    assert not Letter.objects.exists()
    assert services.sending_refusal(owner) is not None


# --- The task asks again ----------------------------------------------------------------


def test_the_task_refuses_at_the_cap_even_when_the_page_allowed_it(owner, letter):
    """A job queued before the cap was reached (the page's check is minutes old) fails
    with the reason, sends nothing and logs nothing."""
    log_sends(owner, 3)
    job = start_job(
        tasks.send_letter, owner=owner, title="Sending", subject=str(letter.pk), done_url="/"
    )
    assert job.succeeded is False
    assert job.message.startswith("Nothing was sent.")
    assert "at most 3 letters a day" in job.message
    assert mail.outbox == []
    assert _draft(letter)
    assert SentLetter.objects.count() == 3


def test_the_service_refuses_at_the_cap(owner, letter):
    log_sends(owner, 3)
    with pytest.raises(services.SendingRefused, match="at most 3 letters"):
        services.send_letter(letter=letter)
    assert mail.outbox == []
    assert _draft(letter)


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="SQLite runs one writer at a time anyway"
)
def test_two_sends_at_once_cannot_both_pass_the_cap(settings, monkeypatch):
    """With one send left, two letters sent at the same moment: one goes, one is refused.

    The mail server is slow (0.5 s), so without the lock both would count the same
    number of earlier sends and both would pass."""
    settings.LETTERS_DAILY_SEND_LIMIT = 1
    user = UserFactory()
    # About two rejections, so that nothing but the cap's own lock keeps them apart.
    letters = [
        LetterFactory(
            rejection=RejectionFactory(application__owner=user), recipient_email=f"r{n}@example.com"
        )
        for n in range(2)
    ]
    original_send = EmailMessage.send

    def slow_send(self, *args, **kwargs):
        time.sleep(0.5)
        return original_send(self, *args, **kwargs)

    monkeypatch.setattr(EmailMessage, "send", slow_send)
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def send(letter: Letter) -> None:
        try:
            barrier.wait(timeout=10)
            services.send_letter(letter=letter)
            outcomes.append("sent")
        except services.SendingRefused:
            outcomes.append("refused")
        except BaseException as error:  # reported below, in the test's thread
            outcomes.append(repr(error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=send, args=(letter,)) for letter in letters]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert sorted(outcomes) == ["refused", "sent"]
    assert len(mail.outbox) == 1
    assert SentLetter.objects.filter(owner=user).count() == 1
    assert Letter.objects.filter(status=Letter.Status.SENT).count() == 1


# --- The setting ----------------------------------------------------------------------


def test_the_limit_defaults_to_20_and_comes_from_the_environment():
    default = evaluate(["LETTERS_DAILY_SEND_LIMIT"])
    assert json.loads(default.stdout) == {"LETTERS_DAILY_SEND_LIMIT": 20}
    chosen = evaluate(["LETTERS_DAILY_SEND_LIMIT"], LETTERS_DAILY_SEND_LIMIT="5")
    assert json.loads(chosen.stdout) == {"LETTERS_DAILY_SEND_LIMIT": 5}


@pytest.mark.parametrize("value", ["many", "-1"])
def test_a_bad_limit_fails_at_start_with_a_clear_message(value):
    result = evaluate(["LETTERS_DAILY_SEND_LIMIT"], LETTERS_DAILY_SEND_LIMIT=value)
    assert result.returncode != 0
    assert "LETTERS_DAILY_SEND_LIMIT must be" in result.stderr
