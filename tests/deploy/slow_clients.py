"""Slow clients ("slowloris"): connections that send a request a byte at a time.

Used by test_behind_nginx.py (they must not stall Rebound behind nginx) and, as a command,
to measure how long ``/healthz`` takes while they hang, against gunicorn alone or nginx:

    python -m tests.deploy.slow_clients http://127.0.0.1:8000     # gunicorn alone
    python -m tests.deploy.slow_clients https://127.0.0.1:8443    # behind nginx

Loopback only: any other host is refused. Every wait is bounded.
"""

import argparse
import http.client
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import urlsplit

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@dataclass(frozen=True)
class Target:
    scheme: str
    host: str
    port: int

    @classmethod
    def parse(cls, url: str) -> "Target":
        parts = urlsplit(url)
        if parts.scheme not in {"http", "https"}:
            raise ValueError(f"Not an http(s) URL: {url!r}")
        if parts.hostname not in LOOPBACK:
            raise ValueError(f"Slow clients only ever go to loopback, not {parts.hostname!r}.")
        return cls(
            parts.scheme, parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)
        )

    def connect(self, *, timeout: float, source: str | None = None) -> socket.socket:
        sock = socket.create_connection(
            (self.host, self.port), timeout=timeout, source_address=(source, 0) if source else None
        )
        if self.scheme == "https":
            sock = insecure_tls().wrap_socket(sock, server_hostname=self.host)
        return sock


def insecure_tls() -> ssl.SSLContext:
    """TLS to the test's own self-signed certificate on loopback: encrypted, not verified."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


@dataclass
class SlowClients:
    """``count`` connections, half trickling request headers and half a request body, one
    byte every ``interval`` seconds, until stopped (or ``limit`` seconds at most)."""

    target: Target
    count: int = 50
    interval: float = 1.0
    limit: float = 120.0
    _stop: threading.Event = field(default_factory=threading.Event)
    _threads: list[threading.Thread] = field(default_factory=list)
    connected: int = 0
    #: Connections currently open (the server has not dropped them, nor have they ended).
    open: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def start(self) -> None:
        for number in range(self.count):
            thread = threading.Thread(target=self._trickle, args=(number,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def stop(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=5)

    def wait_connected(self, timeout: float = 10.0) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self.connected < self.count:
            time.sleep(0.05)
        return self.connected

    def _trickle(self, number: int) -> None:
        host = f"{self.target.host}:{self.target.port}"
        if number % 2:
            head = f"POST /accounts/login/ HTTP/1.1\r\nHost: {host}\r\n"
            head += (
                "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\n"
            )
            trickle = b"a" * 100_000
        else:
            head = f"GET /healthz HTTP/1.1\r\nHost: {host}\r\n"
            trickle = b"X-Slow: " + b"a" * 100_000
        deadline = time.monotonic() + self.limit
        try:
            with self.target.connect(timeout=10) as sock:
                sock.sendall(head.encode())
                with self._lock:
                    self.connected += 1
                    self.open += 1
                try:
                    for byte in trickle:
                        if self._stop.wait(self.interval) or time.monotonic() > deadline:
                            return
                        sock.sendall(bytes([byte]))
                finally:
                    with self._lock:
                        self.open -= 1
        except OSError:
            return  # the server dropped us: that is what a server should do


@contextmanager
def slow_clients(url: str, count: int = 50, interval: float = 1.0) -> Iterator[SlowClients]:
    clients = SlowClients(Target.parse(url), count=count, interval=interval)
    clients.start()
    try:
        clients.wait_connected()
        yield clients
    finally:
        clients.stop()


def timed_get(
    url: str, path: str, *, timeout: float, source: str | None = None
) -> tuple[int, float]:
    """Status and seconds for one GET of ``path``; status 0 when no answer within ``timeout``."""
    target = Target.parse(url)
    started = time.monotonic()
    try:
        sock = target.connect(timeout=timeout, source=source)
        sock.settimeout(max(0.1, timeout - (time.monotonic() - started)))
        connection = http.client.HTTPConnection(target.host, target.port, timeout=timeout)
        connection.sock = sock
        connection.request("GET", path, headers={"Host": f"{target.host}:{target.port}"})
        status = connection.getresponse().status
        connection.close()
    except (OSError, http.client.HTTPException):
        status = 0
    return status, time.monotonic() - started


def main() -> None:
    parser = argparse.ArgumentParser(description="Time /healthz while slow clients hang.")
    parser.add_argument("url", help="http://127.0.0.1:8000 (gunicorn) or https://127.0.0.1:8443")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--hold", type=float, default=60.0, help="seconds the clients hang on")
    args = parser.parse_args()
    status, seconds = timed_get(args.url, "/healthz", timeout=10)
    print(f"/healthz before: {status} in {seconds:.3f} s", flush=True)
    clients = SlowClients(Target.parse(args.url), count=args.clients, limit=args.hold)
    clients.start()
    try:
        print(f"{clients.wait_connected()} slow clients connected", flush=True)
        time.sleep(2)
        for attempt in range(1, 4):
            # Waits past the clients' own limit: a stalled server answers once they are gone.
            status, seconds = timed_get(args.url, "/healthz", timeout=args.hold + 30)
            answer = f"{status} in {seconds:.3f} s" if status else f"none within {seconds:.0f} s"
            print(
                f"/healthz #{attempt}: {answer}; slow clients still connected then: {clients.open}",
                flush=True,
            )
    finally:
        clients.stop()


if __name__ == "__main__":
    main()
