"""Backup and restore as the README documents them: ``pg_dump --format=custom`` of the
database, ``pg_restore`` into a new empty one, and every table comes back row for row, with
its sequences, so the restored install goes on numbering where the old one stopped."""

import os
import shutil
import subprocess
from pathlib import Path

import psycopg
import pytest
from django.db import connection
from psycopg import sql

from tests.security.world import build_world

# No serialized_rollback: after another transactional test has emptied the tables, restoring
# the snapshot would clash with the content types Django re-creates.
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def postgres() -> dict:
    if connection.vendor != "postgresql":
        pytest.skip(
            "Backup and restore use pg_dump and pg_restore, so they need PostgreSQL; this run "
            "uses SQLite (set DATABASE_URL to a PostgreSQL database to run it)."
        )
    if not (shutil.which("pg_dump") and shutil.which("pg_restore")):
        pytest.skip("pg_dump and pg_restore are not installed (apt install postgresql-client).")
    return connection.settings_dict


def _connection_arguments(db: dict, name: str) -> dict:
    arguments = {"dbname": name, "host": db["HOST"], "port": db["PORT"], "user": db["USER"]}
    if db.get("PASSWORD"):
        arguments["password"] = db["PASSWORD"]
    return {key: value for key, value in arguments.items() if value not in ("", None)}


def _client_arguments(db: dict) -> list[str]:
    arguments = []
    for flag, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if db.get(key):
            arguments += [flag, str(db[key])]
    return arguments


def _run(command: list[str], db: dict) -> None:
    env = {**os.environ, "PGPASSWORD": db.get("PASSWORD") or ""}
    # Fixed commands: pg_dump and pg_restore with the test database's own settings.
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)  # noqa: S603
    assert result.returncode == 0, f"{command[0]} failed: {result.stderr}"


def _contents(arguments: dict) -> dict[str, object]:
    """Every table's rows (sorted) and every sequence's position."""
    found: dict[str, object] = {}
    with psycopg.connect(**arguments) as db:
        tables = [
            row[0]
            for row in db.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
            )
        ]
        for table in tables:
            rows = db.execute(sql.SQL("SELECT * FROM {}").format(sql.Identifier(table)))
            found[table] = sorted(map(repr, rows.fetchall()))
        sequences = db.execute(
            "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public'"
        )
        found["sequences"] = sorted(sequences.fetchall())
    return found


def test_a_dump_restored_into_an_empty_database_has_every_row(postgres, owner, stranger, tmp_path):
    build_world(owner, stranger)
    build_world(stranger, owner)
    source = postgres["NAME"]
    target = f"{source}_restored"
    dump: Path = tmp_path / "rebound.dump"
    admin = _connection_arguments(postgres, "postgres")

    with psycopg.connect(**admin, autocommit=True) as db:
        db.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(target)))
        db.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(target)))
    try:
        _run(
            [
                "pg_dump",
                "--format=custom",
                "--file",
                str(dump),
                *_client_arguments(postgres),
                source,
            ],
            postgres,
        )
        _run(
            ["pg_restore", "--exit-on-error", "--no-owner", "--dbname", target,
             *_client_arguments(postgres), str(dump)],
            postgres,
        )  # fmt: skip

        original = _contents(_connection_arguments(postgres, source))
        restored = _contents(_connection_arguments(postgres, target))
    finally:
        with psycopg.connect(**admin, autocommit=True) as db:
            db.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(target)))

    assert restored.keys() == original.keys()
    assert len(original["tracker_application"]) == 4
    assert len(original["rejections_letter"]) == 4
    for table in original:
        assert restored[table] == original[table], table
