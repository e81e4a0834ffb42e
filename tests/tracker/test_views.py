import datetime
from urllib.parse import quote

import pytest
from django.contrib.messages import get_messages
from django.forms.models import model_to_dict
from django.urls import reverse
from django.utils import timezone

from home import urls as home_urls
from tests.factories import (
    ApplicationFactory,
    CompanyFactory,
    ContactFactory,
    InterviewFactory,
    RejectionFactory,
    move,
)
from tracker import urls as tracker_urls
from tracker.models import Application, Company, Contact, Interview, StatusChange
from tracker.stages import Status

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert(1)</script>"
ESCAPED_SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;"

#: Every URL in tracker/urls.py, with the kind of object its <pk> names (None: no pk).
ROUTES = {
    "dashboard": None,
    "application-list": None,
    "application-create": None,
    "application-detail": "application",
    "application-update": "application",
    "application-delete": "application",
    "application-move": "application",
    "board": None,
    "company-list": None,
    "company-create": None,
    "company-detail": "company",
    "company-update": "company",
    "company-delete": "company",
    "interview-list": None,
    "interview-create": None,
    "interview-detail": "interview",
    "interview-update": "interview",
    "interview-delete": "interview",
    "contact-list": None,
    "contact-create": None,
    "contact-detail": "contact",
    "contact-update": "contact",
    "contact-delete": "contact",
    "help": None,
}
#: Views that only change data: GET is not allowed.
POST_ONLY = {"application-move"}
#: Views that take a form: GET shows it, POST changes data.
FORM_VIEWS = {name for name in ROUTES if name.endswith(("-create", "-update", "-delete"))}
CHANGING = FORM_VIEWS | POST_ONLY
READ_ONLY = set(ROUTES) - CHANGING
OBJECT_ROUTES = sorted(name for name, kind in ROUTES.items() if kind)


@pytest.fixture
def objects(owner):
    """One of each of the owner's objects. The company has no applications, so it can go."""
    application = ApplicationFactory(owner=owner, company__name="Acme")
    contact = ContactFactory(owner=owner, company=application.company)
    application.contacts.add(contact)
    interview = InterviewFactory(application=application)
    interview.interviewers.add(contact)
    return {
        "application": application,
        "company": CompanyFactory(owner=owner, name="Spare Co"),
        "interview": interview,
        "contact": contact,
    }


#: The dashboard and help compose several domains: they live in ``home``.
HOME_ROUTES = {"dashboard", "help"}


def url_for(name: str, objects: dict) -> str:
    kind = ROUTES[name]
    namespace = "home" if name in HOME_ROUTES else "tracker"
    return reverse(f"{namespace}:{name}", args=[objects[kind].pk] if kind else [])


def valid_post_data(name: str, objects: dict) -> dict:
    """Data that would succeed for the owner, so a refusal is about ownership, not input."""
    application = objects["application"]
    if name.startswith("application-move"):
        return {"status": "offer"}
    if name.startswith("application-"):
        return {"company_name": "Acme", "position_title": "Changed", "status": "offer"}
    if name.startswith("company-"):
        return {"name": "Changed Co"}
    if name.startswith("interview-"):
        return {
            "application": application.pk,
            "round": "2",
            "kind": "panel",
            "scheduled_at": "2030-01-01T10:00",
            "ends_at": "2030-01-01T11:00",
            "outcome": "pending",
        }
    if name.startswith("contact-"):
        return {"name": "Changed Name"}
    return {}


def snapshot() -> dict:
    """Everything in the tracker tables, to prove a refused request changed nothing."""
    return {
        model.__name__: sorted(
            (obj.pk, repr(model_to_dict(obj))) for obj in model._default_manager.all()
        )
        for model in (Application, Company, Contact, Interview, StatusChange)
    }


def messages_of(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


# --- Access rules for every URL -------------------------------------------------------


#: Covered elsewhere: the choice search takes a kind, not an object
#: (tests/home/test_choices.py, and the URL walk in tests/security); hiding the
#: getting-started list names no object (tests/home/test_getting_started.py).
ELSEWHERE = {"choices", "getting-started-dismiss"}


def test_every_tracker_and_home_url_is_covered_by_these_tests():
    names = {pattern.name for pattern in [*tracker_urls.urlpatterns, *home_urls.urlpatterns]}
    assert names == set(ROUTES) | ELSEWHERE


@pytest.mark.parametrize("name", sorted(set(ROUTES) - POST_ONLY))
def test_the_owner_can_open_the_page(owner_client, objects, name):
    response = owner_client.get(url_for(name, objects))

    assert response.status_code == 200


@pytest.mark.parametrize("name", sorted(POST_ONLY))
def test_get_on_a_changing_only_view_is_not_allowed(owner_client, objects, name):
    before = snapshot()

    response = owner_client.get(url_for(name, objects), {"status": "offer"})

    assert response.status_code == 405
    assert snapshot() == before


@pytest.mark.parametrize("name", sorted(READ_ONLY))
def test_post_on_a_read_only_page_is_not_allowed(owner_client, objects, name):
    response = owner_client.post(url_for(name, objects))

    assert response.status_code == 405


@pytest.mark.parametrize("name", sorted(set(OBJECT_ROUTES) - POST_ONLY))
def test_a_stranger_gets_404_for_the_owners_object(stranger_client, objects, name):
    response = stranger_client.get(url_for(name, objects))

    assert response.status_code == 404


@pytest.mark.parametrize("name", sorted(set(OBJECT_ROUTES) & CHANGING))
def test_a_stranger_posting_to_the_owners_object_gets_404_and_changes_nothing(
    stranger_client, objects, name
):
    before = snapshot()

    response = stranger_client.post(url_for(name, objects), valid_post_data(name, objects))

    assert response.status_code == 404
    assert snapshot() == before


def test_a_stranger_cannot_prefill_an_interview_with_the_owners_application(
    stranger_client, objects
):
    url = reverse("tracker:interview-create")

    response = stranger_client.get(url, {"application": objects["application"].pk})

    assert response.status_code == 404


def test_a_stranger_cannot_attach_an_interview_to_the_owners_application(stranger_client, objects):
    before = snapshot()

    response = stranger_client.post(
        reverse("tracker:interview-create"), valid_post_data("interview-create", objects)
    )

    assert response.status_code == 200
    assert "application" in response.context["form"].errors
    assert snapshot() == before


@pytest.mark.parametrize("name", sorted(ROUTES))
def test_anonymous_visitors_are_sent_to_the_login_page(client, objects, name):
    url = url_for(name, objects)

    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={quote(url)}"


@pytest.mark.parametrize("name", sorted(CHANGING))
def test_anonymous_posts_are_sent_to_the_login_page_and_change_nothing(client, objects, name):
    url = url_for(name, objects)
    before = snapshot()

    response = client.post(url, valid_post_data(name, objects))

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")
    assert snapshot() == before


def test_an_unknown_id_gives_404(owner_client):
    assert owner_client.get(reverse("tracker:application-detail", args=[999_999])).status_code == (
        404
    )


def test_a_malformed_application_id_in_the_interview_form_gives_404(owner_client):
    response = owner_client.get(reverse("tracker:interview-create"), {"application": "abc"})

    assert response.status_code == 404


# --- Applications: create, update, delete ---------------------------------------------


def test_creating_an_application_saves_it_and_confirms(owner, owner_client):
    response = owner_client.post(
        reverse("tracker:application-create"),
        {"company_name": "Acme", "position_title": "Backend engineer", "status": "applied"},
    )

    application = Application.objects.get(owner=owner)
    assert response.status_code == 302
    assert response["Location"] == application.get_absolute_url()
    assert messages_of(response) == ["Added “Backend engineer at Acme”."]
    assert application.company.name == "Acme"
    assert application.status_changes.count() == 1


def test_creating_an_application_as_rejected_asks_for_the_rejection_first(owner, owner_client):
    response = owner_client.post(
        reverse("tracker:application-create"),
        {"company_name": "Acme", "position_title": "Backend engineer", "status": "rejected"},
    )

    application = Application.objects.get(owner=owner)
    assert response.status_code == 302
    assert response["Location"] == reverse("rejections:record", args=[application.pk])
    assert application.status == Status.APPLIED


def test_an_invalid_application_is_shown_again_with_errors_and_not_saved(owner_client):
    response = owner_client.post(
        reverse("tracker:application-create"),
        {
            "company_name": "Acme",
            "position_title": "Backend engineer",
            "status": "applied",
            "salary_min": "9",
            "salary_max": "1",
        },
    )

    assert response.status_code == 200
    assert "The maximum salary must be at least the minimum." in response.content.decode()
    assert not Application.objects.exists()
    assert not Company.objects.exists()


def test_the_new_application_form_can_be_prefilled_from_the_address(owner_client):
    response = owner_client.get(
        reverse("tracker:application-create"),
        {"position_title": "Data engineer", "company_name": "Globex"},
    )

    form = response.context["form"]
    assert form.initial["position_title"] == "Data engineer"
    assert form.initial["company_name"] == "Globex"


def test_updating_an_application_saves_it_and_records_the_status_change(owner, owner_client):
    application = ApplicationFactory(owner=owner, company__name="Acme", status=Status.APPLIED)

    response = owner_client.post(
        reverse("tracker:application-update", args=[application.pk]),
        {"company_name": "Acme", "position_title": "Staff engineer", "status": "screening"},
    )

    application.refresh_from_db()
    assert response.status_code == 302
    assert response["Location"] == application.get_absolute_url()
    assert messages_of(response) == ["Saved “Staff engineer at Acme”."]
    assert application.position_title == "Staff engineer"
    assert application.status_changes.last().to_status == Status.SCREENING


def test_deleting_an_application_asks_for_confirmation_first(owner, owner_client):
    application = ApplicationFactory(owner=owner)

    response = owner_client.get(reverse("tracker:application-delete", args=[application.pk]))

    assert response.status_code == 200
    assert "Delete" in response.content.decode()
    assert Application.objects.filter(pk=application.pk).exists()


def test_deleting_an_application_on_post_removes_it_and_confirms(owner, owner_client):
    application = ApplicationFactory(owner=owner, company__name="Acme", position_title="Dev")
    InterviewFactory(application=application)

    response = owner_client.post(reverse("tracker:application-delete", args=[application.pk]))

    assert response.status_code == 302
    assert response["Location"] == reverse("tracker:application-list")
    assert messages_of(response) == ["Deleted “Dev at Acme”."]
    assert not Application.objects.exists()
    assert not Interview.objects.exists()
    assert Company.objects.filter(name="Acme").exists()


def test_the_application_page_shows_its_timeline_interviews_and_contacts(owner, owner_client):
    application = ApplicationFactory(owner=owner, status=Status.APPLIED)
    move(application, Status.INTERVIEWING)
    contact = ContactFactory(owner=owner, name="Sam Lee")
    application.contacts.add(contact)
    interview = InterviewFactory(application=application, kind="panel")
    interview.interviewers.add(ContactFactory(owner=owner, name="Kim Park"))

    response = owner_client.get(application.get_absolute_url())

    content = response.content.decode()
    assert [item["kind"] for item in response.context["timeline"]].count("status") == 2
    assert "Moved from Applied to" in content
    assert "Panel" in content
    assert "Sam Lee" in content
    assert "Kim Park" in content


# --- Companies ------------------------------------------------------------------------


def test_creating_a_company_saves_it_and_confirms(owner, owner_client):
    response = owner_client.post(reverse("tracker:company-create"), {"name": "Hooli"})

    company = Company.objects.get(owner=owner)
    assert response.status_code == 302
    assert response["Location"] == company.get_absolute_url()
    assert messages_of(response) == ["Added “Hooli”."]


def test_updating_a_company_saves_it_and_confirms(owner, owner_client):
    company = CompanyFactory(owner=owner, name="Hooli")

    response = owner_client.post(
        reverse("tracker:company-update", args=[company.pk]),
        {"name": "Hooli XYZ", "website": "https://hooli.example"},
    )

    company.refresh_from_db()
    assert response.status_code == 302
    assert messages_of(response) == ["Saved “Hooli XYZ”."]
    assert company.website == "https://hooli.example"


def test_a_duplicate_company_name_is_shown_as_an_error(owner, owner_client):
    CompanyFactory(owner=owner, name="Hooli")

    response = owner_client.post(reverse("tracker:company-create"), {"name": "HOOLI"})

    assert response.status_code == 200
    assert "You already have a company called “HOOLI”." in response.content.decode()
    assert Company.objects.count() == 1


def test_deleting_a_company_asks_then_deletes_and_keeps_its_contacts(owner, owner_client):
    company = CompanyFactory(owner=owner, name="Hooli")
    contact = ContactFactory(owner=owner, company=company)
    url = reverse("tracker:company-delete", args=[company.pk])

    assert owner_client.get(url).status_code == 200
    assert Company.objects.filter(pk=company.pk).exists()

    response = owner_client.post(url)

    assert response.status_code == 302
    assert response["Location"] == reverse("tracker:company-list")
    assert messages_of(response) == ["Deleted “Hooli”."]
    assert not Company.objects.filter(pk=company.pk).exists()
    contact.refresh_from_db()
    assert contact.company is None


@pytest.mark.parametrize("method", ["get", "post"])
def test_deleting_a_company_that_still_has_applications_is_refused(owner, owner_client, method):
    application = ApplicationFactory(owner=owner, company__name="Hooli")
    company = application.company

    response = getattr(owner_client, method)(reverse("tracker:company-delete", args=[company.pk]))

    assert response.status_code == 302
    assert response["Location"] == company.get_absolute_url()
    assert messages_of(response) == [
        "“Hooli” still has applications. Delete them first, or keep the company."
    ]
    assert Company.objects.filter(pk=company.pk).exists()


def test_the_company_list_searches_by_name(owner, owner_client):
    CompanyFactory(owner=owner, name="Hooli")
    CompanyFactory(owner=owner, name="Pied Piper")

    response = owner_client.get(reverse("tracker:company-list"), {"q": "pied"})

    assert [c.name for c in response.context["page"]] == ["Pied Piper"]


def test_the_company_list_counts_each_companys_applications_and_pages_by_name(owner, owner_client):
    hooli = CompanyFactory(owner=owner, name="hooli")
    ApplicationFactory.create_batch(3, owner=owner, company=hooli)
    ApplicationFactory(owner=owner, company=CompanyFactory(owner=owner, name="Acme"))
    CompanyFactory(owner=owner, name="Pied Piper")
    for n in range(25):
        CompanyFactory(owner=owner, name=f"Zeta {n:02}")
    ApplicationFactory(company=CompanyFactory(name="Hooli"))  # someone else's

    first = owner_client.get(reverse("tracker:company-list"))
    second = owner_client.get(reverse("tracker:company-list"), {"page": 2})

    rows = [(c.name, c.application_count) for c in first.context["page"]]
    assert rows[:3] == [("Acme", 1), ("hooli", 3), ("Pied Piper", 0)]
    assert first.context["page"].paginator.count == 28
    assert "3 applications" in first.text and "1 application<" in first.text
    assert [c.name for c in second.context["page"]] == ["Zeta 22", "Zeta 23", "Zeta 24"]


def test_the_contact_list_is_in_name_order_whatever_the_case(owner, owner_client):
    for name in ["bea", "Ada", "Cleo", "ada"]:
        ContactFactory(owner=owner, name=name)
    ContactFactory(name="Aaron")  # someone else's

    response = owner_client.get(reverse("tracker:contact-list"))

    names = [contact.name for contact in response.context["page"]]
    assert sorted(names[:2]) == ["Ada", "ada"] and names[2:] == ["bea", "Cleo"]


def test_the_company_memory_note_recalls_a_past_rejection_in_any_case(owner, owner_client):
    RejectionFactory(
        application__owner=owner,
        application__company__name="Hooli",
        application__position_title="Old job",
    )

    response = owner_client.get(reverse("rejections:company-memory"), {"name": "  hOOLI "})

    assert response.status_code == 200
    assert "Old job" in response.content.decode()


def test_the_company_memory_note_never_shows_another_users_rejection(owner, stranger_client):
    RejectionFactory(
        application__owner=owner,
        application__company__name="Hooli",
        application__position_title="Old job",
    )

    response = stranger_client.get(reverse("rejections:company-memory"), {"name": "Hooli"})

    assert response.status_code == 200
    assert "Old job" not in response.content.decode()


# --- Interviews -----------------------------------------------------------------------


def test_scheduling_an_interview_saves_it_and_confirms(owner, owner_client):
    application = ApplicationFactory(owner=owner)
    contact = ContactFactory(owner=owner)

    response = owner_client.post(
        reverse("tracker:interview-create"),
        {
            "application": application.pk,
            "round": "1",
            "kind": "technical",
            "scheduled_at": "2030-01-01T10:00",
            "ends_at": "2030-01-01T11:30",
            "interviewers": [contact.pk],
            "outcome": "pending",
        },
    )

    interview = Interview.objects.get()
    assert response.status_code == 302
    assert response["Location"] == interview.get_absolute_url()
    assert messages_of(response) == [f"Scheduled {interview}."]
    assert interview.duration_minutes == 90
    assert list(interview.interviewers.all()) == [contact]


def test_scheduling_from_an_application_prefills_it_and_the_next_round(owner, owner_client):
    application = ApplicationFactory(owner=owner)
    InterviewFactory(application=application)

    response = owner_client.get(
        reverse("tracker:interview-create"), {"application": application.pk}
    )

    assert response.context["form"].initial["application"] == application
    assert response.context["form"].initial["round"] == 2


def test_updating_an_interview_saves_it_and_confirms(owner, owner_client):
    interview = InterviewFactory(application__owner=owner)

    response = owner_client.post(
        reverse("tracker:interview-update", args=[interview.pk]),
        {
            "application": interview.application.pk,
            "round": "1",
            "kind": "video",
            "scheduled_at": "2030-01-01T10:00",
            "ends_at": "2030-01-01T10:20",
            "outcome": "passed",
        },
    )

    interview.refresh_from_db()
    assert response.status_code == 302
    assert messages_of(response) == [f"Saved {interview}."]
    assert interview.outcome == "passed"
    assert interview.duration_minutes == 20


def test_an_interview_ending_before_it_starts_is_shown_as_an_error(owner, owner_client):
    application = ApplicationFactory(owner=owner)

    response = owner_client.post(
        reverse("tracker:interview-create"),
        {
            "application": application.pk,
            "round": "1",
            "kind": "video",
            "scheduled_at": "2030-01-01T10:00",
            "ends_at": "2030-01-01T09:00",
            "outcome": "pending",
        },
    )

    assert response.status_code == 200
    assert "The interview must end after it starts." in response.content.decode()
    assert not Interview.objects.exists()


def test_deleting_an_interview_asks_then_returns_to_its_application(owner, owner_client):
    interview = InterviewFactory(application__owner=owner)
    url = reverse("tracker:interview-delete", args=[interview.pk])

    assert owner_client.get(url).status_code == 200
    assert Interview.objects.exists()

    response = owner_client.post(url)

    assert response.status_code == 302
    assert response["Location"] == interview.application.get_absolute_url()
    assert messages_of(response) == [f"Deleted “{interview}”."]
    assert not Interview.objects.exists()


def test_the_interview_list_shows_upcoming_soonest_first_then_past(owner, owner_client):
    now = timezone.now()
    later = InterviewFactory(application__owner=owner, scheduled_at=now + datetime.timedelta(2))
    sooner = InterviewFactory(application__owner=owner, scheduled_at=now + datetime.timedelta(1))
    old = InterviewFactory(application__owner=owner, scheduled_at=now - datetime.timedelta(9))
    recent = InterviewFactory(application__owner=owner, scheduled_at=now - datetime.timedelta(1))
    InterviewFactory(scheduled_at=now + datetime.timedelta(1))  # someone else's

    response = owner_client.get(reverse("tracker:interview-list"))

    assert list(response.context["upcoming"]) == [sooner, later]
    assert list(response.context["past_preview"]) == [recent, old]


def test_the_interview_list_pages_through_past_interviews(owner, owner_client):
    past = InterviewFactory(
        application__owner=owner, scheduled_at=timezone.now() - datetime.timedelta(days=3)
    )

    response = owner_client.get(reverse("tracker:interview-list"), {"past": "1"})

    assert response.status_code == 200
    assert list(response.context["past_page"]) == [past]


# --- Contacts -------------------------------------------------------------------------


def test_creating_a_contact_saves_it_and_confirms(owner, owner_client):
    response = owner_client.post(
        reverse("tracker:contact-create"),
        {"name": "Sam Lee", "company_name": "Initech", "email": "sam@initech.example"},
    )

    contact = Contact.objects.get(owner=owner)
    assert response.status_code == 302
    assert response["Location"] == contact.get_absolute_url()
    assert messages_of(response) == ["Added Sam Lee."]
    assert contact.company.name == "Initech"


def test_updating_a_contact_saves_it_and_confirms(owner, owner_client):
    contact = ContactFactory(owner=owner, name="Sam Lee")

    response = owner_client.post(
        reverse("tracker:contact-update", args=[contact.pk]),
        {"name": "Sam Lee-Park", "role": "Recruiter"},
    )

    contact.refresh_from_db()
    assert response.status_code == 302
    assert messages_of(response) == ["Saved Sam Lee-Park."]
    assert contact.role == "Recruiter"


def test_an_invalid_contact_email_is_shown_as_an_error(owner_client):
    response = owner_client.post(
        reverse("tracker:contact-create"), {"name": "Sam", "email": "not-an-email"}
    )

    assert response.status_code == 200
    assert "Enter a valid email address." in response.content.decode()
    assert not Contact.objects.exists()


def test_deleting_a_contact_asks_then_deletes_and_confirms(owner, owner_client):
    contact = ContactFactory(owner=owner, name="Sam Lee")
    url = reverse("tracker:contact-delete", args=[contact.pk])

    assert owner_client.get(url).status_code == 200
    assert Contact.objects.exists()

    response = owner_client.post(url)

    assert response.status_code == 302
    assert response["Location"] == reverse("tracker:contact-list")
    assert messages_of(response) == ["Deleted “Sam Lee”."]
    assert not Contact.objects.exists()


def test_the_contact_list_searches_name_role_company_and_notes(owner, stranger, owner_client):
    initech = CompanyFactory(owner=owner, name="Initech")
    by_name = ContactFactory(owner=owner, name="Peter Gibbons")
    by_role = ContactFactory(owner=owner, name="Bill", role="Peter's manager")
    by_company = ContactFactory(owner=owner, name="Milton", company=initech)
    by_notes = ContactFactory(owner=owner, name="Joanna", notes="Knows Peter")
    ContactFactory(owner=owner, name="Lawrence")
    ContactFactory(owner=stranger, name="Peter Porter")

    found = owner_client.get(reverse("tracker:contact-list"), {"q": "peter"}).context["page"]
    by_initech = owner_client.get(reverse("tracker:contact-list"), {"q": "initech"})

    assert set(found) == {by_name, by_role, by_notes}
    assert list(by_initech.context["page"]) == [by_company]


# --- Escaping -------------------------------------------------------------------------


@pytest.fixture
def scripted_application(owner):
    """An application whose text is a script, visible on every page that lists it."""
    return ApplicationFactory(
        owner=owner,
        position_title=SCRIPT,
        company__name=f"{SCRIPT} Inc",
        notes=SCRIPT,
        status=Status.APPLIED,
        next_action=SCRIPT,
        next_action_on=timezone.localdate(),
    )


@pytest.mark.parametrize(
    "page", ["application-list", "application-detail", "board", "dashboard", "company-list"]
)
def test_html_in_user_text_is_shown_escaped(owner_client, scripted_application, page):
    args = [scripted_application.pk] if page == "application-detail" else []

    namespace = "home" if page in HOME_ROUTES else "tracker"
    content = owner_client.get(reverse(f"{namespace}:{page}", args=args)).content.decode()

    assert ESCAPED_SCRIPT in content
    assert SCRIPT not in content


def test_html_in_a_contact_and_interview_is_shown_escaped(owner, owner_client):
    application = ApplicationFactory(owner=owner, position_title=SCRIPT)
    contact = ContactFactory(owner=owner, name=SCRIPT, role=SCRIPT)
    interview = InterviewFactory(application=application, location=SCRIPT, notes=SCRIPT)
    interview.interviewers.add(contact)

    for url in (
        reverse("tracker:contact-list"),
        contact.get_absolute_url(),
        reverse("tracker:interview-list"),
        interview.get_absolute_url(),
    ):
        content = owner_client.get(url).content.decode()
        assert ESCAPED_SCRIPT in content, url
        assert SCRIPT not in content, url


@pytest.mark.parametrize(
    ("location", "is_link"),
    [("https://meet.example.com/abc", True), ("javascript:alert(1)", False)],
)
def test_an_interview_location_is_a_link_only_when_it_is_a_web_address(
    owner, owner_client, location, is_link
):
    interview = InterviewFactory(application__owner=owner, location=location)

    content = owner_client.get(interview.get_absolute_url()).content.decode()

    assert (f'href="{location}"' in content) is is_link
    assert 'href="javascript:' not in content


# --- Applications list: search, filter, sort, paginate --------------------------------


def list_titles(client, **params) -> list[str]:
    response = client.get(reverse("tracker:application-list"), params)
    assert response.status_code == 200
    return [application.position_title for application in response.context["page"]]


def test_the_list_shows_only_the_owners_applications(owner, stranger, owner_client):
    ApplicationFactory(owner=owner, position_title="Mine")
    ApplicationFactory(owner=stranger, position_title="Theirs")

    assert list_titles(owner_client) == ["Mine"]


@pytest.mark.parametrize("query", ["acme", "ROCKET", "relocation"])
def test_the_list_searches_company_title_and_notes(owner, owner_client, query):
    ApplicationFactory(owner=owner, position_title="Rocket scientist")
    ApplicationFactory(owner=owner, company__name="Acme", position_title="Acme job")
    ApplicationFactory(owner=owner, position_title="Noted", notes="Offers relocation")
    ApplicationFactory(owner=owner, position_title="Gardener")

    expected = {"acme": ["Acme job"], "ROCKET": ["Rocket scientist"], "relocation": ["Noted"]}
    assert list_titles(owner_client, q=query) == expected[query]


def test_the_list_filters_by_status(owner, owner_client):
    ApplicationFactory(owner=owner, position_title="Waiting", status=Status.APPLIED)
    ApplicationFactory(owner=owner, position_title="Talking", status=Status.INTERVIEWING)

    assert list_titles(owner_client, status="interviewing") == ["Talking"]


def test_search_and_status_filter_combine(owner, owner_client):
    ApplicationFactory(owner=owner, position_title="Python dev", status=Status.APPLIED)
    ApplicationFactory(owner=owner, position_title="Python lead", status=Status.OFFER)
    ApplicationFactory(owner=owner, position_title="Go dev", status=Status.OFFER)

    assert list_titles(owner_client, q="python", status="offer") == ["Python lead"]


def test_an_unknown_status_filter_does_not_break_the_list(owner, owner_client):
    ApplicationFactory(owner=owner, position_title="Any")

    assert list_titles(owner_client, status="hired") == ["Any"]


@pytest.fixture
def four_applications(owner):
    today = timezone.localdate()
    ApplicationFactory(
        owner=owner,
        position_title="middle",
        company__name="beta",
        applied_on=today - datetime.timedelta(days=5),
    )
    ApplicationFactory(
        owner=owner, position_title="unsent", company__name="Cobalt", applied_on=None
    )
    ApplicationFactory(
        owner=owner,
        position_title="oldest",
        company__name="Alpha",
        applied_on=today - datetime.timedelta(days=30),
    )
    ApplicationFactory(
        owner=owner,
        position_title="newest",
        company__name="delta",
        applied_on=today - datetime.timedelta(days=1),
    )


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("", ["newest", "oldest", "unsent", "middle"]),
        ("-updated", ["newest", "oldest", "unsent", "middle"]),
        ("-applied", ["newest", "middle", "oldest", "unsent"]),
        ("applied", ["oldest", "middle", "newest", "unsent"]),
        ("company", ["oldest", "middle", "unsent", "newest"]),
        ("nonsense", ["newest", "oldest", "unsent", "middle"]),
    ],
)
def test_the_list_sorts(owner_client, four_applications, sort, expected):
    assert list_titles(owner_client, sort=sort) == expected


def test_recently_updated_comes_first_by_default(owner, owner_client):
    first = ApplicationFactory(owner=owner, position_title="first")
    ApplicationFactory(owner=owner, position_title="second")
    move(first, Status.SCREENING)

    assert list_titles(owner_client) == ["first", "second"]


def test_the_list_is_paginated_by_25(owner, owner_client):
    ApplicationFactory.create_batch(26, owner=owner)

    first = owner_client.get(reverse("tracker:application-list"))
    second = owner_client.get(reverse("tracker:application-list"), {"page": 2})

    assert len(first.context["page"]) == 25
    assert first.context["page"].paginator.num_pages == 2
    assert len(second.context["page"]) == 1
    assert second.context["page"].number == 2


def test_pagination_links_keep_the_search(owner, owner_client):
    ApplicationFactory.create_batch(26, owner=owner, position_title="Python dev")

    response = owner_client.get(reverse("tracker:application-list"), {"q": "python"})

    assert 'href="?q=python&amp;page=2"' in response.content.decode()


@pytest.mark.parametrize("page", ["abc", "0", "-1", "999", "1.5", ""])
def test_an_invalid_page_number_shows_a_page_instead_of_an_error(owner, owner_client, page):
    ApplicationFactory.create_batch(3, owner=owner)

    response = owner_client.get(reverse("tracker:application-list"), {"page": page})

    assert response.status_code == 200
    assert len(response.context["page"]) == 3


@pytest.mark.parametrize("name", ["company-list", "contact-list", "interview-list"])
def test_other_lists_survive_an_invalid_page_number(owner_client, name):
    assert owner_client.get(reverse(f"tracker:{name}"), {"page": "zzz"}).status_code == 200


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\x0b", "\x0c"])
def test_line_breaks_in_an_application_title_or_company_become_spaces(
    owner, owner_client, separator
):
    response = owner_client.post(
        reverse("tracker:application-create"),
        {
            "company_name": f"Acme{separator}Corp",
            "position_title": f"Data{separator}Analyst",
            "status": "applied",
        },
    )

    assert response.status_code == 302
    application = Application.objects.get(owner=owner)
    assert application.position_title == "Data Analyst"
    assert application.company.name == "Acme Corp"
