import pytest
from django.core import checks
from django.test import Client
from django.urls import reverse

from tests.factories import ApplicationFactory, ContactFactory, InterviewFactory
from tracker.models import Application, StatusChange
from tracker.stages import Status

MODELS = ["company", "application", "statuschange", "interview", "contact"]


@pytest.fixture
def rows(owner):
    applications = [
        ApplicationFactory(owner=owner, position_title="Backend engineer"),
        ApplicationFactory(owner=owner, position_title="Data analyst"),
    ]
    contact = ContactFactory(owner=owner, company=applications[0].company)
    interview = InterviewFactory(application=applications[0])
    interview.interviewers.add(contact)
    applications[0].contacts.add(contact)
    return applications


def _change_form_data(response) -> dict:
    """The POST data the admin change page would send back unchanged."""
    form = response.context["adminform"].form
    data = {}
    for name in form.fields:
        value = form[name].value()
        if value is None:
            continue
        data[name] = [str(v) for v in value] if isinstance(value, list | tuple) else str(value)
    for inline in response.context["inline_admin_formsets"]:
        management = inline.formset.management_form
        for name in management.fields:
            data[management.add_prefix(name)] = management[name].value()
    return data


def test_admin_configuration_passes_the_system_checks():
    assert checks.run_checks(tags=[checks.Tags.admin]) == []


@pytest.mark.parametrize("model", MODELS)
def test_changelist_opens_for_a_superuser(admin_client: Client, rows, model):
    response = admin_client.get(reverse(f"admin:tracker_{model}_changelist"))

    assert response.status_code == 200
    assert response.context["cl"].result_count >= 1


@pytest.mark.parametrize("model", MODELS)
def test_add_page_opens_for_a_superuser(admin_client: Client, model, db):
    assert admin_client.get(reverse(f"admin:tracker_{model}_add")).status_code == 200


def test_change_page_shows_the_status_history_read_only(admin_client: Client, rows):
    application = rows[0]

    response = admin_client.get(reverse("admin:tracker_application_change", args=[application.pk]))

    assert response.status_code == 200
    (inline,) = response.context["inline_admin_formsets"]
    assert not inline.has_add_permission
    assert not inline.has_change_permission
    assert not inline.has_delete_permission


def test_application_changelist_search_finds_by_title_and_company(admin_client: Client, rows):
    url = reverse("admin:tracker_application_changelist")

    response = admin_client.get(url, {"q": "backend"})
    assert list(response.context["cl"].result_list) == [rows[0]]

    response = admin_client.get(url, {"q": rows[1].company.name})
    assert list(response.context["cl"].result_list) == [rows[1]]


def test_changing_the_status_in_the_admin_records_it_in_the_history(admin_client: Client, rows):
    application = rows[0]
    url = reverse("admin:tracker_application_change", args=[application.pk])
    data = _change_form_data(admin_client.get(url))
    data["status"] = Status.INTERVIEWING

    response = admin_client.post(url, data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    application.refresh_from_db()
    assert application.status == Status.INTERVIEWING
    history = list(application.status_changes.values_list("from_status", "to_status"))
    assert history == [("", Status.APPLIED), (Status.APPLIED, Status.INTERVIEWING)]


def test_saving_an_application_without_a_status_change_adds_no_history(admin_client, rows):
    application = rows[0]
    url = reverse("admin:tracker_application_change", args=[application.pk])
    data = _change_form_data(admin_client.get(url))
    data["position_title"] = "Senior backend engineer"

    response = admin_client.post(url, data)

    assert response.status_code == 302
    application.refresh_from_db()
    assert application.position_title == "Senior backend engineer"
    assert application.status_changes.count() == 1


def test_adding_an_application_in_the_admin_starts_its_history(admin_client, rows, owner):
    url = reverse("admin:tracker_application_add")
    data = _change_form_data(admin_client.get(url))
    data |= {
        "owner": owner.pk,
        "company": rows[0].company.pk,
        "position_title": "Platform engineer",
        "status": Status.SCREENING,
    }

    response = admin_client.post(url, data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    application = Application.objects.get(position_title="Platform engineer")
    assert list(StatusChange.objects.filter(application=application).values_list("to_status")) == [
        (Status.SCREENING,)
    ]
