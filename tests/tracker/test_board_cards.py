"""What a board card says: days in its column, the due date, salary, interviews."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import ApplicationFactory, InterviewFactory
from tracker import services
from tracker.models import Application, StatusChange
from tracker.stages import Status

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


def card(client, application) -> Application:
    columns = client.get(reverse("tracker:board")).context["columns"]
    return next(c for column in columns for c in column["cards"] if c.pk == application.pk)


def test_a_card_counts_its_days_since_the_last_move(owner, owner_client):
    application = ApplicationFactory(owner=owner, status=Status.WISHLIST)
    services.change_status(application=application, status=Status.APPLIED)
    StatusChange.objects.filter(application=application).update(changed_at=timezone.now() - 5 * DAY)

    assert card(owner_client, application).days_in_stage == 5


def test_a_card_never_moved_counts_from_when_it_was_added(owner, owner_client):
    application = ApplicationFactory(owner=owner)
    Application.objects.filter(pk=application.pk).update(created_at=timezone.now() - 3 * DAY)
    StatusChange.objects.filter(application=application).delete()

    assert card(owner_client, application).days_in_stage == 3


def test_a_card_shows_salary_due_date_and_interviews(owner, owner_client):
    application = ApplicationFactory(
        owner=owner,
        status=Status.INTERVIEWING,
        salary_min=50000,
        salary_max=60000,
        salary_currency="EUR",
        next_action_on=timezone.localdate() + 2 * DAY,
    )
    InterviewFactory.create_batch(2, application=application)

    assert card(owner_client, application).interview_count == 2
    content = owner_client.get(reverse("tracker:board")).content.decode()
    assert "50,000–60,000 EUR" in content
    assert "2 interviews" in content
    assert ">in 2 days</time>" in content


def test_each_card_has_one_move_menu_with_every_other_status(owner, owner_client):
    ApplicationFactory(owner=owner, status=Status.APPLIED, position_title="Data Engineer")

    content = owner_client.get(reverse("tracker:board")).content.decode()

    assert content.count("<summary>Move…") == 1
    assert '<li hidden><button type="submit" name="status" value="applied">' in content
    assert '<button type="submit" name="status" value="rejected">' in content


@pytest.mark.usefixtures("page_cache_off")  # measures the page as rendered
def test_the_board_runs_the_same_queries_with_2_or_30_cards(
    owner, owner_client, django_assert_num_queries
):
    def add(n):
        for i in range(n):
            application = ApplicationFactory(owner=owner, status=Status.values[i % 5])
            InterviewFactory(application=application)

    add(2)
    owner_client.get(reverse("tracker:board"))
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        owner_client.get(reverse("tracker:board"))
    add(28)
    with django_assert_num_queries(len(few)):
        owner_client.get(reverse("tracker:board"))


def test_the_board_has_a_skip_link_to_the_cards(owner_client):
    content = owner_client.get(reverse("tracker:board")).content.decode()

    assert 'href="#board">Skip to the cards</a>' in content
    assert 'id="board"' in content
    assert 'id="board-status" class="board-status mb-2" role="status"' in content
