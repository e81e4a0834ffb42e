"""What users keep private (``PRIVATE_FIELDS``) a superuser cannot see in the admin.

The walk covers every admin registered on the site when the test runs, those of apps
added later included: on every changelist it tries lookups on every private field within
three relations of the admin's model (with several lookup types), a search for the
private text, and every column's ordering; then it opens the change, delete and history
pages of every row. Private text never shows, and every such filter is refused (400).
"""

import itertools
import logging

import pytest
from django.contrib import admin
from django.contrib.admin.sites import all_sites
from django.contrib.auth.admin import GroupAdmin
from django.contrib.auth.models import Group, Permission
from django.db import models
from django.test import Client
from django.urls import reverse

from core.admin import (
    ModelAdmin,
    PrivateFieldsAdmin,
    adopt_packaged,
    check_private_fields_admin,
    private_fields,
    touches_private,
)
from rejections.models import Rejection, SelfCareNote, SentLetter
from tests.factories import (
    ApplicationFactory,
    ContactFactory,
    InterviewFactory,
    LetterFactory,
    NetworkingLinkFactory,
    ReflectionFactory,
    RejectionFactory,
    SelfCareNoteFactory,
)

pytestmark = pytest.mark.django_db

#: Only private fields hold this word, so any page showing it leaks one.
SECRET = "zuvprivate"
#: How the private mood (1) is shown ("1 – very low"): never in the admin either.
MOOD_TEXT = "very low"
#: Relations crossed from an admin's model to reach another model's private field.
DEPTH = 3
#: Lookup types tried on private fields near the model (every one) and further away (in turn).
LOOKUPS = {
    "": SECRET,
    "__exact": SECRET,
    "__iexact": SECRET.upper(),
    "__startswith": SECRET[:2],
    "__istartswith": SECRET[:2],
    "__contains": SECRET[2:5],
    "__icontains": SECRET[2:5],
    "__regex": "^z",
    "__gt": "a",
    "__lt": "1",
    "__in": SECRET,
    "__isnull": "0",
}


def private_paths(model: type[models.Model], depth: int = DEPTH) -> list[str]:
    """Every lookup path from ``model`` to a private field, crossing up to ``depth``
    relations (forwards and backwards), without going back through a model on the path."""

    def walk(current, prefix: str, seen: tuple, left: int):
        yield from (prefix + name for name in sorted(private_fields(current)))
        if left == 0:
            return
        for field in current._meta.get_fields():
            target = field.related_model if field.is_relation else None
            if target is None or target in seen or target is current:
                continue
            yield from walk(target, f"{prefix}{field.name}__", (*seen, current), left - 1)

    return list(walk(model, "", (), depth))


def lookups_for(model: type[models.Model]) -> list[tuple[str, str]]:
    """``(parameter, value)`` pairs: every lookup type on the model's own private fields and
    those one relation away; one type in turn (and the bare field) further out."""
    pairs = []
    turn = itertools.cycle(list(LOOKUPS.items())[1:])
    for path in private_paths(model):
        if path.count("__") <= 1:
            pairs += [(path + lookup, value) for lookup, value in LOOKUPS.items()]
        else:
            lookup, value = next(turn)
            pairs += [(path, SECRET), (path + lookup, value)]
    return pairs


def registered() -> list[tuple[type[models.Model], admin.ModelAdmin]]:
    return sorted(admin.site._registry.items(), key=lambda item: item[0]._meta.label)


def admin_url(model: type[models.Model], view: str, *args) -> str:
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def assert_private(response, what: str) -> None:
    text = response.content.decode(errors="replace")
    assert SECRET not in text.lower(), f"{what} shows private text"
    assert MOOD_TEXT not in text, f"{what} shows a private mood"


@pytest.fixture
def private_rows(owner):
    """The owner's data, with private text only in private fields, and one row for every
    other admin's changelist to show."""
    rejection = RejectionFactory(
        application__owner=owner,
        feelings=f"{SECRET} I feel awful about this one",
        reason_given="They chose someone with more experience.",
    )
    ReflectionFactory(
        rejection=rejection,
        went_well=f"{SECRET} went well",
        to_improve=f"{SECRET} to improve",
        lessons=f"{SECRET} lessons",
        next_actions=f"{SECRET} next actions",
        tags=f"{SECRET}tag",
    )
    SelfCareNoteFactory(owner=owner, rejection=rejection, note=f"{SECRET} I cried a bit", mood=1)
    contact = ContactFactory(owner=owner)
    letter = LetterFactory(
        rejection=rejection, recipient_contact=contact, recipient_email="sam@example.com"
    )
    SentLetter.objects.create(
        owner=owner,
        letter=letter,
        recipient_email="sam@example.com",
        subject=f"{SECRET} sent subject",
        message_id="<1@rebound.test>",
    )
    NetworkingLinkFactory(rejection=rejection, contact=contact)
    rejection.skips.create(step="thank", reason="An automated rejection")
    InterviewFactory(application=ApplicationFactory(owner=owner))
    return rejection


@pytest.fixture
def refusals():
    """The messages of the admin's refusals of a lookup (``DisallowedModelAdminLookup``,
    logged as errors of ``django.security``), kept for the test to read. A filter on the
    logger keeps each one and stops it there: formatting and writing its traceback, in
    every handler of the walk's thousands of refused lookups, took half of each request's
    time."""
    messages: list[str] = []

    def keep(record: logging.LogRecord) -> bool:
        messages.append(record.getMessage())
        return False

    logger = logging.getLogger("django.security.DisallowedModelAdminLookup")
    logger.addFilter(keep)
    yield messages
    logger.removeFilter(keep)


def test_every_registered_admin_is_walked():
    """The walk is not empty: the private models' admins and the user admin are in it."""
    models_walked = {model for model, _ in registered()}
    assert {Rejection, SelfCareNote, SentLetter} <= models_walked
    assert "applications__rejection__feelings" in private_paths(
        next(m for m in models_walked if m._meta.label == "auth.User")
    )


@pytest.mark.parametrize(
    ("model", "model_admin"), registered(), ids=lambda v: getattr(v, "_meta", v).__str__()
)
def test_no_changelist_filters_on_private_fields(
    admin_client: Client, private_rows, refusals, model, model_admin
):
    url = admin_url(model, "changelist")
    plain = admin_client.get(url)
    assert plain.status_code == 200
    assert_private(plain, url)
    pairs = lookups_for(model)
    if private_fields(model):
        assert pairs, "a model with private fields must have lookups to try"
    for parameter, value in pairs:
        refused = len(refusals)
        response = admin_client.get(url, {parameter: value})
        assert response.status_code == 400, f"{url}?{parameter}={value} was not refused"
        assert_private(response, f"{url}?{parameter}={value}")
        # Refused by the admin as a lookup it does not allow: this very one.
        logged = refusals[refused:]
        assert logged == [f"Filtering by {parameter} not allowed"], f"{url}?{parameter}: {logged}"


@pytest.mark.parametrize(
    ("model", "model_admin"), registered(), ids=lambda v: getattr(v, "_meta", v).__str__()
)
def test_no_changelist_searches_or_sorts_by_private_fields(
    admin_client: Client, private_rows, model, model_admin
):
    url = admin_url(model, "changelist")
    found = admin_client.get(url, {"q": SECRET})
    nothing = admin_client.get(url, {"q": "qqnotanywhereqq"})
    assert found.status_code == nothing.status_code == 200
    # Searching for the private text finds what searching for nonsense finds.
    assert found.context["cl"].result_count == nothing.context["cl"].result_count
    changelist = found.context["cl"]
    for option in ("list_display", "list_filter", "search_fields", "sortable_by"):
        for name in getattr(changelist, option) or ():
            path = name[0] if isinstance(name, (list, tuple)) else name
            assert not (isinstance(path, str) and touches_private(model, path)), (
                f"{model._meta.label} {option} names {path}"
            )
    # Each column once: sorting it the other way (``o=-N``) sorts by the same fields and
    # shows the same rows, so it would check nothing more.
    for index in range(len(changelist.list_display)):
        response = admin_client.get(url, {"o": str(index)})
        assert response.status_code == 200
        assert_private(response, f"{url}?o={index}")
        for term in response.context["cl"].queryset.query.order_by:
            assert not (isinstance(term, str) and touches_private(model, term)), (
                f"{url}?o={index} sorts by {term}"
            )


@pytest.mark.parametrize(
    ("model", "model_admin"), registered(), ids=lambda v: getattr(v, "_meta", v).__str__()
)
def test_change_delete_and_history_pages_show_no_private_text(
    admin_client: Client, private_rows, model, model_admin
):
    for obj in model._default_manager.all()[:5]:
        for view in ("change", "delete", "history"):
            url = admin_url(model, view, obj.pk)
            response = admin_client.get(url)
            assert response.status_code == 200, url
            assert_private(response, url)
            if view == "change":
                adminform = response.context["adminform"]
                shown = set(adminform.form.fields) | set(adminform.readonly_fields)
                assert not shown & private_fields(model), url


def test_add_pages_have_no_private_fields(admin_client: Client, db):
    for model, _ in registered():
        url = admin_url(model, "add")
        response = admin_client.get(url)
        if response.status_code == 403:  # A read-only admin (the send log, the task results).
            continue
        assert response.status_code == 200, url
        assert not set(response.context["adminform"].form.fields) & private_fields(model), url


def test_saving_a_rejection_in_the_admin_keeps_the_feelings_it_cannot_show(
    admin_client: Client, private_rows
):
    rejection = private_rows
    url = admin_url(Rejection, "change", rejection.pk)
    response = admin_client.post(
        url,
        {
            "application": rejection.application.pk,
            "received_on": rejection.received_on.isoformat(),
            "stage": "final",
            "channel": "phone",
            "reason_given": "Changed by staff",
            "door_open": "unknown",
            "feelings": "overwritten by staff",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    rejection.refresh_from_db()
    assert rejection.stage == "final"
    assert rejection.feelings.startswith(SECRET)
    history = admin_client.get(admin_url(Rejection, "history", rejection.pk))
    assert "Changed" in history.content.decode()
    assert_private(history, "the rejection's history")


def test_saving_a_self_care_note_in_the_admin_keeps_its_mood_and_text(
    admin_client: Client, private_rows, owner
):
    note = SelfCareNote.objects.get()
    response = admin_client.post(
        admin_url(SelfCareNote, "change", note.pk),
        {
            "owner": owner.pk,
            "rejection": note.rejection_id,
            "date": note.date.isoformat(),
            "activity": "A swim",
            "mood": "5",
            "note": "overwritten by staff",
        },
    )
    assert response.status_code == 302
    note.refresh_from_db()
    assert (note.activity, note.mood) == ("A swim", 1)
    assert note.note.startswith(SECRET)
    assert_private(admin_client.get(admin_url(SelfCareNote, "history", note.pk)), "history")


def test_autocomplete_does_not_search_private_text(admin_client: Client, private_rows):
    """Autocomplete widgets search with the target admin's search fields, filtered too."""
    response = admin_client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "rejections",
            "model_name": "reflection",
            "field_name": "rejection",
            "term": SECRET,
        },
    )
    assert response.status_code == 200
    assert response.json()["results"] == []


def test_staff_without_superuser_rights_are_refused_too(private_rows, django_user_model):
    staff = django_user_model.objects.create_user("staff", password="x" * 12, is_staff=True)
    staff.user_permissions.set(Permission.objects.all())
    client = Client()
    client.force_login(staff)
    response = client.get(admin_url(Rejection, "changelist"), {"feelings__startswith": "z"})
    assert response.status_code == 400


# --- The mechanism, on an admin that gets everything wrong ------------------------------


class CarelessRejectionAdmin(ModelAdmin):
    """Names the private field everywhere an admin can; core.admin must keep it out."""

    list_display = [
        "received_on",
        "feelings",
        "feelings_sorted",
        "application__rejection__feelings",
    ]
    list_filter = ["feelings", ("feelings", admin.AllValuesFieldListFilter), "stage"]
    search_fields = ["feelings", "^feelings", "application__rejection__feelings", "reason_given"]
    ordering = ["feelings", "-received_on"]
    fieldsets = [
        (None, {"fields": [("stage", "feelings"), "received_on"]}),
        ("Private", {"fields": ["feelings"]}),
    ]
    readonly_fields = ["feelings"]

    @admin.display(ordering="feelings")
    def feelings_sorted(self, obj: Rejection) -> str:
        return "…"


@pytest.fixture
def other_site():
    """An admin site of its own, forgotten again (the system check looks at every site)."""
    site = admin.AdminSite(name="other")
    yield site
    all_sites.discard(site)


@pytest.fixture
def careless(rf, admin_user, other_site):
    model_admin = CarelessRejectionAdmin(Rejection, other_site)
    request = rf.get("/")
    request.user = admin_user
    return model_admin, request


def test_an_admin_naming_private_fields_shows_none_of_them(careless):
    model_admin, request = careless
    assert model_admin.get_list_display(request) == ["received_on", "feelings_sorted"]
    assert model_admin.get_list_filter(request) == ["stage"]
    assert model_admin.get_search_fields(request) == ["reason_given"]
    assert model_admin.get_ordering(request) == ["-received_on"]
    assert model_admin.get_readonly_fields(request) == []
    assert model_admin.get_fieldsets(request) == [(None, {"fields": [("stage",), "received_on"]})]
    assert "feelings" not in model_admin.get_form(request).base_fields
    assert "feelings" in model_admin.get_exclude(request)


def test_an_admin_naming_private_fields_refuses_their_lookups(careless):
    model_admin, request = careless
    assert not model_admin.lookup_allowed("feelings__startswith", "a", request)
    assert not model_admin.lookup_allowed("application__rejection__feelings", "a", request)
    assert not model_admin.lookup_allowed("reflections__lessons__icontains", "a", request)
    assert not model_admin.to_field_allowed(request, "feelings")
    assert model_admin.lookup_allowed("stage", "final", request)


def test_sorting_by_a_column_ordered_by_a_private_field_is_ignored(careless, rf, private_rows):
    model_admin, request = careless
    columns = model_admin.get_changelist_instance(request).list_display

    def sorted_by(column: str) -> list:
        sorted_request = rf.get("/", {"o": str(columns.index(column))})
        sorted_request.user = request.user
        return model_admin.get_changelist_instance(sorted_request).queryset.query.order_by

    assert "received_on" in sorted_by("received_on")
    assert not any("feelings" in str(term) for term in sorted_by("feelings_sorted"))


def test_the_system_check_names_an_admin_without_the_mixin(other_site):
    other_site.register(Rejection, admin.ModelAdmin)
    errors = [e for e in check_private_fields_admin() if e.id == "core.E101"]
    assert [e.obj for e in errors] == [admin.ModelAdmin]
    assert "rejections.Rejection" in errors[0].msg


def test_every_admin_on_the_site_passes_the_system_check():
    assert check_private_fields_admin() == []


def test_the_system_check_names_a_private_field_that_does_not_exist(monkeypatch):
    monkeypatch.setattr(SelfCareNote, "PRIVATE_FIELDS", ("mood", "nose"))
    errors = check_private_fields_admin()
    assert [e.id for e in errors] == ["core.E102"]
    assert "'nose'" in errors[0].msg


class ForgetfulAdmin(admin.ModelAdmin):
    """A project admin built on Django's ModelAdmin instead of core.admin's."""


def test_packaged_admins_are_adopted_and_project_admins_are_not(other_site):
    other_site.register(Group, GroupAdmin)
    other_site.register(Rejection, ForgetfulAdmin)

    adopt_packaged(other_site)

    assert isinstance(other_site._registry[Group], PrivateFieldsAdmin)
    assert isinstance(other_site._registry[Group], GroupAdmin)
    # Left for the system check to name: the project's own code must say it.
    assert type(other_site._registry[Rejection]) is ForgetfulAdmin
    errors = [e for e in check_private_fields_admin() if e.id == "core.E101"]
    assert [e.obj for e in errors] == [ForgetfulAdmin]
