"""Reading the values other tools write: dates, amounts of money, yes/no and statuses.

Spreadsheets and trackers each write dates their own way (LinkedIn ``11/20/24, 8:15 AM``,
Google Sheets ``2026-11-03 14:05:00``, German Excel ``03.11.2026``, US text ``Nov 3, 2026``)
and name statuses in their own words (Teal's *Not Selected*, JobSync's *Interview*). This
module turns them into what the application form reads. Nothing here guesses silently: a
slashed date is read only once the order of day and month is known (``slash_order``).
"""

import datetime
import re
import unicodedata
from collections.abc import Iterable

from tracker.stages import Status

#: The order of a slashed date: ``03/11/2026`` is 3 November day first, 11 March month first.
DAY_FIRST = "dmy"
MONTH_FIRST = "mdy"
DATE_ORDERS = {DAY_FIRST: "Day first (31/12/2026)", MONTH_FIRST: "Month first (12/31/2026)"}

#: Cells that mean "no date" (or no value) rather than a bad one.
EMPTY_WORDS = {"", "-", "--", "—", "–", "n/a", "na", "n.a.", "none", "null", "nil", "tbd", "?"}

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january", "januar", "janvier", "enero", "ene"),
            ("feb", "february", "februar", "fevrier", "fev", "febrero"),
            ("mar", "march", "marz", "maerz", "mars", "marzo"),
            ("apr", "april", "avril", "avr", "abril", "abr"),
            ("may", "mai", "mayo"),
            ("jun", "june", "juni", "juin", "junio"),
            ("jul", "july", "juli", "juillet", "juil", "julio"),
            ("aug", "august", "aout", "agosto", "ago"),
            ("sep", "sept", "september", "septembre", "septiembre"),
            ("oct", "october", "oktober", "okt", "octobre", "octubre"),
            ("nov", "november", "novembre", "noviembre"),
            ("dec", "december", "dezember", "dez", "decembre", "diciembre", "dic"),
        ),
        start=1,
    )
    for name in names
}

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_SLASHED = re.compile(
    r"^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?$",
    re.IGNORECASE,
)
_MONTH_FIRST_TEXT = re.compile(r"^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")
_DAY_FIRST_TEXT = re.compile(
    r"^(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:de\s+)?([a-z]+)\.?\s+(?:de\s+)?(\d{4})$"
)


def fold(text: str) -> str:
    """Lower case without accents: ``"Décembre"`` and ``"decembre"`` compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def is_empty(text: str) -> bool:
    return fold(text.strip()) in EMPTY_WORDS


def _year(text: str) -> int:
    # Two-digit years come from LinkedIn (11/20/24) and old sheets: this century.
    return 2000 + int(text) if len(text) == 2 else int(text)


def _date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def slashed_parts(text: str) -> tuple[int, int] | None:
    """The two leading numbers of a slashed date (``11/3/2026`` → 11, 3), else None."""
    match = _SLASHED.match(text.strip())
    return (int(match[1]), int(match[2])) if match else None


def slash_order(values: Iterable[str]) -> tuple[str | None, str]:
    """The order of day and month the file's slashed dates show, and the evidence.

    A first number above 12 can only be a day, a second above 12 only a day too. Returns
    ``(None, "")`` when the file has no slashed dates or none that tells (every number 12
    or below: the user is asked), and ``(None, reason)`` when the file contradicts itself.
    """
    day_first = month_first = ""
    for value in values:
        parts = slashed_parts(value)
        if parts is None:
            continue
        first, second = parts
        if first > 12 and not day_first:
            day_first = value.strip()
        elif second > 12 and not month_first:
            month_first = value.strip()
    if day_first and month_first:
        return None, (
            f"the file has both “{day_first}” (day first) and “{month_first}” (month first)"
        )
    if day_first:
        return DAY_FIRST, day_first
    if month_first:
        return MONTH_FIRST, month_first
    return None, ""


def has_slashed_dates(values: Iterable[str]) -> bool:
    return any(slashed_parts(value) for value in values)


def parse_date(text: str, *, order: str | None) -> datetime.date | None:
    """The date a cell means, or None when it is not a date this module reads.

    Raises ``AmbiguousDate`` for a slashed date when ``order`` is not known.
    """
    text = " ".join(text.split())
    if match := _ISO.match(text):
        return _date(int(match[1]), int(match[2]), int(match[3]))
    if match := _DOTTED.match(text):
        return _date(_year(match[3]), int(match[2]), int(match[1]))
    if match := _SLASHED.match(text):
        if order not in DATE_ORDERS:
            raise AmbiguousDate(text)
        first, second = int(match[1]), int(match[2])
        day, month = (first, second) if order == DAY_FIRST else (second, first)
        return _date(_year(match[3]), month, day)
    folded = fold(text)
    if match := _MONTH_FIRST_TEXT.match(folded):
        month = _MONTHS.get(match[1])
        return _date(int(match[3]), month, int(match[2])) if month else None
    if match := _DAY_FIRST_TEXT.match(folded):
        month = _MONTHS.get(match[2])
        return _date(int(match[3]), month, int(match[1])) if month else None
    return None


class AmbiguousDate(ValueError):
    """A slashed date read before the user said whether the day or the month comes first."""


# --- Money ------------------------------------------------------------------------------

_CURRENCY = re.compile(
    r"[$€£¥₹]|\b(?:usd|eur|gbp|chf|cad|aud|inr|jpy|sek|nok|dkk|pln)\b|/\s*(?:yr|year|an|jahr)\b"
    r"|\b(?:per year|p\.?a\.?|brutto|gross)\b",
    re.IGNORECASE,
)
_GROUPED = re.compile(r"^\d{1,3}(?:[ ,.'’_\u00a0\u202f]\d{3})+$")
_CENTS = re.compile(r"^(.*\d)[.,]\d{2}$")
_RANGE = re.compile(r"^(.+?)\s*(?:-|–|—|to|bis|à|a)\s*(.+)$", re.IGNORECASE)


def parse_amount(text: str) -> str:
    """``$120,000``, ``120.000 €``, ``€60,000.00``, ``85k`` → ``"120000"`` and so on.

    Anything that is still not a whole number comes back tidied, for the form to refuse
    with its own message.
    """
    text = _CURRENCY.sub("", text).strip()
    thousand = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*[kK]", text)
    if thousand:
        return str(round(float(thousand[1].replace(",", ".")) * 1000))
    cents = _CENTS.match(text)
    if cents and (_GROUPED.match(cents[1]) or cents[1].isdigit()):
        text = cents[1]
    if _GROUPED.match(text):
        return re.sub(r"\D", "", text)
    return text


def split_range(text: str) -> tuple[str, str] | None:
    """``"$90,000 - $110,000"`` → the two amounts; None when it is one amount."""
    match = _RANGE.match(text.strip())
    if not match:
        return None
    low, high = parse_amount(match[1]), parse_amount(match[2])
    return (low, high) if low.isdigit() and high.isdigit() else None


# --- Yes / no ---------------------------------------------------------------------------

YES_NO = {
    "yes", "no", "y", "n", "true", "false", "ja", "nein", "oui", "non", "si", "sí", "0", "1",
    "x",
}  # fmt: skip


def looks_yes_no(values: Iterable[str]) -> bool:
    """Whether every filled cell of a column is a yes/no answer (JobSync's *Applied*)."""
    seen = False
    for value in values:
        if not value.strip():
            continue
        if fold(value.strip()) not in YES_NO:
            return False
        seen = True
    return seen


# --- Statuses ---------------------------------------------------------------------------

#: Words other trackers and spreadsheets use for a status, by Rebound status. Compared
#: after ``status_key`` (lower case, no accents, no punctuation or emoji).
STATUS_WORDS: dict[str, tuple[str, ...]] = {
    Status.WISHLIST: (
        "wishlist", "wish list", "bookmarked", "saved", "draft", "interested", "to apply",
        "applying", "not applied", "not yet applied", "planned", "idea", "gemerkt",
        "merkliste", "vorgemerkt", "geplant", "a postuler", "sauvegarde", "envie",
        "guardado", "guardada", "por aplicar", "pendiente",
    ),
    Status.APPLIED: (
        "applied", "submitted", "sent", "application sent", "application submitted",
        "pending response", "beworben", "gesendet", "bewerbung gesendet", "abgeschickt",
        "postule", "candidature envoyee", "envoye", "envoyee", "aplicado", "aplicada",
        "postulado", "postulada", "enviado", "enviada", "solicitado",
    ),
    Status.SCREENING: (
        "screening", "phone screen", "phone screening", "screen", "recruiter call",
        "recruiter screen", "hr call", "hr screen", "initial call", "in review", "under review",
        "reviewing", "telefoninterview", "erstgesprach", "in prufung", "preselection",
        "preselection telephonique", "entretien telephonique", "preseleccion",
        "llamada", "en revision",
    ),
    Status.INTERVIEWING: (
        "interviewing", "interview", "interviews", "interview scheduled", "interviewed",
        "in interview", "on site", "onsite", "technical interview", "final round",
        "vorstellungsgesprach", "gesprach", "interview geplant", "entretien", "entretiens",
        "en entretien", "entrevista", "entrevistas", "en entrevista",
    ),
    Status.OFFER: (
        "offer", "offer received", "offered", "negotiating", "negotiation", "angebot",
        "vertragsangebot", "offre", "offre recue", "oferta", "oferta recibida",
    ),
    Status.ACCEPTED: (
        "accepted", "hired", "offer accepted", "signed", "zusage", "angenommen",
        "eingestellt", "accepte", "acceptee", "embauche", "embauchee", "aceptado",
        "aceptada", "contratado", "contratada",
    ),
    Status.REJECTED: (
        "rejected", "not selected", "declined", "rejection", "turned down", "unsuccessful",
        "not moving forward", "no offer", "absage", "abgelehnt", "refuse", "refusee",
        "refus", "candidature refusee", "rechazado", "rechazada", "no seleccionado",
        "no seleccionada", "descartado", "descartada",
    ),
    Status.WITHDRAWN: (
        "withdrawn", "withdrew", "i withdrew", "withdrawal", "expired", "archived",
        "closed", "not interested", "cancelled", "canceled", "zuruckgezogen",
        "abgebrochen", "archiviert", "retire", "retiree", "abandonne", "retirado",
        "retirada", "archivado", "cancelado",
    ),
    Status.GHOSTED: (
        "ghosted", "no response", "no reply", "no answer", "no news", "keine antwort",
        "keine ruckmeldung", "sans reponse", "pas de reponse", "sin respuesta",
    ),
}  # fmt: skip


def status_key(text: str) -> str:
    """``"No Response 🔊"`` → ``"no response"``; ``"Phone-Screen"`` → ``"phone screen"``."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(text)).split())


STATUS_SYNONYMS: dict[str, str] = {
    status_key(word): status for status, words in STATUS_WORDS.items() for word in words
}
for _value, _label in Status.choices:
    STATUS_SYNONYMS[status_key(_value)] = _value
    STATUS_SYNONYMS[status_key(_label)] = _value


def suggested_status(text: str) -> str | None:
    """The Rebound status another tool's word means, when it is known."""
    return STATUS_SYNONYMS.get(status_key(text))
