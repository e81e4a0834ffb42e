"""The letter pages: write, read, edit, copy, download, open, send, mark sent, delete."""

import datetime
import email
import email.policy
import re
import smtplib
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from django.contrib.messages import get_messages
from django.core import mail
from django.core.mail import EmailMessage
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from rejections.models import Letter, LetterTemplate
from tests.factories import (
    ContactFactory,
    InterviewFactory,
    LetterFactory,
    LetterTemplateFactory,
    RejectionFactory,
)

SCRIPT = "<script>alert(1)</script>"


@pytest.fixture
def rejection(owner):
    return RejectionFactory(
        application__owner=owner,
        application__company__name="Northwind Analytics",
        application__position_title="Senior Data Analyst",
        received_on=datetime.date(2025, 3, 19),
        stage="final",
    )


@pytest.fixture
def letter(rejection):
    return LetterFactory(
        rejection=rejection,
        kind="thank_you",
        recipient_name="Priya Raman",
        recipient_email="priya@example.com",
        subject="Thank you — Senior Data Analyst",
        body="Dear Priya,\n\nthank you & goodbye: 100% #grateful.\n\nAlex",
    )


def _messages(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


def _snapshot(letter: Letter) -> tuple:
    letter.refresh_from_db()
    return (
        letter.subject,
        letter.body,
        letter.recipient_name,
        letter.recipient_email,
        letter.status,
        letter.sent_on,
    )


def _url(name: str, obj) -> str:
    return reverse(f"rejections:{name}", args=[obj.pk])


# (URL name, the methods the view answers); letter-create takes the rejection id.
LETTER_URLS = [
    ("letter-detail", ["get", "post"]),
    ("letter-txt", ["get"]),
    ("letter-eml", ["get"]),
    ("letter-send", ["post"]),
    ("letter-mark-sent", ["post"]),
    ("letter-delete", ["get", "post"]),
]
ALL_CASES = [("letter-create", m) for m in ("get", "post")] + [
    (name, method) for name, methods in LETTER_URLS for method in methods
]


def _target(name: str, rejection, letter) -> str:
    return _url(name, rejection if name == "letter-create" else letter)


def _edit_data(**overrides) -> dict:
    data = {
        "recipient_name": "Priya Raman",
        "recipient_email": "priya@example.com",
        "subject": "Thank you",
        "body": "Dear Priya,\nthank you.",
    }
    return {**data, **overrides}


# --- Access: anonymous, stranger, wrong method ----------------------------------------


@pytest.mark.parametrize(("name", "method"), ALL_CASES)
def test_anonymous_visitors_are_sent_to_the_login_page(
    client: Client, rejection, letter, name, method
):
    url = _target(name, rejection, letter)

    response = getattr(client, method)(url)

    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))
    assert Letter.objects.count() == 1


@pytest.mark.parametrize(("name", "method"), ALL_CASES)
def test_a_stranger_gets_404_and_changes_nothing(
    stranger_client: Client, stranger, rejection, letter, name, method
):
    before = _snapshot(letter)
    stranger_template = LetterTemplate.objects.get(kind="thank_you", is_default=True)
    data = {
        **_edit_data(subject="Hacked"),
        "template": stranger_template.pk,
        "sent_on": "2025-03-20",
    }

    response = getattr(stranger_client, method)(_target(name, rejection, letter), data)

    assert response.status_code == 404
    assert Letter.objects.count() == 1
    assert _snapshot(letter) == before
    assert mail.outbox == []


@pytest.mark.parametrize("name", ["letter-send", "letter-mark-sent"])
def test_changing_views_refuse_get(owner_client: Client, letter, name):
    response = owner_client.get(_url(name, letter))

    assert response.status_code == 405
    assert _snapshot(letter)[4] == Letter.Status.DRAFT
    assert mail.outbox == []


# --- Writing a letter -----------------------------------------------------------------


def test_the_form_offers_active_templates_and_prefills_your_name(owner_client, owner, rejection):
    owner.first_name, owner.last_name = "Alex", "Morgan"
    owner.save()
    retired = LetterTemplateFactory(name="Retired template", active=False)

    response = owner_client.get(_url("letter-create", rejection))

    assert response.status_code == 200
    form = response.context["form"]
    offered = set(form.fields["template"].queryset)
    assert offered == set(LetterTemplate.objects.filter(active=True))
    assert retired not in offered
    assert form["your_name"].value() == "Alex Morgan"
    assert "Thank you, with the door open (default)" in response.content.decode()


def test_your_name_defaults_to_the_username(owner_client, rejection):
    response = owner_client.get(_url("letter-create", rejection))

    assert response.context["form"]["your_name"].value() == "owner"


@pytest.mark.parametrize("kind", ["thank_you", "feedback_request", "keep_in_touch"])
def test_the_kind_in_the_link_preselects_its_default_template(owner_client, rejection, kind):
    LetterTemplateFactory(kind=kind, name="Aaa not the default")

    response = owner_client.get(_url("letter-create", rejection) + f"?kind={kind}")

    default = LetterTemplate.objects.get(kind=kind, is_default=True)
    assert response.context["form"]["template"].value() == default.pk


def test_an_unknown_kind_preselects_nothing(owner_client, rejection):
    response = owner_client.get(_url("letter-create", rejection) + "?kind=<b>")

    assert response.context["form"]["template"].value() is None


def test_the_applications_people_come_first_and_only_your_own_contacts_are_offered(
    owner_client, owner, stranger, rejection
):
    application = rejection.application
    interviewer = ContactFactory(owner=owner, name="Zoe Interviewer")
    linked = ContactFactory(owner=owner, name="Yann Recruiter")
    other = ContactFactory(owner=owner, name="Adam Elsewhere")
    foreign = ContactFactory(owner=stranger, name="Stranger Contact")
    InterviewFactory(application=application).interviewers.add(interviewer)
    application.contacts.add(linked)

    response = owner_client.get(_url("letter-create", rejection))

    html = response.content.decode()
    assert html.index("Yann Recruiter") < html.index("Zoe Interviewer") < html.index("Adam")
    assert html.index("For this application") < html.index("Other contacts")
    assert "Zoe Interviewer — contact" in html and "(interviewer)" in html
    assert foreign.name not in html
    assert set(response.context["form"].fields["recipient_contact"].queryset) == {
        interviewer,
        linked,
        other,
    }


def test_the_only_interviewer_is_preselected(owner_client, owner, rejection):
    interviewer = ContactFactory(owner=owner)
    InterviewFactory(application=rejection.application).interviewers.add(interviewer)

    response = owner_client.get(_url("letter-create", rejection))

    assert response.context["form"]["recipient_contact"].value() == interviewer.pk


def test_writing_a_letter_fills_it_from_the_rejection_and_opens_it(owner_client, owner, rejection):
    contact = ContactFactory(owner=owner, name="Priya Raman", email="priya@example.com")
    InterviewFactory(
        application=rejection.application,
        scheduled_at=timezone.make_aware(datetime.datetime(2025, 3, 12, 12, 0)),
    )
    template = LetterTemplateFactory(
        kind="feedback_request",
        subject="{{ position_title }} at {{ company_name }}",
        body=(
            "Dear {{ interviewer_name }}, {{ interview_date }}, {{ rejection_date }}, "
            "{{ stage }}. {{ your_name }}"
        ),
    )

    response = owner_client.post(
        _url("letter-create", rejection),
        {"template": template.pk, "recipient_contact": contact.pk, "your_name": "Alex Morgan"},
    )

    letter = Letter.objects.get()
    assert response.status_code == 302
    assert response.url == letter.get_absolute_url()
    assert letter.rejection == rejection
    assert letter.kind == "feedback_request"
    assert letter.subject == "Senior Data Analyst at Northwind Analytics"
    assert letter.body == (
        "Dear Priya Raman, 12 March 2025, 19 March 2025, the final round. Alex Morgan"
    )
    assert letter.recipient_email == "priya@example.com"
    assert letter.status == Letter.Status.DRAFT
    assert any("draft is ready" in m for m in _messages(response))


def test_without_a_recipient_the_draft_says_hiring_manager_and_the_user_is_told(
    owner_client, rejection
):
    template = LetterTemplate.objects.get(kind="thank_you", is_default=True)

    response = owner_client.post(
        _url("letter-create", rejection), {"template": template.pk, "your_name": "Alex"}
    )

    letter = Letter.objects.get()
    assert letter.body.startswith("Dear Hiring Manager,")
    assert any("“Hiring Manager”" in m for m in _messages(response))


def test_a_typed_recipient_is_used(owner_client, rejection):
    template = LetterTemplate.objects.get(kind="thank_you", is_default=True)

    owner_client.post(
        _url("letter-create", rejection),
        {
            "template": template.pk,
            "recipient_name": "Sam Lee",
            "recipient_email": "sam@example.com",
            "your_name": "Alex",
        },
    )

    letter = Letter.objects.get()
    assert letter.body.startswith("Dear Sam Lee,")
    assert letter.recipient_email == "sam@example.com"


def test_choosing_a_strangers_contact_is_refused(owner_client, stranger, rejection):
    foreign = ContactFactory(owner=stranger)
    template = LetterTemplate.objects.get(kind="thank_you", is_default=True)

    response = owner_client.post(
        _url("letter-create", rejection),
        {"template": template.pk, "recipient_contact": foreign.pk},
    )

    assert response.status_code == 200
    assert "Select a valid choice" in str(response.context["form"].errors["recipient_contact"])
    assert not Letter.objects.exists()


def test_an_inactive_template_is_refused(owner_client, rejection):
    retired = LetterTemplateFactory(active=False)

    response = owner_client.post(_url("letter-create", rejection), {"template": retired.pk})

    assert "Select a valid choice" in str(response.context["form"].errors["template"])
    assert not Letter.objects.exists()


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("recipient_name", "Sam\nBcc: victim@example.com"),
        ("recipient_email", "sam@example.com\nBcc: victim@example.com"),
        ("recipient_email", "sam@example.com\r\n"),
        ("your_name", "Alex\r\nX-Injected: yes"),
    ],
)
def test_line_breaks_in_names_and_addresses_are_refused(owner_client, rejection, field, value):
    template = LetterTemplate.objects.get(kind="thank_you", is_default=True)

    response = owner_client.post(
        _url("letter-create", rejection), {"template": template.pk, field: value}
    )

    assert response.status_code == 200
    assert "single line" in str(response.context["form"].errors[field])
    assert not Letter.objects.exists()


def test_a_letter_too_long_once_filled_in_is_explained(owner_client, owner):
    rejection = RejectionFactory(application__owner=owner, application__position_title="x" * 200)
    template = LetterTemplateFactory(subject="{{ position_title }} at {{ company_name }}")

    response = owner_client.post(_url("letter-create", rejection), {"template": template.pk})

    assert response.status_code == 200
    assert "could not be written. Subject:" in str(response.context["form"].non_field_errors())
    assert not Letter.objects.exists()


# --- Reading and editing --------------------------------------------------------------


SMTP = {"default": {"BACKEND": "django.core.mail.backends.smtp.EmailBackend"}}


def test_the_letter_page_shows_the_draft_and_every_action(owner_client, letter, settings):
    settings.MAILERS = SMTP
    response = owner_client.get(_url("letter-detail", letter))

    html = response.content.decode()
    assert response.status_code == 200
    assert "thank you &amp; goodbye: 100% #grateful." in html
    for name in ["letter-txt", "letter-eml", "letter-send", "letter-mark-sent", "letter-delete"]:
        assert _url(name, letter) in html
    assert 'href="mailto:priya@example.com?subject=' in html
    assert 'data-copy-target="letter-body" hidden' in html
    assert response.context["edit_form"] is not None


def test_the_send_button_says_where_the_mail_goes(owner_client, letter, settings):
    settings.MAILERS = SMTP
    settings.DEFAULT_FROM_EMAIL = "Rebound <rebound@jobs.example.com>"

    html = owner_client.get(_url("letter-detail", letter)).content.decode()

    assert "Send to priya@example.com" in html
    assert (
        "It goes to priya@example.com through this site's mail server, from "
        "Rebound &lt;rebound@jobs.example.com&gt;"
    ) in html


@pytest.mark.parametrize("backend", ["console", "locmem", "dummy", "filebased"])
def test_without_a_mail_server_the_page_offers_the_mail_app_and_downloads_instead(
    owner_client, letter, settings, backend
):
    settings.MAILERS = {"default": {"BACKEND": f"django.core.mail.backends.{backend}.EmailBackend"}}

    html = owner_client.get(_url("letter-detail", letter)).content.decode()

    assert _url("letter-send", letter) not in html
    assert "has no mail server set up" in html
    assert 'href="mailto:priya@example.com?subject=' in html
    assert _url("letter-eml", letter) in html and _url("letter-txt", letter) in html
    assert _url("letter-mark-sent", letter) in html


def test_the_letter_page_keeps_to_the_content_security_policy(owner_client, letter):
    html = owner_client.get(_url("letter-detail", letter)).content.decode()

    scripts = re.findall(r"<script[^>]*>", html)
    assert scripts
    assert all("src=" in tag for tag in scripts)
    # Only the colour-scheme script runs before the page paints (no light flash in dark).
    assert all("defer" in tag for tag in scripts if "/js/theme.js" not in tag)
    assert "/static/js/letters.js" in html
    assert " style=" not in html
    assert not re.search(r"\son[a-z]+=", html)


def test_html_in_the_data_is_escaped_on_the_page_and_unchanged_in_the_text_download(
    owner_client, owner
):
    rejection = RejectionFactory(application__owner=owner, application__company__name=SCRIPT)
    template = LetterTemplateFactory(
        subject="Thanks, {{ company_name }}", body="I enjoyed meeting {{ company_name }}."
    )
    owner_client.post(_url("letter-create", rejection), {"template": template.pk})
    letter = Letter.objects.get()

    page = owner_client.get(_url("letter-detail", letter)).content.decode()
    text = owner_client.get(_url("letter-txt", letter)).content.decode()

    assert SCRIPT not in page
    assert "I enjoyed meeting &lt;script&gt;alert(1)&lt;/script&gt;." in page
    assert text == f"Subject: Thanks, {SCRIPT}\n\nI enjoyed meeting {SCRIPT}."


def test_editing_a_draft_saves_it(owner_client, letter):
    response = owner_client.post(
        _url("letter-detail", letter),
        _edit_data(subject="Thank you again", body="New body", recipient_email="p@example.com"),
    )

    assert response.status_code == 302
    assert response.url == letter.get_absolute_url()
    letter.refresh_from_db()
    assert (letter.subject, letter.body, letter.recipient_email) == (
        "Thank you again",
        "New body",
        "p@example.com",
    )


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("subject", "Thank you\nBcc: victim@example.com"),
        ("subject", "Thank you\r"),
        ("recipient_email", "priya@example.com\nBcc: victim@example.com"),
        ("recipient_name", "Priya\nX-Injected: yes"),
    ],
)
def test_header_injection_in_an_edit_is_refused_and_nothing_is_saved(
    owner_client, letter, field, value
):
    before = _snapshot(letter)

    response = owner_client.post(_url("letter-detail", letter), _edit_data(**{field: value}))

    assert response.status_code == 200
    assert "This must be a single line (no line breaks)." in str(
        response.context["edit_form"].errors[field]
    )
    assert "This must be a single line" in response.content.decode()
    assert _snapshot(letter) == before
    # The page still shows the stored letter, not the refused input.
    assert response.context["letter"].subject == before[0]


def test_a_sent_letter_cannot_be_edited(owner_client, letter):
    letter.status, letter.sent_on = Letter.Status.SENT, datetime.date(2025, 3, 20)
    letter.save()
    before = _snapshot(letter)

    page = owner_client.get(_url("letter-detail", letter))
    response = owner_client.post(_url("letter-detail", letter), _edit_data(subject="Changed"))

    assert page.context["edit_form"] is None
    assert response.status_code == 302
    assert _snapshot(letter) == before
    assert any("can no longer be edited" in m for m in _messages(response))


def test_the_letter_page_query_count_does_not_grow_with_the_letters(owner_client, letter):
    def count_queries() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert owner_client.get(_url("letter-detail", letter)).status_code == 200
        return len(queries)

    LetterFactory(rejection=letter.rejection)
    few = count_queries()
    LetterFactory.create_batch(38, rejection=letter.rejection)
    many = count_queries()

    assert few == many


# --- Copy, download, open -------------------------------------------------------------


def test_the_text_download_is_an_attachment_with_subject_and_body(owner_client, letter):
    response = owner_client.get(_url("letter-txt", letter))

    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Content-Disposition"] == (
        'attachment; filename="thank-you-senior-data-analyst.txt"'
    )
    assert response.content.decode() == f"Subject: {letter.subject}\n\n{letter.body}"


def test_a_subject_without_letters_gives_a_plain_filename(owner_client, rejection):
    letter = LetterFactory(rejection=rejection, subject='"; ../../etc/passwd')

    response = owner_client.get(_url("letter-txt", letter))

    assert response["Content-Disposition"] == 'attachment; filename="etcpasswd.txt"'
    letter.subject = "———"
    letter.save()
    response = owner_client.get(_url("letter-txt", letter))
    assert response["Content-Disposition"] == 'attachment; filename="letter.txt"'


def test_the_eml_download_is_a_message_with_to_subject_and_body(owner_client, owner, letter):
    response = owner_client.get(_url("letter-eml", letter))

    assert response["Content-Type"] == "message/rfc822"
    assert response["Content-Disposition"] == (
        'attachment; filename="thank-you-senior-data-analyst.eml"'
    )
    message = email.message_from_bytes(response.content, policy=email.policy.default)
    assert message["To"].addresses[0].addr_spec == "priya@example.com"
    assert message["To"].addresses[0].display_name == letter.recipient_name
    assert message["Subject"] == "Thank you — Senior Data Analyst"
    assert message["From"] == f"owner <{owner.email}>"
    assert message["Reply-To"] == f"owner <{owner.email}>"
    assert message["X-Unsent"] == "1"
    assert message.get_content().replace("\r\n", "\n").rstrip("\n") == letter.body


def test_the_eml_download_without_an_address_has_no_to_header(owner_client, rejection):
    letter = LetterFactory(rejection=rejection, recipient_email="", subject="Hello")

    response = owner_client.get(_url("letter-eml", letter))

    message = email.message_from_bytes(response.content, policy=email.policy.default)
    assert message["To"] is None
    assert message["Subject"] == "Hello"


def test_the_mailto_link_encodes_recipient_subject_and_body(owner_client, rejection):
    letter = LetterFactory(
        rejection=rejection,
        recipient_email="sam@example.com",
        subject="Thanks & more?",
        body="Line one & two\nLine #2 = 100%",
    )

    href = owner_client.get(_url("letter-detail", letter)).context["mailto_url"]

    parts = urlsplit(href)
    assert parts.scheme == "mailto"
    assert unquote(parts.path) == "sam@example.com"
    query = parse_qs(parts.query)
    assert query["subject"] == ["Thanks & more?"]
    assert query["body"] == ["Line one & two\r\nLine #2 = 100%"]
    assert " " not in href and "\n" not in href


# --- Sending and marking sent ---------------------------------------------------------


def test_sending_mails_the_letter_and_marks_it_sent_today(owner_client, owner, letter):
    response = owner_client.post(_url("letter-send", letter))

    assert response.status_code == 302
    assert response.url == letter.rejection.get_absolute_url()
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.to == ["Priya Raman <priya@example.com>"]
    assert sent.reply_to == [f"owner <{owner.email}>"]
    assert sent.subject == letter.subject
    assert sent.body == letter.body
    letter.refresh_from_db()
    assert letter.status == Letter.Status.SENT
    assert letter.sent_on == timezone.localdate()
    assert any("Sent to priya@example.com" in m for m in _messages(response))


def test_sending_a_feedback_request_dates_the_request_on_the_rejection(owner_client, letter):
    letter.kind = "feedback_request"
    letter.save()

    owner_client.post(_url("letter-send", letter))

    letter.rejection.refresh_from_db()
    assert letter.rejection.feedback_requested_on == timezone.localdate()


def test_sending_without_an_address_explains_what_to_do(owner_client, letter):
    letter.recipient_email = ""
    letter.save()

    response = owner_client.post(_url("letter-send", letter))

    assert response.status_code == 302
    assert mail.outbox == []
    assert _snapshot(letter)[4] == Letter.Status.DRAFT
    assert any("e-mail address" in m for m in _messages(response))


def test_a_mail_server_failure_keeps_the_draft_and_says_so(owner_client, letter, monkeypatch):
    def refuse(self, *args, **kwargs):
        raise smtplib.SMTPException("Relay access denied")

    monkeypatch.setattr(EmailMessage, "send", refuse)

    response = owner_client.post(_url("letter-send", letter), follow=True)

    letter.refresh_from_db()
    assert letter.status == Letter.Status.DRAFT
    assert letter.sent_on is None
    assert response.redirect_chain[-1][0] == letter.get_absolute_url()
    assert "could not be sent" in response.content.decode()
    assert "still a draft" in response.content.decode()


def test_a_sent_letter_is_not_sent_twice(owner_client, letter):
    letter.status, letter.sent_on = Letter.Status.SENT, datetime.date(2025, 3, 20)
    letter.save()

    response = owner_client.post(_url("letter-send", letter))

    assert mail.outbox == []
    assert _snapshot(letter)[5] == datetime.date(2025, 3, 20)
    assert any("already sent" in m for m in _messages(response))


def test_marking_sent_with_a_date(owner_client, letter):
    response = owner_client.post(_url("letter-mark-sent", letter), {"sent_on": "2025-03-21"})

    assert response.status_code == 302
    assert response.url == letter.rejection.get_absolute_url()
    letter.refresh_from_db()
    assert letter.status == Letter.Status.SENT
    assert letter.sent_on == datetime.date(2025, 3, 21)
    assert mail.outbox == []


def test_marking_sent_without_a_date_uses_today(owner_client, letter):
    owner_client.post(_url("letter-mark-sent", letter), {"sent_on": ""})

    assert _snapshot(letter)[5] == timezone.localdate()


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("2999-01-01", "Enter a date between"),
        ("not a date", "Enter a valid date"),
    ],
)
def test_a_bad_sent_date_is_refused(owner_client, letter, value, problem):
    response = owner_client.post(_url("letter-mark-sent", letter), {"sent_on": value})

    assert _snapshot(letter)[4] == Letter.Status.DRAFT
    assert any(problem in m for m in _messages(response))


def test_a_sent_date_in_the_future_is_refused(owner_client, letter):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)

    response = owner_client.post(_url("letter-mark-sent", letter), {"sent_on": tomorrow})

    assert _snapshot(letter)[4] == Letter.Status.DRAFT
    assert any("in the future" in m for m in _messages(response))


# --- Deleting -------------------------------------------------------------------------


def test_deleting_asks_first(owner_client, letter):
    response = owner_client.get(_url("letter-delete", letter))

    assert response.status_code == 200
    assert "Delete the letter" in response.content.decode()
    assert Letter.objects.filter(pk=letter.pk).exists()


def test_deleting_removes_the_letter_and_returns_to_the_workspace(owner_client, letter):
    response = owner_client.post(_url("letter-delete", letter))

    assert response.status_code == 302
    assert response.url == letter.rejection.get_absolute_url()
    assert not Letter.objects.filter(pk=letter.pk).exists()


def test_sending_without_a_mail_server_sends_nothing_and_says_what_to_do(
    owner_client, letter, settings
):
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}

    response = owner_client.post(_url("letter-send", letter))

    assert response.status_code == 302
    assert response.url == letter.get_absolute_url()
    assert _snapshot(letter)[4] == Letter.Status.DRAFT
    assert any("no mail server set up" in m for m in _messages(response))


UNICODE_LINE_BREAKS = ["\u2028", "\u2029", "\x85", "\x0b", "\x0c"]


@pytest.mark.parametrize("separator", UNICODE_LINE_BREAKS)
def test_other_line_breaks_in_an_edit_become_spaces_and_the_eml_still_downloads(
    owner_client, letter, separator
):
    data = _edit_data(subject=f"Thank you{separator}again", recipient_name=f"Priya{separator}R")

    response = owner_client.post(_url("letter-detail", letter), data)

    assert response.status_code == 302
    letter.refresh_from_db()
    assert letter.subject == "Thank you again"
    assert letter.recipient_name == "Priya R"
    download = owner_client.get(_url("letter-eml", letter))
    assert download.status_code == 200
    message = email.message_from_bytes(download.content, policy=email.policy.default)
    assert message["Subject"] == "Thank you again"
    assert message["To"].addresses[0].display_name == "Priya R"


@pytest.mark.parametrize("separator", UNICODE_LINE_BREAKS)
def test_a_stored_subject_with_a_line_break_still_downloads_and_sends(
    owner_client, rejection, separator, settings
):
    # As a row saved before these were refused, or written around the forms.
    letter = LetterFactory(
        rejection=rejection, recipient_email="sam@example.com", subject=f"Hi{separator}there"
    )

    download = owner_client.get(_url("letter-eml", letter))

    assert download.status_code == 200
    message = email.message_from_bytes(download.content, policy=email.policy.default)
    assert message["Subject"] == "Hi there"
    response = owner_client.post(_url("letter-send", letter))
    assert response.status_code == 302
    assert [sent.subject for sent in mail.outbox] == ["Hi there"]


@pytest.mark.parametrize("separator", ["\n", "\r", *UNICODE_LINE_BREAKS])
def test_a_template_subject_with_any_line_break_is_refused_by_the_model(separator):
    from django.core.exceptions import ValidationError

    from rejections.models import validate_single_line

    with pytest.raises(ValidationError):
        validate_single_line(f"Thank you{separator}{{position}}")
    validate_single_line("Thank you — {position}")
