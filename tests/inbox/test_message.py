"""Reading raw e-mail: what the inbox keeps of a message, and the messages it refuses."""

import base64
from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inbox.message import MAX_MESSAGE_BYTES, ParsedMessage, UnreadableMessage, parse_message


def raw(headers: str, body: str | bytes, *, charset_header: str | None = None) -> bytes:
    head = headers.strip() + "\n"
    if charset_header:
        head += f"Content-Type: text/plain; charset={charset_header}\n"
    data = body if isinstance(body, bytes) else body.encode()
    return head.encode() + b"\n" + data


BASIC = """From: "Acme Recruiting" <No-Reply@Acme.example>
To: alex@example.com
Subject: Your application
Date: Tue, 3 Mar 2026 10:00:00 +0100
Message-ID: <abc.123@acme.example>"""


def test_headers_are_read_and_normalised():
    message = parse_message(raw(BASIC, "Hello Alex,\nthanks for applying.\n"))
    assert isinstance(message, ParsedMessage)
    assert message.message_id == "abc.123@acme.example"
    assert message.subject == "Your application"
    assert message.sender_name == "Acme Recruiting"
    assert message.sender_address == "no-reply@acme.example"
    assert message.sent_at == datetime(2026, 3, 3, 9, 0, tzinfo=UTC)
    assert message.sent_at.utcoffset() == timedelta(hours=1)
    assert message.text == "Hello Alex,\nthanks for applying."
    assert message.forwarded_from is None


def test_a_missing_message_id_becomes_a_stable_hash_of_the_bytes():
    data = raw("From: a@b.example\nSubject: Hi", "Body")
    first, second = parse_message(data), parse_message(data)
    assert first.message_id == second.message_id
    assert first.message_id.startswith("sha256-")
    assert parse_message(data + b" more").message_id != first.message_id


def test_a_folded_subject_is_one_line():
    message = parse_message(
        raw("From: a@b.example\nSubject: Your application\n  for Data\n\tAnalyst", "x")
    )
    assert message.subject == "Your application for Data Analyst"
    assert "\n" not in message.subject


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Date: Tue, 3 Mar 2026 10:00:00", datetime(2026, 3, 3, 10, 0, tzinfo=UTC)),
        ("Date: Tue, 3 Mar 2026 10:00:00 -0000", datetime(2026, 3, 3, 10, 0, tzinfo=UTC)),
        ("Date: yesterday at noon", None),
        ("Date: Tue, 31 Feb 2026 10:00:00 +0000", None),
        ("X-No-Date: 1", None),
    ],
)
def test_the_date_is_aware_utc_when_zoneless_and_none_when_invalid(header, expected):
    message = parse_message(raw(f"From: a@b.example\n{header}", "x"))
    assert message.sent_at == expected
    if message.sent_at is not None:
        assert message.sent_at.tzinfo is not None


def test_encoded_words_in_headers_are_decoded():
    message = parse_message(
        raw(
            "From: =?utf-8?q?J=C3=BCrgen_M=C3=BCller?= <jm@firma.example>\n"
            "Subject: =?iso-8859-1?q?Ihre_Bewerbung_bei_uns_=28M=FCnchen=29?=",
            "x",
        )
    )
    assert message.sender_name == "Jürgen Müller"
    assert message.subject == "Ihre Bewerbung bei uns (München)"


def test_quoted_printable_and_base64_bodies_are_decoded():
    qp = raw(
        "From: a@b.example\nContent-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable",
        "Nous avons bien re=C3=A7u votre candidature pour le poste de d=C3=A9veloppeur=\n ici.",
    )
    assert (
        parse_message(qp).text
        == "Nous avons bien reçu votre candidature pour le poste de développeur ici."
    )
    b64 = raw(
        "From: a@b.example\nContent-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: base64",
        base64.encodebytes("Hemos recibido tu candidatura. ¡Gracias!".encode()),
    )
    assert parse_message(b64).text == "Hemos recibido tu candidatura. ¡Gracias!"


def test_a_wrong_charset_label_falls_back_without_crashing():
    # Labelled ASCII, actually UTF-8.
    message = parse_message(
        raw("From: a@b.example", "Grüße aus Köln".encode(), charset_header="us-ascii")
    )
    assert message.text == "Grüße aus Köln"
    # Labelled UTF-8, actually Windows-1252.
    message = parse_message(
        raw("From: a@b.example", "Grüße – danke".encode("cp1252"), charset_header="utf-8")
    )
    assert message.text == "Grüße – danke"
    # A charset nobody knows.
    message = parse_message(
        raw("From: a@b.example", "Café".encode("latin-1"), charset_header="x-klingon-7")
    )
    assert message.text == "Café"


def test_an_html_only_message_is_turned_into_text_without_markup_or_scripts():
    body = (
        "<html><head><style>p{color:red}</style><title>T</title></head><body>"
        "<p>Dear Alex,</p><p>We would like to <b>invite you</b> to an interview.</p>"
        "<script>alert(1)</script><div>Best&nbsp;wishes &amp; thanks</div></body></html>"
    )
    message = parse_message(raw("From: a@b.example\nContent-Type: text/html; charset=utf-8", body))
    assert [line for line in message.text.splitlines() if line][:2] == [
        "Dear Alex,",
        "We would like to invite you to an interview.",
    ]
    assert "alert" not in message.full_text and "color" not in message.full_text
    assert "<" not in message.full_text


def test_multipart_alternative_prefers_the_plain_part_and_skips_attachments():
    mail = EmailMessage()
    mail["From"] = "Jobs <jobs@acme.example>"
    mail["Subject"] = "Interview"
    mail.set_content("Plain version.")
    mail.add_alternative("<p>HTML version.</p>", subtype="html")
    mail.add_attachment(
        b"%PDF-1.4 binary", maintype="application", subtype="pdf", filename="cv.pdf"
    )
    mail.add_attachment("Attached notes text", filename="notes.txt")
    message = parse_message(mail.as_bytes())
    assert message.text == "Plain version."
    assert "Attached notes" not in message.full_text


def test_a_reply_keeps_only_the_new_part():
    body = (
        "Thanks a lot, I appreciate the quick answer.\n\n"
        "On Tue, 3 Mar 2026 at 10:02, Jane Doe <jane@acme.example> wrote:\n"
        "> Unfortunately we have decided not to move forward with your application.\n"
        "> Best, Jane\n"
    )
    message = parse_message(raw("From: a@b.example\nSubject: Re: Your application", body))
    assert message.text == "Thanks a lot, I appreciate the quick answer."
    assert "decided not to move forward" in message.full_text


@pytest.mark.parametrize(
    "header",
    [
        "Am 03.03.2026 um 10:02 schrieb Jane Doe <jane@acme.example>:",
        "Le mar. 3 mars 2026 à 10:02, Jane Doe <jane@acme.example> a écrit :",
        "El mar, 3 mar 2026 a las 10:02, Jane Doe (<jane@acme.example>) escribió:",
        "-----Original Message-----",
    ],
)
def test_reply_headers_in_four_languages_end_the_new_part(header):
    body = f"Danke!\n\n{header}\nLeider müssen wir Ihnen absagen.\n"
    assert parse_message(raw("From: a@b.example", body)).text == "Danke!"


def test_an_outlook_reply_header_block_ends_the_new_part():
    body = (
        "Sounds good, see you then.\n\n"
        "From: Jane Doe <jane@acme.example>\nSent: Tuesday, March 3, 2026 10:02 AM\n"
        "To: Alex\nSubject: Interview\n\nWe regret to inform you ...\n"
    )
    assert parse_message(raw("From: a@b.example", body)).text == "Sounds good, see you then."


def test_an_inline_forward_keeps_the_original_and_its_sender():
    body = (
        "FYI - look at this one.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Acme Talent <talent@acme.example>\n"
        "Date: Mon, Mar 2, 2026 at 4:11 PM\n"
        "Subject: Your application\n"
        "To: <alex@example.com>\n\n"
        "Dear Alex,\nwe are pleased to offer you the role.\n\nBest regards,\nAcme Talent\n"
    )
    message = parse_message(
        raw("From: Alex <alex@example.com>\nSubject: Fwd: Your application", body)
    )
    assert message.forwarded_from == ("Acme Talent", "talent@acme.example")
    assert message.text == "Dear Alex,\nwe are pleased to offer you the role."
    assert "FYI" not in message.text
    assert message.signature.startswith("Best regards")


def test_a_forward_as_attachment_uses_the_attached_message():
    inner = EmailMessage()
    inner["From"] = "Globex HR <hr@globex.example>"
    inner["Subject"] = "Interview invitation"
    inner.set_content("We would like to invite you to an interview.")
    outer = EmailMessage()
    outer["From"] = "alex@example.com"
    outer["Subject"] = "Fwd: Interview invitation"
    outer.set_content("See attached.")
    outer.add_attachment(inner)
    message = parse_message(outer.as_bytes())
    assert message.forwarded_from == ("Globex HR", "hr@globex.example")
    assert message.text == "We would like to invite you to an interview."
    assert "See attached." in message.full_text


def test_the_signature_is_cut_from_the_new_part():
    body = "We received your application.\n\n-- \nJane Doe\nAcme Inc.\n"
    message = parse_message(raw("From: a@b.example", body))
    assert message.text == "We received your application."
    assert message.signature == "Jane Doe\nAcme Inc."


def test_full_text_is_bounded():
    message = parse_message(raw("From: a@b.example", "word " * 100_000))
    assert len(message.full_text) <= 100_000


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"   \r\n\r\n  ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
        (b"just some words, no headers at all\nsecond line\n", "none of the From"),
    ],
)
def test_unreadable_input_gives_a_clear_message(data, words):
    with pytest.raises(UnreadableMessage) as error:
        parse_message(data)
    assert words in str(error.value)


def test_a_30_mb_message_is_refused_without_parsing():
    data = b"From: a@b.example\nSubject: big\n\n" + b"x" * (30 * 1024 * 1024)
    assert len(data) > MAX_MESSAGE_BYTES
    with pytest.raises(UnreadableMessage, match="30 MB"):
        parse_message(data)


def test_a_malformed_message_still_parses_what_it_can():
    data = (
        b"From: <<broken@@address>>\nSubject: Re: \xff\xfeweird\nDate: not a date\n"
        b'Content-Type: multipart/mixed; boundary="nope"\n'
        b"Content-Transfer-Encoding: base64\n\n!!!not base64 at all!!!\n--nope\n"
    )
    message = parse_message(data)
    assert message.sent_at is None
    assert isinstance(message.text, str)


def test_a_non_bytes_argument_is_refused():
    with pytest.raises(UnreadableMessage):
        parse_message("From: a@b.example\n\nhello")  # type: ignore[arg-type]


def test_a_zoned_date_keeps_its_offset():
    message = parse_message(raw("From: a@b.example\nDate: Wed, 4 Mar 2026 09:30:00 -0800", "x"))
    assert message.sent_at.utcoffset() == timezone(timedelta(hours=-8)).utcoffset(None)


@given(st.binary(max_size=3000))
@settings(max_examples=150, deadline=None)
def test_any_bytes_are_read_or_refused_with_a_reason(data):
    try:
        message = parse_message(data)
    except UnreadableMessage as error:
        assert str(error)
    else:
        assert isinstance(message.text, str)


@given(
    st.text(max_size=300),
    st.sampled_from(["utf-8", "latin-1", "x-unknown", "utf-16", ""]),
    st.sampled_from(["7bit", "base64", "quoted-printable", "x-nonsense"]),
    st.sampled_from(["text/plain", "text/html", "multipart/mixed", "message/rfc822"]),
)
@settings(max_examples=150, deadline=None)
def test_any_body_under_any_labels_is_read_and_classified(body, charset, transfer, content_type):
    from inbox.classify import classify

    label = f"; charset={charset}" if charset else ""
    head = (
        f"From: Someone <a@b.example>\nSubject: Re: {body[:40]!r}\nDate: {body[:20]!r}\n"
        f"Content-Type: {content_type}{label}\nContent-Transfer-Encoding: {transfer}\n\n"
    )
    message = parse_message(head.encode() + body.encode("utf-8", "surrogatepass"))
    result = classify(message)
    assert result.kind in {"rejection", "interview", "confirmation", "offer", "other"}
    assert 0 <= result.confidence <= 1


def _forward(sender: str, to: str, original_to: str) -> bytes:
    return (
        f"From: {sender}\r\nTo: {to}\r\nSubject: Fwd: Your application to Vantage Cloud\r\n"
        "Date: Thu, 07 May 2026 20:30:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "look at this\r\n\r\n---------- Forwarded message ---------\r\n"
        "From: Vantage Cloud <careers@vantagecloud.com>\r\nDate: Thu, May 7, 2026 at 4:02 PM\r\n"
        f"Subject: Your application to Vantage Cloud\r\nTo: {original_to}\r\n\r\n"
        "Dear Sam,\r\n\r\nWe have decided not to move forward with your application.\r\n"
    ).encode()


def test_a_friend_forwarding_their_own_mail_is_a_third_party_forward():
    parsed = parse_message(
        _forward(
            "Sam Patel <sam.patel@example.net>",
            "Alex Morgan <alex.morgan@example.org>",
            "<sam.patel@example.net>",
        )
    )
    assert parsed.forwarded_from == ("Vantage Cloud", "careers@vantagecloud.com")
    assert parsed.third_party_forward


@pytest.mark.parametrize(
    ("sender", "to", "original_to"),
    [
        # The reader forwards their own mail to an archive address (no name on it).
        ("Alex Morgan <alex@work.example>", "alex.archive@example.org", "<alex@work.example>"),
        # ... or to another of their addresses, under the same name.
        ("Alex Morgan <alex@work.example>", "Alex Morgan <alex@home.example>", "alex@work.example"),
        # A friend forwards mail that was sent to the reader in the first place.
        (
            "Sam Patel <sam.patel@example.net>",
            "Alex Morgan <alex.morgan@example.org>",
            "<alex.morgan@example.org>",
        ),
    ],
)
def test_the_readers_own_mail_forwarded_is_not_a_third_party_forward(sender, to, original_to):
    assert not parse_message(_forward(sender, to, original_to)).third_party_forward
