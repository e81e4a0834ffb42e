"""Choices and page rows read in the view: the same HTML, one query, validation unchanged."""

import pytest
from django import forms
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from core.choices import fetch_choices, offers_any
from core.shortcuts import paginate
from rejections.forms.journal import ReflectionFilterForm, SelfCareNoteForm
from rejections.forms.workspace import NetworkingForm
from tests.factories import (
    ApplicationFactory,
    ContactFactory,
    ReflectionFactory,
    RejectionFactory,
    UserFactory,
)
from tracker.forms import ApplicationForm, InterviewForm
from tracker.models import Contact

pytestmark = pytest.mark.django_db


class _ContactsForm(forms.Form):
    contact = forms.ModelChoiceField(queryset=Contact.objects.order_by("pk"))
    more = forms.ModelMultipleChoiceField(queryset=Contact.objects.order_by("pk"), required=False)


def test_a_select_reads_its_options_while_rendering_unless_they_were_fetched():
    ContactFactory.create_batch(3)
    lazy, fetched = _ContactsForm(), _ContactsForm()
    with CaptureQueriesContext(connection) as reading:
        fetch_choices(fetched)
    # One plain query per field: no COUNT before it (list() asks an iterator its length),
    # no server-side cursor (DECLARE … on PostgreSQL) around it.
    assert len(reading) == 2
    assert not any(
        word in query["sql"] for query in reading.captured_queries for word in ("COUNT", "DECLARE")
    )
    with CaptureQueriesContext(connection) as lazy_render:
        lazy_html = lazy.as_p()
    with CaptureQueriesContext(connection) as fetched_render:
        fetched_html = fetched.as_p()
    # Django's own behaviour, which is why the views fetch: each rendering of a <select>
    # reads its queryset again (a page that shows a field twice queries twice).
    assert len(lazy_render) == 2
    assert len(fetched_render) == 0
    assert fetched_html == lazy_html


def test_fetched_choices_still_validate_against_the_whole_queryset():
    """A shortlist field offers 30 contacts but accepts any of the owner's, and no one
    else's, after its choices were fetched."""
    owner, stranger = UserFactory(), UserFactory()
    application = ApplicationFactory(owner=owner)
    contacts = ContactFactory.create_batch(32, owner=owner)
    theirs = ContactFactory(owner=stranger)
    form = NetworkingForm(owner=owner, application=application)
    fetch_choices(form)
    offered = {int(str(value)) for value, _ in form.fields["contact"].choices if value != ""}
    oldest = contacts[0]
    assert oldest.pk not in offered and len(offered) == 30
    for contact, valid in ((oldest, True), (theirs, False)):
        data = {"contact": contact.pk, "check_in_on": "2099-01-01", "channel": "email"}
        bound = NetworkingForm(data, owner=owner, application=application)
        fetch_choices(bound)
        assert bound.is_valid() is valid, bound.errors


def test_offers_any_tells_an_empty_select_from_one_with_options():
    empty = _ContactsForm()
    fetch_choices(empty)
    assert not offers_any(empty.fields["contact"])
    ContactFactory()
    full = _ContactsForm()
    fetch_choices(full)
    assert offers_any(full.fields["contact"])


def test_paginate_reads_the_page_rows_in_the_view():
    ContactFactory.create_batch(5)
    request = RequestFactory().get("/", {"page": "2"})
    with CaptureQueriesContext(connection) as reading:
        page = paginate(request, Contact.objects.order_by("pk"), per_page=2)
    assert isinstance(page.object_list, list) and len(page.object_list) == 2
    assert len(reading) == 2  # the count and the page's rows
    with CaptureQueriesContext(connection) as using:
        assert [row.pk for row in page] == [row.pk for row in page.object_list]
        assert page.has_next() and page.number == 2
    assert len(using) == 0


def test_choices_set_by_hand_or_fetched_already_are_kept():
    ContactFactory.create_batch(2)
    form = _ContactsForm()
    form.fields["contact"].choices = [("", "Nobody")]
    fetch_choices(form)
    with CaptureQueriesContext(connection) as again:
        fetch_choices(form)
    assert form.fields["contact"].choices == [("", "Nobody")]
    assert len(form.fields["more"].choices) == 2
    assert len(again) == 0


def test_shortlists_read_only_the_columns_their_labels_show():
    """Each shortlist's options are read in one query with only the columns its labels
    need; the labels are those of the whole rows, and no option reads a column later."""
    owner = UserFactory()
    rejection = RejectionFactory(
        application__owner=owner, application__position_title="Data engineer"
    )
    ReflectionFactory(rejection=rejection)
    ApplicationFactory(owner=owner, status="applied")
    ContactFactory.create_batch(3, owner=owner)
    cases = [
        (ApplicationForm(owner=owner), "contacts"),
        (InterviewForm(owner=owner), "application"),
        (InterviewForm(owner=owner), "interviewers"),
        (NetworkingForm(owner=owner, application=rejection.application), "contact"),
        (SelfCareNoteForm(owner=owner), "rejection"),
        (ReflectionFilterForm(owner=owner), "company"),
    ]
    for form, name in cases:
        field = form.fields[name]
        whole = {row.pk: field.label_from_instance(row) for row in field.queryset}
        with CaptureQueriesContext(connection) as reading:
            fetch_choices(form)
            offered = {int(str(value)): label for value, label in field.choices if value != ""}
        model_fields = [f for f in form.fields.values() if isinstance(f, forms.ModelChoiceField)]
        assert len(reading) == len(model_fields), name
        assert offered and offered == {pk: whole[pk] for pk in offered}, name
        # Every one of these models has a creation time that no label shows.
        selected = [query["sql"].split(" FROM ")[0] for query in reading.captured_queries]
        assert not any('"created_at"' in columns for columns in selected), name
