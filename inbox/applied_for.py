"""What the reader applied for, when it is not a job.

A refused grant, university place, flat or talk proposal is written in a job rejection's
very words ("we regret to inform you that your application was not successful"); only the
thing applied for differs. So instead of listing such messages, this module looks for the
*object of the application* where a message names it: the subject line, the noun after
"your application for / to …" ("Bewerbung um …", "candidature à …", "solicitud de …") or
before it ("your scholarship application"), and the noun a decision offers or refuses ("a
place on the programme", "keinen Studienplatz"). When that object is a grant, a study place,
a home, a talk or paper, a membership or a loan, and nothing in those places names a job
(role, position, Stelle, poste, puesto, …), the message is not about a job. The sender's
kind (a university's admissions office, a foundation, a letting agent, a journal) counts as
a weaker sign, only with such a noun somewhere in the text.

Pure functions over lower-cased text; no database.
"""

from __future__ import annotations

import re

# Things one applies for that are not jobs, by kind (English, German, French, Spanish).
_NON_JOB = {
    "funding": r"grants?|funding|fund|research proposal|project proposal|förder\w*|zuschuss\w*|"
    r"subvention\w*|financement|subvenci(?:ó|o)n\w*|financiaci(?:ó|o)n|ayudas? a la investigaci",
    "scholarship": r"scholarships?|fellowships?|bursar(?:y|ies)|stipends?|\w*stipendi\w*|"
    r"bourses?|becas?",
    "study place": r"admissions?|admitted|(?:a |your )?place on|"
    r"(?:msc|ma|mba|bsc|ba|phd|master'?s?|"
    r"bachelor'?s?|degree|doctoral|postgraduate|undergraduate)\s+(?:\w+\s+){0,3}(?:programme|"
    r"program|course|degree|studies)|academic year|studienpl(?:a|ä)tz\w*|studieng(?:a|ä)ng\w*|"
    r"masterstudi\w*|bachelorstudi\w*|zulassung\w*|immatrikul\w*|semester|master\s*\d|"
    r"licence\s*\d|admission|commission p(?:é|e)dagogique|m(?:á|a)ster|grado en|posgrado|"
    r"admisi(?:ó|o)n|admitid[oa]|plazas? en el|curso \d{4}",
    "home": r"flats?|apartments?|tenanc\w+|rental|lettings?|landlord|viewing|property|"
    r"wohnung\w*|mietinteress\w*|vermiet\w*|eigent(?:ü|ue)mer|besichtigung|wg-zimmer|"
    r"appartement|logement|location|propri(?:é|e)taire|bailleur|pisos?|alquiler\w*|vivienda|"
    r"propietari[oa]|arrendador",
    "talk or paper": r"call for (?:papers|proposals|speakers)|cfp|talks?|talk proposal|speakers?|"
    r"submissions?|manuscripts?|papers?|abstracts?|journal|conference|vortr(?:a|ä)g\w*|"
    r"einreichung\w*|beitrag|manuskript|konferenz|tagung|programmkomitee|conf(?:é|e)rence|"
    r"communication|article|ponencias?|charlas?|art(?:í|i)culo|manuscrito|congreso",
    "membership": r"membership|join (?:the )?club|mitglied\w*|adh(?:é|e)sion|membres(?:í|i)a|"
    r"hacerte soci[oa]",
    # A work entered for a selection, not a job: a film sent to a festival, an artists'
    # residency, an exhibition, a competition entry.
    "creative work": r"(?:short )?films?|cortometrajes?|largometrajes?|court-m(?:é|e)trages?|"
    r"kurzfilm\w*|festivals?|screenplays?|drehb(?:u|ü)ch\w*|residenc(?:y|ies)|"
    r"r(?:é|e)sidences?|residencias?|(?:k(?:ü|u)nstler)?residenz\w*|exhibitions?|ausstellung\w*|"
    r"exposici(?:ó|o)n|artworks?|kunstwerk\w*|competitions?|concours|wettbewerb\w*|"
    r"concursos?|contests?|open call|appel (?:à|a) (?:projets|candidatures d'artistes)",
    # An appointment with an authority: a visa, a permit, a passport.
    "visa or permit": r"visas?|visados?|visum|residence permit|aufenthalts(?:titel|erlaubnis)\w*|"
    r"titre de s(?:é|e)jour|permiso de residencia|passports?|reisepass\w*|passeport|pasaporte|"
    r"consulate|konsulat\w*|consulat\w*|consulado|embassy|botschaft|ambassade|embajada",
    "loan": r"loans?|credit card|credit limit|mortgage|lending|kredit\w*|darlehen|pr(?:ê|e)t|"
    r"cr(?:é|e)dit immobilier|pr(?:é|e)stamo|hipoteca|cr(?:é|e)dito",
}
_NON_JOB_RE = re.compile(
    "|".join(
        f"(?P<{re.sub(r'[^a-z]', '_', kind)}>\\b(?:{pattern})\\b)"
        for kind, pattern in _NON_JOB.items()
    )
)
_KIND_OF_GROUP = {re.sub(r"[^a-z]", "_", kind): kind for kind in _NON_JOB}

# A job (or a programme that is a job). "in a position to" is an idiom, not a position.
_JOB = re.compile(
    r"\b(?:jobs?|roles?|(?<!in a )positions?|posts? of|vacanc(?:y|ies)|openings?|hires?|"
    r"employment|internships?|apprenticeships?|trainee\w*|werkstudent\w*|"
    r"stellen?(?:angebot|ausschreibung)?|arbeitsplatz|anstellung|praktikum|ausbildungsplatz|"
    r"postes?|emplois?|alternance|stagiaire|puestos?|empleos?|vacantes?|pr(?:á|a)cticas|"
    r"contrataci(?:ó|o)n|recruit\w*|hiring|recrutement|selecci(?:ó|o)n de personal)\b"
    # a posting's gender marker: "(m/w/d)", "(w/m/d)", "(h/f)", "(f/h/x)", "(m/f/d)"
    r"|\((?:[mwfdhx]\s*/\s*){1,3}[mwfdhx]\)"
    # applying *as* someone names a role: "Ihre Bewerbung als Immobilienkaufmann",
    # "your application as a nurse", "candidature en tant que", "solicitud como"
    r"|\b(?:application|applying|applied|bewerbung|beworben|candidature|candidatura|solicitud|"
    r"postulaci(?:ó|o)n)\s+(?:\w+\s+)?(?:as|als|en tant que|comme|como)\s+"
    r"(?!soon|well|part|of|such|per|possible|follows|described|submitted|mentioned)\w"
)

# The object of an application: the words after "your application for/to …" (or its
# translations), or a noun directly before "application".
_APPLIED_FOR = re.compile(
    r"\b(?:application|applying|applied|apply|bewerbung|antrag|anfrage|interesse|candidature|"
    r"candidat(?:ure|er)|demande|dossier|solicitud|postulaci(?:ó|o)n|candidatura|"
    r"inter(?:é|e)s|interest|propuesta|submitting|submitted|enviar)\s+"
    r"(?:(?:for|to|on|um|f(?:ü|ue)r|auf|zur|zum|an|pour|(?:à|a)|au|aux|de|du|des|d'|para|"
    r"al|en|in)\s+)\S+(?:\s+\S+){0,5}"
)
_BEFORE_APPLICATION = re.compile(
    r"(?:\S+\s+){1,2}(?:application|antrag|anfrage|vorschlag|proposal|submission)\b"
)
# What a decision offers or refuses: "offer you a place on …", "keinen Studienplatz".
_DECIDED_THING = re.compile(
    r"\b(?:offer you|anbieten|offrir|ofrecerte|ofrecerle|approve|accept|fund|aufnehmen|"
    r"retenu|admitido|admitid[oa])\b(?:\s+\S+){0,6}"
)
# The thing a selection passed over, named before its verb: "your film was not selected",
# "votre projet n'a pas été retenu", "tu cortometraje no ha sido seleccionado", "Ihr Beitrag
# wurde nicht ausgewählt".
_REFUSED_THING = re.compile(
    r"(?:\S+\s+){1,3}(?:(?:was|has|have|were)\s+not\s+(?:been\s+)?|n'(?:a|ont)\s+pas\s+"
    r"(?:(?:é|e)t(?:é|e)\s+)?|no\s+(?:ha|han)\s+(?:sido\s+)?|wurden?\s+(?:leider\s+)?nicht\s+)"
    r"(?:selected|chosen|accepted|shortlisted|retenue?s?|s(?:é|e)lectionn(?:é|e)e?s?|"
    r"seleccionad[oa]s?|elegid[oa]s?|aceptad[oa]s?|ausgew(?:ä|a)hlt|angenommen|ber(?:ü|ue)cksichtigt)"
)
# What was sent in: "thank you for submitting your short film", "enviar tu cortometraje",
# "Ihren eingereichten Entwurf".
_SUBMITTED_THING = re.compile(
    r"\b(?:submitting|submitted|entering|sending|enviar|enviado|presentar|envoyer|envoy(?:é|e)|"
    r"soumis|soumettre|einreichen|eingereicht\w*|einsenden|eingesandt\w*)\s+(?:\S+\s+){0,2}"
    r"\S+"
)
_INSTITUTION = re.compile(
    r"universit\w*|hochschule|college|\.ac\.|\.edu\b|univ-|admission|stiftung|foundation|"
    r"fondation|fundaci(?:ó|o)n|trust\b|lettings|immobilien|immo|inmobiliaria|hausverwaltung|"
    r"housing|journal|conference|congreso|cfp|programme committee|bank\b|lending|club\b|"
    r"festival|residenc|r(?:é|e)sidence|consul(?:ate|at|ado)\b|embass|botschaft|ambassade|embajada"
)


def _non_job_in(text: str) -> str:
    match = _NON_JOB_RE.search(text)
    return _KIND_OF_GROUP[match.lastgroup] if match else ""


def not_a_job(
    *, subject: str, sentences: list[str], sender_name: str, sender_address: str
) -> tuple[str, str] | None:
    """``(what, sentence)`` when the message is about applying for something that is not a
    job (``what`` names it: "a scholarship", "a home", …), else None. ``sentences`` are
    lower-cased."""
    subject = subject.lower()
    places = [(subject, subject)]
    for sentence in sentences:
        for pattern in (
            _APPLIED_FOR,
            _BEFORE_APPLICATION,
            _DECIDED_THING,
            _REFUSED_THING,
            _SUBMITTED_THING,
        ):
            for match in pattern.finditer(sentence):
                places.append((match.group(0), sentence))
    what, where = "", ""
    for text, sentence in places:
        if _JOB.search(text):
            return None
        if not what and (found := _non_job_in(text)):
            what, where = found, sentence
    if not what:
        sender = f"{sender_name} {sender_address}".lower()
        if not _INSTITUTION.search(sender):
            return None
        for sentence in sentences:
            if _JOB.search(sentence):
                return None
            if not what and (found := _non_job_in(sentence)):
                what, where = found, sentence
        if not what:
            return None
    elif any(_JOB_DETERMINED.search(sentence) for sentence in sentences):
        # "the position", "die Stelle", "le poste": the message speaks of a job after all.
        return None
    return what, where


_JOB_DETERMINED = re.compile(
    r"\b(?:the|this|that|our|your)\s+(?:[\w-]+\s+){0,3}(?:job|role|position|vacancy|opening)\b|"
    r"\b(?:die|diese|der|dieser|ihre|deine)\s+stelle\b|\b(?:le|ce|du|au)\s+poste\b|"
    r"\b(?:el|este|del|al)\s+puesto\b"
)
