import datetime

import pytest
from django.utils import timezone

from tests.factories import ApplicationFactory, CompanyFactory, ContactFactory, InterviewFactory
from tracker.forms import (
    ApplicationFilterForm,
    ApplicationForm,
    CompanyForm,
    ContactForm,
    InterviewForm,
    MoveForm,
)
from tracker.models import Company
from tracker.stages import Status

pytestmark = pytest.mark.django_db

INVALID_DATE = "Enter a valid date."
OUT_OF_RANGE = "Enter a date between 1950 and 2100."
INVALID_URL = "Enter a web address starting with http:// or https://."


def application_form(owner, instance=None, **data) -> ApplicationForm:
    fields = {"company_name": "Acme", "position_title": "Backend engineer", "status": "applied"}
    fields.update(data)
    return ApplicationForm(fields, owner=owner, instance=instance)


def contact_form(owner, instance=None, **data) -> ContactForm:
    return ContactForm({"name": "Sam Lee", **data}, owner=owner, instance=instance)


def interview_form(owner, application, instance=None, **data) -> InterviewForm:
    fields = {
        "application": application.pk,
        "round": "1",
        "kind": "video",
        "scheduled_at": "2030-03-04T10:00",
        "ends_at": "2030-03-04T11:00",
        "outcome": "pending",
    }
    fields.update(data)
    return InterviewForm(fields, owner=owner, instance=instance)


# --- Application form -----------------------------------------------------------------


def test_a_complete_application_is_saved(owner):
    form = application_form(
        owner,
        posting_url="https://jobs.example.com/42",
        salary_min="50000",
        salary_max="70000",
        salary_currency="eur",
        applied_on="2025-03-01",
    )

    assert form.is_valid(), form.errors
    application = form.save()

    assert application.owner == owner
    assert application.company.name == "Acme"
    assert application.salary_currency == "EUR"
    assert application.applied_on == datetime.date(2025, 3, 1)
    assert list(application.status_changes.values_list("to_status", flat=True)) == ["applied"]


def test_salary_minimum_above_maximum_is_refused(owner):
    form = application_form(owner, salary_min="90000", salary_max="50000")

    assert not form.is_valid()
    assert form.errors == {"salary_max": ["The maximum salary must be at least the minimum."]}


def test_equal_salary_minimum_and_maximum_are_accepted(owner):
    assert application_form(owner, salary_min="60000", salary_max="60000").is_valid()


@pytest.mark.parametrize("field", ["salary_min", "salary_max"])
def test_a_negative_salary_is_refused(owner, field):
    form = application_form(owner, **{field: "-1"})

    assert not form.is_valid()
    assert form.errors[field] == ["Ensure this value is greater than or equal to 0."]


@pytest.mark.parametrize("currency", ["E1R", "12", "€"])
def test_a_currency_that_is_not_three_letters_is_refused(owner, currency):
    form = application_form(owner, salary_currency=currency)

    assert not form.is_valid()
    assert form.errors["salary_currency"] == [
        "Use a three-letter currency code such as EUR or USD."
    ]


def test_a_currency_longer_than_three_characters_is_refused(owner):
    form = application_form(owner, salary_currency="EURO")

    assert not form.is_valid()
    assert "salary_currency" in form.errors


def test_currency_is_stored_upper_case(owner):
    form = application_form(owner, salary_currency=" usd ")

    assert form.is_valid(), form.errors
    assert form.cleaned_data["salary_currency"] == "USD"


@pytest.mark.parametrize("url", ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x"])
def test_a_script_posting_url_is_refused(owner, url):
    form = application_form(owner, posting_url=url)

    assert not form.is_valid()
    assert form.errors["posting_url"] == [INVALID_URL]


def test_a_non_web_posting_url_is_refused(owner):
    form = application_form(owner, posting_url="ftp://files.example.com/job.pdf")

    assert not form.is_valid()
    assert "posting_url" in form.errors


def test_a_posting_url_without_scheme_becomes_https(owner):
    form = application_form(owner, posting_url="jobs.example.com/42")

    assert form.is_valid(), form.errors
    assert form.cleaned_data["posting_url"] == "https://jobs.example.com/42"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2025-02-30", INVALID_DATE),
        ("0000-01-01", INVALID_DATE),
        ("2025-13-01", INVALID_DATE),
        ("3000-01-01", OUT_OF_RANGE),
        ("1900-01-01", OUT_OF_RANGE),
    ],
)
@pytest.mark.parametrize("field", ["applied_on", "next_action_on"])
def test_impossible_or_out_of_range_dates_are_refused(owner, field, value, message):
    form = application_form(owner, **{field: value})

    assert not form.is_valid()
    assert form.errors[field] == [message]


def test_a_leap_day_is_accepted(owner):
    form = application_form(owner, applied_on="2024-02-29")

    assert form.is_valid(), form.errors


@pytest.mark.parametrize(
    ("field", "limit"),
    [
        ("position_title", 200),
        ("company_name", 200),
        ("location", 200),
        ("source", 100),
        ("next_action", 200),
        ("notes", 10_000),
    ],
)
def test_over_long_text_is_refused(owner, field, limit):
    form = application_form(owner, **{field: "x" * (limit + 1)})

    assert not form.is_valid()
    assert form.errors[field] == [
        f"Ensure this value has at most {limit} characters (it has {limit + 1})."
    ]


def test_text_at_the_length_limit_is_accepted(owner):
    assert application_form(owner, position_title="x" * 200).is_valid()


def test_a_blank_company_name_is_refused(owner):
    form = application_form(owner, company_name="   ")

    assert not form.is_valid()
    assert "company_name" in form.errors


def test_typing_a_new_company_name_creates_the_company(owner):
    form = application_form(owner, company_name="  Globex   Corporation ")

    assert form.is_valid(), form.errors
    application = form.save()

    company = Company.objects.get(owner=owner)
    assert company.name == "Globex Corporation"
    assert application.company == company


def test_typing_an_existing_company_name_in_another_case_reuses_it(owner):
    existing = CompanyFactory(owner=owner, name="Globex")

    form = application_form(owner, company_name="GLOBEX")
    assert form.is_valid(), form.errors
    application = form.save()

    assert application.company == existing
    assert Company.objects.filter(owner=owner).count() == 1


def test_another_users_company_of_the_same_name_is_not_reused(owner, stranger):
    theirs = CompanyFactory(owner=stranger, name="Globex")

    form = application_form(owner, company_name="Globex")
    assert form.is_valid(), form.errors
    application = form.save()

    assert application.company != theirs
    assert application.company.owner == owner


def test_an_invalid_form_creates_no_company(owner):
    form = application_form(owner, company_name="Initech", salary_min="9", salary_max="1")

    assert not form.is_valid()
    assert not Company.objects.exists()


def test_editing_the_status_in_the_form_records_the_change(owner):
    application = ApplicationFactory(owner=owner, status=Status.APPLIED)

    form = application_form(
        owner,
        instance=application,
        company_name=application.company.name,
        status="interviewing",
    )
    assert form.is_valid(), form.errors
    form.save()

    application.refresh_from_db()
    assert application.status == Status.INTERVIEWING
    assert list(application.status_changes.values_list("from_status", "to_status")) == [
        ("", "applied"),
        ("applied", "interviewing"),
    ]


def test_editing_without_changing_the_status_adds_no_history(owner):
    application = ApplicationFactory(owner=owner, status=Status.APPLIED)

    form = application_form(
        owner, instance=application, company_name=application.company.name, notes="Called"
    )
    assert form.is_valid(), form.errors
    form.save()

    assert application.status_changes.count() == 1


def test_the_edit_form_starts_with_the_company_name(owner):
    application = ApplicationFactory(owner=owner, company__name="Umbrella")

    form = ApplicationForm(instance=application, owner=owner)

    assert form.initial["company_name"] == "Umbrella"


def test_the_company_suggestions_are_the_owners_only(owner, stranger):
    CompanyFactory(owner=owner, name="beta")
    CompanyFactory(owner=owner, name="Alpha")
    CompanyFactory(owner=stranger, name="Secret")

    form = ApplicationForm(owner=owner)

    assert form.company_names == ["Alpha", "beta"]


def test_the_application_form_offers_only_the_owners_contacts(owner, stranger):
    mine = ContactFactory(owner=owner)
    ContactFactory(owner=stranger)

    form = ApplicationForm(owner=owner)

    assert list(form.fields["contacts"].queryset) == [mine]


def test_a_forged_contact_id_of_another_user_is_refused(owner, stranger):
    theirs = ContactFactory(owner=stranger)

    form = application_form(owner, contacts=[str(theirs.pk)])

    assert not form.is_valid()
    assert form.errors["contacts"] == [
        f"Select a valid choice. {theirs.pk} is not one of the available choices."
    ]


def test_the_owners_contacts_can_be_linked(owner):
    contact = ContactFactory(owner=owner)

    form = application_form(owner, contacts=[str(contact.pk)])
    assert form.is_valid(), form.errors
    application = form.save()

    assert list(application.contacts.all()) == [contact]


def test_an_unknown_status_is_refused(owner):
    form = application_form(owner, status="hired")

    assert not form.is_valid()
    assert "status" in form.errors


# --- Company form ---------------------------------------------------------------------


def test_a_company_is_saved_for_its_owner(owner):
    form = CompanyForm({"name": " Hooli ", "website": "https://hooli.example"}, owner=owner)

    assert form.is_valid(), form.errors
    company = form.save()

    assert company.owner == owner
    assert company.name == "Hooli"


def test_a_company_name_already_used_in_another_case_is_refused(owner):
    CompanyFactory(owner=owner, name="Hooli")

    form = CompanyForm({"name": "hooli"}, owner=owner)

    assert not form.is_valid()
    assert form.errors["name"] == ["You already have a company called “hooli”."]


def test_renaming_a_company_to_another_case_of_its_own_name_is_allowed(owner):
    company = CompanyFactory(owner=owner, name="hooli")

    form = CompanyForm({"name": "Hooli"}, owner=owner, instance=company)

    assert form.is_valid(), form.errors


def test_a_company_name_used_by_another_user_is_allowed(owner, stranger):
    CompanyFactory(owner=stranger, name="Hooli")

    assert CompanyForm({"name": "Hooli"}, owner=owner).is_valid()


def test_a_script_company_website_is_refused(owner):
    form = CompanyForm({"name": "Hooli", "website": "javascript:alert(1)"}, owner=owner)

    assert not form.is_valid()
    assert form.errors["website"] == [INVALID_URL]


def test_an_over_long_company_name_is_refused(owner):
    form = CompanyForm({"name": "x" * 201}, owner=owner)

    assert not form.is_valid()
    assert form.errors["name"] == ["Ensure this value has at most 200 characters (it has 201)."]


# --- Contact form ---------------------------------------------------------------------


def test_a_contact_is_saved_with_a_new_company_typed_by_name(owner):
    form = contact_form(
        owner,
        company_name="Initech",
        email="sam@initech.example",
        phone="+44 (0)20 7946-0000",
        profile_url="https://www.linkedin.com/in/sam",
    )

    assert form.is_valid(), form.errors
    contact = form.save()

    assert contact.owner == owner
    assert contact.company.name == "Initech"
    assert contact.company.owner == owner


def test_a_contact_reuses_an_existing_company_in_another_case(owner):
    company = CompanyFactory(owner=owner, name="Initech")

    form = contact_form(owner, company_name="initech")
    assert form.is_valid(), form.errors

    assert form.save().company == company
    assert Company.objects.count() == 1


def test_clearing_the_company_name_unlinks_the_company(owner):
    contact = ContactFactory(owner=owner, company=CompanyFactory(owner=owner))

    form = contact_form(owner, instance=contact, company_name="")
    assert form.is_valid(), form.errors

    assert form.save().company is None


def test_an_invalid_email_is_refused(owner):
    form = contact_form(owner, email="sam-at-example")

    assert not form.is_valid()
    assert form.errors["email"] == ["Enter a valid email address."]


def test_a_script_profile_url_is_refused(owner):
    form = contact_form(owner, profile_url="javascript:alert(1)")

    assert not form.is_valid()
    assert form.errors["profile_url"] == [INVALID_URL]


@pytest.mark.parametrize("phone", ["call me", "12", "+1 555 <b>"])
def test_a_phone_number_with_other_characters_is_refused(owner, phone):
    form = contact_form(owner, phone=phone)

    assert not form.is_valid()
    assert form.errors["phone"] == ["Enter a phone number using digits, spaces and + - ( )."]


def test_a_last_contact_in_the_future_is_refused(owner):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)

    form = contact_form(owner, last_contacted_on=tomorrow.isoformat())

    assert not form.is_valid()
    assert form.errors["last_contacted_on"] == ["The last contact cannot be in the future."]


@pytest.mark.parametrize(
    ("value", "message"),
    [("2026-02-30", INVALID_DATE), ("0000-05-01", INVALID_DATE), ("3000-05-01", OUT_OF_RANGE)],
)
def test_an_impossible_check_in_date_is_refused(owner, value, message):
    form = contact_form(owner, next_check_in_on=value)

    assert not form.is_valid()
    assert form.errors["next_check_in_on"] == [message]


def test_an_over_long_contact_name_is_refused(owner):
    form = contact_form(owner, name="x" * 201)

    assert not form.is_valid()
    assert "name" in form.errors


# --- Interview form -------------------------------------------------------------------


def test_an_interview_is_saved_with_its_duration_from_start_and_end(owner):
    application = ApplicationFactory(owner=owner)
    interviewer = ContactFactory(owner=owner)

    form = interview_form(
        owner,
        application,
        scheduled_at="2030-03-04T10:00",
        ends_at="2030-03-04T11:30",
        interviewers=[str(interviewer.pk)],
    )
    assert form.is_valid(), form.errors
    interview = form.save()

    assert interview.duration_minutes == 90
    assert interview.ends_at - interview.scheduled_at == datetime.timedelta(minutes=90)
    assert list(interview.interviewers.all()) == [interviewer]


@pytest.mark.parametrize("ends_at", ["2030-03-04T10:00", "2030-03-04T09:30"])
def test_an_interview_ending_at_or_before_its_start_is_refused(owner, ends_at):
    application = ApplicationFactory(owner=owner)

    form = interview_form(owner, application, scheduled_at="2030-03-04T10:00", ends_at=ends_at)

    assert not form.is_valid()
    assert form.errors["ends_at"] == ["The interview must end after it starts."]


def test_an_interview_longer_than_a_day_is_refused(owner):
    application = ApplicationFactory(owner=owner)

    form = interview_form(owner, application, ends_at="2030-03-05T10:01")

    assert not form.is_valid()
    assert form.errors["ends_at"] == ["An interview cannot last more than 24 hours."]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2030-02-30T10:00", "Enter a valid date/time."),
        ("0000-01-01T10:00", "Enter a valid date/time."),
        ("3000-01-01T10:00", OUT_OF_RANGE),
    ],
)
def test_an_impossible_interview_start_is_refused(owner, value, message):
    application = ApplicationFactory(owner=owner)

    form = interview_form(owner, application, scheduled_at=value)

    assert not form.is_valid()
    assert form.errors["scheduled_at"] == [message]


@pytest.mark.parametrize("round_", ["0", "21"])
def test_an_interview_round_out_of_range_is_refused(owner, round_):
    application = ApplicationFactory(owner=owner)

    form = interview_form(owner, application, round=round_)

    assert not form.is_valid()
    assert list(form.errors) == ["round"]


def test_the_interview_form_offers_only_the_owners_applications_and_contacts(owner, stranger):
    my_application = ApplicationFactory(owner=owner)
    my_contact = ContactFactory(owner=owner)
    ApplicationFactory(owner=stranger)
    ContactFactory(owner=stranger)

    form = InterviewForm(owner=owner)

    assert list(form.fields["application"].queryset) == [my_application]
    assert list(form.fields["interviewers"].queryset) == [my_contact]


def test_a_forged_application_id_of_another_user_is_refused(owner, stranger):
    theirs = ApplicationFactory(owner=stranger)

    form = interview_form(owner, theirs)

    assert not form.is_valid()
    assert form.errors["application"] == [
        "Select a valid choice. That choice is not one of the available choices."
    ]


def test_a_forged_interviewer_id_of_another_user_is_refused(owner, stranger):
    application = ApplicationFactory(owner=owner)
    theirs = ContactFactory(owner=stranger)

    form = interview_form(owner, application, interviewers=[str(theirs.pk)])

    assert not form.is_valid()
    assert form.errors["interviewers"] == [
        f"Select a valid choice. {theirs.pk} is not one of the available choices."
    ]


def test_the_edit_form_shows_when_the_interview_ends(owner):
    start = timezone.now().replace(microsecond=0)
    interview = InterviewFactory(application__owner=owner, scheduled_at=start, duration_minutes=30)

    form = InterviewForm(instance=interview, owner=owner)

    assert form.initial["ends_at"] == start + datetime.timedelta(minutes=30)


def test_an_over_long_interview_location_is_refused(owner):
    application = ApplicationFactory(owner=owner)

    form = interview_form(owner, application, location="x" * 501)

    assert not form.is_valid()
    assert "location" in form.errors


# --- Move and filter forms ------------------------------------------------------------


def test_the_move_form_accepts_only_known_statuses():
    assert MoveForm({"status": "offer"}).is_valid()
    assert not MoveForm({"status": "hired"}).is_valid()
    assert not MoveForm({}).is_valid()


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("", ("-updated_at", "-pk")),
        ("-updated", ("-updated_at", "-pk")),
        ("nonsense", ("-updated_at", "-pk")),
    ],
)
def test_the_filter_form_falls_back_to_recently_updated(sort, expected):
    assert ApplicationFilterForm({"sort": sort}).ordering() == expected
