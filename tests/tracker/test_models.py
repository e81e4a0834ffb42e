import datetime

import pytest
from django.db import IntegrityError, transaction
from django.db.models.deletion import RestrictedError
from django.utils import timezone

from tests.factories import (
    ApplicationFactory,
    CompanyFactory,
    ContactFactory,
    InterviewFactory,
    move,
)
from tracker import services
from tracker.models import Application, Company, Interview, StatusChange
from tracker.stages import Status

pytestmark = pytest.mark.django_db


# --- Status history -------------------------------------------------------------------


def test_a_new_application_starts_its_history_with_its_first_status(owner):
    application = ApplicationFactory(owner=owner, status=Status.WISHLIST)

    [change] = application.status_changes.all()
    assert change.from_status == ""
    assert change.to_status == Status.WISHLIST
    assert str(change) == "new → Wishlist"


def test_saving_an_application_again_does_not_add_history(owner):
    application = ApplicationFactory(owner=owner)

    application.notes = "Recruiter sounded keen."
    application.save()

    assert application.status_changes.count() == 1


def test_move_to_changes_the_status_and_records_the_change(owner):
    application = ApplicationFactory(owner=owner, status=Status.APPLIED)

    change = move(application, Status.SCREENING, note="Recruiter called")

    application.refresh_from_db()
    assert application.status == Status.SCREENING
    assert change.from_status == Status.APPLIED
    assert change.to_status == Status.SCREENING
    assert change.note == "Recruiter called"
    assert list(application.status_changes.values_list("from_status", "to_status")) == [
        ("", Status.APPLIED),
        (Status.APPLIED, Status.SCREENING),
    ]


def test_move_to_the_same_status_is_a_no_op(owner):
    application = ApplicationFactory(owner=owner, status=Status.APPLIED)
    updated_at = application.updated_at

    assert move(application, Status.APPLIED) is None

    application.refresh_from_db()
    assert application.status_changes.count() == 1
    assert application.updated_at == updated_at


def test_move_to_an_unknown_status_is_refused(owner):
    application = ApplicationFactory(owner=owner, status=Status.APPLIED)

    with pytest.raises(ValueError, match="Unknown status"):
        move(application, "hired")

    application.refresh_from_db()
    assert application.status == Status.APPLIED
    assert application.status_changes.count() == 1


def test_moving_to_applied_sets_the_applied_date_to_today(owner):
    application = ApplicationFactory(owner=owner, status=Status.WISHLIST, applied_on=None)

    move(application, Status.APPLIED)

    application.refresh_from_db()
    assert application.applied_on == timezone.localdate()


def test_moving_to_applied_keeps_an_applied_date_already_set(owner):
    earlier = timezone.localdate() - datetime.timedelta(days=10)
    application = ApplicationFactory(owner=owner, status=Status.WISHLIST, applied_on=earlier)

    move(application, Status.APPLIED)

    application.refresh_from_db()
    assert application.applied_on == earlier


def test_moving_to_another_status_does_not_set_the_applied_date(owner):
    application = ApplicationFactory(owner=owner, status=Status.WISHLIST, applied_on=None)

    move(application, Status.SCREENING)

    application.refresh_from_db()
    assert application.applied_on is None


def test_deleting_an_application_deletes_its_history(owner):
    application = ApplicationFactory(owner=owner)
    move(application, Status.SCREENING)

    application.delete()

    assert not StatusChange.objects.exists()


# --- The furthest stage reached (what the dashboard's funnel counts) -------------------


def reached(application: Application) -> int:
    return Application.objects.values_list("reached", flat=True).get(pk=application.pk)


def test_a_wishlist_application_has_reached_nothing_yet(owner):
    assert reached(ApplicationFactory(owner=owner, status=Status.WISHLIST, applied_on=None)) == 0


def test_a_sent_application_has_reached_applied_whatever_its_status(owner):
    withdrawn = ApplicationFactory(owner=owner, status=Status.WITHDRAWN)

    assert reached(withdrawn) == 1


def test_moving_on_raises_the_stage_and_a_rejection_keeps_it(owner):
    application = ApplicationFactory(owner=owner, status=Status.APPLIED)
    move(application, Status.INTERVIEWING)
    assert reached(application) == 3

    move(application, Status.REJECTED)

    assert reached(application) == 3
    assert application.reached == 3


def test_history_written_directly_counts_once_refreshed(owner):
    application = ApplicationFactory(owner=owner, status=Status.GHOSTED)
    change = StatusChange.objects.create(
        application=application, from_status="applied", to_status=Status.OFFER
    )
    services.refresh_reached(Application.objects.filter(pk=application.pk))
    assert reached(application) == 4

    change.to_status = Status.SCREENING
    change.save()
    services.refresh_reached(Application.objects.filter(pk=application.pk))
    assert reached(application) == 2

    change.delete()
    services.refresh_reached(Application.objects.filter(pk=application.pk))
    assert reached(application) == 1


def test_refresh_reached_rebuilds_the_stage_from_status_date_and_history(owner):
    application = ApplicationFactory(owner=owner, status=Status.REJECTED)
    StatusChange.objects.bulk_create(
        [StatusChange(application=application, from_status="applied", to_status="offer")]
    )
    untouched = ApplicationFactory(owner=owner, status=Status.WISHLIST, applied_on=None)
    Application.objects.filter(pk__in=[application.pk, untouched.pk]).update(reached=5)

    assert services.refresh_reached(Application.objects.filter(owner=owner)) == 2

    assert (reached(application), reached(untouched)) == (4, 0)


def test_is_active_is_true_only_for_statuses_still_moving(owner):
    assert ApplicationFactory(owner=owner, status=Status.INTERVIEWING).is_active
    assert not ApplicationFactory(owner=owner, status=Status.REJECTED).is_active


# --- Salary range ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("low", "high", "currency", "expected"),
    [
        (None, None, "EUR", ""),
        (50_000, 70_000, "EUR", "50,000–70,000 EUR"),
        (60_000, 60_000, "USD", "60,000 USD"),
        (50_000, 70_000, "", "50,000–70,000"),
        (None, 70_000, "GBP", "up to 70,000 GBP"),
        (40_000, None, "EUR", "from 40,000 EUR"),
    ],
)
def test_salary_range_reads_like_a_job_ad(owner, low, high, currency, expected):
    application = ApplicationFactory.build(
        owner=owner, salary_min=low, salary_max=high, salary_currency=currency
    )

    assert application.salary_range == expected


# --- Interviews -----------------------------------------------------------------------


def test_interview_ends_duration_minutes_after_it_starts(owner):
    start = timezone.now().replace(microsecond=0)
    interview = InterviewFactory(application__owner=owner, scheduled_at=start, duration_minutes=90)

    assert interview.ends_at == start + datetime.timedelta(minutes=90)


def test_interview_location_is_a_link_only_for_web_addresses():
    assert InterviewFactory.build(location="https://meet.example.com/abc").location_is_link
    assert not InterviewFactory.build(location="12 Main Street").location_is_link
    assert not InterviewFactory.build(location="javascript:alert(1)").location_is_link


# --- Ownership helpers ----------------------------------------------------------------


def test_for_user_returns_only_the_users_rows(owner, stranger):
    mine = ApplicationFactory(owner=owner)
    ApplicationFactory(owner=stranger)
    my_interview = InterviewFactory(application=mine)
    InterviewFactory(application__owner=stranger)

    assert list(Application.objects.for_user(owner)) == [mine]
    assert list(Company.objects.for_user(owner)) == [mine.company]
    assert list(Interview.objects.for_user(owner)) == [my_interview]


def test_application_search_matches_company_title_and_notes(owner):
    by_company = ApplicationFactory(owner=owner, company__name="Acme Rockets")
    by_title = ApplicationFactory(owner=owner, position_title="Rocket scientist")
    by_notes = ApplicationFactory(owner=owner, notes="They build rockets.")
    ApplicationFactory(owner=owner, position_title="Gardener")

    found = set(Application.objects.for_user(owner).search("  ROCKET "))

    assert found == {by_company, by_title, by_notes}


def test_contacts_due_for_check_in_are_those_on_or_before_the_day(owner):
    today = timezone.localdate()
    overdue = ContactFactory(owner=owner, next_check_in_on=today - datetime.timedelta(days=2))
    due = ContactFactory(owner=owner, next_check_in_on=today)
    ContactFactory(owner=owner, next_check_in_on=today + datetime.timedelta(days=1))
    ContactFactory(owner=owner, next_check_in_on=None)

    assert set(owner.contacts.due_for_check_in(today)) == {overdue, due}


# --- Database constraints -------------------------------------------------------------
# Rows inserted directly, past every form: the database itself must refuse them.


def test_database_refuses_a_salary_minimum_above_the_maximum(owner):
    with pytest.raises(IntegrityError), transaction.atomic():
        ApplicationFactory(owner=owner, salary_min=90_000, salary_max=50_000)


def test_database_accepts_an_equal_salary_minimum_and_maximum(owner):
    ApplicationFactory(owner=owner, salary_min=50_000, salary_max=50_000)


def test_database_refuses_an_unknown_status(owner):
    # Saved directly: the status service would refuse it before the database does.
    with pytest.raises(IntegrityError), transaction.atomic():
        Application.objects.create(owner=owner, company=CompanyFactory(owner=owner), status="hired")


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,hi", "ftp://x.org"])
def test_database_refuses_a_posting_url_that_is_not_a_web_link(owner, url):
    with pytest.raises(IntegrityError), transaction.atomic():
        ApplicationFactory(owner=owner, posting_url=url)


def test_database_refuses_a_company_website_that_is_not_a_web_link(owner):
    with pytest.raises(IntegrityError), transaction.atomic():
        CompanyFactory(owner=owner, website="javascript:alert(1)")


def test_database_refuses_a_contact_profile_url_that_is_not_a_web_link(owner):
    with pytest.raises(IntegrityError), transaction.atomic():
        ContactFactory(owner=owner, profile_url="javascript:alert(1)")


def test_database_accepts_web_links_and_empty_links(owner):
    ApplicationFactory(owner=owner, posting_url="https://jobs.example.com/1")
    ApplicationFactory(owner=owner, posting_url="HTTP://jobs.example.com/2")
    ApplicationFactory(owner=owner, posting_url="")


def test_database_refuses_a_duplicate_company_name_differing_only_in_case(owner):
    CompanyFactory(owner=owner, name="Acme")

    with pytest.raises(IntegrityError), transaction.atomic():
        CompanyFactory(owner=owner, name="ACME")


def test_another_owner_may_have_a_company_with_the_same_name(owner, stranger):
    CompanyFactory(owner=owner, name="Acme")

    CompanyFactory(owner=stranger, name="acme")

    assert Company.objects.filter(name__iexact="acme").count() == 2


@pytest.mark.parametrize("minutes", [0, 24 * 60 + 1])
def test_database_refuses_an_interview_duration_out_of_range(owner, minutes):
    application = ApplicationFactory(owner=owner)

    with pytest.raises(IntegrityError), transaction.atomic():
        InterviewFactory(application=application, duration_minutes=minutes)


def test_database_refuses_interview_round_zero(owner):
    application = ApplicationFactory(owner=owner)

    with pytest.raises(IntegrityError), transaction.atomic():
        InterviewFactory(application=application, round=0)


def test_database_refuses_an_unknown_interview_kind(owner):
    application = ApplicationFactory(owner=owner)

    with pytest.raises(IntegrityError), transaction.atomic():
        InterviewFactory(application=application, kind="karaoke")


@pytest.mark.parametrize("field", ["applied_on", "next_action_on"])
@pytest.mark.parametrize("year", [1900, 2200])
def test_database_refuses_an_application_date_out_of_range(owner, field, year):
    with pytest.raises(IntegrityError), transaction.atomic():
        ApplicationFactory(owner=owner, **{field: datetime.date(year, 1, 1)})


@pytest.mark.parametrize("field", ["last_contacted_on", "next_check_in_on"])
def test_database_refuses_a_contact_date_in_year_1900(owner, field):
    with pytest.raises(IntegrityError), transaction.atomic():
        ContactFactory(owner=owner, **{field: datetime.date(1900, 1, 1)})


def test_a_company_with_applications_cannot_be_deleted(owner):
    application = ApplicationFactory(owner=owner)

    with pytest.raises(RestrictedError):
        application.company.delete()


def test_deleting_the_user_removes_their_companies_and_applications(owner):
    application = ApplicationFactory(owner=owner)

    owner.delete()

    assert not Application.objects.filter(pk=application.pk).exists()
    assert not Company.objects.filter(pk=application.company_id).exists()
