"""``seed_demo``: a realistic search, fast (bulk inserts), the same for the same seed."""

import datetime
import io
import itertools
from collections import Counter

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from demo.management.commands.seed_demo import DEMO_PASSWORD, DEMO_USERNAME
from rejections.models import Letter, NetworkingLink, Reflection, Rejection, SelfCareNote
from tracker.models import Application, Company, Contact, Interview
from tracker.stages import SENT_RANK, Status, rank_of

pytestmark = pytest.mark.django_db


def seed(*args: str) -> str:
    out = io.StringIO()
    call_command("seed_demo", "--force", "--demo-applications", "0", *args, stdout=out)
    return out.getvalue()


def search_of(username: str) -> list[tuple]:
    """An account's applications as plain values, in a stable order (no ids)."""
    return list(
        Application.objects.filter(owner__username=username)
        .order_by("created_at", "position_title", "company__name")
        .values_list("company__name", "position_title", "status", "applied_on", "created_at")
    )


def test_an_account_gets_a_search_with_every_status_in_realistic_proportions():
    seed("--account", "alice:400")
    statuses = Counter(
        Application.objects.filter(owner__username="alice").values_list("status", flat=True)
    )
    assert sum(statuses.values()) == 400
    assert set(statuses) == set(Status.values)
    share = {status: count / 400 for status, count in statuses.items()}
    assert 0.5 <= share["applied"] + share["ghosted"] + share["rejected"] <= 0.7
    assert 0.08 <= share["interviewing"] <= 0.22
    assert share["offer"] + share["accepted"] <= 0.08


def test_every_application_has_its_history_and_every_rejection_its_record():
    seed("--account", "alice:200")
    applications = Application.objects.filter(owner__username="alice")
    for application in applications.prefetch_related("status_changes"):
        changes = list(application.status_changes.all())
        assert changes[0].from_status == ""
        assert changes[-1].to_status == application.status
        assert all(a.to_status == b.from_status for a, b in itertools.pairwise(changes))
    rejected = applications.filter(status=Status.REJECTED)
    assert Rejection.objects.filter(application__in=rejected).count() == rejected.count()
    owner = get_user_model().objects.get(username="alice")
    assert Company.objects.filter(owner=owner).exists()
    assert Contact.objects.filter(owner=owner).exists()
    assert Interview.objects.filter(application__owner=owner, interviewers__isnull=False).exists()
    assert Reflection.objects.filter(rejection__application__owner=owner).exclude(tags="").exists()
    assert NetworkingLink.objects.filter(rejection__application__owner=owner).exists()
    assert SelfCareNote.objects.filter(owner=owner).exists()


def test_applications_are_dated_by_their_history_and_reach_its_furthest_stage():
    seed("--account", "alice:200")
    applications = Application.objects.filter(owner__username="alice")
    for application in applications.prefetch_related("status_changes"):
        changes = list(application.status_changes.all())
        assert application.created_at == changes[0].changed_at
        assert application.updated_at == changes[-1].changed_at
        ranks = [rank_of(change.to_status) for change in changes]
        assert application.reached == max([*ranks, SENT_RANK if application.applied_on else 0])
    # Spread over weeks, not stamped with the time of seeding.
    assert applications.filter(created_at__lt=timezone.now() - datetime.timedelta(days=30))


def test_letters_keep_the_evening_they_were_written_without_the_models_being_changed():
    seed("--account", "alice:300")
    letters = Letter.objects.filter(rejection__application__owner__username="alice")
    assert letters.exists()
    for letter in letters.select_related("rejection"):
        written = timezone.localtime(letter.created_at)
        assert written.time() == datetime.time(19, 0)
        assert letter.updated_at == letter.created_at
        assert letter.rejection.received_on <= written.date() <= timezone.localdate()
    for model in (Application, Letter):
        assert model._meta.get_field("created_at").auto_now_add
        assert model._meta.get_field("updated_at").auto_now


def test_letters_are_rendered_from_the_default_templates_with_the_applications_values():
    seed("--account", "alice:300")
    letters = Letter.objects.filter(rejection__application__owner__username="alice")
    assert letters.filter(status=Letter.Status.SENT).exists()
    for letter in letters.select_related("rejection__application__company", "template"):
        assert letter.template.is_default
        assert letter.rejection.application.company.name in letter.body
        assert letter.recipient_name in letter.body
        assert "{{" not in letter.subject + letter.body


def test_seeding_uses_bulk_inserts_not_a_query_per_row_or_letter():
    with CaptureQueriesContext(connection) as queries:
        seed("--account", "alice:1000")
    rows = Application.objects.count() + Letter.objects.count()
    # One insert per table and batch of 2,000 rows, plus a few look-ups.
    assert len(queries) < 40 < rows


def test_the_same_seed_gives_the_same_search_and_another_seed_another():
    seed("--account", "alice:120", "--seed", "7")
    first = search_of("alice")
    seed("--account", "alice:120", "--seed", "7", "--reset")
    assert search_of("alice") == first
    seed("--account", "alice:120", "--seed", "8", "--reset")
    assert search_of("alice") != first


def test_existing_accounts_are_kept_and_reset_seeds_them_anew():
    seed("--users", "3", "--applications", "20")
    assert Application.objects.filter(owner__username__startswith="seed-user-").count() == 60
    assert "nothing to seed" in seed("--users", "3", "--applications", "20")
    assert Application.objects.filter(owner__username__startswith="seed-user-").count() == 60

    seed("--users", "2", "--applications", "5", "--reset")
    users = get_user_model().objects.filter(username__startswith="seed-user-")
    assert sorted(users.values_list("username", flat=True)) == ["seed-user-0001", "seed-user-0002"]
    assert Application.objects.filter(owner__in=users).count() == 10


def test_reset_leaves_other_users_alone(owner):
    from tests.factories import ApplicationFactory

    ApplicationFactory(owner=owner)
    seed("--users", "1", "--applications", "10")
    seed("--users", "1", "--applications", "10", "--reset")
    assert Application.objects.filter(owner=owner).count() == 1


def test_the_demo_account_signs_in_with_the_documented_password(client):
    out = io.StringIO()
    call_command("seed_demo", "--force", "--demo-applications", "30", stdout=out)
    assert f"'{DEMO_USERNAME}'" in out.getvalue() and DEMO_PASSWORD in out.getvalue()
    demo = get_user_model().objects.get(username=DEMO_USERNAME)
    assert Application.objects.filter(owner=demo).count() == 30
    response = client.post(reverse("login"), {"username": DEMO_USERNAME, "password": DEMO_PASSWORD})
    assert response.status_code == 302
    assert response.url == reverse("home:dashboard")


def test_seeding_again_gives_the_demo_account_its_password_back():
    seed()
    demo = get_user_model().objects.get(username=DEMO_USERNAME)
    demo.set_password("something else entirely")
    demo.save()
    seed()
    demo.refresh_from_db()
    assert demo.check_password(DEMO_PASSWORD)


def test_the_seeded_pages_render(client):
    seed("--account", "alice:150")
    alice = get_user_model().objects.get(username="alice")
    client.force_login(alice)
    rejection = Rejection.objects.filter(application__owner=alice).first()
    application = Application.objects.filter(owner=alice).first()
    for url in [
        reverse("home:dashboard"),
        reverse("tracker:board"),
        reverse("tracker:application-list"),
        application.get_absolute_url(),
        reverse("rejections:list"),
        rejection.get_absolute_url(),
        reverse("rejections:reflection-list") + "?q=design",
        reverse("rejections:selfcare-list"),
    ]:
        assert client.get(url).status_code == 200, url


def test_it_refuses_to_seed_known_passwords_with_debug_off(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="--force"):
        call_command("seed_demo", stdout=io.StringIO())
    assert not get_user_model().objects.exists()


@pytest.mark.parametrize("value", ["bench", "bench:", ":100", "bench:many"])
def test_a_malformed_account_is_refused_with_the_expected_form(value):
    with pytest.raises(CommandError, match="USERNAME:APPLICATIONS"):
        seed("--account", value)
