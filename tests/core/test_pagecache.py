"""Pages cached per person (core.pagecache): fast on a second look, never stale after a
write — the person's own, a background task's, the admin's — and never anyone else's."""

import datetime
import re

import pytest
from django.contrib.auth.models import User
from django.core.cache import caches
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from core.models import DataVersion
from core.pagecache import owner_path, page_key
from inbox.models import JobMessage
from pace.models import SupportResource
from rejections.models import (
    Letter,
    LetterTemplate,
    Reflection,
    SentLetter,
    StepSkip,
)
from tests.factories import (
    ApplicationFactory,
    CompanyFactory,
    ContactFactory,
    InterviewFactory,
    ReflectionFactory,
    RejectionFactory,
    SelfCareNoteFactory,
    UserFactory,
)
from tracker.models import Application, Interview, StatusChange

pytestmark = pytest.mark.django_db

#: The cached pages, by URL name (the detail pages get their id in ``urls``).
LIST_PAGES = [
    "home:dashboard",
    "tracker:board",
    "tracker:application-list",
    "tracker:company-list",
    "tracker:interview-list",
    "tracker:contact-list",
    "rejections:list",
    "rejections:reflection-list",
    "rejections:selfcare-list",
    "rejections:sent-mail",
    "inbox:list",
    "materials:document-list",
    "pace:goals",
]


@pytest.fixture
def rejection(owner):
    application = ApplicationFactory(
        owner=owner, company=CompanyFactory(owner=owner, name="Globex"), position_title="Analyst"
    )
    return RejectionFactory(application=application)


def urls(rejection) -> list[str]:
    return [reverse(name) for name in LIST_PAGES] + [
        rejection.application.get_absolute_url(),
        rejection.get_absolute_url(),
    ]


def cached_entries() -> int:
    return len(caches["pages"]._cache)


def test_owner_paths_follow_each_row_to_its_owner():
    assert owner_path(Application) == "owner"
    assert owner_path(Interview) == "application__owner"
    assert owner_path(StatusChange) == "application__owner"
    assert owner_path(StepSkip) == "rejection__application__owner"
    assert owner_path(Letter) == "rejection__application__owner"
    assert owner_path(SentLetter) == "owner"
    assert owner_path(JobMessage) == "owner"
    # Shared by everyone: a change retires everyone's pages.
    assert owner_path(LetterTemplate) is None
    assert owner_path(SupportResource) is None


def test_every_cached_page_is_answered_from_the_cache_the_second_time(
    owner_client, rejection, django_assert_max_num_queries
):
    for url in urls(rejection):
        first = owner_client.get(url)
        assert first.status_code == 200, url
        # The session and the person (with preferences and data version): nothing else.
        with django_assert_max_num_queries(2):
            second = owner_client.get(url)
        assert second.status_code == 200
        assert _without_tokens(second) == _without_tokens(first), url


def _without_tokens(response) -> str:
    return _without_tokens_text(response.content.decode())


def _without_tokens_text(html: str) -> str:
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", html)


@pytest.mark.parametrize("name", LIST_PAGES)
def test_own_post_shows_at_once_on_every_cached_page(owner, owner_client, rejection, name):
    """The theme is on every page's <html>: changing it through the form is a write every
    page must show at once."""
    url = reverse(name)
    assert 'data-theme="system"' in owner_client.get(url).content.decode()
    response = owner_client.post(
        reverse("profile"),
        {"first_name": "Olive", "email": owner.email, "time_zone": "UTC", "theme": "dark"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert 'data-theme="dark"' in owner_client.get(url).content.decode()


def test_a_new_application_shows_on_the_list_and_board_after_the_form(owner_client, owner):
    lists = [reverse("tracker:application-list"), reverse("tracker:board")]
    for url in lists:
        assert "Initech" not in owner_client.get(url).content.decode()
    response = owner_client.post(
        reverse("tracker:application-create"),
        {"company_name": "Initech", "position_title": "Engineer", "status": "applied"},
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    for url in lists:
        assert "Initech" in owner_client.get(url).content.decode(), url


@pytest.mark.after_commit
@pytest.mark.parametrize(
    ("url_of", "write", "shown"),
    [
        # A background task, a command or the admin saves through the ORM.
        (
            lambda r: reverse("tracker:application-list"),
            lambda r: ApplicationFactory(owner=r.application.owner, position_title="Night shift"),
            lambda row: "Night shift",
        ),
        (
            lambda r: r.application.get_absolute_url(),
            lambda r: InterviewFactory(application=r.application),
            lambda row: row.get_absolute_url(),
        ),
        (
            lambda r: r.get_absolute_url(),
            lambda r: ReflectionFactory(rejection=r, went_well="Kept calm in the live task"),
            None,
        ),
        (
            lambda r: reverse("rejections:selfcare-list"),
            lambda r: SelfCareNoteFactory(owner=r.application.owner, activity="Long walk"),
            lambda row: "Long walk",
        ),
        (
            lambda r: reverse("tracker:contact-list"),
            lambda r: ContactFactory(owner=r.application.owner, name="Grace Hopper"),
            lambda row: "Grace Hopper",
        ),
    ],
    ids=["list", "detail", "workspace", "self-care", "contacts"],
)
def test_rows_saved_outside_a_request_retire_the_owners_pages(
    owner_client, rejection, url_of, write, shown, django_capture_on_commit_callbacks
):
    url = url_of(rejection)
    before = owner_client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        row = write(rejection)
    after = owner_client.get(url).content.decode()
    if shown is None:  # the workspace lists reflections by date: the page changed
        assert isinstance(row, Reflection)
        assert _without_tokens_text(after) != _without_tokens_text(before)
    else:
        assert shown(row) not in before
        assert shown(row) in after


def test_a_finished_background_job_retires_the_owners_pages(owner, owner_client):
    """A job's bulk inserts send no signal: finishing the job is the write."""
    from core.models import BackgroundJob
    from core.tasks import run_job

    url = reverse("tracker:application-list")
    owner_client.get(url)
    job = BackgroundJob.objects.create(owner=owner, title="Import", task_path="x")

    def work(job):
        Application.objects.bulk_create(
            [
                Application(
                    owner=owner, company=CompanyFactory(owner=owner), position_title="Bulk one"
                )
            ]
        )
        return "done"

    before = DataVersion.objects.get(user=owner).version
    run_job(job.pk, work)
    assert DataVersion.objects.get(user=owner).version > before
    assert "Bulk one" in owner_client.get(url).content.decode()


def test_a_staff_post_in_the_admin_retires_everyones_pages(owner, owner_client, client):
    owner_client.get(reverse("tracker:application-list"))
    before = DataVersion.objects.get(user=owner).version
    staff = UserFactory(username="staff", is_staff=True, is_superuser=True)
    client.force_login(staff)
    template = LetterTemplate.objects.first()
    url = reverse("admin:rejections_lettertemplate_change", args=[template.pk])
    client.post(url, {})  # even a refused form: the admin may have written before refusing
    assert DataVersion.objects.get(user=owner).version > before


def test_a_stranger_never_gets_the_owners_cached_page(owner_client, stranger_client, rejection):
    for url in [rejection.application.get_absolute_url(), rejection.get_absolute_url()]:
        assert owner_client.get(url).status_code == 200
        assert stranger_client.get(url).status_code == 404
    # Their own lists are their own, even right after the owner's.
    listing = reverse("tracker:application-list")
    assert "Globex" in owner_client.get(listing).content.decode()
    assert "Globex" not in stranger_client.get(listing).content.decode()


def test_anonymous_visitors_are_sent_to_sign_in_not_to_a_cached_page(owner_client, rejection):
    for url in urls(rejection):
        owner_client.get(url)
        response = Client().get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("account_login"))


def test_a_cached_pages_forms_carry_a_token_for_the_session_that_reads_it(owner, rejection):
    """Two sessions of one person: the second reads the page the first filled, and its
    form post passes the CSRF check."""
    first, second = Client(), Client(enforce_csrf_checks=True)
    first.force_login(owner)
    second.force_login(owner)
    url = reverse("tracker:board")
    first.get(url)
    entries = cached_entries()
    page = second.get(url).content.decode()
    assert cached_entries() == entries  # served from the cache, not rendered again
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    response = second.post(
        reverse("tracker:application-move", args=[rejection.application.pk]),
        {"csrfmiddlewaretoken": token, "status": "applied", "next": "board"},
    )
    assert response.status_code != 403


def test_a_message_after_a_post_is_shown_on_the_cached_list(owner_client, owner):
    application = ApplicationFactory(owner=owner, position_title="Tester")
    listing = reverse("tracker:application-list")
    owner_client.get(listing)
    response = owner_client.post(
        reverse("tracker:application-delete", args=[application.pk]), follow=True
    )
    assert response.redirect_chain[-1][0] == listing
    assert response.context is not None  # rendered, not served from the cache
    messages = [str(message) for message in response.context["messages"]]
    assert messages, "the deletion's message is shown"
    assert "Tester" not in response.content.decode().split("</nav>", 1)[-1].replace(messages[0], "")


def test_a_new_day_is_a_new_page(owner_client, monkeypatch):
    request = owner_client.get(reverse("pace:goals")).wsgi_request
    today = page_key(request)
    tomorrow = datetime.date.today() + datetime.timedelta(days=1)
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args, **kwargs: tomorrow)
    assert page_key(request) != today


def test_time_zone_and_path_are_part_of_the_key(owner_client):
    a = owner_client.get(reverse("tracker:application-list")).wsgi_request
    b = owner_client.get(reverse("tracker:application-list") + "?page=2").wsgi_request
    assert page_key(a) != page_key(b)


def test_the_cache_can_be_turned_off(page_cache_off, owner_client):
    owner_client.get(reverse("tracker:board"))
    response = owner_client.get(reverse("tracker:board"))
    assert response.context is not None  # rendered again
    assert cached_entries() == 0


def test_an_account_without_a_version_row_gets_one_before_its_first_page(owner, owner_client):
    DataVersion.objects.filter(user=owner).delete()
    assert owner_client.get(reverse("tracker:board")).status_code == 200
    assert DataVersion.objects.filter(user=owner).exists()


@pytest.mark.after_commit
def test_saving_a_user_or_a_shared_row_bumps_versions(
    owner, stranger, django_capture_on_commit_callbacks
):
    for user in (owner, stranger):
        DataVersion.objects.get_or_create(user=user)

    def versions():
        return dict(DataVersion.objects.values_list("user_id", "version"))

    start = versions()
    with django_capture_on_commit_callbacks(execute=True):
        User.objects.get(pk=owner.pk).save()
    after_user = versions()
    assert after_user[owner.pk] == start[owner.pk] + 1
    assert after_user[stranger.pk] == start[stranger.pk]
    with django_capture_on_commit_callbacks(execute=True):
        SupportResource.objects.create(title="A walk", body="Outside, twenty minutes.")
    after_shared = versions()
    assert after_shared[owner.pk] == after_user[owner.pk] + 1
    assert after_shared[stranger.pk] == after_user[stranger.pk] + 1


@pytest.mark.after_commit
def test_many_rows_in_one_transaction_bump_once(owner, django_capture_on_commit_callbacks):
    DataVersion.objects.get_or_create(user=owner)
    start = DataVersion.objects.get(user=owner).version
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        for number in range(5):
            ApplicationFactory(owner=owner, position_title=f"Role {number}")
    assert DataVersion.objects.get(user=owner).version == start + 1
    assert len(callbacks) >= 1


def test_posting_text_that_looks_like_a_token_field_survives_the_cache(owner, owner_client):
    """A captured posting keeps quotes in its text: only Django's own token tag is
    replaced on a cached answer, never user content."""
    from materials.models import PostingSnapshot

    application = ApplicationFactory(owner=owner, position_title="Analyst")
    PostingSnapshot.objects.create(
        application=application,
        title="Analyst",
        description='<p>Send name="csrfmiddlewaretoken" value="</p><p>Benefits: gym</p>',
    )
    url = application.get_absolute_url()
    rendered = owner_client.get(url)
    cached = owner_client.get(url)
    assert cached.context is None  # served from the cache
    assert "Benefits: gym" in cached.content.decode()
    assert _without_tokens(cached) == _without_tokens(rendered)


def test_a_mailbox_checks_outcome_shows_on_the_cached_inbox(owner, owner_client):
    """The worker's check writes its outcome with update(), outside any request."""
    from inbox.models import InboxSettings
    from inbox.sync import _record

    row = InboxSettings.objects.create(
        owner=owner, host="imap.example.org", username="me", password_encrypted="x"
    )
    _record(row, now=timezone.now(), error="")
    url = reverse("inbox:list")
    assert "the last check failed" not in owner_client.get(url).content.decode()
    _record(row, now=timezone.now(), error="Authentication failed")
    assert "the last check failed" in owner_client.get(url).content.decode()


@pytest.mark.after_commit
@pytest.mark.django_db(transaction=True)
def test_rolled_back_writes_and_savepoints_bump_once_per_commit(owner):
    DataVersion.objects.get_or_create(user=owner)

    def version():
        return DataVersion.objects.get(user=owner).version

    start = version()
    with pytest.raises(RuntimeError), transaction.atomic():
        ApplicationFactory(owner=owner)
        raise RuntimeError
    assert version() == start  # nothing committed, nothing to forget
    with transaction.atomic():
        try:
            with transaction.atomic():
                ApplicationFactory(owner=owner)
                raise RuntimeError
        except RuntimeError:
            pass
        ApplicationFactory(owner=owner)
    assert version() == start + 1
    with transaction.atomic():
        ApplicationFactory(owner=owner)
        try:
            with transaction.atomic():
                ApplicationFactory(owner=owner)
                raise RuntimeError
        except RuntimeError:
            pass
    assert version() == start + 2


def test_head_is_answered_by_the_view_not_the_cache(owner_client):
    url = reverse("tracker:board")
    owner_client.get(url)
    assert owner_client.head(url).status_code == 405  # the board answers GET only


def test_invitations_and_a_coachs_looks_leave_everyones_pages_alone(
    owner, stranger, django_capture_on_commit_callbacks
):
    from accounts.models import Invitation
    from coach.models import CoachView

    for user in (owner, stranger):
        DataVersion.objects.get_or_create(user=user)
    before = dict(DataVersion.objects.values_list("user_id", "version"))
    with django_capture_on_commit_callbacks(execute=True):
        Invitation.objects.create(created_by=owner)
        CoachView.objects.create(person=owner, coach=stranger, page="overview")
    assert dict(DataVersion.objects.values_list("user_id", "version")) == before
