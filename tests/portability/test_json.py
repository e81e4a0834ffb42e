import json

import pytest
from django.apps import apps
from django.db import models
from django.urls import reverse

from pace.models import SupportResource
from portability import archive
from rejections.models import Letter, LetterTemplate, Rejection, SelfCareNote, SentLetter
from tests.factories import ApplicationFactory, ContactFactory, move
from tests.portability.factories import HTML, UNICODE, build_rich_account
from tracker.models import Application, Company, Contact, DeletedInterview, StatusChange

pytestmark = pytest.mark.django_db

EXPORT_URL = reverse("portability:json-export")
IMPORT_URL = reverse("portability:json-import")


def export(client) -> dict:
    response = client.get(EXPORT_URL)
    assert response.status_code == 200
    return json.loads(b"".join(response.streaming_content))


def upload(client, document, name="rebound.json"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    raw = document if isinstance(document, bytes) else json.dumps(document).encode()
    return client.post(IMPORT_URL, {"file": SimpleUploadedFile(name, raw)})


def test_export_is_a_streamed_attachment_with_a_format_version(owner_client, owner):
    build_rich_account(owner)
    response = owner_client.get(EXPORT_URL)
    assert response.streaming
    assert response["Content-Type"] == "application/json"
    assert "attachment" in response["Content-Disposition"]
    document = json.loads(b"".join(response.streaming_content))
    assert document["format"] == "rebound-export"
    assert document["version"] == archive.VERSION == 4
    assert [key for key in document if key not in ("format", "version", "exported_at")] == (
        archive.SECTION_KEYS
    )


def test_export_holds_every_object_with_links_by_file_ids(owner_client, owner):
    build_rich_account(owner)
    document = export(owner_client)
    assert len(document["companies"]) == 2
    assert len(document["applications"]) == 3
    assert len(document["contacts"]) == 2
    assert len(document["interviews"]) == 2
    assert len(document["rejections"]) == 1
    assert len(document["letters"]) == 2
    assert len(document["reflections"]) == 2
    assert len(document["networking_links"]) == 2
    assert len(document["self_care_notes"]) == 2
    companies = {c["id"]: c for c in document["companies"]}
    contacts = {c["id"]: c for c in document["contacts"]}
    application = document["applications"][0]
    assert companies[application["company"]]["name"] == f"Acme {UNICODE}"
    assert sorted(contacts[i]["name"] for i in application["contacts"]) == ["Kim 金", "Sam Lee"]
    assert [h["to_status"] for h in application["status_history"]] == [
        "applied",
        "interviewing",
        "rejected",
    ]
    assert application["notes"].startswith(HTML)
    rejection = document["rejections"][0]
    assert [s["step"] for s in rejection["skips"]] == ["network", "thank"]
    letter = document["letters"][0]
    assert letter["template"] == {"kind": "feedback_request", "name": "Ask nicely"}
    assert contacts[letter["recipient_contact"]]["name"] == "Sam Lee"
    # Ids are the file's own numbering, never database ids.
    assert [c["id"] for c in document["companies"]] == [1, 2]


def test_export_leaves_out_other_users_data(owner_client, owner, stranger):
    build_rich_account(stranger)
    ApplicationFactory(owner=owner, position_title="Mine")
    document = export(owner_client)
    assert [a["position_title"] for a in document["applications"]] == ["Mine"]
    assert document["contacts"] == [] and document["rejections"] == []
    assert document["letters"] == [] and document["self_care_notes"] == []


def strip_volatile(document: dict) -> dict:
    """Only the export time legitimately differs between two exports of the same data."""
    document = dict(document)
    document.pop("exported_at")
    return document


def test_round_trip_into_an_empty_account_loses_nothing(owner_client, owner, newcomer_client):
    build_rich_account(owner)
    first = export(owner_client)

    response = upload(newcomer_client, first)
    assert response.status_code == 302, response.content.decode()[:2000]

    second = export(newcomer_client)
    assert strip_volatile(second) == strip_volatile(first)
    # And the database agrees: the new account's rows mirror the old one's.
    newcomer = newcomer_client.user
    assert Application.objects.for_user(newcomer).count() == 3
    assert StatusChange.objects.filter(application__owner=newcomer).count() == (
        StatusChange.objects.filter(application__owner=owner).count()
    )
    old = Application.objects.for_user(owner).order_by("pk").first()
    new = Application.objects.for_user(newcomer).order_by("pk").first()
    assert (new.created_at, new.updated_at) == (old.created_at, old.updated_at)
    assert new.company.owner == newcomer


def test_the_furthest_stage_is_rebuilt_on_import(owner_client, owner, newcomer_client):
    # Screening, then interviews, then rejected: the funnel must still count the interviews.
    application = ApplicationFactory(owner=owner, status="screening")
    move(application, "interviewing")
    move(application, "rejected")
    ApplicationFactory(owner=owner, status="wishlist", applied_on=None)

    upload(newcomer_client, export(owner_client))

    imported = Application.objects.for_user(newcomer_client.user)
    assert sorted(imported.values_list("status", "reached")) == [
        ("rejected", 3),
        ("wishlist", 0),
    ]


@pytest.mark.parametrize(("flag", "answer"), [(True, "unknown"), (False, "no")])
def test_a_version_1_file_still_imports_with_its_door_open_flag_read_as_an_answer(
    owner_client, owner, newcomer_client, flag, answer
):
    build_rich_account(owner)
    document = export(owner_client)
    document["version"] = 1
    document["rejections"][0].update(door_open=flag, reapply_after=None)

    response = upload(newcomer_client, document)

    assert response.status_code == 302, response.content.decode()[:2000]
    imported = Rejection.objects.get(application__owner=newcomer_client.user)
    assert imported.door_open == answer


def test_round_trip_of_an_empty_account(owner_client, newcomer_client):
    first = export(owner_client)
    assert upload(newcomer_client, first).status_code == 302
    assert strip_volatile(export(newcomer_client)) == strip_volatile(first)


def test_letters_keep_their_text_and_find_the_template_by_kind_and_name(
    owner_client, owner, newcomer_client
):
    build_rich_account(owner)
    document = export(owner_client)
    LetterTemplate.objects.filter(name="Ask nicely").update(name="Renamed since")
    assert upload(newcomer_client, document).status_code == 302
    letters = Letter.objects.filter(rejection__application__owner=newcomer_client.user)
    sent = letters.get(status="sent")
    assert sent.template is None
    assert sent.body == HTML and sent.kind == "feedback_request"


def test_import_links_an_existing_template_of_the_same_kind_and_name(
    owner_client, owner, newcomer_client
):
    build_rich_account(owner)
    document = export(owner_client)
    upload(newcomer_client, document)
    letter = Letter.objects.get(rejection__application__owner=newcomer_client.user, status="sent")
    assert letter.template == LetterTemplate.objects.get(name="Ask nicely")


def test_import_is_refused_into_an_account_with_data(owner_client, owner):
    document = export(owner_client)
    ContactFactory(owner=owner)
    response = upload(owner_client, document)
    assert response.status_code == 400
    assert "can only be imported into an empty account" in response.content.decode()
    assert Contact.objects.for_user(owner).count() == 1


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(format="other"), "This is not a Rebound export"),
        (lambda d: d.update(version=5), "format version 5"),
        (lambda d: d.pop("letters"), "The section “letters” is missing"),
        (lambda d: d.update(extra=[]), "Unknown section “extra”"),
        (
            lambda d: d["applications"][0].update(status="dreaming"),
            "applications, item 1 (id 1): “status”: Value &#x27;dreaming&#x27; is not a valid",
        ),
        (
            lambda d: d["applications"][0].update(company=99),
            "“company” refers to companies id 99, not in the file",
        ),
        (
            lambda d: d["applications"][0].update(salary_min=80_000),
            "The minimum salary cannot be above the maximum.",
        ),
        (lambda d: d["applications"][0].update(salary_min="a lot"), "must be a whole number"),
        (lambda d: d["applications"][0].pop("notes"), "“notes” is missing"),
        (lambda d: d["applications"][0].update(mood=3), "unknown field “mood”"),
        (lambda d: d["applications"][0].update(created_at="2026-01-01T10:00:00"), "time zone"),
        (lambda d: d["applications"][0].update(applied_on="1/2/2026"), "ISO date"),
        (
            lambda d: d["applications"][0]["status_history"][0].update(to_status="x"),
            "status_history item 1",
        ),
        (
            lambda d: d["companies"][1].update(name=d["companies"][0]["name"].upper()),
            "two companies",
        ),
        (lambda d: d["companies"][1].update(id=1), "“id” must be a whole number used once"),
        (lambda d: d["letters"][0].update(status="sent", sent_on=None), "letter_sent_has_date"),
        (lambda d: d["rejections"][0]["skips"][0].update(step="acknowledge"), "skippable"),
        (
            lambda d: d["rejections"].append({**d["rejections"][0], "id": 2}),
            "already has a rejection",
        ),
        (lambda d: d["self_care_notes"][0].update(mood=9), "“mood”"),
        (lambda d: d["contacts"][0].update(profile_url="javascript:alert(1)"), "“profile_url”"),
        (lambda d: d["interviews"][0].update(interviewers=[1, "2"]), "“interviewers” refers to"),
    ],
)
def test_a_bad_file_names_the_first_problem_and_imports_nothing(
    owner_client, owner, newcomer_client, change, message
):
    build_rich_account(owner)
    document = export(owner_client)
    change(document)
    response = upload(newcomer_client, document)
    assert response.status_code == 400
    content = response.content.decode()
    assert "Nothing was imported." in content
    assert message in content
    newcomer = newcomer_client.user
    for model in (Company, Contact, Application, SelfCareNote):
        assert not model.objects.filter(owner=newcomer).exists()


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"\xff\xfe not utf-8", "not UTF-8"),
        (b"{not json", "This is not valid JSON (line 1"),
        (b"[1, 2]", "This is not a Rebound export"),
    ],
)
def test_a_file_that_is_not_an_export_is_refused(newcomer_client, raw, message):
    response = upload(newcomer_client, raw)
    assert response.status_code == 400
    assert message in response.content.decode()


def test_a_failure_late_in_the_import_leaves_nothing_behind(
    owner_client, owner, newcomer_client, monkeypatch
):
    build_rich_account(owner)
    document = export(owner_client)
    original = archive._Restorer.restore_section

    def fail_at_self_care(self, section, items):
        if section.key == "self_care_notes":
            raise archive.ArchiveError("simulated failure")
        return original(self, section, items)

    monkeypatch.setattr(archive._Restorer, "restore_section", fail_at_self_care)
    response = upload(newcomer_client, document)
    assert "simulated failure" in response.content.decode()
    newcomer = newcomer_client.user
    assert not Company.objects.filter(owner=newcomer).exists()
    assert not Application.objects.filter(owner=newcomer).exists()


def test_too_large_a_json_file_is_refused_with_its_limit(newcomer_client):
    raw = b" " * (archive.MAX_JSON_BYTES + 200 * 1024)
    response = upload(newcomer_client, raw)
    assert response.status_code == 400
    assert "a JSON export may be at most 20.0" in response.content.decode()


def test_a_body_larger_than_the_zip_limit_is_refused_before_it_is_read(newcomer_client, settings):
    settings.MATERIALS_USER_QUOTA_BYTES = 1024 * 1024
    from portability import zip_archive

    raw = b" " * (zip_archive.max_zip_bytes() + 200 * 1024)
    response = upload(newcomer_client, raw)
    assert response.status_code == 413
    assert "larger than" in response.content.decode()


def test_a_json_export_listing_documents_asks_for_the_zip(owner_client, owner, newcomer_client):
    from tests.portability.factories import build_materials

    build_materials(owner, build_rich_account(owner))
    response = upload(newcomer_client, export(owner_client))
    assert response.status_code == 400
    assert "files travel only in the ZIP export" in response.content.decode()
    assert not Application.objects.filter(owner=newcomer_client.user).exists()


# --- The export stays complete as the models grow -----------------------------------------

#: Fields deliberately not in the file: database ids and the owner (the importing user).
NOT_EXPORTED = {"id", "owner"}
#: Letter.template is written as the template's kind and name; Application.reached is
#: derived from the status history on import (test_the_furthest_stage_is_rebuilt_on_import).
SPECIAL = {("rejections", "letter", "template"), ("tracker", "application", "reached")}
#: When a row last changed for the calendar feed: after an import, the import is the change
#: (the rows have new ids there, so calendars see new events anyway).
SPECIAL |= {
    ("tracker", "company", "updated_at"),
    ("tracker", "contact", "updated_at"),
    ("tracker", "interview", "updated_at"),
    ("rejections", "networkinglink", "updated_at"),
}
#: What undoing an inbox action needs holds this database's ids: not carried over (an
#: imported action is refused an undo with a message: tests/portability/test_inbox_in_export).
SPECIAL |= {("inbox", "jobmessage", "undo")}
#: A document version's file is named by its ZIP member; its text is read again from it.
SPECIAL |= {
    ("materials", "documentversion", name)
    for name in ("file", "text", "extraction", "extraction_message")
}


def test_every_field_of_every_exported_model_is_in_the_file():
    for section in archive.SECTIONS:
        meta = section.model._meta
        covered = {*section.fields, *section.links, *section.many, *NOT_EXPORTED}
        for model_field in meta.get_fields():
            if model_field.auto_created and not model_field.concrete:
                continue  # reverse relations: exported from the other side
            key = (meta.app_label, meta.model_name, model_field.name)
            assert model_field.name in covered or key in SPECIAL, (
                f"{meta.label}.{model_field.name} is not exported; add it to archive.SECTIONS"
            )
        for child in section.children:
            child_meta = child.model._meta
            for model_field in child_meta.concrete_fields:
                assert model_field.name in {*child.fields, child.parent_field, "id"}, (
                    f"{child_meta.label}.{model_field.name} is not exported"
                )


def test_every_model_a_user_owns_is_exported():
    exported = {s.model for s in archive.SECTIONS} | {
        c.model for s in archive.SECTIONS for c in s.children
    }
    # Deleted interviews are the calendar feed's memory of this install's event ids, which
    # mean nothing elsewhere; the send log is this install's record of the mail it sent
    # (what its daily cap counts); the letters themselves are exported, sent or not.
    # Support resources are written by staff for everyone.
    site_wide = {LetterTemplate, DeletedInterview, SentLetter, SupportResource}
    for app_label in ("tracker", "rejections", "materials", "pace"):
        for model in apps.get_app_config(app_label).get_models():
            assert model in exported | site_wide, f"{model._meta.label} is not in the export"


def test_sections_only_link_to_sections_before_them():
    seen = set()
    for section in archive.SECTIONS:
        for target in [*section.links.values(), *section.many.values()]:
            assert target in seen, f"{section.key} links to {target}, which comes later"
        seen.add(section.key)
        for name in section.links:
            assert isinstance(section.model._meta.get_field(name), models.ForeignKey)


# --- Check constraints are evaluated in Python, exactly as the database would ---------------


def _samples():
    import datetime as dt

    from rejections.models import StepSkip
    from tracker.models import Interview

    day = dt.date(2026, 3, 1)
    yield from (
        Application(salary_min=None, salary_max=None),
        Application(salary_min=1, salary_max=None, posting_url="HTTPS://x.example"),
        Application(salary_min=2, salary_max=1, posting_url="ftp://x.example"),
        Application(salary_min=1, salary_max=2, status="dreaming", applied_on=dt.date(1949, 1, 1)),
        Application(next_action_on=dt.date(2100, 12, 31), applied_on=dt.date(2101, 1, 1)),
        Letter(status="draft", sent_on=None),
        Letter(status="draft", sent_on=day),
        Letter(status="sent", sent_on=None),
        Letter(status="sent", sent_on=day),
        Interview(duration_minutes=0, round=0, kind="video", outcome="pending"),
        Interview(duration_minutes=1440, round=1, kind="chat", outcome="pending"),
        Interview(duration_minutes=1441, round=3, kind="final", outcome="won"),
        StepSkip(step="acknowledge", reason=""),
        StepSkip(step="thank", reason="Automated"),
        SelfCareNote(mood=0, date=day),
        SelfCareNote(mood=5, date=day),
        SelfCareNote(mood=6, date=None),
    )


@pytest.mark.parametrize("obj", list(_samples()), ids=lambda o: type(o).__name__)
def test_check_constraints_evaluated_in_python_agree_with_the_database(obj):
    from django.core.exceptions import ValidationError

    for constraint in obj._meta.constraints:
        if not isinstance(constraint, models.CheckConstraint):
            continue
        try:
            constraint.validate(type(obj), obj)
            database_says = True
        except ValidationError:
            database_says = False
        assert (archive._holds(models.Q(constraint.condition), obj) is not False) == (
            database_says
        ), constraint.name
