"""Searching reflections (``rejections.search``), on either database.

PostgreSQL matches words (stemmed, with ``websearch`` syntax) against a document stored per
reflection and kept by triggers (migration ``rejections.0008``); the tests marked
``postgres_only`` check that the stored document is always the one Django's
``SearchVector`` would build, so matches and their order are those of computing it per
search. SQLite matches substrings; the tests without the mark hold on both.
"""

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.models.expressions import RawSQL
from django.urls import reverse
from django.utils import timezone

from rejections.models import Reflection, Rejection
from rejections.search import DOCUMENT_COLUMN, SEARCH_CONFIG, SEARCH_FIELDS, matching_ids
from tests.factories import ApplicationFactory, ReflectionFactory, RejectionFactory
from tracker.models import Application, Company

pytestmark = pytest.mark.django_db

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the stored search document is PostgreSQL's"
)

#: Every written field, blank: a test fills in only the text it searches for.
BLANK = dict.fromkeys(["went_well", "to_improve", "lessons", "next_actions", "tags"], "")


def reflection_for(user, *, company: str = "Acme", position: str = "Engineer", **texts):
    company, _ = Company.objects.get_or_create(owner=user, name=company)
    application = ApplicationFactory(
        owner=user, company=company, position_title=position, status="rejected"
    )
    return ReflectionFactory(rejection=RejectionFactory(application=application), **BLANK | texts)


def found(client, q: str) -> list[str]:
    """The positions of the reflections the page lists for ``q``, in its order."""
    response = client.get(reverse("rejections:reflection-list"), {"q": q})
    assert response.status_code == 200
    return [r.rejection.application.position_title for r in response.context["page"]]


# --- What users get, on either database -------------------------------------------------


@pytest.mark.parametrize(
    ("texts", "query"),
    [
        ({"went_well": "Explained the design of the cache"}, "design"),
        ({"to_improve": "Designing the system took too long"}, "design"),
        ({"lessons": "Their design interview wants trade-offs"}, "DESIGN"),
        ({"next_actions": "Read a book on API design"}, "design"),
        ({"tags": "system design, nerves"}, "design"),
        ({"company": "Design Works"}, "design"),
        ({"position": "Product designer"}, "design"),
    ],
)
def test_a_word_is_found_in_every_searched_field(owner, owner_client, texts, query):
    texts.setdefault("position", "Match")
    reflection_for(owner, **texts)
    reflection_for(owner, position="Other", went_well="Calm answers")

    assert found(owner_client, query) == [texts["position"]]


def test_a_word_is_found_with_words_from_other_fields(owner, owner_client):
    reflection_for(owner, company="Globex", position="Both", lessons="Whiteboard practice")
    reflection_for(owner, company="Initech", position="One", lessons="Whiteboard practice")

    assert found(owner_client, "globex whiteboard") == ["Both"]


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("Brush up on C++ templates", "c++"),
        ("Learn node.js properly", "node.js"),
        ("Café chat went well", "café"),
    ],
)
def test_words_with_symbols_or_accents_are_found(owner, owner_client, text, query):
    reflection_for(owner, position="Match", went_well=text)
    reflection_for(owner, position="Other", went_well="Nothing alike")

    assert found(owner_client, query) == ["Match"]


@pytest.mark.parametrize(
    "query", ["&", "!!", '"', ":*", "a | b", "<script>", "%", "_", "\\", "'", "-", "(", "x' OR 1=1"]
)
def test_symbols_alone_never_fail_nor_reach_a_strangers_reflections(
    owner, stranger, owner_client, query
):
    reflection_for(owner, position="Mine", went_well="Calm answers")
    reflection_for(stranger, position="Theirs", went_well=f"{query} Calm answers {query}")

    assert "Theirs" not in found(owner_client, query)


def test_nothing_found_says_so(owner, owner_client):
    reflection_for(owner, went_well="Calm answers")

    response = owner_client.get(reverse("rejections:reflection-list"), {"q": "zeppelin"})

    assert list(response.context["page"]) == []
    assert "No reflections match these filters." in response.content.decode()


def test_a_strangers_reflections_never_appear(owner, stranger, owner_client, stranger_client):
    # The stranger's reflection holds the word in every field, their company and position.
    reflection_for(owner, company="Acme", position="Mine", lessons="Practise design")
    reflection_for(
        stranger,
        company="Design Co",
        position="Design lead",
        **dict.fromkeys(BLANK, "design"),
    )

    assert found(owner_client, "design") == ["Mine"]
    assert found(stranger_client, "acme") == []
    assert found(stranger_client, "practise") == []


# --- PostgreSQL: the stored document ---------------------------------------------------


def stored_and_expected() -> list[tuple[int, str, str]]:
    """Each reflection's stored document and the one ``SearchVector`` builds, as text."""
    from django.contrib.postgres.search import SearchVector

    quote = connection.ops.quote_name
    table, column = quote(Reflection._meta.db_table), quote(DOCUMENT_COLUMN)
    stored = RawSQL(f"{table}.{column}::text", ())  # noqa: S611 (quoted names only)
    rows = Reflection.objects.annotate(
        stored=stored, expected=SearchVector(*SEARCH_FIELDS, config=SEARCH_CONFIG)
    ).values_list("pk", "stored", "expected")
    return [(pk, stored, str(expected)) for pk, stored, expected in rows.order_by("pk")]


def assert_documents_current() -> None:
    rows = stored_and_expected()
    assert rows
    for pk, stored, expected in rows:
        assert stored == expected, f"reflection {pk}: stored {stored!r}, expected {expected!r}"


@postgres_only
def test_the_document_follows_every_change_to_what_is_searched(owner):
    first = reflection_for(owner, company="Acme", position="Backend", lessons="Cache design")
    second = reflection_for(owner, company="Globex", position="Frontend", tags="nerves")
    assert_documents_current()

    first.went_well = "Whiteboard went fine"
    first.tags = "system design, salary"
    first.save()
    Reflection.objects.filter(pk=second.pk).update(to_improve="Negotiation", next_actions="Rest")
    assert_documents_current()

    acme = Company.objects.get(owner=owner, name="Acme")
    acme.name = "Umbrella"
    acme.save()
    Company.objects.filter(name="Globex").update(name="Initech")
    assert_documents_current()

    Application.objects.filter(pk=second.rejection.application_id).update(position_title="Data")
    application = first.rejection.application
    application.company = Company.objects.create(owner=owner, name="Hooli")
    application.save()
    assert_documents_current()

    # A rejection moved to another application, a reflection to another rejection.
    other = ApplicationFactory(owner=owner, company__name="Massive", position_title="Moved")
    Rejection.objects.filter(pk=second.rejection_id).update(application=other)
    assert_documents_current()
    first.rejection = RejectionFactory(application__owner=owner, application__company__name="Zed")
    first.save()
    assert_documents_current()

    expected = {
        "umbrella": [],
        "hooli": [],
        "zed": [first.pk],
        "massive": [second.pk],
        "moved negotiation": [second.pk],
        "whiteboard": [first.pk],
    }
    queryset = Reflection.objects.filter(rejection__application__owner=owner)
    assert {words: matching_ids(queryset, words, 10) for words in expected} == expected


@postgres_only
def test_rows_loaded_before_their_parents_get_the_whole_document(owner):
    # The foreign keys are checked at commit, so a load (saving raw rows, as loaddata does)
    # may save a reflection before its rejection, application and company.
    base, now = 10**9, timezone.now()
    times = {"created_at": now}
    rows = [
        Reflection(pk=base, rejection_id=base + 3, went_well="Early bird", **times),
        Rejection(
            pk=base + 3,
            application_id=base + 2,
            received_on=datetime.date(2026, 1, 2),
            stage="interview",
            channel="email",
            **times,
        ),
        Application(
            pk=base + 2,
            owner=owner,
            company_id=base + 1,
            position_title="Latecomer",
            status="rejected",
            updated_at=now,
            **times,
        ),
        Company(pk=base + 1, owner=owner, name="Lastly", updated_at=now, **times),
    ]
    for row in rows:
        row.save_base(raw=True)

    assert_documents_current()
    queryset = Reflection.objects.filter(rejection__application__owner=owner)
    assert matching_ids(queryset, "early latecomer lastly", 10) == [base]


@postgres_only
@pytest.mark.parametrize(
    "query",
    [
        "design",
        "designs",
        "Design interview",
        '"system design"',
        "design -nerves",
        "design or salary",
        "interviews",
        "the",
    ],
)
def test_matches_and_their_order_are_those_of_a_computed_document(owner, stranger, query):
    from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector

    texts = [
        {"lessons": "design design design, system design"},
        {"to_improve": "System design practice", "tags": "nerves"},
        {"went_well": "The design of the system", "next_actions": "Salary research"},
        {"tags": "system design, nerves", "position": "Interviewer"},
        {"went_well": "Designing interviews", "company": "Design Co"},
        {"lessons": "Salary talk"},
        {"lessons": "Redesigned portfolio"},
    ]
    for day, text in enumerate(texts * 2, start=1):
        reflection_for(owner, written_on=datetime.date(2026, 1, day % 4 + 1), **text)
    reflection_for(stranger, lessons="design design")
    queryset = Reflection.objects.filter(rejection__application__owner=owner)

    search = SearchQuery(query, config=SEARCH_CONFIG, search_type="websearch")
    document = SearchVector(*SEARCH_FIELDS, config=SEARCH_CONFIG)
    expected = (
        queryset.annotate(document=document)
        .filter(document=search)
        .order_by(SearchRank(document, search).desc(), "-written_on", "-pk")
        .values_list("pk", flat=True)
    )

    assert matching_ids(queryset, query, 100) == list(expected)
    assert matching_ids(queryset, query, 3) == list(expected[:3])


@postgres_only
def test_words_match_in_any_form_but_not_inside_other_words(owner, owner_client):
    reflection_for(owner, position="Forms", to_improve="Designing interviews")
    reflection_for(owner, position="Inside", to_improve="Redesigned the portfolio")

    assert found(owner_client, "designs") == ["Forms"]
    assert found(owner_client, "interview") == ["Forms"]
    assert found(owner_client, "redesign") == ["Inside"]


@postgres_only
def test_phrases_and_excluded_words(owner, owner_client):
    reflection_for(owner, position="Phrase", tags="system design")
    reflection_for(owner, position="Apart", to_improve="Design the system", tags="nerves")

    assert found(owner_client, '"system design"') == ["Phrase"]
    assert found(owner_client, "design -nerves") == ["Phrase"]


# --- The stored document is no model field ---------------------------------------------


def test_the_document_is_kept_out_of_the_model(owner):
    # Private words (Reflection.PRIVATE_FIELDS) are in it: no form, admin page, export
    # or serializer may read it, and none reads a column Django does not know.
    reflection_for(owner, lessons="Private lesson")
    columns = {field.column for field in Reflection._meta.concrete_fields}
    with connection.cursor() as cursor:
        table = connection.introspection.get_table_description(cursor, "rejections_reflection")
        indexes = connection.introspection.get_constraints(cursor, "rejections_reflection")

    assert DOCUMENT_COLUMN not in columns
    in_table = DOCUMENT_COLUMN in {column.name for column in table}
    assert in_table == (connection.vendor == "postgresql")
    if in_table:
        index = indexes["rejections_reflection_search_document"]
        assert (index["columns"], index["type"]) == ([DOCUMENT_COLUMN], "gin")
        assert DOCUMENT_COLUMN not in vars(Reflection.objects.get())


# --- The migration ---------------------------------------------------------------------

BEFORE = [("rejections", "0007_setback_plan_and_private_writing")]
AFTER = [("rejections", "0008_reflection_search_document")]


@pytest.mark.django_db(transaction=True)
def test_the_migration_fills_in_existing_reflections_and_reverses():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    user = old.get_model("auth", "User").objects.create(username="before")
    company = old.get_model("tracker", "Company").objects.create(owner=user, name="Acme")
    application = old.get_model("tracker", "Application").objects.create(
        owner=user, company=company, position_title="Chemist", status="rejected", reached=1
    )
    rejection = old.get_model("rejections", "Rejection").objects.create(
        application=application, received_on=datetime.date(2026, 3, 1), stage="application"
    )
    old.get_model("rejections", "Reflection").objects.create(
        rejection=rejection, lessons="Practise design", written_on=datetime.date(2026, 3, 2)
    )

    executor = MigrationExecutor(connection)
    executor.migrate(AFTER)
    queryset = Reflection.objects.all()
    assert len(matching_ids(queryset, "design acme chemist", 10)) == 1
    if connection.vendor == "postgresql":
        assert_documents_current()

    # Backwards, nothing is left behind: the parents save without the triggers.
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    with connection.cursor() as cursor:
        table = connection.introspection.get_table_description(cursor, "rejections_reflection")
    assert DOCUMENT_COLUMN not in {column.name for column in table}
    old.get_model("tracker", "Company").objects.filter(pk=company.pk).update(name="Renamed")

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
