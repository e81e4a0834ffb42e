"""Choice fields offer only the user's own rows, and a forged id of anyone else's is refused.

Each form that lets the user pick one of their rows is listed here with how to build it;
every model choice field on it is then checked generically.
"""

import pytest
from django import forms

from rejections.forms.journal import ReflectionFilterForm, SelfCareNoteForm
from rejections.forms.letters import LetterCreateForm
from rejections.forms.workspace import NetworkingForm
from tests.security.world import World, build_world, owner_path
from tracker.forms import ApplicationForm, InterviewForm

pytestmark = pytest.mark.django_db

FORMS = {
    "ApplicationForm": lambda w, data=None: ApplicationForm(data, owner=w.owner),
    "InterviewForm": lambda w, data=None: InterviewForm(data, owner=w.owner),
    "NetworkingForm": lambda w, data=None: NetworkingForm(
        data, owner=w.owner, application=w.rejection.application
    ),
    "LetterCreateForm": lambda w, data=None: LetterCreateForm(
        data, rejection=w.rejection, user=w.owner
    ),
    "SelfCareNoteForm": lambda w, data=None: SelfCareNoteForm(data, owner=w.owner),
    "ReflectionFilterForm": lambda w, data=None: ReflectionFilterForm(data, owner=w.owner),
}


@pytest.fixture
def worlds(owner, stranger) -> tuple[World, World]:
    """The owner's data, and the stranger's own data of every kind."""
    return build_world(owner, stranger), build_world(stranger, owner)


def _user_choice_fields(form: forms.Form) -> dict[str, forms.ModelChoiceField]:
    """Model choice fields over users' rows (site-wide rows, like templates, excepted)."""
    return {
        name: field
        for name, field in form.fields.items()
        if isinstance(field, forms.ModelChoiceField)
        and owner_path(field.queryset.model) is not None
    }


def _offered_ids(field: forms.ModelChoiceField) -> set[int]:
    """The ids the rendered widget offers, groups included."""
    ids = set()
    for value, label in field.widget.choices:
        options = label if isinstance(label, (list, tuple)) else [(value, label)]
        for option_value, _ in options:
            option_value = getattr(option_value, "value", option_value)
            if option_value not in ("", None):
                ids.add(int(option_value))
    return ids


def _theirs(field: forms.ModelChoiceField, user) -> set[int]:
    model = field.queryset.model
    path = owner_path(model)
    return set(model._base_manager.exclude(**{path: user.pk}).values_list("pk", flat=True))


@pytest.mark.parametrize("name", sorted(FORMS))
def test_choice_fields_offer_only_the_users_own_rows(name, worlds):
    mine, _ = worlds
    form = FORMS[name](mine)
    fields = _user_choice_fields(form)

    assert fields, f"{name} has no choice field over users' rows"
    for field_name, field in fields.items():
        others = _theirs(field, mine.owner)
        assert others, f"the stranger should have rows for {name}.{field_name}"
        assert not others & set(field.queryset.values_list("pk", flat=True)), field_name
        assert not others & _offered_ids(field), field_name


@pytest.mark.parametrize("name", sorted(FORMS))
def test_a_forged_id_of_another_users_row_is_refused(name, worlds):
    mine, _ = worlds
    form = FORMS[name](mine)

    for field_name, field in _user_choice_fields(form).items():
        forged = min(_theirs(field, mine.owner))
        value = [forged] if isinstance(field, forms.ModelMultipleChoiceField) else forged
        bound = FORMS[name](mine, {field_name: value})
        bound.is_valid()

        assert field_name in bound.errors, f"{name}.{field_name} accepted id {forged}"
        assert "valid choice" in " ".join(bound.errors[field_name])
