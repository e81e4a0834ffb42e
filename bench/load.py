"""Drive locust as a library: each page at each concurrency, bounded in time.

    python -m bench.load --host http://127.0.0.1:8000 --pages pages.json \\
        --session <sessionid> --out load.json

For every page and every concurrency (1 and 8 clients by default) it spawns the clients,
lets them warm up, then records every request for ``--duration`` seconds and stops. The
numbers come from the recorded response times (exact percentiles, not locust's rounded
buckets); throughput is completed requests per second of the measured window.
"""

# locust patches the standard library for gevent: it must be imported first.
from locust.env import Environment  # isort: skip

import argparse
import json
import sys
import time
from collections import Counter

import gevent

from bench.locustfile import PageUser
from bench.report import summarise

#: Hard bounds, whatever the command line says: the benchmark must stay a polite guest.
MAX_PHASE_SECONDS = 20
MAX_CLIENTS = 32


def measure(host: str, path: str, session: str, *, clients: int, warmup: float, duration: float):
    """Hammer one page with ``clients`` closed-loop clients; return its summary."""
    if not host.startswith(("http://127.0.0.1", "http://localhost")):
        raise ValueError("Load goes to this machine only (http://127.0.0.1:PORT).")
    if warmup + duration > MAX_PHASE_SECONDS or clients > MAX_CLIENTS:
        raise ValueError(
            f"A load phase is at most {MAX_PHASE_SECONDS} s and {MAX_CLIENTS} clients."
        )
    user_class = type("Page", (PageUser,), {"path": path, "session": session, "host": host})
    env = Environment(user_classes=[user_class], host=host)
    recording = False
    samples: list[float] = []
    errors: Counter[str] = Counter()

    def on_request(response_time: float, exception: Exception | None, **_kwargs) -> None:
        if not recording:
            return
        samples.append(response_time)
        if exception is not None:
            errors[str(exception)[:80]] += 1

    env.events.request.add_listener(on_request)
    runner = env.create_local_runner()
    # Every client at once: the spawn rate is clients per second.
    runner.start(clients, spawn_rate=clients * 10)
    gevent.sleep(warmup)
    recording = True
    started = time.perf_counter()
    gevent.sleep(duration)
    recording = False
    elapsed = time.perf_counter() - started
    runner.quit()
    return summarise(samples, errors, elapsed=elapsed, clients=clients)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", required=True)
    parser.add_argument("--pages", required=True, help="JSON written by bench.pages")
    parser.add_argument("--session", required=True, help="session id of the measured user")
    parser.add_argument("--out", required=True)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 8])
    parser.add_argument("--warmup", type=float, default=2.0)
    parser.add_argument("--duration", type=float, default=15.0)
    args = parser.parse_args(argv)

    with open(args.pages, encoding="utf-8") as source:
        pages = json.load(source)
    results = {}
    for page in pages:
        results[page["key"]] = {}
        for clients in args.concurrency:
            summary = measure(
                args.host,
                page["url"],
                args.session if page["login"] else "",
                clients=clients,
                warmup=args.warmup,
                duration=args.duration,
            )
            results[page["key"]][str(clients)] = summary
            print(
                f"  {page['url']:<32} {clients:>2} client(s): {summary['requests']:>6} requests, "
                f"{summary['rps']:>7.1f}/s, p50 {summary['p50']:>7.1f} ms, "
                f"p99 {summary['p99']:>7.1f} ms, {summary['errors']} errors",
                flush=True,
            )
    with open(args.out, "w", encoding="utf-8") as out:
        json.dump(results, out, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
