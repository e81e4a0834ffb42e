"""Does the password-reset form answer faster for addresses that have no account?

    python -m bench.reset_timing                   # 300 known + 300 unknown, interleaved
    python -m bench.reset_timing --requests 500 --json
    python -m bench.reset_timing --no-unknown-mail  # unknown addresses not mailed (Django's way)

A reset that does visibly more work for an address with an account (render and send a mail)
than for one without tells anyone who times it which addresses have an account, whatever
the page says. This posts ``/accounts/password/reset/`` in-process through Django's test
client and the whole middleware stack (``DEBUG`` off, production settings otherwise), on a
throw-away test database (SQLite in memory, or ``test_<name>`` on PostgreSQL when
``DATABASE_URL`` is set), with mail going to Django's in-memory outbox. Known and unknown
addresses alternate in a shuffled order (each known address is a different account, each
unknown one a fresh address), after a warm-up of 20 of each. allauth's rate limits are off
for the run (they count every request alike and would refuse most of them).

It prints p50, p90 and mean for each kind and the differences. Both kinds must end on the
same page with exactly one mail each (none for unknown addresses with
``--no-unknown-mail``); the script stops with an error otherwise. The mail here
costs rendering only; an SMTP server adds the same delivery time to both kinds.
"""

import argparse
import json
import os
import random
import statistics
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("DEBUG", "false")
os.environ.setdefault("SECRET_KEY", "reset-timing-benchmark-" + "x" * 50)
os.environ.setdefault("LOG_LEVEL", "WARNING")

RESET_PATH = "/accounts/password/reset/"
DONE_PATH = "/accounts/password/reset/done/"
WARMUP = 20


def setup_django() -> None:
    import django

    # No collected static files are needed to post a form.
    warnings.filterwarnings("ignore", message="No directory at", category=UserWarning)

    django.setup()


def make_accounts(count: int) -> list[str]:
    """``count`` accounts with confirmed addresses; returns the addresses."""
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password

    User = get_user_model()
    password = make_password("reset-timing-password")
    User.objects.bulk_create(
        User(username=f"reset-{index}", email=f"reset-{index}@example.com", password=password)
        for index in range(count)
    )
    users = list(User.objects.filter(username__startswith="reset-").order_by("pk"))
    EmailAddress.objects.bulk_create(
        EmailAddress(user=user, email=user.email, primary=True, verified=True) for user in users
    )
    return [user.email for user in users]


def post_reset(client, email: str, *, mails: int = 1) -> float:
    """One reset request; its duration in seconds. Checks the answer and the outbox."""
    from django.core import mail

    mail.outbox.clear()
    started = time.perf_counter()
    response = client.post(RESET_PATH, {"email": email}, secure=True)
    elapsed = time.perf_counter() - started
    if response.status_code != 302 or response["Location"] != DONE_PATH:
        raise SystemExit(f"{email}: expected a redirect to {DONE_PATH}, got {response}")
    if len(mail.outbox) != mails or any(message.to != [email] for message in mail.outbox):
        raise SystemExit(f"{email}: expected {mails} mail(s) to it, got {len(mail.outbox)}")
    return elapsed


def summary(seconds: list[float]) -> dict[str, float]:
    ordered = sorted(seconds)
    deciles = statistics.quantiles(ordered, n=10)
    return {
        "p50_ms": statistics.median(ordered) * 1000,
        "p90_ms": deciles[8] * 1000,
        "mean_ms": statistics.fmean(ordered) * 1000,
    }


def measure(requests: int, *, seed: int, unknown_mailed: bool) -> dict[str, dict[str, float]]:
    from django.test import Client

    known_addresses = make_accounts(requests + WARMUP)
    rng = random.Random(seed)  # noqa: S311 - only an order to run the requests in
    plan = [("known", address) for address in known_addresses]
    plan += [("unknown", f"nobody-{index}@example.com") for index in range(requests + WARMUP)]
    warmup, timed = [], []
    for kind in ("known", "unknown"):
        entries = [entry for entry in plan if entry[0] == kind]
        warmup += entries[:WARMUP]
        timed += entries[WARMUP:]
    rng.shuffle(warmup)
    rng.shuffle(timed)

    mails = {"known": 1, "unknown": 1 if unknown_mailed else 0}
    client = Client()
    for kind, address in warmup:
        post_reset(client, address, mails=mails[kind])
    times: dict[str, list[float]] = {"known": [], "unknown": []}
    for kind, address in timed:
        times[kind].append(post_reset(client, address, mails=mails[kind]))
    return {kind: summary(values) for kind, values in times.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=300, help="timed requests per kind")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--no-unknown-mail",
        action="store_true",
        help="do not mail unknown addresses (ACCOUNT_EMAIL_UNKNOWN_ACCOUNTS off), as Django's "
        "own reset view does: shows the difference the mail removes",
    )
    args = parser.parse_args(argv)
    setup_django()

    from django.db import connection
    from django.test import override_settings
    from django.test.utils import setup_test_environment, teardown_test_environment

    setup_test_environment()
    database = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    overrides = {"ACCOUNT_RATE_LIMITS": False}
    if args.no_unknown_mail:
        overrides["ACCOUNT_EMAIL_UNKNOWN_ACCOUNTS"] = False
    try:
        with override_settings(**overrides):
            figures = measure(
                args.requests, seed=args.seed, unknown_mailed=not args.no_unknown_mail
            )
    finally:
        connection.creation.destroy_test_db(database, verbosity=0)
        teardown_test_environment()

    known, unknown = figures["known"], figures["unknown"]
    difference = {key: known[key] - unknown[key] for key in known}
    result = {
        "requests_per_kind": args.requests,
        "database": connection.vendor,
        "unknown_addresses_mailed": not args.no_unknown_mail,
        "known": known,
        "unknown": unknown,
        "known_minus_unknown": difference,
        "ratio_p50": known["p50_ms"] / unknown["p50_ms"],
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(
        f"Password reset, {args.requests} requests per kind, interleaved "
        f"({connection.vendor}; unknown addresses "
        f"{'mailed' if result['unknown_addresses_mailed'] else 'not mailed'}):"
    )
    print(f"{'':18}{'p50 ms':>9}{'p90 ms':>9}{'mean ms':>9}")
    for label, row in (("known address", known), ("unknown address", unknown)):
        print(f"{label:18}{row['p50_ms']:9.2f}{row['p90_ms']:9.2f}{row['mean_ms']:9.2f}")
    print(
        f"{'difference':18}{difference['p50_ms']:+9.2f}{difference['p90_ms']:+9.2f}"
        f"{difference['mean_ms']:+9.2f}"
    )
    print(f"known / unknown at p50: {result['ratio_p50']:.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
