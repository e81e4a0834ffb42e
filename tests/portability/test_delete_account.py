import pytest
from django.apps import apps
from django.contrib.auth import SESSION_KEY, get_user_model
from django.contrib.messages import get_messages
from django.contrib.sessions.models import Session
from django.db import models
from django.urls import reverse

from portability.models import PendingImport
from rejections.models import (
    Letter,
    LetterTemplate,
    NetworkingLink,
    Reflection,
    Rejection,
    SelfCareNote,
    SetbackPlan,
    StepSkip,
    WritingSession,
)
from reminders.models import ReminderSettings
from tests.portability.factories import build_rich_account
from tracker.models import Application, Company, Contact, Interview, StatusChange

pytestmark = pytest.mark.django_db

URL = reverse("portability:delete-account")

#: How each model that belongs to a user reaches its owner.
OWNER_PATHS = {
    Company: "owner",
    Contact: "owner",
    Application: "owner",
    StatusChange: "application__owner",
    Interview: "application__owner",
    Application.contacts.through: "application__owner",
    Interview.interviewers.through: "interview__application__owner",
    Rejection: "application__owner",
    StepSkip: "rejection__application__owner",
    Letter: "rejection__application__owner",
    Reflection: "rejection__application__owner",
    NetworkingLink: "rejection__application__owner",
    SelfCareNote: "owner",
    SetbackPlan: "application__owner",
    WritingSession: "owner",
    PendingImport: "owner",
}


def owned_counts(user_pk: int) -> dict:
    return {
        model: model.objects.filter(**{f"{path}_id": user_pk}).count()
        for model, path in OWNER_PATHS.items()
    }


def all_counts() -> dict:
    return {model: model.objects.count() for model in apps.get_models(include_auto_created=True)}


def pointing_at_user(user_pk: int) -> dict:
    """Rows of any other model (admin log, sign-in records, ...) with a foreign key to the user."""
    user_model = get_user_model()
    counts = {}
    for model in apps.get_models(include_auto_created=True):
        if model in OWNER_PATHS or model is user_model:
            continue
        keys = [
            f
            for f in model._meta.concrete_fields
            if isinstance(f, models.ForeignKey) and f.related_model is user_model
        ]
        if keys:
            query = models.Q()
            for f in keys:
                query |= models.Q(**{f.attname: user_pk})
            counts[model] = model.objects.filter(query).count()
    return counts


def sessions_of(user_pk: int) -> int:
    return sum(s.get_decoded().get(SESSION_KEY) == str(user_pk) for s in Session.objects.all())


@pytest.fixture
def two_rich_accounts(owner, stranger, owner_client):
    template = LetterTemplate.objects.first()
    build_rich_account(owner, template=template)
    build_rich_account(stranger, template=template)
    for user in (owner, stranger):
        # The calendar link and digest preferences (a one-to-one row on the user).
        ReminderSettings.objects.get_for(user)
    owner_client.post(
        reverse("portability:csv-upload"),
        {"file": _csv("Company,Title\nAcme,Engineer\n")},
    )
    assert PendingImport.objects.filter(owner=owner).exists()


def _csv(text: str):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("a.csv", text.encode())


def test_the_confirmation_page_asks_for_the_username(owner_client, owner):
    response = owner_client.get(URL)
    assert response.status_code == 200
    content = response.content.decode()
    assert "Type your username to confirm" in content
    assert "It cannot be undone." in content


def test_deleting_removes_every_row_the_user_owns_and_nothing_else(
    owner_client, owner, stranger, two_rich_accounts
):
    owner_pk = owner.pk
    before_owner = owned_counts(owner_pk)
    before_stranger = owned_counts(stranger.pk)
    before_all = all_counts()
    before_pointing = pointing_at_user(owner_pk)
    before_sessions = sessions_of(owner_pk)
    assert before_sessions == 1
    # Every model really is exercised (a zero here would make the test prove nothing).
    assert all(before_owner.values()), before_owner
    assert all(count for model, count in before_stranger.items() if model is not PendingImport)

    response = owner_client.post(URL, {"username": "owner"})

    assert response.status_code == 302
    assert not get_user_model().objects.filter(pk=owner_pk).exists()
    assert all(count == 0 for count in owned_counts(owner_pk).values())
    assert before_pointing[ReminderSettings] == 1
    assert all(count == 0 for count in pointing_at_user(owner_pk).values())
    assert owned_counts(stranger.pk) == before_stranger
    after_all = all_counts()
    for model, count in before_all.items():
        expected = count - before_owner.get(model, 0) - before_pointing.get(model, 0)
        if model is get_user_model():
            expected -= 1
        if model is Session:
            expected -= before_sessions
        if model is LetterTemplate:
            expected = count  # site-wide, not the user's
        assert after_all[model] == expected, model._meta.label


def test_after_deleting_the_user_is_signed_out_and_told(owner_client, owner):
    response = owner_client.post(URL, {"username": "owner"})
    assert response["Location"] == reverse("login")
    assert SESSION_KEY not in owner_client.session
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    assert messages == ["The account “owner” and everything in it have been deleted."]
    follow = owner_client.get(reverse("home:dashboard"))
    assert follow.status_code == 302 and follow["Location"].startswith(reverse("login"))


@pytest.mark.parametrize("typed", ["", "Owner", "stranger", "owner2"])
def test_the_wrong_username_deletes_nothing(owner_client, owner, typed):
    build_rich_account(owner)
    before = owned_counts(owner.pk)
    response = owner_client.post(URL, {"username": typed})
    assert response.status_code == 400
    content = response.content.decode()
    assert "nothing was deleted" in content or "This field is required." in content
    assert get_user_model().objects.filter(pk=owner.pk).exists()
    assert owned_counts(owner.pk) == before


def test_surrounding_spaces_in_the_typed_username_are_forgiven(owner_client, owner):
    owner_client.post(URL, {"username": " owner "})
    assert not get_user_model().objects.filter(pk=owner.pk).exists()
