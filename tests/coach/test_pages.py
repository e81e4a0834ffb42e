"""What a coach sees (exactly the shared subset), the sharing page, the log, and sharing
one note at a time."""

import pytest
from django.test import Client
from django.urls import reverse

from coach import services
from coach.models import Coaching, CoachView, SharedNote
from tests.factories import UserFactory
from tests.security.world import build_world

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(owner, stranger):
    return build_world(owner, stranger)


@pytest.fixture
def coach_client(world) -> Client:
    client = Client()
    client.force_login(world.coach)
    return client


def page(client, name, world, query="") -> str:
    response = client.get(reverse(f"coach:{name}", args=[world.owner.pk]) + query)
    assert response.status_code == 200
    return response.content.decode()


def test_the_overview_shows_goals_pipeline_steps_and_sent_letters(world, coach_client):
    html = page(coach_client, "overview", world)

    assert "OWNERSECRET Engineer" not in html  # applications are on their own page
    assert "Letters sent: 1 of 2" in html  # weekly goals and this week's progress
    assert "OWNERSECRET Analyst at OWNERSECRET Corp" in html  # an open workflow
    assert "1. Acknowledge: done" in html
    assert "OWNERSECRET sent subject" in html  # a sent letter's subject ...
    assert not world.private_leaks(html)  # ... never its body, nor the draft


def test_the_pipeline_lists_applications_without_their_notes(world, coach_client):
    html = page(coach_client, "applications", world)
    interviewing = page(coach_client, "applications", world, "?status=interviewing")

    assert "OWNERSECRET Engineer" in html and "OWNERSECRET Analyst" in html
    assert "OWNERSECRET Engineer" in interviewing and "OWNERSECRET Analyst" not in interviewing
    assert not world.private_leaks(html)


def test_the_steps_say_which_are_done_without_what_was_written(world, coach_client):
    html = page(coach_client, "rejections", world)

    assert "4. Reflect: done" in html
    assert "5. Stay proactive: done" in html
    assert "8. Self-care: done" in html
    assert "OWNERSECRET went well" not in html and "OWNERSECRET feelings" not in html


def test_a_shared_reflection_shows_and_nothing_else_does(world, coach_client, owner_client):
    response = owner_client.post(
        reverse("coach:share-reflection", args=[world.reflection.pk]), {"shared": "1"}
    )
    assert response.status_code == 302

    html = page(coach_client, "notes", world)

    assert "OWNERSECRET went well" in html and "OWNERSECRET lessons" in html
    assert "OWNERSECRET mood note" not in html  # the self-care note was not shared
    shown = {"went well", "to improve", "lessons", "next action"}
    assert not [s for s in world.private_leaks(html) if not any(w in s for w in shown)]

    owner_client.post(
        reverse("coach:share-reflection", args=[world.reflection.pk]), {"shared": "0"}
    )
    assert "OWNERSECRET went well" not in page(coach_client, "notes", world)


def test_a_shared_self_care_note_shows_its_mood_and_text(world, coach_client, owner_client):
    owner_client.post(reverse("coach:share-self-care", args=[world.note.pk]), {"shared": "1"})

    html = page(coach_client, "notes", world)

    assert "OWNERSECRET walk" in html and "OWNERSECRET mood note" in html
    assert "OWNERSECRET went well" not in html


def test_the_owner_sees_each_share_switch_on_the_notes_page(world, owner_client):
    SharedNote.objects.create(owner=world.owner, self_care_note=world.note)

    html = owner_client.get(reverse("coach:notes-choice") + "?show=self-care").content.decode()
    reflections = owner_client.get(reverse("coach:notes-choice")).content.decode()

    assert "Stop sharing" in html
    assert "Share with my coaches" in reflections and "Stop sharing" not in reflections


def test_a_stranger_cannot_share_the_owners_note(world, stranger_client):
    response = stranger_client.post(
        reverse("coach:share-reflection", args=[world.reflection.pk]), {"shared": "1"}
    )

    assert response.status_code == 404
    assert not SharedNote.objects.exists()


def test_every_coach_view_is_logged_and_shown_to_the_owner(world, coach_client, owner_client):
    page(coach_client, "overview", world)
    page(coach_client, "letters", world)

    views = list(CoachView.objects.for_person(world.owner))
    html = owner_client.get(reverse("coach:sharing")).content.decode()

    assert [(v.coach_id, v.page) for v in views] == [
        (world.coach.pk, "Letters"),
        (world.coach.pk, "Overview"),
    ]
    assert html.count(world.coach.username) >= 3  # the coach, and two rows of the log
    assert "Letters" in html and "Overview" in html


def test_the_log_stays_after_revocation_and_the_coach_gets_404(world, coach_client, owner_client):
    page(coach_client, "overview", world)
    coaching = Coaching.objects.get(person=world.owner, coach=world.coach)

    response = owner_client.post(reverse("coach:revoke", args=[coaching.pk]))

    assert response.status_code == 302
    assert coach_client.get(reverse("coach:overview", args=[world.owner.pk])).status_code == 404
    assert CoachView.objects.for_person(world.owner).count() == 1
    assert world.coach.username in owner_client.get(reverse("coach:sharing")).content.decode()


def test_a_coach_of_two_people_moves_between_them(world, coach_client):
    other = UserFactory(first_name="Robin", last_name="Other")
    Coaching.objects.create(person=other, coach=world.coach)

    home = coach_client.get(reverse("coach:home")).content.decode()
    overview = page(coach_client, "rejections", world)

    assert reverse("coach:overview", args=[other.pk]) in home
    assert reverse("coach:overview", args=[world.owner.pk]) in home
    assert reverse("coach:rejections", args=[other.pk]) in overview


def test_a_person_can_have_several_coaches(world, owner_client):
    second = UserFactory()
    Coaching.objects.create(person=world.owner, coach=second)

    html = owner_client.get(reverse("coach:sharing")).content.decode()

    assert world.coach.username in html and second.username in html


def test_the_owner_is_not_their_own_coach(world, owner_client):
    response = owner_client.get(reverse("coach:overview", args=[world.owner.pk]))

    assert response.status_code == 404


def test_a_coach_sees_weeks_in_the_persons_time_zone(world, coach_client):
    from accounts.models import Preferences

    Preferences.objects.create(user=world.owner, time_zone="Pacific/Kiritimati")
    Preferences.objects.create(user=world.coach, time_zone="Pacific/Pago_Pago")

    response = coach_client.get(reverse("coach:overview", args=[world.owner.pk]))

    from django.utils import timezone

    from pace.goals import Week

    with timezone.override("Pacific/Kiritimati"):
        monday = Week.of(timezone.localdate()).monday
    assert response.context["progress"].week.monday == monday


def test_services_refuse_sharing_two_things_at_once(world):
    with pytest.raises(ValueError):
        services.set_shared(
            owner=world.owner, reflection_id=world.reflection.pk, note_id=world.note.pk, shared=True
        )


@pytest.mark.parametrize("who", ["person", "coach"])
def test_deleting_either_account_ends_the_coaching_and_its_log(world, coach_client, who):
    """The account deletion page ends the coaching with either side's account. The view log
    is the person's: it goes with their account, and stays with the coach's name when the
    coach's account goes."""
    from coach.models import CoachInvitation

    page(coach_client, "overview", world)
    services.set_shared(owner=world.owner, reflection_id=world.reflection.pk, shared=True)
    assert CoachView.objects.exists() and SharedNote.objects.exists()
    leaving, staying = (world.owner, world.coach) if who == "person" else (world.coach, world.owner)
    client = Client()
    client.force_login(leaving)

    response = client.post(reverse("portability:delete-account"), {"username": leaving.username})

    assert response.status_code == 302
    assert not Coaching.objects.exists()
    assert not CoachInvitation.objects.filter(owner=leaving).exists()
    if who == "person":
        assert not CoachView.objects.exists()
        assert not SharedNote.objects.exists()
    else:
        view = CoachView.objects.get(person=world.owner)
        assert view.coach is None and view.coach_name == world.coach.username
        assert SharedNote.objects.filter(owner=world.owner).exists()
    assert type(staying).objects.filter(pk=staying.pk).exists()


def test_dates_on_a_coachs_pages_are_the_persons(world, coach_client):
    """Rendered in the person's time zone, not the coach's: the day a change happened is
    the day the person lived it."""
    import datetime

    from accounts.models import Preferences
    from tracker.models import Application

    Preferences.objects.update_or_create(
        user=world.owner, defaults={"time_zone": "Pacific/Kiritimati"}
    )
    Preferences.objects.update_or_create(
        user=world.coach, defaults={"time_zone": "Pacific/Pago_Pago"}
    )
    # 12:00 UTC on 10 March: 11 March 02:00 in Kiritimati, 10 March 01:00 in Pago Pago.
    moment = datetime.datetime(2025, 3, 10, 12, 0, tzinfo=datetime.UTC)
    Application.objects.filter(owner=world.owner).update(updated_at=moment)

    html = page(coach_client, "applications", world)

    assert "2025-03-11" in html and "2025-03-10T01:00" not in html
