"""The door-open flag becomes an answer without claiming what nobody said."""

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

TRACKER = ("tracker", "0005_reached_help_text")
BEFORE = [("rejections", "0003_feelings_help_text"), TRACKER]
AFTER = [("rejections", "0004_door_open_answer"), TRACKER]


@pytest.mark.django_db(transaction=True)
def test_the_old_flag_becomes_dont_know_unless_a_date_or_closed_said_more():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    user = old.get_model("auth", "User").objects.create(username="before")
    company = old.get_model("tracker", "Company").objects.create(owner=user, name="Acme")
    Application = old.get_model("tracker", "Application")
    Rejection = old.get_model("rejections", "Rejection")
    rows = {
        "default open": (True, None),
        "open with a date": (True, datetime.date(2026, 9, 1)),
        "closed": (False, None),
    }
    for title, (flag, reapply_after) in rows.items():
        application = Application.objects.create(
            owner=user, company=company, position_title=title, status="rejected", reached=1
        )
        Rejection.objects.create(
            application=application,
            received_on=datetime.date(2026, 3, 1),
            stage="application",
            door_open=flag,
            reapply_after=reapply_after,
        )

    executor = MigrationExecutor(connection)
    executor.migrate(AFTER)
    new = executor.loader.project_state(AFTER).apps
    answers = dict(
        new.get_model("rejections", "Rejection").objects.values_list(
            "application__position_title", "door_open"
        )
    )

    assert answers == {"default open": "unknown", "open with a date": "yes", "closed": "no"}
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
