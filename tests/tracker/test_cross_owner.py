"""Rows linked across users (only the admin can do that) never show on a user's pages,
and odd input in query strings gives 404, not a server error."""

import pytest
from django.urls import reverse

from tests.factories import (
    ApplicationFactory,
    CompanyFactory,
    ContactFactory,
    InterviewFactory,
)
from tracker.models import Company, CompanyQuerySet

pytestmark = pytest.mark.django_db


def test_a_strangers_contact_linked_in_the_admin_is_not_shown(owner, owner_client, stranger):
    application = ApplicationFactory(owner=owner)
    interview = InterviewFactory(application=application)
    theirs = ContactFactory(owner=stranger, name="Private Person")
    application.contacts.add(theirs)
    interview.interviewers.add(theirs)

    for url in (application.get_absolute_url(), interview.get_absolute_url()):
        assert "Private Person" not in owner_client.get(url).content.decode()


def test_a_strangers_application_at_a_shared_company_is_not_shown(owner, owner_client, stranger):
    company = CompanyFactory(owner=owner)
    ApplicationFactory(owner=stranger, company=company, position_title="Their secret role")
    ContactFactory(owner=stranger, company=company, name="Their contact")

    html = owner_client.get(company.get_absolute_url()).content.decode()

    assert "Their secret role" not in html
    assert "Their contact" not in html


@pytest.mark.parametrize("value", ["²", "①", "١٢"])
def test_a_non_ascii_digit_in_a_query_string_gives_404(owner_client, value):
    response = owner_client.get(reverse("tracker:interview-create"), {"application": value})

    assert response.status_code == 404


def test_a_company_typed_in_another_case_is_the_same_company(owner):
    acme = Company.objects.named(owner, "Acme")

    assert Company.objects.named(owner, "ACME") == acme
    assert Company.objects.filter(owner=owner).count() == 1


def test_a_company_created_by_a_concurrent_request_is_reused(owner, monkeypatch):
    existing = CompanyFactory(owner=owner, name="Acme")
    # The other request created it just after this one looked: the lookup misses, and the
    # insert then meets the unique constraint.
    monkeypatch.setattr(CompanyQuerySet, "first", lambda self: None)

    assert Company.objects.named(owner, "acme") == existing
    assert Company.objects.filter(owner=owner).count() == 1


def test_a_title_with_line_breaks_is_kept_on_one_line(owner, owner_client):
    owner_client.post(
        reverse("tracker:application-create"),
        {
            "company_name": "Acme",
            "position_title": "Dev\r\nBcc: x@example.com",
            "status": "applied",
        },
    )

    assert owner.applications.get().position_title == "Dev Bcc: x@example.com"


def test_a_contact_name_with_line_breaks_is_kept_on_one_line(owner, owner_client):
    owner_client.post(reverse("tracker:contact-create"), {"name": "Sam\nLee"})

    assert owner.contacts.get().name == "Sam Lee"
