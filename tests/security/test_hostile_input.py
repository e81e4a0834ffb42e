"""Hostile and random input to every form and list page: the answer is the form again with
its errors (200, or 400 where the view says so) or a success (302), never a 500, and never
a half-saved object (the database changes only on success, and by the expected rows)."""

import importlib
import inspect
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django import forms
from django.core.validators import ProhibitNullCharactersValidator
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from rejections.forms.letters import MarkSentForm
from rejections.forms.workspace import FeedbackForm
from rejections.models import LetterTemplate
from reminders.forms import DigestForm
from tests.factories import ContactFactory
from tests.rendering import queries_while_rendering
from tests.security.http import url_for
from tests.security.routes import ROUTES
from tests.security.world import World, counts, snapshot_all
from tracker.forms import MoveForm

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("signup_open")]

HOSTILE = [
    "x" * 100_000,
    "a\x00b",
    "\x01\x02\x08\x1b\x1f\x7f",
    "line\r\nBcc: victim@example.com",
    "<script>alert(1)</script>",
    "\"'><img src=x onerror=alert(1)>",
    "🙂👩‍👩‍👧‍👦 𝕏 日本語",
    "\u202eevil\u202c",
    "\ufeff\u200b\u00a0",
    "0001-01-01",
    "9999-12-31",
    "2026-02-30",
    "0000-00-00",
    "0001-01-01T00:00",
    "9999-12-31T23:59",
    str(10**30),
    "-1",
    "-" + str(10**30),
    "0",
    "2147483648",
    "9223372036854775808",
    "1e309",
    "NaN",
    "",
    " ",
    "{{ settings.SECRET_KEY }}",
    "%s%s%n",
    "javascript:alert(1)",
    "' OR '1'='1' --",
    "../../../../etc/passwd",
]


def _today() -> str:
    return timezone.localdate().isoformat()


@dataclass(frozen=True)
class FormCase:
    url: Callable[[World], str]
    payload: Callable[[World], dict]
    #: The model a success adds rows to (or changes), and by how many rows it may grow.
    model: str
    grows_by: frozenset[int] = frozenset({0})
    #: The form, for views that only accept POST (no page to find it on).
    form_class: type[forms.Form] | None = None
    #: The form's name in the template context (GET).
    context_name: str = "form"
    anonymous: bool = False


def _application(w: World) -> dict:
    return {"company_name": "Hostile Co", "position_title": "Dev", "status": "applied"}


def _interview(w: World) -> dict:
    day = (timezone.localdate() + timezone.timedelta(days=3)).isoformat()
    return {
        "application": w.application.pk,
        "round": "3",
        "kind": "video",
        "scheduled_at": f"{day}T10:00",
        "ends_at": f"{day}T11:00",
        "outcome": "pending",
    }


def _rejection(w: World) -> dict:
    return {"received_on": _today(), "stage": "interview", "channel": "email"}


def _selfcare(w: World) -> dict:
    return {"date": _today(), "activity": "Swim", "mood": "4"}


def _signup(w: World) -> dict:
    return {
        "first_name": "New",
        "username": "newcomer",
        "email": "newcomer@example.com",
        "password1": "sturdy-lantern-orbit-917",
        "password2": "sturdy-lantern-orbit-917",
    }


CASES: dict[str, FormCase] = {
    "application-create": FormCase(
        lambda w: "/applications/new/", _application, "tracker.Application", frozenset({1})
    ),
    "application-update": FormCase(
        lambda w: f"/applications/{w.application.pk}/edit/", _application, "tracker.Application"
    ),
    "application-move": FormCase(
        lambda w: f"/applications/{w.application.pk}/move/",
        lambda w: {"status": "offer"},
        "tracker.Application",
        form_class=MoveForm,
    ),
    "company-create": FormCase(
        lambda w: "/companies/new/",
        lambda w: {"name": "Hostile Co"},
        "tracker.Company",
        frozenset({1}),
    ),
    "company-update": FormCase(
        lambda w: f"/companies/{w.company.pk}/edit/",
        lambda w: {"name": "Renamed"},
        "tracker.Company",
    ),
    "contact-create": FormCase(
        lambda w: "/contacts/new/", lambda w: {"name": "Sam Lee"}, "tracker.Contact", frozenset({1})
    ),
    "contact-update": FormCase(
        lambda w: f"/contacts/{w.contact.pk}/edit/", lambda w: {"name": "Sam"}, "tracker.Contact"
    ),
    "interview-create": FormCase(
        lambda w: "/interviews/new/", _interview, "tracker.Interview", frozenset({1})
    ),
    "interview-update": FormCase(
        lambda w: f"/interviews/{w.interview.pk}/edit/", _interview, "tracker.Interview"
    ),
    "rejection-record": FormCase(
        lambda w: f"/applications/{w.application.pk}/reject/",
        _rejection,
        "rejections.Rejection",
        # Once recorded, the page leads to the rejection instead.
        frozenset({0, 1}),
    ),
    "rejection-update": FormCase(
        lambda w: f"/rejections/{w.rejection.pk}/edit/", _rejection, "rejections.Rejection"
    ),
    "feedback": FormCase(
        lambda w: f"/rejections/{w.rejection.pk}/feedback/",
        lambda w: {"feedback": "Be more concrete", "feedback_received_on": _today()},
        "rejections.Rejection",
        form_class=FeedbackForm,
    ),
    "skip-step": FormCase(
        lambda w: f"/rejections/{w.rejection.pk}/steps/thank/skip/",
        lambda w: {"reason": "Automated e-mail"},
        "rejections.StepSkip",
        frozenset({0, 1}),
    ),
    "network-add": FormCase(
        lambda w: f"/rejections/{w.rejection.pk}/network/",
        lambda w: {
            "contact": ContactFactory(owner=w.owner).pk,
            "check_in_on": (timezone.localdate() + timezone.timedelta(days=7)).isoformat(),
            "channel": "email",
        },
        "rejections.NetworkingLink",
        frozenset({0, 1}),
    ),
    "reflection-create": FormCase(
        lambda w: f"/rejections/{w.rejection.pk}/reflections/new/",
        lambda w: {"written_on": _today(), "went_well": "Calm answers"},
        "rejections.Reflection",
        frozenset({1}),
    ),
    "reflection-update": FormCase(
        lambda w: f"/reflections/{w.reflection.pk}/edit/",
        lambda w: {"written_on": _today(), "went_well": "Calm answers"},
        "rejections.Reflection",
    ),
    "selfcare-create": FormCase(
        lambda w: "/self-care/", _selfcare, "rejections.SelfCareNote", frozenset({1})
    ),
    "selfcare-update": FormCase(
        lambda w: f"/self-care/{w.note.pk}/edit/", _selfcare, "rejections.SelfCareNote"
    ),
    "letter-create": FormCase(
        lambda w: f"/rejections/{w.rejection.pk}/letters/new/",
        lambda w: {
            "template": LetterTemplate.objects.filter(is_default=True).first().pk,
            "recipient_name": "Sam Lee",
        },
        "rejections.Letter",
        frozenset({1}),
    ),
    "letter-edit": FormCase(
        lambda w: f"/letters/{w.letter.pk}/",
        lambda w: {"subject": "Thanks", "body": "Thank you."},
        "rejections.Letter",
        context_name="edit_form",
    ),
    "letter-mark-sent": FormCase(
        lambda w: f"/letters/{w.letter.pk}/mark-sent/",
        lambda w: {"sent_on": _today()},
        "rejections.Letter",
        form_class=MarkSentForm,
    ),
    "reminder-digest": FormCase(
        lambda w: reverse("reminders:digest"),
        lambda w: {"digest_enabled": "on"},
        "reminders.ReminderSettings",
        frozenset({0, 1}),
        form_class=DigestForm,
    ),
    "signup": FormCase(
        lambda w: "/accounts/signup/", _signup, "auth.User", frozenset({0, 1}), anonymous=True
    ),
}


#: Each case's form fields, looked up once (by name; the fields do not depend on the data).
_FIELDS: dict[str, dict[str, forms.Field]] = {}


class Poster:
    """Posts to one form case and checks the answer and the database."""

    def __init__(self, name: str, world: World) -> None:
        self.case, self.world = CASES[name], world
        self.client = Client()
        if not self.case.anonymous:
            self.client.force_login(world.owner)
        self.url = self.case.url(world)
        self.base = self.case.payload(world)
        if name not in _FIELDS:
            if self.case.form_class is not None:
                _FIELDS[name] = dict(self.case.form_class.base_fields)
            else:
                response = self.client.get(self.url)
                assert response.status_code == 200, self.url
                _FIELDS[name] = dict(response.context[self.case.context_name].fields)
        self.fields = _FIELDS[name]

    @property
    def fields_taking_text(self) -> list[str]:
        # A checkbox is on for any value: a NUL there is just "on".
        return [n for n, f in self.fields.items() if not isinstance(f, forms.BooleanField)]

    def post(self, data: dict, *, refused: bool = False) -> int:
        """Post ``data``; with ``refused`` the database must not change whatever the answer
        (a view may refuse with a redirect and a message)."""
        if self.case.anonymous:
            self.client.logout()  # a successful sign-up signed the last one in
        before, before_counts = snapshot_all(), counts()
        with queries_while_rendering() as rendering:
            response = self.client.post(self.url, data)
        status = response.status_code
        assert status in (200, 302, 400), f"{self.url}: {status}"
        # The form shown again with its errors reads its options in the view, as on a GET.
        assert rendering.elsewhere == [], f"{self.url}: queries while its template renders"
        if status == 302 and not refused:
            grown = counts()[self.case.model] - before_counts[self.case.model]
            assert grown in self.case.grows_by, f"{self.case.model} grew by {grown}"
        else:
            assert snapshot_all() == before, "a refused form changed the database"
        return status


@pytest.fixture
def poster(name, world) -> Poster:
    """The case's poster, signed in once per test: hypothesis runs all of a test's examples
    with the same fixtures, so its examples share one client (a sign-in per example cost
    a fifth of the random walk's time)."""
    return Poster(name, world)


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_field_refuses_nul_characters(poster):
    for field_name in poster.fields_taking_text:
        poster.post({**poster.base, field_name: f"before\x00after {field_name}"}, refused=True)


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_values_in_every_field_never_break_a_form(poster):
    for value in HOSTILE:
        poster.post({**poster.base, **dict.fromkeys(poster.fields, value)})


FIELD_VALUE = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(max_size=300),
    st.integers(min_value=-(10**40), max_value=10**40).map(str),
    st.dates().map(str),
    st.lists(st.text(max_size=5), max_size=3),
)


@pytest.mark.parametrize("name", sorted(CASES))
@hypothesis_settings(
    max_examples=25,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_random_values_in_random_fields_never_break_a_form(poster, world, data):
    chosen = data.draw(st.lists(st.sampled_from(sorted(poster.fields)), min_size=1, unique=True))
    # Each example's own base values (the networking case adds a new contact to link).
    payload = poster.case.payload(world)
    for field_name in chosen:
        payload[field_name] = data.draw(FIELD_VALUE, label=field_name)

    poster.post(payload)


def test_every_form_field_for_text_refuses_nul_characters():
    """Django adds ProhibitNullCharactersValidator to every forms.CharField (model text
    fields included); a field built another way must add it too."""
    modules = [
        "accounts.forms",
        "tracker.forms",
        "rejections.forms.workspace",
        "rejections.forms.letters",
        "rejections.forms.journal",
        "reminders.forms",
        "portability.forms",
    ]
    missing, checked = [], 0
    for module_name in modules:
        module = importlib.import_module(module_name)
        for form_name, form_class in inspect.getmembers(module, inspect.isclass):
            if not issubclass(form_class, forms.BaseForm) or form_class.__module__ != module_name:
                continue
            for field_name, form_field in form_class.base_fields.items():
                if isinstance(form_field, forms.CharField):
                    checked += 1
                    if not any(
                        isinstance(v, ProhibitNullCharactersValidator)
                        for v in form_field.validators
                    ):
                        missing.append(f"{form_name}.{field_name}")

    assert checked > 30
    assert not missing


# --- Query strings and headers -----------------------------------------------------------

QUERY_PARAMETERS = [
    "q", "name", "page", "status", "sort", "application", "rejection", "kind", "past",
    "company", "stage", "tag", "date_from", "date_to", "token", "company_name",
    "position_title", "posting_url",
]  # fmt: skip
PAGES = sorted(key for key, route in ROUTES.items() if not route.names_an_object)


@pytest.mark.parametrize("key", PAGES)
def test_hostile_query_strings_never_break_a_page(key, world, owner_client):
    url = url_for(key, world).split("?")[0]
    for value in HOSTILE:
        if len(value) > 2_000:
            value = value[:2_000]
        response = owner_client.get(url, dict.fromkeys(QUERY_PARAMETERS, value))
        assert response.status_code in (200, 302, 400, 404, 405), f"{url} {value!r}"


@pytest.mark.parametrize(
    "url", ["/companies/?q=a%00b", "/contacts/?q=a%00b", "/companies/memory/?name=%00"]
)
def test_a_nul_in_a_query_string_is_refused_before_it_reaches_the_database(url, owner_client):
    response = owner_client.get(url)

    assert response.status_code == 400
    assert "NUL" in response.content.decode()


@pytest.mark.parametrize("header", ["HTTP_USER_AGENT", "HTTP_ACCEPT", "HTTP_X_FORWARDED_FOR"])
def test_a_nul_in_a_header_is_refused_even_at_sign_in(header, client, owner):
    response = client.post(
        "/accounts/login/",
        {"username": "owner", "password": "correct horse battery"},
        **{header: "evil\x00value"},
    )

    assert response.status_code == 400


def test_a_nul_in_the_session_cookie_is_refused(client, db, settings):
    # Written as a raw header: the test client's cookie jar would quote the NUL away.
    cookie = f"{settings.SESSION_COOKIE_NAME}=abcdefgh\x00ijkl"

    assert client.get("/", HTTP_COOKIE=cookie).status_code == 400


def test_a_nul_typed_into_a_form_gets_the_form_back_with_a_message(owner_client):
    response = owner_client.post("/contacts/new/", {"name": "Sam\x00Lee"})

    assert response.status_code == 200
    assert "Null characters are not allowed." in response.content.decode()


@pytest.mark.parametrize("key", sorted(ROUTES))
def test_a_nul_in_any_posted_value_never_breaks_a_page(key, world, owner_client):
    """Form bodies are not filtered at the door (forms answer with a message), so a view
    that reads a posted value itself must cope with a NUL too."""
    url = url_for(key, world)
    payload = ROUTES[key].payload(world)
    posted = dict.fromkeys([*payload, *QUERY_PARAMETERS, "next"], "a\x00b")
    before = snapshot_all()

    response = owner_client.post(url, posted)

    assert response.status_code in (200, 302, 400, 404, 405), f"POST {url}"
    if response.status_code != 302:
        assert snapshot_all() == before


UNREADABLE_CHARSETS = ["utf-16", "utf-32", "utf-16-le", "utf-7", "base64", "no-such-charset"]


def _post_in_charset(client: Client, url: str, body: str, charset: str):
    # generic(), since post() would encode the body in the declared charset itself.
    return client.generic(
        "POST",
        url,
        body.encode("ascii"),
        content_type=f"application/x-www-form-urlencoded; charset={charset}",
    )


@pytest.mark.parametrize("charset", UNREADABLE_CHARSETS)
def test_a_body_in_an_unreadable_charset_is_refused_at_sign_in(charset, client, owner):
    response = _post_in_charset(
        client, "/accounts/login/", "username=owner&password=correct+horse+battery", charset
    )

    assert response.status_code == 415
    assert response["Content-Type"].startswith("text/plain")
    assert "charset" in response.content.decode()


@pytest.mark.parametrize("charset", UNREADABLE_CHARSETS)
def test_a_body_in_an_unreadable_charset_is_refused_on_an_app_form(charset, owner_client):
    from tracker.models import Contact

    response = _post_in_charset(owner_client, "/contacts/new/", "name=Sam+Lee", charset)

    assert response.status_code == 415
    assert not Contact.objects.exists()


@pytest.mark.parametrize("charset", ["utf-8", "UTF-8", '"utf-8"'])
def test_a_form_body_in_utf_8_is_read(charset, owner_client):
    from tracker.models import Contact

    response = _post_in_charset(owner_client, "/contacts/new/", "name=Sam+Lee", charset)

    assert response.status_code == 302
    assert Contact.objects.get().name == "Sam Lee"


@pytest.mark.parametrize(
    ("charset", "readable"),
    [
        ("utf-8", True),
        ("utf_8_sig", True),
        ("iso-8859-1", True),
        ("shift_jis", True),
        ("utf-16", False),
        ("utf-32-be", False),
        ("utf-7", False),
        ("cp037", False),
        ("raw_unicode_escape", False),
        ("rot13", False),
        ("hex", False),
        ("", False),
    ],
)
def test_only_known_ascii_compatible_charsets_are_readable(charset, readable):
    from accounts.middleware import is_readable_charset

    assert is_readable_charset(charset) is readable
