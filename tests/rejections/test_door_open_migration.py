"""The door-open flag becomes an answer without claiming what nobody said."""

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

# Only the rejections app goes back (with what depends on its later migrations): the
# smallest plan that runs 0004 for real. Every other app stays at its latest migration.
BEFORE = [("rejections", "0003_feelings_help_text")]
AFTER = [("rejections", "0004_door_open_answer")]


def migrate(targets):
    """Migrate to ``targets``; the models as they are then (``migrate``'s own state, not
    one rendered again)."""
    return MigrationExecutor(connection).migrate(targets).apps


@pytest.fixture
def latest_afterwards(transactional_db):
    """Every app back at its latest migration when the test ends, passed or failed."""
    yield
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


@pytest.mark.usefixtures("latest_afterwards")
def test_the_old_flag_becomes_dont_know_unless_a_date_or_closed_said_more():
    old = migrate(BEFORE)
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

    new = migrate(AFTER)
    answers = dict(
        new.get_model("rejections", "Rejection").objects.values_list(
            "application__position_title", "door_open"
        )
    )

    assert answers == {"default open": "unknown", "open with a date": "yes", "closed": "no"}
