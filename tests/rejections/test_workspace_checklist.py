"""The workspace as a checklist: one next step, finished steps on one line, 8/8 celebrated."""

import re

import pytest
from django.utils import timezone

from rejections.models import StepSkip
from tests.factories import (
    LetterFactory,
    NetworkingLinkFactory,
    ReflectionFactory,
    RejectionFactory,
    SelfCareNoteFactory,
)
from tracker.stages import Status

pytestmark = pytest.mark.django_db


def page(client, rejection):
    response = client.get(rejection.get_absolute_url())
    return response, response.content.decode()


def test_the_first_open_step_is_the_next_one_with_the_only_primary_button(owner, owner_client):
    rejection = RejectionFactory(application__owner=owner)

    response, content = page(owner_client, rejection)

    nexts = [step for step in response.context["checklist"] if step.is_next]
    assert [step.key for step in nexts] == ["thank"]
    assert content.count(' step-next"') == 1
    assert len(re.findall(r'class="btn [^"]*btn-primary', content)) == 1
    primary = re.search(r'<a class="btn btn-sm btn-primary" href="([^"]+)">([^<]+)<', content)
    assert primary.group(2) == "Write a thank-you note"


def test_a_finished_step_says_what_did_it(owner, owner_client):
    rejection = RejectionFactory(application__owner=owner)
    LetterFactory(
        rejection=rejection,
        subject="Thank you for your time",
        recipient_name="Ada Byron",
        status="sent",
        sent_on=timezone.localdate(),
    )
    StepSkip.objects.create(rejection=rejection, step="feedback", reason="Automated e-mail")

    response, content = page(owner_client, rejection)

    steps = {step.key: step for step in response.context["checklist"]}
    assert steps["thank"].did_it.startswith("“Thank you for your time” sent to Ada Byron on ")
    assert steps["feedback"].did_it == "Skipped: Automated e-mail"
    assert steps["reflect"].is_next
    assert "“Thank you for your time” sent to Ada Byron" in content


def test_a_steps_rows_sit_in_that_step(owner, owner_client):
    rejection = RejectionFactory(application__owner=owner)
    LetterFactory(rejection=rejection, kind="feedback_request", subject="Could you share?")
    ReflectionFactory(rejection=rejection, next_actions="Mock interview")
    NetworkingLinkFactory(rejection=rejection, contact__name="Ada Byron", contact__owner=owner)
    SelfCareNoteFactory(owner=owner, rejection=rejection, activity="Swimming")

    response, _ = page(owner_client, rejection)

    steps = {step.key: step for step in response.context["checklist"]}
    assert [letter.subject for letter in steps["feedback"].items] == ["Could you share?"]
    assert steps["thank"].items == []
    assert len(steps["reflect"].items) == len(steps["proactive"].items) == 1
    assert [link.contact.name for link in steps["network"].items] == ["Ada Byron"]
    assert [note.activity for note in steps["self_care"].items] == ["Swimming"]


def test_eight_of_eight_ends_with_a_warm_word_and_no_next_step(owner, owner_client):
    rejection = RejectionFactory(application__owner=owner, application__status=Status.REJECTED)
    for step in ("thank", "feedback", "reflect", "proactive", "network", "keep_applying"):
        StepSkip.objects.create(rejection=rejection, step=step, reason="Not for this one")
    SelfCareNoteFactory(owner=owner, rejection=rejection)

    response, content = page(owner_client, rejection)

    assert response.context["complete"]
    assert "All eight steps done." in content
    assert "step-next" not in content
    assert "btn-primary" not in content
