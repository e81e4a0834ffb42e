"""The benchmark's arithmetic and report, without a server."""

from collections import Counter

import pytest

from bench import letters_bench, report
from bench.session import _local


def test_percentile_is_the_nearest_rank():
    values = [float(v) for v in range(100, 0, -1)]
    assert report.percentile(values, 50) == 50
    assert report.percentile(values, 99) == 99
    assert report.percentile(values, 100) == 100
    assert report.percentile([7.0], 99) == 7
    assert report.percentile([], 50) == 0


def test_a_phase_summary_counts_requests_per_second_and_errors():
    summary = report.summarise(
        [10.0] * 90 + [50.0] * 10, Counter({"HTTP 500": 2}), elapsed=10, clients=8
    )
    assert summary["requests"] == 100
    assert summary["rps"] == 10
    assert summary["p50"] == 10 and summary["p95"] == 50 and summary["p99"] == 50
    assert summary["errors"] == 2 and summary["error_kinds"] == {"HTTP 500": 2}


def phase(rps: float, p50: float, p99: float, errors: int = 0) -> dict:
    return {"requests": 100, "rps": rps, "p50": p50, "p95": p99, "p99": p99, "errors": errors}


def page(key: str, queries: int, **extra) -> dict:
    return {"key": key, "label": key, "url": f"/{key}/", "queries": queries, **extra}


def test_pages_meeting_every_target_have_no_misses():
    pages = [page("healthz", 2), page("board", 4)]
    load = {
        "healthz": {"1": phase(900, 1, 2), "8": phase(1500, 4, 9)},
        "board": {"1": phase(100, 10, 12), "8": phase(600, 12, 30)},
    }
    rows = report.evaluate(pages, pages, load)
    assert [row["misses"] for row in rows] == [[], []]
    assert rows[1]["healthz_ratio"] == 0.4
    assert rows[1]["p99_over_p50"] == 3.0


def test_each_missed_target_is_named():
    pages = [page("healthz", 2), page("board", 7)]
    small = [page("healthz", 2), page("board", 5)]
    load = {
        "healthz": {"1": phase(900, 1, 2), "8": phase(3000, 2, 9)},
        "board": {"1": phase(100, 10, 12), "8": phase(300, 25, 45, errors=3)},
    }
    misses = report.evaluate(pages, small, load)[1]["misses"]
    assert misses == [
        "queries 5 → 7",
        "7 queries > 6",
        "3 errors",
        "throughput 0.10× /healthz < 0.33",
        "p99@8 = 4.5× p50@1 ≥ 4",
    ]


def test_exports_are_held_to_queries_and_errors_only():
    pages = [page("healthz", 2), page("export", 4, export=True)]
    load = {
        "healthz": {"1": phase(900, 1, 2), "8": phase(3000, 2, 9)},
        "export": {"1": phase(1, 900, 1200), "8": phase(2, 3000, 9000)},
    }
    assert report.evaluate(pages, pages, load)[1]["misses"] == []


def test_an_unmeasured_page_is_a_miss():
    rows = report.evaluate([page("board", 4)], [page("board", 4)], {})
    assert rows[0]["misses"] == ["not measured"]


def test_a_page_that_never_answered_in_the_window_is_a_miss():
    silent = {**phase(0, 0, 0), "requests": 0, "seconds": 15}
    load = {"board": {"1": phase(10, 90, 99), "8": silent}}
    rows = report.evaluate([page("board", 4)], [page("board", 4)], load)
    assert rows[0]["misses"] == ["no request completed in the measured window"]


def test_the_markdown_table_has_a_row_per_page_and_the_context():
    pages = [page("healthz", 2), page("board", 4)]
    load = {
        "healthz": {"1": phase(900, 1, 2), "8": phase(1500, 4, 9)},
        "board": {"1": phase(100, 10, 12), "8": phase(600, 12, 30)},
    }
    meta = {
        "date": "2026-01-02",
        "commit": "abc1234",
        "server": "gunicorn 2 workers × 4 threads",
        "database": "PostgreSQL 16.4",
        "machine": "2 CPUs",
        "user": "bench",
        "applications": 10_000,
        "small_applications": 10,
        "all_applications": 110_000,
        "duration": 15.0,
        "warmup": 2.0,
        "missing_pages": ["CSV export"],
    }
    result = report.build(pages, pages, load, meta)
    result["extra"] = {"Letter rendering": "200,000 letters per second", "_raw": {"x": 1}}
    text = report.markdown(result)
    assert "| page | queries (10 / 10,000 apps)" in text
    assert (
        "| board (`/board/`) | 4 / 4 (≤ 6) | 10.0 / 12.0 / 12.0 | 600.0 | 30.0 | 0 | 0.40" in text
    )
    assert "Not measured (missing from this build): CSV export." in text
    assert "- Letter rendering: 200,000 letters per second" in text
    assert "_raw" not in text
    assert result["targets_met"]


def test_the_letter_micro_benchmark_reports_a_rate():
    assert letters_bench.letters_per_second(letters=300, repeats=1) > 0


@pytest.mark.parametrize(
    "url",
    ["https://example.com", "http://example.com:80", "file:///etc/passwd", "http://10.0.0.1:80"],
)
def test_the_benchmark_only_talks_to_this_machine(url):
    with pytest.raises(ValueError, match="Expected http://127"):
        _local(url)
