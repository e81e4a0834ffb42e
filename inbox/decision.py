"""Decisions found by what a sentence is about, not by its exact wording.

The phrase families in ``classify`` each name one wording ("decided not to move forward").
Mail written by people and by applicant-tracking systems says the same thing in endless
ways, so this module looks for two things in the same sentence (or in a sentence and the
one before it): a *cue* of the kind ("not … proceed", "other candidates", "ya ha sido
cubierto", "au regret") and the *object* the cue must be about (the reader's application,
the process, the position). A cue alone ("unfortunately, our webinar was cancelled", "we
decided not to move forward with this change") is not a decision about the reader; an
object alone is not a decision at all.

Each group is one compiled regular expression per kind, run once per message over the
lower-cased sentences, so the cost does not grow with the number of wordings.
"""

from __future__ import annotations

import re

# --- Rejection --------------------------------------------------------------------------------
_REJECTION_CUES = (
    # English
    r"\bnot\s+(?:be\s+)?(?:moving|move|proceed(?:ing)?|progress(?:ing)?|advanc(?:e|ing)|"
    r"tak(?:e|ing)\s+(?:it|this|you|your)|continu(?:e|ing)|pursu(?:e|ing)|going\s+(?:forward|ahead)"
    r"|invit(?:e|ing))\b",
    r"(?:won't|will not|cannot|can't|could not|couldn't|unable to|not able to|not in a position to)"
    r"\s+(?:be\s+)?(?:offer|move|mov|proceed|progress|advance|take|continu|invit|consider|shortlist)",
    r"\bunsuccessful\b",
    r"\bnot\s+(?:been\s+)?(?:successful|selected|shortlisted|chosen|progressed|approved)\b",
    r"\b(?:different|another|other)\s+direction\b",
    r"\b(?:other|another|alternative|stronger|more suitable|more experienced|different)\s+"
    r"(?:\w+\s+)?(?:candidates?|applicants?|profiles?|people)\b",
    r"\bcandidates?\s+(?:who|whose|that|with)\s+(?:\w+\s+){0,4}"
    r"(?:better|more closely|closer|more)\b",
    r"\b(?:has|have|had)\s+(?:now\s+|already\s+|since\s+)?been\s+(?:filled|closed|cancel+ed)\b",
    r"\b(?:on hold|closing (?:out )?(?:the|all|this|our)|no longer (?:being )?consider|"
    r"decided against|not (?:the right|a) (?:fit|match)|we regret|regret to)\b",
    # A negated verb of motion with its direction, whatever the verb and the object in
    # between ("won't be carrying yours through", "not taking your application any further")
    r"(?:\bnot|n't|\bno longer|\bunable to|\bnot able to)\s+(?:be\s+)?(?:\w+ing|take|move|"
    r"progress|advance|carry|bring|put)\s+(?:\w+\s+){0,4}(?:forward|further|ahead|through)\b",
    # Someone else was chosen: a choosing verb with another person ("we've settled on someone
    # else", "decided to go with another person", "offered it to a different applicant")
    r"\b(?:someone|somebody)\s+else\b|\b(?:other|another|different)\s+(?:\w+\s+)?"
    r"(?:person|individual|finalist|hire)\b",
    r"\bnot\s+to\s+(?:make|extend|offer)\s+(?:you\s+)?(?:an?\s+|the\s+)?offer",
    # German
    r"\bnicht\s+(?:\w+\s+){0,2}(?:geklappt|gereicht|gepasst|zum zug\w*)",
    r"\b(?:jemand(?:en)?|eine[nr]?)\s+(?:anderen?|andere)\b",
    # (with the "zu" of an infinitive inside the verb: "fortzusetzen", "weiterzuverfolgen")
    r"\bnicht\s+(?:mehr\s+|weiter\s+|l(?:ä|ae)nger\s+)?(?:zu\s+)?(?:ber(?:ü|ue)cksichtig|"
    r"fort(?:zu)?setz|fort(?:zu)?f(?:ü|ue)hr|weiter(?:zu)?verfolg|weiter (?:zu )?verfolg|"
    r"in betracht|in die engere|weiterkommen|ausgew(?:ä|ae)hlt)",
    r"\b(?:f(?:ü|ue)r|zugunsten)\s+(?:eine[nr]?|andere)\s+(?:\w+\s+)?(?:kandidat|bewerber|person|"
    r"profil)",
    r"\b(?:bereits|inzwischen|schon|anderweitig)\s+(?:\w+\s+)?besetzt\b",
    r"\b(?:absage|keine (?:positive|erfreuliche|gute) (?:nachricht|r(?:ü|ue)ckmeldung)|"
    r"nicht (?:ber(?:ü|ue)cksichtigt|erfolgreich))",
    # French
    r"\b(?:pas|plus)\s+(?:(?:été|ete)\s+)?(?:retenue?s?|s(?:é|e)lectionn(?:é|e)e?s?)\b",
    r"\bne\s+(?:\w+\s+){0,2}(?:pas|plus)\s+(?:\w+\s+){0,2}(?:donner\s+(?:une\s+)?suite|"
    r"aller plus loin|poursuivre|continuer|retenir)",
    r"\bsuite\s+(?:d(?:é|e)favorable|n(?:é|e)gative|favorable)",
    r"\bautres?\s+(?:candidat|profil|candidature|personne)",
    r"\b(?:d(?:é|e)j(?:à|a)\s+)?pourvu",
    r"\bau regret\b",
    r"\bquelqu'un d'autre\b|\b(?:choisi|retenu|privil(?:é|e)gi(?:é|e)|opt(?:é|e) pour|fait le "
    r"choix d')\s*(?:un|une|le|la|l')\s*(?:\w+\s+){0,2}(?:candidat|profil|personne)",
    # Spanish
    r"\b(?:descart|desestim)\w*",
    r"\bno\s+(?:\w+\s+){0,2}(?:prosper\w*|fue (?:seleccionad|elegid)\w*|qued(?:ó|o) "
    r"seleccionad\w*|seguiremos adelante|avanzar(?:á|a)s?|continuar(?:á|a)s?)",
    r"\bno\s+(?:has|ha|hemos|han)\s+(?:sido\s+)?(?:seleccionad|avanzad|superad|elegid|pasad)",
    r"\bno\s+(?:continuar|seguir|avanzar|podemos continuar|podremos|vamos a continuar|"
    r"contamos)",
    r"\botr(?:o|os|a|as)\s+(?:\w+\s+)?(?:candidat|perfil|persona)",
    r"\b(?:ha sido|fue|est(?:á|a)|ha quedado)\s+(?:ya\s+)?cubiert",
    r"\blamentamos\s+(?:comunicar|informar|decir)",
)
_REJECTION_OBJECTS = (
    r"\b(?:application|candidacy|candidature|candidate|(?:the|this|our|hiring|selection|"
    r"interview)\s+process|(?:the|this|that)\s+(?:role|position|post|vacancy|opening|hire|job|"
    r"opportunity)|(?:the|this|that)\s+(?:[\w-]+\s+){1,3}(?:role|position|job|vacancy)|next\s+(?:stage|step|round|phase)|your\s+(?:profile|cv|resume|experience)|"
    r"shortlist|bewerbung|kandidatur|auswahlverfahren|bewerbungsprozess|(?:die|diese|der|dieser)\s+stelle|"
    r"(?:den|dem)\s+prozess|candidature|processus|(?:le|ce|du|au)\s+poste|candidatura|solicitud|"
    r"proceso|(?:el|este)\s+puesto|(?:la|esta)\s+vacante|selecci(?:ó|o)n)\b"
)

# --- Interview --------------------------------------------------------------------------------
_INTERVIEW_CUES = (
    r"\b(?:invit\w*|like to (?:meet|speak|talk|schedule|arrange|set up|book)|would you be "
    r"available|are you available|your availability|availab\w+ for|pick a (?:slot|time)|"
    r"book a (?:slot|time)|reschedul\w*|move it to|next step is|schedule (?:a|an|your)|"
    r"einlad\w*|zeit f(?:ü|ue)r|verf(?:ü|ue)gbar|terminvorschl(?:ä|ae)g|"
    r"inviter|convi\w+|convocation|disponibilit(?:é|e)s?|rencontrer|organiser|"
    r"invitar\w*|disponibilidad|agendar|programar|coordinar)\b"
)
_INTERVIEW_OBJECTS = (
    r"\b(?:interview\w*|on-?site|phone screen|video call|screening call|technical call|"
    r"vorstellungsgespr(?:ä|ae)ch\w*|gespr(?:ä|ae)ch\w*|kennenlernen|interview|"
    r"entretien|entrevista|videollamada|llamada)\b"
)

# --- Confirmation -----------------------------------------------------------------------------
_CONFIRMATION_CUES = (
    r"\b(?:received|receipt of|submitted successfully|successfully submitted|has been submitted|"
    r"was submitted|was sent to|has been sent to|erhalten|eingang|eingegangen|bien re(?:ç|c)u|"
    r"bonne r(?:é|e)ception|bien arriv(?:é|e)e?|accusons|recibido|recepci(?:ó|o)n|recibimos)\b"
)
_CONFIRMATION_OBJECTS = (
    r"\b(?:application|candidacy|cv|resume|bewerbung|unterlagen|candidature|candidatura|"
    r"solicitud|elle)\b"
)


INTERVIEW_WORDS = re.compile(_INTERVIEW_OBJECTS)


def _either(patterns) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


GROUPS = (
    ("rejection", _either(_REJECTION_CUES), re.compile(_REJECTION_OBJECTS)),
    ("interview", re.compile(_INTERVIEW_CUES), INTERVIEW_WORDS),
    ("confirmation", re.compile(_CONFIRMATION_CUES), re.compile(_CONFIRMATION_OBJECTS)),
)


def decisions(lowered: list[str]) -> list[tuple[str, float, int, int]]:
    """``(kind, weight, sentence number, cue offset)`` for every sentence of ``lowered``
    (lower-cased, plain apostrophes) with a cue of a kind and that kind's object in the same
    sentence (weight 1.0) or in the sentence just before (0.9). The cue offset lets the
    caller look at what comes before the cue (a condition, a third party)."""
    found = []
    for kind, cues, objects in GROUPS:
        for number, sentence in enumerate(lowered):
            cue = cues.search(sentence)
            if cue is None:
                continue
            if objects.search(sentence):
                found.append((kind, 1.0, number, cue.start()))
            elif number and objects.search(lowered[number - 1]):
                found.append((kind, 0.9, number, cue.start()))
    return found
