"""The wrk benchmark's script and table, without Rebound's server."""

import http.server
import shutil
import subprocess
import sys
import threading

import pytest

from bench import letters_bench, wrk
from bench.session import _local

# What wrk 4.1 prints with bench/wrk.lua: its own summary, then the script's line.
WRK_OUTPUT = """\
Running 10s test @ http://127.0.0.1:8012/board/
  1 threads and 8 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   170.52ms   20.11ms 301.00ms   80.00%
    Req/Sec    46.90      9.80    70.00     70.00%
  469 requests in 10.01s, 9.93MB read
Requests/sec:     46.85
Transfer/sec:      0.99MB
BENCH {"requests": 469, "duration_us": 10010000, "bytes": 10412345, "p50_us": 168250, \
"p90_us": 190100, "p99_us": 251003, "max_us": 301000, "mean_us": 170520.4, "not_200": 3, \
"last_status": 302, "socket_errors": 1, "timeouts": 0}
"""


def test_wrk_output_is_read_from_the_scripts_line_in_milliseconds():
    run = wrk.parse_wrk(WRK_OUTPUT)
    assert run["requests"] == 469
    assert run["seconds"] == 10.01
    assert run["rps"] == 46.9
    assert run["p50"] == 168.25 and run["p99"] == 251.003
    assert run["errors"] == 4  # three answers other than 200 and one socket error
    assert run["last_status"] == 302


def test_output_without_the_scripts_line_is_an_error():
    with pytest.raises(wrk.WrkFailed, match="No BENCH line"):
        wrk.parse_wrk("unable to connect to 127.0.0.1:8012 Connection refused\n")


def phase(p50: float, rps: float, p99: float | None = None, errors: int = 0) -> dict:
    return {"p50": p50, "p99": p99 or p50 * 2, "rps": rps, "errors": errors, "last_status": 0}


PAGES = [
    {"key": "healthz", "label": "/healthz", "url": "/healthz", "queries": 1},
    {"key": "list", "label": "list", "url": "/applications/", "queries": 5},
    {"key": "slow", "label": "dashboard", "url": "/", "queries": 10},
]


def test_each_page_is_compared_with_healthz_from_the_same_run():
    runs = {
        "healthz": {1: [phase(1.0, 1000), phase(3.0, 1400)], 8: [phase(4, 1000), phase(4, 1400)]},
        "list": {1: [phase(20, 110), phase(20, 90)], 8: [phase(70, 110), phase(70, 90)]},
        "slow": {1: [phase(30, 30), phase(30, 30)], 8: [phase(300, 80), phase(300, 80)]},
    }
    rows = wrk.build_rows(PAGES, runs)
    healthz, page, slow = rows
    assert healthz.passed and healthz.p50_ratio == 1 and healthz.spread == 1.0  # 1 vs 3 ms
    # p50 is the mean of the passes (20 ms), against /healthz's mean (2 ms): 10×, within 12×.
    assert page.p50 == 20 and page.p50_ratio == 10
    assert page.rps == 100 and page.rps_ratio == pytest.approx(100 / 1200)
    assert page.spread == pytest.approx(0.2)  # 110 vs 90 req/s
    assert page.passed and page.misses == []
    assert not slow.passed
    assert slow.misses == ["p50 15.0× > 12×", "req/s 1/15.0 < 1/12"]


def test_an_answer_other_than_200_fails_the_page_even_when_fast():
    runs = {
        "healthz": {1: [phase(1, 1000)] * 2, 8: [phase(4, 1000)] * 2},
        "list": {1: [phase(2, 500)] * 2, 8: [{**phase(8, 500), "errors": 5, "last_status": 302}]},
    }
    (_, row) = wrk.build_rows(PAGES[:2], runs)
    assert not row.passed
    assert row.misses == ["5 errors (HTTP 302)"]


def test_the_report_has_the_table_and_the_memory_and_start_figures():
    runs = {
        "healthz": {1: [phase(1, 1000)] * 2, 8: [phase(4, 1200)] * 2},
        "list": {1: [phase(10, 150)] * 2, 8: [phase(50, 150)] * 2},
    }
    meta = {
        "date": "2026-01-02", "commit": "abc1234", "database": "PostgreSQL 15.20",
        "machine": "2 CPUs", "applications": 10_000, "all_applications": 16_010,
        "users": 22, "messages": 10_000, "documents": 500, "duration": 10.0, "wrk": "4.1.0",
        "load_before": "0.10 0.20 0.30", "load_after": "1.00 0.50 0.40",
        "start_to_first_200_s": 1.23, "rss_after_warmup_mb": [70.2, 71.0],
        "rss_after_run_mb": [74.0, 75.5],
    }  # fmt: skip
    text = wrk.report(wrk.build_rows(PAGES[:2], runs), meta)
    assert (
        "| list (`/applications/`) | 5 | 10.0 | 20.0 | 150.0 | 10.0× | 1/8.0 | 0% | PASS |" in text
    )
    assert "- gunicorn start to first 200 from /healthz: 1.23 s" in text
    assert "- worker RSS after warm-up: 70 MB, 71 MB" in text
    assert "- worker RSS after the run: 74 MB, 76 MB" in text
    assert "2 of 2 pages meet both targets" in text


class _Recorder(http.server.BaseHTTPRequestHandler):
    cookies: list[str] = []

    def do_GET(self) -> None:
        _Recorder.cookies.append(self.headers.get("Cookie", ""))
        self.send_response(200 if self.path == "/ok" else 302)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args) -> None:
        pass


class _QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        # wrk stops at its deadline with answers half sent: not an error of the test's.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@pytest.mark.skipif(shutil.which("wrk") is None, reason="wrk is not installed")
def test_the_lua_script_sends_the_cookie_and_counts_answers_other_than_200():
    server = _QuietServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_port}"
    try:
        ok = wrk.run_wrk("wrk", base + "/ok", "sessionid=abc", connections=2, duration=1)
        redirected = wrk.run_wrk("wrk", base + "/old", "", connections=1, duration=1)
    finally:
        server.shutdown()
        server.server_close()
    assert ok["requests"] > 0 and ok["errors"] == 0
    assert "sessionid=abc" in _Recorder.cookies
    assert redirected["requests"] > 0
    assert redirected["errors"] == redirected["requests"]
    assert redirected["last_status"] == 302


def test_load_goes_to_this_machine_only():
    with pytest.raises(ValueError, match=r"127\.0\.0\.1"):
        wrk.run_wrk("wrk", "http://example.com/", "", connections=1, duration=1)


def test_the_letter_micro_benchmark_reports_a_rate():
    assert letters_bench.letters_per_second(letters=300, repeats=1) > 0


@pytest.mark.parametrize(
    "url",
    ["https://example.com", "http://example.com:80", "file:///etc/passwd", "http://10.0.0.1:80"],
)
def test_the_benchmark_only_talks_to_this_machine(url):
    with pytest.raises(ValueError, match="Expected http://127"):
        _local(url)


def test_the_table_shows_queries_rendered_and_from_the_page_cache():
    runs = {key: {1: [phase(1, 1000)] * 2, 8: [phase(4, 1000)] * 2} for key in ("healthz", "list")}
    pages = [PAGES[0], {**PAGES[1], "queries": 9, "cached_queries": 2}]
    table = wrk.markdown_table(wrk.build_rows(pages, runs))
    assert "| /healthz (`/healthz`) | 1 |" in table  # no cache: one figure
    assert "| list (`/applications/`) | 9 / 2 |" in table


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("postgres://root@127.0.0.1:5432/rebound_bench_10", "127.0.0.1"),
        ("postgres://root@%2Fvar%2Frun%2Fpostgresql/rebound_bench_10", "/var/run/postgresql"),
    ],
)
def test_the_database_is_made_over_tcp_or_the_servers_socket(monkeypatch, url, host):
    commands = []

    def run(command, **kwargs):
        commands.append(command)
        return subprocess.CompletedProcess(command, 0, stdout="\n")  # not there yet

    monkeypatch.setattr(wrk.subprocess, "run", run)
    wrk.create_database(url)
    assert [command[command.index("-h") + 1] for command in commands] == [host, host]
    assert commands[-1][-1] == 'CREATE DATABASE "rebound_bench_10" OWNER "root"'
