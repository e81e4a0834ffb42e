"""The coach's pages run the same number of queries with little or much data."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from coach.models import Coaching, SharedNote
from pace.models import WeeklyGoals
from tests.factories import (
    ApplicationFactory,
    LetterFactory,
    ReflectionFactory,
    RejectionFactory,
    SelfCareNoteFactory,
    UserFactory,
)
from tracker.stages import Status

pytestmark = pytest.mark.django_db

PAGES = ["overview", "applications", "rejections", "letters", "notes"]
#: The coach's budget: session and user, the coaching, the person's time zone, the page's
#: own rows (a few for the overview), the people switcher and one row of the view log.
BUDGET = 14


def fill(person, n: int) -> None:
    WeeklyGoals.objects.create(owner=person, applications=3, letters=1)
    for _ in range(n):
        ApplicationFactory(owner=person, status=Status.APPLIED)
        rejection = RejectionFactory(application__owner=person, application__status=Status.REJECTED)
        LetterFactory(rejection=rejection, status="sent", sent_on=timezone.localdate())
        reflection = ReflectionFactory(rejection=rejection, next_actions="call Sam")
        SharedNote.objects.create(owner=person, reflection=reflection)
        note = SelfCareNoteFactory(owner=person)
        SharedNote.objects.create(owner=person, self_care_note=note)


def counts(n: int) -> dict[str, int]:
    person, coach = UserFactory(), UserFactory()
    Coaching.objects.create(person=person, coach=coach)
    Coaching.objects.create(person=UserFactory(), coach=coach)
    fill(person, n)
    client = Client()
    client.force_login(coach)
    found = {}
    for name in PAGES:
        url = reverse(f"coach:{name}", args=[person.pk])
        client.get(url)  # the session is warm, as on a real second page
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        found[name] = len(queries)
    return found


def test_coach_pages_stay_flat_and_within_budget():
    few, many = counts(2), counts(12)

    print("coach page queries:", many)
    assert few == many
    assert max(many.values()) <= BUDGET
