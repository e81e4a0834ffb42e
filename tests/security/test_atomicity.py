"""Multi-step changes are all-or-nothing: a failure forced halfway leaves no trace.

Each case breaks one write in the middle of a request (as a lost connection or a full disk
would) and checks that every row of the database is exactly as before. The CSV import has
its own such test in tests/portability.
"""

import datetime
import json
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.db import DatabaseError
from django.test import Client
from django.utils import timezone

from rejections.models import Letter, Rejection
from tests.factories import ApplicationFactory, ContactFactory, LetterFactory, move
from tests.security.conftest import SHARED_WORLD
from tests.security.world import World, snapshot_all
from tracker.forms import ApplicationForm, ContactForm, InterviewForm
from tracker.models import Contact, StatusChange

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures(SHARED_WORLD)]


def _break(*args, **kwargs):
    raise DatabaseError("forced failure halfway")


@dataclass(frozen=True)
class HalfDone:
    #: What breaks: (class, method) replaced by one that fails.
    breaks: tuple[type, str]
    #: The request: returns (url, data, extra client arguments).
    request: Callable[[World], tuple[str, dict | str, dict]]


def _tomorrow() -> str:
    return (timezone.localdate() + datetime.timedelta(days=1)).isoformat()


def _feedback_request(w: World) -> tuple[str, dict, dict]:
    letter = LetterFactory(rejection=w.rejection, kind="feedback_request")
    Rejection.objects.filter(pk=w.rejection.pk).update(feedback_requested_on=None)
    return f"/letters/{letter.pk}/mark-sent/", {}, {}


def _unlink(w: World) -> tuple[str, dict, dict]:
    # The contact's check-in came from this link, so removing it also clears the contact.
    Contact.objects.filter(pk=w.contact.pk).update(next_check_in_on=w.link.check_in_on)
    return f"/network/{w.link.pk}/delete/", {}, {}


CASES = {
    "moving on the board, history fails": HalfDone(
        (StatusChange, "save"),
        lambda w: (f"/applications/{w.application.pk}/move/", {"status": "offer"}, {}),
    ),
    "moving by drag and drop, history fails": HalfDone(
        (StatusChange, "save"),
        lambda w: (
            f"/applications/{w.application.pk}/move/",
            json.dumps({"status": "offer"}),
            {"content_type": "application/json"},
        ),
    ),
    "recording a rejection, history fails": HalfDone(
        (StatusChange, "save"),
        lambda w: (
            f"/applications/{w.application.pk}/reject/",
            {"received_on": timezone.localdate().isoformat(), "stage": "final", "channel": "email"},
            {},
        ),
    ),
    "adding an application at a new company, contacts fail": HalfDone(
        (ApplicationForm, "_save_m2m"),
        lambda w: (
            "/applications/new/",
            {
                "company_name": "Brand New Corp",
                "position_title": "Dev",
                "status": "applied",
                "contacts": [w.contact.pk],
            },
            {},
        ),
    ),
    "editing an application and its status, history fails": HalfDone(
        (StatusChange, "save"),
        lambda w: (
            f"/applications/{w.application.pk}/edit/",
            {"company_name": "Renamed Corp", "position_title": "Renamed", "status": "offer"},
            {},
        ),
    ),
    "scheduling an interview, interviewers fail": HalfDone(
        (InterviewForm, "_save_m2m"),
        lambda w: (
            "/interviews/new/",
            {
                "application": w.application.pk,
                "round": "2",
                "kind": "video",
                "scheduled_at": f"{_tomorrow()}T10:00",
                "ends_at": f"{_tomorrow()}T11:00",
                "interviewers": [w.contact.pk],
                "outcome": "pending",
            },
            {},
        ),
    ),
    "adding a contact at a new company, saving fails": HalfDone(
        (ContactForm, "_save_m2m"),
        lambda w: ("/contacts/new/", {"name": "Sam", "company_name": "Another New Corp"}, {}),
    ),
    "marking a feedback request sent, the rejection fails": HalfDone(
        (Rejection, "save"), _feedback_request
    ),
    "planning a check-in, the contact fails": HalfDone(
        (Contact, "save"),
        lambda w: (
            f"/rejections/{w.rejection.pk}/network/",
            {
                "contact": ContactFactory(owner=w.owner).pk,
                "check_in_on": _tomorrow(),
                "channel": "email",
            },
            {},
        ),
    ),
    "removing a check-in, the contact fails": HalfDone((Contact, "save"), _unlink),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_failure_halfway_leaves_everything_as_it_was(name, world, monkeypatch):
    case = CASES[name]
    url, data, extra = case.request(world)
    client = Client(raise_request_exception=False)
    client.force_login(world.owner)
    before = snapshot_all()
    monkeypatch.setattr(*case.breaks, _break)

    response = client.post(url, data, **extra)

    assert response.status_code == 500
    assert snapshot_all() == before


@pytest.mark.parametrize("name", sorted(CASES))
def test_without_the_failure_the_same_request_changes_the_data(name, world):
    """The failure above is what kept the data unchanged, not a refused request."""
    case = CASES[name]
    url, data, extra = case.request(world)
    client = Client()
    client.force_login(world.owner)
    before = snapshot_all()

    response = client.post(url, data, **extra)

    assert response.status_code in (200, 302)
    assert snapshot_all() != before


def test_a_move_that_fails_keeps_the_old_status_and_history(world, monkeypatch):
    application = ApplicationFactory(owner=world.owner, status="applied")
    history = list(application.status_changes.values_list("to_status", flat=True))
    monkeypatch.setattr(StatusChange, "save", _break)

    with pytest.raises(DatabaseError):
        move(application, "offer")

    application.refresh_from_db()
    assert application.status == "applied"
    assert list(application.status_changes.values_list("to_status", flat=True)) == history


def test_a_letter_that_fails_to_be_marked_sent_stays_a_draft(world, monkeypatch):
    from rejections import services

    letter = LetterFactory(rejection=world.rejection, kind="feedback_request")
    Rejection.objects.filter(pk=world.rejection.pk).update(feedback_requested_on=None)
    monkeypatch.setattr(Rejection, "save", _break)

    with pytest.raises(DatabaseError):
        services.mark_letter_sent(letter=letter)

    assert Letter.objects.get(pk=letter.pk).status == "draft"
