"""The classifier on single messages: each rule family, the hard negatives, extraction."""

import json
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from inbox.classify import Classification, Kind, classify
from inbox.message import ParsedMessage


def message(
    text: str,
    *,
    subject: str = "",
    sender: str = "Jane Doe",
    address: str = "jane@acme.example",
    sent_at: datetime | None = None,
    signature: str = "",
    forwarded_from=None,
) -> ParsedMessage:
    return ParsedMessage(
        message_id="x",
        subject=subject,
        sender_name=sender,
        sender_address=address,
        sent_at=sent_at or datetime(2026, 3, 2, 9, 0, tzinfo=timezone(timedelta(hours=1))),
        text=text,
        full_text=text,
        forwarded_from=forwarded_from,
        signature=signature,
    )


def test_kinds_are_the_documented_values():
    assert [k.value for k in Kind] == ["rejection", "interview", "confirmation", "offer", "other"]


@pytest.mark.parametrize(
    ("text", "kind", "language"),
    [
        (
            "Thank you for applying. After careful consideration we have decided to move forward "
            "with "
            "other candidates for this role.",
            Kind.REJECTION,
            "en",
        ),
        (
            "Your application was unsuccessful on this occasion. We wish you the best.",
            Kind.REJECTION,
            "en",
        ),
        (
            "Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Kandidaten "
            "entschieden "
            "haben.",
            Kind.REJECTION,
            "de",
        ),
        (
            "Nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour "
            "le poste.",
            Kind.REJECTION,
            "fr",
        ),
        (
            "Lamentamos informarte que hemos decidido continuar con otros candidatos para el "
            "puesto.",
            Kind.REJECTION,
            "es",
        ),
        (
            "We would like to invite you to a 45-minute video interview with the team.",
            Kind.INTERVIEW,
            "en",
        ),
        ("Gerne möchten wir Sie zu einem persönlichen Gespräch einladen.", Kind.INTERVIEW, "de"),
        ("Nous souhaitons vous inviter à un entretien avec notre équipe.", Kind.INTERVIEW, "fr"),
        (
            "Nos gustaría invitarte a una entrevista con el equipo la próxima semana.",
            Kind.INTERVIEW,
            "es",
        ),
        (
            "We have received your application and our team will review it shortly.",
            Kind.CONFIRMATION,
            "en",
        ),
        ("Vielen Dank für Ihre Bewerbung, die bei uns eingegangen ist.", Kind.CONFIRMATION, "de"),
        (
            "Nous avons bien reçu votre candidature et nous reviendrons vers vous.",
            Kind.CONFIRMATION,
            "fr",
        ),
        ("Hemos recibido tu candidatura y la revisaremos con atención.", Kind.CONFIRMATION, "es"),
        (
            "We are delighted to offer you the position of Data Analyst. The offer letter is "
            "attached.",
            Kind.OFFER,
            "en",
        ),
    ],
)
def test_each_kind_in_each_language(text, kind, language):
    result = classify(message(text))
    assert isinstance(result, Classification)
    assert result.kind == kind
    assert result.language == language
    assert 0.5 <= result.confidence <= 1
    assert result.reasons


@pytest.mark.parametrize(
    "text",
    [
        # A decision written as a condition is not a decision.
        "We have received your application. If we decide not to move forward, we will let you "
        "know.",
        # Newsletters say "unfortunately" too.
        "Unfortunately, the market was slow this quarter. Read our newsletter. Unsubscribe here.",
        "I am out of the office until Monday with limited access to email.",
        "New jobs for you: Data Analyst at Globex, Data Engineer at Initech. Unsubscribe.",
        "I came across your profile and would love to chat about an exciting opportunity. "
        "Would you be open to a quick call?",
    ],
)
def test_hard_negatives_are_not_rejections(text):
    assert classify(message(text)).kind != Kind.REJECTION


def test_out_of_office_is_other_even_if_it_mentions_an_interview():
    text = "Automatic reply: I am out of the office. For interview scheduling please contact Tom."
    assert classify(message(text, subject="Automatic reply: Interview")).kind == Kind.OTHER


def test_the_deciding_sentence_comes_first():
    text = (
        "Hi Alex. Thanks for your time last week. Unfortunately, we have decided not to "
        "proceed with your application. We wish you all the best in your search."
    )
    reasons = classify(message(text)).reasons
    assert reasons[0] == "Unfortunately, we have decided not to proceed with your application."


def test_a_rejection_after_an_interview_is_a_rejection():
    text = (
        "Thank you for interviewing with us. We have decided not to move forward with your "
        "candidacy."
    )
    assert classify(message(text)).kind == Kind.REJECTION


@pytest.mark.parametrize(
    ("sender", "address", "text", "company"),
    [
        ("Acme Recruiting", "no-reply@greenhouse.io", "x", "Acme"),
        (
            "Jane Doe",
            "jane.doe@northwind-analytics.com",
            "Greetings from Northwind Analytics.",
            "Northwind Analytics",
        ),
        ("Jane Doe", "jane@initech.com", "x", "Initech"),
        ("Workday", "globex@myworkday.com", "x", "Globex"),
        (
            "no-reply",
            "no-reply@ashbyhq.com",
            "Thank you for your interest in Vandelay Industries.",
            "Vandelay Industries",
        ),
        ("Jane Doe", "jane.doe@gmail.com", "Thanks for applying to Hooli.", "Hooli"),
        ("Jane Doe | Umbrella Corp", "jane@hire.lever.co", "x", "Umbrella Corp"),
    ],
)
def test_company_from_sender_ats_domain_and_body(sender, address, text, company):
    assert classify(message(text, sender=sender, address=address)).company == company


def test_a_forwarded_message_uses_the_original_sender_for_the_company():
    result = classify(
        message(
            "We have decided not to move forward with your application.",
            sender="Alex",
            address="alex@gmail.com",
            forwarded_from=("Talent", "talent@globex.com"),
        )
    )
    assert result.company == "Globex"


@pytest.mark.parametrize(
    ("subject", "text", "position"),
    [
        ("Your application for Senior Data Engineer at Acme", "x", "Senior Data Engineer"),
        ("Re: Application: Product Designer (Req #1234)", "x", "Product Designer"),
        ("Ihre Bewerbung als Data Analyst (m/w/d)", "x", "Data Analyst"),
        ("Votre candidature au poste de Chef de projet", "x", "Chef de projet"),
        ("Tu candidatura para el puesto de Desarrollador Backend", "x", "Desarrollador Backend"),
        (
            "Update",
            "Thank you for applying for the Backend Engineer position at Acme.",
            "Backend Engineer",
        ),
    ],
)
def test_position_from_subject_or_body(subject, text, position):
    assert classify(message(text, subject=subject)).position == position


BERLIN = timezone(timedelta(hours=1))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We'd like to invite you to an interview on March 12, 2026 at 2:30 PM PST.",
            datetime(2026, 3, 12, 14, 30, tzinfo=timezone(timedelta(hours=-8))),
        ),
        (
            "We'd like to invite you to an interview on Thursday, 5 March at 10:00 CET.",
            datetime(2026, 3, 5, 10, 0, tzinfo=BERLIN),
        ),
        (
            "Wir möchten Sie zu einem Vorstellungsgespräch am 12.03.2026 um 14:00 Uhr einladen.",
            datetime(2026, 3, 12, 14, 0, tzinfo=BERLIN),
        ),
        (
            "Nous souhaitons vous inviter à un entretien le mardi 10 mars à 15h30 "
            "(heure de Paris).",
            datetime(2026, 3, 10, 15, 30, tzinfo=ZoneInfo("Europe/Paris")),
        ),
        (
            "Queremos invitarte a una entrevista mañana a las 10:00 (UTC+2).",
            datetime(2026, 3, 3, 10, 0, tzinfo=timezone(timedelta(hours=2))),
        ),
        (
            "We would like to invite you to an interview next Tuesday at 4pm Eastern Time.",
            datetime(2026, 3, 3, 16, 0, tzinfo=ZoneInfo("America/New_York")),
        ),
    ],
)
def test_the_proposed_time_with_its_zone(text, expected):
    result = classify(message(text))
    assert result.kind == Kind.INTERVIEW
    assert result.event_at == expected
    assert result.event_at.utcoffset() == expected.utcoffset()


def test_an_invitation_without_a_time_has_no_event():
    result = classify(message("We would like to invite you to an interview. Please pick a slot."))
    assert result.kind == Kind.INTERVIEW
    assert result.event_at is None


# --- The labelled corpus -----------------------------------------------------------------


def test_every_corpus_message_is_labelled_and_every_label_has_its_message():
    from bench.inbox_bench import CORPUS

    labels = json.loads((CORPUS / "labels.json").read_text())
    files = {path.name for path in CORPUS.glob("*.eml")}
    assert files == set(labels)
    assert len(files) >= 80
    kinds = {label["kind"] for label in labels.values()}
    assert kinds == {kind.value for kind in Kind}
    assert {label["language"] for label in labels.values()} == {"en", "de", "fr", "es"}


def test_the_corpus_meets_the_targets():
    """Rejection precision >= 0.97 and recall >= 0.95, interview and confirmation F1 >= 0.9,
    company right >= 0.9 on the development parts (every part the rules were tuned on; the
    benchmark prints the same figures)."""
    from bench.inbox_bench import TARGETS, evaluate, load

    figures = evaluate(load("development"))
    failing = {
        key: figures[key]
        for key, target in TARGETS.items()
        if key != "messages_per_second" and figures[key] < target
    }
    assert not failing, (failing, figures["errors"])
    assert figures["event_accuracy"] >= 0.9, figures["errors"]


def test_the_held_out_parts_keep_their_first_run_figures():
    """The held-out parts are never tuned or trained on; each only must not get worse than
    when it was first measured (the README gives the figures)."""
    from bench.inbox_bench import HELD_OUT, HELD_OUT_FLOOR, evaluate, load

    assert set(HELD_OUT_FLOOR) == set(HELD_OUT)
    for split in HELD_OUT:
        figures = evaluate(load(split))
        assert figures["messages"] >= 30
        for key, floor in HELD_OUT_FLOOR[split].items():
            assert figures[key] >= floor, (split, key, figures["errors"])


def test_development_and_held_out_parts_split_the_corpus():
    from bench.inbox_bench import HELD_OUT, load

    development = {name for name, _, _ in load("development")}
    held_out = {name for split in HELD_OUT for name, _, _ in load(split)}
    assert development and held_out and not development & held_out
    assert development | held_out == {name for name, _, _ in load("all")}


# --- The statistical fallback (inbox/model.py) ------------------------------------------------


def test_model_features_fold_case_and_accents():
    from inbox.model import features

    assert features("Leider NICHT geklappt – ÉCHEC, Straße 12 a") == [
        "leider",
        "nicht",
        "geklappt",
        "echec",
        "strasse",
        "leider nicht",
        "nicht geklappt",
        "geklappt echec",
        "echec strasse",
    ]


def test_the_shipped_model_is_what_training_produces():
    """``python -m inbox.train`` rebuilds inbox/model.json byte for byte."""
    from inbox.model import MODEL_FILE
    from inbox.train import dump, train, training_texts

    assert MODEL_FILE.read_text(encoding="utf-8") == dump(train(training_texts()))


def test_training_never_reads_the_held_out_parts():
    from bench.inbox_bench import HELD_OUT, load
    from inbox.train import HELD_OUT as SKIPPED
    from inbox.train import training_texts

    assert set(SKIPPED) == set(HELD_OUT)
    assert len(training_texts()) == len(load("development"))


def test_the_model_loads_and_predicts_a_probability():
    from inbox.model import load_model

    model = load_model()
    assert model is not None
    assert model.classes == ("rejection", "interview", "confirmation", "offer", "other")
    prediction = model.predict("We would like to invite you to an interview for the position.")
    assert prediction.kind == "interview"
    assert 0.5 < prediction.probability <= 1.0
    assert any("invite" in term for term in prediction.terms), prediction.terms
    from inbox.train import training_texts

    texts = training_texts()
    right = sum(model.predict(text).kind == kind for kind, text in texts)
    assert right >= 0.95 * len(texts)


class _Sure:
    """A stand-in model that is sure of one kind, to test how the rules use the model."""

    def __init__(self, kind, probability=0.999):
        from inbox.model import Prediction

        self.prediction = Prediction(kind, probability, ("not take", "take your"))

    def predict(self, text):
        return self.prediction


@pytest.fixture
def sure_model(monkeypatch):
    import inbox.classify

    def use(kind, probability=0.999):
        monkeypatch.setattr(inbox.classify, "load_model", lambda: _Sure(kind, probability))

    return use


NO_RULE = (
    "Thanks for your application for the Data Analyst role. Sadly it's a pass from the "
    "team this time around."
)


def test_the_model_decides_only_when_no_rule_fires_and_with_less_confidence(sure_model):
    from inbox.model import CEILING
    from inbox.services import AUTO_CONFIDENCE

    sure_model("rejection")
    result = classify(message(NO_RULE, subject="Data Analyst"))
    assert result.kind == Kind.REJECTION
    assert result.reasons == ("model: wording like “not take”, “take your”",)
    assert 0.5 <= result.confidence <= CEILING < AUTO_CONFIDENCE
    # A rule that fires decides: the model is not asked.
    sure_model("offer")
    ruled = classify(
        message(
            "Thank you for your application. Unfortunately we have decided not to move "
            "forward with your application."
        )
    )
    assert ruled.kind == Kind.REJECTION
    assert not ruled.reasons[0].startswith("model:")


def test_the_model_below_its_threshold_or_saying_other_changes_nothing(sure_model):
    from inbox.model import THRESHOLD

    sure_model("rejection", THRESHOLD - 0.01)
    assert classify(message(NO_RULE)).kind == Kind.OTHER
    sure_model("other")
    assert classify(message(NO_RULE)).kind == Kind.OTHER


def test_the_model_is_not_asked_about_mail_that_is_not_about_an_application(sure_model):
    sure_model("rejection")
    # Nothing about an application, a job or a position.
    assert classify(message("Sadly the garden party is off this weekend.")).kind == Kind.OTHER
    # Someone else's mail forwarded to the reader.
    forwarded = message(NO_RULE, forwarded_from=("Acme Jobs", "jobs@acme.example"))
    forwarded = ParsedMessage(**{**forwarded.__dict__, "third_party_forward": True})
    assert classify(forwarded).kind == Kind.OTHER
    # Out-of-office and bulk mail.
    away = "I am out of the office until Monday with limited access to e-mail. " + NO_RULE
    assert classify(message(away, subject="Automatic reply: Data Analyst")).kind == Kind.OTHER
    bulk = NO_RULE + "\n\nUnsubscribe: https://news.example/unsubscribe"
    assert classify(message(bulk)).kind == Kind.OTHER


def test_without_a_model_file_the_rules_work_alone(monkeypatch, tmp_path):
    import inbox.model

    monkeypatch.setattr(inbox.model, "MODEL_FILE", tmp_path / "missing.json")
    inbox.model.load_model.cache_clear()
    try:
        assert inbox.model.load_model() is None
        assert classify(message(NO_RULE)).kind == Kind.OTHER
        (tmp_path / "missing.json").write_text('{"classes": ["a"], "prior": [0], "weights": ')
        inbox.model.load_model.cache_clear()
        assert inbox.model.load_model() is None
    finally:
        inbox.model.load_model.cache_clear()


def test_the_model_reads_unseen_wordings_in_the_held_out_parts():
    """Rejections no rule names, decided by the model (measured, never trained on)."""
    from pathlib import Path

    from inbox.message import parse_message

    corpus = Path(__file__).parent / "corpus"
    result = classify(parse_message((corpus / "h9-rej-de-2.eml").read_bytes()))
    assert result.kind == Kind.REJECTION
    assert result.reasons[0].startswith("model: wording like")
    # Read by the model when it was first measured; since the cue families for a negated
    # verb of motion ("won't be taking … forward") a rule decides it.
    result = classify(parse_message((corpus / "h8-rej-en-1-teamtailor.eml").read_bytes()))
    assert result.kind == Kind.REJECTION


@pytest.mark.parametrize(
    ("subject", "text", "what"),
    [
        (
            "Your application",
            "Thank you for your application for the Brennan Travel Grant. We regret to inform "
            "you that we have decided not to proceed with your application.",
            "funding",
        ),
        (
            "Bewerbung um einen Studienplatz",
            "Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht berücksichtigen "
            "konnten.",
            "study place",
        ),
        (
            "Votre dossier",
            "Merci pour votre candidature pour l'appartement. Le propriétaire a retenu un "
            "autre candidat.",
            "home",
        ),
        (
            "Tu propuesta de ponencia",
            "Gracias por tu propuesta de ponencia. Lamentamos comunicarte que tu candidatura "
            "no ha sido seleccionada.",
            "talk or paper",
        ),
    ],
)
def test_a_refusal_of_something_that_is_not_a_job_is_other(subject, text, what):
    result = classify(message(text, subject=subject))
    assert result.kind == Kind.OTHER
    assert result.reasons[0].startswith(f"about {what}, not a job")


def test_a_job_that_sounds_like_a_programme_or_a_fellowship_is_still_a_job():
    trainee = message(
        "Thank you for applying to the Graduate Trainee Programme. We have decided not to "
        "move forward with your application for one of the trainee positions.",
        subject="Your application: Graduate Trainee Programme",
    )
    assert classify(trainee).kind == Kind.REJECTION
    fellow = message(
        "Thank you for your application for the post of Research Fellow. We have decided to "
        "offer the position to another applicant.",
        subject="Research Fellow",
        sender="University HR",
        address="hr@university.example",
    )
    assert classify(fellow).kind == Kind.REJECTION


@pytest.mark.parametrize(
    "text",
    [
        "After the final interview the team has decided not to extend you an offer for the "
        "Analyst role.",
        "Thanks for your application for the Analyst role. Sadly we won't be carrying yours "
        "through to the next round.",
        "Thanks for interviewing for the Analyst role. We've settled on someone else.",
        "Für die Stelle als Analyst hat es leider nicht gereicht.",
        "Merci pour votre candidature au poste d'analyste. Nous avons choisi quelqu'un d'autre.",
        "Tras revisar tu candidatura para el puesto, hemos decidido descartarla.",
    ],
)
def test_rejection_cue_families_beyond_fixed_wordings(text):
    assert classify(message(text)).kind == Kind.REJECTION


@pytest.fixture
def rules_only(monkeypatch, tmp_path):
    """The rules without the statistical fallback, so a test shows what a rule does."""
    import inbox.model

    monkeypatch.setattr(inbox.model, "MODEL_FILE", tmp_path / "missing.json")
    inbox.model.load_model.cache_clear()
    yield
    inbox.model.load_model.cache_clear()


@pytest.mark.parametrize(
    "text",
    [
        # a positive decision refused; someone chosen instead
        "Für die Stelle als Analystin können wir Ihnen leider keine Zusage geben.",
        "Danke für Ihre Bewerbung. Wir haben uns für jemanden entschieden, der mehr Erfahrung "
        "mitbringt.",
        # the position is not filled at all
        "Die ausgeschriebene Stelle wird aus Budgetgründen nicht besetzt.",
        "We regret that the advertised role will not be filled this year after all.",
        # the reader did not make it through; another way chosen for the hire
        "Your application did not make it to the final round.",
        "Quick note: we went a different way for the analyst hire.",
        # the choice did not fall on the reader
        "Merci pour votre candidature. Notre choix ne s'est pas porté sur vous.",
        "Vielen Dank für Ihre Bewerbung. Die Wahl ist diesmal nicht auf Sie gefallen.",
        # going on with other profiles; an interview that will not be offered
        "Pour le poste de comptable, nous avons décidé de continuer avec d'autres profils.",
        "Nous ne sommes pas en mesure de vous inviter à un entretien pour ce poste.",
    ],
)
def test_round_7_rejection_structures(rules_only, text):
    assert classify(message(text)).kind == Kind.REJECTION


def test_a_negation_before_an_invitation_cancels_it(rules_only):
    refused = message(
        "Merci pour votre candidature. Nous ne pourrons malheureusement pas vous proposer "
        "d'entretien."
    )
    assert classify(refused).kind == Kind.REJECTION
    invited = message(
        "Merci pour votre candidature. Nous aimerions vous proposer un entretien la semaine "
        "prochaine."
    )
    assert classify(invited).kind == Kind.INTERVIEW


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # a phone screen offered after "thanks for applying" is not recruiter outreach
        (
            "Thanks for applying to Acme! I'm the recruiter for this role and I'd like to set "
            "up a short phone screen. Pick any slot on my calendar: https://cal.example/x",
            "Quick chat?",
        ),
        # the meeting named in the sentence after the day and time
        (
            "Danke für deine Bewerbung. Passt dir Dienstag, der 3.3., um 9:30 Uhr? Wir treffen "
            "uns per Zoom.",
            "Nächster Schritt",
        ),
        # a named round with a day and time
        (
            "Thanks for your application. The team would like to do the technical round on "
            "Monday, 9 March at 11:00 AM.",
            "Next step",
        ),
        # Quebec French
        (
            "Merci pour ta candidature. On aimerait te rencontrer pour une première entrevue.",
            "Entrevue",
        ),
    ],
)
def test_round_7_invitations(rules_only, text, subject):
    assert classify(message(text, subject=subject)).kind == Kind.INTERVIEW


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for applying. This email confirms that we have your CV on file.",
        "Su candidatura ha quedado registrada en nuestro sistema.",
        "Ihre Bewerbung wurde erfolgreich registriert.",
    ],
)
def test_round_7_confirmations(rules_only, text):
    assert classify(message(text)).kind == Kind.CONFIRMATION


def test_a_non_job_word_in_an_interviewers_title_does_not_make_it_non_job(rules_only):
    # What was applied for decides ("Bewerbung als …", "(m/w/d)"), not any word in the body.
    text = (
        "Ihre Bewerbung als Immobilienkauffrau hat uns gefallen. Wir laden Sie herzlich zu "
        "einem Vorstellungsgespräch ein.\nGesprächspartner: Herr Krug (Leitung Vermietung)"
    )
    result = classify(message(text, sender="Hafen Immobilien", address="jobs@hafen.example"))
    assert result.kind == Kind.INTERVIEW
    posting = message(
        "Wir laden Sie zu einem Gespräch ein. Ansprechpartnerin: Frau Roth (Vermietung)",
        subject="Einladung – Immobilienkaufmann (m/w/d)",
        sender="Hafen Immobilien",
        address="jobs@hafen.example",
    )
    assert classify(posting).kind == Kind.INTERVIEW
    # a flat applied for stays non-job
    flat = message(
        "Vielen Dank für Ihre Bewerbung um die Wohnung. Leider haben wir uns für andere "
        "Mietinteressenten entschieden.",
        sender="Hafen Immobilien",
        address="vermietung@hafen.example",
    )
    assert classify(flat).kind == Kind.OTHER


@pytest.mark.parametrize(
    ("subject", "text", "position"),
    [
        ("Your application: R-20431 Data Analyst", "Thanks for applying.", "Data Analyst"),
        ("", "Sie haben sich auf die Stelle JR-1187 Netzplaner beworben.", "Netzplaner"),
        (
            "",
            "Your application for Senior Data Analyst landed safely with us.",
            "Senior Data Analyst",
        ),
        ("", "Für die Stelle als Product Owner hat es nicht gereicht.", "Product Owner"),
        ("", "Tu candidatura al puesto de Jefe de Proyecto nos ha gustado.", "Jefe de Proyecto"),
        # lower-case words that belong to the title stay
        (
            "",
            "Merci pour votre candidature au poste de Chargé de communication.",
            "Chargé de communication",
        ),
    ],
)
def test_position_without_requisition_prefix_or_the_rest_of_the_sentence(subject, text, position):
    assert classify(message(text, subject=subject)).position == position


@pytest.mark.parametrize(
    ("subject", "text", "sender", "address"),
    [
        # a work entered for a selection, refused: the thing named before its verb
        (
            "Jury decision",
            "Thank you for your application and for entering your documentary. Unfortunately "
            "we will not be moving forward: your film was not selected for screening.",
            "Northfield Screen Days",
            "entries@northfield-screen.example",
        ),
        (
            "Résultat",
            "Merci pour votre candidature. Nous avons le regret de vous informer que votre "
            "court-métrage n'a pas été retenu pour la compétition.",
            "Rencontres du Cinéma",
            "selection@rencontres.example",
        ),
        (
            "Bewerbung Künstlerresidenz",
            "Leider wurde Ihr Vorschlag für die Künstlerresidenz 2027 nicht ausgewählt.",
            "Kunstverein Weststadt",
            "info@kunstverein.example",
        ),
        # a receipt of a visa appointment request is not a job's receipt
        (
            "Solicitud de cita",
            "Hemos recibido su solicitud de cita para el visado de estudios. Su solicitud ha "
            "quedado registrada.",
            "Consulado General",
            "citas@consulado.example",
        ),
    ],
)
def test_round_8_selections_and_appointments_that_are_not_jobs(
    rules_only, subject, text, sender, address
):
    result = classify(message(text, subject=subject, sender=sender, address=address))
    assert result.kind == Kind.OTHER
    assert result.reasons[0].startswith("about ")


def test_round_8_a_films_job_is_still_a_job(rules_only):
    result = classify(
        message(
            "Thank you for applying for the Assistant Film Editor role. We regret that we "
            "will not be moving forward with your application.",
            sender="Harbour Pictures Careers",
            address="jobs@harbourpictures.example",
        )
    )
    assert result.kind == Kind.REJECTION


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # German verb-final order: the negation sits between the object and the offer's verb
        (
            "Nach reiflicher Überlegung müssen wir Ihnen mitteilen, dass wir Ihnen die Position "
            "als Buchhalterin nicht anbieten werden.",
            Kind.REJECTION,
        ),
        # a refusal delayed by adverbs
        (
            "Nach dem Auswahltag können wir dir diesmal keine Zusage für die Ausbildung geben.",
            Kind.REJECTION,
        ),
        # the post itself offered, in French, Spanish, English and German's separable verb
        (
            "Nous avons le plaisir de vous offrir... pardon: nous vous offrons le poste de "
            "comptable, à compter du 1er mars.",
            Kind.OFFER,
        ),
        (
            "Tras las entrevistas, queremos proponerte que te incorpores al equipo como "
            "técnica de laboratorio.",
            Kind.OFFER,
        ),
        ("After the final round we are offering you the junior planner position.", Kind.OFFER),
        (
            "Wir bieten Ihnen die Stelle als Lagerleiter zum 1. April an.",
            Kind.OFFER,
        ),
        # invitations: to a selection day, and "would like to have a call"
        (
            "Wir möchten dich zu unserem Auswahltag für die Ausbildung zur Bankkauffrau "
            "einladen: Montag, 9. März 2026, 10:00 Uhr.",
            Kind.INTERVIEW,
        ),
        (
            "Thanks for applying to the dispatcher job. We'd like to have a quick video call "
            "with you this week, pick any slot that suits.",
            Kind.INTERVIEW,
        ),
    ],
)
def test_round_8_decision_structures(rules_only, text, kind):
    assert classify(message(text)).kind == kind


@pytest.mark.parametrize(
    ("sender", "address", "subject", "text", "company"),
    [
        # the platform that relayed the mail is not the company
        (
            "Brightmoor Bakery via JobPortal",
            "no-reply@jobportal.example",
            "Your application",
            "Thanks for applying.",
            "Brightmoor Bakery",
        ),
        # a recruitment agency writing about its client's post
        (
            "Tom Hale",
            "tom@hale-search.example",
            "Update",
            "Our client has decided to go with another candidate for the role at Quayside "
            "Logistics.",
            "Quayside Logistics",
        ),
        # a job board telling what the employer did
        (
            "InfoJobs",
            "noreply@infojobs.net",
            "Novedades",
            "Hola,\nTalleres Ibarra ha revisado tu candidatura.",
            "Talleres Ibarra",
        ),
    ],
)
def test_round_8_company_behind_a_platform_or_agency(sender, address, subject, text, company):
    result = classify(message(text, subject=subject, sender=sender, address=address))
    assert result.company == company


@pytest.mark.parametrize(
    ("text", "position"),
    [
        # a parenthesis the sentence split left open
        ("Your application for Payroll Officer (ref. 88-2) is in.", "Payroll Officer"),
        # a French passive after the title
        (
            "Votre candidature au poste de Responsable RH a bien été reçue.",
            "Responsable RH",
        ),
    ],
)
def test_round_8_position_without_open_parenthesis_or_passive_tail(text, position):
    assert classify(message(text)).position == position


@pytest.mark.parametrize(
    "text",
    [
        # the reader kept out of a stage, verb last, in the Sie and du forms
        "Danke für Ihre Bewerbung. Für die nächste Auswahlrunde können wir Sie leider nicht "
        "vorsehen.",
        "Danke für deine Bewerbung. Wir können dich für das Projektteam leider nicht einplanen.",
        "Ihre Bewerbung hat es diesmal nicht in die zweite Runde geschafft.",
        "Danke für Ihre Unterlagen. Ihr Profil kommt für diese Stelle leider nicht in Frage.",
        # the post filled, with a colleague, internally, or simply given away
        "Die Stelle als Buchhalterin haben wir mit einer internen Kollegin besetzt.",
        "Danke für Ihre Bewerbung. Die Stelle konnten wir inzwischen hausintern nachbesetzen.",
        "Danke für deine Bewerbung. Wir haben die Vakanz zwischenzeitlich vergeben.",
        # a further step refused as a noun
        "Danke für Ihre Bewerbung. Eine Fortsetzung des Verfahrens mit Ihnen ist leider nicht "
        "möglich.",
        # someone else's profile chosen; the requirements not met
        "Danke für Ihre Bewerbung. Wir haben uns für ein anderes Profil entschieden.",
        "Danke für Ihre Bewerbung. Ihre Qualifikationen entsprechen nicht ganz dem "
        "Anforderungsprofil.",
        "Danke für das Vorstellungsgespräch. Wir werden das Verfahren mit Ihnen nicht "
        "weiterführen.",
    ],
)
def test_round_9_german_rejection_structures(rules_only, text):
    assert classify(message(text)).kind == Kind.REJECTION


@pytest.mark.parametrize(
    "text",
    [
        # a post still to be filled, a hope, a policy: no decision about the reader
        "Vielen Dank für Ihre Bewerbung. Wir möchten die Stelle bald besetzen und melden uns.",
        "Danke für Ihre Bewerbung. Wir sammeln Bewerbungen, bis die Stelle besetzt ist.",
        "Danke für Ihre Bewerbung. Die Stelle ist noch nicht besetzt, wir melden uns bald.",
        "Danke für Ihre Bewerbung. Eine Rückmeldung ist vor Ende März leider nicht möglich.",
        "Danke für Ihre Bewerbung. Sollten Ihre Unterlagen nicht den Anforderungen entsprechen, "
        "melden wir uns.",
    ],
)
def test_round_9_german_wordings_that_decide_nothing(rules_only, text):
    assert classify(message(text)).kind != Kind.REJECTION


@pytest.mark.parametrize(
    ("sender", "address", "signature", "company"),
    [
        # a person's name in any Latin alphabet or with a second capital is not the company
        ("Søren Løvgaard", "soren.lovgaard@harbourcraft.example", "Harbourcraft", "Harbourcraft"),
        ("Eamon McTeer", "eamon@quillmere-foods.example", "Quillmere Foods", "Quillmere Foods"),
        ("Siobhán O'Dowd", "s.odowd@larchfield.example", "Larchfield", "Larchfield"),
    ],
)
def test_round_9_a_person_is_not_the_company(sender, address, signature, company):
    text = "Thanks for applying for the buyer role. Could we talk on Friday?"
    result = classify(message(text, sender=sender, address=address, signature=signature))
    assert result.company == company


@pytest.mark.parametrize(
    ("sender", "address", "subject", "text", "company"),
    [
        # the platform that relayed the mail, named in any language, is not the company
        (
            "Brauhaus Lindwurm über JOIN",
            "noreply@join.com",
            "Deine Bewerbung",
            "Hallo, danke für deine Bewerbung.",
            "Brauhaus Lindwurm",
        ),
        (
            "Saltpan Ceramics through Otta",
            "no-reply@otta.example",
            "Your application",
            "Thanks for applying.",
            "Saltpan Ceramics",
        ),
        (
            "Verrerie Aubépine par l'intermédiaire de HelloWork",
            "noreply@hellowork.com",
            "Votre candidature",
            "Merci pour votre candidature.",
            "Verrerie Aubépine",
        ),
        # "Talento"/"Talents" around the name, as "Talent" already was
        (
            "Talento Cerámicas del Turia",
            "talento@ceramicasdelturia.example",
            "Tu candidatura",
            "Gracias por tu candidatura.",
            "Cerámicas del Turia",
        ),
        # a job board's labelled field names the employer
        (
            "InfoJobs",
            "avisos@infojobs.net",
            "Novedades",
            "Oferta: Mozo de almacén\nEmpresa: Frutas Olmedo S.A.\nEstado: Descartado",
            "Frutas Olmedo",
        ),
        (
            "StepStone",
            "status@stepstone.de",
            "Statusänderung",
            "Stelle: Lagerist\nArbeitgeber: Mühlbach Spedition\nStatus: abgelehnt",
            "Mühlbach Spedition",
        ),
    ],
)
def test_round_10_company_behind_a_relay_or_in_a_field(sender, address, subject, text, company):
    result = classify(message(text, subject=subject, sender=sender, address=address))
    assert result.company == company


def test_round_10_a_domain_name_with_a_particle_is_spelled_as_the_text_spells_it():
    # the domain runs the words together; the text keeps "de" inside the name
    result = classify(
        message(
            "Gracias por tu interés. Saludos, el equipo de Viñedos de Almansa",
            sender="Marta Ruiz",
            address="marta.ruiz@vinedosdealmansa.example",
        )
    )
    assert result.company == "Viñedos de Almansa"


@pytest.mark.parametrize(
    ("subject", "text", "position"),
    [
        # a German compound names the post: the title is the part before "-Stelle"
        ("Kurze Frage zur Buchhalter-Stelle", "Hallo, hast du Zeit?", "Buchhalter"),
        ("Neues zur Backend-Entwickler-Stelle", "Hallo!", "Backend-Entwickler"),
        # a posting's label in front of the title
        (
            "Stellenausschreibung Lagerlogistiker (Nr. 77-B)",
            "Sehr geehrte Frau Ott,",
            "Lagerlogistiker",
        ),
        # a programme's name in quotes
        (
            "Auswahltag – Trainee-Programm „Einkauf“",
            "Sehr geehrte Frau Ott,",
            "Trainee-Programm Einkauf",
        ),
        # a gendered ending stays with its word
        ("Hallo", "Danke für deine Bewerbung als Grafiker:in bei uns.", "Grafiker:in"),
        # the Spanish selection process of a post
        ("Hola", "Seguimos en el proceso de Jefe de Obra con otras personas.", "Jefe de Obra"),
    ],
)
def test_round_10_position_from_compounds_labels_and_processes(subject, text, position):
    assert classify(message(text, subject=subject)).position == position
