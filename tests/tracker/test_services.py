"""The status service: the one way an application is created, edited and moved."""

import datetime
import itertools
import threading

import pytest
from django.db import connection, connections
from django.utils import timezone

from tests.factories import ApplicationFactory, CompanyFactory, RejectionFactory, UserFactory
from tracker import services
from tracker.models import Application, StatusChange
from tracker.stages import Status

pytestmark = pytest.mark.django_db


def history(application: Application) -> list[tuple[str, str]]:
    return list(application.status_changes.values_list("from_status", "to_status"))


def new_application(owner, **fields) -> Application:
    return Application(
        owner=owner, company=CompanyFactory(owner=owner), position_title="Dev", **fields
    )


# --- Creating -------------------------------------------------------------------------


def test_creating_starts_the_history_and_stores_the_stage_reached(owner):
    result = services.create_application(
        application=new_application(owner, status=Status.INTERVIEWING)
    )

    application = Application.objects.get(pk=result.application.pk)
    assert history(application) == [("", Status.INTERVIEWING)]
    assert application.reached == 3
    assert not result.needs_rejection_record


def test_creating_as_rejected_waits_for_the_rejection_record(owner):
    result = services.create_application(application=new_application(owner, status=Status.REJECTED))

    application = Application.objects.get(pk=result.application.pk)
    assert result.needs_rejection_record
    assert application.status == Status.APPLIED
    assert application.applied_on == timezone.localdate()
    assert history(application) == [("", Status.APPLIED)]


def test_an_import_creates_a_rejected_application_as_it_is(owner):
    result = services.create_application(
        application=new_application(owner, status=Status.REJECTED),
        wait_for_rejection_record=False,
    )

    assert not result.needs_rejection_record
    assert Application.objects.get(pk=result.application.pk).status == Status.REJECTED


def test_creating_with_an_unknown_status_saves_nothing(owner):
    with pytest.raises(ValueError, match="Unknown status"):
        services.create_application(application=new_application(owner, status="hired"))

    assert not Application.objects.exists()


# --- Moving ---------------------------------------------------------------------------


def test_moving_to_rejected_without_a_record_changes_nothing_and_asks_for_it(owner):
    application = ApplicationFactory(owner=owner, status=Status.INTERVIEWING)

    result = services.change_status(application=application, status=Status.REJECTED)

    assert result.needs_rejection_record
    assert result.change is None
    application.refresh_from_db()
    assert application.status == Status.INTERVIEWING
    assert history(application) == [("", Status.INTERVIEWING)]


def test_moving_to_rejected_with_a_record_moves_it(owner):
    rejection = RejectionFactory(application__owner=owner, application__status=Status.APPLIED)
    application = rejection.application

    result = services.change_status(application=application, status=Status.REJECTED)

    assert not result.needs_rejection_record
    assert result.change.to_status == Status.REJECTED
    assert Application.objects.get(pk=application.pk).status == Status.REJECTED


def test_needs_rejection_record_only_for_rejected_without_one(owner):
    application = ApplicationFactory(owner=owner)
    recorded = RejectionFactory(application__owner=owner).application

    assert services.needs_rejection_record(application, Status.REJECTED)
    assert not services.needs_rejection_record(application, Status.OFFER)
    assert not services.needs_rejection_record(recorded, Status.REJECTED)
    assert services.needs_rejection_record(Application(owner=owner), Status.REJECTED)


def test_a_stale_instance_still_records_the_stored_status_as_the_start(owner):
    application = ApplicationFactory(owner=owner, status=Status.APPLIED)
    stale = Application.objects.get(pk=application.pk)
    services.change_status(application=application, status=Status.SCREENING)

    services.change_status(application=stale, status=Status.INTERVIEWING)

    assert history(application)[-1] == (Status.SCREENING, Status.INTERVIEWING)


def reached(application: Application) -> int:
    return Application.objects.get(pk=application.pk).reached


def moved(owner, *statuses: str, applied_on=None) -> Application:
    application = ApplicationFactory(owner=owner, status=statuses[0], applied_on=applied_on)
    for status in statuses[1:]:
        services.change_status(
            application=application, status=status, wait_for_rejection_record=False
        )
    return application


def test_moving_back_to_a_lower_active_status_is_a_correction_that_undoes_the_stages_above(
    owner,
):
    application = moved(owner, Status.APPLIED, Status.OFFER, Status.SCREENING)

    assert reached(application) == 2


def test_back_to_the_wishlist_after_applied_counts_only_the_wishlist_and_clears_the_date(owner):
    application = moved(owner, Status.WISHLIST, Status.APPLIED, Status.WISHLIST)

    application.refresh_from_db()
    assert (application.reached, application.applied_on) == (0, None)
    # Moving on from there, without sending it, still has not reached *applied*.
    services.change_status(application=application, status=Status.WITHDRAWN)
    assert reached(application) == 0


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        # Outcomes undo nothing: the stages happened.
        ((Status.APPLIED, Status.INTERVIEWING, Status.REJECTED), 3),
        ((Status.APPLIED, Status.OFFER, Status.WITHDRAWN), 4),
        ((Status.APPLIED, Status.SCREENING, Status.GHOSTED), 2),
        # Equal ranks are no correction: it was sent before being withdrawn.
        ((Status.APPLIED, Status.WITHDRAWN, Status.WISHLIST), 1),
        ((Status.APPLIED, Status.GHOSTED, Status.APPLIED), 1),
        # Reopening from an outcome to a higher stage is moving on.
        ((Status.APPLIED, Status.REJECTED, Status.INTERVIEWING), 3),
        # Undoing an acceptance goes back to the offer.
        ((Status.APPLIED, Status.OFFER, Status.ACCEPTED, Status.OFFER), 4),
        # A correction, then the real progress: what counts is what happened after it.
        ((Status.APPLIED, Status.INTERVIEWING, Status.APPLIED, Status.SCREENING), 2),
        ((Status.APPLIED, Status.INTERVIEWING, Status.SCREENING, Status.OFFER), 4),
    ],
)
def test_the_stage_reached_follows_the_correction_rule(owner, statuses, expected):
    application = moved(owner, *statuses, applied_on=timezone.localdate())

    assert reached(application) == expected
    # Rebuilding from the history gives the same value as keeping it move by move.
    Application.objects.filter(pk=application.pk).update(reached=0)
    services.refresh_reached(Application.objects.filter(pk=application.pk))
    assert reached(application) == expected


def test_refresh_reached_replays_the_history_in_order(owner):
    """Rows written directly (an import, the admin) get the same rule from their history."""
    application = ApplicationFactory(owner=owner, status=Status.WISHLIST, applied_on=None)
    StatusChange.objects.filter(application=application).delete()
    start = timezone.now() - datetime.timedelta(days=3)
    for hours, (before, after) in enumerate(
        [
            ("", Status.WISHLIST),
            (Status.WISHLIST, Status.APPLIED),
            (Status.APPLIED, Status.WISHLIST),
        ]
    ):
        StatusChange.objects.create(
            application=application,
            from_status=before,
            to_status=after,
            changed_at=start + datetime.timedelta(hours=hours),
        )
    Application.objects.filter(pk=application.pk).update(reached=1)
    other = moved(owner, Status.APPLIED, Status.INTERVIEWING, Status.REJECTED)

    count = services.refresh_reached(Application.objects.filter(owner=owner))

    assert count == 2
    assert (reached(application), reached(other)) == (0, 3)


# --- Editing --------------------------------------------------------------------------


def test_editing_ignores_the_instances_status_and_moves_through_the_history(owner):
    application = ApplicationFactory(owner=owner, status=Status.APPLIED)
    application.notes = "Sounds great"
    application.status = Status.OFFER  # as a form would set it

    services.update_application(application=application, status=Status.SCREENING)

    application.refresh_from_db()
    assert (application.status, application.notes) == (Status.SCREENING, "Sounds great")
    assert history(application) == [("", Status.APPLIED), (Status.APPLIED, Status.SCREENING)]


def test_editing_in_a_sending_date_raises_the_stage_reached(owner):
    application = ApplicationFactory(owner=owner, status=Status.WISHLIST, applied_on=None)
    application.applied_on = timezone.localdate()

    services.update_application(application=application, status=Status.WISHLIST)

    assert Application.objects.get(pk=application.pk).reached == 1


# --- Two moves at once ----------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="SQLite runs one writer at a time anyway"
)
def test_concurrent_moves_are_kept_one_after_the_other():
    """Two requests moving one application at once: each history entry starts where the
    other ended, and the stored status is the one of the last entry."""
    owner = UserFactory()
    application = ApplicationFactory(owner=owner, status=Status.APPLIED)
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def move(status: str) -> None:
        try:
            own = Application.objects.get(pk=application.pk)
            barrier.wait(timeout=10)
            services.change_status(application=own, status=status)
        except BaseException as error:  # reported below, in the test's thread
            errors.append(error)
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=move, args=(status,))
        for status in (Status.SCREENING, Status.INTERVIEWING)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert not errors
    steps = history(application)
    assert len(steps) == 3
    for (_, ended), (started, _) in itertools.pairwise(steps):
        assert started == ended
    assert Application.objects.get(pk=application.pk).status == steps[-1][1]
    assert StatusChange.objects.filter(application=application).count() == 3
