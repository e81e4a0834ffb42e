"""Turn the benchmark's measurements into the results JSON and a Markdown table.

    python -m bench.report --pages pages.json --small-pages small.json --load load.json \\
        --meta meta.json --out-dir bench/results

Pure Python (no Django, no locust), so its arithmetic is unit-tested.

The targets checked, per page:

* the same number of queries for the user with 10 applications and the one with 10,000;
  at most 6 on list pages, 10 on the dashboard (``bench.pages.BUDGETS``);
* every page except exports and ``/healthz`` itself: throughput at 8 clients at least a
  third of ``/healthz``'s in the same run, and p99 at 8 clients under 4× the p50 at 1 client;
* no errors.
"""

import argparse
import datetime
import json
import math
import sys
from collections import Counter
from pathlib import Path

from bench.pages import BUDGETS

MIN_HEALTHZ_RATIO = 1 / 3
MAX_P99_OVER_P50 = 4.0
ONE, MANY = "1", "8"


def percentile(values: list[float], q: float) -> float:
    """The nearest-rank percentile ``q`` (0–100) of ``values``; 0.0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def summarise(samples: list[float], errors: Counter[str], *, elapsed: float, clients: int) -> dict:
    """One load phase: response times in ms and errors, over ``elapsed`` seconds."""
    count = len(samples)
    return {
        "clients": clients,
        "requests": count,
        "seconds": round(elapsed, 2),
        "rps": round(count / elapsed, 1) if elapsed > 0 else 0.0,
        "p50": round(percentile(samples, 50), 1),
        "p95": round(percentile(samples, 95), 1),
        "p99": round(percentile(samples, 99), 1),
        "mean": round(sum(samples) / count, 1) if count else 0.0,
        "max": round(max(samples), 1) if count else 0.0,
        "errors": sum(errors.values()),
        "error_kinds": dict(errors.most_common(5)),
    }


def evaluate(pages: list[dict], small_pages: list[dict], load: dict) -> list[dict]:
    """One row per page: its numbers and the targets it meets or misses."""
    small = {page["key"]: page for page in small_pages}
    healthz_rps = load.get("healthz", {}).get(MANY, {}).get("rps", 0.0)
    rows = []
    for page in pages:
        key = page["key"]
        one = load.get(key, {}).get(ONE, {})
        many = load.get(key, {}).get(MANY, {})
        ratio = round(many.get("rps", 0.0) / healthz_rps, 3) if healthz_rps else None
        p99_over_p50 = many["p99"] / one["p50"] if one.get("p50") and many else None
        misses = []
        small_queries = small.get(key, {}).get("queries")
        if small_queries is not None and small_queries != page["queries"]:
            misses.append(f"queries {small_queries} → {page['queries']}")
        limit = BUDGETS.get(key)
        if limit is not None and page["queries"] > limit:
            misses.append(f"{page['queries']} queries > {limit}")
        errors = one.get("errors", 0) + many.get("errors", 0)
        if errors:
            misses.append(f"{errors} errors")
        if not one or not many:
            misses.append("not measured")
        elif not one.get("requests") or not many.get("requests"):
            misses.append("no request completed in the measured window")
        elif key != "healthz" and not page.get("export"):
            if ratio is not None and ratio < MIN_HEALTHZ_RATIO:
                misses.append(f"throughput {ratio:.2f}× /healthz < 0.33")
            if p99_over_p50 is not None and p99_over_p50 >= MAX_P99_OVER_P50:
                misses.append(f"p99@8 = {p99_over_p50:.1f}× p50@1 ≥ 4")
        rows.append(
            {
                "key": key,
                "label": page["label"],
                "url": page["url"],
                "queries": page["queries"],
                "queries_small": small_queries,
                "budget": limit,
                "one": one,
                "many": many,
                "healthz_ratio": ratio,
                "p99_over_p50": round(p99_over_p50, 2) if p99_over_p50 is not None else None,
                "misses": misses,
            }
        )
    return rows


def _ms(value: float | None) -> str:
    return "–" if value is None else f"{value:,.0f}" if value >= 100 else f"{value:.1f}"


def markdown(result: dict) -> str:
    """The results as a short Markdown section: a sentence of context and the table."""
    meta = result["meta"]
    lines = [
        f"Benchmark of {meta['date']} (commit {meta.get('commit', '?')}): {meta['server']}, "
        f"{meta['database']}, {meta['machine']}. Measured user `{meta['user']}` with "
        f"{meta['applications']:,} applications ({meta['all_applications']:,} in the "
        f"database); {meta['duration']:g} s per page and concurrency after a "
        f"{meta['warmup']:g} s warm-up, locust on the same machine.",
    ]
    if meta.get("load_average"):
        load = meta["load_average"]
        lines[0] += (
            f" Machine load average (1, 5, 15 min) before the load phases: {load['before']}; "
            f"after: {load['after']} (anything above ~0.5 is other work competing for the CPUs)."
        )
    lines += [
        "",
        f"| page | queries ({meta['small_applications']:,} / {meta['applications']:,} apps) "
        "| p50 / p95 / p99 at 1 client (ms) | req/s at 8 | p99 at 8 (ms) | errors "
        "| vs /healthz | targets |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for row in result["pages"]:
        one, many = row["one"], row["many"]
        small = "–" if row["queries_small"] is None else row["queries_small"]
        queries = f"{small} / {row['queries']}"
        if row["budget"] is not None:
            queries += f" (≤ {row['budget']})"
        latency = " / ".join(_ms(one.get(k)) for k in ("p50", "p95", "p99")) if one else "–"
        ratio = "–" if row["healthz_ratio"] is None else f"{row['healthz_ratio']:.2f}"
        errors = one.get("errors", 0) + many.get("errors", 0)
        verdict = "met" if not row["misses"] else "; ".join(row["misses"])
        if row["key"] == "export" and not row["misses"]:
            verdict = "met (exports: queries and errors only)"
        lines.append(
            f"| {row['label']} (`{row['url']}`) | {queries} | {latency} "
            f"| {many.get('rps', 0):,.1f} | {_ms(many.get('p99'))} | {errors} | {ratio} "
            f"| {verdict} |"
        )
    missing = meta.get("missing_pages") or []
    if missing:
        lines += ["", "Not measured (missing from this build): " + ", ".join(missing) + "."]
    extra = result.get("extra") or {}
    if extra:
        lines.append("")
        for name, text in extra.items():
            if not name.startswith("_"):  # raw figures, kept in the JSON only
                lines.append(f"- {name}: {text}")
    return "\n".join(lines) + "\n"


def build(pages: list[dict], small_pages: list[dict], load: dict, meta: dict) -> dict:
    rows = evaluate(pages, small_pages, load)
    return {
        "meta": meta,
        "pages": rows,
        "targets_met": all(not row["misses"] for row in rows),
    }


def _read(path: str | None, default):
    if not path or not Path(path).exists():
        return default
    return json.loads(Path(path).read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", required=True)
    parser.add_argument("--small-pages", required=True)
    parser.add_argument("--load", required=True)
    parser.add_argument("--meta", required=True)
    parser.add_argument("--extra", help="JSON object of extra findings (export, letters)")
    parser.add_argument("--out-dir", required=True)
    args = parser.parse_args(argv)

    meta = _read(args.meta, {})
    meta.setdefault("date", datetime.date.today().isoformat())
    result = build(_read(args.pages, []), _read(args.small_pages, []), _read(args.load, {}), meta)
    result["extra"] = _read(args.extra, {})
    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{meta['date']}.json").write_text(json.dumps(result, indent=2) + "\n", "utf-8")
    table = markdown(result)
    (out / f"{meta['date']}.md").write_text(table, "utf-8")
    print(table)
    print(f"Wrote {out / (meta['date'] + '.json')} and {out / (meta['date'] + '.md')}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
