"""The pages the benchmark measures, and their query counts measured in-process.

    DJANGO_SETTINGS_MODULE=config.settings python -m bench.pages --user bench --out pages.json

finds the concrete URLs for one user (a deep list page, a rich application and rejection)
and counts the queries each page runs, through Django's test client with
``CaptureQueriesContext`` against the same database the server uses. Counting in-process
keeps production responses free of any debugging header.
"""

import argparse
import json
import sys
from dataclasses import asdict, dataclass

#: Applications per list page (``tracker.views.PAGE_SIZE``); the deep page is page 200 of
#: 10,000 applications, or the last page of a smaller search.
DEEP_PAGE = 200
#: A word the seeded reflections use (``seed_demo``'s "to improve" notes and tags).
SEARCH_WORD = "design"
EXPORT_URL_NAME = "portability:applications-csv"


@dataclass
class Page:
    key: str
    label: str
    url: str
    #: Pages a logged-out load balancer may call (``/healthz``) need no session.
    login: bool = True
    #: Exports are measured and reported, but the page targets (throughput, p99) exempt them.
    export: bool = False
    #: A form to fill in: never answered from the page cache (each look is a new form).
    form: bool = False
    #: Queries of a request that renders the page (the first look after a write) ...
    queries: int | None = None
    #: ... and of one answered from the per-person page cache (``core.pagecache``).
    cached_queries: int | None = None


LIST_BUDGET = 6
DASHBOARD_BUDGET = 10
#: The most queries the issue allows: 6 on list pages, 10 on the dashboard. Other pages
#: (details, the export) only have to run the same number at any size.
BUDGETS = {
    "dashboard": DASHBOARD_BUDGET,
    **dict.fromkeys(
        ["board", "applications", "applications-deep", "rejections", "reflections", "self-care"],
        LIST_BUDGET,
    ),
}


def budget(page: Page) -> int | None:
    return BUDGETS.get(page.key)


def discover(user) -> list[Page]:
    """The measured pages, with URLs chosen from the user's own data."""
    from django.urls import NoReverseMatch, reverse

    from core.shortcuts import PAGE_SIZE
    from rejections.models import Rejection
    from tracker.models import Application

    applications = Application.objects.for_user(user)
    count = applications.count()
    deep = min(DEEP_PAGE, max(1, -(-count // PAGE_SIZE)))
    # The detail pages show a rejection with letters (and its application): in a seeded
    # account the first one is the showcase, filled in the same way at any size.
    rejection = (
        Rejection.objects.for_user(user)
        .filter(letters__isnull=False)
        .order_by("pk")
        .select_related("application")
        .first()
    ) or Rejection.objects.for_user(user).order_by("pk").select_related("application").first()
    application = rejection.application if rejection else applications.order_by("pk").first()
    pages = [
        Page("healthz", "/healthz", reverse("healthz"), login=False),
        Page("dashboard", "dashboard", reverse("home:dashboard")),
        Page("board", "board", reverse("tracker:board")),
        Page("applications", "applications, page 1", reverse("tracker:application-list")),
        Page(
            "applications-deep",
            f"applications, page {deep}",
            f"{reverse('tracker:application-list')}?page={deep}",
        ),
    ]
    if application is not None:
        pages.append(Page("application", "application detail", application.get_absolute_url()))
    pages.append(Page("rejections", "rejections", reverse("rejections:list")))
    if rejection is not None:
        pages.append(Page("workspace", "rejection workspace", rejection.get_absolute_url()))
    pages += [
        Page(
            "reflections",
            f"reflections, search “{SEARCH_WORD}”",
            f"{reverse('rejections:reflection-list')}?q={SEARCH_WORD}",
        ),
        Page("self-care", "self-care", reverse("rejections:selfcare-list")),
    ]
    try:
        export = reverse(EXPORT_URL_NAME)
    except NoReverseMatch:
        pass  # reported as missing by the benchmark
    else:
        pages.append(Page("export", "CSV export", export, export=True))
    return pages


def other_pages(user) -> list[Page]:
    """The other main list pages, and the forms people fill in most — each look at a form
    renders it (new and edit pages are not kept in the page cache)."""
    from django.urls import reverse

    from rejections.models import Letter, Rejection
    from tracker.models import Application

    pages = [
        Page("inbox", "inbox", reverse("inbox:list")),
        Page("materials", "materials", reverse("materials:document-list")),
        Page("goals", "pace goals", reverse("pace:goals")),
        Page("companies", "companies", reverse("tracker:company-list")),
        Page("interviews", "interviews", reverse("tracker:interview-list")),
        Page("contacts", "contacts", reverse("tracker:contact-list")),
        Page("sent-mail", "sent letters", reverse("rejections:sent-mail")),
        Page(
            "application-new", "new application", reverse("tracker:application-create"), form=True
        ),
        Page("interview-new", "new interview", reverse("tracker:interview-create"), form=True),
        Page("contact-new", "new contact", reverse("tracker:contact-create"), form=True),
    ]
    applications = Application.objects.for_user(user).order_by("pk")
    application = applications.filter(rejection__isnull=True).first()
    if application is not None:
        pages += [
            Page(
                "application-edit",
                "edit application",
                reverse("tracker:application-update", args=[application.pk]),
                form=True,
            ),
            Page(
                "record-rejection",
                "record a rejection",
                reverse("rejections:record", args=[application.pk]),
                form=True,
            ),
        ]
    rejection = Rejection.objects.for_user(user).order_by("pk").first()
    if rejection is not None:
        pages.append(
            Page(
                "reflection-new",
                "new reflection",
                reverse("rejections:reflection-create", args=[rejection.pk]),
                form=True,
            )
        )
    letter = Letter.objects.filter(rejection__application__owner=user).order_by("pk").first()
    if letter is not None:
        pages.append(Page("letter", "a letter to edit", letter.get_absolute_url(), form=True))
    return pages


def count_queries(user, pages: list[Page], *, host: str = "127.0.0.1") -> None:
    """Fill in ``page.queries`` (a request that renders the page, after a warm-up request)
    and ``page.cached_queries`` (the next request, which the page cache may answer)."""
    from django.conf import settings
    from django.core.cache import caches
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    signed_in, anonymous = Client(HTTP_HOST=host), Client(HTTP_HOST=host)
    signed_in.force_login(user)
    for page in pages:
        client = signed_in if page.login else anonymous
        client.get(page.url)  # warm-up: one-off work (content types, caches) is not per page
        caches[settings.PAGE_CACHE_ALIAS].clear()
        page.queries = _queries(client, page, connection, CaptureQueriesContext)
        page.cached_queries = _queries(client, page, connection, CaptureQueriesContext)


def _queries(client, page: Page, connection, capture) -> int:
    with capture(connection) as captured:
        response = client.get(page.url)
        # A streamed response runs its queries while it is read.
        if response.streaming:
            b"".join(response.streaming_content)
    if response.status_code != 200:
        raise RuntimeError(f"{page.url} answered {response.status_code}, not 200")
    return len(captured)


def facts(user) -> dict:
    """Data sizes and the database version, for the report."""
    from django.contrib.auth import get_user_model
    from django.db import connection

    from tracker.models import Application

    name = "PostgreSQL" if connection.vendor == "postgresql" else connection.vendor
    version = connection.pg_version if connection.vendor == "postgresql" else 0
    if version:
        name += f" {version // 10000}.{version % 10000}"
    return {
        "applications": Application.objects.for_user(user).count(),
        "all_applications": Application.objects.count(),
        "users": get_user_model().objects.count(),
        "database": name,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--user", required=True, help="username whose pages are measured")
    parser.add_argument("--out", required=True, help="where to write the pages as JSON")
    parser.add_argument("--facts", help="where to write data sizes and versions as JSON")
    args = parser.parse_args(argv)

    import django

    django.setup()
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.get(username=args.user)
    pages = discover(user)
    count_queries(user, pages)
    with open(args.out, "w", encoding="utf-8") as out:
        json.dump([asdict(page) for page in pages], out, indent=2)
    if args.facts:
        with open(args.facts, "w", encoding="utf-8") as out:
            json.dump(facts(user), out, indent=2)
    for page in pages:
        print(f"  {page.queries:>3} queries ({page.cached_queries} cached)  {page.url}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
