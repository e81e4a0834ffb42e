"""Searching and summarising reflections.

PostgreSQL gets real full-text search (stemming, ranking, ``websearch`` syntax such as
``"system design" -nerves``) over a stored, indexed document per reflection; SQLite, the
embedded default, gets a simple case-insensitive match where every word must appear
somewhere in the reflection.
"""

import re
from collections import Counter
from collections.abc import Iterable

from django.db import connection
from django.db.models import F, Q, QuerySet, Value
from django.db.models.expressions import RawSQL
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
#: On PostgreSQL each reflection keeps its document (the text of ``SEARCH_FIELDS`` as
#: ``SearchVector`` joins it, under ``SEARCH_CONFIG``) in this column, which triggers keep
#: current. It is not a model field, so nothing but this module reads the private words in
#: it (migration ``rejections.0008_reflection_search_document``; SQLite has no such column).
DOCUMENT_COLUMN = "search_document"
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

    Blank text matches everything, in the queryset's order. On PostgreSQL the match and the
    ranking (``ts_rank``, then newest) read each reflection's stored document
    (``DOCUMENT_COLUMN``, GIN-indexed), which is the one ``SearchVector(*SEARCH_FIELDS,
    config=SEARCH_CONFIG)`` would build. SQLite keeps the queryset's order.
    """
    text = text.strip()
    if not text:
        return list(queryset.values_list("pk", flat=True)[:limit])
    if connection.vendor != "postgresql":
        return list(_simple_search(queryset, text).values_list("pk", flat=True)[:limit])
    # Imported here: the module needs psycopg, which an SQLite-only install may not load.
    # These expressions work without django.contrib.postgres in INSTALLED_APPS.
    from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVectorField

    quote = connection.ops.quote_name
    # Quoted names only: the searched text reaches the database as a parameter.
    document = RawSQL(  # noqa: S611
        f"{quote(queryset.model._meta.db_table)}.{quote(DOCUMENT_COLUMN)}",
        (),
        output_field=SearchVectorField(),
    )
    query = SearchQuery(text, config=SEARCH_CONFIG, search_type="websearch")
    matches = (
        queryset.alias(document=document)
        .filter(document=query)
        .order_by(SearchRank(F("document"), query).desc(), "-written_on", "-pk")
    )
    return list(matches.values_list("pk", flat=True)[:limit])


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
