import datetime
from typing import Self

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.db.models import Count, F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce, Lower
from django.urls import reverse
from django.utils import timezone

from core.models import (
    NOTES_MAX_LENGTH,
    OwnedQuerySet,
    date_range_constraint,
    web_url_constraint,
    web_url_field,
)
from core.text import tidy
from core.validators import validate_reasonable_date
from tracker.stages import ACTIVE_STATUSES, RESPONSE_MOVES, Status


class NewestFirstQuerySet(OwnedQuerySet):
    def newest_first(self) -> Self:
        """The most recently added first (each model's ``*_owner_newest`` index): what
        forms offer before the rest is searched."""
        return self.order_by("-created_at", "-pk")


class CompanyQuerySet(NewestFirstQuerySet):
    """Companies are named by users as they type: every form, import and service finds
    them by name through ``find`` and saves a new one through ``save_new``."""

    def find(self, owner, name: str, *, known: "dict[str, Company] | None" = None) -> "Company":
        """The owner's company with this name (any case), or a new unsaved one.

        ``known`` (from ``by_name``) answers without a query, for imports of many rows;
        rows naming the same new company then share one unsaved object.
        """
        name = tidy(name)
        if known is not None:
            return known.setdefault(name.casefold(), Company(owner=owner, name=name))
        existing = self.filter(owner=owner, name__iexact=name).first()
        return existing or Company(owner=owner, name=name)

    def by_name(self, owner) -> "dict[str, Company]":
        """The owner's companies by case-folded name, for ``find(..., known=...)``."""
        companies = self.filter(owner=owner).only("name", "owner")
        return {company.name.casefold(): company for company in companies}

    def save_new(self, company: "Company") -> "Company":
        """Save a company that ``find`` made, unless it is saved already.

        Two requests typing the same new name at once both end up with the one company.
        """
        if company.pk is not None:
            return company
        try:
            with transaction.atomic():
                company.save()
        except IntegrityError:
            return self.get(owner=company.owner, name__iexact=company.name)
        return company

    def named(self, owner, name: str) -> "Company":
        """The owner's company with this name (any case), created if new."""
        return self.save_new(self.find(owner, name))


class Company(models.Model):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="companies"
    )
    name = models.CharField(max_length=200)
    website = web_url_field("website")
    notes = models.TextField(blank=True, max_length=NOTES_MAX_LENGTH)
    created_at = models.DateTimeField(auto_now_add=True)
    # The calendar feed names companies in its events: a renamed company changes them.
    updated_at = models.DateTimeField(auto_now=True)

    objects = CompanyQuerySet.as_manager()

    class Meta:
        verbose_name_plural = "companies"
        ordering = [Lower("name")]
        constraints = [
            models.UniqueConstraint(
                "owner",
                Lower("name"),
                name="unique_company_name_per_owner",
                violation_error_message="You already have a company with this name.",
            ),
            web_url_constraint("website", "company"),
        ]
        indexes = [
            # The newest first: the names a form suggests before any is typed.
            models.Index(fields=["owner", "-created_at", "-id"], name="company_owner_newest"),
        ]

    #: The fields ``str()`` reads: a choice list reads only these (``core.choices.offer``).
    label_fields = ("name",)

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("tracker:company-detail", args=[self.pk])


class WorkMode(models.TextChoices):
    ONSITE = "onsite", "On-site"
    HYBRID = "hybrid", "Hybrid"
    REMOTE = "remote", "Remote"


class ApplicationQuerySet(OwnedQuerySet):
    def active(self) -> Self:
        return self.filter(status__in=ACTIVE_STATUSES)

    def with_rejection_record(self) -> Self:
        """Applications whose rejection is recorded.

        The record belongs to the rejections app, a layer above: the tracker knows only
        that an application may have one, through the reverse one-to-one ``rejection``.
        """
        return self.filter(rejection__isnull=False)

    def with_card_facts(self) -> Self:
        """What a board card shows, in the query that loads the cards (no query per card):
        ``stage_since`` (the last status change, or when it was added) and
        ``interview_count``."""
        last_change = (
            StatusChange.objects.filter(application=OuterRef("pk"))
            .order_by("-changed_at", "-pk")
            .values("changed_at")[:1]
        )
        interviews = (
            Interview.objects.filter(application=OuterRef("pk"))
            .order_by()
            .values("application")
            .annotate(n=Count("pk"))
            .values("n")
        )
        return self.annotate(
            stage_since=Coalesce(Subquery(last_change), F("created_at")),
            interview_count=Coalesce(Subquery(interviews), 0),
        )

    def search(self, text: str) -> Self:
        text = text.strip()
        if not text:
            return self
        return self.filter(
            Q(company__name__icontains=text)
            | Q(position_title__icontains=text)
            | Q(notes__icontains=text)
        )


class Application(models.Model):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="applications"
    )
    # RESTRICT: a company with applications cannot be deleted on its own, but deleting the
    # user (account deletion, the admin) removes both.
    company = models.ForeignKey(Company, on_delete=models.RESTRICT, related_name="applications")
    position_title = models.CharField(max_length=200)
    posting_url = web_url_field("posting URL")
    location = models.CharField(max_length=200, blank=True)
    work_mode = models.CharField(max_length=10, choices=WorkMode, blank=True)
    salary_min = models.PositiveIntegerField(null=True, blank=True)
    salary_max = models.PositiveIntegerField(null=True, blank=True)
    salary_currency = models.CharField(max_length=3, blank=True, help_text="e.g. EUR, USD, GBP")
    source = models.CharField(
        max_length=100, blank=True, help_text="Where you found it: referral, LinkedIn, ..."
    )
    status = models.CharField(max_length=20, choices=Status, default=Status.WISHLIST)
    applied_on = models.DateField(null=True, blank=True, validators=[validate_reasonable_date])
    next_action_on = models.DateField(
        "next action date", null=True, blank=True, validators=[validate_reasonable_date]
    )
    next_action = models.CharField(max_length=200, blank=True, help_text="e.g. Follow up with Sam")
    notes = models.TextField(blank=True, max_length=NOTES_MAX_LENGTH)
    contacts = models.ManyToManyField("Contact", blank=True, related_name="applications")
    # Kept by tracker.services with the status and history, so the funnel is a count.
    reached = models.PositiveSmallIntegerField(
        "furthest stage reached",
        default=0,
        editable=False,
        help_text=(
            "How far along the pipeline it got, leaving out stages a correction took back "
            "(tracker.services): 0 wishlist … 5 accepted."
        ),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ApplicationQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at"]
        indexes = [
            # The list's and the board's default order, ties broken by id.
            models.Index(
                fields=["owner", "status", "-updated_at", "-id"],
                name="application_owner_status_upd",
            ),
            models.Index(fields=["owner", "-updated_at", "-id"], name="application_owner_upd"),
            # With the id, "another application sent since" (a rejection's keep-applying
            # step) is answered from the index alone, and PostgreSQL prefers it to the
            # owner index it otherwise filtered row by row.
            models.Index(fields=["owner", "-applied_on", "-id"], name="application_owner_applied"),
            models.Index(fields=["owner", "next_action_on"], name="application_owner_next"),
            # Every column the dashboard's counts read, so they come from the index alone.
            models.Index(
                fields=["owner", "status", "reached", "applied_on", "created_at", "id"],
                name="application_owner_counts",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=Status.values), name="application_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(salary_min__isnull=True)
                | Q(salary_max__isnull=True)
                | Q(salary_min__lte=F("salary_max")),
                name="application_salary_min_lte_max",
                violation_error_message="The minimum salary cannot be above the maximum.",
            ),
            web_url_constraint("posting_url", "application"),
            date_range_constraint("applied_on", "application"),
            date_range_constraint("next_action_on", "application"),
        ]

    #: The fields ``str()`` reads: a choice list reads only these (``core.choices.offer``).
    label_fields = ("position_title", "company__name")

    def __str__(self) -> str:
        return f"{self.position_title} at {self.company}"

    def get_absolute_url(self) -> str:
        return reverse("tracker:application-detail", args=[self.pk])

    @property
    def is_active(self) -> bool:
        return self.status in ACTIVE_STATUSES

    @property
    def days_in_stage(self) -> int | None:
        """Whole days since the status last changed (needs ``with_card_facts()``)."""
        since = getattr(self, "stage_since", None)
        if since is None:
            return None
        return (timezone.localdate() - timezone.localtime(since).date()).days

    @property
    def salary_range(self) -> str:
        if self.salary_min is None and self.salary_max is None:
            return ""
        if self.salary_max is None:
            text = f"from {self.salary_min:,}"
        elif self.salary_min is None:
            text = f"up to {self.salary_max:,}"
        elif self.salary_min == self.salary_max:
            text = f"{self.salary_min:,}"
        else:
            text = f"{self.salary_min:,}–{self.salary_max:,}"
        return f"{text} {self.salary_currency}".strip()


class StatusChange(models.Model):
    """One step in an application's history. The first one has an empty ``from_status``."""

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="status_changes"
    )
    from_status = models.CharField(max_length=20, choices=Status, blank=True)
    to_status = models.CharField(max_length=20, choices=Status)
    changed_at = models.DateTimeField(default=timezone.now)
    note = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["changed_at", "pk"]
        indexes = [
            models.Index(fields=["application", "changed_at"], name="statuschange_app_when"),
            # The dashboard's weekly responses: the moves that count as an answer in a
            # date range, read from the index alone.
            models.Index(
                fields=["changed_at", "application"],
                condition=Q(to_status__in=RESPONSE_MOVES),
                name="statuschange_response_when",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_from_status_display() or 'new'} → {self.get_to_status_display()}"


class ContactQuerySet(NewestFirstQuerySet):
    def of_application(self, application: "Application") -> Self:
        """The application's people: its contacts and its interviewers.

        Two indexed subqueries rather than joins, so the cost does not grow with the
        user's other contacts.
        """
        linked = Application.contacts.through.objects.filter(application=application)
        interviewed = Interview.interviewers.through.objects.filter(
            interview__application=application
        )
        return self.filter(
            Q(pk__in=linked.values("contact_id")) | Q(pk__in=interviewed.values("contact_id"))
        )

    def search(self, text: str) -> Self:
        text = text.strip()
        if not text:
            return self
        return self.filter(
            Q(name__icontains=text)
            | Q(role__icontains=text)
            | Q(email__icontains=text)
            | Q(company__name__icontains=text)
            | Q(notes__icontains=text)
        )

    def due_for_check_in(self, on: datetime.date) -> Self:
        return self.filter(next_check_in_on__lte=on)


class Contact(models.Model):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="contacts"
    )
    name = models.CharField(max_length=200)
    role = models.CharField(max_length=200, blank=True)
    company = models.ForeignKey(
        Company, on_delete=models.SET_NULL, null=True, blank=True, related_name="contacts"
    )
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=40, blank=True)
    profile_url = web_url_field("profile URL")
    notes = models.TextField(blank=True, max_length=NOTES_MAX_LENGTH)
    last_contacted_on = models.DateField(
        null=True, blank=True, validators=[validate_reasonable_date]
    )
    next_check_in_on = models.DateField(
        "next check-in", null=True, blank=True, validators=[validate_reasonable_date]
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # When the calendar feed's check-in (or an interview naming this interviewer) last changed.
    updated_at = models.DateTimeField(auto_now=True)

    objects = ContactQuerySet.as_manager()

    class Meta:
        ordering = [Lower("name"), "pk"]
        indexes = [
            models.Index(fields=["owner", "next_check_in_on"], name="contact_owner_checkin"),
            # The contact list's order: its first page is an index range, not a sort.
            models.Index("owner", Lower("name"), "id", name="contact_owner_name"),
            # The newest first (``newest_first``), as the forms' shortlists offer them.
            models.Index(fields=["owner", "-created_at", "-id"], name="contact_owner_newest"),
        ]
        constraints = [
            web_url_constraint("profile_url", "contact"),
            date_range_constraint("last_contacted_on", "contact"),
            date_range_constraint("next_check_in_on", "contact"),
        ]

    #: The fields ``str()`` reads: a choice list reads only these (``core.choices.offer``).
    label_fields = ("name",)

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("tracker:contact-detail", args=[self.pk])


class InterviewKind(models.TextChoices):
    PHONE_SCREEN = "phone", "Phone screen"
    VIDEO = "video", "Video call"
    ONSITE = "onsite", "On-site"
    TECHNICAL = "technical", "Technical"
    TAKE_HOME = "take_home", "Take-home"
    PANEL = "panel", "Panel"
    FINAL = "final", "Final"


class Outcome(models.TextChoices):
    PENDING = "pending", "Waiting to hear"
    PASSED = "passed", "Passed"
    NOT_PASSED = "not_passed", "Not passed"
    CANCELLED = "cancelled", "Cancelled"


class InterviewQuerySet(models.QuerySet):
    def for_user(self, user) -> Self:
        return self.filter(application__owner=user)


class Interview(models.Model):
    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="interviews"
    )
    round = models.PositiveSmallIntegerField(default=1)
    kind = models.CharField(max_length=20, choices=InterviewKind, default=InterviewKind.VIDEO)
    scheduled_at = models.DateTimeField()
    duration_minutes = models.PositiveSmallIntegerField(default=60)
    location = models.CharField(
        "location or link", max_length=500, blank=True, help_text="An address or a meeting link"
    )
    interviewers = models.ManyToManyField(Contact, blank=True, related_name="interviews")
    preparation_notes = models.TextField(blank=True, max_length=NOTES_MAX_LENGTH)
    notes = models.TextField("notes afterwards", blank=True, max_length=NOTES_MAX_LENGTH)
    outcome = models.CharField(max_length=20, choices=Outcome, default=Outcome.PENDING)
    # The calendar feed's DTSTAMP, LAST-MODIFIED and SEQUENCE come from it.
    updated_at = models.DateTimeField(auto_now=True)

    objects = InterviewQuerySet.as_manager()

    class Meta:
        ordering = ["scheduled_at", "pk"]
        indexes = [
            models.Index(fields=["application", "scheduled_at"], name="interview_app_when"),
            # The dashboard's "next 14 days": a short range of the calendar, whoever's.
            models.Index(fields=["scheduled_at"], name="interview_when"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(duration_minutes__gte=1) & Q(duration_minutes__lte=24 * 60),
                name="interview_duration_positive",
                violation_error_message="The interview must end after it starts.",
            ),
            models.CheckConstraint(condition=Q(round__gte=1), name="interview_round_positive"),
            models.CheckConstraint(
                condition=Q(kind__in=InterviewKind.values), name="interview_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(outcome__in=Outcome.values), name="interview_outcome_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} (round {self.round}) – {self.application}"

    def get_absolute_url(self) -> str:
        return reverse("tracker:interview-detail", args=[self.pk])

    @property
    def ends_at(self) -> datetime.datetime:
        return self.scheduled_at + datetime.timedelta(minutes=self.duration_minutes)

    @property
    def location_is_link(self) -> bool:
        return self.location.lower().startswith(("http://", "https://"))

    @property
    def summary(self) -> str:
        """The interview's one-line title in calendars (also kept when it is deleted)."""
        application = self.application
        return f"Interview: {application.position_title} at {application.company.name}"


class DeletedInterviewQuerySet(OwnedQuerySet):
    def kept(self, *, since: datetime.datetime) -> Self:
        return self.filter(deleted_at__gte=since)

    def expired(self, *, now: datetime.datetime | None = None) -> Self:
        return self.filter(deleted_at__lt=(now or timezone.now()) - DeletedInterview.KEPT_FOR)


class DeletedInterview(models.Model):
    """What the calendar feed still says about a deleted interview.

    Calendar apps keep an event that silently leaves a subscribed feed, or drop it without
    a word; so for ``KEPT_FOR`` after the deletion the feed lists it as cancelled, under
    the same UID, and the apps take it off. Written by ``services.delete_interviews`` (the
    delete page, deleting an application, the admin); older rows are purged daily.
    """

    KEPT_FOR = datetime.timedelta(days=30)

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="deleted_interviews"
    )
    # The deleted row's id, which its calendar UID is made of (not a foreign key: it is gone).
    interview_pk = models.PositiveBigIntegerField()
    summary = models.TextField()
    scheduled_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    deleted_at = models.DateTimeField(default=timezone.now)

    objects = DeletedInterviewQuerySet.as_manager()

    class Meta:
        ordering = ["-deleted_at", "pk"]
        indexes = [models.Index(fields=["owner", "deleted_at"], name="deletedinterview_owner_at")]

    def __str__(self) -> str:
        return f"{self.summary} (deleted {self.deleted_at:%Y-%m-%d})"
