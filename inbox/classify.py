"""What a job e-mail says: rejection, interview invitation, application confirmation, offer,
or none of these — with a confidence, the sentences that decided it, the company, the
position and (for invitations) the proposed date-time.

Rules, not a trained model: every signal is a *phrase family* (many wordings of one
meaning, in English, German, French and Spanish) with a weight, or a decision found by a
cue and its object in one sentence (``inbox.decision``), which covers wordings no family
names. A rejection is a negative decision about the reader's application ("we have decided
to move forward with other candidates"), not a gloomy word ("unfortunately" appears in
newsletters too); a decision written as a condition ("if we decide not to proceed, we will
let you know") does not count. Mail that only looks like a job message — out-of-office
replies, job alerts, newsletters, recruiter outreach — is held back by its own families.
Everything here is a pure function of the parsed message: no database, no network.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import datetime

from django.db import models

from core.text import tidy
from inbox.applied_for import not_a_job
from inbox.decision import INTERVIEW_WORDS, decisions
from inbox.extract import extract_company, extract_event_at, extract_position, has_slot
from inbox.message import ParsedMessage
from inbox.model import CEILING, THRESHOLD, load_model


class Kind(models.TextChoices):
    REJECTION = "rejection", "Rejection"
    INTERVIEW = "interview", "Interview invitation"
    CONFIRMATION = "confirmation", "Application confirmation"
    OFFER = "offer", "Offer"
    OTHER = "other", "Other"


@dataclass(frozen=True)
class Classification:
    kind: str
    confidence: float
    company: str
    position: str
    event_at: datetime | None
    language: str
    reasons: tuple[str, ...]


# --- Phrase families --------------------------------------------------------------------------
# One table of (kind, weight, language, pattern), grouped by kind and then language ("" for
# any language); a new wording goes into its group. Weights: 1.0 decides alone, ~0.5 needs
# support, ~0.2 supports. Patterns run on lower-cased text with typographic apostrophes made
# plain, and are written for a meaning, not for the message that showed it.

_APPLICATION = (
    r"(?:your|ihre|deine|votre|ta|tu|su)\s+(?:\w+\s+)?(?:application|candidacy|candidature|"
    r"bewerbung|candidatura|solicitud|postulaci[oó]n|profile|profil|perfil|cv|resume|résumé)"
    r"|\b(?:thanks?|thank you)\s+(?:\w+\s+)?for\s+(?:your\s+)?(?:applying|application)"
)

REJECTION = "rejection"
INTERVIEW = "interview"
CONFIRMATION = "confirmation"
OFFER = "offer"
# Signals that a message is not about the reader's own application.
OOO = "out_of_office"
ALERT = "job_alert"
BULK = "bulk"
OUTREACH = "outreach"

_FAMILIES: tuple[tuple[str, float, str, str], ...] = (
    # --- Rejection, English
    (
        REJECTION,
        1.0,
        "en",
        r"\b(?:decided|chosen|opted|elected|made the decision)\s+(?:not\s+to|to\s+not)\s+"
        r"(?:move|proceed|progress|advance|continue|pursue|go|take|invite|offer)",
    ),
    (
        REJECTION,
        1.0,
        "en",
        r"(?:\bnot|n't|\bunable to|\bno longer)\s+(?:be\s+)?(?:moving|move|proceeding|proceed|"
        r"progressing|progress|advancing|advance|taking|take|going|go)\s+(?:forward|further|ahead|"
        r"you forward|your application|with your)",
    ),
    (
        REJECTION,
        1.0,
        "en",
        r"\b(?:move|moving|proceed|proceeding|go|going|continue|continuing|progress|"
        r"progressing)\s+(?:forward\s+|ahead\s+)?with\s+(?:an?\s+)?(?:other|another|different|"
        r"alternative|more)\s+(?:\w+\s+)?(?:candidate|applicant|profile)",
    ),
    (
        REJECTION,
        1.0,
        "en",
        r"\b(?:pursue|pursuing|selected|chosen|chose|select|hired|hire|offered the "
        r"(?:role|position) to|focus on|prioriti[sz]e)\s+(?:an?\s+|the\s+)?(?:other|another"
        r"|different|"
        r"alternative)?\s*(?:\w+\s+)?(?:candidate|applicant)s?\b(?!\s+(?:like you|such as you))",
    ),
    (
        REJECTION,
        1.0,
        "en",
        r"\bcandidates?\s+whose\s+(?:\w+\s+){0,4}(?:more closely|better|more)\b",
    ),
    (
        REJECTION,
        1.0,
        "en",
        r"\b(?:position|role|vacancy|job|opening|requisition)\s+(?:has|had)\s+"
        r"(?:now\s+|already\s+|since\s+)?been\s+(?:filled|closed|cancelled|canceled)",
    ),
    (
        REJECTION,
        1.0,
        "en",
        r"\b(?:you|your application|your candidacy|you have|you've)\s+(?:have\s+|has\s+)?"
        r"(?:not|n't)\s+(?:been\s+)?(?:selected|shortlisted|successful|chosen|progressed)",
    ),
    (REJECTION, 1.0, "en", r"\b(?:was|were|has been|have been)\s+unsuccessful\b"),
    (
        REJECTION,
        1.0,
        "en",
        r"\b(?:unable|not able|not in a position)\s+to\s+(?:offer you|extend (?:you )?an "
        r"offer|progress your|move your|take your|consider your)",
    ),
    (
        REJECTION,
        1.0,
        "en",
        r"\bwill not be (?:inviting|offering|progressing|considering|moving|proceeding|"
        r"advancing|pursuing)",
    ),
    (
        REJECTION,
        1.0,
        "en",
        r"\b(?:decided|decision) to (?:go|move) (?:in|with) a different direction",
    ),
    (REJECTION, 0.5, "en", r"\bregret to (?:inform|let you know|tell you|advise)"),
    (REJECTION, 0.5, "en", r"\bnot (?:the right|a) (?:fit|match) (?:for|at) (?:this|the)"),
    (REJECTION, 0.5, "en", r"\b(?:no longer|not)\s+(?:being\s+)?consider(?:ed|ing)\s+(?:for|your)"),
    (
        REJECTION,
        0.25,
        "en",
        r"\b(?:keep|retain|hold) your (?:resume|cv|details|profile|information) on file",
    ),
    (
        REJECTION,
        0.2,
        "en",
        r"\b(?:wish you|best of luck|every success|all the best) (?:in|with|for) your "
        r"(?:job )?(?:search|future|career)",
    ),
    (REJECTION, 0.15, "en", r"\bunfortunately\b"),
    (
        REJECTION,
        1.0,
        "en",
        r"\b(?:clos(?:e|ing)|withdraw(?:ing)?|archiv(?:e|ing)) your (?:application|candidacy)",
    ),
    (
        REJECTION,
        1.0,
        "en",
        r"\boffer(?:ed)? the (?:role|position|job) to (?:another|a different|an internal|someone)",
    ),
    (
        REJECTION,
        1.0,
        "en",
        r"(?:\bnot|n't)\s+(?:be\s+)?(?:moving|move|proceeding|proceed|progressing|progress|"
        r"advancing|advance)\s+(?:forward|further|ahead)?\s*with\s+(?:your|you)\b",
    ),
    (
        REJECTION,
        1.0,
        "en",
        r"\b(?:go|going|gone|went)\s+(?:forward\s+)?with\s+(?:another|a different|other|"
        r"someone|an internal)",
    ),
    (
        REJECTION,
        1.0,
        "en",
        r"(?:\bnot|n't)\s+(?:be\s+)?(?:inviting|progressing|advancing|taking|considering|"
        r"offering|moving|proceeding)\s+(?:you|your)\b",
    ),
    (
        REJECTION,
        1.0,
        "en",
        r"\b(?:selected|chosen|chose|hired|appointed|picked|offered the (?:role|position) "
        r"to|gone with|went with|decided on|go with)\s+(?:another|a different|someone else"
        r"|an internal|"
        r"other)\b",
    ),
    (
        REJECTION,
        0.5,
        "en",
        r"(?:\bnot|n't)\s+(?:quite\s+)?(?:the right|a good|a strong|the best)\s+"
        r"(?:fit|match)",
    ),
    (
        REJECTION,
        1.0,
        "en",
        r"(?:\bnot|n't)\s+(?:been\s+)?(?:invited|shortlisted|selected|progressed|"
        r"chosen)\s+(?:to|for)\b",
    ),
    (
        REJECTION,
        1.0,
        "en",
        r"\b(?:going to|decided to|have to|will|'ll|must)\s+pass\s+(?:on\b|for now|"
        r"this time|at this (?:time|stage)|on this occasion)",
    ),
    (
        REJECTION,
        1.0,
        "en",
        r"\boffer\b.{0,20}\bto\s+(?:another|a different|an?other|one of the other|a|"
        r"the other)\s+(?:\w+\s+){0,2}(?:candidate|applicant|finalist|person)",
    ),
    (
        REJECTION,
        1.0,
        "en",
        r"\b(?:proceed|proceeding|move forward|moving forward|continue|continuing|go ahead|"
        r"progress|moving ahead|move ahead)\s+with\s+(?:\w+\s+){0,2}(?:applicants|candidates"
        r"|profiles|"
        r"individuals)\s+(?:whose|who)\b",
    ),
    (
        REJECTION,
        1.0,
        "en",
        r"\b(?:candidate|applicant|profile|individual)s?\s+whose\s+(?:\w+\s+){0,4}(?:more "
        r"closely|better|closer|more)\b",
    ),
    (
        REJECTION,
        1.0,
        "en",
        r"(?:\bnot|n't)\s+(?:been\s+)?(?:able to\s+)?(?:take|taking|move|moving|progress|"
        r"progressing)\s+(?:it|this|your application|your candidacy|things|you)\s+(?:any\s+)?"
        r"(?:further|"
        r"forward)",
    ),
    (
        REJECTION,
        1.0,
        "en",
        r"\b(?:decided|chose|opted|elected)\s+to\s+(?:hire|go with|offer the (?:role|position|"
        r"job) to|move forward with|proceed with|appoint)\s+(?:someone|another|a different|other"
        r"|an internal)",
    ),
    (
        REJECTION,
        0.5,
        "en",
        r"\bclos(?:e|ing)\s+(?:out\s+)?(?:the|your|our)\s+(?:process|application|candidacy|"
        r"search)",
    ),
    # --- Rejection, German
    (
        REJECTION,
        1.0,
        "de",
        r"\bf(?:ü|ue)r\s+(?:eine[n]?\s+)?(?:andere[n]?|weitere[n]?)\s+(?:\w+\s+)?"
        r"(?:kandidat|bewerber|profil)",
    ),
    (REJECTION, 1.0, "de", r"\banderweitig\s+(?:entschieden|besetzt|vergeben|orientiert)"),
    (
        REJECTION,
        1.0,
        "de",
        r"\b(?:stelle|position|vakanz)\b.{0,60}\b(?:bereits\s+|inzwischen\s+|schon\s+)?"
        r"(?:besetzt|vergeben) (?:ist|wurde|haben)",
    ),
    (REJECTION, 1.0, "de", r"\bnicht\s+(?:weiter\s+|l(?:ä|ae)nger\s+)?ber(?:ü|ue)cksichtig"),
    (
        REJECTION,
        1.0,
        "de",
        r"\b(?:keine|nicht)\s+(?:positive[n]?|gute[n]?)\s+(?:nachricht|r(?:ü|ue)ckmeldung|"
        r"bescheid|antwort)",
    ),
    (REJECTION, 1.0, "de", r"\b(?:absage|absagen)\b"),
    (
        REJECTION,
        1.0,
        "de",
        r"\bnicht\s+(?:in die engere wahl|weiter ?verfolgen|fortsetzen|f(?:ü|ue)r (?:sie|dich)"
        r" entschieden|ber(?:ü|ue)cksichtigen)",
    ),
    (REJECTION, 1.0, "de", r"\bgegen\s+(?:ihre|deine|eine)\s+(?:bewerbung|kandidatur|einstellung)"),
    (
        REJECTION,
        1.0,
        "de",
        r"\b(?:ihnen|dir)\s+(?:(?:leider|heute|derzeit|jetzt|nun|diesmal|daher)\s+){0,2}"
        r"(?:keine|kein)\s+(?:zusage|angebot|stelle|position)",
    ),
    (
        REJECTION,
        1.0,
        "de",
        r"\b(?:leider|bedauerlicherweise)\b.{0,80}\bnicht\b.{0,40}\b(?:weiter|ber(?:ü|ue)ck"
        r"sichtig|anbieten|ber(?:ü|ue)cksichtigt|(?:ent)?sprechen|passen|eingeladen|fortf(?:ü|ue)hren)",
    ),
    (REJECTION, 0.5, "de", r"\bmitteilen,?\s+dass\b.{0,80}\bnicht\b"),
    (REJECTION, 0.15, "de", r"\b(?:leider|bedauerlicherweise|bedauern)\b"),
    (
        REJECTION,
        1.0,
        "de",
        r"\b(?:mit|an|f(?:ü|ue)r)\s+(?:eine[nrm]?\s+)?(?:anderen?|andere[rn]?)\s+"
        r"(?:\w+\s+)?(?:bewerber|kandidat|person)",
    ),
    (
        REJECTION,
        1.0,
        "de",
        r"\b(?:keine[nr]?|nicht)\s+positiv\w*\s+(?:nachricht|r(?:ü|ue)ckmeldung|"
        r"bescheid|antwort|entscheidung)",
    ),
    (
        REJECTION,
        1.0,
        "de",
        r"\b(?:dagegen|gegen\s+(?:sie|dich|ihre|deine|eine))\b.{0,30}\bentschieden",
    ),
    (
        REJECTION,
        1.0,
        "de",
        r"\bnicht\s+(?:mit\s+(?:ihnen|dir)\s+)?(?:fortzusetzen|fortsetzen|weiterzuf(?:ü|ue)hren)",
    ),
    (
        REJECTION,
        1.0,
        "de",
        r"\bentschieden\b.{0,60}\bandere[nr]?\s+(?:\w+\s+)?(?:bewerber|kandidat)",
    ),
    (REJECTION, 0.5, "de", r"\bandere[nr]?\s+(?:bewerber|kandidat)"),
    (
        REJECTION,
        1.0,
        "de",
        r"\b(?:bereits|schon|anderweitig|an jemand(?:en)? ander\w*|an eine[nr]? ander\w*)\b"
        r".{0,40}\b(?:besetzt|vergeben)\b",
    ),
    (
        REJECTION,
        1.0,
        "de",
        r"\bkeine[nr]?\s+(?:positiv|erfreulich|besser|ander)\w*\s+(?:nachricht|"
        r"r(?:ü|ue)ckmeldung|bescheid|antwort|entscheidung|mitteilung)",
    ),
    (REJECTION, 1.0, "de", r"\bnicht\s+(?:\w+\s+)?durchsetzen"),
    # --- Rejection, French
    (
        REJECTION,
        1.0,
        "fr",
        r"\bne\s+(?:pas|plus)?\s*(?:pouvons|pourrons|sommes|souhaitons)\b.{0,50}(?:donner\s+"
        r"(?:une\s+)?suite|suite favorable|retenir|poursuivre|en mesure de)",
    ),
    (
        REJECTION,
        1.0,
        "fr",
        r"\b(?:pas|plus)\s+(?:été\s+|ete\s+)?(?:retenue?s?|s(?:é|e)lectionn(?:é|e)e?s?)\b",
    ),
    (
        REJECTION,
        1.0,
        "fr",
        r"\bne\s+pas\s+(?:donner suite|poursuivre|retenir|aller plus loin|continuer)",
    ),
    (REJECTION, 1.0, "fr", r"\b(?:un autre|une autre|d'autres)\s+(?:candidat|candidature|profil)"),
    (REJECTION, 1.0, "fr", r"\b(?:suite|r(?:é|e)ponse)\s+(?:d(?:é|e)favorable|n(?:é|e)gative)"),
    (
        REJECTION,
        1.0,
        "fr",
        r"\bposte\b.{0,30}\b(?:a (?:(?:d(?:é|e)j(?:à|a)|finalement) )?(?:é|e)t(?:é|e)|est "
        r"(?:d(?:é|e)j(?:à|a)|d(?:é|e)sormais))\s+pourvu",
    ),
    (REJECTION, 0.5, "fr", r"\b(?:avons|ai) le regret de vous"),
    (REJECTION, 0.15, "fr", r"\bmalheureusement\b"),
    (
        REJECTION,
        1.0,
        "fr",
        r"\b(?:d(?:é|e)cid(?:é|e)|choisi|pr(?:é|e)f(?:é|e)r(?:é|e))\s+de\s+(?:poursuivre|continuer|"
        r"avancer)\s+avec\s+(?:un|une|d')\s*(?:autre|autres)",
    ),
    (REJECTION, 1.0, "fr", r"\bne\s+(?:pas|plus)\s+(?:poursuivre|donner suite|retenir|continuer)"),
    (
        REJECTION,
        1.0,
        "fr",
        r"\bne\s+(?:sera|serons|pourra|pourrons)\s+pas\s+(?:retenue?|donn(?:é|e)e?\s+suite)",
    ),
    (
        REJECTION,
        1.0,
        "fr",
        r"\b(?:retenu|choisi|s(?:é|e)lectionn(?:é|e)|privil(?:é|e)gi(?:é|e))\s+(?:un|une|d')\s*"
        r"(?:autre\s+|autres\s+)?(?:profil|candidat)",
    ),
    (
        REJECTION,
        1.0,
        "fr",
        r"\bne\s+(?:\w+\s+){0,3}(?:pas|plus)\s+(?:\w+\s+)?(?:aller plus loin|poursuivre|"
        r"continuer|donner suite|retenir|avancer)",
    ),
    # --- Rejection, Spanish
    (
        REJECTION,
        1.0,
        "es",
        r"\bno\s+(?:ha|has|haya|había|hemos)\s+(?:sido\s+)?(?:seleccionad|elegid|"
        r"avanzado|podido avanzar)",
    ),
    (
        REJECTION,
        1.0,
        "es",
        r"\b(?:continuar|seguir|avanzar|proceder|quedarnos)\s+(?:adelante\s+)?con\s+"
        r"otr[oa]s?\s+(?:candidat|perfil|persona)",
    ),
    (
        REJECTION,
        1.0,
        "es",
        r"\b(?:seleccionado|elegido|escogido|optado por)\s+(?:a\s+)?(?:otr[oa]s?|un[oa]?\s+"
        r"otr[oa]|a otra)\s+(?:candidat|perfil|persona)",
    ),
    (
        REJECTION,
        1.0,
        "es",
        r"\bno\s+(?:podemos|podremos|vamos a|continuaremos|seguiremos|avanzaremos)\s+"
        r"(?:\w+\s+){0,2}(?:avanzar|continuar|seguir|proceder|contar)",
    ),
    (
        REJECTION,
        1.0,
        "es",
        r"\b(?:puesto|vacante|posici(?:ó|o)n)\s+(?:ya\s+)?(?:ha sido|fue|est(?:á|a))\s+"
        r"(?:cubiert|cerrad)",
    ),
    (
        REJECTION,
        1.0,
        "es",
        r"\b(?:tu|su)\s+(?:candidatura|solicitud|postulaci(?:ó|o)n|perfil)\s+no\s+"
        r"(?:ha\s+)?(?:sido\s+|avanza|contin|seguir|fue\s+|ser(?:á|a)\s+)",
    ),
    (
        REJECTION,
        0.5,
        "es",
        r"\blamentamos\s+(?:informarte|informarle|comunicarte|comunicarle|decirte)",
    ),
    (REJECTION, 0.15, "es", r"\b(?:lamentablemente|desafortunadamente|por desgracia)\b"),
    (
        REJECTION,
        1.0,
        "es",
        r"\b(?:decidido|optado por|decidimos)\s+no\s+(?:seguir|continuar|avanzar|proceder)",
    ),
    (
        REJECTION,
        1.0,
        "es",
        r"\b(?:seleccionado|elegido|escogido|optado por)\s+(?:a\s+)?(?:otr[oa]s?|un[oa]?)\s+"
        r"(?:otr[oa]\s+)?(?:persona|candidat|perfil)",
    ),
    (
        REJECTION,
        1.0,
        "es",
        r"\b(?:asignad[oa]|otorgad[oa]|adjudicad[oa]|ofrecid[oa]|cubiert[oa])\s+(?:\w+\s+)?"
        r"(?:a|por)\s+otr[oa]\s+(?:candidat|persona|perfil)",
    ),
    (REJECTION, 0.5, "es", r"\ba\s+otr[oa]s?\s+(?:candidat|persona|perfil)"),
    (
        REJECTION,
        1.0,
        "es",
        r"\b(?:continuar|seguir|avanzar|proceder)\s+(?:\w+\s+){0,3}con\s+otr[oa]s?\s+"
        r"(?:candidat|perfil|persona)",
    ),
    # --- Interview invitation, English
    (
        INTERVIEW,
        1.0,
        "en",
        r"\b(?:invite|inviting|invitation)\s+(?:you\s+)?(?:to|for)\s+(?:an?\s+|the\s+|a\s+"
        r"first\s+|your\s+)?(?:[\w-]+\s+){0,3}(?:interview|call|conversation|chat|meeting|on-?site|"
        r"assessment|screen|session)",
    ),
    (
        INTERVIEW,
        1.0,
        "en",
        r"\b(?:schedule|arrange|set up|book|organi[sz]e|find a time for)\s+(?:an?\s+|the\s+|"
        r"your\s+|a\s+time\s+for\s+(?:an?\s+|the\s+|your\s+)?)?(?:[\w-]+\s+){0,3}(?:interview|call|chat|"
        r"conversation|screen|meeting)",
    ),
    (
        INTERVIEW,
        1.0,
        "en",
        r"\binterview\s+(?:invitation|confirmation|scheduled|request|details|is confirmed)\b",
    ),
    (
        INTERVIEW,
        1.0,
        "en",
        r"\byour\s+(?:[\w-]+\s+){0,2}(?:interview|call)\s+(?:is|has been|will be)\s+"
        r"(?:scheduled|confirmed|booked|set)",
    ),
    (
        INTERVIEW,
        1.0,
        "en",
        r"\b(?:move|moving|advance|advancing|progress|progressing|proceed)\s+(?:you\s+)?"
        r"(?:forward\s+)?to\s+the\s+next\s+(?:round|stage|step)",
    ),
    (
        INTERVIEW,
        0.6,
        "en",
        r"\b(?:next|following)\s+(?:step|round|stage)\b.{0,60}\b(?:interview|call|"
        r"conversation|chat|assessment|technical|meeting)",
    ),
    (
        INTERVIEW,
        0.6,
        "en",
        r"\b(?:please|kindly)\s+(?:\w+\s+)?(?:select|pick|choose|book|let us know|share|send)"
        r"\s+(?:\w+\s+)?(?:a\s+)?(?:time|slot|your availability|times)",
    ),
    (
        INTERVIEW,
        0.5,
        "en",
        r"\b(?:what is|what's|share) your availability|when (?:are|would) you (?:be )?"
        r"available|does (?:this|that) (?:time )?work for you",
    ),
    (
        INTERVIEW,
        0.4,
        "en",
        r"calendly\.com|goodtime\.io|cal\.com/|zoom\.us/|meet\.google\.com|teams\.microsoft",
    ),
    (
        INTERVIEW,
        1.0,
        "en",
        r"\b(?:interview|call|meeting|conversation)\b.{0,60}\b(?:has been|have been|is|was)\s+"
        r"(?:scheduled|confirmed|booked|set up|arranged)",
    ),
    (
        INTERVIEW,
        1.0,
        "en",
        r"\b(?:like|love|want|happy|keen|glad)\s+to\s+(?:invite|schedule|set up|arrange|book|"
        r"organi[sz]e)\b.{0,40}\b(?:interview|call|conversation|chat|meeting|screen)",
    ),
    # "we'd love to have a first video call with you", "keen to hold a short phone screen"
    (
        INTERVIEW,
        1.0,
        "en",
        r"\b(?:like|love|want|happy|keen|glad)\s+to\s+(?:have|hold|do)\s+(?:an?\s+|the\s+)?"
        r"(?:[\w-]+\s+){0,3}(?:interview|call|conversation|chat|meeting|screen)\b",
    ),
    (
        INTERVIEW,
        0.6,
        "en",
        r"\b(?:like|love|want|keen|excited)\s+to\s+(?:meet|speak with|talk to|chat with)\s+you",
    ),
    (
        INTERVIEW,
        1.0,
        "en",
        r"\bavailable\s+for\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:interview|call|chat|"
        r"conversation|meeting)",
    ),
    (
        INTERVIEW,
        1.0,
        "en",
        r"\b(?:scheduled|booked|confirmed|arranged|set up)\s+(?:your|an?|the)\s+(?:\w+\s+)?"
        r"(?:interview|onsite|on-site|call|screen|chat|meeting)",
    ),
    # --- Interview invitation, German
    (
        INTERVIEW,
        1.0,
        "de",
        r"\b(?:einladen|einladung|laden\s+(?:sie|dich)\b.{0,80}\bein)\b.{0,80}"
        r"(?:gespr(?:ä|ae)ch|interview|kennenlernen|termin|assessment|auswahltag|probetag)",
    ),
    (
        INTERVIEW,
        1.0,
        "de",
        r"(?:vorstellungs|bewerbungs|kennenlern|telefon|video|erst|zweit|fach)"
        r"(?:gespr(?:ä|ae)ch|interview)\b.{0,80}\b(?:einladen|einladung|vereinbaren|am\s|termin)",
    ),
    (
        INTERVIEW,
        1.0,
        "de",
        r"(?:gespr(?:ä|ae)ch|interview|kennenlernen|termin|assessment\w*|auswahltag|probetag|"
        r"probearbeit\w*|hospitation)\b.{0,60}\b(?:einladen|einzuladen)",
    ),
    (
        INTERVIEW,
        0.5,
        "de",
        r"\b(?:terminvorschl(?:ä|ae)g|passt (?:ihnen|dir)|h(?:ä|ae)tten sie zeit|"
        r"ihre verf(?:ü|ue)gbarkeit)",
    ),
    (
        INTERVIEW,
        1.0,
        "de",
        r"\b(?:termin|gespr(?:ä|ae)ch|interview|telefonat)\b.{0,60}\bvor(?:schlagen|schlag)|"
        r"\bvor(?:schlagen|schlag)\b.{0,40}\b(?:gespr(?:ä|ae)ch|interview|telefonat|termin)",
    ),
    (
        INTERVIEW,
        0.6,
        "de",
        r"\b(?:kennenlernen|kennen ?zu ?lernen|lust auf ein\w* (?:\w+ )?gespr(?:ä|ae)ch)\b",
    ),
    (
        INTERVIEW,
        1.0,
        "de",
        r"\bzeit\s+f(?:ü|ue)r\s+ein\w*\s+(?:\w+\s+)?(?:gespr(?:ä|ae)ch|interview|"
        r"telefonat|kennenlernen)",
    ),
    (
        INTERVIEW,
        0.6,
        "de",
        r"\b(?:w(?:ä|ae)hle|w(?:ä|ae)hlen sie|buche|buchen sie)\b.{0,60}\btermin",
    ),
    # --- Interview invitation, French
    (
        INTERVIEW,
        1.0,
        "fr",
        r"\b(?:inviter|convier|convoquer)\b.{0,80}\b(?:entretien|(?:é|e)change|rencontre|"
        r"appel|visio)",
    ),
    (
        INTERVIEW,
        1.0,
        "fr",
        r"\bentretien\b.{0,80}\b(?:proposer|planifier|fixer|organiser|pr(?:é|e)vu|"
        r"confirm)",
    ),
    (INTERVIEW, 0.5, "fr", r"\b(?:vos|tes) disponibilit(?:é|e)s"),
    (
        INTERVIEW,
        1.0,
        "fr",
        r"\b(?:organiser|planifier|fixer|proposer|programmer|caler|pr(?:é|e)voir)\b.{0,40}"
        r"\b(?:entretien|(?:é|e)change|visio|rendez-vous)",
    ),
    (
        INTERVIEW,
        1.0,
        "fr",
        r"\b(?:propos\w*|organis\w*|planifi\w*|fix\w*|pr(?:é|e)vo\w*)\b.{0,40}"
        r"\b(?:entretien|(?:é|e)change|visio|rendez-vous|rencontre)",
    ),
    (INTERVIEW, 0.6, "fr", r"\b(?:vous|te) rencontrer\b"),
    (
        INTERVIEW,
        1.0,
        "fr",
        r"\bdisponibles?\s+pour\s+(?:un|une)\s+(?:\w+\s+)?(?:entretien|(?:é|e)change|"
        r"rencontre|appel|visio)",
    ),
    (
        INTERVIEW,
        0.6,
        "fr",
        r"\b(?:choisissez|choisis|r(?:é|e)servez|r(?:é|e)serve)\b.{0,40}\bcr(?:é|e)neau",
    ),
    # --- Interview invitation, Spanish
    (
        INTERVIEW,
        1.0,
        "es",
        r"\b(?:invitarte|invitarle|convocarte|convocarle|invitamos)\b.{0,80}\b(?:entrevista|"
        r"reuni(?:ó|o)n|llamada|videollamada)",
    ),
    (
        INTERVIEW,
        1.0,
        "es",
        r"\b(?:entrevista|videollamada)\b.{0,80}\b(?:agendar|programar|coordinar|"
        r"concertar|confirm|organizar)|\b(?:agendar|programar|coordinar|concertar|organizar)\b.{0,40}"
        r"\bentrevista",
    ),
    (INTERVIEW, 0.5, "es", r"\b(?:tu|su) disponibilidad"),
    (
        INTERVIEW,
        1.0,
        "es",
        r"\b(?:coordinar|agendar|programar|organizar|concertar|proponerte|proponerle)\b.{0,40}"
        r"\b(?:entrevista|reuni(?:ó|o)n|llamada|videollamada)",
    ),
    (INTERVIEW, 0.6, "es", r"\b(?:conocerte|conocerle|hablar contigo)\b"),
    (
        INTERVIEW,
        1.0,
        "es",
        r"\bdisponibles?\s+para\s+(?:una?\s+)?(?:\w+\s+)?(?:entrevista|reuni(?:ó|o)n|"
        r"llamada|videollamada)",
    ),
    (
        INTERVIEW,
        0.6,
        "es",
        r"\b(?:elige|escoge|selecciona|reserva)\b.{0,40}\b(?:horario|hueco|franja|cita)",
    ),
    # --- Confirmation, English
    (
        CONFIRMATION,
        1.0,
        "en",
        r"\b(?:received|receipt of) your (?:\w+\s+)?(?:application|cv|resume|submission)",
    ),
    (CONFIRMATION, 1.0, "en", r"\bapplication (?:confirmation|received|submitted)\b"),
    (
        CONFIRMATION,
        0.6,
        "en",
        r"\bthank(?:s| you) for (?:applying|your application|submitting|your recent "
        r"application)",
    ),
    (
        CONFIRMATION,
        0.4,
        "en",
        r"\b(?:we(?:'ll| will)|our (?:team|recruiters?) will)\s+(?:\w+\s+){0,2}(?:review|"
        r"be in touch|get back|contact you|reach out)",
    ),
    (
        CONFIRMATION,
        1.0,
        "en",
        r"\b(?:received|receipt of|got) your (?:\w+\s+){0,2}(?:application|cv|resume|"
        r"submission|candidacy|documents)",
    ),
    (
        CONFIRMATION,
        1.0,
        "en",
        r"\b(?:application|cv|resume|submission|candidacy)\b.{0,60}\b(?:has been|have been|"
        r"was|is|were)\s+(?:successfully\s+)?(?:received|submitted|sent)",
    ),
    # --- Confirmation, German
    (
        CONFIRMATION,
        1.0,
        "de",
        r"\beingangsbest(?:ä|ae)tigung\b|\bbewerbung\b.{0,60}\b(?:eingegangen|angekommen|"
        r"erhalten)|\b(?:erhalten|empfangen) (?:haben|hat)\b.{0,10}$",
    ),
    (
        CONFIRMATION,
        0.6,
        "de",
        r"\b(?:vielen )?dank f(?:ü|ue)r (?:ihre|deine) (?:bewerbung|interesse)",
    ),
    (
        CONFIRMATION,
        0.4,
        "de",
        r"\b(?:melden uns|werden uns .{0,30}melden|(?:sichten|prüfen|pr(?:ü|ue)fen) "
        r"(?:ihre|deine))",
    ),
    (
        CONFIRMATION,
        1.0,
        "de",
        r"\b(?:ihre|deine)\s+(?:bewerbungs)?(?:unterlagen|bewerbung|lebenslauf)\s+"
        r"(?:\w+\s+){0,3}(?:erhalten|eingegangen|angekommen)",
    ),
    (
        CONFIRMATION,
        0.6,
        "de",
        r"\bdanke?\s+(?:dir\s+|ihnen\s+|sch(?:ö|oe)n\s+)?f(?:ü|ue)r\s+(?:ihre|deine)\s+"
        r"bewerbung",
    ),
    # --- Confirmation, French
    (
        CONFIRMATION,
        1.0,
        "fr",
        r"\b(?:bien\s+)?re(?:ç|c)u\s+(?:votre|ta)\s+candidature|accus(?:é|e) de "
        r"r(?:é|e)ception|candidature (?:a bien (?:é|e)t(?:é|e)|est bien) (?:re(?:ç|c)ue"
        r"|enregistr(?:é|e)e)",
    ),
    (CONFIRMATION, 0.6, "fr", r"\bmerci (?:pour|de) (?:votre|ta) candidature"),
    (
        CONFIRMATION,
        0.4,
        "fr",
        r"\b(?:reviendrons vers vous|reviendrons vers toi|vous recontacter|"
        r"(?:é|e)tudier votre)",
    ),
    (
        CONFIRMATION,
        1.0,
        "fr",
        r"\b(?:a|ont) bien (?:é|e)t(?:é|e) (?:enregistr|re(?:ç|c)u|transmis)",
    ),
    (CONFIRMATION, 1.0, "fr", r"\baccus\w*\s+(?:de\s+)?r(?:é|e)ception"),
    (CONFIRMATION, 1.0, "fr", r"\bbien\s+parvenu"),
    (CONFIRMATION, 1.0, "fr", r"\b(?:a|ont) bien (?:é|e)t(?:é|e) envoy"),
    # --- Confirmation, Spanish
    (
        CONFIRMATION,
        1.0,
        "es",
        r"\b(?:hemos\s+)?recibido\s+(?:correctamente\s+)?(?:tu|su)\s+(?:candidatura|"
        r"solicitud|postulaci(?:ó|o)n|cv)|(?:candidatura|solicitud) (?:ha sido|fue) (?:recibida|"
        r"registrada)",
    ),
    (
        CONFIRMATION,
        0.6,
        "es",
        r"\bgracias por (?:tu|su) (?:candidatura|solicitud|postulaci(?:ó|o)n|inter(?:é|e)s)",
    ),
    (CONFIRMATION, 0.4, "es", r"\bnos pondremos en contacto|revisar(?:emos|á) (?:tu|su)"),
    (CONFIRMATION, 1.0, "es", r"\b(?:ha|han) sido (?:recibid|registrad)"),
    (
        CONFIRMATION,
        1.0,
        "es",
        r"\b(?:se ha|ha sido|fue)\s+(?:registrad|recibid)\w*\s+correctamente|"
        r"\bcandidatura se ha registrado",
    ),
    # --- Offer, English
    (
        OFFER,
        1.0,
        "en",
        r"\b(?:pleased|delighted|happy|excited|thrilled|glad)\s+to\s+(?:formally\s+)?(?:offer|"
        r"extend)\s+you",
    ),
    (
        OFFER,
        1.0,
        "en",
        r"\b(?:extend|make|making|extending|send(?:ing)? you)\s+(?:you\s+)?(?:an?\s+)?"
        r"(?:formal\s+|written\s+|verbal\s+)?offer\b",
    ),
    (
        OFFER,
        1.0,
        "en",
        r"\b(?:offer letter|offer of employment|employment offer|job offer|your offer)\b",
    ),
    (OFFER, 1.0, "en", r"\b(?:would like|'d like|want|are able|are happy)\s+to\s+offer\s+you\b"),
    # the post itself offered to the reader: "we are offering you the analyst position"
    (
        OFFER,
        1.0,
        "en",
        r"\b(?:offering|offer)\s+you\s+(?:the|this|a)\s+(?:[\w-]+\s+){0,4}(?:role|position|job|"
        r"post)\b",
    ),
    # --- Offer, German
    (
        OFFER,
        1.0,
        "de",
        r"\b(?:vertragsangebot|arbeitsvertrag|(?:ein|unser) angebot\s+(?:zu\s+)?(?:unterbreiten|"
        r"machen|senden)|angebot f(?:ü|ue)r die (?:stelle|position)|freuen uns,? ihnen\b.{0,60}"
        r"(?:anbieten|zusage|angebot))",
    ),
    (OFFER, 1.0, "de", r"\b(?:stelle|position|rolle|job)\b.{0,40}\b(?:anbieten|anzubieten)\b"),
    (OFFER, 0.6, "de", r"^zusage\b"),
    # the separable "bieten Ihnen die Stelle … an"
    (
        OFFER,
        1.0,
        "de",
        r"\bbieten\s+(?:wir\s+)?(?:ihnen|dir)\s+(?:\w+\s+)?(?:die|eine|unsere)\s+(?:stelle|"
        r"position|festanstellung|anstellung)\b.{0,80}\ban\b",
    ),
    # --- Offer, French
    (
        OFFER,
        1.0,
        "fr",
        r"\b(?:proposition|promesse) d'embauche|(?:heureux|heureuse|ravis?|plaisir)\s+de\s+"
        r"(?:vous|te)\s+(?:proposer|offrir|faire (?:une|part d'une) (?:offre|proposition))",
    ),
    # the post itself offered to the reader: "nous vous offrons le poste de …"
    (
        OFFER,
        1.0,
        "fr",
        r"\b(?:vous|te)\s+(?:offrons|offre|proposons|propose)\s+(?:officiellement\s+)?"
        r"(?:le|ce|un)\s+poste\b",
    ),
    # --- Offer, Spanish
    # proposing that the reader join, or offering the post: "proponerte que te incorpores",
    # "le ofrecemos el puesto de …"
    (
        OFFER,
        1.0,
        "es",
        r"\b(?:proponerte|proponerle|ofrecerte|ofrecerle|te ofrecemos|le ofrecemos|"
        r"te proponemos|le proponemos)\b.{0,40}\b(?:incorpor\w+|el puesto|la plaza|un contrato|"
        r"unirte|unirse)\b",
    ),
    (
        OFFER,
        1.0,
        "es",
        r"\b(?:carta (?:de )?oferta|(?:encantad[oa]s|complace|alegra|gusto)\b.{0,40}"
        r"(?:ofrecerte|ofrecerle|hacerte una oferta|hacerle una oferta))",
    ),
    # --- Out-of-office reply, English
    (
        OOO,
        1.0,
        "en",
        r"\b(?:out of (?:the )?office|on (?:annual |parental |sick )?leave|away from (?:the )?"
        r"office|limited access to (?:my )?e-?mail|automatic reply|auto-?reply|autoreply)\b",
    ),
    # --- Out-of-office reply, German
    (
        OOO,
        1.0,
        "de",
        r"\b(?:abwesenheitsnotiz|automatische antwort|nicht im b(?:ü|ue)ro|au(?:ß|ss)er haus|"
        r"bin (?:ich )?(?:bis|vom) .{0,40}(?:abwesend|im urlaub|nicht erreichbar))",
    ),
    # --- Out-of-office reply, French
    (
        OOO,
        1.0,
        "fr",
        r"\b(?:r(?:é|e)ponse automatique|absente? du bureau|je suis absente?|en cong(?:é"
        r"|e)s?\b.{0,40}"
        r"(?:retour|jusqu))",
    ),
    # --- Out-of-office reply, Spanish
    (
        OOO,
        1.0,
        "es",
        r"\b(?:respuesta autom(?:á|a)tica|fuera de la oficina|estoy de vacaciones|"
        r"ausente hasta)",
    ),
    # --- Job alert, English
    (
        ALERT,
        1.0,
        "en",
        r"\b(?:job alert|jobs? (?:you might|you may|that match|matching|recommended for|"
        r"picked for|for you)|new jobs?\b|recommended jobs|similar jobs|top jobs)",
    ),
    # --- Job alert, German
    (
        ALERT,
        1.0,
        "de",
        r"\b(?:job-?alarm|jobagent|passende (?:jobs|stellen)|neue (?:jobs|stellenangebote)|"
        r"stellenangebote f(?:ü|ue)r)",
    ),
    # --- Job alert, French
    (
        ALERT,
        1.0,
        "fr",
        r"\b(?:alerte(?:-| )emploi|offres? (?:d'emploi )?(?:qui )?(?:vous )?correspond|nouvelles "
        r"offres|offres pour vous)",
    ),
    # --- Job alert, Spanish
    (
        ALERT,
        1.0,
        "es",
        r"\b(?:alerta de empleo|ofertas (?:de empleo )?(?:para ti|que (?:coinciden|encajan))|"
        r"nuevas ofertas|empleos recomendados)",
    ),
    # --- Bulk mail, any language
    (
        BULK,
        1.0,
        "",
        r"\b(?:unsubscribe|abmelden|abbestellen|d(?:é|e)sabonner|d(?:é|e)sinscri|darse de baja|"
        r"cancelar (?:la |tu )?suscripci|view (?:this email )?in (?:your )?browser|im browser "
        r"(?:ansehen|anzeigen)|newsletter|weekly digest|webinar)",
    ),
    # --- Recruiter outreach, English
    (
        OUTREACH,
        1.0,
        "en",
        r"\b(?:came across|found|saw|noticed|impressed by) your (?:profile|background|"
        r"experience|cv|github)|(?:open|interested) (?:to|in) (?:\w+\s+)?(?:new\s+)?(?:opportunit"
        r"|roles?\b|"
        r"a (?:new )?role|a conversation|exploring)|on behalf of (?:my|our|a) client|"
        r"i(?:'m| am) (?:a |an )?(?:\w+\s+)?(?:recruiter|headhunter|talent partner|sourcer)",
    ),
    # --- Recruiter outreach, German
    (
        OUTREACH,
        1.0,
        "de",
        r"\b(?:auf (?:ihr|dein) profil (?:gesto(?:ß|ss)en|aufmerksam)|(?:ihr|dein) profil "
        r"(?:hat mich|ist mir)|offen f(?:ü|ue)r (?:neue|eine neue))",
    ),
    # --- Recruiter outreach, French
    (
        OUTREACH,
        1.0,
        "fr",
        r"\b(?:votre|ton) profil (?:a retenu|m'a|a attir)|ouverte? (?:à|a) de nouvelles "
        r"opportunit",
    ),
    # --- Recruiter outreach, Spanish
    (
        OUTREACH,
        1.0,
        "es",
        r"\b(?:he|hemos) (?:visto|encontrado) (?:tu|su) perfil|abiert[oa] a nuevas "
        r"oportunidades",
    ),
)


def _top_level_alternation(pattern: str) -> bool:
    depth, index, in_class = 0, 0, False
    while index < len(pattern):
        character = pattern[index]
        if character == "\\":
            index += 2
            continue
        if in_class:
            in_class = character != "]"
        elif character == "[":
            in_class = True
        elif character == "(":
            depth += 1
        elif character == ")":
            depth -= 1
        elif character == "|" and depth == 0:
            return True
        index += 1
    return False


def _compile(pattern: str) -> tuple[re.Pattern, bool]:
    """The pattern, and whether a word boundary must be checked at each match's start.

    A leading ``\\b`` stops the regex engine from scanning for the pattern's first
    characters quickly (five to ten times slower); it is checked by hand instead."""
    if pattern.startswith("\\b") and not _top_level_alternation(pattern):
        return re.compile(pattern[2:]), True
    return re.compile(pattern), False


_COMPILED = [
    (kind, weight, language, *_compile(pattern)) for kind, weight, language, pattern in _FAMILIES
]


def _matches(pattern: re.Pattern, boundary: bool, text: str):
    if not boundary:
        yield from pattern.finditer(text)
        return
    position = 0
    while (match := pattern.search(text, position)) is not None:
        start = match.start()
        if start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_"):
            yield match
            position = max(match.end(), start + 1)
        else:
            position = start + 1


_NEGATIVE_KINDS = frozenset((OOO, ALERT, BULK, OUTREACH))

# A decision stated as a condition or a policy does not count: "if we decide not to move
# forward, we will let you know", "should your application not be successful", "if you are
# shortlisted, we will arrange a call", "bis die Stelle besetzt ist" (only until then).
_CONDITIONAL = re.compile(
    r"\b(?:if|should|in case|whether|unless|falls|sollten|wenn|sofern|si|en caso de|s'il|"
    r"au cas o(?:ù|u)|even if|regardless|once|sobald|solange|bis (?:die|der|das|wir))\b"
)
# A decision told about others ("when they tell you they've decided to go with another
# candidate", "companies have decided not to ...") is an article, not a decision.
_THIRD_PARTY = re.compile(
    r"\b(?:they|they've|they'd|they'll|companies|employers|recruiters|hiring managers|"
    r"many firms|most firms)\b"
)
# A negation just before an offer's words turns it into a refusal.
_NEGATION = re.compile(
    r"(?:\bnot|n't|\bunable|\bnever|\bnicht|\bkein\w*|\bpas|\bplus|\bno)\b(?:\s+\S+){0,3}\s*$"
)
# German puts the verb last, so the negation sits between the object and the offer's verb:
# "die Stelle nicht anbieten", "zu keinem Gespräch einladen".
_NEGATED_VERB_LAST = re.compile(r"\b(?:nicht|kein\w*|nie)\b(?:\s+\S+){0,2}\s*$")
# Words that mail about a job uses (besides a reference to the reader's application).
_JOB_CONTEXT = re.compile(
    r"interview|\b(?:candida\w*|positions?|roles?|jobs?|vacanc\w+|hiring|hire|recruit\w*|"
    r"careers?|talent|employ\w+|offer letter|bewerb\w*|stellen?\w*|vorstellungsgespr\w*|"
    r"kandidat\w*|personal\w*|postes?|entretiens?|recrut\w*|emplois?|puestos?|entrevistas?|"
    r"vacantes?|empleos?|selecci(?:ó|o)n|contrataci(?:ó|o)n|"
    # programmes that are jobs, and the selection days for them
    r"trainee\w*|internships?|apprenticeships?|praktik\w*|ausbildung\w*|werkstudent\w*|"
    r"alternance|pr(?:á|a)cticas|assessment[- ]?(?:cent(?:er|re)|day))\b"
)
_APPLICATION_REF = re.compile(
    _APPLICATION
    + r"|\b(?:the|this) (?:position|role|opening|vacancy)|\bstelle\b|\bposte\b|\bpuesto\b"
)

# Sentence ends; not after a digit ("am 5. März") or a one-letter abbreviation.
_SENTENCE_SPLIT = re.compile(r"(?<=[!?;])\s+|(?<=[^\d\s.][^\d\s][.])\s+|\n+")
_QUOTE_MARKS = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"'})
_SUBJECT_PREFIX = re.compile(
    r"^\s*(?:(?:re|aw|fwd?|wg|tr|rv|fw|sv|antw|r)\s*(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE
)
_REPLY_PREFIX = re.compile(r"^\s*(?:re|aw|antw|sv|rv|r)\s*:", re.IGNORECASE)

_STOPWORDS = {
    "en": frozenset(
        {"the", "and", "you", "your", "we", "to", "of", "for", "with", "have", "has", "this"}
        | {"that", "will", "our", "is", "are", "be", "at"}
    ),
    "de": frozenset(
        {"der", "die", "das", "und", "sie", "ihre", "ihr", "wir", "uns", "für", "nicht", "mit"}
        | {"ist", "eine", "einen", "den", "zu", "bei", "dich", "dir", "du", "ich"}
    ),
    "fr": frozenset(
        {"le", "la", "les", "et", "vous", "votre", "nous", "pour", "avec", "est", "une", "des"}
        | {"du", "au", "pas", "ce", "dans", "ton", "ta", "je", "merci"}
    ),
    "es": frozenset(
        {"el", "los", "las", "y", "tu", "su", "nosotros", "para", "con", "es", "una"}
        | {"del", "al", "por", "que", "no", "te", "le", "gracias", "hemos"}
    ),
}
_WORD = re.compile(r"[a-zà-ÿ']+")


def _language_counts(text: str) -> dict[str, int]:
    counts = dict.fromkeys(_STOPWORDS, 0)
    for word in _WORD.findall(text[:4000]):
        for language, words in _STOPWORDS.items():
            if word in words:
                counts[language] += 1
    return counts


def detect_language(text: str) -> str:
    """ "en", "de", "fr" or "es" by their commonest words; "" when the text is too short."""
    counts = _language_counts(text.lower())
    best = max(counts, key=counts.get)
    return best if counts[best] >= 3 else ""


def strip_subject_prefix(subject: str) -> str:
    return _SUBJECT_PREFIX.sub("", subject).strip()


def _sentences(text: str) -> list[str]:
    return [tidy(s) for s in _SENTENCE_SPLIT.split(text) if s and s.strip()]


Signal = tuple[float, str, int]


def _signals(
    sentences: list[str], languages: frozenset[str], subject_count: int, subject_factor: float
) -> dict[str, list[Signal]]:
    """kind → [(weight, sentence, family index)], one entry per family and sentence.

    The patterns run once over all sentences joined by newlines (no pattern crosses a
    newline), which is several times faster than once per sentence."""
    lowered = [sentence.lower().translate(_QUOTE_MARKS) for sentence in sentences]
    joined = "\n".join(lowered)
    starts = []
    position = 0
    for sentence in lowered:
        starts.append(position)
        position += len(sentence) + 1
    found: dict[str, list[Signal]] = {}
    for index, (kind, weight, language, pattern, boundary) in enumerate(_COMPILED):
        if language and language not in languages:
            continue
        for match in _matches(pattern, boundary, joined):
            number = bisect_right(starts, match.start()) - 1
            if kind not in _NEGATIVE_KINDS and weight >= 0.5:
                before = joined[starts[number] : match.start()]
                if _CONDITIONAL.search(before[-80:]) or _QUOTED.search(before):
                    continue
                if kind == REJECTION and _THIRD_PARTY.search(before[-60:]):
                    continue
                if kind in (OFFER, INTERVIEW) and (
                    _NEGATION.search(before[-40:]) or _NEGATED_VERB_LAST.search(match.group(0))
                ):
                    # "decided not to extend you an offer" refuses one; "nous ne pourrons
                    # pas vous proposer d'entretien" refuses an interview. A refused offer of
                    # the post ("die Stelle nicht anbieten") is a rejection.
                    if kind == OFFER:
                        found.setdefault(REJECTION, []).append((weight, sentences[number], index))
                    continue
            factor = subject_factor if number < subject_count else 1.0
            found.setdefault(kind, []).append((weight * factor, sentences[number], index))
    # Decisions found by cue and object rather than by wording: one family per kind.
    for kind, weight, number, offset in decisions(lowered):
        before = lowered[number][:offset]
        if _CONDITIONAL.search(before[-80:]) or _QUOTED.search(before):
            continue
        if kind == REJECTION and _THIRD_PARTY.search(before[-60:]):
            continue
        if kind == INTERVIEW and _NEGATION.search(before[-40:]):
            continue
        factor = subject_factor if number < subject_count else 1.0
        found.setdefault(kind, []).append((weight * factor, sentences[number], _DECISION[kind]))
    return found


# Family numbers for the cue-and-object decisions (the phrase families count from 0).
_DECISION = {REJECTION: -2, INTERVIEW: -3, CONFIRMATION: -4}
# A cue inside quotation marks is cited, not said ("why 'we have decided to ...' means"): an
# opening mark (after a space, before a letter) with no closing mark after it.
_QUOTED = re.compile(r"(?:^|[\s(:])['\"](?=\w)(?!.*\w['\"](?:[\s.,;:!?)]|$))")


_MEETING_WORD = re.compile(
    r"\b(?:interview\w*|onsite|on-site|phone screen|video call|call|chat|meeting|gespr(?:ä"
    r"|ae)ch\w*|telefonat|"
    r"kennenlernen|termin|entretien|entrevue|rencontre|(?:é|e)change|visio\w*|rendez-vous|"
    r"entrevista|reuni(?:ó|o)n|llamada|videollamada|cita|"
    # where or how people meet: a video platform, a meeting verb, a named round
    r"assessment(?:-?cent(?:er|re)| day)?|auswahltag|probetag|"
    r"teams|zoom|google meet|meet|treffen|sprechen|(?:technical|first|second|final|next|"
    r"panel)\s+round)\b"
)


def _proposed_slot(sentences: list[str], lowered_text: str) -> list[Signal]:
    """A sentence that names a day and a time, in a message that speaks of a meeting, is an
    appointment being proposed or confirmed: the structure of an invitation in any wording."""
    if not _MEETING_WORD.search(lowered_text):
        return []
    for number, sentence in enumerate(sentences):
        if has_slot(sentence):
            # Strong when the meeting is named in the same sentence, nearly as strong in the
            # sentence just before or after ("Passt dir Freitag um 10:30? Wir treffen uns per
            # Google Meet …"), weak otherwise.
            weight = 0.6
            if _MEETING_WORD.search(sentence.lower()):
                weight = 1.0
            elif any(
                _MEETING_WORD.search(sentences[near].lower())
                for near in (number - 1, number + 1)
                if 0 <= near < len(sentences)
            ):
                weight = 0.9
            return [(weight, sentence, -1)]
    return []


def _score(entries: list[Signal]) -> float:
    """Each family counts once, with its strongest sentence; families that overlap on one
    sentence (several wordings of one decision) add little (a quarter each, at most two),
    so one sentence cannot outvote a whole message."""
    best: dict[int, tuple[float, str]] = {}
    for weight, sentence, index in entries:
        if index not in best or weight > best[index][0]:
            best[index] = (weight, sentence)
    by_sentence: dict[str, list[float]] = {}
    for weight, sentence in best.values():
        by_sentence.setdefault(sentence, []).append(weight)
    total = 0.0
    for weights in by_sentence.values():
        weights.sort(reverse=True)
        total += weights[0] + 0.25 * min(2, len(weights) - 1)
    return total


def _reasons(entries: list[Signal]) -> tuple[str, ...]:
    ordered = sorted(entries, key=lambda entry: -entry[0])
    seen: list[str] = []
    for _, sentence, _ in ordered:
        if sentence[:300] not in seen:
            seen.append(sentence[:300])
    return tuple(seen[:3])


def classify(message: ParsedMessage, *, now: datetime | None = None) -> Classification:
    """What ``message`` is (see the module's docstring). ``now`` stands in for the message's
    date when it has none (relative dates such as "tomorrow" count from it)."""
    subject = strip_subject_prefix(message.subject)
    body = (message.text or message.full_text)[:20_000]
    subject_sentences = _sentences(subject)
    sentences = subject_sentences + _sentences(body)
    counts = _language_counts((subject + "\n" + body).lower())
    best_count = max(counts.values())
    language = max(counts, key=counts.get) if best_count >= 3 else ""
    if best_count >= 3:
        languages = frozenset(k for k, v in counts.items() if v >= max(2, best_count * 0.3))
    else:
        languages = frozenset(_STOPWORDS)
    # A reply's subject repeats what the other side wrote earlier ("Re: Interview invitation").
    subject_factor = 0.5 if _REPLY_PREFIX.match(message.subject) else 1.0
    signals = _signals(sentences, languages, len(subject_sentences), subject_factor)
    slot = _proposed_slot(_sentences(body), (subject + "\n" + body).lower())
    if slot:
        signals.setdefault(INTERVIEW, []).extend(slot)
    # The subject alone cannot decide a rejection: a real one says so in its body, while a
    # newsletter's headline ("Why your application was not selected") says so only there.
    subject_only = signals.get(REJECTION) and not any(
        weight >= 0.5 and sentence not in subject_sentences
        for weight, sentence, _ in signals[REJECTION]
    )
    if subject_only:
        signals[REJECTION] = [(w * 0.5, sentence, i) for w, sentence, i in signals[REJECTION]]
    scores = {
        kind: _score(signals.get(kind, []))
        for kind in (REJECTION, INTERVIEW, CONFIRMATION, OFFER, OOO, ALERT, BULK, OUTREACH)
    }
    lowered = (subject + "\n" + body).lower().translate(_QUOTE_MARKS)
    about_application = bool(_APPLICATION_REF.search(lowered))
    sender = message.forwarded_from or (message.sender_name, message.sender_address)
    company = extract_company(
        sender_name=sender[0],
        sender_address=sender[1],
        subject=subject,
        text=body,
        signature=message.signature,
    )
    position = extract_position(subject=subject, text=body, company=company)
    job_related = bool(about_application or position or _JOB_CONTEXT.search(lowered))
    if not job_related:
        # Nothing in the message is about an application, a job or a position: a decision
        # here concerns something else (a pull request, an event), and a meeting booked or
        # a day and time named in a sentence that does not say "interview" (or "entretien",
        # "Gespräch", …) is a meeting among colleagues.
        scores[REJECTION] *= 0.3
        scores[INTERVIEW] = _score(
            [
                entry
                for entry in signals.get(INTERVIEW, [])
                if INTERVIEW_WORDS.search(entry[1].lower())
            ]
        )
    if message.third_party_forward:
        # Someone else's mail forwarded to the reader (a friend's rejection): not theirs.
        for kind_name in (REJECTION, INTERVIEW, CONFIRMATION, OFFER):
            scores[kind_name] = 0.0

    kind = Kind.OTHER
    job_scores = {
        Kind.REJECTION: scores[REJECTION],
        Kind.OFFER: scores[OFFER],
        Kind.INTERVIEW: scores[INTERVIEW],
        Kind.CONFIRMATION: scores[CONFIRMATION],
    }
    held_back = scores[OOO] >= 1 or (
        scores[ALERT] >= 1 and scores[REJECTION] < 1 and scores[OFFER] < 1
    )
    if not held_back:
        if scores[OUTREACH] >= 1 and not about_application:
            # A recruiter's first message proposes a call; it is not an invitation.
            job_scores = {k: v * 0.3 for k, v in job_scores.items()}
        if scores[BULK] >= 1:
            # Bulk mail (an unsubscribe link, "view in browser") is rarely about one
            # application; ATS mail that has such a footer still decides in plain words.
            factor = 0.7 if about_application else 0.4
            job_scores = {k: v * factor for k, v in job_scores.items()}
        # A clear negative decision outweighs the thanks and the "after your interview"
        # around it; an offer outweighs the invitation to discuss it.
        for candidate in (Kind.REJECTION, Kind.OFFER, Kind.INTERVIEW, Kind.CONFIRMATION):
            if job_scores[candidate] >= 0.9:
                kind = candidate
                break

    # A rejection (or offer, invitation, receipt) of something that is not a job — a
    # grant, a university place, a flat, a talk — is worded like a job's: what was applied
    # for decides (``inbox.applied_for``).
    non_job = None
    if kind != Kind.OTHER or (job_related and not held_back):
        non_job = not_a_job(
            subject=subject,
            sentences=[sentence.lower() for sentence in sentences],
            sender_name=sender[0],
            sender_address=sender[1],
        )
        if non_job is not None:
            kind = Kind.OTHER

    guess = None
    if (
        kind == Kind.OTHER
        and non_job is None
        and job_related
        and not held_back
        and not message.third_party_forward
        and scores[BULK] < 1
        and scores[OUTREACH] < 1
    ):
        # No rule fired, but the message is about an application and is not bulk mail, an
        # out-of-office reply, outreach or someone else's forward: the statistical fallback
        # may name a kind, only when it is very sure, and with less confidence than a rule.
        guess = _model_guess(subject + "\n" + body)
        if guess is not None:
            kind = Kind(guess.kind)

    if guess is not None:
        confidence = 0.5 + (CEILING - 0.5) * (guess.probability - THRESHOLD) / (1 - THRESHOLD)
        reasons = ("model: wording like " + ", ".join(f"“{t}”" for t in guess.terms),)
    elif non_job is not None:
        confidence = 0.85
        reasons = (f"about {non_job[0]}, not a job: {non_job[1][:280]}",)
    elif kind == Kind.OTHER:
        strongest = max(job_scores.values())
        negative = max(scores[OOO], scores[ALERT], scores[OUTREACH], scores[BULK])
        confidence = 0.95 if negative >= 1 else 0.95 - 0.4 * min(strongest / 0.9, 1.0)
        reason_kinds = [k for k in (OOO, ALERT, OUTREACH, BULK) if scores[k] >= 1]
        reasons = _reasons(signals.get(reason_kinds[0], [])) if reason_kinds else ()
    else:
        confidence = _confidence(kind, job_scores)
        reasons = _reasons(signals.get(str(kind), []))

    event_at = None
    if kind == Kind.INTERVIEW:
        event_at = extract_event_at(
            body, sent_at=message.sent_at or now, language=language, subject=subject
        )
    return Classification(
        kind=str(kind),
        confidence=round(confidence, 3),
        company=company,
        position=position,
        event_at=event_at,
        language=language,
        reasons=reasons,
    )


def _model_guess(text: str):
    """The model's prediction when it names a job kind with at least ``THRESHOLD``
    probability, else None (also when no model is shipped)."""
    model = load_model()
    if model is None:
        return None
    prediction = model.predict(text)
    if prediction.kind == Kind.OTHER or prediction.probability < THRESHOLD:
        return None
    return prediction


def _confidence(kind: str, scores: dict[str, float]) -> float:
    """From the winning score (1.0 → 0.80, 1.5 → 0.91, 2.0 → 0.96), less when another kind
    scored close to it."""
    best = scores[kind]
    others = max((v for k, v in scores.items() if k != kind), default=0.0)
    base = 1 - math.exp(-1.6 * best)
    penalty = 0.25 * min(1.0, others / best) if best else 0.0
    return max(0.5, min(0.99, base - penalty))
