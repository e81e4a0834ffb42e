"""Company memory: adding an application at a company that turned the user down before."""

import datetime

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from rejections.memory import company_memory, note
from rejections.models import Rejection
from tests.factories import ApplicationFactory, ReflectionFactory, RejectionFactory
from tracker.models import Application, Company

pytestmark = pytest.mark.django_db

NOTE = "You have been here before"
TO_IMPROVE = "Prepare concrete examples of leading a project."
SCRIPT = "<script>alert(1)</script>"


@pytest.fixture
def past(owner) -> Rejection:
    """The owner was turned down at Acme, left the door open and wrote a reflection."""
    rejection = RejectionFactory(
        application__owner=owner,
        application__company__name="Acme",
        application__position_title="Platform engineer",
        received_on=datetime.date(2025, 3, 14),
        door_open="yes",
        reapply_after=datetime.date(2025, 9, 1),
        feedback="Strong coding, weaker system design.",
    )
    ReflectionFactory(rejection=rejection, to_improve=TO_IMPROVE, lessons="Ask more questions.")
    return rejection


def memory_url(name: str) -> str:
    return f"{reverse('rejections:company-memory')}?name={name}"


def messages_of(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


# --- On the new-application form ------------------------------------------------------


def test_the_new_application_form_remembers_a_company_that_said_no(owner_client, past):
    response = owner_client.get(reverse("tracker:application-create"), {"company_name": "acme"})

    content = response.content.decode()
    assert response.status_code == 200
    assert NOTE in content
    assert "Platform engineer at Acme" in content
    assert 'turned down <time datetime="2025-03-14">March 14, 2025</time>' in content
    assert TO_IMPROVE in content
    assert "Ask more questions." in content
    assert "Strong coding, weaker system design." in content
    assert (
        'They left the door open; reapply after <time datetime="2025-09-01">Sept. 1, 2025</time>.'
        in content
    )
    assert past.get_absolute_url() in content


def test_the_note_says_when_the_door_was_not_left_open(owner_client, past):
    Rejection.objects.filter(pk=past.pk).update(door_open="no", reapply_after=None)

    response = owner_client.get(reverse("tracker:application-create"), {"company_name": "Acme"})

    assert "The door was not left open." in response.content.decode()


def test_the_note_says_nothing_about_the_door_when_it_was_not_answered(owner_client, past):
    Rejection.objects.filter(pk=past.pk).update(door_open="unknown", reapply_after=None)

    response = owner_client.get(reverse("tracker:application-create"), {"company_name": "Acme"})

    content = response.content.decode()
    assert "They left the door open" not in content
    assert "The door was not left open." not in content


def test_the_new_application_form_has_no_note_without_a_company(owner_client, past):
    response = owner_client.get(reverse("tracker:application-create"))

    assert NOTE not in response.content.decode()


@pytest.mark.parametrize("name", ["", "   ", "\t"])
def test_no_company_name_reads_no_memory(owner, past, name, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert note(owner, name) == {"memory": [], "ghosted": []}


def test_every_past_rejection_at_the_company_is_remembered_newest_first(owner, past):
    company = past.application.company
    newer = RejectionFactory(
        application__owner=owner,
        application__company=company,
        received_on=datetime.date(2025, 10, 2),
    )

    assert list(company_memory(owner, "  ACME ")) == [newer, past]


# --- The fragment the form fetches while typing ---------------------------------------


@pytest.mark.parametrize("name", ["ACME", "acme", "Acme", "  Acme  "])
def test_the_memory_fragment_matches_the_company_in_any_case(owner_client, past, name):
    response = owner_client.get(reverse("rejections:company-memory"), {"name": name})

    content = response.content.decode()
    assert response.status_code == 200
    assert NOTE in content
    assert TO_IMPROVE in content
    assert "<html" not in content  # a fragment, not a page


@pytest.mark.parametrize("name", ["Globex", "", "Acm", "Acme Corp"])
def test_the_memory_fragment_is_empty_for_a_company_without_rejections(owner_client, past, name):
    ApplicationFactory(owner=past.application.owner, company__name="Globex")

    response = owner_client.get(reverse("rejections:company-memory"), {"name": name})

    assert response.status_code == 200
    assert response.content.decode().strip() == ""


def test_the_memory_fragment_is_empty_without_a_name(owner_client, past):
    response = owner_client.get(reverse("rejections:company-memory"))

    assert response.content.decode().strip() == ""


def test_another_users_rejection_at_a_company_of_the_same_name_is_not_shown(owner_client, stranger):
    theirs = RejectionFactory(
        application__owner=stranger, application__company__name="Acme", feedback="Secret"
    )
    ReflectionFactory(rejection=theirs, to_improve="Their private reflection")

    fragment = owner_client.get(reverse("rejections:company-memory"), {"name": "Acme"})
    form = owner_client.get(reverse("tracker:application-create"), {"company_name": "Acme"})

    assert fragment.content.decode().strip() == ""
    assert NOTE not in form.content.decode()
    assert "Their private reflection" not in form.content.decode()


def test_html_in_a_past_reflection_is_escaped_in_the_note(owner_client, past):
    ReflectionFactory(rejection=past, to_improve=SCRIPT)

    content = owner_client.get(memory_url("Acme")).content.decode()

    assert SCRIPT not in content
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content


def test_anonymous_is_sent_to_sign_in_for_the_memory_fragment(client, past):
    response = client.get(reverse("rejections:company-memory"), {"name": "Acme"})

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_anonymous_is_sent_to_sign_in_for_the_new_application_form(client, past):
    response = client.get(reverse("tracker:application-create"), {"company_name": "Acme"})

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


# --- After adding the application -----------------------------------------------------


def test_adding_an_application_at_that_company_says_so_and_shows_the_note(
    owner, owner_client, past
):
    response = owner_client.post(
        reverse("tracker:application-create"),
        {"company_name": "ACME", "position_title": "Staff engineer", "status": "applied"},
    )

    application = Application.objects.get(owner=owner, position_title="Staff engineer")
    assert application.company == past.application.company  # the same company, any case
    assert Company.objects.filter(owner=owner).count() == 1
    assert response["Location"] == application.get_absolute_url()
    assert "Acme turned you down before: your notes from then are on this page." in messages_of(
        response
    )
    page = owner_client.get(application.get_absolute_url()).content.decode()
    assert NOTE in page
    assert TO_IMPROVE in page
    assert 'reapply after <time datetime="2025-09-01">Sept. 1, 2025</time>' in page


def test_adding_an_application_at_a_new_company_says_nothing_about_the_past(
    owner, owner_client, past
):
    response = owner_client.post(
        reverse("tracker:application-create"),
        {"company_name": "Globex", "position_title": "Staff engineer", "status": "applied"},
    )

    assert not any("turned you down" in message for message in messages_of(response))
    application = Application.objects.get(owner=owner, position_title="Staff engineer")
    assert NOTE not in owner_client.get(application.get_absolute_url()).content.decode()


def test_the_rejected_application_does_not_remind_itself(owner_client, past):
    page = owner_client.get(past.application.get_absolute_url()).content.decode()

    assert NOTE not in page
    assert "Open the rejection workspace" in page


def test_a_stranger_adding_an_application_at_acme_hears_nothing(stranger, stranger_client, past):
    response = stranger_client.post(
        reverse("tracker:application-create"),
        {"company_name": "Acme", "position_title": "Tester", "status": "applied"},
    )

    assert not any("turned you down" in message for message in messages_of(response))
    application = Application.objects.get(owner=stranger)
    assert NOTE not in stranger_client.get(application.get_absolute_url()).content.decode()


def test_a_company_name_with_accents_is_remembered(owner, owner_client):
    RejectionFactory(application__owner=owner, application__company__name="Café Écrit")

    response = owner_client.get("/companies/memory/", {"name": "Café Écrit"})

    assert "You have been here before" in response.content.decode()
