"""The self-care journal: notes, their form, and the mood-over-time chart."""

import datetime
import re
from urllib.parse import quote

import pytest
from django.contrib.messages import get_messages
from django.db import connection
from django.forms.models import model_to_dict
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from rejections.charts import mood_chart
from rejections.models import SelfCareNote
from tests.factories import RejectionFactory, SelfCareNoteFactory

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert(1)</script>"
ESCAPED_SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;"
INVALID_CHOICE = "Select a valid choice. That choice is not one of the available choices."

ROUTES = {
    "selfcare-list": None,
    "selfcare-update": "note",
    "selfcare-delete": "note",
}
OBJECT_ROUTES = sorted(name for name, kind in ROUTES.items() if kind)


@pytest.fixture
def rejection(owner):
    return RejectionFactory(
        application__owner=owner,
        application__company__name="Acme",
        application__position_title="Backend engineer",
        received_on=timezone.localdate() - datetime.timedelta(days=3),
    )


@pytest.fixture
def note(owner):
    return SelfCareNoteFactory(owner=owner, activity="Walk by the river", mood=4)


def url_for(name: str, note: SelfCareNote) -> str:
    return reverse(f"rejections:{name}", args=[note.pk] if ROUTES[name] else [])


def valid_data(**overrides) -> dict:
    data = {
        "date": timezone.localdate().isoformat(),
        "activity": "Dinner with friends",
        "mood": "4",
        "note": "Laughed a lot.",
        "rejection": "",
    }
    return {**data, **overrides}


def snapshot() -> list:
    return sorted((n.pk, repr(model_to_dict(n))) for n in SelfCareNote.objects.all())


def messages_of(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def assert_csp_safe(html: str) -> None:
    """No inline script, style attribute or event handler: the strict CSP would block them."""
    assert not re.search(r"<script(?![^>]*\bsrc=)", html)
    assert not re.search(r"\sstyle\s*=", html)
    assert not re.search(r"\son[a-z]+\s*=", html)


def post_note(client, **overrides):
    return client.post(reverse("rejections:selfcare-list"), valid_data(**overrides))


# --- Access rules ---------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(ROUTES))
def test_the_owner_can_open_the_page(owner_client, note, name):
    response = owner_client.get(url_for(name, note))

    assert response.status_code == 200
    assert_csp_safe(response.content.decode())


@pytest.mark.parametrize("name", OBJECT_ROUTES)
def test_a_stranger_gets_404_for_the_owners_note(stranger_client, note, name):
    assert stranger_client.get(url_for(name, note)).status_code == 404


@pytest.mark.parametrize("name", OBJECT_ROUTES)
def test_a_stranger_posting_to_the_owners_note_gets_404_and_changes_nothing(
    stranger_client, note, name
):
    before = snapshot()

    response = stranger_client.post(url_for(name, note), valid_data())

    assert response.status_code == 404
    assert snapshot() == before


@pytest.mark.parametrize("name", sorted(ROUTES))
def test_anonymous_visitors_are_sent_to_the_login_page(client, note, name):
    url = url_for(name, note)

    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={quote(url)}"


@pytest.mark.parametrize("name", sorted(ROUTES))
def test_anonymous_posts_are_sent_to_the_login_page_and_change_nothing(client, note, name):
    before = snapshot()

    response = client.post(url_for(name, note), valid_data())

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")
    assert snapshot() == before


def test_the_stranger_does_not_see_the_owners_notes(stranger_client, note):
    response = stranger_client.get(reverse("rejections:selfcare-list"))

    assert list(response.context["page"]) == []
    assert response.context["chart"] is None
    assert "Walk by the river" not in response.content.decode()


# --- Adding a note --------------------------------------------------------------------


def test_adding_a_note_saves_it_and_redirects_back_with_a_message(owner, owner_client):
    response = post_note(owner_client)

    note = SelfCareNote.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("rejections:selfcare-list")
    assert messages_of(response) == ["Noted “Dinner with friends”. Taking care of yourself counts."]
    assert (note.owner, note.activity, note.mood, note.note) == (
        owner,
        "Dinner with friends",
        4,
        "Laughed a lot.",
    )
    assert note.rejection is None


def test_a_note_can_be_tied_to_one_of_the_owners_rejections(owner_client, rejection):
    post_note(owner_client, rejection=rejection.pk)

    assert SelfCareNote.objects.get().rejection == rejection


def test_a_forged_rejection_of_another_user_is_refused(owner_client, stranger):
    theirs = RejectionFactory(application__owner=stranger)

    response = post_note(owner_client, rejection=theirs.pk)

    assert response.status_code == 200
    assert response.context["form"].errors["rejection"] == [INVALID_CHOICE]
    assert not SelfCareNote.objects.exists()


def test_the_rejection_choices_are_only_the_owners(owner_client, rejection, stranger):
    RejectionFactory(application__owner=stranger, application__company__name="Theirs Inc")

    response = owner_client.get(reverse("rejections:selfcare-list"))

    field = response.context["form"].fields["rejection"]
    assert list(field.queryset) == [rejection]
    assert "Theirs Inc" not in response.content.decode()
    assert "Backend engineer at Acme (" in response.content.decode()


def test_the_address_can_preselect_one_of_the_owners_rejections(owner_client, rejection):
    response = owner_client.get(reverse("rejections:selfcare-list"), {"rejection": rejection.pk})

    assert response.status_code == 200
    assert response.context["form"].initial["rejection"] == rejection
    assert f'<option value="{rejection.pk}" selected>' in response.content.decode()


@pytest.mark.parametrize("value", ["other", "abc", "999999"])
def test_preselecting_a_rejection_that_is_not_the_owners_gives_404(owner_client, stranger, value):
    theirs = RejectionFactory(application__owner=stranger)
    rejection_id = theirs.pk if value == "other" else value

    response = owner_client.get(reverse("rejections:selfcare-list"), {"rejection": rejection_id})

    assert response.status_code == 404


@pytest.mark.parametrize("mood", ["0", "6", "-1", "three", ""])
def test_a_mood_outside_one_to_five_is_refused(owner_client, mood):
    response = post_note(owner_client, mood=mood)

    assert response.status_code == 200
    assert "mood" in response.context["form"].errors
    assert not SelfCareNote.objects.exists()


def test_the_mood_is_offered_as_labelled_radio_buttons(owner_client):
    html = owner_client.get(reverse("rejections:selfcare-list")).content.decode()

    assert len(re.findall(r'<input type="radio"[^>]*name="mood"', html)) == 5
    assert "How do you feel?" in html
    assert "1 – very low" in html
    assert "5 – great" in html


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("0000-01-01", "Enter a valid date."),
        ("2025-02-30", "Enter a valid date."),
        ("1900-01-01", "Enter a date between 1950 and 2100."),
    ],
)
def test_impossible_dates_are_refused(owner_client, value, message):
    response = post_note(owner_client, date=value)

    assert response.context["form"].errors["date"] == [message]
    assert not SelfCareNote.objects.exists()


def test_a_note_cannot_be_dated_in_the_future(owner_client):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)

    response = post_note(owner_client, date=tomorrow.isoformat())

    assert response.context["form"].errors["date"] == [
        "This date is in the future; use today or an earlier day."
    ]


def test_an_activity_is_required(owner_client):
    response = post_note(owner_client, activity="  ")

    assert response.context["form"].errors["activity"] == ["This field is required."]
    assert not SelfCareNote.objects.exists()


def test_an_invalid_note_shows_the_journal_with_the_errors(owner_client, note):
    response = post_note(owner_client, mood="9")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Walk by the river" in html
    assert "Select a valid choice. 9 is not one of the available choices." in html


# --- Editing and deleting -------------------------------------------------------------


def test_editing_a_note_saves_it(owner_client, note, rejection):
    url = reverse("rejections:selfcare-update", args=[note.pk])

    assert owner_client.get(url).context["form"].initial["activity"] == "Walk by the river"
    response = owner_client.post(url, valid_data(activity="Swim", mood="5", rejection=rejection.pk))

    note.refresh_from_db()
    assert response.status_code == 302
    assert response["Location"] == reverse("rejections:selfcare-list")
    assert (note.activity, note.mood, note.rejection) == ("Swim", 5, rejection)
    assert messages_of(response) == ["Saved “Swim”."]


def test_editing_cannot_move_a_note_to_another_users_rejection(owner_client, note, stranger):
    theirs = RejectionFactory(application__owner=stranger)
    before = snapshot()

    response = owner_client.post(
        reverse("rejections:selfcare-update", args=[note.pk]), valid_data(rejection=theirs.pk)
    )

    assert response.context["form"].errors["rejection"] == [INVALID_CHOICE]
    assert snapshot() == before


def test_delete_asks_for_confirmation_on_get(owner_client, note):
    response = owner_client.get(reverse("rejections:selfcare-delete", args=[note.pk]))

    html = response.content.decode()
    assert "Walk by the river" in html
    assert f'href="{reverse("rejections:selfcare-list")}"' in html
    assert SelfCareNote.objects.filter(pk=note.pk).exists()


def test_delete_on_post_removes_the_note(owner_client, note):
    response = owner_client.post(reverse("rejections:selfcare-delete", args=[note.pk]))

    assert response.status_code == 302
    assert response["Location"] == reverse("rejections:selfcare-list")
    assert not SelfCareNote.objects.exists()
    assert messages_of(response) == [f"Deleted “{note}”."]


def test_deleting_a_rejection_keeps_its_notes(note, rejection):
    note.rejection = rejection
    note.save()

    rejection.delete()

    note.refresh_from_db()
    assert note.rejection is None


# --- The list -------------------------------------------------------------------------


def test_notes_are_listed_newest_first_and_paginated_by_twenty(owner, owner_client):
    today = timezone.localdate()
    for days_ago in range(21):
        SelfCareNoteFactory(
            owner=owner, date=today - datetime.timedelta(days=days_ago), activity=f"A{days_ago}"
        )

    first = owner_client.get(reverse("rejections:selfcare-list"))
    second = owner_client.get(reverse("rejections:selfcare-list"), {"page": 2})

    assert [n.activity for n in first.context["page"]][:3] == ["A0", "A1", "A2"]
    assert len(first.context["page"]) == 20
    assert [n.activity for n in second.context["page"]] == ["A20"]


def test_a_note_links_to_its_rejection(owner, owner_client, rejection):
    SelfCareNoteFactory(owner=owner, rejection=rejection)

    html = owner_client.get(reverse("rejections:selfcare-list")).content.decode()

    assert f'href="{rejection.get_absolute_url()}"' in html


def test_html_in_notes_is_escaped(owner, owner_client):
    rejection = RejectionFactory(
        application__owner=owner,
        application__company__name=SCRIPT,
        application__position_title=SCRIPT,
    )
    note = SelfCareNoteFactory(owner=owner, activity=SCRIPT, note=SCRIPT, rejection=rejection)

    for url in [
        reverse("rejections:selfcare-list"),
        reverse("rejections:selfcare-update", args=[note.pk]),
        reverse("rejections:selfcare-delete", args=[note.pk]),
    ]:
        html = owner_client.get(url).content.decode()
        assert SCRIPT not in html, url
        assert ESCAPED_SCRIPT in html, url
        assert_csp_safe(html)


# --- Mood over time -------------------------------------------------------------------


def test_the_chart_shows_the_average_and_a_dot_per_note(owner, owner_client):
    today = timezone.localdate()
    for days_ago, mood in [(2, 2), (1, 3), (0, 5)]:
        SelfCareNoteFactory(owner=owner, date=today - datetime.timedelta(days=days_ago), mood=mood)

    response = owner_client.get(reverse("rejections:selfcare-list"))

    html = response.content.decode()
    chart = response.context["chart"]
    assert [point.mood for point in chart["points"]] == [2, 3, 5]
    assert "Average mood over the last 3 notes: <strong>3.3</strong> out of 5." in html
    assert html.count("<circle ") == 3
    assert '<svg viewBox="0 0 480 170" role="img"' in html
    assert "<table" in html


def test_the_chart_uses_the_last_sixty_notes(owner, owner_client):
    today = timezone.localdate()
    SelfCareNoteFactory.create_batch(5, owner=owner, date=today - datetime.timedelta(days=400))
    SelfCareNoteFactory.create_batch(60, owner=owner, date=today, mood=5)

    response = owner_client.get(reverse("rejections:selfcare-list"))

    assert response.context["chart"]["count"] == 60
    assert response.context["chart"]["average"] == "5.0"


def test_the_chart_marks_rejections_between_the_first_and_last_note(owner, owner_client):
    today = timezone.localdate()
    SelfCareNoteFactory(owner=owner, date=today - datetime.timedelta(days=10), mood=4)
    SelfCareNoteFactory(owner=owner, date=today, mood=2)
    RejectionFactory(
        application__owner=owner,
        application__company__name="Inside Co",
        received_on=today - datetime.timedelta(days=5),
    )
    RejectionFactory(
        application__owner=owner,
        application__company__name="Before Co",
        received_on=today - datetime.timedelta(days=30),
    )

    response = owner_client.get(reverse("rejections:selfcare-list"))

    marks = response.context["chart"]["marks"]
    assert [mark.label.split(" at ")[1] for mark in marks] == ["Inside Co"]
    assert "Dashed red lines mark rejections." in response.content.decode()


def test_the_chart_has_no_localised_numbers(settings, owner, owner_client):
    settings.LANGUAGE_CODE = "de"
    SelfCareNoteFactory(owner=owner, mood=3)

    html = owner_client.get(reverse("rejections:selfcare-list"), HTTP_ACCEPT_LANGUAGE="de").content

    assert re.search(rb'<circle cx="\d+\.\d" cy="\d+\.\d" r="4"', html)


def test_mood_chart_geometry():
    day = datetime.date(2025, 3, 1)
    rows = [
        (day, 1, "note", 1, "a", ""),
        (day + datetime.timedelta(days=1), 2, "rejection", 0, "Role", "Acme"),
        (day + datetime.timedelta(days=2), 3, "note", 5, "b", ""),
        # Outside the period: left out.
        (day + datetime.timedelta(days=3), 4, "note", 3, "c", ""),
    ]

    chart = mood_chart(rows, start=day, end=day + datetime.timedelta(days=2))

    low, high = chart["points"]
    assert (low.x, high.x) == ("30.0", "470.0")
    assert (low.y, high.y) == ("114.0", "10.0")
    (mark,) = chart["marks"]
    assert mark.x == "250.0"
    assert mark.label == "Role at Acme"
    assert chart["average"] == "3.0"
    assert mood_chart(rows[1:2], start=day, end=day) is None


def test_without_notes_the_chart_invites_a_first_one(owner_client):
    response = owner_client.get(reverse("rejections:selfcare-list"))

    assert response.context["chart"] is None
    assert "appears here once you have added a note" in response.content.decode()


# --- Query counts ---------------------------------------------------------------------


def make_notes(user, count: int) -> None:
    today = timezone.localdate()
    for n in range(count):
        rejection = RejectionFactory(
            application__owner=user, received_on=today - datetime.timedelta(days=n)
        )
        SelfCareNoteFactory(
            owner=user, rejection=rejection, date=today - datetime.timedelta(days=n)
        )


def count_queries(client, *, rows: int) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("rejections:selfcare-list"))
    assert response.status_code == 200
    assert response.context["page"].paginator.count == rows
    assert len(response.context["chart"]["marks"]) == rows
    return len(queries)


def test_the_journal_runs_the_same_queries_for_2_and_40_notes(
    owner, stranger, owner_client, stranger_client
):
    make_notes(owner, 2)
    make_notes(stranger, 40)

    with_2 = count_queries(owner_client, rows=2)
    with_40 = count_queries(stranger_client, rows=40)

    print(f"/self-care/: {with_2} queries with 2 rows, {with_40} with 40")
    assert with_2 == with_40


@pytest.mark.parametrize("value", ["²", "①"])
def test_a_non_ascii_digit_as_the_preselected_rejection_gives_404(owner_client, value):
    response = owner_client.get("/self-care/", {"rejection": value})

    assert response.status_code == 404
