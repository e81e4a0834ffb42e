"""Facts taken out of a job e-mail: the company, the position, the proposed date-time.

Each function takes plain strings (the parsed message's parts) and returns ``""``/``None``
when it cannot tell; a wrong guess is worse than none, since the inbox pre-fills forms
with these values.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from core.text import tidy

# --- Company ------------------------------------------------------------------------------

#: Applicant-tracking systems and job boards: their domain names the tool, not the employer.
ATS_DOMAINS = (
    "greenhouse.io",
    "greenhouse-mail.io",
    "lever.co",
    "myworkday.com",
    "myworkdayjobs.com",
    "workday.com",
    "ashbyhq.com",
    "ashby.io",
    "smartrecruiters.com",
    "smartrecruiters.eu",
    "workable.com",
    "workablemail.com",
    "icims.com",
    "jobvite.com",
    "taleo.net",
    "successfactors.com",
    "successfactors.eu",
    "personio.de",
    "personio.com",
    "recruitee.com",
    "teamtailor.com",
    "teamtailor-mail.com",
    "join.com",
    "bamboohr.com",
    "breezy.hr",
    "applytojob.com",
    "jazzhr.com",
    "softgarden.io",
    "softgarden.de",
    "rexx-systems.com",
    "dvinci.de",
    "concludis.de",
    "welcometothejungle.com",
    "indeed.com",
    "linkedin.com",
    "stepstone.de",
    "stepstone.com",
    "xing.com",
    "glassdoor.com",
    "infojobs.net",
    "hellowork.com",
    "apec.fr",
    "pole-emploi.fr",
    "francetravail.fr",
    "monster.com",
    "ziprecruiter.com",
    "wellfound.com",
    "otta.com",
    "hiringthing.com",
    "pinpointhq.com",
    "rippling.com",
)
FREE_MAIL = frozenset(
    [
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "hotmail.com",
        "hotmail.fr",
        "hotmail.es",
        "hotmail.de",
        "live.com",
        "live.fr",
        "msn.com",
        "yahoo.com",
        "yahoo.fr",
        "yahoo.es",
        "yahoo.de",
        "ymail.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "gmx.de",
        "gmx.net",
        "gmx.at",
        "gmx.ch",
        "gmx.com",
        "web.de",
        "t-online.de",
        "freenet.de",
        "posteo.de",
        "mailbox.org",
        "orange.fr",
        "wanadoo.fr",
        "free.fr",
        "laposte.net",
        "sfr.fr",
        "protonmail.com",
        "proton.me",
        "pm.me",
        "aol.com",
        "mail.com",
        "yandex.com",
        "zoho.com",
        "fastmail.com",
        "telefonica.net",
    ]
)
_SECOND_LEVEL = frozenset(["co", "com", "org", "net", "ac", "gov", "edu", "gv", "or", "ne"])
_GENERIC_LOCAL = re.compile(
    r"^(?:no-?reply|do-?not-?reply|noreply|notifications?|jobs?|careers?|recruiting|talent|hr|"
    r"info|hello|team|mail|mailer|bounce|system|support|candidates?|apply|bewerbung|karriere|"
    r"recrutement|empleo|rrhh|people|hiring|notification|alerts?|alertes?|news|status|updates?|"
    r"avisos?|notificaciones|benachrichtigung|nachrichten|messages?)"
)
# Words around a company's name in a sender's display name.
_NAME_NOISE = re.compile(
    r"\b(?:recruiting|recruitment|recruiter|talent acquisition|talent team|talent|careers?|jobs|"
    r"hiring team|hiring|hr team|hr|human resources|people team|people ops|people|team|"
    r"personalabteilung|recruiting-team|karriere|bewerbermanagement|personal|recrutement|rh|"
    r"ressources humaines|reclutamiento|selecci[oó]n|rrhh|recursos humanos|empleo|"
    r"notifications?|no-?reply|noreply|via \w+|@ ?\w+|candidate experience|university|resourcing|"
    r"talent partner|talento|talentos|talents)\b",
    re.IGNORECASE,
)
_ATS_NAMES = re.compile(
    r"^(?:greenhouse|lever|workday|ashby|smartrecruiters|workable|icims|jobvite|taleo|personio|"
    r"recruitee|teamtailor|join|bamboohr|breezy|softgarden|linkedin|indeed|stepstone|xing|"
    r"glassdoor|welcome to the jungle|infojobs|successfactors|sap successfactors)$",
    re.IGNORECASE,
)
_LEGAL = (
    r"(?:GmbH|AG|SE|KG|e\.V\.|Inc\.?|LLC|Ltd\.?|Limited|plc|SAS|SARL|SA|S\.A\.|S\.L\.|SL|BV|B\.V\.|"
    r"NV|Oy|AB|AS|Co\.)"
)
_NAME_WORD = r"(?:[A-ZÄÖÜÉÈÀÂÇÑ0-9][\w&'’.+-]*|&)"
_NAME = (
    rf"({_NAME_WORD}(?:[ \-](?:{_NAME_WORD}|de|del|la|and|und|et|y|of|the|für|{_LEGAL})){{0,4}})"
)
_COMPANY_CONTEXT = [
    re.compile(p)
    for p in (
        rf"(?:interest in|applying (?:to|for|at|with)|applied (?:to|at|with)|application (?:to"
        rf"|with|at)|"
        rf"(?:position|role|job|opportunity|opportunities|career|team|work) (?:at|with)|join"
        rf"(?:ing)?|"
        rf"here at|everyone at|on behalf of|interviewing (?:at|with)|considering) (?:the )?{_NAME}",
        rf"(?:[Tt]he|[Yy]our) {_NAME} (?:[Rr]ecruiting|[Tt]alent|[Hh]iring|[Pp]eople"
        rf"|[Rr]ecruitment|"
        rf"[Cc]areers|HR)(?: [Tt]eam)?",
        rf"(?:Bewerbung|Interesse|Kandidatur) (?:bei|an|für) (?:der |die |den |dem |uns"
        rf"(?:erer)? )?{_NAME}",
        rf"(?:Ihr|Dein|Euer|Das) {_NAME} (?:Team|Recruiting|Recruiting-Team|HR-Team|Personalteam)",
        rf"(?:[Rr]ecruiting-Team|Personalabteilung|Team) (?:der|von|bei) {_NAME}",
        rf"(?:chez|au sein de|rejoindre|int(?:é|e)r(?:ê|e)t pour|candidature (?:à|a|chez)) {_NAME}",
        rf"(?:L'(?:é|e)quipe|l'(?:é|e)quipe) (?:(?:RH|[Rr]ecrutement|[Tt]alent) )?(?:de "
        rf"|d')?{_NAME}",
        rf"(?:[Ee]l equipo de|[Ee]quipo de (?:[Ss]elecci(?:ó|o)n de |[Tt]alento de |RRHH de )?|"
        rf"unirte a|interés en|inter(?:é|e)s en formar parte de|trabajar en|proceso de selecci"
        rf"(?:ó|o)n de) "
        rf"{_NAME}",
        # a job board reporting what the employer did: "Grupo Norte ha revisado tu candidatura",
        # "Acme has reviewed your application", "Acme hat Ihre Bewerbung geprüft"
        # a job board's fields: "Empresa: Grupo Norte S.L.", "Company: Acme", "Arbeitgeber: X"
        rf"(?m)^[ \t]*(?:Company|Employer|Empresa|Empleador|Unternehmen|Arbeitgeber|Firma|"
        rf"Entreprise|Employeur|Soci(?:é|e)t(?:é|e))[ \t]?:[ \t]*{_NAME}[ \t]*$",
        rf"(?m)^{_NAME} (?:ha (?:revisado|actualizado|valorado|visto)|has (?:reviewed|updated|"
        rf"viewed)|a (?:examin(?:é|e)|(?:é|e)tudi(?:é|e)|consult(?:é|e))|hat (?:Ihre|deine)) ",
    )
]
_NOT_A_COMPANY = re.compile(
    r"^(?:we|our|the|this|a|an|you|your|it|us|hi|dear|thank|thanks|unfortunately|please|position|"
    r"role|team|company|uns|unser|unserem|unserer|ihnen|ihrem|ihrer|sie|nous|vous|notre|nosotros|"
    r"nuestro|nuestra|el|la|los|las|le|les|de|das|der|die|den|dem|ein|eine|einer)$",
    re.IGNORECASE,
)


def _registrable(domain: str) -> str:
    labels = [label for label in domain.lower().split(".") if label]
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL:
        return labels[-3]
    return labels[-2] if len(labels) >= 2 else (labels[0] if labels else "")


def _is_ats(domain: str) -> bool:
    return any(domain == ats or domain.endswith("." + ats) for ats in ATS_DOMAINS)


def _fold(value: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", value) if not unicodedata.combining(c))


def _compacts(value: str) -> set[str]:
    """``value`` reduced to letters and digits, as domain names spell it: "Kessler & Söhne"
    gives "kesslersohne" and "kesslersoehne"."""
    lowered = value.lower().replace("ß", "ss")
    german = lowered.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    return {re.sub(r"[^a-z0-9]", "", _fold(lowered)), re.sub(r"[^a-z0-9]", "", _fold(german))}


def _compact(value: str) -> str:
    return re.sub(r"[^a-z0-9]", "", _fold(value.lower().replace("ß", "ss")))


_LEGAL_ABBREVIATION = re.compile(r"^(?:Inc|Co|Ltd|Corp|S\.A|S\.L|e\.V|B\.V|N\.V)\.$")
#: Words that end a company's name when they follow it ("Acme Interview Confirmation").
_PROCESS_WORDS = frozenset(
    [
        "interview",
        "interviews",
        "application",
        "applications",
        "confirmation",
        "update",
        "offer",
        "invitation",
        "position",
        "role",
        "job",
        "jobs",
        "opening",
        "candidate",
        "recruiting",
        "recruitment",
        "talent",
        "team",
        "careers",
        "career",
        "hiring",
        "hr",
        "people",
        "resourcing",
        "acquisition",
        "einladung",
        "bewerbung",
        "absage",
        "stelle",
        "vorstellungsgespräch",
        "candidature",
        "entretien",
        "poste",
        "recrutement",
        "candidatura",
        "entrevista",
        "puesto",
        "oferta",
        "selección",
        "seleccion",
        "rrhh",
    ]
)


def _cut_name(value: str) -> str:
    """A name ends at a sentence's full stop ("Halvorsen Logistics. This ...")."""
    words = []
    for word in value.split():
        if word.endswith(".") and not _LEGAL_ABBREVIATION.match(word):
            words.append(word[:-1])
            break
        words.append(word)
    return " ".join(words)


_RELAYED_BY = (
    r"\s+(?:v(?:i|í)a|(?:ü|ue)ber|through|durch|par l['’]interm(?:é|e)diaire d(?:e|u)|"
    r"par le biais d(?:e|u)|(?:a trav(?:é|e)s|por medio) de)\s+"
)


_DOTTED_LEGAL_AT_END = (
    r",?\s+(?:S\.\s?[AL]\.(?:\s?U\.)?(?:\s+de\s+C\.\s?V\.)?|S\.A\.S\.|S\.A\.R\.L\.|e\.\s?V\.|"
    r"B\.V\.|N\.V\.)$"
)


def _clean_company(value: str) -> str:
    value = re.split(r"\s+[|–—•·]\s+|\s+-\s+|:", value)[0] if value else ""
    # "Acme via Welcome to the Jungle", "Acme über JOIN", "Acme through Hired", "Acme par
    # l'intermédiaire de …": the platform that relayed the mail is not the company
    value = re.split(_RELAYED_BY, value, flags=re.IGNORECASE)[0]
    value = _cut_name(value)
    value = _NAME_NOISE.sub(" ", value)
    # a dotted legal form at the end would lose its last dot below ("Algarrobo S.L"): drop it
    value = re.sub(_DOTTED_LEGAL_AT_END, "", tidy(value))
    value = re.sub(r"\s+(?:at|from|von|de|chez|en)\s*$", "", tidy(value), flags=re.IGNORECASE)
    value = tidy(value.strip(" ,.;:-–|\"'()[]"))
    words = value.split()
    while words and _NOT_A_COMPANY.match(words[0]):
        words.pop(0)
    while words and re.match(r"^(?:and|und|et|y|of|the|de|la|für|&)$", words[-1], re.IGNORECASE):
        words.pop()
    value = " ".join(words)
    if not value or len(value) > 60 or _ATS_NAMES.match(value):
        return ""
    return value


_COMPANY_WORDS = re.compile(
    r"\b(?:systems?|labs?|games|health|energy|bank|banque|banco|logistics|analytics|robotics|"
    r"software|technologies|technology|tecnolog[ií]a|solutions|consulting|group|groupe|grupo|"
    r"media|medien|capital|partners|holdings?|ventures|studios?|industries|insurance|"
    r"versicherung|foods?|motors|airlines?|pharma|bio\w*|network|networks|digital|data|cloud|"
    r"ai|finance|fintech|security|services|works|werk|atelier|agency|agence|agencia|klinik\w*|"
    r"clinic\w*|hospital|spital|kliniken)\b",
    re.IGNORECASE,
)


def _is_name_word(word: str) -> bool:
    """A word of a person's name in any Latin alphabet: "Sørensen", "Łukasz", "McBride",
    "O'Neill", "Müller-Lüdenscheidt", a particle ("van", "de"), an initial ("J.")."""
    word = word.rstrip(".")
    if word in ("van", "von", "de", "del", "la", "le", "da", "di", "dos"):
        return True
    # "McBride", "MacLeod", "O'Neill", "D'Angelo": a second capital after a known prefix
    word = re.sub(r"^(?:Mc|Mac|O['’]|D['’])(?=[^\W\d_])", "", word)
    parts = re.split(r"[-'’]", word)
    return all(
        part[:1].isupper() and part.isalpha() and (len(part) == 1 or part[1:].islower())
        for part in parts
    )


def _is_company_name(name: str, *, local: str, text: str, signature: str = "") -> bool:
    """Whether a sender's display name names an organisation rather than a person."""
    if not name:
        return False
    if (
        re.search(_LEGAL + r"(?:\s|$)", name)
        or _NAME_NOISE.search(name)
        or _COMPANY_WORDS.search(name)
    ):
        return True
    words = name.split()
    person_shaped = 2 <= len(words) <= 4 and all(_is_name_word(w) for w in words)
    if not person_shaped:
        return True
    local_compact = _compact(local)
    if any(len(_compact(w)) >= 3 and _compact(w) in local_compact for w in words):
        return False  # jane.doe@ is Jane Doe
    # A person's full name is rarely in the body of their own message; a company's is.
    return name in text or name in signature


def _name_tail(following: list[str]) -> list[str]:
    """The words after a matched name that still belong to it: up to a legal form
    ("Alpenglühn Tourismus GmbH"), else words that name a kind of business ("Halvorsen
    Logistics"), but not "Ferro & Vale Chartered Accountants" or "Acme Interview"."""
    for index, word in enumerate(following):
        if re.fullmatch(_LEGAL, word):
            tail = following[: index + 1]
            if not any(w.lower() in _PROCESS_WORDS for w in tail):
                return tail
            break
    tail = []
    for word in following[:2]:
        if word.lower() in _PROCESS_WORDS or not _COMPANY_WORDS.fullmatch(word):
            break
        tail.append(word)
    return tail


def _from_domain(domain: str, haystack: str) -> str:
    """The company a corporate domain stands for, spelled as the text spells it (with the
    words that follow it in the same capitalised run: "Halvorsen" → "Halvorsen Logistics")."""
    stem = _registrable(domain)
    if not stem or stem in {"mail", "email"}:
        return ""
    target = _compact(stem)
    for match in re.finditer(
        # a capitalised run, with the particles names keep inside ("Alimentos del Bajío")
        r"(?<![\w])[A-ZÄÖÜÉ0-9][\w&'’.-]*(?:[ -](?:(?:de|del|des|du|la|von|der|van|y|et|und) )?"
        r"(?:[A-ZÄÖÜÉ&][\w&'’.-]*|&))*",
        haystack,
    ):
        words = _cut_name(match.group(0)).split()
        joined = {""}
        for count, word in enumerate(words, start=1):
            joined = {j + c for j in joined for c in _compacts(word)}
            if target in joined or any(j.startswith(target) and len(target) >= 4 for j in joined):
                tail = _name_tail(words[count : count + 3])
                cleaned = _clean_company(" ".join(words[:count] + tail))
                if cleaned:
                    return cleaned
                break
            if not any(target.startswith(j) for j in joined):
                break
    return " ".join(part.capitalize() for part in re.split(r"[-_]", stem))


_POSITION_NEXT = re.compile(
    r"^\s+(?:position|role|job|opening|vacancy|stelle|poste|puesto|team\b.{0,3}position)",
    re.IGNORECASE,
)


def _from_context(*texts: str) -> str:
    for text in texts:
        for pattern in _COMPANY_CONTEXT:
            for match in pattern.finditer(text):
                if _POSITION_NEXT.match(text[match.end(1) : match.end(1) + 20]):
                    continue  # "applying to the Data Analyst position": a position
                name = _clean_company(match.group(1))
                if name and not _NOT_A_COMPANY.match(name.split()[0]):
                    return name
    return ""


_FOR_A_CLIENT = re.compile(
    r"\b(?:our|my|notre|mon|unser(?:e[mnr]?)?|nuestro|mi)\s+(?:client|clients|kunden?|auftraggeber|"
    r"cliente)\b",
    re.IGNORECASE,
)

_GENERIC_SUBDOMAINS = frozenset(
    ["us", "eu", "uk", "de", "mail", "hire", "jobs", "app", "em", "e", "www", "careers", "apply"]
)


def extract_company(
    *, sender_name: str, sender_address: str, subject: str, text: str, signature: str = ""
) -> str:
    """The employer a message comes from: the sender's display name when it names an
    organisation, else the company an ATS sender stands for (its address or the body's
    "at X"/"the X team"), else the sender's own domain spelled as the text spells it.
    Free-mail and ATS domains never name the company themselves."""
    domain = sender_address.rpartition("@")[2].lower()
    local = sender_address.rpartition("@")[0].lower()
    name = tidy(sender_name)
    haystack = f"{subject}\n{text}\n{signature}"
    if _FOR_A_CLIENT.search(haystack):
        # A recruitment agency writes about its client's post: the employer is the one named
        # "at X" / "chez X" in the text, not the agency in the sender's name.
        client = _from_context(subject, text)
        if client and _compact(client) not in _compacts(f"{name} {domain}"):
            return client
    # "Jane Doe from Acme", "Jane Doe | Acme", "Jane (Acme)", "Recruiting @ Acme"
    affiliated = re.search(r"(?:\bfrom\b|\bat\b|\bvon\b|\bchez\b|\||@|\()\s*([^|()@]+)\)?$", name)
    if affiliated:
        cleaned = _clean_company(affiliated.group(1))
        if cleaned:
            return cleaned
    cleaned = _clean_company(name)
    if (
        cleaned
        and not _GENERIC_LOCAL.match(cleaned.lower())
        and _is_company_name(name, local=local, text=text, signature=signature)
    ):
        return cleaned
    if _is_ats(domain):
        # <company>@myworkday.com, <company>.jobs.personio.de
        for candidate in (local, domain.split(".")[0]):
            if (
                candidate
                and not _GENERIC_LOCAL.match(candidate)
                and candidate not in _GENERIC_SUBDOMAINS
                and not _is_ats(candidate + ".com")
                and candidate != _registrable(domain)
            ):
                found = _from_domain(candidate + ".x", haystack)
                if _compact(candidate) in _compact(haystack):
                    return found
                # an address the text never spells may be a mailbox's name, not the
                # company's: the body's "at X" / "Empresa: X" decides first
                return _from_context(subject, text, signature) or found
        return _from_context(subject, text, signature)
    if domain and domain not in FREE_MAIL:
        # "Lumière Assurances <jobs@lumiere-assurances.fr>": the domain spells the name.
        stem = _compact(_registrable(domain))
        if cleaned and len(stem) >= 4 and any(c.startswith(stem) for c in _compacts(cleaned)):
            return cleaned
        return _from_domain(domain, haystack)
    return _from_context(subject, text, signature)


# --- Position -----------------------------------------------------------------------------

#: Subject segments about the process, not the job: "Interview invitation", "Absage".
_PROCESS_SEGMENT = re.compile(
    r"\b(?:application|applications|applying|applied|candidacy|interview|interviews|invitation|"
    r"invite|update|updates|confirmation|confirmed|scheduled|next steps?|round|stage|offer|"
    r"thank|thanks|received|submitted|regarding|status|feedback|decision|your|you|our|we|"
    r"bewerbung|einladung|vorstellungsgespräch|gespräch|kennenlernen|absage|zusage|"
    r"eingangsbestätigung|rückmeldung|ihre|deine|dein|ihr|candidature|entretien|réponse|reponse|"
    r"suite|proposition|votre|ta|ton|merci|accusé|candidatura|entrevista|solicitud|proceso|"
    r"selección|seleccion|oferta|confirmación|invitación|tu|su|gracias|recibido)\b",
    re.IGNORECASE,
)
#: A process word in front of the title: "Telefoninterview Backend-Entwickler",
#: "Vertragsangebot Data Scientist", "Candidature Analyste crédit"; or behind it:
#: "Operations Manager application".
_PROCESS_PREFIX = re.compile(
    r"^(?:\w*(?:interview|gespräch|angebot)|entretien|entrevista|candidature|candidatura|"
    r"bewerbung|application|offer|oferta|absage)\s+(?:(?:als|for|pour|para|de|:)\s+)?(?=\S)",
    re.IGNORECASE,
)
#: A posting's label in front of the title ("Stellenausschreibung Projektingenieur", "Job
#: posting: Welder"): what follows is a title even without a word titles are usually made of.
_POSTING_PREFIX = re.compile(
    r"^(?:stellenausschreibung|ausschreibung|stellenanzeige|stellenangebot|job posting|"
    r"job advert|offre d['’]emploi|oferta de empleo)\s*:?\s+(?=\S)",
    re.IGNORECASE,
)
_PROCESS_SUFFIX = re.compile(
    r"\s+(?:application|interview|role|position|offer|vacancy|opening|requisition|job|process)$",
    re.IGNORECASE,
)
#: A German compound naming the post: "zur Data-Engineer-Stelle", "die Backend-Position"
#: (the title is the part before "-Stelle").
_COMPOUND_POST = (
    r"(?<![\w-])([A-ZÄÖÜ0-9][\w]*(?:-[\w]+)*?)-(?:Stelle|Position|Rolle|Vakanz)(?![\w-])"
)
_POSITION_SUBJECT = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"(?:application|candidacy|interview|invitation|applying|applied)\s+(?:for|as)\s+(?:the\s+|"
        r"our\s+|an?\s+)?(?:position\s+(?:of\s+)?|role\s+(?:of\s+)?|job\s+)?(.+)",
        r"(?:bewerbung|vorstellungsgespr(?:ä|ae)ch|einladung|gespräch)\s+(?:als|f(?:ü|ue)r\s+die\s+"
        r"(?:stelle|position)\s+(?:als\s+)?|auf\s+die\s+(?:stelle|position)\s+(?:als\s+)?)(.+)",
        r"candidature\s+(?:au\s+poste\s+(?:de\s+|d')|pour\s+le\s+poste\s+(?:de\s+|d')|pour\s+)(.+)",
        r"candidatura\s+(?:al\s+puesto\s+de\s+|para\s+(?:el\s+puesto\s+de\s+)?)(.+)",
        _COMPOUND_POST,
    )
]
_END = (
    r"(?=\s+(?:at|with|here|bei|in|chez|au sein|au|à|en|dentro|eingegangen|erhalten|beworben|"
    r"has|have|was|is|et (?:vous|nous|je)|y (?:te|le)|nous|vous|ha|fue|unterbreiten|anbieten|"
    r"anzubieten|einladen|einzuladen|kennenlernen|kennenzulernen|wir|we|nous|con|avec|mit)\b|\s*[.,;!?\n(]|\s+[—–-]\s|$)"
)
_POSITION_BODY = [
    re.compile(p)
    for p in (
        r"(?:for|to|as) (?:the|our|your) (?:position|role|job|opening|vacancy) (?:of|as) (?:an? )?"
        r"([A-Z][^.,;\n()]{2,70}?)" + _END,
        r"(?:for|to|about|regarding|in|on|offer you) (?:the|our|this|your) ([A-Z][\w/&+#.-]*"
        r"(?: [\w/&+#"
        r"().-]+)"
        r"{0,6}?) (?:position|role|opening|vacancy|job|requisition|post)\b",
        r"(?:application|applied|applying|interview) (?:for|as) (?:an? |the )?([A-Z][\w/&+#.-]*"
        r"(?: [\w/&+#.-]+){0,6}?)(?: position| role)?" + _END,
        # a gendered ending stays with its word: "als Social-Media-Manager:in", "Entwickler*in"
        r"\bals ([A-Z][\w/&+#.()-]*(?:[:*_]in(?:nen)?\b)?(?: [\w/&+#.()-]+){0,5}?)" + _END,
        r"poste (?:de |d'|d’)([\w][^.,;\n]{2,70}?)" + _END,
        r"(?:puesto|vacante|posici(?:ó|o)n|oferta|cargo) de ([\w][^.,;\n]{2,70}?)" + _END,
        r"(?m)^\s*(?:role|position|job|job title|stelle|position|poste|puesto)\s?:\s*"
        r"([^\n]{2,70})$",
        r"\b(?:Stelle|Position|Rolle)(?: als)? ([A-Z][\w/&+#.-]*(?: [\w/&+#.-]+){0,5}?)" + _END,
        r"(?:applying|applied) (?:to be|as) (?:an? )?([A-Z0-9][\w/&+#.-]*(?: [\w/&+#.-]+){0,5}?)"
        + _END,
        r"(?:postulaci(?:ó|o)n|candidatura|solicitud|proceso) (?:para|a|al) (?:el )?(?:puesto"
        r"|cargo)?(?: de )?"
        r"([A-Z][\w/&+#.-]*(?: [\w/&+#.-]+){0,5}?)" + _END,
        r"\bproceso (?:de selecci(?:ó|o)n )?(?:de|para|del puesto de) ([A-Z][\w/&+#.-]*"
        r"(?: [\w/&+#.-]+){0,4}?)" + _END,
        r"\bcomo ([A-Z][\w/&+#.-]*(?: [\w/&+#.-]+){0,4}?)" + _END,
        r"offer you the (?:position|role|job) (?:of|as) (?:an? )?([A-Z0-9][^.,;\n()]{1,70}?)"
        + _END,
        r"(?:your|the|tu|su) ([A-Z][\w/&+#.-]*(?: [\w/&+#.-]+){0,5}?) (?:application|candidacy)\b",
        r"\bas (?:our|the|a|an) (?:new )?([A-Z][\w/&+#.-]*(?: [\w/&+#.-]+){0,5}?)" + _END,
    )
]
_POSITION_TRAILER = re.compile(
    r"\s*(?:\(?(?:req(?:uisition)?|job|ref(?:erence)?|id|kennziffer|r(?:é|e)f)\.?\s*(?:id|no\.?|"
    r"nr\.?|#)?\s*[:#]?\s*[\w-]*\d[\w-]*\)?|\(\s*[A-Z]{0,4}-?\d[\w-]*\s*\)|\[[^\]]*\]|"
    r"\([mwfdhx]\s*/\s*[mwfdhx](?:\s*/\s*[mwfdhx])?\)|"
    # a parenthesis left open where a sentence split cut it: "Controller (réf"
    r"\([^()]{0,20})\s*$",
    re.IGNORECASE,
)


#: A subject segment is taken for a title only when it has a word titles are made of.
_JOB_NOUN = re.compile(
    r"(?:engineer|developer|programmer|architect|designer|manager|analyst|scientist|specialist|"
    r"coordinator|consultant|accountant|director|lead|head|intern|officer|assistant|"
    r"administrator|strategist|representative|executive|associate|technician|writer|editor|"
    r"researcher|advisor|adviser|owner|recruiter|operator|agent|nurse|teacher|controller|"
    r"tester|support|sales|marketing|product|data|devops|sre|qa|"
    r"entwickler|ingenieur|berater|leiter|referent|sachbearbeiter|redakteur|mitarbeiter|"
    r"kauffrau|kaufmann|werkstudent|praktikant|d(?:é|e)veloppeur|ing(?:é|e)nieur|analyste|"
    r"contr(?:ô|o)leur|charg(?:é|e)|responsable|directeur|directrice|chef|stagiaire|"
    r"commercial|desarrollador|ingeniero|analista|jefe|gerente|t(?:é|e)cnico|dise(?:ñ|n)ador|"
    r"programador|responsable|becario|consultor|director|artist|animator|illustrator|"
    r"photographer|producer|attorney|lawyer|paralegal|clerk|driver|cook|mechanic|electrician|"
    r"pharmacist|therapist|physician|trainer|instructor|planner|buyer|auditor|economist|"
    r"statistician|biologist|chemist|journalist|translator|copywriter|fellow|apprentice|"
    r"elektroniker|gestionnaire|technicien|vendeur|jefe|t(?:é|e)cnica|ingeniera|analista|conseill|"
    r"asesor|vendedor|disponent|pflege\w*|contador|trainee)",
    re.IGNORECASE,
)


#: A requisition number before the title ("R-20431 Supply Chain Planner", "JR-1187 Netzplaner",
#: "#4471 Data Analyst").
_POSITION_PREFIX = re.compile(
    r"^(?:[A-Z]{1,4}-\d[\w-]*\s+|#\s?\d{3,}[\w-]*\s+|\d{4,}\s+|"
    # "Information zur ausgeschriebenen Stelle X", "Update on the role X", "Poste de X"
    r"(?:Informationen?|Infos?|R(?:ü|ue)ckmeldung|Update|Point)\s+(?:zur|zu|on|about|sur)\s+"
    r"(?:der\s+|the\s+|le\s+)?(?:ausgeschriebenen\s+|offenen\s+|open\s+)?"
    r"(?:Stelle|Position|role|poste)\s+|(?:Poste|Puesto|Stelle)\s+(?:de\s+|d'|als\s+))(?=\w)"
)
#: Where a sentence goes on after the title: a lower-case function word or an English past
#: tense after a capitalised word ("Senior iOS Engineer landed safely", "Product Owner keine
#: Zusage geben", "Data Engineer hat uns gut gefallen", "Responsable Marketing nos").
_CLAUSE_AFTER_TITLE = re.compile(
    r"(\b[A-Z0-9][\w/&+#.()-]*) (?:(?:nos|uns|dir|dich|ihnen|hat|haben|hatte|keine?n?|nicht|"
    r"wurde|wird|ist|sind|has|have|had|was|were|is|are|will|would|nous|vous|ont|sera|était|"
    r"ha|han|fue|est(?:á|a)|hemos|no|y nos|et nous|and we|und wir|a (?:bien|(?:é|e)t(?:é|e)))\b|"
    r"[a-z]{3,}ed\b).*$"
)
#: Words that join the parts of a title and never end one.
_TITLE_JOINER_AT_END = re.compile(r"\s+(?:y|and|und|et|de|of|for|für|del|des|du|la|le)\s*$")


def _cut_clause(value: str) -> str:
    value = _CLAUSE_AFTER_TITLE.sub(r"\1", value)
    return _TITLE_JOINER_AT_END.sub("", value)


def _clean_position(value: str, company: str = "") -> str:
    # a programme's name in quotes: Trainee-Programm „Risikomanagement“
    value = re.sub(r"[„“”«»‚‘]", "", value)
    value = re.split(r"(?<=[a-zäöüßéèàáíóúñ)])\.\s", tidy(value))[0]
    value = re.split(
        r"\s+(?:at|with|bei|chez|en|@|in our|in unserem|für)\s+(?=[A-Z])|\s+[|–—]\s+|\s+-\s+",
        value,
    )[0]
    for _ in range(3):
        value = _POSITION_TRAILER.sub("", value)
    value = _POSITION_PREFIX.sub("", value)
    value = _cut_clause(value)
    value = value.strip(" .,:;!-–\"'“”„«»")
    if not value or len(value) > 80 or len(value.split()) > 8:
        return ""
    if company and _compact(value) == _compact(company):
        return ""
    if re.match(
        r"^(?:your|our|the|this|we|thank|thanks|an update|update|next steps|received|"
        r"submitted|confirmation|ihre|deine|votre|tu|su|uns|us)\b",
        value,
        re.IGNORECASE,
    ):
        return ""
    return value


def _from_subject(subject: str, company: str) -> str:
    for pattern in _POSITION_SUBJECT:
        match = pattern.search(subject)
        if match:
            position = _clean_position(match.group(1), company)
            if position:
                return position
    for segment in re.split(r"\s+[|–—]\s+|\s+-\s+|:\s+", subject):
        posting = _POSTING_PREFIX.match(segment.strip())
        segment = _POSTING_PREFIX.sub("", segment.strip())
        segment = _PROCESS_SUFFIX.sub("", _PROCESS_PREFIX.sub("", segment))
        if company:
            segment = re.sub(
                rf"\s+(?:at|with|bei|chez|en|@)\s+{re.escape(company)}.*$", "", segment, flags=re.I
            )
        if not segment or _PROCESS_SEGMENT.search(segment):
            continue
        if not re.match(r"^[A-ZÄÖÜÉ0-9]", segment) or not (posting or _JOB_NOUN.search(segment)):
            continue
        position = _clean_position(segment, company)
        if position:
            return position
    return ""


def extract_position(*, subject: str, text: str, company: str = "") -> str:
    """The job title: from the subject ("Your application for X", "Acme | X", "Absage: X"),
    else from the body ("the X position", "als X", "au poste de X", "puesto de X")."""
    position = _from_subject(subject, company)
    if position:
        return position
    for source in (subject, text[:6000]):
        for pattern in _POSITION_BODY:
            match = pattern.search(source)
            if match:
                position = _clean_position(match.group(1), company)
                if position:
                    return position
    return ""


# --- Event date-time ------------------------------------------------------------------------

_FIXED_ZONES = {
    "utc": 0,
    "gmt": 0,
    "z": 0,
    "wet": 0,
    "west": 60,
    "bst": 60,
    "cet": 60,
    "mez": 60,
    "cest": 120,
    "mesz": 120,
    "eet": 120,
    "eest": 180,
    "msk": 180,
    "ist": 330,
    "sgt": 480,
    "hkt": 480,
    "jst": 540,
    "kst": 540,
    "aest": 600,
    "aedt": 660,
    "nzst": 720,
    "nzdt": 780,
    "est": -300,
    "edt": -240,
    "cst": -360,
    "cdt": -300,
    "mst": -420,
    "mdt": -360,
    "pst": -480,
    "pdt": -420,
    "akst": -540,
    "hst": -600,
    "brt": -180,
    "art": -180,
}
_NAMED_ZONES = {
    "pt": "America/Los_Angeles",
    "pacific": "America/Los_Angeles",
    "et": "America/New_York",
    "eastern": "America/New_York",
    "ct": "America/Chicago",
    "central": "America/Chicago",
    "mt": "America/Denver",
    "mountain": "America/Denver",
    "london": "Europe/London",
    "uk": "Europe/London",
    "berlin": "Europe/Berlin",
    "german": "Europe/Berlin",
    "deutscher": "Europe/Berlin",
    "paris": "Europe/Paris",
    "france": "Europe/Paris",
    "madrid": "Europe/Madrid",
    "peninsular": "Europe/Madrid",
    "españa": "Europe/Madrid",
    "espana": "Europe/Madrid",
    "amsterdam": "Europe/Amsterdam",
    "zurich": "Europe/Zurich",
    "zürich": "Europe/Zurich",
    "vienna": "Europe/Vienna",
    "wien": "Europe/Vienna",
    "dublin": "Europe/Dublin",
    "lisbon": "Europe/Lisbon",
    "new york": "America/New_York",
    "san francisco": "America/Los_Angeles",
    "toronto": "America/Toronto",
    "mexico": "America/Mexico_City",
    "méxico": "America/Mexico_City",
    "buenos aires": "America/Argentina/Buenos_Aires",
    "bogotá": "America/Bogota",
    "bogota": "America/Bogota",
    "singapore": "Asia/Singapore",
    "sydney": "Australia/Sydney",
    "bruxelles": "Europe/Brussels",
    "brussels": "Europe/Brussels",
    "montréal": "America/Toronto",
    "montreal": "America/Toronto",
    "barcelona": "Europe/Madrid",
}
_ZONE = re.compile(
    r"^\s*[(\[]?\s*(?:"
    r"(?P<offset>(?:utc|gmt)\s*(?P<sign>[+-−])\s*(?P<oh>\d{1,2})(?::?(?P<om>\d{2}))?)|"
    r"(?P<raw>(?P<rsign>[+-])(?P<rh>\d{2}):?(?P<rm>\d{2}))\b|"
    r"(?P<iana>[A-Z][a-z]+/[A-Z][A-Za-z_]+(?:/[A-Z][A-Za-z_]+)?)|"
    r"(?P<abbr>utc|gmt|wets?|bst|cest|cet|mesz|mez|eest|eet|msk|ist|sgt|hkt|jst|kst|aedt|aest|nzst|"
    r"nzdt|edt|est|cdt|cst|mdt|mst|pdt|pst|akst|hst|brt|art|pt|et|ct|mt)\b|"
    r"(?P<named>(?:pacific|eastern|central|mountain)(?: standard| daylight)? time|"
    r"(?:[\wéñü]+(?: [\wéñü]+)?) time|(?:heure|hora) (?:de |d')?[\wéñü]+(?: [\wéñü]+)?|"
    r"hora peninsular(?: española)?|(?:deutscher|deutsche|mitteleurop(?:ä|ae)ische[rn]?) (?:zeit|"
    r"sommerzeit)|\w+er zeit|(?:heure|horario) (?:fran(?:ç|c)aise|espa(?:ñ|n)ol|de (?:paris"
    r"|madrid)))"
    r")",
    re.IGNORECASE,
)
_MONTHS = {
    **dict.fromkeys(["january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene"], 1),
    **dict.fromkeys(
        ["february", "feb", "februar", "février", "fevrier", "févr", "fev", "febrero"], 2
    ),
    **dict.fromkeys(["march", "mar", "märz", "maerz", "mars", "marzo"], 3),
    **dict.fromkeys(["april", "apr", "avril", "avr", "abril", "abr"], 4),
    **dict.fromkeys(["may", "mai", "mayo"], 5),
    **dict.fromkeys(["june", "jun", "juni", "juin", "junio"], 6),
    **dict.fromkeys(["july", "jul", "juli", "juillet", "juil", "julio"], 7),
    **dict.fromkeys(["august", "aug", "août", "aout", "agosto", "ago"], 8),
    **dict.fromkeys(["september", "sep", "sept", "septembre", "septiembre", "setiembre"], 9),
    **dict.fromkeys(["october", "oct", "oktober", "okt", "octobre", "octubre"], 10),
    **dict.fromkeys(["november", "nov", "novembre", "noviembre"], 11),
    **dict.fromkeys(
        ["december", "dec", "dezember", "dez", "décembre", "decembre", "diciembre", "dic"], 12
    ),
}
_WEEKDAYS = {
    **dict.fromkeys(["monday", "mon", "montag", "lundi", "lunes"], 0),
    **dict.fromkeys(["tuesday", "tue", "tues", "dienstag", "mardi", "martes"], 1),
    **dict.fromkeys(["wednesday", "wed", "mittwoch", "mercredi", "miércoles", "miercoles"], 2),
    **dict.fromkeys(["thursday", "thu", "thur", "thurs", "donnerstag", "jeudi", "jueves"], 3),
    **dict.fromkeys(["friday", "fri", "freitag", "vendredi", "viernes"], 4),
    **dict.fromkeys(["saturday", "sat", "samstag", "samedi", "sábado", "sabado"], 5),
    **dict.fromkeys(["sunday", "sun", "sonntag", "dimanche", "domingo"], 6),
}
_MONTH_WORD = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_WEEKDAY_WORD = "|".join(sorted((re.escape(d) for d in _WEEKDAYS), key=len, reverse=True))
_DATE = re.compile(
    r"(?P<iso>(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2}))|"
    rf"(?P<mdy>\b(?P<m1>{_MONTH_WORD})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y1>\d{{4}}))?)|"
    rf"(?P<dmy>\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th|er|\.|º)?\s+(?:of\s+|de\s+)?(?P<m2>{_MONTH_WORD})\b\.?"
    r"(?:,?\s+(?:de\s+)?(?P<y2>\d{4}))?)|"
    r"(?P<dot>\b(?P<d3>\d{1,2})\.(?P<m3>\d{1,2})\.(?P<y3>\d{2,4})?(?!\d))|"
    r"(?P<slash>\b(?P<a4>\d{1,2})/(?P<b4>\d{1,2})(?:/(?P<y4>\d{2,4}))?\b)|"
    r"(?P<rel>\b(?:tomorrow|morgen|demain|übermorgen|ma(?:ñ|n)ana|pasado ma(?:ñ|n)ana"
    r"|après-demain)\b)|"
    rf"(?P<wd>\b(?:(?P<next>next|this|coming|n(?:ä|ae)chsten?|kommenden?|diesen|prochain|el pr"
    rf"(?:ó|o)ximo|"
    rf"este)\s+)?(?P<w>{_WEEKDAY_WORD})\b(?:\s+(?P<after>prochain|pr(?:ó|o)ximo|que viene))?)",
    re.IGNORECASE,
)
_TIME = re.compile(
    r"(?<![\d.:/])(?:"
    r"(?P<h1>\d{1,2})[:.](?P<m1>\d{2})\s*(?P<ap1>a\.?m\.?|p\.?m\.?)(?![a-z])|"
    r"(?P<h2>\d{1,2})\s*(?P<ap2>a\.?m\.?|p\.?m\.?)(?![a-z])|"
    r"(?P<h3>\d{1,2})[:.](?P<m3>\d{2})\s*(?:uhr|h)\b|"
    r"(?P<h4>\d{1,2})\s*uhr\b|"
    r"(?P<h5>\d{1,2})\s*h\s*(?P<m5>\d{2})?(?![\w])|"
    r"(?P<h6>\d{1,2}):(?P<m6>\d{2})(?![\d:])"
    r")",
    re.IGNORECASE,
)


def _zone_at(text: str, default: tzinfo) -> tzinfo:
    match = _ZONE.match(text)
    if match is None:
        return default
    if match.group("offset"):
        sign = -1 if match.group("sign") in "-−" else 1
        minutes = int(match.group("oh")) * 60 + int(match.group("om") or 0)
        return timezone(sign * timedelta(minutes=minutes))
    if match.group("raw"):
        sign = -1 if match.group("rsign") == "-" else 1
        minutes = int(match.group("rh")) * 60 + int(match.group("rm"))
        return timezone(sign * timedelta(minutes=minutes))
    if match.group("iana"):
        try:
            return ZoneInfo(match.group("iana"))
        except (KeyError, ValueError, OSError):
            return default
    if match.group("abbr"):
        abbr = match.group("abbr").lower()
        if abbr in _NAMED_ZONES:
            return ZoneInfo(_NAMED_ZONES[abbr])
        if abbr in _FIXED_ZONES:
            return timezone(timedelta(minutes=_FIXED_ZONES[abbr]))
        return default
    named = match.group("named").lower()
    if re.search(r"mitteleurop|deutsch", named):
        return ZoneInfo("Europe/Berlin")
    if "français" in named or "francais" in named:
        return ZoneInfo("Europe/Paris")
    if "español" in named or "espanol" in named:
        return ZoneInfo("Europe/Madrid")
    for key, zone in _NAMED_ZONES.items():
        if re.search(rf"\b{re.escape(key)}\b", named):
            return ZoneInfo(zone)
    return default


def _date_from(match: re.Match, reference: date, month_first: bool) -> date | None:
    def build(year: int | None, month: int, day: int) -> date | None:
        explicit = year is not None
        year = year if year is not None else reference.year
        if year < 100:
            year += 2000
        try:
            value = date(year, month, day)
        except ValueError:
            return None
        if not explicit and value < reference - timedelta(days=60):
            try:
                value = date(year + 1, month, day)
            except ValueError:
                return None
        return value

    if match.group("iso"):
        return build(int(match.group("iy")), int(match.group("im")), int(match.group("id")))
    if match.group("mdy"):
        y = match.group("y1")
        return build(
            int(y) if y else None, _MONTHS[match.group("m1").lower()], int(match.group("d1"))
        )
    if match.group("dmy"):
        y = match.group("y2")
        return build(
            int(y) if y else None, _MONTHS[match.group("m2").lower()], int(match.group("d2"))
        )
    if match.group("dot"):
        y = match.group("y3")
        return build(int(y) if y else None, int(match.group("m3")), int(match.group("d3")))
    if match.group("slash"):
        a, b = int(match.group("a4")), int(match.group("b4"))
        y = match.group("y4")
        month, day = (a, b) if (month_first and a <= 12) or b > 12 else (b, a)
        return build(int(y) if y else None, month, day)
    if match.group("rel"):
        word = match.group("rel").lower()
        days = 2 if word.startswith(("über", "pasado", "après")) else 1
        return reference + timedelta(days=days)
    if match.group("wd"):
        target = _WEEKDAYS[match.group("w").lower()]
        ahead = (target - reference.weekday()) % 7 or 7
        return reference + timedelta(days=ahead)
    return None


def _time_from(match: re.Match) -> time | None:
    groups = match.groupdict()
    hour_key = next(key for key in ("h1", "h2", "h3", "h4", "h5", "h6") if groups[key] is not None)
    hour = int(groups[hour_key])
    minute_key = {"h1": "m1", "h3": "m3", "h5": "m5", "h6": "m6"}.get(hour_key)
    minute = int(groups[minute_key] or 0) if minute_key else 0
    meridiem = (groups.get("ap1") or groups.get("ap2") or "").lower().replace(".", "")
    if meridiem == "pm" and hour < 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


# Sentence ends, but not after a day's number ("am 5. März") or inside "a.m.".
_EVENT_SPLIT = re.compile(r"(?<=[!?])\s+|(?<=[^\d\s.][^\d\s.][.])\s+|\n+")
# The end of a range after its start time: "2:00 PM - 3:00 PM", "14:00–15:00 Uhr", "de 10h à 11h".
_RANGE_END = re.compile(
    r"^\s*(?:-|–|—|to|until|bis|à|a|au|hasta)\s*\d{1,2}(?:[:.h]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|uhr|h)?"
    r"(?![\w])",
    re.IGNORECASE,
)
_NOT_A_DATE_CONTEXT = re.compile(r"(?:guten|buenos|por la|de la|esta|por)\s*$", re.IGNORECASE)


#: Zones tried for a time given without one, by the language of the message; one is used
#: only when its offset at the sending time equals the Date header's (so a message sent
#: in winter at +01:00 proposing a day in summer gets +02:00, as its sender meant).
_LIKELY_ZONES = {
    "de": ("Europe/Berlin",),
    "fr": ("Europe/Paris", "America/Toronto"),
    "es": (
        "Europe/Madrid",
        "America/Mexico_City",
        "America/Bogota",
        "America/Argentina/Buenos_Aires",
    ),
    "en": (
        "Europe/London",
        "America/New_York",
        "America/Chicago",
        "America/Denver",
        "America/Los_Angeles",
        "Europe/Berlin",
    ),
}


def _zone_of_sender(sent_at: datetime, language: str) -> tzinfo:
    offset = sent_at.utcoffset()
    if offset is None:
        return UTC
    for name in _LIKELY_ZONES.get(language, ()):
        zone = ZoneInfo(name)
        if sent_at.astimezone(zone).utcoffset() == offset:
            return zone
    return sent_at.tzinfo or UTC


def has_slot(sentence: str) -> bool:
    """Whether ``sentence`` names both a day and a clock time ("Thursday, 5 March at 10:00")."""
    dates = [
        m.span()
        for m in _DATE.finditer(sentence)
        if not m.group("rel") or not _NOT_A_DATE_CONTEXT.search(sentence[: m.start()])
    ]
    if not dates:
        return False
    return any(
        not any(start <= m.start() < end for start, end in dates) for m in _TIME.finditer(sentence)
    )


def extract_event_at(
    text: str, *, sent_at: datetime | None, language: str = "", subject: str = ""
) -> datetime | None:
    """The first date-time proposed in ``text`` (a day and a clock time in one sentence, or
    on consecutive lines), aware: in the zone the text names, else the sender's likely zone
    (see ``_zone_of_sender``), else UTC. Relative days (tomorrow, next Tuesday) count from
    ``sent_at``."""
    reference = sent_at or datetime.now(UTC)
    default_zone = _zone_of_sender(reference, language)
    local_reference = reference.date()
    month_first = language == "en" and (reference.utcoffset() or timedelta(0)) < timedelta(0)
    for source in (text[:8000], subject):
        recent: list[tuple[int, int, date]] = []  # the dates of the line before
        for line in _EVENT_SPLIT.split(source):
            if not line.strip():
                continue
            dates = []
            for match in _DATE.finditer(line):
                if match.group("rel") and _NOT_A_DATE_CONTEXT.search(line[: match.start()]):
                    continue
                value = _date_from(match, local_reference, month_first)
                if value is not None:
                    dates.append((match.start(), match.end(), value))
            if not dates:
                # "Date: 2026-03-04" on one line, "Time: 09:00 UTC" on the next.
                dates = [(-1, -1, day) for _, _, day in recent]
            recent = [d for d in dates if d[0] >= 0]
            if not dates:
                continue
            for match in _TIME.finditer(line):
                if any(start <= match.start() < end for start, end, _ in dates):
                    continue
                clock = _time_from(match)
                if clock is None:
                    continue
                # The date nearest before the time, else the first after it.
                before = [d for d in dates if d[1] <= match.start()]
                day = (before[-1] if before else dates[0])[2]
                after = _RANGE_END.sub("", line[match.end() :], count=1)
                zone = _zone_at(after, default_zone)
                return datetime.combine(day, clock, tzinfo=zone)
    return None
