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
    r"\b(?:different|another|other)\s+(?:direction|way|route|path)\b",
    # The choice did not fall on the reader ("le choix ne s'est pas porté sur vous", "die
    # Wahl ist nicht auf Sie gefallen", "la elección no ha recaído en usted").
    r"\bchoice\s+(?:\w+\s+){0,2}not\s+(?:\w+\s+)?(?:fall|fallen)\s+on\s+you|"
    r"\bpas\s+(?:(?:é|e)t(?:é|e)\s+)?port(?:é|e)e?\s+sur\s+(?:vous|toi|votre|ta)\b|"
    r"\bnicht\s+auf\s+(?:sie|dich|ihre|deine)\s+gefallen|\bno\s+(?:ha\s+)?reca(?:í|i)do\s+en\b",
    # A negated invitation is a refusal ("we will not be inviting you", "ne pourrons pas vous
    # proposer d'entretien", "nicht zu einem Gespräch einladen", "no podemos invitarle").
    r"\b(?:pas|plus)\s+(?:\w+\s+){0,2}(?:proposer|inviter|convier|convoquer)\b|"
    r"\bnicht\s+(?:\w+\s+){0,4}einladen\b|\bkeine\s+einladung\b|"
    r"\bno\s+(?:\w+\s+){0,3}(?:invitar\w*|convocar\w*|citar\w*)\b",
    # A position that will not be filled at all ("wird nicht nachbesetzt", "will not be
    # filled", "ne sera pas pourvu" is below).
    r"\bnot\s+(?:be\s+)?(?:re-?)?(?:filled|staffed)\b|"
    r"(?<!noch )\bnicht\s+(?:\w+\s+)?(?:nach|neu|wieder)?besetzt\b",
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
    r"progress|advance|carry|bring|put|make it|get|go)\s+(?:\w+\s+){0,4}"
    r"(?:forward|further|ahead|through)\b",
    # ... or did not reach the next stage ("did not make it to the final round")
    r"(?:\bnot|n't)\s+(?:make|get)\s+(?:it\s+)?(?:to|into|past)\s+the\s+(?:\w+\s+)?(?:round|stage|"
    r"step|shortlist)",
    # Someone else was chosen: a choosing verb with another person ("we've settled on someone
    # else", "decided to go with another person", "offered it to a different applicant")
    r"\b(?:someone|somebody)\s+else\b|\b(?:other|another|different)\s+(?:\w+\s+)?"
    r"(?:person|individual|finalist|hire)\b",
    r"\bnot\s+to\s+(?:make|extend|offer)\s+(?:you\s+)?(?:an?\s+|the\s+)?offer",
    # German
    r"\bnicht\s+(?:\w+\s+){0,2}(?:geklappt|gereicht|gepasst|zum zug\w*)",
    r"\b(?:jemand(?:en)?|ein(?:e[nrs]?)?)\s+(?:anderen?|anderes|andere)\b",
    # Someone chosen ("haben uns für jemanden entschieden, der …"), a positive decision
    # refused ("keine Zusage geben", "können Ihnen nicht zusagen").
    r"\bf(?:ü|ue)r\s+jemand(?:en)?\b|\bkeine\s+zusage\b|\bnicht\s+zusagen\b",
    # (with the "zu" of an infinitive inside the verb: "fortzusetzen", "weiterzuverfolgen")
    r"\bnicht\s+(?:mehr\s+|weiter\s+|l(?:ä|ae)nger\s+)?(?:zu\s+)?(?:ber(?:ü|ue)cksichtig|"
    r"fort(?:zu)?setz|fort(?:zu)?f(?:ü|ue)hr|weiter(?:zu)?f(?:ü|ue)hr|weiter(?:zu)?verfolg|"
    r"weiter (?:zu )?verfolg|"
    r"in betracht|in die engere|weiterkommen|ausgew(?:ä|ae)hlt)",
    r"\b(?:f(?:ü|ue)r|zugunsten)\s+(?:ein(?:e[nrs]?)?|andere[nrs]?)\s+(?:\w+\s+)?(?:kandidat|"
    r"bewerber|person|profil)",
    r"\b(?:bereits|inzwischen|schon|anderweitig)\s+(?:\w+\s+)?besetzt\b",
    # The post filled, said with the verb last and whatever lies between ("konnten wir die
    # Position mit einer Kollegin aus dem eigenen Haus besetzen", "haben wir intern besetzt",
    # "die Stelle haben wir zwischenzeitlich vergeben"); not a hope ("bis die Stelle besetzt
    # ist", "soll besetzt werden") nor a negation ("noch nicht besetzt").
    r"\b(?:haus)?intern\w*\s+(?:\w+\s+){0,2}(?:nach)?besetz(?:t|en)\b|"
    r"\bkonnten?\s+(?:(?!nicht\b|noch\b)[\w-]+\s+){0,10}(?:nach)?besetz(?:en|t)\b|"
    r"\bmit\s+(?:einem|einer|jemandem)\s+(?:[\w-]+\s+){0,5}(?:nach)?besetzt\b(?!\s+(?:werden|ist|sein))|"
    r"(?<!\bbis\s)(?<!\bsobald\s)\b(?:die|diese|unsere)\s+(?:\w+\s+)?(?:stelle|position|vakanz|rolle)\s+"
    r"(?:(?!nicht\b|noch\b|bis\b)[\w-]+\s+){0,8}(?:nach)?(?:besetzt|vergeben)\b(?!\s+(?:werden|ist|sein|hat))",
    # The reader kept out, verb last: "können wir Sie für die nächste Runde nicht vorsehen",
    # "dich nicht einplanen", "Ihr Profil kommt leider nicht in Frage".
    r"\b(?:sie|dich|(?:ihre?|deine?)\s+(?:bewerbung|profil|kandidatur|unterlagen))\s+(?:[\w-]+\s+){0,6}"
    r"nicht\s+(?:mehr\s+|weiter\s+)?(?:vorseh|einplan|vorschlag|vormerk|in\s+frage|infrage|"
    r"in\s+betracht)|\bnicht\s+(?:mehr\s+)?(?:vorsehen|einplanen|vorschlagen|vormerken)\b",
    # ... or not through to a stage ("nicht in die zweite Runde geschafft", "nicht in den
    # engeren Kreis", "nicht weitergekommen").
    r"\bnicht\s+(?:mehr\s+)?in\s+(?:die|den)\s+(?:\w+\s+)?(?:runde|auswahl|auswahlrunde|phase|"
    r"stufe|kreis|wahl)\b|\bnicht\s+weitergekommen\b",
    # A further step said as a noun and refused ("eine weitere Berücksichtigung Ihrer
    # Bewerbung ist nicht möglich", "keine Fortsetzung des Verfahrens").
    r"\b(?:ber(?:ü|ue)cksichtigung|fortsetzung|fortf(?:ü|ue)hrung|weiterf(?:ü|ue)hrung|"
    r"weiterverfolgung|zusammenarbeit|einstellung)\s+(?:[\w-]+\s+){0,6}(?:leider\s+|daher\s+|"
    r"somit\s+|also\s+)*nicht\s+(?:mehr\s+)?m(?:ö|oe)glich|\bkeine\s+(?:weitere\s+)?"
    r"(?:ber(?:ü|ue)cksichtigung|fortsetzung|weiterf(?:ü|ue)hrung)\b",
    # The profile does not meet the post's requirements ("entsprechen nicht ganz dem
    # Anforderungsprofil", "passt nicht zu den Anforderungen", "den Anforderungen nicht
    # gerecht").
    r"\bnicht\s+(?:ganz\s+|vollst(?:ä|ae)ndig\s+|ausreichend\s+|optimal\s+)?(?:zu\s+)?"
    r"(?:de[nm]|unsere[nm]?)\s+(?:\w+\s+)?(?:anforderung\w*|stellenprofil|suchprofil)|"
    r"\b(?:anforderung\w*|stellenprofil|suchprofil)\s+(?:\w+\s+){0,3}nicht\s+(?:ganz\s+|"
    r"vollst(?:ä|ae)ndig\s+|ausreichend\s+)?(?:entspr|gerecht|(?:ü|ue)berein)",
    r"\b(?:absage|keine (?:positive|erfreuliche|gute) (?:nachricht|r(?:ü|ue)ckmeldung)|"
    r"nicht (?:ber(?:ü|ue)cksichtigt|erfolgreich))",
    # French
    r"\b(?:pas|plus)\s+(?:(?:été|ete)\s+)?(?:retenue?s?|s(?:é|e)lectionn(?:é|e)e?s?)\b",
    r"\bne\s+(?:\w+\s+){0,2}(?:pas|plus)\s+(?:\w+\s+){0,2}(?:donner\s+(?:une\s+)?suite|"
    r"aller plus loin|poursuivre|continuer|retenir)",
    r"\bsuite\s+(?:d(?:é|e)favorable|n(?:é|e)gative|favorable)",
    r"\bautres?\s+(?:candidat|profil|candidature|personne)",
    r"\b(?:d(?:é|e)j(?:à|a)\s+)?pourvu",
    # Going on with other profiles ("nous avons choisi de poursuivre avec des profils …").
    r"\b(?:poursuivre|continuer|avancer)\s+avec\s+(?:d'autres|des|un|une)\s+(?:\w+\s+)?"
    r"(?:candidat|profil|personne)",
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
    r"opportunity)|(?:the|this|that)\s+(?:[\w-]+\s+){1,3}(?:role|position|job|vacancy|hire)|next\s+(?:stage|step|round|phase)|your\s+(?:profile|cv|resume|experience)|"
    r"shortlist|bewerbung|kandidatur|auswahlverfahren|bewerbungsprozess|(?:die|diese|der|dieser)\s+(?:\w+\s+)?stelle|"
    r"(?:den|dem)\s+prozess|(?:das|dem|diese[ms]|unser\w*)\s+(?:\w+\s+)?verfahren|"
    r"n(?:ä|ae)chste[nr]?\s+(?:runde|phase|stufe|schritt)|auswahlrunde|auswahlprozess|candidatures?|processus|(?:le|ce|du|au)\s+poste|candidatura|solicitud|"
    r"proceso|(?:el|este)\s+puesto|(?:la|esta)\s+vacante|selecci(?:ó|o)n)\b"
)

# --- Interview --------------------------------------------------------------------------------
_INTERVIEW_CUES = (
    r"\b(?:invit\w*|like to (?:meet|speak|talk|schedule|arrange|set up|book)|would you be "
    r"available|are you available|your availability|availab\w+ for|pick a (?:slot|time)|"
    r"book a (?:slot|time)|reschedul\w*|move it to|next step is|schedule (?:a|an|your)|"
    r"einlad\w*|lade[nt]?\s+(?:\w+\s+){0,6}ein|zeit f(?:ü|ue)r|verf(?:ü|ue)gbar|"
    r"terminvorschl(?:ä|ae)g|"
    r"inviter|convi\w+|convocation|disponibilit(?:é|e)s?|rencontrer|organiser|"
    r"invitar\w*|disponibilidad|agendar|programar|coordinar)\b"
)
_INTERVIEW_OBJECTS = (
    r"\b(?:interview\w*|on-?site|phone screen|video call|screening call|technical call|"
    r"vorstellungsgespr(?:ä|ae)ch\w*|gespr(?:ä|ae)ch\w*|kennenlernen|interview|"
    r"entretien|entrevue|entrevista|videollamada|llamada)\b"
)

# --- Confirmation -----------------------------------------------------------------------------
_CONFIRMATION_CUES = (
    r"\b(?:received|receipt of|submitted successfully|successfully submitted|has been submitted|"
    r"was submitted|was sent to|has been sent to|erhalten|eingang|eingegangen|bien re(?:ç|c)u|"
    r"bonne r(?:é|e)ception|bien arriv(?:é|e)e?|accusons|recibido|recepci(?:ó|o)n|recibimos|"
    # "this message confirms that we have your CV", "ha quedado registrada", "wurde
    # registriert", "a bien été enregistrée"
    r"(?:this|the)\s+(?:\w+\s+)?confirms|we\s+(?:now\s+)?(?:have|'ve got)\s+your|"
    r"(?:has|have|was|been|ha(?:n)?\s+(?:quedado|sido)|qued(?:ó|o)|fue|wurde|ist|a\s+(?:bien\s+)?"
    r"(?:é|e)t(?:é|e)|est)\s+(?:\w+\s+)?(?:registered|logged|registrad[ao]|registriert|"
    r"erfasst|enregistr(?:é|e)e?))\b"
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
