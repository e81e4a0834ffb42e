"""HTML in any stored text is shown escaped on every page, the admin included.

Every text column of every row of the owner's (and the site-wide templates) gets its own
script payload, written straight to the database as an import or the admin could. Then
every page is fetched: no payload may appear raw in HTML, and each one must appear escaped
on some page (so the test really looked where the field is shown).
"""

import pytest
from django.contrib.auth import get_user_model
from django.db import models
from django.test import Client

from rejections.models import LetterTemplate
from tests.factories import UserFactory
from tests.security.http import body, is_html, url_for
from tests.security.routes import ROUTES
from tests.security.test_headers import admin_urls
from tests.security.world import owner_path, project_models

pytestmark = pytest.mark.django_db

#: Text columns no page shows, each with the reason.
NOT_SHOWN = {
    "auth.User.password": "a password hash is never shown",
    "materials.DocumentVersion.sha256": "a checksum, for the export's manifest only",
    "materials.DocumentVersion.extraction_message": "shown only when reading the text failed "
    "(tests/materials/test_documents.py); the world's text was read",
    "materials.PostingSnapshot.description": "allow-listed HTML: a script goes with its "
    "content, so no escaped copy shows either (tests/materials/test_posting.py)",
    "materials.PostingSnapshot.description_text": "the description's plain text, for search "
    "and fit; the page shows the description",
    "materials.PostingSnapshot.url": "kept with the copy; the page links the application's own "
    "posting address",
}


def payload(number: int, field: models.Field) -> str:
    text = f'"><script>alert({number})</script>'
    # Links must stay links for the database's own check.
    return f"https://x.example/{text}" if isinstance(field, models.URLField) else text


def escaped(number: int) -> str:
    return f"&lt;script&gt;alert({number})&lt;/script&gt;"


def _text_fields(model: type[models.Model]) -> list[models.Field]:
    return [
        field
        for field in model._meta.concrete_fields
        if isinstance(field, (models.CharField, models.TextField))
        and field.editable
        and not field.choices
        and not field.primary_key
        and f"{model._meta.label}.{field.name}" not in NOT_SHOWN
        # A column too short for a payload (a currency code) cannot carry one either.
        and (field.max_length is None or field.max_length >= len(payload(999, field)))
    ]


def fill_every_text_field(owner) -> dict[int, str]:
    """Write a numbered payload into each text column of the owner's rows; returns
    number -> "app.Model.field"."""
    placed: dict[int, str] = {}
    for model in project_models():
        path = owner_path(model)
        rows = model._base_manager.all()
        if path is not None:
            rows = rows.filter(**{path: owner.pk})
        elif model is not LetterTemplate:
            continue
        for field in _text_fields(model):
            if model is get_user_model() and field.name == "username":
                continue  # kept, so the test can still sign in; see the test below
            for pk in rows.values_list("pk", flat=True):
                number = len(placed) + 1
                model._base_manager.filter(pk=pk).update(**{field.name: payload(number, field)})
                placed[number] = f"{model._meta.label}.{field.name}"
    return placed


def test_stored_html_is_escaped_on_every_page(world, owner_client):
    superuser = UserFactory(username="root", is_staff=True, is_superuser=True)
    admin = Client()
    admin.force_login(superuser)
    placed = fill_every_text_field(world.owner)
    assert len(placed) > 40

    pages: dict[str, str] = {}
    raw_in_html, checked = [], 0
    for client, urls in (
        (owner_client, [url_for(key, world) for key in sorted(ROUTES)]),
        (admin, admin_urls()),
    ):
        for url in urls:
            response = client.get(url)
            if response.status_code != 200:
                continue
            text = body(response)
            if "<script>alert(" in text:
                if is_html(response):
                    raw_in_html.append(url)
                else:
                    # Downloads (.txt, .eml, .csv, .json) carry the text as it is, and are
                    # never rendered as a page.
                    assert response["X-Content-Type-Options"] == "nosniff"
            checked += 1
            pages[url] = text

    assert checked > 100
    assert not raw_in_html, f"unescaped HTML on: {raw_in_html}"
    everything = "\n".join(pages.values())
    seen = {label for number, label in placed.items() if escaped(number) in everything}
    unseen = sorted(set(placed.values()) - seen)
    assert not unseen, f"text fields no page showed (add to NOT_SHOWN with a reason?): {unseen}"


def test_a_username_with_html_is_escaped_in_the_navigation(client):
    user = UserFactory(username='a"><script>alert(1)</script>')
    client.force_login(user)

    html = client.get("/").content.decode()

    assert "<script>alert(1)" not in html
