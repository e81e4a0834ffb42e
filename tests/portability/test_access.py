"""Who may open each data page, and with which methods."""

from urllib.parse import quote

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from portability import urls as portability_urls
from portability.models import PendingImport
from tests.factories import ApplicationFactory
from tracker.models import Application

pytestmark = pytest.mark.django_db

#: Every URL of the app: the methods it answers and what the owner gets on GET.
ROUTES = {
    "index": {"methods": {"GET"}, "owner_get": 200},
    "applications-csv": {"methods": {"GET"}, "owner_get": 200},
    "rejections-csv": {"methods": {"GET"}, "owner_get": 200},
    "json-export": {"methods": {"GET"}, "owner_get": 200},
    "zip-export": {"methods": {"GET"}, "owner_get": 200},
    "csv-upload": {"methods": {"GET", "POST"}, "owner_get": 200},
    # Without a token: back to the upload, with a message.
    "csv-map": {"methods": {"GET", "POST"}, "owner_get": 302},
    "csv-preview": {"methods": {"GET"}, "owner_get": 302},
    "csv-refused": {"methods": {"GET"}, "owner_get": 302},
    "csv-confirm": {"methods": {"POST"}, "owner_get": 405},
    "json-import": {"methods": {"GET", "POST"}, "owner_get": 200},
    "delete-account": {"methods": {"GET", "POST"}, "owner_get": 200},
}


def url(name: str) -> str:
    return reverse(f"portability:{name}")


def test_every_url_of_the_app_is_covered_here():
    assert {pattern.name for pattern in portability_urls.urlpatterns} == set(ROUTES)


@pytest.mark.parametrize("name", sorted(ROUTES))
@pytest.mark.parametrize("method", ["get", "post"])
def test_anonymous_visitors_are_sent_to_sign_in(client, name, method):
    response = getattr(client, method)(url(name))
    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={quote(url(name))}"


@pytest.mark.parametrize("name", sorted(ROUTES))
def test_owner_gets_each_page(owner_client, name):
    response = owner_client.get(url(name))
    assert response.status_code == ROUTES[name]["owner_get"]
    if response.status_code == 302:
        assert response["Location"] == url("csv-upload")


@pytest.mark.parametrize("name", sorted(n for n, r in ROUTES.items() if "POST" not in r["methods"]))
def test_read_only_pages_refuse_post(owner_client, name):
    assert owner_client.post(url(name)).status_code == 405


def test_pages_link_to_everything(owner_client):
    content = owner_client.get(url("index")).content.decode()
    for name in (
        "applications-csv",
        "rejections-csv",
        "json-export",
        "zip-export",
        "csv-upload",
        "json-import",
        "delete-account",
    ):
        # The full export is a small form: its box leaves the private writing out.
        assert f'href="{url(name)}"' in content or f'action="{url(name)}"' in content


def test_another_users_data_is_never_in_a_strangers_exports(stranger_client, owner):
    ApplicationFactory(owner=owner, position_title="Secret role")
    for name in ("applications-csv", "rejections-csv", "json-export", "zip-export"):
        body = b"".join(stranger_client.get(url(name)).streaming_content)
        assert b"Secret role" not in body


@pytest.fixture
def csrf_client(owner) -> Client:
    client = Client(enforce_csrf_checks=True)
    client.force_login(owner)
    return client


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("csv-upload", lambda: {"file": SimpleUploadedFile("a.csv", b"Company,Title\nA,B\n")}),
        ("csv-map", lambda: {"token": "t", "company_name": "0", "position_title": "1"}),
        ("csv-confirm", lambda: {"token": "t"}),
        ("json-import", lambda: {"file": SimpleUploadedFile("a.json", b"{}")}),
        ("delete-account", lambda: {"username": "owner"}),
    ],
)
def test_every_post_needs_the_csrf_token(csrf_client, owner, name, data):
    response = csrf_client.post(url(name), data())
    assert response.status_code == 403
    assert get_user_model().objects.filter(pk=owner.pk).exists()
    assert not PendingImport.objects.exists()
    assert not Application.objects.exists()


def test_upload_with_the_csrf_token_works(csrf_client, owner):
    csrf_client.get(url("csv-upload"))
    token = csrf_client.cookies["csrftoken"].value
    response = csrf_client.post(
        url("csv-upload"),
        {
            "csrfmiddlewaretoken": token,
            "file": SimpleUploadedFile("a.csv", b"Company,Title\nA,B\n"),
        },
    )
    assert response.status_code == 302
    assert PendingImport.objects.filter(owner=owner).exists()
