"""Sending a letter through the mail server, run by the task worker."""

import logging
import smtplib

from django.tasks import task

from core.dates import day_text
from core.models import BackgroundJob
from core.tasks import JobFailed, run_job
from rejections import services
from rejections.models import Letter

logger = logging.getLogger(__name__)

NOT_SENT = (
    "The letter could not be sent: the mail server did not accept it. It is still a "
    "draft. Try again later, or copy it or open it in your own mail app."
)


def _day(letter: Letter) -> str:
    return day_text(letter.sent_on)


def _send(job: BackgroundJob) -> str:
    letter = Letter.objects.get(pk=job.subject, rejection__application__owner=job.owner)
    try:
        letter = services.send_letter(
            letter=letter,
            reply_to=job.owner.email,
            sender_name=job.owner.get_full_name() or job.owner.get_username(),
        )
    except services.LetterAlreadySent:
        letter.refresh_from_db()
        return f"This letter was already sent on {_day(letter)}."
    except services.SendingRefused as refused:
        # Checked again here, under the lock: the page's check may be minutes old.
        raise JobFailed(f"Nothing was sent. {refused}") from refused
    except (smtplib.SMTPException, OSError) as exc:
        logger.exception("Sending letter %s failed", letter.pk)
        raise JobFailed(NOT_SENT) from exc
    return f"Sent to {letter.recipient_email} and marked sent on {_day(letter)}."


@task
def send_letter(job_id: int) -> str:
    """Mail the letter named by the job once, and mark it sent."""
    return run_job(job_id, _send)
