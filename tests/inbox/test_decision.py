"""Decisions found by a cue and its object in one sentence, and the guards around them."""

from datetime import datetime, timedelta, timezone

import pytest

from inbox.classify import Kind, classify
from inbox.decision import decisions
from inbox.message import ParsedMessage


def message(text: str, *, subject: str = "", third_party_forward: bool = False):
    return ParsedMessage(
        message_id="x",
        subject=subject,
        sender_name="Jane Doe",
        sender_address="jane@acme.example",
        sent_at=datetime(2026, 3, 2, 9, 0, tzinfo=timezone(timedelta(hours=1))),
        text=text,
        full_text=text,
        forwarded_from=None,
        third_party_forward=third_party_forward,
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # Wordings that no single phrase family names: a cue and an object in one sentence.
        "we have identified candidates who better match the requirements of this position",
        "we're going in a different direction for this hire",
        "your application was not successful",
        "wir haben uns entschieden, den prozess mit dir nicht fortzusetzen",
        "die stelle ist inzwischen besetzt",
        "on a décidé de ne pas aller plus loin avec ta candidature",
        "el puesto de diseñador ux ya ha sido cubierto",
        "hemos decidido seguir adelante con otros candidatos para este proceso",
    ],
)
def test_a_rejection_cue_about_the_application_is_a_decision(sentence):
    assert [(kind, weight) for kind, weight, _, _ in decisions([sentence])] == [("rejection", 1.0)]


@pytest.mark.parametrize(
    "sentence",
    [
        "unfortunately the webinar was cancelled",  # a gloomy word, no cue, no object
        "we decided not to move forward with this change",  # a cue about something else
        "nous ne pouvons pas donner suite aux inscriptions pour cette date",
        "your application is being reviewed by the team",  # an object, no cue
    ],
)
def test_a_cue_without_its_object_or_an_object_without_a_cue_is_not(sentence):
    assert not [d for d in decisions([sentence]) if d[0] == "rejection"]


def test_the_object_may_be_in_the_sentence_before_with_less_weight():
    found = decisions(
        [
            "l'équipe a étudié votre candidature pour le poste de développeur mobile.",
            "malheureusement, elle ne pourra pas y donner une suite favorable.",
        ]
    )
    assert ("rejection", 0.9, 1) in [(kind, weight, number) for kind, weight, number, _ in found]


def test_invitations_and_receipts_are_found_the_same_way():
    kinds = {
        kind
        for kind, _, _, _ in decisions(
            [
                "¿tendrías disponibilidad para una entrevista por videollamada esta semana?",
                "confirmamos la recepción de su solicitud para el puesto de administrativo.",
            ]
        )
    }
    assert kinds == {"interview", "confirmation"}


def test_the_cue_and_object_decide_a_message_the_families_miss():
    result = classify(
        message(
            "Dear Alex,\n\nThank you for your interest in the Claims Data Scientist position.\n\n"
            "We have identified candidates who better match the requirements of this position "
            "and will be concentrating on them going forward.",
            subject="Claims Data Scientist",
        )
    )
    assert result.kind == Kind.REJECTION
    assert "identified candidates" in result.reasons[0]


def test_a_decision_cited_in_quotation_marks_is_not_made():
    result = classify(
        message(
            "In this issue: why 'we've decided to move forward with other candidates' often "
            "means the role was filled internally.",
            subject="The Hiring Digest",
        )
    )
    assert result.kind == Kind.OTHER


def test_a_decision_with_no_job_or_application_in_sight_is_about_something_else():
    result = classify(
        message(
            "Thanks for the contribution! Unfortunately we've decided not to move forward with "
            "this change: the cache belongs in the server.",
            subject="Re: [maps/tiler] Add tile cache (#482)",
        )
    )
    assert result.kind == Kind.OTHER


def test_a_meeting_among_colleagues_is_not_an_invitation():
    result = classify(
        message(
            "Unfortunately the big meeting room is booked tomorrow morning, so let's move "
            "standup to the kitchen at 9:45.",
            subject="standup tomorrow",
        )
    )
    assert result.kind == Kind.OTHER


def test_an_invitation_word_still_counts_without_a_job_word():
    result = classify(message("Gerne möchten wir Sie zu einem persönlichen Gespräch einladen."))
    assert result.kind == Kind.INTERVIEW


def test_someone_elses_forwarded_mail_is_not_the_readers():
    text = "Thank you for applying. We have decided not to move forward with your application."
    assert classify(message(text, subject="Your application")).kind == Kind.REJECTION
    forwarded = classify(message(text, subject="Your application", third_party_forward=True))
    assert forwarded.kind == Kind.OTHER
