"""Every invariant that matters is a database constraint: a bad row written straight to the
database (as a bug, a script or a shell session could) is refused by the database itself.

``BAD_ROWS`` has one case per constraint; a constraint declared on a model without a case
here fails ``test_every_declared_constraint_has_a_bad_row_case``.
"""

import datetime
from collections.abc import Callable

import pytest
from django.db import IntegrityError, models, transaction
from django.utils import timezone

from rejections.models import (
    Letter,
    LetterTemplate,
    NetworkingLink,
    Rejection,
    SetbackPlan,
    StepSkip,
    WritingSession,
)
from tests.factories import ApplicationFactory, CompanyFactory, ContactFactory, UserFactory
from tests.security.conftest import SHARED_WORLD
from tests.security.world import World, project_models
from tracker.models import Application, Company, Contact, Interview

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures(SHARED_WORLD)]

OLD = datetime.date(1900, 1, 1)
FAR = datetime.date(2200, 1, 1)


def _update(obj: models.Model, **values) -> None:
    type(obj)._base_manager.filter(pk=obj.pk).update(**values)


def _a_default() -> LetterTemplate:
    return LetterTemplate.objects.filter(is_default=True).order_by("pk").first()


def _second_default(w: World) -> None:
    LetterTemplate.objects.create(
        kind="thank_you", name="Another default", subject="Hi", body="Hello", is_default=True
    )


def _pending_import_twice(w: World) -> None:
    from portability.models import PendingImport

    for _ in range(2):
        PendingImport.objects.create(owner=w.owner, token="same-token", content="", delimiter=",")


def _reminder_settings(w: World):
    from reminders.models import ReminderSettings

    return ReminderSettings.objects.get_for(w.owner)


def _goals(w: World):
    from pace.models import WeeklyGoals

    return WeeklyGoals.objects.get(owner=w.owner)


def _coaching(**values):
    from coach.models import Coaching

    return Coaching.objects.create(**values)


def _coach_invitation(w: World, **values):
    from coach.models import CoachInvitation

    return CoachInvitation.objects.create(owner=w.owner, invited="someone", **values)


def _two_coach_invitations_one_signup(w: World) -> None:
    from accounts.models import Invitation

    signup = Invitation.objects.create(email="someone@example.org")
    _coach_invitation(w, signup_invitation=signup)
    _coach_invitation(w, signup_invitation=signup)


def _shared(w: World, *, reflection=None, note=None):
    from coach.models import SharedNote

    return SharedNote.objects.create(owner=w.owner, reflection=reflection, self_care_note=note)


def _support_resource(**values):
    from pace.models import SupportResource

    return SupportResource.objects.create(title="Help", body="Call us", **values)


def _inbox_settings(w: World):
    from inbox.models import InboxSettings

    return InboxSettings.objects.get_for(w.owner)


def _job_message(w: World, key: str = "k" * 64):
    from inbox.models import JobMessage

    return JobMessage.objects.create(
        owner=w.owner, key=key, source="upload", kind="rejection", confidence=0.9
    )


def _correction(w: World):
    from inbox.models import Correction

    return Correction.objects.create(
        owner=w.owner, wrong_kind="rejection", sender_address="a@example.com", phrase="no"
    )


def _folder_state(w: World):
    from inbox.models import FolderState

    return FolderState.objects.create(inbox=_inbox_settings(w), name="INBOX", uidvalidity=1)


def _seen(w: World):
    from inbox.models import SeenMessage

    return SeenMessage.objects.create(owner=w.owner, key="s" * 64)


def _version(w: World):
    from materials.models import DocumentVersion

    return DocumentVersion.objects.get(owner=w.owner, number=1)


def _second_version(w: World):
    version = _version(w)
    version.pk, version.number = None, 2
    version.save()
    return version


def _sent(w: World):
    from materials.models import SentDocument

    return SentDocument.objects.get(application=w.application)


def _snapshot(w: World):
    from materials.models import PostingSnapshot

    return PostingSnapshot.objects.get(application=w.application)


def _fit(w: World):
    from materials.models import ReflectionFit

    return ReflectionFit.objects.get(reflection=w.reflection)


BAD_ROWS: dict[str, Callable[[World], None]] = {
    # tracker
    "unique_company_name_per_owner": lambda w: CompanyFactory(
        owner=w.owner, name=w.company.name.swapcase()
    ),
    "company_website_is_web_url": lambda w: _update(w.company, website="javascript:alert(1)"),
    "application_status_valid": lambda w: _update(w.application, status="hired"),
    "application_salary_min_lte_max": lambda w: _update(
        w.application, salary_min=90_000, salary_max=80_000
    ),
    "application_posting_url_is_web_url": lambda w: _update(
        w.application, posting_url="data:text/html,<script>"
    ),
    "application_applied_on_in_range": lambda w: _update(w.application, applied_on=OLD),
    "application_next_action_on_in_range": lambda w: _update(w.application, next_action_on=FAR),
    "contact_profile_url_is_web_url": lambda w: _update(w.contact, profile_url="ftp://x"),
    "contact_last_contacted_on_in_range": lambda w: _update(w.contact, last_contacted_on=OLD),
    "contact_next_check_in_on_in_range": lambda w: _update(w.contact, next_check_in_on=FAR),
    "interview_duration_positive": lambda w: _update(w.interview, duration_minutes=0),
    "interview_round_positive": lambda w: _update(w.interview, round=0),
    "interview_kind_valid": lambda w: _update(w.interview, kind="dinner"),
    "interview_outcome_valid": lambda w: _update(w.interview, outcome="maybe"),
    # rejections
    "rejections.Rejection.application": lambda w: Rejection.objects.create(
        application=w.rejected_application, stage="final"
    ),
    "rejection_stage_valid": lambda w: _update(w.rejection, stage="nowhere"),
    "rejection_channel_valid": lambda w: _update(w.rejection, channel="pigeon"),
    "rejection_received_on_in_range": lambda w: _update(w.rejection, received_on=OLD),
    "rejection_reapply_after_in_range": lambda w: _update(
        w.rejection, door_open="yes", reapply_after=FAR
    ),
    "rejection_door_open_valid": lambda w: _update(w.rejection, door_open="maybe"),
    "rejection_reapply_only_with_door_open": lambda w: _update(
        w.rejection, door_open="no", reapply_after=w.rejection.received_on
    ),
    "one_skip_per_step": lambda w: StepSkip.objects.create(
        rejection=w.rejection, step=w.skip.step, reason="again"
    ),
    "stepskip_step_skippable": lambda w: _update(w.skip, step="acknowledge"),
    "stepskip_reason_required": lambda w: _update(w.skip, reason=""),
    "one_default_template_per_kind": _second_default,
    "lettertemplate_kind_valid": lambda w: _update(_a_default(), kind="threat"),
    "default_template_is_active": lambda w: _update(_a_default(), active=False),
    "letter_sent_has_date": lambda w: _update(w.letter, status=Letter.Status.SENT),
    "reflection_written_on_in_range": lambda w: _update(w.reflection, written_on=OLD),
    "one_link_per_contact": lambda w: NetworkingLink.objects.create(
        rejection=w.rejection, contact=w.contact
    ),
    "selfcare_mood_1_to_5": lambda w: _update(w.note, mood=6),
    "selfcarenote_date_in_range": lambda w: _update(w.note, date=OLD),
    "rejections.SetbackPlan.application": lambda w: SetbackPlan.objects.create(
        application=w.application, actions="again"
    ),
    "setbackplan_has_actions": lambda w: _update(w.plan, actions=""),
    "one_session_per_number": lambda w: WritingSession.objects.create(
        owner=w.owner, rejection=w.rejection, number=w.writing.number, text="again"
    ),
    "writingsession_number_1_to_5": lambda w: _update(w.writing, number=6),
    "writingsession_kind_valid": lambda w: _update(w.writing, kind="poem"),
    "writingsession_finished_after_start": lambda w: _update(
        w.writing, finished_on=w.writing.started_on - datetime.timedelta(days=1)
    ),
    "writingsession_started_on_in_range": lambda w: _update(
        w.writing, started_on=OLD, finished_on=None
    ),
    "writingsession_finished_on_in_range": lambda w: _update(w.writing, finished_on=FAR),
    # reminders and portability
    "remindersettings_token_not_empty": lambda w: _update(_reminder_settings(w), calendar_token=""),
    "remindersettings_alarm_valid": lambda w: _update(
        _reminder_settings(w), interview_alarm_minutes=7
    ),
    "reminders.ReminderSettings.user": lambda w: type(_reminder_settings(w)).objects.create(
        user=w.owner
    ),
    "reminders.ReminderSettings.calendar_token": lambda w: type(
        _reminder_settings(w)
    ).objects.create(user=w.stranger, calendar_token=_reminder_settings(w).calendar_token),
    "portability.PendingImport.token": _pending_import_twice,
    "auth.User.username": lambda w: UserFactory(username=w.owner.username),
    # inbox
    "inbox.InboxSettings.owner": lambda w: (
        _inbox_settings(w),
        type(_inbox_settings(w)).objects.create(owner=w.owner),
    ),
    "inboxsettings_port_valid": lambda w: _update(_inbox_settings(w), port=70000),
    "inboxsettings_security_valid": lambda w: _update(_inbox_settings(w), security="none"),
    "inboxsettings_status_valid": lambda w: _update(_inbox_settings(w), sync_status="fine"),
    "folderstate_unique_folder": lambda w: (_folder_state(w), _folder_state(w)),
    "seenmessage_unique_key": lambda w: (_seen(w), _seen(w)),
    "jobmessage_unique_key": lambda w: (_job_message(w), _job_message(w)),
    "jobmessage_kind_valid": lambda w: _update(_job_message(w), kind="spam"),
    "jobmessage_state_valid": lambda w: _update(_job_message(w), state="read"),
    "jobmessage_action_valid": lambda w: _update(_job_message(w), action="explode"),
    "jobmessage_source_valid": lambda w: _update(_job_message(w), source="pigeon"),
    "jobmessage_confidence_range": lambda w: _update(_job_message(w), confidence=1.5),
    "correction_kind_valid": lambda w: _update(_correction(w), wrong_kind="spam"),
    "correction_unique": lambda w: (_correction(w), _correction(w)),
    # pace (the world gives the owner weekly goals)
    "pace.WeeklyGoals.owner": lambda w: _goals(w).__class__.objects.create(owner=w.owner),
    "weeklygoals_applications_in_range": lambda w: _update(_goals(w), applications=0),
    "weeklygoals_people_in_range": lambda w: _update(_goals(w), people=51),
    "weeklygoals_letters_in_range": lambda w: _update(_goals(w), letters=0),
    "weeklygoals_self_care_in_range": lambda w: _update(_goals(w), self_care=500),
    "supportresource_link_is_web_url": lambda w: _support_resource(link="javascript:alert(1)"),
    # --- materials (the world's document version, sent with its application)
    "materials_document_kind_valid": lambda w: _update(_version(w).document, kind="poem"),
    "materials_version_type_valid": lambda w: _update(_version(w), file_type="exe"),
    "materials_version_extraction_valid": lambda w: _update(_version(w), extraction="maybe"),
    "materials_version_number_unique": lambda w: _update(_second_version(w), number=1),
    "materials_sent_once_per_application": lambda w: _sent(w).__class__.objects.create(
        application=w.application, version=_version(w)
    ),
    "materials.PostingSnapshot.application": lambda w: _snapshot(w).__class__.objects.create(
        application=w.application
    ),
    "materials.ReflectionFit.reflection": lambda w: _fit(w).__class__.objects.create(
        reflection=w.reflection
    ),
    # coach (the world gives the owner a coach)
    "coaching_unique_pair": lambda w: _coaching(person=w.owner, coach=w.coach),
    "coaching_not_oneself": lambda w: _coaching(person=w.owner, coach=w.owner),
    "coachinvitation_not_to_oneself": lambda w: _coach_invitation(w, target_user=w.owner),
    "coachinvitation_not_accepted_and_ended": lambda w: _coach_invitation(
        w, accepted_at=timezone.now(), ended_at=timezone.now()
    ),
    "coach.CoachInvitation.token": lambda w: (
        _coach_invitation(w, token="same"),
        _coach_invitation(w, token="same"),
    ),
    "coach.CoachInvitation.signup_invitation": lambda w: _two_coach_invitations_one_signup(w),
    "sharednote_exactly_one_note": lambda w: _shared(w, reflection=w.reflection, note=w.note),
    "coach.SharedNote.reflection": lambda w: (
        _shared(w, reflection=w.reflection),
        _shared(w, reflection=w.reflection),
    ),
    "coach.SharedNote.self_care_note": lambda w: (_shared(w, note=w.note), _shared(w, note=w.note)),
}

#: More bad rows for the invariants the issue names, beyond one per constraint.
MORE_BAD_ROWS: dict[str, Callable[[World], None]] = {
    "mood 0": lambda w: _update(w.note, mood=0),
    "letter dated but still a draft": lambda w: _update(w.letter, sent_on=datetime.date.today()),
    "salary below zero": lambda w: _update(w.application, salary_min=-1),
    "company name in another case, created directly": lambda w: Company.objects.create(
        owner=w.owner, name=w.company.name.upper()
    ),
    "second rejection through the manager": lambda w: Rejection.objects.bulk_create(
        [Rejection(application=w.rejected_application, stage="final")]
    ),
}


def _constraint_names() -> set[str]:
    names = set()
    for model in project_models():
        names |= {constraint.name for constraint in model._meta.constraints}
        names |= {
            f"{model._meta.label}.{field.name}"
            for field in model._meta.concrete_fields
            if field.unique and not field.primary_key
        }
    return names


def _check_constraint_names() -> set[str]:
    return {
        constraint.name
        for model in project_models()
        for constraint in model._meta.constraints
        if isinstance(constraint, models.CheckConstraint)
    }


def test_every_declared_constraint_has_a_bad_row_case():
    missing = sorted(_constraint_names() - set(BAD_ROWS))

    assert not missing, f"Add a bad-row case to tests/security/test_constraints.py for {missing}"


@pytest.mark.parametrize("name", sorted(BAD_ROWS))
def test_the_database_refuses_a_row_breaking(name, world):
    with pytest.raises(IntegrityError) as refused, transaction.atomic():
        BAD_ROWS[name](world)

    if name in _check_constraint_names():
        # A check constraint: the database names the one that fired.
        assert name in str(refused.value)


@pytest.mark.parametrize("name", sorted(MORE_BAD_ROWS))
def test_the_database_also_refuses(name, world):
    with pytest.raises(IntegrityError), transaction.atomic():
        MORE_BAD_ROWS[name](world)


def test_the_same_company_name_is_fine_for_another_owner(world):
    CompanyFactory(owner=world.stranger, name=world.company.name)

    assert Company.objects.filter(name__iexact=world.company.name).count() == 2


def test_a_default_per_kind_leaves_room_for_inactive_and_other_kinds(world):
    LetterTemplate.objects.create(kind="thank_you", name="Spare", subject="Hi", body="Hello")
    LetterTemplate.objects.create(
        kind="other", name="Other default", subject="Hi", body="Hello", is_default=True
    )

    assert LetterTemplate.objects.filter(kind="thank_you", is_default=True).count() == 1


def test_a_valid_world_meets_every_constraint(world):
    """The cases above fail because of what they change, not because the data was bad."""
    for model in (Application, Company, Contact, Interview, Rejection, Letter, StepSkip):
        for row in model._base_manager.all():
            row.validate_constraints()
    ApplicationFactory(owner=world.owner, salary_min=5, salary_max=5)
    ContactFactory(owner=world.owner, profile_url="https://example.com/sam")
