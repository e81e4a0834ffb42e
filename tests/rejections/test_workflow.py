"""The eight steps after a rejection, each derived from the data (rejections.workflow).

Every test loads the rejection through ``Rejection.objects.with_progress()`` and reads the
steps with ``workflow.steps_for``, exactly as the pages do.
"""

import datetime

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from rejections.models import STEP_COUNT, Rejection, Step, StepSkip
from rejections.workflow import StepState, progress, steps_for
from tests.factories import (
    ApplicationFactory,
    LetterFactory,
    NetworkingLinkFactory,
    ReflectionFactory,
    RejectionFactory,
    SelfCareNoteFactory,
    UserFactory,
)
from tracker.models import Application

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)
TODAY = timezone.localdate
SKIPPABLE = [step.value for step in Step if step != Step.ACKNOWLEDGE]


def steps_of(rejection: Rejection) -> dict[str, StepState]:
    loaded = Rejection.objects.with_progress().get(pk=rejection.pk)
    return {state.key: state for state in steps_for(loaded)}


def state_of(rejection: Rejection, step: str) -> str:
    return steps_of(rejection)[step].state


def resolved_steps(rejection: Rejection) -> int:
    return Rejection.objects.with_progress().get(pk=rejection.pk).resolved_steps


@pytest.fixture
def rejection(owner) -> Rejection:
    """Received ten days ago, so "before" and "after" the rejection both exist."""
    application = ApplicationFactory(owner=owner, status="rejected", applied_on=TODAY() - 30 * DAY)
    Application.objects.filter(pk=application.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=30)
    )
    return RejectionFactory(application=application, received_on=TODAY() - 10 * DAY)


def sent(**kwargs) -> dict:
    return {"status": "sent", "sent_on": TODAY(), **kwargs}


def make_old_application(owner, *, days_before: int) -> Application:
    """An application applied for and created before the rejection.

    ``created_at`` is ``auto_now_add``, so the past is written with a queryset update.
    """
    when = TODAY() - days_before * DAY
    application = ApplicationFactory(owner=owner, applied_on=when)
    Application.objects.filter(pk=application.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=days_before)
    )
    return application


# --- A fresh rejection ----------------------------------------------------------------


def test_the_steps_come_in_the_documented_order(rejection):
    assert list(steps_of(rejection)) == [
        "acknowledge",
        "thank",
        "feedback",
        "reflect",
        "proactive",
        "network",
        "keep_applying",
        "self_care",
    ]
    assert [state.number for state in steps_of(rejection).values()] == list(range(1, 9))


def test_a_fresh_rejection_has_only_acknowledge_done(rejection):
    states = {key: state.state for key, state in steps_of(rejection).items()}

    assert states == {"acknowledge": "done", **dict.fromkeys(SKIPPABLE, "open")}
    assert resolved_steps(rejection) == 1
    assert progress(Rejection.objects.with_progress().get(pk=rejection.pk)) == (1, STEP_COUNT)


# --- 1. Acknowledge -------------------------------------------------------------------


def test_acknowledge_is_done_as_soon_as_the_rejection_exists(rejection):
    assert state_of(rejection, "acknowledge") == "done"


def test_acknowledge_is_done_without_a_feelings_note(rejection):
    assert rejection.feelings == ""
    assert state_of(rejection, "acknowledge") == "done"


# --- 2. Thank -------------------------------------------------------------------------


def test_thank_is_done_when_a_thank_you_letter_is_sent(rejection):
    LetterFactory(rejection=rejection, kind="thank_you", **sent())

    assert state_of(rejection, "thank") == "done"


def test_thank_stays_open_with_only_a_draft_thank_you(rejection):
    LetterFactory(rejection=rejection, kind="thank_you", status="draft")

    assert state_of(rejection, "thank") == "open"


def test_thank_stays_open_when_only_a_feedback_request_was_sent(rejection):
    LetterFactory(rejection=rejection, kind="feedback_request", **sent())

    assert state_of(rejection, "thank") == "open"


def test_thank_stays_open_when_the_sent_thank_you_belongs_to_another_rejection(rejection, owner):
    other = RejectionFactory(application__owner=owner)
    LetterFactory(rejection=other, kind="thank_you", **sent())

    assert state_of(rejection, "thank") == "open"
    assert state_of(other, "thank") == "done"


# --- 3. Ask for feedback --------------------------------------------------------------


def test_feedback_is_done_when_a_feedback_request_is_sent(rejection):
    LetterFactory(rejection=rejection, kind="feedback_request", **sent())

    assert state_of(rejection, "feedback") == "done"


def test_feedback_stays_open_with_only_a_draft_request(rejection):
    LetterFactory(rejection=rejection, kind="feedback_request", status="draft")

    assert state_of(rejection, "feedback") == "open"


def test_feedback_stays_open_when_only_a_thank_you_was_sent(rejection):
    LetterFactory(rejection=rejection, kind="thank_you", **sent())

    assert state_of(rejection, "feedback") == "open"


def test_feedback_is_done_when_feedback_received_is_recorded(rejection):
    Rejection.objects.filter(pk=rejection.pk).update(feedback="Work on system design.")

    assert state_of(rejection, "feedback") == "done"


def test_feedback_is_done_when_the_request_date_is_set(rejection):
    Rejection.objects.filter(pk=rejection.pk).update(feedback_requested_on=TODAY())

    assert state_of(rejection, "feedback") == "done"


# --- 4. Reflect -----------------------------------------------------------------------


def test_reflect_is_done_when_a_reflection_exists(rejection):
    ReflectionFactory(rejection=rejection, went_well="", to_improve="", lessons="")

    assert state_of(rejection, "reflect") == "done"


def test_reflect_stays_open_when_the_reflection_belongs_to_another_rejection(rejection, owner):
    ReflectionFactory(rejection=RejectionFactory(application__owner=owner))

    assert state_of(rejection, "reflect") == "open"


# --- 5. Stay proactive ----------------------------------------------------------------


def test_proactive_stays_open_when_the_reflection_has_no_next_actions(rejection):
    ReflectionFactory(rejection=rejection, next_actions="")

    assert state_of(rejection, "reflect") == "done"
    assert state_of(rejection, "proactive") == "open"


def test_proactive_is_done_when_a_reflection_has_next_actions(rejection):
    ReflectionFactory(rejection=rejection, next_actions="")
    ReflectionFactory(rejection=rejection, next_actions="- Practise a mock interview")

    assert state_of(rejection, "proactive") == "done"


# --- 6. Network -----------------------------------------------------------------------


def test_network_is_done_when_a_contact_is_linked_with_a_check_in(rejection):
    NetworkingLinkFactory(rejection=rejection, check_in_on=TODAY() + 14 * DAY)

    assert state_of(rejection, "network") == "done"


def test_network_stays_open_when_the_linked_contact_has_no_check_in(rejection):
    NetworkingLinkFactory(rejection=rejection, check_in_on=None)

    assert state_of(rejection, "network") == "open"


# --- 7. Keep applying -----------------------------------------------------------------


def test_keep_applying_is_done_by_another_application_created_after_the_rejection(rejection, owner):
    ApplicationFactory(owner=owner, status="wishlist", applied_on=None)

    assert state_of(rejection, "keep_applying") == "done"


def test_keep_applying_is_done_by_an_old_application_applied_on_the_rejection_day(rejection, owner):
    old = make_old_application(owner, days_before=20)
    Application.objects.filter(pk=old.pk).update(applied_on=rejection.received_on)

    assert state_of(rejection, "keep_applying") == "done"


def test_keep_applying_is_done_by_an_application_created_on_the_rejection_day(rejection, owner):
    application = make_old_application(owner, days_before=10)
    Application.objects.filter(pk=application.pk).update(applied_on=None)

    assert state_of(rejection, "keep_applying") == "done"


def test_keep_applying_stays_open_for_an_application_applied_and_created_before(rejection, owner):
    make_old_application(owner, days_before=11)

    assert state_of(rejection, "keep_applying") == "open"


def test_keep_applying_does_not_count_an_application_back_filled_after_the_rejection(
    rejection, owner
):
    # Added today, but sent before the rejection: written down late, not a new step.
    ApplicationFactory(owner=owner, applied_on=rejection.received_on - DAY)

    assert state_of(rejection, "keep_applying") == "open"


def test_keep_applying_is_done_by_an_application_added_and_sent_after_the_rejection(
    rejection, owner
):
    ApplicationFactory(owner=owner, applied_on=rejection.received_on + DAY)

    assert state_of(rejection, "keep_applying") == "done"


def test_keep_applying_does_not_count_the_rejected_application_itself(rejection):
    # Applied and created long before, but touched since: still not "another" application.
    Application.objects.filter(pk=rejection.application_id).update(
        applied_on=TODAY(), created_at=timezone.now()
    )

    assert state_of(rejection, "keep_applying") == "open"


def test_keep_applying_does_not_count_another_users_application(rejection, stranger):
    ApplicationFactory(owner=stranger)

    assert state_of(rejection, "keep_applying") == "open"


# --- 8. Self-care ---------------------------------------------------------------------


def test_self_care_is_done_by_a_note_dated_on_the_rejection_day(rejection, owner):
    SelfCareNoteFactory(owner=owner, date=rejection.received_on)

    assert state_of(rejection, "self_care") == "done"


def test_self_care_is_done_by_a_note_not_tied_to_the_rejection(rejection, owner):
    SelfCareNoteFactory(owner=owner, rejection=None, date=TODAY())

    assert state_of(rejection, "self_care") == "done"


def test_self_care_stays_open_for_a_note_dated_before_the_rejection(rejection, owner):
    SelfCareNoteFactory(owner=owner, date=rejection.received_on - DAY)

    assert state_of(rejection, "self_care") == "open"


def test_self_care_does_not_count_another_users_note(rejection, stranger):
    SelfCareNoteFactory(owner=stranger, date=TODAY())

    assert state_of(rejection, "self_care") == "open"


# --- Each step on its own -------------------------------------------------------------


def complete(step: str, rejection: Rejection) -> None:
    """Make exactly one step done."""
    owner = rejection.application.owner
    if step == "thank":
        LetterFactory(rejection=rejection, kind="thank_you", **sent())
    elif step == "feedback":
        Rejection.objects.filter(pk=rejection.pk).update(feedback="Good, but too junior.")
    elif step == "reflect":
        ReflectionFactory(rejection=rejection)
    elif step == "proactive":
        # A reflection with next actions is also a reflection: proactive implies reflect.
        ReflectionFactory(rejection=rejection, next_actions="Mock interview")
    elif step == "network":
        NetworkingLinkFactory(rejection=rejection)
    elif step == "keep_applying":
        ApplicationFactory(owner=owner)
    elif step == "self_care":
        SelfCareNoteFactory(owner=owner)


@pytest.mark.parametrize("step", SKIPPABLE)
def test_completing_one_step_changes_only_that_step(rejection, step):
    complete(step, rejection)

    done = {key for key, state in steps_of(rejection).items() if state.done}
    expected = {"acknowledge", step} | ({"reflect"} if step == "proactive" else set())
    assert done == expected
    assert resolved_steps(rejection) == len(expected)


def test_every_step_done_resolves_all_eight(rejection):
    for step in SKIPPABLE:
        complete(step, rejection)

    assert all(state.done for state in steps_of(rejection).values())
    assert resolved_steps(rejection) == STEP_COUNT


# --- Skipping -------------------------------------------------------------------------


def test_a_skipped_step_is_skipped_and_resolved(rejection):
    StepSkip.objects.create(rejection=rejection, step="thank", reason="Automated rejection")

    thank = steps_of(rejection)["thank"]
    assert thank.state == "skipped"
    assert thank.skipped and thank.resolved and not thank.done
    assert thank.skip_reason == "Automated rejection"
    assert not thank.can_skip
    assert resolved_steps(rejection) == 2


def test_a_done_step_stays_done_even_if_it_was_skipped(rejection):
    StepSkip.objects.create(rejection=rejection, step="thank", reason="Automated rejection")
    LetterFactory(rejection=rejection, kind="thank_you", **sent())

    thank = steps_of(rejection)["thank"]
    assert thank.state == "done"
    assert not thank.skipped
    assert resolved_steps(rejection) == 2  # counted once, not twice


def test_resolved_steps_matches_the_steps_resolved_by_steps_for(rejection, owner):
    LetterFactory(rejection=rejection, kind="thank_you", **sent())  # done
    StepSkip.objects.create(rejection=rejection, step="thank", reason="Also skipped")  # ignored
    StepSkip.objects.create(rejection=rejection, step="network", reason="Nobody to contact")
    ReflectionFactory(rejection=rejection)  # reflect done, proactive open
    SelfCareNoteFactory(owner=owner, date=rejection.received_on - DAY)  # too early: open

    loaded = Rejection.objects.with_progress().get(pk=rejection.pk)
    states = steps_for(loaded)
    assert loaded.resolved_steps == sum(state.resolved for state in states) == 4
    assert progress(loaded) == (4, STEP_COUNT)


def test_skips_of_another_rejection_do_not_count(rejection, owner):
    # An old application, so it does not count as "keep applying" for this rejection.
    other = RejectionFactory(application=make_old_application(owner, days_before=20))
    StepSkip.objects.create(rejection=other, step="thank", reason="Automated")

    assert state_of(rejection, "thank") == "open"
    assert resolved_steps(rejection) == 1


def test_all_steps_skipped_resolves_the_workflow(rejection):
    StepSkip.objects.bulk_create(
        StepSkip(rejection=rejection, step=step, reason="Does not fit") for step in SKIPPABLE
    )

    assert resolved_steps(rejection) == STEP_COUNT


def test_the_database_refuses_a_skip_of_acknowledge(rejection):
    with pytest.raises(IntegrityError), transaction.atomic():
        StepSkip.objects.create(rejection=rejection, step="acknowledge", reason="No")


# --- Skipping through the pages -------------------------------------------------------


def skip_url(rejection: Rejection, step: str) -> str:
    return reverse("rejections:skip-step", args=[rejection.pk, step])


def test_skipping_a_step_with_a_reason_marks_it_skipped(rejection, owner_client):
    response = owner_client.get(skip_url(rejection, "thank"))
    assert response.status_code == 200

    response = owner_client.post(skip_url(rejection, "thank"), {"reason": "  Automated   mail "})

    assert response.status_code == 302
    assert response["Location"] == rejection.get_absolute_url()
    assert StepSkip.objects.get(rejection=rejection).reason == "Automated mail"
    assert state_of(rejection, "thank") == "skipped"


def test_skipping_needs_a_reason(rejection, owner_client):
    response = owner_client.post(skip_url(rejection, "thank"), {"reason": "   "})

    assert response.status_code == 200
    assert response.context["form"].errors["reason"]
    assert not StepSkip.objects.exists()


def test_skipping_again_updates_the_reason(rejection, owner_client):
    owner_client.post(skip_url(rejection, "thank"), {"reason": "First"})
    owner_client.post(skip_url(rejection, "thank"), {"reason": "Second"})

    assert list(StepSkip.objects.values_list("reason", flat=True)) == ["Second"]


def test_undoing_a_skip_reopens_the_step(rejection, owner_client):
    StepSkip.objects.create(rejection=rejection, step="thank", reason="Automated")

    response = owner_client.post(reverse("rejections:unskip-step", args=[rejection.pk, "thank"]))

    assert response.status_code == 302
    assert state_of(rejection, "thank") == "open"


@pytest.mark.parametrize("method", ["get", "post"])
def test_the_acknowledge_step_cannot_be_skipped(rejection, owner_client, method):
    response = getattr(owner_client, method)(
        skip_url(rejection, "acknowledge"), {"reason": "Not needed"}
    )

    assert response.status_code == 404
    assert not StepSkip.objects.exists()
    assert state_of(rejection, "acknowledge") == "done"


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("step", ["dance", "THANK", "keep-applying"])
def test_an_unknown_step_gives_404(rejection, owner_client, method, step):
    response = getattr(owner_client, method)(skip_url(rejection, step), {"reason": "Why not"})

    assert response.status_code == 404
    assert not StepSkip.objects.exists()


@pytest.mark.parametrize("step", ["acknowledge", "dance"])
def test_unskipping_acknowledge_or_an_unknown_step_gives_404(rejection, owner_client, step):
    response = owner_client.post(reverse("rejections:unskip-step", args=[rejection.pk, step]))

    assert response.status_code == 404


def test_the_workspace_shows_each_steps_state(rejection, owner, owner_client):
    LetterFactory(rejection=rejection, kind="thank_you", **sent())
    StepSkip.objects.create(rejection=rejection, step="network", reason="Nobody to contact")

    response = owner_client.get(rejection.get_absolute_url())

    states = {state.key: state.state for state in response.context["steps"]}
    assert states["thank"] == "done"
    assert states["network"] == "skipped"
    assert states["reflect"] == "open"
    assert response.context["resolved"] == 3
    assert "3 of 8 steps" in response.content.decode()
    assert "Skipped: Nobody to contact" in response.content.decode()


def test_a_user_without_rejections_gets_an_empty_annotated_queryset(db):
    user = UserFactory()
    assert list(Rejection.objects.for_user(user).with_progress()) == []
