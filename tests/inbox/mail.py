"""Job e-mails for the inbox's tests, built the way mail programs write them."""

import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

SENT = datetime.datetime(2026, 11, 20, 9, 30, tzinfo=datetime.UTC)

REJECTION = (
    "Dear Sam,\n\n"
    "Thank you for your interest in the Backend Engineer position at Acme Robotics and for "
    "the time you invested in the process.\n\n"
    "After careful consideration, we have decided not to move forward with your application "
    "at this time.\n\n"
    "We wish you every success in your search.\n\n"
    "Kind regards,\nThe Acme Robotics Hiring Team\n"
)
CONFIRMATION = (
    "Hi Sam,\n\n"
    "Thank you for applying to the Backend Engineer role at Acme Robotics. We have received "
    "your application and our team will review it carefully. We will be in touch if your "
    "profile matches what we are looking for.\n\n"
    "Best,\nAcme Robotics Talent Team\n"
)
NEWSLETTER = (
    "Hello,\n\nOur garden centre is open again on Sundays. Unfortunately the café stays "
    "closed until spring.\n\nSee you soon,\nGreen Thumb\n"
)


def build(
    body: str = REJECTION,
    *,
    subject: str = "Your application for Backend Engineer",
    sender: str = "Acme Robotics Recruiting <jobs@acme-robotics.com>",
    to: str = "sam@example.org",
    message_id: str | None = None,
    sent: datetime.datetime = SENT,
) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(sent)
    message["Message-ID"] = message_id or make_msgid(domain="acme-robotics.com")
    message.set_content(body)
    return message.as_bytes()


def rejection(**kwargs) -> bytes:
    return build(REJECTION, **kwargs)


def confirmation(**kwargs) -> bytes:
    kwargs.setdefault("subject", "We received your application")
    return build(CONFIRMATION, **kwargs)


def newsletter(**kwargs) -> bytes:
    kwargs.setdefault("subject", "Sunday opening hours")
    kwargs.setdefault("sender", "Green Thumb <news@greenthumb.example>")
    return build(NEWSLETTER, **kwargs)
