"""Staff edit letter templates in the admin: documented placeholders, a preview, no code."""

import pytest
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.core import checks
from django.test import Client
from django.urls import reverse

from rejections.admin import LetterTemplateAdmin
from rejections.letters import FALLBACKS, PLACEHOLDERS, SAMPLE_VALUES
from rejections.models import LetterTemplate
from tests.factories import (
    ContactFactory,
    LetterFactory,
    LetterTemplateFactory,
    NetworkingLinkFactory,
    ReflectionFactory,
    RejectionFactory,
    SelfCareNoteFactory,
)

MODELS = ["lettertemplate", "rejection", "letter", "reflection", "selfcarenote", "networkinglink"]


@pytest.fixture
def rows(owner):
    rejection = RejectionFactory(application__owner=owner)
    contact = ContactFactory(owner=owner)
    LetterFactory(rejection=rejection, recipient_contact=contact)
    ReflectionFactory(rejection=rejection)
    SelfCareNoteFactory(owner=owner, rejection=rejection)
    NetworkingLinkFactory(rejection=rejection, contact=contact)
    rejection.skips.create(step="thank", reason="An automated rejection")
    return rejection


def _template_data(template: LetterTemplate | None = None, **overrides) -> dict:
    data = {
        "kind": "other",
        "name": "A plain note",
        "active": "on",
        "subject": "Hello {{ interviewer_name }}",
        "body": "Dear {{ interviewer_name }},\n\nthanks.\n{{ your_name }}",
    }
    if template is not None:
        data.update(
            kind=template.kind,
            name=template.name,
            subject=template.subject,
            body=template.body,
            active="on" if template.active else "",
            is_default="on" if template.is_default else "",
        )
    data.update(overrides)
    return {key: value for key, value in data.items() if value != ""}


def _change_url(template: LetterTemplate) -> str:
    return reverse("admin:rejections_lettertemplate_change", args=[template.pk])


def test_admin_configuration_passes_the_system_checks():
    assert checks.run_checks(tags=[checks.Tags.admin]) == []


@pytest.mark.parametrize("model", [*MODELS, "stepskip"])
def test_changelist_opens_for_a_superuser(admin_client: Client, rows, model):
    response = admin_client.get(reverse(f"admin:rejections_{model}_changelist"))

    assert response.status_code == 200
    assert response.context["cl"].result_count >= 1


@pytest.mark.parametrize("model", [*MODELS, "stepskip"])
def test_add_page_opens_for_a_superuser(admin_client: Client, db, model):
    assert admin_client.get(reverse(f"admin:rejections_{model}_add")).status_code == 200


@pytest.mark.parametrize("model", [*MODELS, "stepskip"])
def test_change_page_opens_for_a_superuser(admin_client: Client, rows, model):
    obj = rows._meta.apps.get_model("rejections", model).objects.first()

    response = admin_client.get(reverse(f"admin:rejections_{model}_change", args=[obj.pk]))

    assert response.status_code == 200


def test_the_changelist_search_finds_templates_by_their_text(admin_client: Client, db):
    response = admin_client.get(
        reverse("admin:rejections_lettertemplate_changelist"), {"q": "disappointed"}
    )

    assert [t.kind for t in response.context["cl"].result_list] == ["thank_you"]


def test_regular_users_cannot_open_the_template_admin(owner_client: Client):
    response = owner_client.get(reverse("admin:rejections_lettertemplate_changelist"))

    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))


def test_the_change_page_documents_every_placeholder_and_its_fallback(admin_client: Client):
    template = LetterTemplate.objects.get(kind="thank_you", is_default=True)

    html = admin_client.get(_change_url(template)).content.decode()

    for name, description in PLACEHOLDERS.items():
        assert f"<code>{{{{ {name} }}}}</code>" in html
        assert description in html
        assert FALLBACKS[name] in html


def test_the_change_page_previews_the_template_with_sample_values(admin_client: Client):
    template = LetterTemplate.objects.get(kind="thank_you", is_default=True)

    html = admin_client.get(_change_url(template)).content.decode()

    assert f'Dear <mark class="letter-value">{SAMPLE_VALUES["interviewer_name"]}</mark>,' in html
    assert f'<mark class="letter-value">{SAMPLE_VALUES["company_name"]}</mark>' in html
    assert '<mark class="letter-fallback"><em>Hiring Manager</em></mark>' in html


def test_the_preview_has_no_placeholder_left(db):
    template = LetterTemplate.objects.get(kind="thank_you", is_default=True)

    preview = LetterTemplateAdmin(LetterTemplate, admin.site).preview(template)

    assert "{{" not in preview
    assert "}}" not in preview
    assert SAMPLE_VALUES["your_name"] in preview


def test_the_preview_escapes_the_template_text(admin_client: Client, db):
    template = LetterTemplateFactory(
        subject="<b>Hi</b> {{ your_name }}", body="<script>alert(1)</script>\n{{ company_name }}"
    )

    html = admin_client.get(_change_url(template)).content.decode()

    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;<br>" in html
    assert "&lt;b&gt;Hi&lt;/b&gt; <mark" in html


def test_the_add_page_explains_the_preview_comes_after_saving(admin_client: Client, db):
    html = admin_client.get(reverse("admin:rejections_lettertemplate_add")).content.decode()

    assert "Save the template to see a preview." in html
    assert "<code>{{ company_name }}</code>" in html


def test_adding_a_valid_template(admin_client: Client, db):
    response = admin_client.post(reverse("admin:rejections_lettertemplate_add"), _template_data())

    assert response.status_code == 302
    template = LetterTemplate.objects.get(name="A plain note")
    assert template.body == "Dear {{ interviewer_name }},\n\nthanks.\n{{ your_name }}"


REFUSED = [
    ("{{ settings.SECRET_KEY }}", 'Unknown placeholder "{{ settings.SECRET_KEY }}"'),
    ("{{ user.password }}", 'Unknown placeholder "{{ user.password }}"'),
    ("{% debug %}", 'Template tags are not allowed: "{% debug %}"'),
    ("{% load static %}", 'Template tags are not allowed: "{% load static %}"'),
    (
        "{{ company_name.__class__ }}",
        'Attribute access is not allowed: "{{ company_name.__class__ }}"',
    ),
    ("{{ company_name|safe }}", 'Filters are not allowed: "{{ company_name|safe }}"'),
    ("{0.__class__}", 'Single-brace placeholder not allowed: "{0.__class__}"'),
    ("{{ company_name", 'Unbalanced braces near "{{ company_name"'),
]


@pytest.mark.parametrize(("snippet", "message"), REFUSED)
def test_saving_code_in_the_body_is_refused_naming_it(admin_client: Client, snippet, message):
    template = LetterTemplate.objects.get(kind="thank_you", is_default=True)
    stored = template.body
    body = f"Dear {{{{ interviewer_name }}}},\n{snippet}\nBest"

    response = admin_client.post(_change_url(template), _template_data(template, body=body))

    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert errors["body"] == [message]
    assert message.replace('"', "&quot;") in response.content.decode()
    template.refresh_from_db()
    assert template.body == stored


@pytest.mark.parametrize(("snippet", "message"), REFUSED)
def test_saving_code_in_the_subject_of_a_new_template_is_refused(
    admin_client: Client, snippet, message
):
    response = admin_client.post(
        reverse("admin:rejections_lettertemplate_add"),
        _template_data(subject=f"Hello {snippet}"),
    )

    assert response.status_code == 200
    assert message in response.context["adminform"].form.errors["subject"]
    assert not LetterTemplate.objects.filter(name="A plain note").exists()


def test_a_subject_on_two_lines_is_refused(admin_client: Client, db):
    response = admin_client.post(
        reverse("admin:rejections_lettertemplate_add"),
        _template_data(subject="Hello\nBcc: victim@example.com"),
    )

    assert "single line" in str(response.context["adminform"].form.errors["subject"])
    assert not LetterTemplate.objects.filter(name="A plain note").exists()


def test_a_second_default_of_the_same_kind_is_refused_naming_the_first(admin_client: Client):
    current = LetterTemplate.objects.get(kind="thank_you", is_default=True)

    response = admin_client.post(
        reverse("admin:rejections_lettertemplate_add"),
        _template_data(kind="thank_you", is_default="on"),
    )

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["is_default"] == [
        f"There is already a default template of this kind: {current.name}. Untick it there first."
    ]
    assert list(LetterTemplate.objects.filter(kind="thank_you", is_default=True)) == [current]
    assert not LetterTemplate.objects.filter(name="A plain note").exists()


def test_making_another_template_the_default_is_refused_too(admin_client: Client):
    other = LetterTemplateFactory(kind="feedback_request", name="Second request")

    response = admin_client.post(
        _change_url(other), _template_data(other, is_default="on", name="Second request")
    )

    assert "There is already a default template of this kind" in str(
        response.context["adminform"].form.errors["is_default"]
    )
    other.refresh_from_db()
    assert not other.is_default


def test_the_default_can_be_saved_again_and_moved_once_unticked(admin_client: Client):
    current = LetterTemplate.objects.get(kind="keep_in_touch", is_default=True)
    response = admin_client.post(_change_url(current), _template_data(current, name="Renamed"))
    assert response.status_code == 302

    admin_client.post(_change_url(current), _template_data(current, name="Renamed", is_default=""))
    response = admin_client.post(
        reverse("admin:rejections_lettertemplate_add"),
        _template_data(kind="keep_in_touch", is_default="on"),
    )

    assert response.status_code == 302
    assert LetterTemplate.objects.get(kind="keep_in_touch", is_default=True).name == "A plain note"


def test_an_inactive_default_is_refused(admin_client: Client, db):
    response = admin_client.post(
        reverse("admin:rejections_lettertemplate_add"),
        _template_data(is_default="on", active=""),
    )

    assert response.status_code == 200
    assert "A default template must be active." in response.content.decode()
    assert not LetterTemplate.objects.filter(name="A plain note").exists()


def test_staff_without_superuser_rights_see_only_what_they_are_given(db):
    staff = get_user_model().objects.create_user("staff", password="x", is_staff=True)
    client = Client()
    client.force_login(staff)

    response = client.get(reverse("admin:rejections_lettertemplate_changelist"))

    assert response.status_code == 403


def test_the_admin_never_shows_a_rejections_feelings_note(admin_client, owner):
    from tests.factories import RejectionFactory

    rejection = RejectionFactory(application__owner=owner, feelings="Private: I cried a bit.")

    response = admin_client.get(f"/admin/rejections/rejection/{rejection.pk}/change/")

    assert response.status_code == 200
    assert "I cried a bit" not in response.content.decode()
