"""The CSV export of a large search, measured on the running server.

    python -m bench.export_bench --host http://127.0.0.1:8011 --session <sessionid> \\
        --path /data/export/applications.csv --gunicorn-pid <master pid> --json

Downloads the export once, reading it as it streams, and reports the time to the first
byte, the rows per second, and the peak extra memory (resident set size above the level
before the request) of the gunicorn worker that served it, sampled every 10 ms from
``/proc``. Targets, for 100,000 applications: first byte within 0.3 s, at least
20,000 rows per second, under 50 MB of extra memory.
"""

import argparse
import csv
import http.client
import io
import json
import sys
import threading
import time
import urllib.parse
from pathlib import Path

from bench.session import SESSION_COOKIE

TARGET_FIRST_BYTE = 0.3
TARGET_ROWS_PER_SECOND = 20_000
TARGET_EXTRA_MB = 50


def worker_pids(master: int) -> list[int]:
    """The gunicorn master's children, read from /proc."""
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # the process ended while we looked
        if int(fields[1]) == master:
            pids.append(int(stat.parent.name))
    return pids


def rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


class MemorySampler(threading.Thread):
    """Samples the workers' RSS until stopped; keeps each worker's peak."""

    def __init__(self, pids: list[int], interval: float = 0.01) -> None:
        super().__init__(daemon=True)
        self.pids = pids
        self.interval = interval
        self.baseline = {pid: rss_kb(pid) for pid in pids}
        self.peak = dict(self.baseline)
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            for pid in self.pids:
                self.peak[pid] = max(self.peak[pid], rss_kb(pid))
            time.sleep(self.interval)

    def extra_mb(self) -> float:
        return max((self.peak[p] - self.baseline[p] for p in self.pids), default=0) / 1024


def measure(host: str, path: str, session: str, master: int | None) -> dict:
    url = urllib.parse.urlsplit(host)
    if url.hostname not in ("127.0.0.1", "localhost"):
        raise ValueError("The export is measured on this machine only.")
    sampler = MemorySampler(worker_pids(master)) if master else None
    if sampler:
        sampler.start()
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=120)
    started = time.perf_counter()
    connection.request("GET", path, headers={"Cookie": f"{SESSION_COOKIE}={session}"})
    response = connection.getresponse()
    first = response.read(1)
    first_byte = time.perf_counter() - started
    if response.status != 200:
        raise RuntimeError(f"{path} answered {response.status}")
    streamed = response.getheader("Content-Length") is None
    text = io.TextIOWrapper(_Prefixed(first, response), encoding="utf-8", newline="")
    rows = sum(1 for _ in csv.reader(text)) - 1  # minus the header row
    total = time.perf_counter() - started
    connection.close()
    if sampler:
        sampler.done.set()
        sampler.join()
    result = {
        "path": path,
        "rows": rows,
        "streamed": streamed,
        "first_byte_s": round(first_byte, 3),
        "total_s": round(total, 2),
        "rows_per_second": round(rows / total) if total else 0,
        "peak_extra_mb": round(sampler.extra_mb(), 1) if sampler else None,
    }
    result["targets_met"] = (
        streamed
        and first_byte <= TARGET_FIRST_BYTE
        and result["rows_per_second"] >= TARGET_ROWS_PER_SECOND
        and (result["peak_extra_mb"] is None or result["peak_extra_mb"] < TARGET_EXTRA_MB)
    )
    return result


class _Prefixed(io.RawIOBase):
    """The response body with its already-read first byte put back in front."""

    def __init__(self, prefix: bytes, rest) -> None:
        self.prefix, self.rest = prefix, rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self.prefix:
            n = len(self.prefix)
            buffer[:n], self.prefix = self.prefix, b""
            return n
        chunk = self.rest.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def describe(result: dict) -> str:
    memory = "not sampled" if result["peak_extra_mb"] is None else f"{result['peak_extra_mb']} MB"
    return (
        f"{result['rows']:,} rows {'streamed' if result['streamed'] else 'NOT streamed'} in "
        f"{result['total_s']} s: first byte after {result['first_byte_s']} s (target ≤ 0.3), "
        f"{result['rows_per_second']:,} rows/s (target ≥ 20,000), peak extra worker memory "
        f"{memory} (target < 50) — {'met' if result['targets_met'] else 'MISSED'}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", required=True)
    parser.add_argument("--session", required=True)
    parser.add_argument("--path", default="/data/export/applications.csv")
    parser.add_argument("--gunicorn-pid", type=int)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = measure(args.host, args.path, args.session, args.gunicorn_pid)
    print(json.dumps(result) if args.json else describe(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
