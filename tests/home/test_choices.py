"""Long lists of choices: a shortlist is offered, any of the user's own rows is accepted.

A job search of thousands of contacts must not put thousands of options on a form, but
an older contact must still be reachable: it is accepted when posted, kept when already
chosen, and found through the "search all of yours" box (``/choices/<kind>/``).
"""

import datetime
import json
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from core.forms import SHORTLIST
from home import choice_search
from rejections.forms.journal import COMPANY_CHOICES, ReflectionFilterForm
from rejections.models import NetworkingLink, SelfCareNote
from tests.factories import (
    ApplicationFactory,
    CompanyFactory,
    ContactFactory,
    InterviewFactory,
    ReflectionFactory,
    RejectionFactory,
)
from tracker.models import Interview
from tracker.stages import Status

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


def offered(html: str, name: str) -> set[str]:
    """The values a page offers for field ``name`` (select options or checkboxes)."""
    select = re.search(rf'<select name="{name}"[^>]*>(.*?)</select>', html, re.S)
    if select:
        return set(re.findall(r'<option value="(\d+)"', select.group(1)))
    return set(re.findall(rf'name="{name}" value="(\d+)"', html))


@pytest.fixture
def old_contact(owner):
    """A contact added long ago, then buried under SHORTLIST newer ones."""
    old = ContactFactory(owner=owner, name="Wilhelmina Oldfield")
    ContactFactory.create_batch(SHORTLIST + 5, owner=owner)
    return old


# --- Rejection workspace: networking ----------------------------------------------------


def test_the_network_form_offers_the_applications_people_first_then_the_newest(
    owner, owner_client, old_contact
):
    rejection = RejectionFactory(application__owner=owner)
    application = rejection.application
    interviewer = ContactFactory(owner=owner, name="Ivy Interviewer")
    # Created first so it is not among the newest.
    colleague = ContactFactory(owner=owner, company=application.company, name="Cora Colleague")
    InterviewFactory(application=application).interviewers.add(interviewer)
    ContactFactory.create_batch(SHORTLIST, owner=owner)

    html = owner_client.get(rejection.get_absolute_url()).content.decode()
    options = offered(html, "contact")

    assert {str(interviewer.pk), str(colleague.pk)} <= options
    assert str(old_contact.pk) not in options
    assert len(options) <= 3 * SHORTLIST
    assert f'data-choices-url="{reverse("home:choices", args=["contacts"])}"' in html


def test_a_contact_left_off_the_shortlist_can_still_be_linked(owner, owner_client, old_contact):
    rejection = RejectionFactory(application__owner=owner)

    response = owner_client.post(
        reverse("rejections:network-add", args=[rejection.pk]),
        {
            "contact": old_contact.pk,
            "check_in_on": (timezone.localdate() + 30 * DAY).isoformat(),
            "channel": "email",
        },
    )

    assert response.status_code == 302
    assert NetworkingLink.objects.get(rejection=rejection).contact == old_contact


def test_a_refused_network_form_keeps_offering_the_chosen_contact(owner, owner_client, old_contact):
    rejection = RejectionFactory(application__owner=owner)

    response = owner_client.post(
        reverse("rejections:network-add", args=[rejection.pk]),
        {"contact": old_contact.pk, "check_in_on": "", "channel": "email"},
    )

    assert response.status_code == 400
    html = response.content.decode()
    assert str(old_contact.pk) in offered(html, "contact")
    assert f'<option value="{old_contact.pk}" selected>' in html


# --- Applications and interviews --------------------------------------------------------


def test_the_new_application_form_offers_the_newest_contacts_only(owner, owner_client, old_contact):
    html = owner_client.get(reverse("tracker:application-create")).content.decode()

    options = offered(html, "contacts")
    assert len(options) == SHORTLIST
    assert str(old_contact.pk) not in options
    assert "Listed: the most relevant and the newest." in html


def test_editing_an_application_keeps_its_older_contacts_ticked(owner, owner_client, old_contact):
    application = ApplicationFactory(owner=owner)
    application.contacts.add(old_contact)

    html = owner_client.get(
        reverse("tracker:application-update", args=[application.pk])
    ).content.decode()

    assert str(old_contact.pk) in offered(html, "contacts")
    assert re.search(rf'name="contacts" value="{old_contact.pk}"[^>]*checked', html)


def test_an_older_contact_can_be_added_to_an_application(owner, owner_client, old_contact):
    response = owner_client.post(
        reverse("tracker:application-create"),
        {
            "company_name": "Acme",
            "position_title": "Engineer",
            "status": Status.APPLIED,
            "work_mode": "",
            "contacts": [old_contact.pk],
        },
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    assert list(owner.applications.get().contacts.all()) == [old_contact]


def test_the_interview_form_offers_recent_open_applications_and_the_preselected_one(
    owner, owner_client
):
    closed = ApplicationFactory(owner=owner, status=Status.REJECTED, position_title="Old role")
    ApplicationFactory.create_batch(SHORTLIST + 2, owner=owner, status=Status.INTERVIEWING)

    plain = owner_client.get(reverse("tracker:interview-create")).content.decode()
    preselected = owner_client.get(
        reverse("tracker:interview-create"), {"application": closed.pk}
    ).content.decode()

    assert len(offered(plain, "application")) == SHORTLIST
    assert str(closed.pk) not in offered(plain, "application")
    assert str(closed.pk) in offered(preselected, "application")


def test_an_interview_can_be_added_to_an_application_left_off_the_list(owner, owner_client):
    closed = ApplicationFactory(owner=owner, status=Status.REJECTED)
    ApplicationFactory.create_batch(SHORTLIST + 2, owner=owner, status=Status.INTERVIEWING)
    start = timezone.localtime() + 2 * DAY

    response = owner_client.post(
        reverse("tracker:interview-create"),
        {
            "application": closed.pk,
            "round": 1,
            "kind": "video",
            "scheduled_at": start.strftime("%Y-%m-%dT%H:%M"),
            "ends_at": (start + datetime.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M"),
            "outcome": "pending",
        },
    )

    assert response.status_code == 302, response.content.decode()[:3000]
    assert Interview.objects.get().application == closed


# --- Journal ----------------------------------------------------------------------------


def test_the_self_care_form_offers_the_newest_rejections_and_the_preselected_one(
    owner, owner_client
):
    today = timezone.localdate()
    old = RejectionFactory(application__owner=owner, received_on=today - 400 * DAY)
    for days in range(SHORTLIST + 2):
        RejectionFactory(application__owner=owner, received_on=today - days * DAY)

    plain = owner_client.get(reverse("rejections:selfcare-list")).content.decode()
    preselected = owner_client.get(
        reverse("rejections:selfcare-list"), {"rejection": old.pk}
    ).content.decode()

    assert len(offered(plain, "rejection")) == SHORTLIST
    assert str(old.pk) not in offered(plain, "rejection")
    assert str(old.pk) in offered(preselected, "rejection")
    response = owner_client.post(
        reverse("rejections:selfcare-list"),
        {"date": today.isoformat(), "activity": "Swim", "mood": 4, "rejection": old.pk},
    )
    assert response.status_code == 302
    assert SelfCareNote.objects.get().rejection == old


def test_the_reflection_filter_offers_recent_companies_and_keeps_the_chosen_one(owner):
    old = ReflectionFactory(
        rejection__application__owner=owner,
        rejection__application__company__name="Ancient Ltd",
        written_on=timezone.localdate() - 500 * DAY,
    )
    for _ in range(COMPANY_CHOICES + 2):
        ReflectionFactory(rejection__application__owner=owner)
    company = old.rejection.application.company

    plain = ReflectionFilterForm(owner=owner)
    chosen = ReflectionFilterForm({"company": company.pk}, owner=owner)

    assert len(plain.fields["company"].widget.choices) == COMPANY_CHOICES + 1  # "Any company"
    assert str(company.pk) not in [
        str(value) for value, _ in plain.fields["company"].widget.choices
    ]
    assert chosen.is_valid()
    assert chosen.cleaned_data["company"] == company
    assert str(company.pk) in [str(value) for value, _ in chosen.fields["company"].widget.choices]


# --- Finding the others -----------------------------------------------------------------


def find(client, kind: str, text: str):
    return client.get(reverse("home:choices", args=[kind]), {"q": text})


FIND_COMPANIES = reverse("home:choices", args=["companies"])


def test_the_search_finds_an_older_contact_by_part_of_the_name(owner_client, old_contact):
    response = find(owner_client, "contacts", "oldf")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert json.loads(response.content) == {
        "results": [{"id": old_contact.pk, "label": "Wilhelmina Oldfield"}]
    }


def test_the_search_never_returns_another_users_rows(stranger_client, old_contact):
    assert json.loads(find(stranger_client, "contacts", "Oldfield").content) == {"results": []}


def test_the_search_labels_rejections_as_the_form_does(owner, owner_client):
    rejection = RejectionFactory(
        application__owner=owner,
        application__position_title="Data Engineer",
        application__company__name="Globex",
        received_on=datetime.date(2026, 3, 5),
    )

    results = json.loads(find(owner_client, "rejections", "globex").content)["results"]

    assert results == [{"id": rejection.pk, "label": "Data Engineer at Globex (March 5, 2026)"}]


def test_the_company_search_offers_only_companies_that_rejected_the_user(owner, owner_client):
    rejected = RejectionFactory(application__owner=owner, application__company__name="Initech")
    CompanyFactory(owner=owner, name="Initrode")

    results = json.loads(find(owner_client, "rejected-companies", "ini").content)["results"]

    assert [r["id"] for r in results] == [rejected.application.company_id]


@pytest.mark.parametrize("url", ["/applications/new/", "/contacts/new/"])
def test_a_company_is_suggested_from_the_newest_and_the_others_are_found(
    owner, owner_client, stranger_client, url
):
    old = CompanyFactory(owner=owner, name="Zephyr Cartography")
    newest = [CompanyFactory(owner=owner, name=f"Firm {n:02}") for n in range(SHORTLIST + 3)]

    html = owner_client.get(url).content.decode()

    datalist = re.search(r'<datalist id="company-names">(.*?)</datalist>', html, re.S).group(1)
    suggested = re.findall(r'<option value="([^"]*)">', datalist)
    # The newest, alphabetically; the older ones are found by what is typed.
    assert suggested == sorted(company.name for company in newest[-SHORTLIST:])
    assert (
        f'data-choices-url="{FIND_COMPANIES}"'
        in re.search(r"<input[^>]*company_name[^>]*>", html)[0]
    )
    found = json.loads(find(owner_client, "companies", "zeph").content)["results"]
    assert found == [{"id": old.pk, "label": "Zephyr Cartography"}]
    assert json.loads(find(stranger_client, "companies", "zeph").content) == {"results": []}


def test_the_search_returns_at_most_its_limit(owner, owner_client):
    ContactFactory.create_batch(choice_search.LIMIT + 5, owner=owner, name="Sam Same")

    results = json.loads(find(owner_client, "contacts", "same").content)["results"]

    assert len(results) == choice_search.LIMIT


@pytest.mark.parametrize("text", ["", " ", "a", "\t x "])
def test_too_short_a_search_returns_nothing(owner_client, old_contact, text):
    assert json.loads(find(owner_client, "contacts", text).content) == {"results": []}


def test_an_unknown_kind_is_not_found(owner_client):
    assert find(owner_client, "passwords", "ab").status_code == 404


def test_the_search_needs_a_signed_in_user(client):
    response = find(client, "contacts", "ab")

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
