import pytest
from django.db import OperationalError, connections


def broken_cursor(*args, **kwargs):
    raise OperationalError("could not connect to server: Connection refused")


@pytest.mark.django_db
def test_healthz_answers_ok_without_login(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.content == b"ok"
    assert response["Content-Type"].startswith("text/plain")


@pytest.mark.django_db
def test_healthz_is_never_cached(client):
    response = client.get("/healthz")

    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_healthz_answers_503_when_the_database_does_not(client, monkeypatch):
    # Patched on the backend's class, so undoing it leaves the live connection untouched.
    monkeypatch.setattr(type(connections["default"]), "cursor", broken_cursor)

    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.content != b"ok"


@pytest.mark.django_db
def test_healthz_does_not_redirect_to_the_login_page_when_signed_in(owner_client):
    assert owner_client.get("/healthz").status_code == 200
