"""JSON read with limits: every JSON the app accepts (a request body, an uploaded export)
goes through ``loads`` or ``read_body``.

Python's ``json`` module parses recursively and without bounds: 100,000 nested arrays
exhaust the recursion limit (``RecursionError``, not a ``ValueError``), a 4,300-digit integer
raises ``ValueError`` from the int conversion, ``1e999`` becomes infinity and ``\\u0000``
becomes a NUL that PostgreSQL refuses. So before ``json.loads`` runs, one linear pass over
the text (regular expressions, no recursion) measures the nesting depth, the number of
values and the longest number, and refuses a text over a limit with ``JsonLimitError``; the
parse itself refuses NaN, infinity, NUL characters and lone surrogates. Every problem is a
``JsonLimitError`` (a ``ValueError``) with a message a person can act on, never another
exception.
"""

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

from django.http import HttpRequest, JsonResponse


class JsonLimitError(ValueError):
    """The text is not JSON this app reads; the message says why. ``invalid`` is true when
    it is not JSON at all (empty, not UTF-8, a syntax error), false when it is JSON over a
    limit or holding a value refused."""

    def __init__(self, message: str, *, invalid: bool = False) -> None:
        super().__init__(message)
        self.invalid = invalid


@dataclass(frozen=True)
class Limits:
    #: Bytes of the encoded text.
    max_bytes: int
    #: Arrays and objects inside each other.
    max_depth: int = 32
    #: Values of any kind (an upper bound: every value but the first follows a comma or
    #: opens a container).
    max_values: int = 100_000
    #: Characters of one number (sign, digits, point and exponent).
    max_number_chars: int = 40


#: A request body: the board sends ``{"status": "applied"}``.
BODY_LIMITS = Limits(max_bytes=16 * 1024, max_depth=8, max_values=1_000)

# A string from its opening quote to its closing one, or to the end of the text when it is
# not closed: the match never fails once started, so the pass stays linear whatever the
# text (a pattern that can fail after scanning to the end would make it quadratic).
_STRING = re.compile(r'"[^"\\]*(?:\\(?:.|\Z)[^"\\]*)*(?:"|\Z)', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_DEPTH_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}
# Only an escape can put a NUL or a lone surrogate into a parsed string (raw ones are not
# valid JSON text, and valid UTF-8 holds no surrogates).
_SUSPICIOUS_ESCAPE = re.compile(r"\\u(?:0000|[dD][89a-fA-F])")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _number_pattern(limit: int) -> re.Pattern:
    return re.compile(rf"[-+0-9.eE]{{{limit + 1}}}")


def measure(text: str, limits: Limits) -> None:
    """Refuse ``text`` when it is deeper, larger or has longer numbers than ``limits``
    allow. Linear in the length of the text and without recursion."""
    structure = _STRING.sub('""', text)
    brackets = _NOT_BRACKET.sub("", structure)
    if brackets:
        deepest = max(accumulate(map(_DEPTH_STEP.__getitem__, brackets)))
        if deepest > limits.max_depth:
            raise JsonLimitError(
                f"The JSON is nested more than {limits.max_depth} levels deep; "
                "nothing this app writes is."
            )
    containers = structure.count("[") + structure.count("{")
    values = structure.count(",") + containers + 1
    if values > limits.max_values:
        raise JsonLimitError(
            f"The JSON holds more than {limits.max_values:,} values, more than this app "
            "accepts at once."
        )
    if _number_pattern(limits.max_number_chars).search(structure):
        raise JsonLimitError(
            f"The JSON has a number longer than {limits.max_number_chars} characters; "
            "no value this app reads is that long."
        )


def _refuse_constant(name: str) -> Any:
    raise JsonLimitError(f"The JSON holds {name}, which is not a number this app reads.")


def _finite_float(text: str) -> float:
    number = float(text)
    if number in (float("inf"), float("-inf")):
        raise JsonLimitError(f"The number {text} is too large.")
    return number


def _strings(value: Any) -> Iterator[str]:
    """Every string in a parsed document, keys included, without recursion."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            yield item
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def loads(data: str | bytes, limits: Limits) -> Any:
    """The parsed JSON, or ``JsonLimitError`` saying what is wrong with it."""
    if isinstance(data, bytes):
        if len(data) > limits.max_bytes:
            raise JsonLimitError(f"The JSON is larger than {limits.max_bytes:,} bytes.")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise JsonLimitError("The JSON is not UTF-8 text.", invalid=True) from None
    else:
        text = data
        if len(text) > limits.max_bytes:  # characters: at least as many bytes
            raise JsonLimitError(f"The JSON is larger than {limits.max_bytes:,} bytes.")
    if not text.strip():
        raise JsonLimitError("The JSON is empty.", invalid=True)
    measure(text, limits)
    try:
        value = json.loads(text, parse_constant=_refuse_constant, parse_float=_finite_float)
    except json.JSONDecodeError as exc:
        raise JsonLimitError(
            f"This is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}).",
            invalid=True,
        ) from None
    except JsonLimitError:
        raise
    except (ValueError, RecursionError) as exc:  # limits above make these unreachable
        raise JsonLimitError(f"This JSON cannot be read: {exc}.") from None
    if _SUSPICIOUS_ESCAPE.search(text):
        for string in _strings(value):
            if "\x00" in string:
                raise JsonLimitError("The JSON holds a NUL character (\\u0000) in a text.")
            if _SURROGATE.search(string):
                raise JsonLimitError(
                    "The JSON holds half of a character (a lone surrogate escape) in a text."
                )
    return value


def read_body(request: HttpRequest, limits: Limits = BODY_LIMITS) -> Any:
    """The request's JSON body; ``JsonLimitError`` for a body that is too large (judged by
    its declared length before any of it is read) or not JSON within ``limits``."""
    try:
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        declared = 0
    if declared > limits.max_bytes:
        raise JsonLimitError(f"The request body is larger than {limits.max_bytes:,} bytes.")
    return loads(request.body, limits)


def refusal(error: JsonLimitError) -> JsonResponse:
    """The 400 answer for a JSON body that was refused: a script gets one message for a
    body that is not JSON, and the limit's own for one that is too much."""
    message = "The request body is not valid JSON." if error.invalid else str(error)
    return JsonResponse({"error": message}, status=400)
