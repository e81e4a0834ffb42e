"""Searching and summarising reflections.

PostgreSQL gets real full-text search (stemming, ranking, ``websearch`` syntax such as
``"system design" -nerves``); SQLite, the embedded default, gets a simple case-insensitive
match where every word must appear somewhere in the reflection.
"""

import re
from collections import Counter
from collections.abc import Iterable

from django.db import connection
from django.db.models import Q, QuerySet, Value
from django.db.models.functions import Concat, Lower, Replace

#: Fields searched, including the company and position the reflection is about.
SEARCH_FIELDS = [
    "went_well",
    "to_improve",
    "lessons",
    "next_actions",
    "tags",
    "rejection__application__company__name",
    "rejection__application__position_title",
]
#: A fixed configuration so the query and the document are stemmed the same way,
#: whatever the server's ``default_text_search_config`` is.
SEARCH_CONFIG = "english"
#: SQLite builds one OR-clause per word; a pasted paragraph should not build a huge query.
MAX_WORDS = 10

MAX_TAGS = 10
MAX_TAG_LENGTH = 40
TAG_SEPARATOR = ", "

#: Themes are computed over at most this many reflections (the newest).
THEMES_SAMPLE = 2_000
THEMES_TOP = 10
THEME_MIN_LETTERS = 4
#: Common English words of four letters or more, plus words that appear in almost every
#: "to improve" note ("improve", "better", "more") and so say nothing about a theme.
# fmt: off
STOP_WORDS = frozenset({
    "able", "about", "above", "after", "again", "against", "also", "always", "another",
    "anything", "around", "because", "been", "before", "being", "below", "best", "better",
    "between", "both", "could", "didn", "does", "doesn", "doing", "done", "down", "during",
    "each", "else", "even", "ever", "every", "from", "further", "going", "good", "have",
    "having", "here", "however", "into", "just", "know", "less", "like", "little", "make",
    "more", "most", "much", "must", "need", "needs", "next", "only", "other", "over", "really",
    "same", "should", "some", "something", "still", "such", "take", "than", "that", "their",
    "them", "then", "there", "these", "they", "thing", "things", "think", "this", "those",
    "though", "through", "time", "times", "under", "until", "very", "want", "well", "were",
    "what", "when", "where", "which", "while", "will", "with", "without", "would", "your",
    "yours", "improve", "improving", "maybe", "might", "quite", "rather", "last", "first",
})
# fmt: on


def matching_ids(queryset: QuerySet, text: str, limit: int) -> list[int]:
    """The ids of the ``limit`` best matches for ``text`` in ``queryset``, best first.

    Blank text matches everything, in the queryset's order. On PostgreSQL each reflection's
    text-search document is built once, in a materialised CTE, and both the match and the
    ranking (``ts_rank``, then newest) read it; written with Django's search expressions,
    PostgreSQL would build it twice. SQLite keeps the queryset's order.
    """
    text = text.strip()
    if not text:
        return list(queryset.values_list("pk", flat=True)[:limit])
    if connection.vendor != "postgresql":
        return list(_simple_search(queryset, text).values_list("pk", flat=True)[:limit])
    # Imported here: the module needs psycopg, which an SQLite-only install may not load.
    # SearchVector works without django.contrib.postgres in INSTALLED_APPS.
    from django.contrib.postgres.search import SearchVector

    documents = queryset.order_by().annotate(
        document=SearchVector(*SEARCH_FIELDS, config=SEARCH_CONFIG)
    )
    inner, params = documents.values_list("pk", "written_on", "document").query.sql_with_params()
    # Only Django-compiled SQL is interpolated; the text and the limit are parameters.
    sql = f"""
        WITH documents (id, written_on, document) AS MATERIALIZED ({inner}),
             query AS (SELECT websearch_to_tsquery(%s::regconfig, %s) AS q)
        SELECT documents.id
        FROM documents, query
        WHERE documents.document @@ query.q
        ORDER BY ts_rank(documents.document, query.q) DESC,
                 documents.written_on DESC, documents.id DESC
        LIMIT %s
    """  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, SEARCH_CONFIG, text, limit])
        return [row[0] for row in cursor.fetchall()]


def _simple_search(queryset: QuerySet, text: str) -> QuerySet:
    # Quotes and a leading "-" mean something to PostgreSQL's websearch syntax; here they
    # would only make a word impossible to find.
    words = [word.strip("\"'").lstrip("-") for word in text.split()]
    for word in [word for word in words if word][:MAX_WORDS]:
        matches = Q()
        for field in SEARCH_FIELDS:
            matches |= Q(**{f"{field}__icontains": word})
        queryset = queryset.filter(matches)
    return queryset


def normalise_tag(tag: str) -> str:
    """One tag as stored and compared: lower case, single spaces."""
    return " ".join(tag.split()).lower()


def split_tags(text: str) -> list[str]:
    """Comma-separated tags, normalised, without blanks or duplicates, in their first order."""
    tags = (normalise_tag(tag) for tag in text.split(","))
    return list(dict.fromkeys(tag for tag in tags if tag))


def filter_by_tag(queryset: QuerySet, tag: str) -> QuerySet:
    """Reflections carrying exactly this tag ("design" does not match "system design")."""
    tag = normalise_tag(tag)
    if not tag:
        return queryset
    # ",a,b," holds ",b," only for the whole tag b, whatever spaces surround the commas.
    padded = Concat(
        Value(","),
        Replace(Replace(Lower("tags"), Value(", "), Value(",")), Value(" ,"), Value(",")),
        Value(","),
    )
    return queryset.alias(tag_haystack=padded).filter(tag_haystack__contains=f",{tag},")


def theme_words(text: str) -> list[str]:
    words = re.findall(r"[^\W\d_]+", text.lower())
    return [word for word in words if len(word) >= THEME_MIN_LETTERS and word not in STOP_WORDS]


def recurring_themes(rows: Iterable[tuple[str, str]]) -> dict[str, list[tuple[str, int]]]:
    """The most frequent tags and "to improve" words in ``(tags, to_improve)`` rows.

    Each count is the number of reflections that mention the tag or word, so one
    reflection repeating a word does not make it a theme.
    """
    tags: Counter[str] = Counter()
    words: Counter[str] = Counter()
    for tag_text, to_improve in rows:
        tags.update(split_tags(tag_text))
        words.update(set(theme_words(to_improve)))
    return {"tags": _top(tags), "words": _top(words)}


def _top(counter: Counter[str]) -> list[tuple[str, int]]:
    # Ties are broken alphabetically so the list is stable from one page load to the next.
    return sorted(counter.items(), key=lambda item: (-item[1], item[0]))[:THEMES_TOP]


def themes_for(queryset: QuerySet) -> dict[str, list[tuple[str, int]]]:
    """Recurring themes of the newest reflections in ``queryset``, in one query."""
    rows = queryset.order_by("-written_on", "-pk").values_list("tags", "to_improve")
    return recurring_themes(rows[:THEMES_SAMPLE])
