import json

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone

from tests.factories import ApplicationFactory, RejectionFactory
from tracker.models import StatusChange
from tracker.stages import ACTIVE_STATUSES, CLOSED_STATUSES, Status
from tracker.views import BOARD_COLUMN_LIMIT

pytestmark = pytest.mark.django_db

STATUS_CHOICE_ERROR = "Choose one of the statuses: " + ", ".join(Status.values) + "."


def move_url(application) -> str:
    return reverse("tracker:application-move", args=[application.pk])


def post_json(client, application, body):
    data = body if isinstance(body, str | bytes) else json.dumps(body)
    # CONTENT_TYPE also set directly: the test client drops the header for an empty body.
    return client.post(
        move_url(application),
        data,
        content_type="application/json",
        CONTENT_TYPE="application/json",
    )


# --- The board ------------------------------------------------------------------------


def test_the_board_has_a_column_per_active_status_in_pipeline_order(owner_client):
    response = owner_client.get(reverse("tracker:board"))

    assert response.status_code == 200
    assert [column["status"] for column in response.context["columns"]] == ACTIVE_STATUSES


def test_each_card_is_in_the_column_of_its_status(owner, owner_client):
    applied = ApplicationFactory(owner=owner, status=Status.APPLIED)
    offer = ApplicationFactory(owner=owner, status=Status.OFFER)

    columns = {
        column["status"]: column
        for column in owner_client.get(reverse("tracker:board")).context["columns"]
    }

    assert columns[Status.APPLIED]["cards"] == [applied]
    assert columns[Status.OFFER]["cards"] == [offer]
    assert columns[Status.WISHLIST]["cards"] == []
    assert columns[Status.APPLIED]["count"] == 1


def test_closed_outcomes_are_counted_not_shown_as_cards(owner, owner_client):
    ApplicationFactory.create_batch(3, owner=owner, status=Status.REJECTED)
    ApplicationFactory(owner=owner, status=Status.GHOSTED)
    ApplicationFactory(owner=owner, status=Status.ACCEPTED, position_title="Dream job")

    response = owner_client.get(reverse("tracker:board"))

    closed = {item["status"]: item["count"] for item in response.context["closed"]}
    assert closed == {
        Status.ACCEPTED: 1,
        Status.REJECTED: 3,
        Status.WITHDRAWN: 0,
        Status.GHOSTED: 1,
    }
    assert list(closed) == CLOSED_STATUSES
    assert all(column["cards"] == [] for column in response.context["columns"])
    assert "Dream job" not in response.content.decode()


def test_a_full_column_shows_the_newest_cards_and_counts_the_rest(owner, owner_client):
    ApplicationFactory.create_batch(BOARD_COLUMN_LIMIT + 2, owner=owner, status=Status.APPLIED)

    [applied] = [
        column
        for column in owner_client.get(reverse("tracker:board")).context["columns"]
        if column["status"] == Status.APPLIED
    ]

    assert len(applied["cards"]) == BOARD_COLUMN_LIMIT
    assert applied["count"] == BOARD_COLUMN_LIMIT + 2
    assert applied["hidden"] == 2


def test_the_board_shows_only_the_owners_applications(owner, stranger, owner_client):
    ApplicationFactory(owner=stranger, status=Status.APPLIED, position_title="Not mine")
    ApplicationFactory(owner=stranger, status=Status.REJECTED)

    response = owner_client.get(reverse("tracker:board"))

    assert all(column["count"] == 0 for column in response.context["columns"])
    assert all(item["count"] == 0 for item in response.context["closed"])
    assert "Not mine" not in response.content.decode()


def test_every_card_has_a_no_script_move_form_back_to_the_board(owner, owner_client):
    application = ApplicationFactory(owner=owner, status=Status.APPLIED)

    content = owner_client.get(reverse("tracker:board")).content.decode()

    assert f'action="{move_url(application)}"' in content
    assert 'name="next" value="board"' in content


# --- Moving with the no-script form ---------------------------------------------------


def test_moving_by_form_from_the_board_returns_to_the_board(owner, owner_client):
    application = ApplicationFactory(owner=owner, status=Status.APPLIED)

    response = owner_client.post(move_url(application), {"status": "screening", "next": "board"})

    assert response.status_code == 302
    assert response["Location"] == reverse("tracker:board")
    application.refresh_from_db()
    assert application.status == Status.SCREENING
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        f"“{application}” is now Screening."
    ]


def test_moving_by_form_elsewhere_returns_to_the_application(owner, owner_client):
    application = ApplicationFactory(owner=owner, status=Status.APPLIED)

    response = owner_client.post(move_url(application), {"status": "offer"})

    assert response.status_code == 302
    assert response["Location"] == application.get_absolute_url()


def test_moving_by_form_never_redirects_off_site(owner, owner_client):
    application = ApplicationFactory(owner=owner, status=Status.APPLIED)

    for status in ("offer", "bogus"):
        response = owner_client.post(
            move_url(application), {"status": status, "next": "https://evil.example/"}
        )
        assert response["Location"] == application.get_absolute_url()


@pytest.mark.parametrize("next_page", ["board", ""])
def test_an_unknown_status_by_form_is_refused_with_a_message(owner, owner_client, next_page):
    application = ApplicationFactory(owner=owner, status=Status.APPLIED)

    response = owner_client.post(move_url(application), {"status": "hired", "next": next_page})

    assert response.status_code == 302
    expected = reverse("tracker:board") if next_page else application.get_absolute_url()
    assert response["Location"] == expected
    assert [str(m) for m in get_messages(response.wsgi_request)] == [STATUS_CHOICE_ERROR]
    application.refresh_from_db()
    assert application.status == Status.APPLIED
    assert application.status_changes.count() == 1


def test_moving_records_the_status_change(owner, owner_client):
    application = ApplicationFactory(owner=owner, status=Status.APPLIED)

    owner_client.post(move_url(application), {"status": "interviewing"})

    change = StatusChange.objects.filter(application=application).last()
    assert (change.from_status, change.to_status) == (Status.APPLIED, Status.INTERVIEWING)
    assert change.changed_at.date() == timezone.now().date()


def test_moving_to_the_same_status_records_nothing(owner, owner_client):
    application = ApplicationFactory(owner=owner, status=Status.APPLIED)

    response = post_json(owner_client, application, {"status": "applied"})

    assert response.status_code == 200
    assert application.status_changes.count() == 1


# --- Moving with the board's script (JSON) --------------------------------------------


def test_moving_by_json_changes_the_status_and_answers_with_it(owner, owner_client):
    application = ApplicationFactory(owner=owner, status=Status.WISHLIST, applied_on=None)

    response = post_json(owner_client, application, {"status": "applied"})

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json()["status"] == "applied"
    assert "is now Applied" in response.json()["message"]
    application.refresh_from_db()
    assert application.status == Status.APPLIED
    assert application.applied_on == timezone.localdate()
    assert list(application.status_changes.values_list("from_status", "to_status")) == [
        ("", "wishlist"),
        ("wishlist", "applied"),
    ]


def test_moving_by_json_with_a_charset_is_understood(owner, owner_client):
    application = ApplicationFactory(owner=owner, status=Status.APPLIED)

    response = owner_client.post(
        move_url(application),
        json.dumps({"status": "offer"}),
        content_type="application/json; charset=utf-8",
    )

    assert response.json()["status"] == "offer"


def test_moving_by_json_leaves_no_message_for_the_next_page(owner, owner_client):
    application = ApplicationFactory(owner=owner, status=Status.APPLIED)

    response = post_json(owner_client, application, {"status": "offer"})

    assert list(get_messages(response.wsgi_request)) == []


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ("{not json", "The request body is not valid JSON."),
        (b"\xff\xfe\x00", "The request body is not valid JSON."),
        ("", "The request body is not valid JSON."),
        ('["offer"]', 'Send a JSON object like {"status": "applied"}.'),
        ('"offer"', 'Send a JSON object like {"status": "applied"}.'),
        ("null", 'Send a JSON object like {"status": "applied"}.'),
        ({"status": "hired"}, STATUS_CHOICE_ERROR),
        ({"status": ""}, STATUS_CHOICE_ERROR),
        ({"status": None}, STATUS_CHOICE_ERROR),
        ({"status": ["offer"]}, STATUS_CHOICE_ERROR),
        ({"status": {"value": "offer"}}, STATUS_CHOICE_ERROR),
        ({"state": "offer"}, STATUS_CHOICE_ERROR),
        ({}, STATUS_CHOICE_ERROR),
    ],
)
def test_bad_json_gets_a_clear_400_and_changes_nothing(owner, owner_client, body, error):
    application = ApplicationFactory(owner=owner, status=Status.APPLIED)

    response = post_json(owner_client, application, body)

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"error": error}
    application.refresh_from_db()
    assert application.status == Status.APPLIED
    assert application.status_changes.count() == 1


def test_moving_a_strangers_application_gives_404_and_changes_nothing(owner, stranger_client):
    application = ApplicationFactory(owner=owner, status=Status.APPLIED)

    by_json = post_json(stranger_client, application, {"status": "offer"})
    by_form = stranger_client.post(move_url(application), {"status": "offer", "next": "board"})

    assert by_json.status_code == 404
    assert by_form.status_code == 404
    application.refresh_from_db()
    assert application.status == Status.APPLIED
    assert application.status_changes.count() == 1


def test_moving_an_unknown_application_gives_404(owner_client):
    response = owner_client.post(
        reverse("tracker:application-move", args=[999_999]),
        json.dumps({"status": "offer"}),
        content_type="application/json",
    )

    assert response.status_code == 404


def test_get_on_move_is_not_allowed(owner, owner_client):
    application = ApplicationFactory(owner=owner, status=Status.APPLIED)

    response = owner_client.get(move_url(application), {"status": "offer"})

    assert response.status_code == 405
    application.refresh_from_db()
    assert application.status == Status.APPLIED


def test_anonymous_move_goes_to_login_and_changes_nothing(owner, client):
    application = ApplicationFactory(owner=owner, status=Status.APPLIED)

    response = post_json(client, application, {"status": "offer"})

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    application.refresh_from_db()
    assert application.status == Status.APPLIED


# --- Moving to rejected opens the rejection form --------------------------------------


def test_moving_to_rejected_by_form_opens_the_rejection_form_first(owner, owner_client):
    application = ApplicationFactory(owner=owner, status=Status.INTERVIEWING)

    response = owner_client.post(move_url(application), {"status": "rejected", "next": "board"})

    assert response.status_code == 302
    assert response["Location"] == reverse("rejections:record", args=[application.pk])
    application.refresh_from_db()
    assert application.status == Status.INTERVIEWING
    assert application.status_changes.count() == 1


def test_moving_to_rejected_by_json_points_the_script_to_the_rejection_form(owner, owner_client):
    application = ApplicationFactory(owner=owner, status=Status.INTERVIEWING)

    response = post_json(owner_client, application, {"status": "rejected"})

    assert response.status_code == 200
    assert response.json() == {
        "status": "interviewing",
        "redirect": reverse("rejections:record", args=[application.pk]),
    }
    application.refresh_from_db()
    assert application.status == Status.INTERVIEWING


def test_moving_to_rejected_with_the_rejection_already_recorded_just_moves(owner, owner_client):
    application = ApplicationFactory(owner=owner, status=Status.GHOSTED)
    RejectionFactory(application=application)

    response = post_json(owner_client, application, {"status": "rejected"})

    assert response.json()["status"] == "rejected"
    application.refresh_from_db()
    assert application.status == Status.REJECTED
