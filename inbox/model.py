"""A small statistical fallback for the rules: multinomial logistic regression over word
unigrams and bigrams (present or not; lower-cased, accents folded), one model for the four
languages.

The weights are ``inbox/model.json``, built by ``python -m inbox.train`` from the corpus's
development parts (never from its held-out parts) and shipped in the repository: nothing is
downloaded or sent anywhere. ``inbox.classify`` asks the model only when no rule fired and the
message looks like mail about the reader's own application; the model's answer counts only
above :data:`THRESHOLD`, and with a confidence below the rules' (and below auto mode's bar).
"""

from __future__ import annotations

import itertools
import json
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

MODEL_FILE = Path(__file__).with_name("model.json")
#: The least posterior probability at which the model's kind is taken.
THRESHOLD = 0.9
#: The model's confidence is its probability scaled into [0.5, CEILING]: always below the
#: rules' usual confidence and below auto mode's bar (``inbox.services.AUTO_CONFIDENCE``).
CEILING = 0.7
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_MAX_CHARS = 4000


def fold(text: str) -> str:
    """Lower-cased, accents removed, typographic apostrophes made plain."""
    text = text.lower().replace("\u2019", "'").replace("\u00df", "ss")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def features(text: str) -> list[str]:
    """Word unigrams and bigrams of ``text`` (numbers and one-letter words dropped)."""
    words = [w for w in _WORD.findall(fold(text[:_MAX_CHARS])) if len(w) > 1]
    return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]


@dataclass(frozen=True)
class Prediction:
    kind: str
    probability: float
    #: The message's terms that pushed most towards ``kind``, strongest first.
    terms: tuple[str, ...]


@dataclass(frozen=True)
class Model:
    classes: tuple[str, ...]
    prior: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]

    @classmethod
    def from_json(cls, data: dict) -> Model:
        classes = tuple(data["classes"])
        weights = {term: tuple(row) for term, row in data["weights"].items()}
        if any(len(row) != len(classes) for row in weights.values()):
            raise ValueError("model file: a weight row does not match the classes")
        return cls(classes, tuple(data["prior"]), weights)

    def predict(self, text: str) -> Prediction:
        terms = [t for t in dict.fromkeys(features(text)) if t in self.weights]
        found = [self.weights[t] for t in terms]
        scores = list(self.prior)
        for row in found:
            for i, value in enumerate(row):
                scores[i] += value
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        best = scores.index(top)
        # A term's pull towards the winner: its weight there minus its best weight elsewhere.
        pull = sorted(
            (
                (row[best] - max(v for i, v in enumerate(row) if i != best), term)
                for term, row in zip(terms, found, strict=True)
            ),
            key=lambda item: (-item[0], item[1]),
        )
        shown = (
            tuple(term for value, term in pull if value > 0 and " " in term)[:3]
            or tuple(term for value, term in pull if value > 0)[:3]
        )
        return Prediction(self.classes[best], exp[best] / total, shown)


@cache
def load_model() -> Model | None:
    """The shipped model, or None when its file is missing or unreadable (the rules then
    work alone)."""
    try:
        return Model.from_json(json.loads(MODEL_FILE.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        return None
