"""Pages that list things run the same number of queries with 2 rows as with 40.

Each test renders the page once to warm up, counts the queries with 2 rows, adds 38 more
rows and asserts the count is unchanged. Run with ``-s`` to see the counts.
"""

import datetime
import itertools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tests.factories import (
    ApplicationFactory,
    CompanyFactory,
    ContactFactory,
    InterviewFactory,
    ReflectionFactory,
    RejectionFactory,
    move,
)
from tracker.stages import Status

# The counts are of pages as rendered, not as answered from the page cache.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off")]

FEW, MANY = 2, 40
DAY = datetime.timedelta(days=1)
_statuses = itertools.cycle(Status.values)


def add_dashboard_rows(owner, n: int) -> None:
    today = timezone.localdate()
    for i in range(n):
        application = ApplicationFactory(
            owner=owner, status=next(_statuses), next_action_on=today - DAY
        )
        InterviewFactory(application=application, scheduled_at=timezone.now() + (i % 10 + 1) * DAY)
        ContactFactory(owner=owner, company=application.company, next_check_in_on=today)
        ReflectionFactory(rejection=RejectionFactory(application__owner=owner))


def add_applications(owner, n: int) -> None:
    for _ in range(n):
        application = ApplicationFactory(
            owner=owner, status=next(_statuses), next_action_on=timezone.localdate()
        )
        application.contacts.add(ContactFactory(owner=owner, company=application.company))


def add_board_cards(owner, n: int) -> None:
    for _ in range(n):
        ApplicationFactory(owner=owner, status=next(_statuses))


def add_interviews(owner, n: int) -> None:
    for i in range(n):
        application = ApplicationFactory(owner=owner)
        when = timezone.now() + (i + 1) * DAY * (1 if i % 2 else -1)
        interview = InterviewFactory(application=application, scheduled_at=when)
        interview.interviewers.add(ContactFactory(owner=owner, company=application.company))


def add_contacts(owner, n: int) -> None:
    for i in range(n):
        company = CompanyFactory(owner=owner) if i % 2 else None
        ContactFactory(owner=owner, company=company, next_check_in_on=timezone.localdate())


def add_companies(owner, n: int) -> None:
    for _ in range(n):
        company = CompanyFactory(owner=owner)
        ApplicationFactory(owner=owner, company=company)
        ContactFactory(owner=owner, company=company)


PAGES = {
    "dashboard": ("home:dashboard", {}, add_dashboard_rows),
    "applications list": ("tracker:application-list", {}, add_applications),
    "applications list, searched and sorted": (
        "tracker:application-list",
        {"q": "engineer", "status": "", "sort": "company"},
        add_applications,
    ),
    "board": ("tracker:board", {}, add_board_cards),
    "interviews list": ("tracker:interview-list", {}, add_interviews),
    "past interviews": ("tracker:interview-list", {"past": "1"}, add_interviews),
    "contacts list": ("tracker:contact-list", {}, add_contacts),
    "companies list": ("tracker:company-list", {}, add_companies),
}


def count_queries(client, url: str, params: dict) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("page", PAGES)
def test_the_page_runs_the_same_queries_with_2_rows_as_with_40(
    owner, owner_client, django_assert_num_queries, page
):
    url_name, params, add_rows = PAGES[page]
    url = reverse(url_name)
    add_rows(owner, FEW)
    owner_client.get(url, params)  # warm up: one-off queries are not per row
    few = count_queries(owner_client, url, params)

    add_rows(owner, MANY - FEW)

    with django_assert_num_queries(few):
        response = owner_client.get(url, params)
    assert response.status_code == 200
    print(f"\nqueries for {page}: {few} with {FEW} rows and with {MANY}")


def test_the_application_page_runs_the_same_queries_with_2_or_40_interviews(
    owner, owner_client, django_assert_num_queries
):
    application = ApplicationFactory(owner=owner)

    def add(n: int) -> None:
        for i in range(n):
            interview = InterviewFactory(
                application=application, scheduled_at=timezone.now() + (i - 5) * DAY
            )
            contact = ContactFactory(owner=owner)
            interview.interviewers.add(contact)
            application.contacts.add(contact)
            move(application, Status.SCREENING if i % 2 else Status.INTERVIEWING)
            # Past rejections at the same company are recalled on the page.
            ReflectionFactory(
                rejection=RejectionFactory(
                    application__owner=owner, application__company=application.company
                )
            )

    add(FEW)
    few = count_queries(owner_client, application.get_absolute_url(), {})
    add(MANY - FEW)

    with django_assert_num_queries(few):
        owner_client.get(application.get_absolute_url())
    print(f"\nqueries for application detail: {few} with {FEW} and {MANY} interviews")


@pytest.mark.parametrize("kind", ["company", "contact"])
def test_detail_pages_run_the_same_queries_with_2_or_40_related_rows(
    owner, owner_client, django_assert_num_queries, kind
):
    company = CompanyFactory(owner=owner)
    contact = ContactFactory(owner=owner, company=company)

    def add(n: int) -> None:
        for _ in range(n):
            application = ApplicationFactory(owner=owner, company=company)
            application.contacts.add(contact)
            InterviewFactory(application=application).interviewers.add(contact)
            ContactFactory(owner=owner, company=company)
            ReflectionFactory(
                rejection=RejectionFactory(application__owner=owner, application__company=company)
            )

    url = (company if kind == "company" else contact).get_absolute_url()
    add(FEW)
    few = count_queries(owner_client, url, {})
    add(MANY - FEW)

    with django_assert_num_queries(few):
        owner_client.get(url)
    print(f"\nqueries for {kind} detail: {few} with {FEW} and {MANY} related rows")
