"""Recording a rejection: every way of moving to *rejected* leads to the rejection form,
and the status change and the rejection are saved together or not at all."""

import datetime
import json

import pytest
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from rejections import services
from rejections.models import Rejection
from tests.factories import ApplicationFactory, InterviewFactory, RejectionFactory
from tracker.models import Application, StatusChange
from tracker.stages import Status

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


@pytest.fixture
def application(owner) -> Application:
    return ApplicationFactory(
        owner=owner, company__name="Acme", position_title="Backend engineer", status="interviewing"
    )


def record_url(application: Application) -> str:
    return reverse("rejections:record", args=[application.pk])


def move_url(application: Application) -> str:
    return reverse("tracker:application-move", args=[application.pk])


def history(application: Application) -> list[tuple[str, str]]:
    return list(application.status_changes.values_list("from_status", "to_status"))


def valid_rejection(**overrides) -> dict:
    return {
        "received_on": timezone.localdate().isoformat(),
        "stage": "interview",
        "channel": "email",
        "reason_given": "Another candidate had more experience.",
        "feelings": "Disappointed, but I learned a lot.",
        **overrides,
    }


def assert_unchanged(application: Application, before: list[tuple[str, str]]) -> None:
    status = application.status
    application.refresh_from_db()
    assert application.status == status
    assert history(application) == before
    assert not Rejection.objects.filter(application=application).exists()


# --- Every way of moving to rejected opens the rejection form -------------------------


def test_moving_to_rejected_from_the_application_page_opens_the_rejection_form(
    owner_client, application
):
    before = history(application)

    response = owner_client.post(move_url(application), {"status": "rejected"})

    assert response.status_code == 302
    assert response["Location"] == record_url(application)
    assert_unchanged(application, before)


def test_moving_to_rejected_from_the_board_form_opens_the_rejection_form(owner_client, application):
    before = history(application)

    response = owner_client.post(move_url(application), {"status": "rejected", "next": "board"})

    assert response.status_code == 302
    assert response["Location"] == record_url(application)
    assert_unchanged(application, before)


def test_moving_to_rejected_by_dragging_on_the_board_answers_with_the_form_url(
    owner_client, application
):
    before = history(application)

    response = owner_client.post(
        move_url(application), json.dumps({"status": "rejected"}), content_type="application/json"
    )

    assert response.status_code == 200
    assert response.json() == {
        "status": "interviewing",
        "redirect": f"/applications/{application.pk}/reject/",
    }
    assert_unchanged(application, before)


def test_choosing_rejected_in_the_edit_form_saves_the_rest_and_opens_the_rejection_form(
    owner_client, application
):
    before = history(application)

    response = owner_client.post(
        reverse("tracker:application-update", args=[application.pk]),
        {
            "company_name": "Acme",
            "position_title": "Senior backend engineer",
            "status": "rejected",
            "location": "Berlin",
        },
    )

    assert response.status_code == 302
    assert response["Location"] == record_url(application)
    application.refresh_from_db()
    assert application.position_title == "Senior backend engineer"
    assert application.location == "Berlin"
    assert application.status == Status.INTERVIEWING
    assert history(application) == before
    assert not Rejection.objects.exists()


def test_adding_a_new_application_as_rejected_saves_it_as_applied_and_opens_the_form(
    owner, owner_client
):
    response = owner_client.post(
        reverse("tracker:application-create"),
        {"company_name": "Initech", "position_title": "Data analyst", "status": "rejected"},
    )

    application = Application.objects.get(owner=owner, position_title="Data analyst")
    assert response.status_code == 302
    assert response["Location"] == record_url(application)
    assert application.status == Status.APPLIED
    assert application.applied_on == timezone.localdate()
    assert history(application) == [("", "applied")]
    assert not Rejection.objects.exists()

    owner_client.post(record_url(application), valid_rejection(stage="application"))

    application.refresh_from_db()
    assert application.status == Status.REJECTED
    assert history(application) == [("", "applied"), ("applied", "rejected")]


def test_the_rejection_form_shows_the_application_and_guesses_the_stage(owner_client, application):
    InterviewFactory(application=application, kind="final")

    response = owner_client.get(record_url(application))

    assert response.status_code == 200
    content = response.content.decode()
    assert "Record the rejection" in content
    assert "Backend engineer at Acme" in content
    assert response.context["form"].initial["stage"] == "final"


def test_moving_to_rejected_again_after_it_was_recorded_moves_straight_away(
    owner_client, application
):
    owner_client.post(record_url(application), valid_rejection())
    owner_client.post(move_url(application), {"status": "interviewing"})

    response = owner_client.post(move_url(application), {"status": "rejected"})

    assert response["Location"] == application.get_absolute_url()
    application.refresh_from_db()
    assert application.status == Status.REJECTED
    assert Rejection.objects.count() == 1


# --- Recording ------------------------------------------------------------------------


def test_recording_saves_the_rejection_and_the_status_change_then_opens_the_workspace(
    owner_client, application
):
    response = owner_client.post(
        record_url(application),
        valid_rejection(received_on=(timezone.localdate() - 2 * DAY).isoformat()),
    )

    rejection = Rejection.objects.get(application=application)
    assert response.status_code == 302
    assert response["Location"] == reverse("rejections:workspace", args=[rejection.pk])
    assert rejection.received_on == timezone.localdate() - 2 * DAY
    assert rejection.stage == "interview"
    assert rejection.reason_given == "Another candidate had more experience."
    assert rejection.feelings == "Disappointed, but I learned a lot."
    application.refresh_from_db()
    assert application.status == Status.REJECTED
    assert history(application)[-1] == ("interviewing", "rejected")
    assert StatusChange.objects.filter(application=application, to_status="rejected").count() == 1


def test_the_feelings_note_is_optional(owner_client, application):
    owner_client.post(record_url(application), valid_rejection(feelings="", reason_given=""))

    assert Rejection.objects.get(application=application).feelings == ""


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("received_on", "future"),
        ("received_on", "0000-05-01"),
        ("received_on", "20256-05-01"),
        ("received_on", "1900-05-01"),
        ("received_on", "not a date"),
        ("stage", ""),
        ("stage", "hired"),
        ("channel", "pigeon"),
    ],
)
def test_invalid_input_shows_errors_and_changes_nothing(owner_client, application, field, value):
    if value == "future":
        value = (timezone.localdate() + DAY).isoformat()
    before = history(application)

    response = owner_client.post(record_url(application), valid_rejection(**{field: value}))

    assert response.status_code == 200
    assert response.context["form"].errors[field]
    assert_unchanged(application, before)


def test_a_missing_stage_is_refused(owner_client, application):
    data = valid_rejection()
    del data["stage"]

    response = owner_client.post(record_url(application), data)

    assert response.context["form"].errors["stage"] == ["This field is required."]
    assert not Rejection.objects.exists()


def test_a_rejection_dated_in_the_future_says_why(owner_client, application):
    tomorrow = (timezone.localdate() + DAY).isoformat()

    response = owner_client.post(record_url(application), valid_rejection(received_on=tomorrow))

    assert "The rejection cannot be dated in the future." in response.content.decode()


# --- All or nothing -------------------------------------------------------------------


def _fail(*args, **kwargs):
    raise RuntimeError("the database went away")


def test_a_failure_while_recording_leaves_the_status_unchanged(monkeypatch, owner, application):
    before = history(application)
    monkeypatch.setattr(Rejection, "save", _fail)

    with pytest.raises(RuntimeError):
        services.record_rejection(
            application=application, received_on=timezone.localdate(), stage="interview"
        )

    assert_unchanged(application, before)
    assert not StatusChange.objects.filter(to_status="rejected").exists()


def test_a_failure_while_recording_through_the_form_leaves_the_status_unchanged(
    monkeypatch, owner_client, application
):
    before = history(application)
    monkeypatch.setattr(Rejection, "save", _fail)

    with pytest.raises(RuntimeError):
        owner_client.post(record_url(application), valid_rejection())

    assert_unchanged(application, before)


# --- One rejection per application ----------------------------------------------------


@pytest.mark.parametrize("method", ["get", "post"])
def test_visiting_the_record_form_again_opens_the_existing_workspace(
    owner_client, application, method
):
    owner_client.post(record_url(application), valid_rejection())
    rejection = Rejection.objects.get(application=application)
    changes = history(application)

    response = getattr(owner_client, method)(
        record_url(application), valid_rejection(stage="final")
    )

    assert response.status_code == 302
    assert response["Location"] == rejection.get_absolute_url()
    assert Rejection.objects.count() == 1
    rejection.refresh_from_db()
    assert rejection.stage == "interview"
    assert history(application) == changes


def test_the_record_form_reads_the_application_and_its_rejection_in_one_query(
    owner_client, application
):
    """The session, the person, the application with its rejection if any, the
    interviews behind the preselected stage: nothing more at each look."""
    owner_client.get(record_url(application))  # the first look may warm up the session
    with CaptureQueriesContext(connection) as queries:
        response = owner_client.get(record_url(application))
    assert response.status_code == 200
    assert len(queries) == 4, [query["sql"] for query in queries]
    RejectionFactory(application=application)
    with CaptureQueriesContext(connection) as queries:
        response = owner_client.get(record_url(application))
    assert response.status_code == 302
    assert len(queries) == 3, [query["sql"] for query in queries]  # no stage to guess


def test_a_double_submit_that_loses_the_race_opens_the_recorded_workspace(
    monkeypatch, owner_client, application
):
    record = services.record_rejection

    def other_tab_wins(*, application, **details):
        record(application=application, **details)
        return record(application=application, **details)

    monkeypatch.setattr(services, "record_rejection", other_tab_wins)

    response = owner_client.post(record_url(application), valid_rejection())

    rejection = Rejection.objects.get(application=application)
    assert response.status_code == 302
    assert response["Location"] == rejection.get_absolute_url()
    assert history(application)[-1] == ("interviewing", "rejected")
    assert StatusChange.objects.filter(to_status="rejected").count() == 1


def test_the_database_refuses_a_second_rejection_for_the_same_application(owner):
    rejection = RejectionFactory(application__owner=owner)

    with pytest.raises(IntegrityError), transaction.atomic():
        Rejection.objects.create(
            application=rejection.application, received_on=timezone.localdate(), stage="final"
        )

    assert Rejection.objects.count() == 1


# --- Did they leave the door open? -----------------------------------------------------


def test_the_rejection_form_asks_whether_they_left_the_door_open(owner_client, application):
    page = owner_client.get(record_url(application)).content.decode()

    assert "Did they leave the door open?" in page
    for value in ("yes", "no", "unknown"):
        assert f'value="{value}"' in page
    assert "Don&#x27;t know" in page


@pytest.mark.parametrize("answer", ["yes", "no", "unknown"])
def test_recording_keeps_the_door_open_answer_given(owner_client, application, answer):
    owner_client.post(record_url(application), valid_rejection(door_open=answer))

    assert Rejection.objects.get(application=application).door_open == answer


def test_a_rejection_recorded_without_an_answer_does_not_claim_the_door_is_open(
    owner_client, application
):
    owner_client.post(record_url(application), valid_rejection())

    rejection = Rejection.objects.get(application=application)
    assert rejection.door_open == "unknown"
    page = owner_client.get(rejection.get_absolute_url()).content.decode()
    assert "door left open" not in page
    assert "door not left open" not in page


@pytest.mark.parametrize(
    ("flag", "reapply_after", "answer"),
    [
        (True, None, "unknown"),
        (True, datetime.date(2026, 9, 1), "yes"),
        (False, None, "no"),
        (False, datetime.date(2026, 9, 1), "yes"),
    ],
)
def test_the_old_door_open_flag_becomes_only_the_answer_it_stands_for(flag, reapply_after, answer):
    from rejections.models import door_open_from_flag

    assert door_open_from_flag(flag, reapply_after) == answer
