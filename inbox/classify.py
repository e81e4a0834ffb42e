"""What a job e-mail says: rejection, interview invitation, application confirmation, offer,
or none of these — with a confidence, the sentences that decided it, the company, the
position and (for invitations) the proposed date-time.

Rules, not a trained model: every signal is a *phrase family* (many wordings of one
meaning, in English, German, French and Spanish) with a weight. A rejection is a negative
decision about the reader's application ("we have decided to move forward with other
candidates"), not a gloomy word ("unfortunately" appears in newsletters too); a decision
written as a condition ("if we decide not to proceed, we will let you know") does not
count. Mail that only looks like a job message — out-of-office replies, job alerts,
newsletters, recruiter outreach — is held back by its own families. Everything here is a
pure function of the parsed message: no database, no network.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import datetime

from django.db import models

from core.text import tidy
from inbox.extract import extract_company, extract_event_at, extract_position
from inbox.message import ParsedMessage


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
# (kind, weight, pattern). Weights: 1.0 decides alone, ~0.5 needs support, ~0.2 supports.
# Patterns run on lower-cased text with typographic apostrophes made plain.

_APPLICATION = (
    r"(?:your|ihre|deine|votre|ta|tu|su)\s+(?:\w+\s+)?(?:application|candidacy|candidature|"
    r"bewerbung|candidatura|solicitud|postulaci[oó]n|profile|profil|perfil|cv|resume|résumé)"
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

_FAMILIES: list[tuple[str, float, str]] = [
    # Rejection, English
    (
        REJECTION,
        1.0,
        r"\b(?:decided|chosen|opted|elected|made the decision)\s+(?:not\s+to|to\s+not)\s+"
        r"(?:move|proceed|progress|advance|continue|pursue|go|take|invite|offer)",
    ),
    (
        REJECTION,
        1.0,
        r"\b(?:not|n't|unable to|no longer)\s+(?:be\s+)?(?:moving|move|proceeding|proceed|"
        r"progressing|progress|advancing|advance|taking|take|going|go)\s+(?:forward|further|ahead|"
        r"you forward|your application|with your)",
    ),
    (
        REJECTION,
        1.0,
        r"\b(?:move|moving|proceed|proceeding|go|going|continue|continuing|progress|"
        r"progressing)\s+(?:forward\s+|ahead\s+)?with\s+(?:an?\s+)?(?:other|another|different|"
        r"alternative|more)\s+(?:\w+\s+)?(?:candidate|applicant|profile)",
    ),
    (
        REJECTION,
        1.0,
        r"\b(?:pursue|pursuing|selected|chosen|chose|select|hired|hire|offered the "
        r"(?:role|position) to|focus on|prioriti[sz]e)\s+(?:an?\s+|the\s+)?(?:other|another"
        r"|different|"
        r"alternative)?\s*(?:\w+\s+)?(?:candidate|applicant)s?\b(?!\s+(?:like you|such as you))",
    ),
    (REJECTION, 1.0, r"\bcandidates?\s+whose\s+(?:\w+\s+){0,4}(?:more closely|better|more)\b"),
    (
        REJECTION,
        1.0,
        r"\b(?:position|role|vacancy|job|opening|requisition)\s+(?:has|had)\s+"
        r"(?:now\s+|already\s+|since\s+)?been\s+(?:filled|closed|cancelled|canceled)",
    ),
    (
        REJECTION,
        1.0,
        r"\b(?:you|your application|your candidacy|you have|you've)\s+(?:have\s+|has\s+)?"
        r"(?:not|n't)\s+(?:been\s+)?(?:selected|shortlisted|successful|chosen|progressed)",
    ),
    (REJECTION, 1.0, r"\b(?:was|were|has been|have been)\s+unsuccessful\b"),
    (
        REJECTION,
        1.0,
        r"\b(?:unable|not able|not in a position)\s+to\s+(?:offer you|extend (?:you )?an "
        r"offer|progress your|move your|take your|consider your)",
    ),
    (
        REJECTION,
        1.0,
        r"\bwill not be (?:inviting|offering|progressing|considering|moving|proceeding|"
        r"advancing|pursuing)",
    ),
    (REJECTION, 1.0, r"\b(?:decided|decision) to (?:go|move) (?:in|with) a different direction"),
    (REJECTION, 0.5, r"\bregret to (?:inform|let you know|tell you|advise)"),
    (REJECTION, 0.5, r"\bnot (?:the right|a) (?:fit|match) (?:for|at) (?:this|the)"),
    (REJECTION, 0.5, r"\b(?:no longer|not)\s+(?:being\s+)?consider(?:ed|ing)\s+(?:for|your)"),
    (
        REJECTION,
        0.25,
        r"\b(?:keep|retain|hold) your (?:resume|cv|details|profile|information) on file",
    ),
    (
        REJECTION,
        0.2,
        r"\b(?:wish you|best of luck|every success|all the best) (?:in|with|for) your "
        r"(?:job )?(?:search|future|career)",
    ),
    (REJECTION, 0.15, r"\bunfortunately\b"),
    # Rejection, German
    (
        REJECTION,
        1.0,
        r"\bf(?:ü|ue)r\s+(?:eine[n]?\s+)?(?:andere[n]?|weitere[n]?)\s+(?:\w+\s+)?"
        r"(?:kandidat|bewerber|profil)",
    ),
    (REJECTION, 1.0, r"\banderweitig\s+(?:entschieden|besetzt|vergeben|orientiert)"),
    (
        REJECTION,
        1.0,
        r"\b(?:stelle|position|vakanz)\b.{0,60}\b(?:bereits\s+|inzwischen\s+|schon\s+)?"
        r"(?:besetzt|vergeben) (?:ist|wurde|haben)",
    ),
    (REJECTION, 1.0, r"\bnicht\s+(?:weiter\s+|l(?:ä|ae)nger\s+)?ber(?:ü|ue)cksichtig"),
    (
        REJECTION,
        1.0,
        r"\b(?:keine|nicht)\s+(?:positive[n]?|gute[n]?)\s+(?:nachricht|r(?:ü|ue)ckmeldung|"
        r"bescheid|antwort)",
    ),
    (REJECTION, 1.0, r"\b(?:absage|absagen)\b"),
    (
        REJECTION,
        1.0,
        r"\bnicht\s+(?:in die engere wahl|weiter ?verfolgen|fortsetzen|f(?:ü|ue)r (?:sie|dich)"
        r" entschieden|ber(?:ü|ue)cksichtigen)",
    ),
    (REJECTION, 1.0, r"\bgegen\s+(?:ihre|deine|eine)\s+(?:bewerbung|kandidatur|einstellung)"),
    (
        REJECTION,
        1.0,
        r"\b(?:ihnen|dir)\s+(?:leider\s+)?(?:keine|kein)\s+(?:zusage|angebot|stelle|"
        r"position)",
    ),
    (
        REJECTION,
        1.0,
        r"\b(?:leider|bedauerlicherweise)\b.{0,80}\bnicht\b.{0,40}\b(?:weiter|ber(?:ü|ue)ck"
        r"sichtig|anbieten|ber(?:ü|ue)cksichtigt|(?:ent)?sprechen|passen|eingeladen|fortf(?:ü|ue)hren)",
    ),
    (REJECTION, 0.5, r"\bmitteilen,?\s+dass\b.{0,80}\bnicht\b"),
    (REJECTION, 0.15, r"\b(?:leider|bedauerlicherweise|bedauern)\b"),
    # Rejection, French
    (
        REJECTION,
        1.0,
        r"\bne\s+(?:pas|plus)?\s*(?:pouvons|pourrons|sommes|souhaitons)\b.{0,50}(?:donner\s+"
        r"(?:une\s+)?suite|suite favorable|retenir|poursuivre|en mesure de)",
    ),
    (
        REJECTION,
        1.0,
        r"\b(?:pas|plus)\s+(?:été\s+|ete\s+)?(?:retenue?s?|s(?:é|e)lectionn(?:é|e)e?s?)\b",
    ),
    (REJECTION, 1.0, r"\bne\s+pas\s+(?:donner suite|poursuivre|retenir|aller plus loin|continuer)"),
    (REJECTION, 1.0, r"\b(?:un autre|une autre|d'autres)\s+(?:candidat|candidature|profil)"),
    (REJECTION, 1.0, r"\b(?:suite|r(?:é|e)ponse)\s+(?:d(?:é|e)favorable|n(?:é|e)gative)"),
    (
        REJECTION,
        1.0,
        r"\bposte\b.{0,30}\b(?:a (?:(?:d(?:é|e)j(?:à|a)|finalement) )?(?:é|e)t(?:é|e)|est "
        r"(?:d(?:é|e)j(?:à|a)|d(?:é|e)sormais))\s+pourvu",
    ),
    (REJECTION, 0.5, r"\b(?:avons|ai) le regret de vous"),
    (REJECTION, 0.15, r"\bmalheureusement\b"),
    # Rejection, Spanish
    (
        REJECTION,
        1.0,
        r"\bno\s+(?:ha|has|haya|había|hemos)\s+(?:sido\s+)?(?:seleccionad|elegid|"
        r"avanzado|podido avanzar)",
    ),
    (
        REJECTION,
        1.0,
        r"\b(?:continuar|seguir|avanzar|proceder|quedarnos)\s+(?:adelante\s+)?con\s+"
        r"otr[oa]s?\s+(?:candidat|perfil|persona)",
    ),
    (
        REJECTION,
        1.0,
        r"\b(?:seleccionado|elegido|escogido|optado por)\s+(?:a\s+)?(?:otr[oa]s?|un[oa]?\s+"
        r"otr[oa]|a otra)\s+(?:candidat|perfil|persona)",
    ),
    (
        REJECTION,
        1.0,
        r"\bno\s+(?:podemos|podremos|vamos a|continuaremos|seguiremos|avanzaremos)\s+"
        r"(?:\w+\s+){0,2}(?:avanzar|continuar|seguir|proceder|contar)",
    ),
    (
        REJECTION,
        1.0,
        r"\b(?:puesto|vacante|posici(?:ó|o)n)\s+(?:ya\s+)?(?:ha sido|fue|est(?:á|a))\s+"
        r"(?:cubiert|cerrad)",
    ),
    (
        REJECTION,
        1.0,
        r"\b(?:tu|su)\s+(?:candidatura|solicitud|postulaci(?:ó|o)n|perfil)\s+no\s+"
        r"(?:ha\s+)?(?:sido\s+|avanza|contin|seguir|fue\s+|ser(?:á|a)\s+)",
    ),
    (REJECTION, 0.5, r"\blamentamos\s+(?:informarte|informarle|comunicarte|comunicarle|decirte)"),
    (REJECTION, 0.15, r"\b(?:lamentablemente|desafortunadamente|por desgracia)\b"),
    # Interview
    (
        INTERVIEW,
        1.0,
        r"\b(?:invite|inviting|invitation)\s+(?:you\s+)?(?:to|for)\s+(?:an?\s+|the\s+|a\s+"
        r"first\s+|your\s+)?(?:[\w-]+\s+){0,3}(?:interview|call|conversation|chat|meeting|on-?site|"
        r"assessment|screen|session)",
    ),
    (
        INTERVIEW,
        1.0,
        r"\b(?:schedule|arrange|set up|book|organi[sz]e|find a time for)\s+(?:an?\s+|the\s+|"
        r"your\s+|a\s+time\s+for\s+(?:an?\s+|the\s+|your\s+)?)?(?:[\w-]+\s+){0,3}(?:interview|call|chat|"
        r"conversation|screen|meeting)",
    ),
    (
        INTERVIEW,
        1.0,
        r"\binterview\s+(?:invitation|confirmation|scheduled|request|details|is confirmed)\b",
    ),
    (
        INTERVIEW,
        1.0,
        r"\byour\s+(?:[\w-]+\s+){0,2}(?:interview|call)\s+(?:is|has been|will be)\s+"
        r"(?:scheduled|confirmed|booked|set)",
    ),
    (
        INTERVIEW,
        1.0,
        r"\b(?:move|moving|advance|advancing|progress|progressing|proceed)\s+(?:you\s+)?"
        r"(?:forward\s+)?to\s+the\s+next\s+(?:round|stage|step)",
    ),
    (
        INTERVIEW,
        0.6,
        r"\b(?:next|following)\s+(?:step|round|stage)\b.{0,60}\b(?:interview|call|"
        r"conversation|chat|assessment|technical|meeting)",
    ),
    (
        INTERVIEW,
        0.6,
        r"\b(?:please|kindly)\s+(?:\w+\s+)?(?:select|pick|choose|book|let us know|share|send)"
        r"\s+(?:\w+\s+)?(?:a\s+)?(?:time|slot|your availability|times)",
    ),
    (
        INTERVIEW,
        0.5,
        r"\b(?:what is|what's|share) your availability|when (?:are|would) you (?:be )?"
        r"available|does (?:this|that) (?:time )?work for you",
    ),
    (
        INTERVIEW,
        0.4,
        r"calendly\.com|goodtime\.io|cal\.com/|zoom\.us/|meet\.google\.com|teams\.microsoft",
    ),
    (
        INTERVIEW,
        1.0,
        r"\b(?:einladen|einladung|laden\s+(?:sie|dich)\b.{0,80}\bein)\b.{0,80}"
        r"(?:gespr(?:ä|ae)ch|interview|kennenlernen|termin)",
    ),
    (
        INTERVIEW,
        1.0,
        r"(?:vorstellungs|bewerbungs|kennenlern|telefon|video|erst|zweit|fach)"
        r"(?:gespr(?:ä|ae)ch|interview)\b.{0,80}\b(?:einladen|einladung|vereinbaren|am\s|termin)",
    ),
    (
        INTERVIEW,
        1.0,
        r"(?:gespr(?:ä|ae)ch|interview|kennenlernen|termin)\b.{0,60}\b(?:einladen|einzuladen)",
    ),
    (
        INTERVIEW,
        0.5,
        r"\b(?:terminvorschl(?:ä|ae)g|passt (?:ihnen|dir)|h(?:ä|ae)tten sie zeit|"
        r"ihre verf(?:ü|ue)gbarkeit)",
    ),
    (
        INTERVIEW,
        1.0,
        r"\b(?:inviter|convier|convoquer)\b.{0,80}\b(?:entretien|(?:é|e)change|rencontre|"
        r"appel|visio)",
    ),
    (
        INTERVIEW,
        1.0,
        r"\bentretien\b.{0,80}\b(?:proposer|planifier|fixer|organiser|pr(?:é|e)vu|"
        r"confirm)",
    ),
    (INTERVIEW, 0.5, r"\b(?:vos|tes) disponibilit(?:é|e)s"),
    (
        INTERVIEW,
        1.0,
        r"\b(?:invitarte|invitarle|convocarte|convocarle|invitamos)\b.{0,80}\b(?:entrevista|"
        r"reuni(?:ó|o)n|llamada|videollamada)",
    ),
    (
        INTERVIEW,
        1.0,
        r"\b(?:entrevista|videollamada)\b.{0,80}\b(?:agendar|programar|coordinar|"
        r"concertar|confirm|organizar)|\b(?:agendar|programar|coordinar|concertar|organizar)\b.{0,40}"
        r"\bentrevista",
    ),
    (INTERVIEW, 0.5, r"\b(?:tu|su) disponibilidad"),
    # Confirmation
    (
        CONFIRMATION,
        1.0,
        r"\b(?:we(?:'ve| have)?|has been|have been|was|is)\s+(?:successfully\s+)?"
        r"(?:received|submitted)\b",
    ),
    (
        CONFIRMATION,
        1.0,
        r"\b(?:received|receipt of) your (?:\w+\s+)?(?:application|cv|resume|submission)",
    ),
    (CONFIRMATION, 1.0, r"\bapplication (?:confirmation|received|submitted)\b"),
    (
        CONFIRMATION,
        0.6,
        r"\bthank(?:s| you) for (?:applying|your application|submitting|your recent "
        r"application)",
    ),
    (
        CONFIRMATION,
        0.4,
        r"\b(?:we(?:'ll| will)|our (?:team|recruiters?) will)\s+(?:\w+\s+){0,2}(?:review|"
        r"be in touch|get back|contact you|reach out)",
    ),
    (
        CONFIRMATION,
        1.0,
        r"\beingangsbest(?:ä|ae)tigung\b|\bbewerbung\b.{0,60}\b(?:eingegangen|angekommen|"
        r"erhalten)|\b(?:erhalten|empfangen) (?:haben|hat)\b.{0,10}$",
    ),
    (CONFIRMATION, 0.6, r"\b(?:vielen )?dank f(?:ü|ue)r (?:ihre|deine) (?:bewerbung|interesse)"),
    (
        CONFIRMATION,
        0.4,
        r"\b(?:melden uns|werden uns .{0,30}melden|(?:sichten|prüfen|pr(?:ü|ue)fen) "
        r"(?:ihre|deine))",
    ),
    (
        CONFIRMATION,
        1.0,
        r"\b(?:bien\s+)?re(?:ç|c)u\s+(?:votre|ta)\s+candidature|accus(?:é|e) de "
        r"r(?:é|e)ception|candidature (?:a bien (?:é|e)t(?:é|e)|est bien) (?:re(?:ç|c)ue"
        r"|enregistr(?:é|e)e)",
    ),
    (CONFIRMATION, 0.6, r"\bmerci (?:pour|de) (?:votre|ta) candidature"),
    (
        CONFIRMATION,
        0.4,
        r"\b(?:reviendrons vers vous|reviendrons vers toi|vous recontacter|"
        r"(?:é|e)tudier votre)",
    ),
    (
        CONFIRMATION,
        1.0,
        r"\b(?:hemos\s+)?recibido\s+(?:correctamente\s+)?(?:tu|su)\s+(?:candidatura|"
        r"solicitud|postulaci(?:ó|o)n|cv)|(?:candidatura|solicitud) (?:ha sido|fue) (?:recibida|"
        r"registrada)",
    ),
    (
        CONFIRMATION,
        0.6,
        r"\bgracias por (?:tu|su) (?:candidatura|solicitud|postulaci(?:ó|o)n|inter(?:é|e)s)",
    ),
    (CONFIRMATION, 0.4, r"\bnos pondremos en contacto|revisar(?:emos|á) (?:tu|su)"),
    # Offer
    (
        OFFER,
        1.0,
        r"\b(?:pleased|delighted|happy|excited|thrilled|glad)\s+to\s+(?:formally\s+)?(?:offer|"
        r"extend)\s+you",
    ),
    (
        OFFER,
        1.0,
        r"\b(?:extend|make|making|extending|send(?:ing)? you)\s+(?:you\s+)?(?:an?\s+)?"
        r"(?:formal\s+|written\s+|verbal\s+)?offer\b",
    ),
    (OFFER, 1.0, r"\b(?:offer letter|offer of employment|employment offer|job offer|your offer)\b"),
    (
        OFFER,
        1.0,
        r"\b(?:vertragsangebot|arbeitsvertrag|(?:ein|unser) angebot\s+(?:zu\s+)?(?:unterbreiten|"
        r"machen|senden)|angebot f(?:ü|ue)r die (?:stelle|position)|freuen uns,? ihnen\b.{0,60}"
        r"(?:anbieten|zusage|angebot))",
    ),
    (
        OFFER,
        1.0,
        r"\b(?:proposition|promesse) d'embauche|(?:heureux|heureuse|ravis?|plaisir)\s+de\s+"
        r"(?:vous|te)\s+(?:proposer|offrir|faire (?:une|part d'une) (?:offre|proposition))",
    ),
    (
        OFFER,
        1.0,
        r"\b(?:carta (?:de )?oferta|(?:encantad[oa]s|complace|alegra|gusto)\b.{0,40}"
        r"(?:ofrecerte|ofrecerle|hacerte una oferta|hacerle una oferta))",
    ),
    # Not the reader's application
    (
        OOO,
        1.0,
        r"\b(?:out of (?:the )?office|on (?:annual |parental |sick )?leave|away from (?:the )?"
        r"office|limited access to (?:my )?e-?mail|automatic reply|auto-?reply|autoreply)\b",
    ),
    (
        OOO,
        1.0,
        r"\b(?:abwesenheitsnotiz|automatische antwort|nicht im b(?:ü|ue)ro|au(?:ß|ss)er haus|"
        r"bin (?:ich )?(?:bis|vom) .{0,40}(?:abwesend|im urlaub|nicht erreichbar))",
    ),
    (
        OOO,
        1.0,
        r"\b(?:r(?:é|e)ponse automatique|absente? du bureau|je suis absente?|en cong(?:é"
        r"|e)s?\b.{0,40}"
        r"(?:retour|jusqu))",
    ),
    (
        OOO,
        1.0,
        r"\b(?:respuesta autom(?:á|a)tica|fuera de la oficina|estoy de vacaciones|"
        r"ausente hasta)",
    ),
    (
        ALERT,
        1.0,
        r"\b(?:job alert|jobs? (?:you might|you may|that match|matching|recommended for|"
        r"picked for|for you)|new jobs?\b|recommended jobs|similar jobs|top jobs)",
    ),
    (
        ALERT,
        1.0,
        r"\b(?:job-?alarm|jobagent|passende (?:jobs|stellen)|neue (?:jobs|stellenangebote)|"
        r"stellenangebote f(?:ü|ue)r)",
    ),
    (
        ALERT,
        1.0,
        r"\b(?:alerte(?:-| )emploi|offres? (?:d'emploi )?(?:qui )?(?:vous )?correspond|nouvelles "
        r"offres|offres pour vous)",
    ),
    (
        ALERT,
        1.0,
        r"\b(?:alerta de empleo|ofertas (?:de empleo )?(?:para ti|que (?:coinciden|encajan))|"
        r"nuevas ofertas|empleos recomendados)",
    ),
    (
        BULK,
        1.0,
        r"\b(?:unsubscribe|abmelden|abbestellen|d(?:é|e)sabonner|d(?:é|e)sinscri|darse de baja|"
        r"cancelar (?:la |tu )?suscripci|view (?:this email )?in (?:your )?browser|im browser "
        r"(?:ansehen|anzeigen)|newsletter|weekly digest|webinar)",
    ),
    (
        OUTREACH,
        1.0,
        r"\b(?:came across|found|saw|noticed|impressed by) your (?:profile|background|"
        r"experience|cv|github)|(?:open|interested) (?:to|in) (?:\w+\s+)?(?:new\s+)?(?:opportunit"
        r"|roles?\b|"
        r"a (?:new )?role|a conversation|exploring)|on behalf of (?:my|our|a) client|"
        r"i(?:'m| am) (?:a |an )?(?:\w+\s+)?(?:recruiter|headhunter|talent partner|sourcer)",
    ),
    (
        OUTREACH,
        1.0,
        r"\b(?:auf (?:ihr|dein) profil (?:gesto(?:ß|ss)en|aufmerksam)|(?:ihr|dein) profil "
        r"(?:hat mich|ist mir)|offen f(?:ü|ue)r (?:neue|eine neue))",
    ),
    (
        OUTREACH,
        1.0,
        r"\b(?:votre|ton) profil (?:a retenu|m'a|a attir)|ouverte? (?:à|a) de nouvelles "
        r"opportunit",
    ),
    (
        OUTREACH,
        1.0,
        r"\b(?:he|hemos) (?:visto|encontrado) (?:tu|su) perfil|abiert[oa] a nuevas "
        r"oportunidades",
    ),
]

_COMPILED = [(kind, weight, re.compile(pattern)) for kind, weight, pattern in _FAMILIES]

# A decision stated as a condition or a policy does not count: "if we decide not to move
# forward, we will let you know", "should your application not be successful".
_CONDITIONAL = re.compile(
    r"\b(?:if|should|in case|whether|unless|falls|sollten|wenn|sofern|si|en caso de|s'il|"
    r"au cas o(?:ù|u)|even if|regardless)\b"
)
_APPLICATION_REF = re.compile(
    _APPLICATION
    + r"|\b(?:the|this) (?:position|role|opening|vacancy)|\bstelle\b|\bposte\b|\bpuesto\b"
)

_SENTENCE_SPLIT = re.compile(r"(?<=[.!?;])\s+|\n+")
_QUOTE_MARKS = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"'})
_SUBJECT_PREFIX = re.compile(
    r"^\s*(?:(?:re|aw|fwd?|wg|tr|rv|fw|sv|antw|r)\s*(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE
)

_STOPWORDS = {
    "en": frozenset(
        {"the", "and", "you", "your", "we", "to", "of", "for", "with", "have", "has", "this"}
        | {"that", "will", "our", "is", "are", "be", "at"}
    ),
    "de": frozenset(
        {"der", "die", "das", "und", "sie", "ihre", "ihr", "wir", "uns", "für", "nicht", "mit"}
        | {"ist", "eine", "einen", "den", "zu", "bei"}
    ),
    "fr": frozenset(
        {"le", "la", "les", "et", "vous", "votre", "nous", "pour", "avec", "est", "une", "des"}
        | {"du", "au", "pas", "de", "ce", "dans"}
    ),
    "es": frozenset(
        {"el", "la", "los", "las", "y", "tu", "su", "nosotros", "para", "con", "es", "una"}
        | {"del", "al", "por", "que", "en", "no", "te"}
    ),
}
_WORD = re.compile(r"[a-zà-ÿ']+")


def detect_language(text: str) -> str:
    counts = dict.fromkeys(_STOPWORDS, 0)
    for word in _WORD.findall(text[:4000]):
        for language, words in _STOPWORDS.items():
            if word in words:
                counts[language] += 1
    best = max(counts, key=counts.get)
    return best if counts[best] >= 3 else ""


def strip_subject_prefix(subject: str) -> str:
    return _SUBJECT_PREFIX.sub("", subject).strip()


def _sentences(text: str) -> list[str]:
    return [tidy(s) for s in _SENTENCE_SPLIT.split(text) if s and s.strip()]


def _signals(sentences: list[str]) -> dict[str, list[tuple[float, str, int]]]:
    """kind → [(weight, sentence, family index)] with one entry per matching family."""
    found: dict[str, list[tuple[float, str, int]]] = {}
    for sentence in sentences:
        lowered = sentence.lower().translate(_QUOTE_MARKS)
        for index, (kind, weight, pattern) in enumerate(_COMPILED):
            match = pattern.search(lowered)
            if match is None:
                continue
            if kind in (REJECTION, OFFER) and weight >= 0.5:
                before = lowered[: match.start()]
                if _CONDITIONAL.search(before[-80:]):
                    continue
            found.setdefault(kind, []).append((weight, sentence, index))
    return found


def _score(entries: list[tuple[float, str, int]]) -> float:
    # Each family counts once; the strongest first.
    best: dict[int, float] = {}
    for weight, _, index in entries:
        best[index] = max(best.get(index, 0.0), weight)
    return sum(best.values())


def _reasons(entries: list[tuple[float, str, int]]) -> tuple[str, ...]:
    ordered = sorted(entries, key=lambda entry: -entry[0])
    seen: list[str] = []
    for _, sentence, _ in ordered:
        if sentence not in seen:
            seen.append(sentence[:300])
    return tuple(seen[:3])


def classify(message: ParsedMessage, *, now: datetime | None = None) -> Classification:
    subject = strip_subject_prefix(message.subject)
    body = message.text or message.full_text[:20_000]
    sentences = _sentences(subject) + _sentences(body[:20_000])
    signals = _signals(sentences)
    scores = {
        kind: _score(signals.get(kind, []))
        for kind in (REJECTION, INTERVIEW, CONFIRMATION, OFFER, OOO, ALERT, BULK, OUTREACH)
    }
    language = detect_language((subject + "\n" + body).lower())
    lowered_body = body.lower().translate(_QUOTE_MARKS)
    about_application = bool(_APPLICATION_REF.search(lowered_body)) or bool(
        _APPLICATION_REF.search(subject.lower())
    )

    kind = Kind.OTHER
    if scores[OOO] >= 1 or (scores[ALERT] >= 1 and scores[REJECTION] < 1 and scores[OFFER] < 1):
        kind = Kind.OTHER
    else:
        job_scores = {
            Kind.REJECTION: scores[REJECTION],
            Kind.OFFER: scores[OFFER],
            Kind.INTERVIEW: scores[INTERVIEW],
            Kind.CONFIRMATION: scores[CONFIRMATION],
        }
        if scores[OUTREACH] >= 1 and not about_application:
            # A recruiter's first message proposes a call; it is not an invitation.
            job_scores = {k: v * 0.3 for k, v in job_scores.items()}
        if scores[BULK] >= 1 and not about_application:
            job_scores = {k: v * 0.4 for k, v in job_scores.items()}
        if not about_application:
            job_scores[Kind.REJECTION] *= 0.8
        # A clear negative decision outweighs the thanks and the "after your interview"
        # that come with it; an offer outweighs an invitation to discuss it.
        for candidate in (Kind.REJECTION, Kind.OFFER, Kind.INTERVIEW, Kind.CONFIRMATION):
            if job_scores[candidate] >= 0.9:
                kind = candidate
                break
        job_scores_best = job_scores.get(kind, 0.0) if kind != Kind.OTHER else 0.0
        confidence = _confidence(job_scores_best, job_scores, kind)

    if kind == Kind.OTHER:
        strongest = max(scores[REJECTION], scores[INTERVIEW], scores[CONFIRMATION], scores[OFFER])
        held_back = max(scores[OOO], scores[ALERT], scores[OUTREACH], scores[BULK])
        confidence = 0.95 if held_back >= 1 else max(0.5, 0.95 - 0.4 * min(strongest, 1.0))
        reason_kinds = [k for k in (OOO, ALERT, OUTREACH, BULK) if scores[k] >= 1]
        reasons = _reasons(signals.get(reason_kinds[0], [])) if reason_kinds else ()
    else:
        reasons = _reasons(signals.get(str(kind), []))

    sender = message.forwarded_from or (message.sender_name, message.sender_address)
    company = extract_company(
        sender_name=sender[0],
        sender_address=sender[1],
        subject=subject,
        text=body,
        signature=message.signature,
    )
    position = extract_position(subject=subject, text=body)
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


def _confidence(best: float, scores: dict, kind: str) -> float:
    if kind == Kind.OTHER:
        return 0.5
    others = max((v for k, v in scores.items() if k != kind), default=0.0)
    base = 1 - math.exp(-1.6 * best)  # 1.0 → 0.80, 1.5 → 0.91, 2.0 → 0.96
    penalty = 0.25 * min(1.0, others / best) if best else 0
    return max(0.5, min(0.99, base - penalty))


__all__ = [
    "Classification",
    "Kind",
    "classify",
    "detect_language",
    "strip_subject_prefix",
]
