"""Builds ``inbox/model.json`` from the labelled corpus: ``python -m inbox.train``.

Logistic regression (see ``inbox.model``) over the corpus's development parts only: the
held-out parts (``bench.inbox_bench.HELD_OUT``) are never read, so their figures stay honest.
Training is deterministic: the same corpus gives the same file, byte for byte.
"""

from __future__ import annotations

import json
import math
import sys
from collections import Counter
from pathlib import Path

from inbox.message import parse_message
from inbox.model import MODEL_FILE, features

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "inbox" / "corpus"
HELD_OUT = ("held-out", "held-out-2", "held-out-3", "held-out-8")
CLASSES = ("rejection", "interview", "confirmation", "offer", "other")
#: The fewest messages a term must appear in to be kept; gradient descent's step, rounds and
#: L2 penalty.
MIN_DOCS = 2
RATE = 2.0
EPOCHS = 150
L2 = 0.001


def training_texts(corpus: Path = CORPUS) -> list[tuple[str, str]]:
    """``(kind, text)`` for every development message: the subject and the judged new part."""
    labels = json.loads((corpus / "labels.json").read_text(encoding="utf-8"))
    texts = []
    for name, label in sorted(labels.items()):
        if label["split"] in HELD_OUT:
            continue
        message = parse_message((corpus / name).read_bytes())
        texts.append((label["kind"], message.subject + "\n" + (message.text or "")))
    return texts


def train(texts: list[tuple[str, str]], *, epochs: int = EPOCHS) -> dict:
    """Multinomial logistic regression over binary term features, fitted by full-batch
    gradient descent with an L2 penalty (no randomness: deterministic)."""
    docs = Counter()
    for _, text in texts:
        docs.update(set(features(text)))
    vocabulary = sorted(term for term, n in docs.items() if n >= MIN_DOCS)
    index = {term: i for i, term in enumerate(vocabulary)}
    rows = [
        (CLASSES.index(kind), sorted({index[t] for t in features(text) if t in index}))
        for kind, text in texts
    ]
    k = len(CLASSES)
    weights = [[0.0] * k for _ in vocabulary]
    bias = [0.0] * k
    n = len(rows)
    for _ in range(epochs):
        grad = [[0.0] * k for _ in vocabulary]
        grad_bias = [0.0] * k
        for label, terms in rows:
            scores = bias[:]
            for t in terms:
                row = weights[t]
                for c in range(k):
                    scores[c] += row[c]
            top = max(scores)
            exp = [math.exp(v - top) for v in scores]
            total = sum(exp)
            delta = [e / total for e in exp]
            delta[label] -= 1.0
            for c in range(k):
                grad_bias[c] += delta[c]
            for t in terms:
                row = grad[t]
                for c in range(k):
                    row[c] += delta[c]
        for c in range(k):
            bias[c] -= RATE * grad_bias[c] / n
        for t, row in enumerate(weights):
            g = grad[t]
            for c in range(k):
                row[c] -= RATE * (g[c] / n + L2 * row[c])
    return {
        "about": "Logistic regression, word unigrams and bigrams; rebuild: python -m inbox.train",
        "classes": list(CLASSES),
        "prior": [round(b, 3) for b in bias],
        "weights": {
            term: [round(v, 3) for v in weights[i]]
            for i, term in enumerate(vocabulary)
            if any(abs(v) >= 0.0005 for v in weights[i])
        },
    }


def dump(model: dict) -> str:
    return json.dumps(model, ensure_ascii=True, sort_keys=True, separators=(",", ":")) + "\n"


def main() -> int:
    model = train(training_texts())
    MODEL_FILE.write_text(dump(model), encoding="utf-8")
    print(f"{MODEL_FILE.name}: {len(model['weights'])} terms, {MODEL_FILE.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
