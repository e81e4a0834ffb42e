"""Reflections: writing them per rejection and reviewing them on /reflections/."""

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

from rejections.models import Reflection, Rejection
from rejections.search import (
    matching_ids,
    recurring_themes,
    split_tags,
    theme_words,
)
from tests.factories import ApplicationFactory, ReflectionFactory, RejectionFactory
from tracker.models import Company
from tracker.stages import Stage

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert(1)</script>"
ESCAPED_SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;"
EMPTY_MESSAGE = "Write at least a line about what went well, what to improve or what you learned."

#: Every reflection URL, with the kind of object its <pk> names (None: no pk).
ROUTES = {
    "reflection-list": None,
    "reflection-create": "rejection",
    "reflection-update": "reflection",
    "reflection-delete": "reflection",
}
CHANGING = {"reflection-create", "reflection-update", "reflection-delete"}
OBJECT_ROUTES = sorted(name for name, kind in ROUTES.items() if kind)


def rejection_for(user, *, company: str = "Acme", position: str = "Backend engineer", **kwargs):
    company, _ = Company.objects.get_or_create(owner=user, name=company)
    application = ApplicationFactory(
        owner=user, company=company, position_title=position, status="rejected"
    )
    return RejectionFactory(application=application, **kwargs)


@pytest.fixture
def rejection(owner):
    return rejection_for(
        owner,
        reason_given="They chose someone with more Kubernetes experience.",
        feedback="Work on structuring system design answers.",
    )


@pytest.fixture
def reflection(rejection):
    return ReflectionFactory(rejection=rejection)


@pytest.fixture
def objects(rejection, reflection):
    return {"rejection": rejection, "reflection": reflection}


def url_for(name: str, objects: dict) -> str:
    kind = ROUTES[name]
    return reverse(f"rejections:{name}", args=[objects[kind].pk] if kind else [])


def valid_data(**overrides) -> dict:
    data = {
        "written_on": timezone.localdate().isoformat(),
        "went_well": "Good rapport with the panel.",
        "to_improve": "Whiteboard practice.",
        "lessons": "",
        "next_actions": "Book a mock interview\n\n  Read the system design primer  ",
        "tags": "System design, nerves",
    }
    return {**data, **overrides}


def snapshot() -> dict:
    """Everything in the tables these views touch, to prove a refusal changed nothing."""
    return {
        model.__name__: sorted(
            (obj.pk, repr(model_to_dict(obj))) for obj in model._default_manager.all()
        )
        for model in (Reflection, Rejection)
    }


def messages_of(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def form_errors(response) -> list[str]:
    form = response.context["form"]
    return [error for errors in form.errors.values() for error in errors]


def list_positions(client, **params) -> list[str]:
    response = client.get(reverse("rejections:reflection-list"), params)
    assert response.status_code == 200
    return [r.rejection.application.position_title for r in response.context["page"]]


def assert_csp_safe(html: str) -> None:
    """No inline script, style attribute or event handler: the strict CSP would block them."""
    assert not re.search(r"<script(?![^>]*\bsrc=)", html)
    assert not re.search(r"\sstyle\s*=", html)
    assert not re.search(r"\son[a-z]+\s*=", html)


# --- Access rules ---------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(ROUTES))
def test_the_owner_can_open_the_page(owner_client, objects, name):
    response = owner_client.get(url_for(name, objects))

    assert response.status_code == 200
    assert_csp_safe(response.content.decode())


@pytest.mark.parametrize("name", OBJECT_ROUTES)
def test_a_stranger_gets_404_for_the_owners_object(stranger_client, objects, name):
    assert stranger_client.get(url_for(name, objects)).status_code == 404


@pytest.mark.parametrize("name", sorted(set(OBJECT_ROUTES) & CHANGING))
def test_a_stranger_posting_to_the_owners_object_gets_404_and_changes_nothing(
    stranger_client, objects, name
):
    before = snapshot()

    response = stranger_client.post(url_for(name, objects), valid_data())

    assert response.status_code == 404
    assert snapshot() == before


@pytest.mark.parametrize("name", sorted(ROUTES))
def test_anonymous_visitors_are_sent_to_the_login_page(client, objects, name):
    url = url_for(name, objects)

    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={quote(url)}"


@pytest.mark.parametrize("name", sorted(CHANGING))
def test_anonymous_posts_are_sent_to_the_login_page_and_change_nothing(client, objects, name):
    before = snapshot()

    response = client.post(url_for(name, objects), valid_data())

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")
    assert snapshot() == before


def test_posting_to_the_review_page_is_not_allowed(owner_client):
    assert owner_client.post(reverse("rejections:reflection-list")).status_code == 405


def test_an_unknown_reflection_gives_404(owner_client):
    url = reverse("rejections:reflection-update", args=[999_999])

    assert owner_client.get(url).status_code == 404


def test_the_stranger_does_not_see_the_owners_reflections(stranger_client, reflection):
    response = stranger_client.get(reverse("rejections:reflection-list"))

    assert list(response.context["page"]) == []
    assert "Acme" not in response.content.decode()
    assert response.context["themes"] == {"tags": [], "words": []}


# --- Writing a reflection -------------------------------------------------------------


def test_writing_a_reflection_saves_it_and_returns_to_the_workspace(owner_client, rejection):
    response = owner_client.post(
        reverse("rejections:reflection-create", args=[rejection.pk]), valid_data()
    )

    reflection = Reflection.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("rejections:workspace", args=[rejection.pk])
    assert messages_of(response) == ["Reflection saved. Well done for taking the time."]
    assert reflection.rejection == rejection
    assert reflection.tags == "system design, nerves"
    assert reflection.next_actions == "Book a mock interview\nRead the system design primer"
    assert reflection.next_action_list == ["Book a mock interview", "Read the system design primer"]


def test_the_form_shows_the_reason_and_feedback_to_reflect_on(owner_client, rejection):
    response = owner_client.get(reverse("rejections:reflection-create", args=[rejection.pk]))

    html = response.content.decode()
    assert "They chose someone with more Kubernetes experience." in html
    assert "Work on structuring system design answers." in html


def test_the_form_suggests_asking_for_feedback_when_there_is_none(owner, owner_client):
    rejection = rejection_for(owner)

    response = owner_client.get(reverse("rejections:reflection-create", args=[rejection.pk]))

    assert "No feedback recorded yet." in response.content.decode()


@pytest.mark.parametrize("fields", [{}, {"lessons": "   "}, {"next_actions": "Apply again"}])
def test_a_reflection_needs_what_went_well_what_to_improve_or_a_lesson(
    owner_client, rejection, fields
):
    data = valid_data(**{"went_well": "", "to_improve": "", "lessons": "", **fields})

    response = owner_client.post(reverse("rejections:reflection-create", args=[rejection.pk]), data)

    assert response.status_code == 200
    assert response.context["form"].non_field_errors() == [EMPTY_MESSAGE]
    assert EMPTY_MESSAGE in response.content.decode()
    assert not Reflection.objects.exists()


@pytest.mark.parametrize("field", ["went_well", "to_improve", "lessons"])
def test_any_one_of_the_three_reflection_fields_is_enough(owner_client, rejection, field):
    data = valid_data(**{"went_well": "", "to_improve": "", "lessons": "", field: "Something."})

    response = owner_client.post(reverse("rejections:reflection-create", args=[rejection.pk]), data)

    assert response.status_code == 302
    assert getattr(Reflection.objects.get(), field) == "Something."


def test_tags_are_trimmed_lowercased_and_deduplicated(owner_client, rejection):
    data = valid_data(tags="  Nerves ,nerves,, System   Design,NERVES , salary ")

    owner_client.post(reverse("rejections:reflection-create", args=[rejection.pk]), data)

    reflection = Reflection.objects.get()
    assert reflection.tags == "nerves, system design, salary"
    assert reflection.tag_list == ["nerves", "system design", "salary"]


def test_more_than_ten_tags_are_refused(owner_client, rejection):
    tags = ", ".join(f"tag{n}" for n in range(11))

    response = owner_client.post(
        reverse("rejections:reflection-create", args=[rejection.pk]), valid_data(tags=tags)
    )

    assert response.status_code == 200
    assert form_errors(response) == [
        "Use at most 10 tags; you wrote 11. Keep the ones you will want to search for."
    ]
    assert not Reflection.objects.exists()


def test_ten_tags_are_fine_even_when_duplicates_take_it_above_ten(owner_client, rejection):
    tags = ", ".join(f"tag{n}" for n in range(10)) + ", TAG1, tag2"

    response = owner_client.post(
        reverse("rejections:reflection-create", args=[rejection.pk]), valid_data(tags=tags)
    )

    assert response.status_code == 302
    assert len(Reflection.objects.get().tag_list) == 10


def test_a_tag_longer_than_forty_characters_is_refused(owner_client, rejection):
    response = owner_client.post(
        reverse("rejections:reflection-create", args=[rejection.pk]),
        valid_data(tags="short, " + "x" * 41),
    )

    assert response.status_code == 200
    (error,) = form_errors(response)
    assert error.startswith("Keep each tag to 40 characters or fewer")
    assert "is 41." in error
    assert not Reflection.objects.exists()


def test_ten_long_tags_that_do_not_fit_together_are_refused(owner_client, rejection):
    tags = ", ".join(f"{n}" + "y" * 38 for n in range(10))

    response = owner_client.post(
        reverse("rejections:reflection-create", args=[rejection.pk]), valid_data(tags=tags)
    )

    assert response.status_code == 200
    (error,) = form_errors(response)
    assert error.startswith("Together the tags are too long")
    assert not Reflection.objects.exists()


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("0000-01-01", "Enter a valid date."),
        ("2025-02-30", "Enter a valid date."),
        ("1900-01-01", "Enter a date between 1950 and 2100."),
        ("yesterday", "Enter a valid date."),
    ],
)
def test_impossible_dates_are_refused(owner_client, rejection, value, message):
    response = owner_client.post(
        reverse("rejections:reflection-create", args=[rejection.pk]),
        valid_data(written_on=value),
    )

    assert response.status_code == 200
    assert response.context["form"].errors["written_on"] == [message]
    assert not Reflection.objects.exists()


def test_a_reflection_cannot_be_dated_in_the_future(owner_client, rejection):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)

    response = owner_client.post(
        reverse("rejections:reflection-create", args=[rejection.pk]),
        valid_data(written_on=tomorrow.isoformat()),
    )

    assert response.context["form"].errors["written_on"] == [
        "This date is in the future; use today or an earlier day."
    ]


def test_editing_a_reflection_saves_it(owner_client, reflection):
    url = reverse("rejections:reflection-update", args=[reflection.pk])

    assert owner_client.get(url).context["form"].initial["went_well"] == reflection.went_well
    response = owner_client.post(url, valid_data(to_improve="Slow down when answering."))

    reflection.refresh_from_db()
    assert response.status_code == 302
    assert response["Location"] == reflection.rejection.get_absolute_url()
    assert reflection.to_improve == "Slow down when answering."
    assert messages_of(response) == ["Reflection saved."]


def test_delete_asks_for_confirmation_on_get(owner_client, reflection):
    response = owner_client.get(reverse("rejections:reflection-delete", args=[reflection.pk]))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Delete “Reflection on Backend engineer at Acme" in html
    assert f'href="{reflection.rejection.get_absolute_url()}"' in html
    assert Reflection.objects.filter(pk=reflection.pk).exists()


def test_delete_on_post_removes_the_reflection(owner_client, reflection):
    response = owner_client.post(reverse("rejections:reflection-delete", args=[reflection.pk]))

    assert response.status_code == 302
    assert response["Location"] == reflection.rejection.get_absolute_url()
    assert not Reflection.objects.exists()
    assert Rejection.objects.filter(pk=reflection.rejection_id).exists()
    assert messages_of(response)[0].startswith("Deleted “Reflection on Backend engineer at Acme")


# --- Escaping -------------------------------------------------------------------------


def test_html_in_a_reflection_is_escaped_on_every_page(owner, owner_client):
    rejection = rejection_for(owner, company=SCRIPT, feedback=SCRIPT, reason_given=SCRIPT)
    reflection = ReflectionFactory(
        rejection=rejection,
        went_well=SCRIPT,
        to_improve=SCRIPT,
        lessons=SCRIPT,
        next_actions=SCRIPT,
        tags=SCRIPT,
    )

    for url in [
        reverse("rejections:reflection-list"),
        reverse("rejections:reflection-create", args=[rejection.pk]),
        reverse("rejections:reflection-update", args=[reflection.pk]),
        reverse("rejections:reflection-delete", args=[reflection.pk]),
    ]:
        html = owner_client.get(url).content.decode()
        assert SCRIPT not in html, url
        assert ESCAPED_SCRIPT in html, url
        assert_csp_safe(html)


# --- Reviewing past reflections -------------------------------------------------------


def test_the_list_shows_newest_first_with_company_stage_and_details(owner, owner_client):
    today = timezone.localdate()
    older = rejection_for(owner, company="Initech", position="Old role")
    newer = rejection_for(owner, company="Globex", position="New role", stage=Stage.FINAL)
    ReflectionFactory(rejection=older, written_on=today - datetime.timedelta(days=30))
    ReflectionFactory(
        rejection=newer,
        written_on=today,
        next_actions="Mock interview\nRead a book",
        tags="nerves, salary",
    )

    response = owner_client.get(reverse("rejections:reflection-list"))

    html = response.content.decode()
    assert [r.rejection.application.position_title for r in response.context["page"]] == [
        "New role",
        "Old role",
    ]
    for text in ["Globex", "Final round", "Mock interview", "Read a book", "nerves", "Initech"]:
        assert text in html
    assert reverse("rejections:workspace", args=[newer.pk]) in html
    assert "?tag=nerves" in html


def test_the_list_is_paginated_by_twenty(owner, owner_client):
    rejection = rejection_for(owner)
    ReflectionFactory.create_batch(21, rejection=rejection)

    first = owner_client.get(reverse("rejections:reflection-list"))
    second = owner_client.get(reverse("rejections:reflection-list"), {"page": 2})

    assert len(first.context["page"]) == 20
    assert len(second.context["page"]) == 1


def test_search_finds_a_reflection_by_a_word_from_it(owner, owner_client):
    ReflectionFactory(
        rejection=rejection_for(owner, position="Whiteboard role"),
        to_improve="More whiteboard practice before onsite days.",
    )
    ReflectionFactory(rejection=rejection_for(owner, position="Other role"))

    assert list_positions(owner_client, q="whiteboard") == ["Whiteboard role"]
    assert list_positions(owner_client, q="WHITEBOARD") == ["Whiteboard role"]


@pytest.mark.parametrize(
    ("field", "value", "query"),
    [
        ("went_well", "Explained the caching layer clearly", "caching"),
        ("lessons", "Research the interviewers beforehand", "interviewers"),
        ("next_actions", "Finish the kubernetes course", "kubernetes"),
        ("tags", "negotiation, salary", "negotiation"),
    ],
)
def test_search_looks_in_every_written_field(owner, owner_client, field, value, query):
    ReflectionFactory(rejection=rejection_for(owner, position="Match"), **{field: value})
    ReflectionFactory(rejection=rejection_for(owner, position="Other"))

    assert list_positions(owner_client, q=query) == ["Match"]


def test_search_looks_at_the_company_and_the_position(owner, owner_client):
    ReflectionFactory(rejection=rejection_for(owner, company="Umbrella", position="Chemist"))
    ReflectionFactory(rejection=rejection_for(owner, company="Acme", position="Gardener"))

    assert list_positions(owner_client, q="umbrella") == ["Chemist"]
    assert list_positions(owner_client, q="gardener") == ["Gardener"]


def test_every_searched_word_must_match(owner, owner_client):
    ReflectionFactory(
        rejection=rejection_for(owner, position="Both"),
        went_well="Calm answers",
        to_improve="Whiteboard practice",
    )
    ReflectionFactory(
        rejection=rejection_for(owner, position="One"),
        went_well="Calm answers",
        to_improve="Salary talk",
    )

    assert list_positions(owner_client, q="calm whiteboard") == ["Both"]
    assert sorted(list_positions(owner_client, q="calm")) == ["Both", "One"]


def test_search_without_a_match_says_so(owner_client, reflection):
    response = owner_client.get(reverse("rejections:reflection-list"), {"q": "zeppelin"})

    assert list(response.context["page"]) == []
    assert "No reflections match these filters." in response.content.decode()


def test_blank_search_text_leaves_the_queryset_alone(reflection):
    queryset = Reflection.objects.all()

    assert matching_ids(queryset, "   ", 100) == list(queryset.values_list("pk", flat=True))


def test_search_never_crosses_owners(owner, stranger):
    mine = ReflectionFactory(rejection=rejection_for(owner), lessons="Prepare questions")
    ReflectionFactory(rejection=rejection_for(stranger), lessons="Prepare questions")
    queryset = Reflection.objects.filter(rejection__application__owner=owner)

    assert matching_ids(queryset, "questions", 100) == [mine.pk]


def test_the_list_filters_by_company(owner, owner_client):
    acme = rejection_for(owner, company="Acme", position="At Acme")
    ReflectionFactory(rejection=acme)
    ReflectionFactory(rejection=rejection_for(owner, company="Globex", position="At Globex"))

    company = acme.application.company
    assert list_positions(owner_client, company=company.pk) == ["At Acme"]


def test_the_company_choices_are_the_owners_companies_with_rejections(
    owner, stranger, owner_client
):
    rejection_for(owner, company="Rejected me")
    ApplicationFactory(owner=owner, company__name="Still hoping")
    rejection_for(stranger, company="Strangers company")

    response = owner_client.get(reverse("rejections:reflection-list"))

    choices = [str(c) for c in response.context["filters"].fields["company"].queryset]
    assert choices == ["Rejected me"]


def test_a_strangers_company_in_the_filter_is_refused(owner, stranger, owner_client):
    ReflectionFactory(rejection=rejection_for(owner, position="Mine"))
    theirs = rejection_for(stranger, company="Theirs")

    response = owner_client.get(
        reverse("rejections:reflection-list"), {"company": theirs.application.company.pk}
    )

    assert response.context["filters"].errors["company"] == [
        "Select a valid choice. That choice is not one of the available choices."
    ]
    assert "Theirs" not in response.content.decode()


def test_the_list_filters_by_stage_reached(owner, owner_client):
    ReflectionFactory(rejection=rejection_for(owner, position="Final", stage=Stage.FINAL))
    ReflectionFactory(rejection=rejection_for(owner, position="Screen", stage=Stage.SCREENING))

    assert list_positions(owner_client, stage="final") == ["Final"]
    assert list_positions(owner_client, stage="screening") == ["Screen"]


def test_the_list_filters_by_a_whole_tag(owner, owner_client):
    ReflectionFactory(rejection=rejection_for(owner, position="Design"), tags="design")
    ReflectionFactory(
        rejection=rejection_for(owner, position="System design"), tags="nerves, system design"
    )
    ReflectionFactory(rejection=rejection_for(owner, position="Messy"), tags="Salary ,DESIGN")

    assert sorted(list_positions(owner_client, tag="Design")) == ["Design", "Messy"]
    assert list_positions(owner_client, tag="system design") == ["System design"]
    assert list_positions(owner_client, tag="nerves") == ["System design"]
    assert list_positions(owner_client, tag="sign") == []


def test_the_list_filters_by_date_range(owner, owner_client):
    rejection = rejection_for(owner)
    for day, label in [(1, "early"), (15, "middle"), (28, "late")]:
        ReflectionFactory(
            rejection=rejection, written_on=datetime.date(2025, 2, day), lessons=label
        )

    def lessons(**params) -> list[str]:
        response = owner_client.get(reverse("rejections:reflection-list"), params)
        return [reflection.lessons for reflection in response.context["page"]]

    assert lessons(date_from="2025-02-10") == ["late", "middle"]
    assert lessons(date_to="2025-02-15") == ["middle", "early"]
    assert lessons(date_from="2025-02-15", date_to="2025-02-15") == ["middle"]


def test_a_date_range_that_ends_before_it_starts_is_refused(owner_client, reflection):
    response = owner_client.get(
        reverse("rejections:reflection-list"),
        {"date_from": "2025-03-01", "date_to": "2025-02-01"},
    )

    assert response.status_code == 200
    assert response.context["filters"].errors["date_to"] == [
        "The end date must be on or after the start date."
    ]
    assert "The end date must be on or after the start date." in response.content.decode()


@pytest.mark.parametrize("value", ["0000-01-01", "2025-02-30", "1900-01-01"])
def test_impossible_filter_dates_are_refused_without_breaking_the_page(
    owner_client, reflection, value
):
    response = owner_client.get(reverse("rejections:reflection-list"), {"date_from": value})

    assert response.status_code == 200
    assert "date_from" in response.context["filters"].errors


def test_filters_combine_with_search(owner, owner_client):
    ReflectionFactory(
        rejection=rejection_for(owner, position="Match", stage=Stage.FINAL),
        tags="nerves",
        to_improve="Breathe",
    )
    ReflectionFactory(
        rejection=rejection_for(owner, position="Wrong stage", stage=Stage.SCREENING),
        tags="nerves",
        to_improve="Breathe",
    )
    ReflectionFactory(
        rejection=rejection_for(owner, position="Wrong tag", stage=Stage.FINAL),
        tags="salary",
        to_improve="Breathe",
    )

    assert list_positions(owner_client, q="breathe", stage="final", tag="nerves") == ["Match"]


def test_pagination_links_keep_the_filters(owner, owner_client):
    ReflectionFactory.create_batch(21, rejection=rejection_for(owner), tags="nerves")

    response = owner_client.get(reverse("rejections:reflection-list"), {"tag": "nerves"})

    assert "?tag=nerves&amp;page=2" in response.content.decode()


# --- Recurring themes -----------------------------------------------------------------


def test_themes_count_tags_and_to_improve_words(owner, owner_client):
    rejection = rejection_for(owner)
    ReflectionFactory(
        rejection=rejection,
        tags="nerves, system design",
        to_improve="Whiteboard practice; the Whiteboard again!",
    )
    ReflectionFactory(rejection=rejection, tags="Nerves", to_improve="More whiteboard drills.")
    ReflectionFactory(rejection=rejection, tags="salary, nerves", to_improve="Salary research")

    themes = owner_client.get(reverse("rejections:reflection-list")).context["themes"]

    assert themes["tags"] == [("nerves", 3), ("salary", 1), ("system design", 1)]
    assert themes["words"] == [
        ("whiteboard", 2),
        ("drills", 1),
        ("practice", 1),
        ("research", 1),
        ("salary", 1),
    ]


def test_themes_follow_the_current_filters(owner, owner_client):
    ReflectionFactory(
        rejection=rejection_for(owner, stage=Stage.FINAL), tags="nerves", to_improve="Breathing"
    )
    ReflectionFactory(
        rejection=rejection_for(owner, stage=Stage.SCREENING), tags="salary", to_improve="Numbers"
    )

    response = owner_client.get(reverse("rejections:reflection-list"), {"stage": "final"})

    assert response.context["themes"] == {"tags": [("nerves", 1)], "words": [("breathing", 1)]}


def test_themes_show_at_most_ten_of_each(owner, owner_client):
    rejection = rejection_for(owner)
    for n in range(12):
        ReflectionFactory(
            rejection=rejection,
            tags=f"tag{n:02}",
            to_improve=f"word{'abcdefghijkl'[n]}aaa",
        )

    themes = owner_client.get(reverse("rejections:reflection-list")).context["themes"]

    assert len(themes["tags"]) == 10
    assert len(themes["words"]) == 10


def test_theme_words_drop_stop_words_short_words_and_numbers():
    text = "I should have asked about the Team's roadmap, 2025 and SQL: better SQL-joins."

    assert theme_words(text) == ["asked", "team", "roadmap", "joins"]


def test_theme_words_keep_accented_letters():
    assert theme_words("Préparer l'entretien") == ["préparer", "entretien"]


def test_recurring_themes_count_a_word_once_per_reflection():
    themes = recurring_themes([("a, b", "nerves nerves nerves"), ("A", "nerves")])

    assert themes == {"tags": [("a", 2), ("b", 1)], "words": [("nerves", 2)]}


def test_split_tags_normalises():
    assert split_tags(" A ,b,, a ,  Big   Deal ") == ["a", "b", "big deal"]


def test_the_themes_are_shown_on_the_page(owner, owner_client):
    ReflectionFactory(rejection=rejection_for(owner), tags="nerves", to_improve="Breathing")

    html = owner_client.get(reverse("rejections:reflection-list")).content.decode()

    assert "Recurring themes" in html
    assert "?tag=nerves" in html
    assert "?q=breathing" in html


# --- Query counts ---------------------------------------------------------------------


def make_reflections(owner, count: int) -> None:
    for n in range(count):
        ReflectionFactory(
            rejection=rejection_for(owner, company=f"Company {n}", position=f"Role {n}"),
            tags="nerves, salary",
            to_improve="Whiteboard practice",
            next_actions="One\nTwo",
        )


def count_queries(client, params: dict, *, rows: int) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("rejections:reflection-list"), params)
    assert response.status_code == 200
    assert response.context["page"].paginator.count == rows
    return len(queries)


@pytest.mark.parametrize(
    "params",
    [{}, {"q": "whiteboard", "tag": "nerves", "stage": "interview", "date_from": "2000-01-01"}],
    ids=["unfiltered", "filtered"],
)
def test_the_review_page_runs_the_same_queries_for_2_and_40_reflections(
    owner, stranger, owner_client, stranger_client, params
):
    make_reflections(owner, 2)
    make_reflections(stranger, 40)

    with_2 = count_queries(owner_client, params, rows=2)
    with_40 = count_queries(stranger_client, params, rows=40)

    print(f"/reflections/ {params}: {with_2} queries with 2 rows, {with_40} with 40")
    assert with_2 == with_40
