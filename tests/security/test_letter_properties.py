"""Property-based tests of letter templates (rejections/letters.py): whatever staff write
and whatever users type, a letter holds the template's text and the given values, nothing
else, and rendering never fails for a template the admin accepted."""

import re

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from hypothesis import HealthCheck, assume, example, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from rejections import letters, services
from rejections.admin import LetterTemplateForm
from rejections.forms.letters import LetterCreateForm
from rejections.models import letter_values
from tests.factories import RejectionFactory

NAMES = list(letters.PLACEHOLDERS)

#: What must never come out of a letter unless it was put in: settings, Python object
#: representations, password hashes.
FORBIDDEN = ["<object", "object at 0x", "pbkdf2_", "md5$", "argon2", "<function", "<bound"]

PROPERTIES = hypothesis_settings(
    max_examples=300,
    deadline=None,
    database=None,  # no .hypothesis folder in the project
    suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow],
)

# Pieces of template syntax, good and bad, for the generator to combine.
TOKENS = [
    *("{{ " + name + " }}" for name in NAMES),
    *("{{" + name + "}}" for name in NAMES),
    "{{\tstage\t}}",
    "{{ company_name|safe }}",
    "{{ settings.SECRET_KEY }}",
    "{{ company_name.__class__ }}",
    "{% debug %}",
    "{% load static %}",
    "{# note #}",
    "{0}",
    "{0.__class__}",
    "%s",
    "%(company_name)s",
    "${company_name}",
    "{",
    "}",
    "{{",
    "}}",
    "{%",
    "%}",
    "{#",
    "#}",
    "\n",
    "'",
    '"',
    *NAMES,
]
TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=20)
SYNTAX = st.text(alphabet="{}%#'\"\n\t |._ abc", max_size=12)
TEMPLATE = st.lists(st.one_of(st.sampled_from(TOKENS), TEXT, SYNTAX), max_size=25).map("".join)
# Mostly valid: plain text (no braces) and real placeholders, so accepted ones abound.
ACCEPTED = st.lists(
    st.one_of(
        st.sampled_from(["{{ " + name + " }}" for name in NAMES]),
        st.text(alphabet=st.characters(codec="utf-8", exclude_characters="{}"), max_size=30),
    ),
    max_size=20,
).map("".join)
VALUE = st.one_of(
    st.none(),
    st.sampled_from(["", "   ", "{{ company_name }}", "{{ settings.SECRET_KEY }}", "{0}", "%s"]),
    TEXT,
    st.text(alphabet="{}% abc_\n", max_size=20),
)
VALUES = st.fixed_dictionaries(dict.fromkeys(NAMES, VALUE))


def expected_render(template: str, values: dict[str, str | None]) -> str:
    """The specification, written independently of the implementation: each exact
    ``{{ name }}`` (spaces or tabs inside) becomes the stripped value, or the fallback when
    the value is missing or blank; every other character stays as it is."""
    pattern = r"\{\{[ \t]*(" + "|".join(NAMES) + r")[ \t]*\}\}"
    pieces = re.split(pattern, template)
    out = []
    for index, piece in enumerate(pieces):
        if index % 2 == 0:
            out.append(piece)
        else:
            value = (values.get(piece) or "").strip()
            out.append(value or letters.FALLBACKS[piece])
    return "".join(out)


def _no_foreign_text(output: str, template: str, values: dict) -> None:
    given_text = template + "".join(v for v in values.values() if v)
    for forbidden in [*FORBIDDEN, settings.SECRET_KEY]:
        if forbidden not in given_text:
            assert forbidden not in output, forbidden


@PROPERTIES
@given(template=st.one_of(TEMPLATE, ACCEPTED), values=VALUES)
@example(template="{{ settings.SECRET_KEY }}{{ company_name }}", values=dict.fromkeys(NAMES))
@example(
    template="{{ company_name }}", values={**dict.fromkeys(NAMES), "company_name": "{{ stage }}"}
)
def test_an_accepted_template_renders_to_its_text_and_the_values_only(template, values):
    assume(not letters.find_problems(template))

    output = letters.render(template, values)

    assert output == expected_render(template, values)
    assert "".join(text for _, text in letters.render_parts(template, values)) == output
    _no_foreign_text(output, template, values)


@PROPERTIES
@given(template=TEMPLATE, values=VALUES)
def test_rendering_never_raises_whatever_the_text(template, values):
    """Even text the admin would refuse renders (its odd braces are left as they are)."""
    output = letters.render(template, values)

    _no_foreign_text(output, template, values)


@PROPERTIES
@given(template=TEMPLATE)
def test_every_refused_template_says_why(template):
    problems = letters.find_problems(template)

    try:
        letters.validate_template_text(template)
    except ValidationError as error:
        assert error.messages == problems
    else:
        assert problems == []
    # Anything that looks like template syntax but is not a known placeholder is refused.
    leftover = re.sub(r"\{\{[ \t]*(" + "|".join(NAMES) + r")[ \t]*\}\}", "", template)
    if "{" in leftover or "}" in leftover:
        assert problems


@pytest.mark.django_db
@hypothesis_settings(
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(body=ACCEPTED, subject=ACCEPTED, your_name=TEXT, recipient=TEXT)
def test_a_generated_letter_holds_nothing_but_the_template_and_the_values(
    owner, body, subject, your_name, recipient
):
    """The whole path: a template the admin's form accepted, and a letter written through
    the user's form, rendered and stored."""
    template_form = LetterTemplateForm(
        {"kind": "other", "name": "Generated", "active": "on", "subject": subject, "body": body}
    )
    assume(template_form.is_valid())
    template = template_form.save()
    rejection = RejectionFactory(application__owner=owner)
    letter_form = LetterCreateForm(
        {"template": template.pk, "recipient_name": recipient, "your_name": your_name},
        rejection=rejection,
        user=owner,
    )
    assume(letter_form.is_valid())
    try:
        letter = services.generate_letter(rejection=rejection, **letter_form.cleaned_data)
    except ValidationError:
        # The filled-in subject is over 200 characters: refused with a message, and
        # nothing is stored.
        assert not rejection.letters.exists()
        return

    values = letter_values(
        rejection,
        interviewer_name=letter_form.cleaned_data["recipient_name"],
        your_name=letter_form.cleaned_data["your_name"],
    )
    assert letter.subject == expected_render(template.subject, values)
    assert letter.body == expected_render(template.body, values)
    given_text = template.subject + template.body + "".join(values.values())
    for text in (letter.subject, letter.body):
        assert owner.password not in text
        assert settings.SECRET_KEY not in text
        for forbidden in FORBIDDEN:
            assert forbidden not in text or forbidden in given_text
