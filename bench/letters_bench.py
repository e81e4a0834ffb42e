"""Micro-benchmark: letters rendered per second by ``rejections.letters.render``.

    python -m bench.letters_bench            # prints the figure
    python -m bench.letters_bench --json     # {"letters_per_second": ...}

A letter is its subject and its body, rendered from the three default templates (the ones
the first migration installs) with realistic values, one of them missing so the fallback
path runs too. Only the substitution is timed: no database, no template lookup. The
target is at least 50,000 letters per second.
"""

import argparse
import importlib
import json
import sys
import time

TARGET = 50_000
VALUES = {
    "company_name": "Northwind Analytics",
    "position_title": "Senior Data Analyst",
    "interviewer_name": "Priya Raman",
    "your_name": "Alex Morgan",
    "interview_date": "12 March 2026",
    "rejection_date": "19 March 2026",
    "stage": None,  # a missing value: the fallback is used
}


def templates() -> list[tuple[str, str]]:
    defaults = importlib.import_module("rejections.migrations.0002_default_letter_templates")
    return [(t["subject"], t["body"]) for t in defaults.DEFAULTS]


def letters_per_second(*, letters: int = 60_000, repeats: int = 5) -> float:
    """The best of ``repeats`` timed runs of ``letters`` renders each."""
    from rejections.letters import render

    pairs = templates()
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        for index in range(letters):
            subject, body = pairs[index % len(pairs)]
            render(subject, VALUES)
            render(body, VALUES)
        best = min(best, time.perf_counter() - started)
    return letters / best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--letters", type=int, default=60_000)
    args = parser.parse_args(argv)
    rate = letters_per_second(letters=args.letters)
    if args.json:
        print(json.dumps({"letters_per_second": round(rate), "target": TARGET}))
    else:
        verdict = "meets" if rate >= TARGET else "misses"
        print(f"{rate:,.0f} letters per second ({verdict} the target of {TARGET:,}).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
