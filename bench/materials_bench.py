"""Micro-benchmark: reading a CV and checking it against a posting.

    python -m bench.materials_bench            # prints the figures
    python -m bench.materials_bench --json     # {"extract_ms": ..., "fit_ms": ..., ...}

The CV is a 5-page PDF (about 2,000 words of text on real PDF pages, written here); the
posting is 1,500 words of JSON-LD with an HTML description, as a job board prints it.
Timed: reading the posting (parse and sanitise), extracting the PDF's text, and the fit
between the two — what happens between an upload and the fit on the application page. No
database. The target is under 300 ms for all of it (the median of several runs).
"""

import argparse
import json
import os
import random
import statistics
import sys
import time

TARGET_MS = 300
RUNS = 7

SKILLS = [
    "Python", "SQL", "Airflow", "dbt", "Snowflake", "Kubernetes", "Terraform", "AWS",
    "Docker", "PostgreSQL", "Kafka", "Spark", "Tableau", "Git", "CI/CD", "Agile",
    "stakeholder management", "data modelling", "Looker", "GraphQL", "Go", "Redis",
]  # fmt: skip
FILLER = [
    "we",
    "value",
    "clear",
    "writing",
    "and",
    "careful",
    "work",
    "across",
    "teams",
    "that",
    "ship",
    "data",
    "products",
    "for",
    "customers",
    "and",
    "colleagues",
    "every",
    "week",
    "with",
    "kindness",
    "and",
    "rigour",
    "in",
    "equal",
    "measure",
]


def words(count: int, rng: random.Random) -> list[str]:
    out = []
    while len(out) < count:
        out.extend(rng.sample(FILLER, 8))
        out.append(rng.choice(SKILLS) + ",")
    return out[:count]


def posting_text(rng: random.Random) -> str:
    paragraphs = [" ".join(words(100, rng)) for _ in range(15)]
    description = (
        "".join(f"<p>{p}</p>" for p in paragraphs[:10])
        + "<ul>"
        + "".join(f"<li>{p}</li>" for p in paragraphs[10:])
        + "</ul><script>alert(1)</script>"
    )
    return json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "JobPosting",
            "title": "Senior Data Engineer",
            "hiringOrganization": {"@type": "Organization", "name": "Lumen Analytics"},
            "jobLocation": {"@type": "Place", "address": {"addressLocality": "Rotterdam"}},
            "baseSalary": {"currency": "EUR", "value": {"minValue": 70000, "maxValue": 85000}},
            "description": description,
        }
    )


def cv_pdf(rng: random.Random) -> bytes:
    from tests.materials.builders import pdf

    pages = []
    for _ in range(5):
        lines = [" ".join(words(12, rng)) for _ in range(34)]
        pages.append("\n".join(lines))
    return pdf(pages)


def measure() -> dict:
    from materials import files, posting
    from materials.fit import fit
    from materials.models import FileType

    rng = random.Random(7)  # noqa: S311 - repeatable sample text, not secrets
    source = posting_text(rng)
    data = cv_pdf(rng)
    totals, extracts, fits, reads = [], [], [], []
    for _ in range(RUNS):
        start = time.perf_counter()
        found = posting.read(source).postings[0]
        read_done = time.perf_counter()
        text = files.extract_text(data, FileType.PDF)
        extract_done = time.perf_counter()
        result = fit(found.description_text, text)
        end = time.perf_counter()
        reads.append((read_done - start) * 1000)
        extracts.append((extract_done - read_done) * 1000)
        fits.append((end - extract_done) * 1000)
        totals.append((end - start) * 1000)
    return {
        "posting_words": len(found.description_text.split()),
        "cv_pages": 5,
        "cv_words": len(text.split()),
        "key_terms": len(result.terms),
        "read_posting_ms": round(statistics.median(reads), 1),
        "extract_ms": round(statistics.median(extracts), 1),
        "fit_ms": round(statistics.median(fits), 1),
        "total_ms": round(statistics.median(totals), 1),
        "target_ms": TARGET_MS,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    figures = measure()
    if args.json:
        print(json.dumps(figures))
    else:
        print(
            f"Posting of {figures['posting_words']:,} words, CV of {figures['cv_pages']} pages "
            f"({figures['cv_words']:,} words), {figures['key_terms']} key terms:\n"
            f"  read the posting  {figures['read_posting_ms']:7.1f} ms\n"
            f"  extract the PDF   {figures['extract_ms']:7.1f} ms\n"
            f"  fit               {figures['fit_ms']:7.1f} ms\n"
            f"  total (median of {RUNS}) {figures['total_ms']:.1f} ms "
            f"(target < {TARGET_MS} ms)"
        )
    return 0 if figures["total_ms"] < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
