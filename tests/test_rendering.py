"""The recorder the walks use: it sees a template's own queries and tells a panel tag's."""

import pytest
from django.template import engines

from tests.factories import ApplicationFactory, ContactFactory
from tests.rendering import queries_while_rendering
from tracker.models import Contact

pytestmark = pytest.mark.django_db

ROWS = "{% for contact in contacts %}{{ contact.name }}{% endfor %}"


def test_a_queryset_read_by_the_template_is_caught_and_a_list_is_not():
    ContactFactory.create_batch(2)
    template = engines["django"].from_string(ROWS)

    with queries_while_rendering() as lazy:
        template.render({"contacts": Contact.objects.all()})
    with queries_while_rendering() as read:
        template.render({"contacts": list(Contact.objects.all())})

    assert len(lazy.elsewhere) == 1 and lazy.in_tags == []
    assert read.elsewhere == [] and read.in_tags == []


def test_a_panel_tag_reading_its_rows_counts_as_the_tag(rf):
    application = ApplicationFactory()
    request = rf.get("/")
    request.user = application.owner
    template = engines["django"].from_string(
        "{% load rejection_tags %}{% company_memory application.company.name %}"
    )

    with queries_while_rendering() as rendering:
        template.render({"application": application}, request)

    assert rendering.in_tags and rendering.elsewhere == []
