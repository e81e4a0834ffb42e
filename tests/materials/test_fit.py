"""Key terms of a posting, and which of them a CV covers."""

from materials.fit import fit, key_terms


def names(terms) -> list[str]:
    return [t.name for t in terms]


def test_terms_are_found_in_any_spelling_and_counted_once_per_mention():
    terms = key_terms("Postgres or PostgreSQL; K8s and Kubernetes. A Bachelor's degree in CS.")

    assert {t.name: t.mentions for t in terms} == {
        "PostgreSQL": 2,
        "Kubernetes": 2,
        "Bachelor's degree": 1,
    }


def test_symbols_and_short_names_only_count_as_words():
    terms = names(key_terms("C++, C# and .NET; Node.js, CI/CD, A/B testing. Go to our site."))

    assert terms == [".NET", "A/B testing", "C#", "C++", "CI/CD", "Node.js"]
    assert "Go" in names(key_terms("Services in Go and Rust."))
    assert names(key_terms("r&d in a c. elegans lab")) == []
    assert names(key_terms("JavaScript-heavy front ends")) == ["JavaScript"]


def test_unknown_acronyms_count_when_repeated():
    terms = names(key_terms("Use FooDB daily. FooDB is key. HIPAA once. ZZTop, ZZTop."))

    assert "FooDB" in terms and "ZZTop" in terms
    assert "HIPAA" not in terms


def test_the_fit_marks_what_the_cv_covers_and_scores_it():
    result = fit(
        "We need Python, SQL, Airflow and Snowflake. Kubernetes is a plus.",
        "Five years of python and postgres; SQL daily; apache airflow.",
    )

    assert names(result.covered) == ["Airflow", "Python", "SQL"]
    assert names(result.missing) == ["Kubernetes", "Snowflake"]
    assert result.score == 60


def test_a_posting_without_key_terms_scores_zero():
    result = fit("A friendly team in a sunny office.", "Anything")

    assert result.terms == [] and result.score == 0
