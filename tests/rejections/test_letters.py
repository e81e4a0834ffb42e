"""Tests for rejections.letters: placeholder substitution without a template engine."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from rejections.letters import (
    FALLBACKS,
    PLACEHOLDERS,
    SAMPLE_VALUES,
    find_problems,
    placeholder_values,
    render,
    render_parts,
    used_placeholders,
    validate_template_text,
)

ALL_NAMES = [
    "company_name",
    "position_title",
    "interviewer_name",
    "your_name",
    "interview_date",
    "rejection_date",
    "stage",
]

LETTER = (
    "Dear {{ interviewer_name }},\n\n"
    "Thank you for the {{ position_title }} interviews at {{ company_name }}.\n"
    "Best regards,\n{{ your_name }}"
)


def test_placeholder_names_fallbacks_and_samples_cover_exactly_the_documented_set():
    assert list(PLACEHOLDERS) == ALL_NAMES
    assert all(PLACEHOLDERS.values())
    assert set(FALLBACKS) == set(ALL_NAMES)
    assert set(SAMPLE_VALUES) == set(ALL_NAMES)
    assert FALLBACKS["interviewer_name"] == "Hiring Manager"
    assert FALLBACKS["your_name"] == "[your name]"
    assert all(v.strip() for v in FALLBACKS.values())


def test_placeholder_values_fill_every_placeholder_from_plain_facts():
    values = placeholder_values(
        company_name="Acme",
        position_title="Data Analyst",
        interviewer_name="Priya Raman",
        your_name="Alex Morgan",
        last_interview_at=timezone.make_aware(datetime.datetime(2026, 3, 12, 10, 30)),
        received_on=datetime.date(2026, 3, 19),
        stage="final",
    )
    assert list(values) == ALL_NAMES
    assert values["interview_date"] == "12 March 2026"
    assert values["rejection_date"] == "19 March 2026"
    assert values["stage"] == "the final round"


def test_placeholder_values_leave_what_is_unknown_to_the_fallbacks():
    values = placeholder_values(
        company_name="Acme",
        position_title="Data Analyst",
        received_on=datetime.date(2026, 3, 19),
        stage="",
    )
    text = "{{ interviewer_name }} / {{ interview_date }} / {{ stage }}"
    assert render(text, values) == " / ".join(
        FALLBACKS[name] for name in ("interviewer_name", "interview_date", "stage")
    )


def test_every_placeholder_is_substituted():
    text = " | ".join("{{ " + name + " }}" for name in ALL_NAMES)
    assert find_problems(text) == []
    assert render(text, SAMPLE_VALUES) == " | ".join(SAMPLE_VALUES[n] for n in ALL_NAMES)


@pytest.mark.parametrize(
    "text",
    ["{{company_name}}", "{{ company_name }}", "{{  company_name  }}", "{{\tcompany_name \t}}"],
)
def test_spaces_and_tabs_inside_the_braces_are_optional(text):
    assert find_problems(text) == []
    assert render(text, {"company_name": "Acme"}) == "Acme"
    assert used_placeholders(text) == ["company_name"]


def test_text_around_placeholders_is_kept_verbatim():
    text = "Hi {{ your_name }}: 100% sure, #1 — see <b>this</b>.\r\nBye"
    assert render(text, {"your_name": "Sam"}) == "Hi Sam: 100% sure, #1 — see <b>this</b>.\r\nBye"


def test_values_are_stripped():
    assert render("[{{ stage }}]", {"stage": "  the final round \n"}) == "[the final round]"


@pytest.mark.parametrize("values", [{"interviewer_name": None}, {"interviewer_name": "  "}, {}])
def test_missing_blank_or_none_value_uses_the_fallback(values):
    assert render("Dear {{ interviewer_name }},", values) == "Dear Hiring Manager,"


def test_every_placeholder_has_a_working_fallback():
    text = "/".join("{{ " + name + " }}" for name in ALL_NAMES)
    assert render(text, {}) == "/".join(FALLBACKS[n] for n in ALL_NAMES)


@pytest.mark.parametrize(
    "value",
    [
        "{{ company_name }}",
        "<script>alert(1)</script>",
        "{% debug %}",
        "{0.__class__}",
        "&amp; 100% {}",
    ],
)
def test_values_are_inserted_literally_without_escaping_or_second_pass(value):
    values = {"company_name": "Acme", "interviewer_name": value}
    assert render("Dear {{ interviewer_name }}!", values) == f"Dear {value}!"
    assert render_parts("{{ interviewer_name }}", values) == [("value", value)]


def test_extra_values_are_ignored():
    assert render("{{ stage }}", {"stage": "onsite", "user": "x", "settings": "y"}) == "onsite"


def test_non_string_value_raises_type_error():
    with pytest.raises(TypeError, match="interview_date"):
        render("{{ interview_date }}", {"interview_date": 2026})


def test_str_subclass_value_comes_back_as_plain_str():
    class Marked(str):
        pass

    parts = render_parts("{{ company_name }}", {"company_name": Marked("Acme")})
    assert parts == [("value", "Acme")]
    assert type(parts[0][1]) is str
    assert type(render("{{ company_name }}", {"company_name": Marked("Acme")})) is str


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{{ settings.SECRET_KEY }}", 'Unknown placeholder "{{ settings.SECRET_KEY }}"'),
        ("{{ user.password }}", 'Unknown placeholder "{{ user.password }}"'),
        ("{{ company }}", 'Unknown placeholder "{{ company }}"'),
        ("{{ Company_Name }}", 'Unknown placeholder "{{ Company_Name }}"'),
        ("{% debug %}", 'Template tags are not allowed: "{% debug %}"'),
        ("{% load static %}", 'Template tags are not allowed: "{% load static %}"'),
        (
            "{{ company_name.__class__ }}",
            'Attribute access is not allowed: "{{ company_name.__class__ }}"',
        ),
        ("{{ company_name|safe }}", 'Filters are not allowed: "{{ company_name|safe }}"'),
        ("{0.__class__}", 'Single-brace placeholder not allowed: "{0.__class__}"'),
        ("{0}", 'Single-brace placeholder not allowed: "{0}"'),
        ("{company_name}", 'Single-brace placeholder not allowed: "{company_name}"'),
        ("Dear {{ company_name", 'Unbalanced braces near "{{ company_name"'),
        ("Dear company_name }}", 'Unbalanced braces near "Dear company_name }}"'),
        ("{# comment #}", 'Comments are not allowed: "{# comment #}"'),
        ("{{ }}", 'Empty placeholder: "{{ }}"'),
        ("{{}}", 'Empty placeholder: "{{}}"'),
    ],
)
def test_refused_syntax_is_reported_naming_the_part(text, expected):
    assert find_problems(text) == [expected]


@pytest.mark.parametrize(
    "text",
    ["a { b", "a } b", "{%", "%}", "{#", "#}", "{{ company_name }", "{{ company_name }}}"],
)
def test_any_lone_brace_is_a_problem(text):
    problems = find_problems(text)
    assert problems
    assert all("Unbalanced braces near" in p for p in problems)


def test_placeholder_with_non_plain_whitespace_is_refused_with_a_hint():
    text = "{{\u00a0company_name }}"
    assert find_problems(text) == [
        f'Use plain spaces, as in "{{{{ company_name }}}}", not "{text}"',
    ]
    assert render(text, SAMPLE_VALUES) == text


def test_placeholder_split_across_lines_is_refused():
    assert find_problems("{{\ncompany_name }}") == [
        'Unbalanced braces near "{{"',
        'Unbalanced braces near "company_name }}"',
    ]


def test_valid_letter_has_no_problems():
    assert find_problems(LETTER) == []
    assert find_problems("") == []
    assert find_problems("Plain text, 100% #fine.") == []


def test_problems_are_reported_in_order_and_once_each():
    text = "{% debug %} {{ user.password }} {0} {{ company_name }} {% debug %} {{ user.password }}"
    assert find_problems(text) == [
        'Template tags are not allowed: "{% debug %}"',
        'Unknown placeholder "{{ user.password }}"',
        'Single-brace placeholder not allowed: "{0}"',
    ]


def test_long_offending_parts_are_shortened():
    text = "{% " + "x" * 500 + " %}"
    (problem,) = find_problems(text)
    assert problem.startswith('Template tags are not allowed: "{% xxx')
    assert len(problem) < 120


def test_validator_accepts_a_valid_template():
    assert validate_template_text(LETTER) is None


def test_validator_raises_listing_every_problem():
    text = "Dear {{ user.password }}, {% debug %} {{ company_name|safe }} {{ company_name"
    with pytest.raises(ValidationError) as excinfo:
        validate_template_text(text)
    assert excinfo.value.messages == find_problems(text)
    assert excinfo.value.messages == [
        'Unknown placeholder "{{ user.password }}"',
        'Template tags are not allowed: "{% debug %}"',
        'Filters are not allowed: "{{ company_name|safe }}"',
        'Unbalanced braces near "{{ company_name"',
    ]


def test_render_parts_marks_values_fallbacks_and_text():
    values = {"company_name": "Acme", "interviewer_name": "", "your_name": "Sam"}
    assert render_parts(LETTER, values) == [
        ("text", "Dear "),
        ("fallback", "Hiring Manager"),
        ("text", ",\n\nThank you for the "),
        ("fallback", "the position"),
        ("text", " interviews at "),
        ("value", "Acme"),
        ("text", ".\nBest regards,\n"),
        ("value", "Sam"),
    ]


@pytest.mark.parametrize(
    "text",
    [LETTER, "", "no placeholders", "{{ stage }}{{ stage }}", "{{ user }} {% x %} {{ stage"],
)
@pytest.mark.parametrize("values", [{}, SAMPLE_VALUES, {"stage": " "}])
def test_render_parts_join_to_render(text, values):
    parts = render_parts(text, values)
    assert "".join(t for _, t in parts) == render(text, values)
    assert all(kind in {"text", "value", "fallback"} and t for kind, t in parts)


def test_render_leaves_problem_parts_untouched_without_raising():
    text = (
        "{{ settings.SECRET_KEY }} {% debug %} {0.__class__} {company_name} "
        "{{ company_name|safe }} {# c #} {{ }} {{ company_name }} }} {{ your_name"
    )
    expected = (
        "{{ settings.SECRET_KEY }} {% debug %} {0.__class__} {company_name} "
        "{{ company_name|safe }} {# c #} {{ }} Acme }} {{ your_name"
    )
    assert render(text, {"company_name": "Acme"}) == expected
    render_parts(text, {"company_name": "Acme"})


def test_used_placeholders_are_unique_and_in_order_of_first_use():
    text = "{{ stage }} {{company_name}} {{ stage }} {{ user.password }} {{ your_name }}"
    assert used_placeholders(text) == ["stage", "company_name", "your_name"]
    assert used_placeholders("nothing") == []
