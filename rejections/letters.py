"""Letter templates: a fixed set of ``{{ name }}`` placeholders, filled by plain substitution.

Why no template engine: staff edit letter templates in a browser, so the text is data, not
code. Django's template engine, Jinja and ``str.format`` all evaluate what they are given —
attribute lookups (``{0.__class__}``), filters, tags like ``{% debug %}`` — and can reach
objects and settings. Here the only syntax is ``{{ name }}`` (spaces or tabs allowed inside
the braces) with ``name`` one of :data:`PLACEHOLDERS`; values are plain strings inserted
verbatim in a single pass. Any other brace is refused by :func:`validate_template_text` when
a template is saved, and left untouched by :func:`render`. Letters are plain text: HTML pages
must escape them (nothing here marks anything safe).
"""

import datetime
import re
from collections.abc import Mapping

from django.core.exceptions import ValidationError
from django.utils import timezone

from tracker.stages import STAGE_LETTER_WORDS

PLACEHOLDERS: dict[str, str] = {
    "company_name": "The company you applied to",
    "position_title": "The job title of the position",
    "interviewer_name": "The person who interviewed you or sent the decision",
    "your_name": "Your own name, for the signature",
    "interview_date": "The date of your (last) interview",
    "rejection_date": "The date you heard back",
    "stage": "How far you got, e.g. “the final round”",
}

FALLBACKS: dict[str, str] = {
    "company_name": "your company",
    "position_title": "the position",
    "interviewer_name": "Hiring Manager",
    "your_name": "[your name]",
    "interview_date": "our recent conversation",
    "rejection_date": "recently",
    "stage": "the interview process",
}

SAMPLE_VALUES: dict[str, str] = {
    "company_name": "Northwind Analytics",
    "position_title": "Senior Data Analyst",
    "interviewer_name": "Priya Raman",
    "your_name": "Alex Morgan",
    "interview_date": "12 March 2026",
    "rejection_date": "19 March 2026",
    "stage": "the second-round interview",
}

_NAMES = "|".join(re.escape(name) for name in PLACEHOLDERS)
# The one allowed form; group 1 is the name. Used by render and the checker alike.
_PLACEHOLDER = re.compile(r"\{\{[ \t]*(" + _NAMES + r")[ \t]*\}\}")
# Every other use of a brace, tried in this order at each brace; ``[^{}\n]*`` keeps one
# construct on one line and never swallows a neighbouring brace.
_TOKEN = re.compile(
    r"(?P<ok>\{\{[ \t]*(?:" + _NAMES + r")[ \t]*\}\})"
    r"|(?P<var>\{\{(?P<inner>[^{}\n]*)\}\})"
    r"|(?P<tag>\{%[^{}\n]*%\})"
    r"|(?P<comment>\{#[^{}\n]*#\})"
    r"|(?P<single>\{[^{}\n]*\})"
    r"|(?P<open>\{[{%#]?)"
    r"|(?P<close>[%#}]?\})"
)
_SNIPPET = 30
_MAX_QUOTE = 60


def _quote(part: str) -> str:
    return '"' + (part if len(part) <= _MAX_QUOTE else part[: _MAX_QUOTE - 1] + "…") + '"'


def _problem(match: re.Match[str], text: str) -> str | None:
    kind, part = match.lastgroup, match.group()
    if kind == "ok":
        return None
    if kind == "var":
        inner = match["inner"].strip()
        if not inner:
            return f"Empty placeholder: {_quote(part)}"
        if inner in PLACEHOLDERS:
            wanted = _quote("{{ " + inner + " }}")
            return f"Use plain spaces, as in {wanted}, not {_quote(part)}"
        if "|" in inner:
            return f"Filters are not allowed: {_quote(part)}"
        if inner.split(".", 1)[0].strip() in PLACEHOLDERS:
            return f"Attribute access is not allowed: {_quote(part)}"
        return f"Unknown placeholder {_quote(part)}"
    if kind == "tag":
        return f"Template tags are not allowed: {_quote(part)}"
    if kind == "comment":
        return f"Comments are not allowed: {_quote(part)}"
    if kind == "single":
        return f"Single-brace placeholder not allowed: {_quote(part)}"
    # A brace that pairs with nothing: show it with its neighbours on the same line.
    start, end = match.span()
    if kind == "open":
        near = text[start : start + _SNIPPET].split("\n", 1)[0].rstrip()
    else:
        near = text[max(0, end - _SNIPPET) : end].rsplit("\n", 1)[-1].lstrip()
    return f"Unbalanced braces near {_quote(near)}"


def find_problems(text: str) -> list[str]:
    """Return one message per distinct problem, in order of appearance (empty if valid)."""
    problems = (_problem(match, text) for match in _TOKEN.finditer(text))
    return list(dict.fromkeys(p for p in problems if p is not None))


def validate_template_text(value: str) -> None:
    """Django validator: raise ``ValidationError`` listing every problem in ``value``."""
    problems = find_problems(value)
    if problems:
        raise ValidationError([ValidationError(p, code="invalid_placeholder") for p in problems])


def _fill(name: str, values: Mapping[str, str | None]) -> tuple[str, bool]:
    """Return (text, used_fallback). Values must be ``str`` or ``None``, else ``TypeError``."""
    value = values.get(name)
    if value is None:
        return FALLBACKS[name], True
    if not isinstance(value, str):
        raise TypeError(f"Value for {name!r} must be str or None, not {type(value).__name__}")
    # str.strip() on a str subclass (e.g. a "safe" string) returns a plain str.
    value = value.strip()
    return (value, False) if value else (FALLBACKS[name], True)


def render(text: str, values: Mapping[str, str | None]) -> str:
    """Replace each valid ``{{ name }}`` with its stripped value or its fallback.

    One pass: inserted values are never scanned again, escaped or evaluated. Anything that is
    not a valid placeholder is left as it is, so this never raises because of the text.
    Raises ``TypeError`` if a used value is neither ``str`` nor ``None``.
    """
    return _PLACEHOLDER.sub(lambda m: _fill(m[1], values)[0], text)


def render_parts(text: str, values: Mapping[str, str | None]) -> list[tuple[str, str]]:
    """Render as ``(kind, text)`` segments; kind is "text", "value" or "fallback".

    ``"".join(t for _, t in render_parts(text, values)) == render(text, values)``.
    """
    parts: list[tuple[str, str]] = []
    pieces = _PLACEHOLDER.split(text)  # [text, name, text, name, ..., text]
    for index, piece in enumerate(pieces):
        if index % 2 == 0:
            if piece:
                parts.append(("text", piece))
        else:
            filled, used_fallback = _fill(piece, values)
            parts.append(("fallback" if used_fallback else "value", filled))
    return parts


def placeholder_values(
    *,
    company_name: str,
    position_title: str,
    interviewer_name: str = "",
    your_name: str = "",
    last_interview_at: datetime.datetime | None = None,
    received_on: datetime.date,
    stage: str,
) -> dict[str, str]:
    """The plain strings a letter is rendered with, one per placeholder, from plain facts.

    No query: ``rejections.models.letter_values`` reads the facts of a stored rejection, the
    demo seeder passes those it generated in memory, and both letters read alike.
    """
    return {
        "company_name": company_name,
        "position_title": position_title,
        "interviewer_name": interviewer_name,
        "your_name": your_name,
        "interview_date": (
            _long_date(timezone.localtime(last_interview_at)) if last_interview_at else ""
        ),
        "rejection_date": _long_date(received_on),
        "stage": STAGE_LETTER_WORDS.get(stage, ""),
    }


def _long_date(day: datetime.date) -> str:
    return day.strftime("%-d %B %Y")


def used_placeholders(text: str) -> list[str]:
    """Names of the valid placeholders in ``text``, in order of first use, without repeats."""
    return list(dict.fromkeys(_PLACEHOLDER.findall(text)))
