"""Which of the user's applications a job message is about, and how sure that is.

Signals, added up to at most 1: the company the classifier found against the application's
company (same name after dropping legal forms, or one name inside the other), the sender's
domain against the company's name or website, the position title's words, and whether the
application is still open. Recency breaks ties. Below ``THRESHOLD`` there is no match, and
the Inbox offers to create the application instead.
"""

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlsplit

from tracker.models import Application
from tracker.stages import ACTIVE_STATUSES

THRESHOLD = 0.45
#: How many of the user's applications are compared (the most recently changed).
CANDIDATES = 500

_LEGAL_FORMS = {
    "inc", "incorporated", "llc", "ltd", "limited", "gmbh", "ag", "se", "sa", "sas", "sarl",
    "srl", "bv", "nv", "plc", "corp", "corporation", "co", "company", "kg", "ug", "oy", "ab",
    "as", "spa", "sl", "pty", "group", "holding", "holdings", "the",
}  # fmt: skip
#: Mail services and ATS domains say nothing about the company.
_GENERIC_DOMAINS = {
    "gmail", "googlemail", "outlook", "hotmail", "live", "yahoo", "icloud", "me", "gmx",
    "web", "proton", "protonmail", "fastmail", "posteo", "mail", "greenhouse", "lever",
    "workday", "myworkday", "myworkdayjobs", "ashbyhq", "smartrecruiters", "workable",
    "recruitee", "personio", "teamtailor", "bamboohr", "jobvite", "icims", "taleo",
    "successfactors", "linkedin", "indeed", "join", "breezy", "jazzhr", "notifications",
}  # fmt: skip
_WORD = re.compile(r"[^\W_]+")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def company_words(name: str) -> list[str]:
    return [w for w in _WORD.findall(_fold(name)) if w not in _LEGAL_FORMS]


def _compact(name: str) -> str:
    return "".join(company_words(name))


def domain_labels(address_or_url: str) -> list[str]:
    """The meaningful labels of a mail address's or URL's domain (no TLD, no 'www', 'mail',
    'jobs' …): ``careers.acme-robotics.co.uk`` → ``['acmerobotics']``."""
    if "@" in address_or_url:
        host = address_or_url.rpartition("@")[2]
    else:
        host = urlsplit(address_or_url if "//" in address_or_url else f"//{address_or_url}")
        host = host.hostname or ""
    parts = [p for p in host.casefold().strip(".").split(".") if p]
    if len(parts) >= 3 and len(parts[-2]) <= 3 and len(parts[-1]) == 2:
        parts = parts[:-2]  # co.uk, com.au
    elif len(parts) >= 2:
        parts = parts[:-1]
    skip = {"www", "mail", "email", "jobs", "careers", "career", "hr", "recruiting", "talent"}
    return [p.replace("-", "") for p in parts if p not in skip]


@dataclass(frozen=True)
class Match:
    application: Application | None
    score: float
    reason: str


NO_MATCH = Match(None, 0.0, "")


def _position_overlap(found: str, title: str) -> float:
    a = set(_WORD.findall(_fold(found))) - {"senior", "junior", "the", "a", "m", "w", "d", "f"}
    b = set(_WORD.findall(_fold(title))) - {"senior", "junior", "the", "a", "m", "w", "d", "f"}
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def score(application: Application, *, company: str, sender: str, position: str) -> Match:
    name = _compact(application.company.name)
    found = _compact(company)
    points, reasons = 0.0, []
    if name and found:
        if name == found:
            points += 0.6
            reasons.append("same company name")
        elif len(min(name, found, key=len)) >= 4 and (name in found or found in name):
            points += 0.45
            reasons.append("similar company name")
    labels = [label for label in domain_labels(sender) if label not in _GENERIC_DOMAINS]
    website = domain_labels(application.company.website) if application.company.website else []
    if labels and website and set(labels) & set(website):
        points += 0.5
        reasons.append("sent from the company's website domain")
    elif name and any(label == name or (len(name) >= 4 and name in label) for label in labels):
        points += 0.4
        reasons.append("sender's domain is the company's name")
    if points == 0:
        return Match(application, 0.0, "")
    if position and _position_overlap(position, application.position_title) >= 0.5:
        points += 0.3
        reasons.append("same position")
    if application.status in ACTIVE_STATUSES:
        points += 0.1
    return Match(application, min(points, 1.0), ", ".join(reasons))


def candidates(owner) -> list[Application]:
    return list(
        Application.objects.for_user(owner)
        .select_related("company")
        .order_by("-updated_at", "-pk")[:CANDIDATES]
    )


def best_match(
    applications: list[Application], *, company: str, sender: str, position: str
) -> Match:
    """The best-scoring application (the most recently changed among equals), or none."""
    best = NO_MATCH
    for application in applications:  # newest first, so a tie keeps the newer one
        match = score(application, company=company, sender=sender, position=position)
        if match.score > best.score:
            best = match
    return best if best.score >= THRESHOLD else NO_MATCH
