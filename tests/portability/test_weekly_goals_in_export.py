"""Weekly goals travel in the full export, as an optional section: a file without it
imports with none, and a bad target or lighter week is named and nothing is imported."""

import datetime

import pytest

from pace.goals import monday_of
from pace.models import WeeklyGoals
from tests.factories import ApplicationFactory
from tests.portability.test_json import export, upload
from tracker.models import Application

pytestmark = pytest.mark.django_db


def _goals_of(user) -> tuple:
    return WeeklyGoals.objects.values_list(
        "applications", "people", "letters", "self_care", "lighter_week_of", "updated_at"
    ).get(owner=user)


def test_weekly_goals_and_the_lighter_week_round_trip(owner, owner_client, newcomer_client):
    monday = monday_of(datetime.date.today())
    WeeklyGoals.objects.create(
        owner=owner, applications=4, people=None, letters=2, self_care=1, lighter_week_of=monday
    )
    ApplicationFactory(owner=owner)
    document = export(owner_client)
    assert [
        {k: v for k, v in g.items() if k != "updated_at"} for g in document["weekly_goals"]
    ] == [
        {
            "id": 1,
            "applications": 4,
            "people": None,
            "letters": 2,
            "self_care": 1,
            "lighter_week_of": monday.isoformat(),
        }
    ]

    response = upload(newcomer_client, document)

    assert response.status_code == 302, response.content.decode()[:2000]
    assert _goals_of(newcomer_client.user) == _goals_of(owner)
    assert export(newcomer_client)["weekly_goals"] == document["weekly_goals"]


def test_an_account_without_goals_exports_an_empty_section(owner_client):
    assert export(owner_client)["weekly_goals"] == []


def test_a_file_without_the_section_imports_with_no_goals(owner, owner_client, newcomer_client):
    WeeklyGoals.objects.create(owner=owner, applications=3)
    ApplicationFactory(owner=owner)
    document = export(owner_client)
    del document["weekly_goals"]

    response = upload(newcomer_client, document)

    assert response.status_code == 302, response.content.decode()[:2000]
    assert Application.objects.for_user(newcomer_client.user).count() == 1
    assert not WeeklyGoals.objects.filter(owner=newcomer_client.user).exists()


def test_goals_set_before_the_import_give_way_to_the_files(owner, owner_client, newcomer_client):
    WeeklyGoals.objects.create(owner=owner, applications=3, self_care=2)
    document = export(owner_client)
    WeeklyGoals.objects.create(owner=newcomer_client.user, applications=9)

    assert upload(newcomer_client, document).status_code == 302

    goals = WeeklyGoals.objects.get(owner=newcomer_client.user)
    assert (goals.applications, goals.self_care) == (3, 2)


def test_goals_set_before_importing_a_file_without_any_are_kept(owner_client, newcomer_client):
    document = export(owner_client)
    WeeklyGoals.objects.create(owner=newcomer_client.user, applications=9)

    assert upload(newcomer_client, document).status_code == 302

    assert WeeklyGoals.objects.get(owner=newcomer_client.user).applications == 9


def _goals(**changes) -> dict:
    goals = {
        "id": 1,
        "applications": 3,
        "people": None,
        "letters": None,
        "self_care": 2,
        "lighter_week_of": None,
        "updated_at": "2026-03-02T09:00:00+00:00",
    }
    return {**goals, **changes}


@pytest.mark.parametrize(
    ("goals", "message"),
    [
        (
            [_goals(applications=0)],
            "weekly_goals, item 1 (id 1): “applications”: Ensure this value is greater than "
            "or equal to 1.",
        ),
        ([_goals(self_care=51)], "“self_care”: Ensure this value is less than or equal to 50."),
        ([_goals(letters="3")], "weekly_goals, item 1 (id 1): “letters” must be a whole number."),
        ([_goals(people=2.5)], "“people” must be a whole number."),
        (
            [_goals(lighter_week_of="2026-03-04")],
            "“lighter_week_of” must be the Monday of the lighter week; 2026-03-04 is a Wednesday.",
        ),
        ([_goals(lighter_week_of="next week")], "“lighter_week_of” must be an ISO date"),
        ([_goals(), _goals(id=2)], "an account has one set of weekly goals."),
        ([_goals(mood=3)], "unknown field “mood”"),
        ({"applications": 3}, "The section “weekly_goals” is missing or is not a list."),
    ],
)
def test_bad_goals_are_named_and_nothing_is_imported(
    owner, owner_client, newcomer_client, goals, message
):
    ApplicationFactory(owner=owner)
    document = export(owner_client)
    document["weekly_goals"] = goals

    response = upload(newcomer_client, document)

    assert response.status_code == 400
    content = response.content.decode().replace("&#x27;", "'")
    assert "Nothing was imported." in content
    assert message in content
    assert not Application.objects.filter(owner=newcomer_client.user).exists()
    assert not WeeklyGoals.objects.filter(owner=newcomer_client.user).exists()
