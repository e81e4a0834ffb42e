"""Applications moved to *rejected* without a record (by an import or in the admin) get a
way into the workflow: a prompt on the application's page and a page recording many at
once, all of them or none."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from rejections.models import Rejection
from tests.factories import ApplicationFactory, InterviewFactory, RejectionFactory, move
from tracker.models import Application, StatusChange

pytestmark = pytest.mark.django_db

URL = reverse("rejections:record-batch")
DAY = datetime.timedelta(days=1)


def unrecorded(owner, **kwargs) -> Application:
    """Rejected as an import would leave it: no rejection record."""
    return ApplicationFactory(owner=owner, status="rejected", **kwargs)


def post(client, applications, received_on=None):
    day = received_on or timezone.localdate()
    return client.post(
        URL, {"received_on": day.isoformat(), "applications": [a.pk for a in applications]}
    )


# --- The prompt on the application's page --------------------------------------------


def test_a_rejected_application_without_a_record_offers_to_record_it(owner_client, owner):
    application = unrecorded(owner)

    page = owner_client.get(application.get_absolute_url()).content.decode()

    assert "Record this rejection" in page
    assert reverse("rejections:record", args=[application.pk]) in page


def test_the_prompt_is_not_shown_once_recorded_or_while_still_active(owner_client, owner):
    recorded = RejectionFactory(application__owner=owner).application
    active = ApplicationFactory(owner=owner, status="interviewing")

    for application in (recorded, active):
        page = owner_client.get(application.get_absolute_url()).content.decode()
        assert "Record this rejection" not in page


def test_recording_one_from_the_prompt_keeps_its_status_and_history(owner_client, owner):
    application = unrecorded(owner)
    before = list(StatusChange.objects.filter(application=application).values_list("pk"))

    response = owner_client.post(
        reverse("rejections:record", args=[application.pk]),
        {
            "received_on": timezone.localdate().isoformat(),
            "stage": "application",
            "channel": "email",
        },
    )

    rejection = Rejection.objects.get(application=application)
    assert response["Location"] == rejection.get_absolute_url()
    assert list(StatusChange.objects.filter(application=application).values_list("pk")) == before


# --- The batch page -------------------------------------------------------------------


def test_the_rejections_list_points_to_the_unrecorded_ones(owner_client, owner):
    unrecorded(owner)
    unrecorded(owner)

    page = owner_client.get(reverse("rejections:list")).content.decode()

    assert "2 applications are marked rejected without a recorded rejection" in page
    assert URL in page


def test_the_rejections_list_says_nothing_when_every_rejection_is_recorded(owner_client, owner):
    RejectionFactory(application__owner=owner)

    assert URL not in owner_client.get(reverse("rejections:list")).content.decode()


def test_the_page_lists_only_the_owners_rejected_applications_without_a_record(
    owner_client, owner, stranger
):
    mine = unrecorded(owner, position_title="Imported analyst")
    RejectionFactory(application__owner=owner, application__position_title="Recorded one")
    ApplicationFactory(owner=owner, status="applied", position_title="Still hoping")
    unrecorded(stranger, position_title="Stranger's job")

    response = owner_client.get(URL)

    page = response.content.decode()
    assert response.status_code == 200
    assert "Imported analyst" in page
    assert f'value="{mine.pk}"' in page
    for other in ("Recorded one", "Still hoping", "Stranger&#x27;s job"):
        assert other not in page


def test_the_page_shows_the_stage_it_guesses(owner_client, owner):
    application = unrecorded(owner)
    InterviewFactory(application=application, kind="final")

    assert "Final round" in owner_client.get(URL).content.decode()


def test_recording_them_gives_each_a_rejection_with_the_date_and_a_guessed_stage(
    owner_client, owner
):
    plain = unrecorded(owner)
    interviewed = ApplicationFactory(owner=owner, status="screening")
    move(interviewed, "interviewing")
    move(interviewed, "rejected")
    day = timezone.localdate() - 3 * DAY

    response = post(owner_client, [plain, interviewed], received_on=day)

    assert response.status_code == 302
    assert response["Location"] == reverse("rejections:list")
    rows = Rejection.objects.filter(application__owner=owner).order_by("application_id")
    assert list(rows.values_list("application_id", "received_on", "stage", "door_open")) == [
        (plain.pk, day, "application", "unknown"),
        (interviewed.pk, day, "interview", "unknown"),
    ]
    assert set(Application.objects.for_user(owner).values_list("status", flat=True)) == {"rejected"}


def test_only_the_ticked_ones_are_recorded(owner_client, owner):
    ticked, left = unrecorded(owner), unrecorded(owner)

    post(owner_client, [ticked])

    assert Rejection.objects.filter(application=ticked).exists()
    assert not Rejection.objects.filter(application=left).exists()


def test_one_recorded_meanwhile_means_none_is_recorded(owner_client, owner):
    first, second = unrecorded(owner), unrecorded(owner)
    RejectionFactory(application=second)

    response = post(owner_client, [first, second])

    assert response.status_code == 400
    assert "none was recorded" in response.content.decode()
    assert not Rejection.objects.filter(application=first).exists()


def test_an_application_that_is_not_rejected_is_not_recorded(owner_client, owner):
    rejected, active = unrecorded(owner), ApplicationFactory(owner=owner, status="applied")

    response = post(owner_client, [rejected, active])

    assert response.status_code == 400
    assert not Rejection.objects.filter(application__owner=owner).exists()


def test_a_future_date_is_refused_and_nothing_is_recorded(owner_client, owner):
    application = unrecorded(owner)

    response = post(owner_client, [application], received_on=timezone.localdate() + DAY)

    assert response.status_code == 400
    assert "cannot be dated in the future" in response.content.decode()
    assert not Rejection.objects.exists()


def test_nothing_ticked_is_refused(owner_client, owner):
    unrecorded(owner)

    response = post(owner_client, [])

    assert response.status_code == 400
    assert "Tick at least one application" in response.content.decode()


def test_another_users_application_gives_404_and_records_nothing(owner_client, owner, stranger):
    mine, theirs = unrecorded(owner), unrecorded(stranger)

    response = post(owner_client, [mine, theirs])

    assert response.status_code == 404
    assert not Rejection.objects.exists()


def test_a_stranger_cannot_record_the_owners(stranger_client, owner):
    application = unrecorded(owner)

    assert post(stranger_client, [application]).status_code == 404
    assert stranger_client.get(URL).status_code == 200
    assert application.position_title not in stranger_client.get(URL).content.decode()
    assert not Rejection.objects.exists()


def test_a_forged_id_gives_404(owner_client, owner):
    unrecorded(owner)

    response = owner_client.post(
        URL, {"received_on": timezone.localdate().isoformat(), "applications": ["1 OR 1=1"]}
    )

    assert response.status_code == 404


def test_anonymous_is_sent_to_sign_in(client, owner):
    application = unrecorded(owner)

    for response in (client.get(URL), post(client, [application])):
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))
    assert not Rejection.objects.exists()


def test_other_methods_are_refused(owner_client):
    assert owner_client.put(URL).status_code == 405


def _queries(client) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(URL).status_code == 200
    return len(captured)


def test_the_page_runs_the_same_queries_with_2_or_30_applications(
    owner_client, owner, django_assert_num_queries
):
    for _ in range(2):
        InterviewFactory(application=unrecorded(owner))
    owner_client.get(URL)
    few = _queries(owner_client)

    for _ in range(28):
        InterviewFactory(application=unrecorded(owner))

    with django_assert_num_queries(few):
        owner_client.get(URL)
