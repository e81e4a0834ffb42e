import datetime
from typing import Self

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.db.models import F, Q
from django.db.models.functions import Coalesce, Greatest, Lower
from django.urls import reverse
from django.utils import timezone

from core.models import (
    NOTES_MAX_LENGTH,
    OwnedQuerySet,
    date_range_constraint,
    web_url_constraint,
    web_url_field,
)
from core.validators import validate_reasonable_date


class CompanyQuerySet(OwnedQuerySet):
    def named(self, owner, name: str) -> "Company":
        """The owner's company with this name (any case), created if new.

        Two requests typing the same new name at once both end up with the one company.
        """
        existing = self.filter(owner=owner, name__iexact=name).first()
        if existing is not None:
            return existing
        try:
            with transaction.atomic():
                return self.create(owner=owner, name=name)
        except IntegrityError:
            return self.get(owner=owner, name__iexact=name)


class Company(models.Model):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="companies"
    )
    name = models.CharField(max_length=200)
    website = web_url_field("website")
    notes = models.TextField(blank=True, max_length=NOTES_MAX_LENGTH)
    created_at = models.DateTimeField(auto_now_add=True)

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

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("tracker:company-detail", args=[self.pk])


class Status(models.TextChoices):
    WISHLIST = "wishlist", "Wishlist"
    APPLIED = "applied", "Applied"
    SCREENING = "screening", "Screening"
    INTERVIEWING = "interviewing", "Interviewing"
    OFFER = "offer", "Offer"
    ACCEPTED = "accepted", "Accepted"
    REJECTED = "rejected", "Rejected"
    WITHDRAWN = "withdrawn", "Withdrawn"
    GHOSTED = "ghosted", "Ghosted"


#: Statuses that are still moving: each has a column on the board.
ACTIVE_STATUSES = [
    Status.WISHLIST,
    Status.APPLIED,
    Status.SCREENING,
    Status.INTERVIEWING,
    Status.OFFER,
]
#: Outcomes: counted on the board, not shown as cards.
CLOSED_STATUSES = [Status.ACCEPTED, Status.REJECTED, Status.WITHDRAWN, Status.GHOSTED]
#: Statuses that mean the employer answered an application.
RESPONDED_STATUSES = [
    Status.SCREENING,
    Status.INTERVIEWING,
    Status.OFFER,
    Status.ACCEPTED,
    Status.REJECTED,
]


#: How far along the pipeline (wishlist 0 … accepted 5) each status shows an application
#: got. A rejection or silence means it was sent (at least *applied*); withdrawing may
#: happen from the wishlist.
PIPELINE_RANK = {
    Status.WISHLIST: 0,
    Status.WITHDRAWN: 0,
    Status.APPLIED: 1,
    Status.REJECTED: 1,
    Status.GHOSTED: 1,
    Status.SCREENING: 2,
    Status.INTERVIEWING: 3,
    Status.OFFER: 4,
    Status.ACCEPTED: 5,
}


def _rank_of(field: str) -> models.Case:
    return models.Case(
        *(models.When(**{field: status}, then=rank) for status, rank in PIPELINE_RANK.items()),
        default=0,
        output_field=models.PositiveSmallIntegerField(),
    )


class WorkMode(models.TextChoices):
    ONSITE = "onsite", "On-site"
    HYBRID = "hybrid", "Hybrid"
    REMOTE = "remote", "Remote"


class ApplicationQuerySet(OwnedQuerySet):
    def active(self) -> Self:
        return self.filter(status__in=ACTIVE_STATUSES)

    def recompute_reached(self) -> int:
        """Set ``reached`` from each application's status, sending date and history.

        For paths that write history in bulk (import, demo data); saving an application
        or a status change keeps it up to date on its own. One UPDATE.
        """
        from_history = (
            StatusChange.objects.filter(application=models.OuterRef("pk"))
            .annotate(rank=_rank_of("to_status"))
            .values("application")
            .annotate(highest=models.Max("rank"))
            .values("highest")
        )
        sent = models.Case(
            models.When(applied_on__isnull=False, then=1),
            default=0,
            output_field=models.PositiveSmallIntegerField(),
        )
        return self.update(
            reached=Greatest(
                _rank_of("status"),
                sent,
                Coalesce(models.Subquery(from_history), 0),
                output_field=models.PositiveSmallIntegerField(),
            )
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
    # Kept by save() and by StatusChange, so the dashboard's funnel is a plain count.
    reached = models.PositiveSmallIntegerField(
        "furthest stage reached",
        default=0,
        editable=False,
        help_text="How far along the pipeline it ever got: 0 wishlist … 5 accepted.",
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
            models.Index(fields=["owner", "-applied_on"], name="application_owner_applied"),
            models.Index(fields=["owner", "next_action_on"], name="application_owner_next"),
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

    def __str__(self) -> str:
        return f"{self.position_title} at {self.company}"

    @transaction.atomic
    def save(self, *args, **kwargs) -> None:
        # A new application starts its history with the status it was created in, so the
        # timeline always has a first entry, whatever path created it (form, admin, import).
        adding = self._state.adding
        # An unknown status gets no rank here; the database then refuses it.
        rank = PIPELINE_RANK.get(self.status, 0)
        reached = max(self.reached, rank, 1 if self.applied_on else 0)
        if reached != self.reached:
            self.reached = reached
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "reached"}
        super().save(*args, **kwargs)
        if adding:
            StatusChange.objects.create(application=self, from_status="", to_status=self.status)

    def get_absolute_url(self) -> str:
        return reverse("tracker:application-detail", args=[self.pk])

    @property
    def is_active(self) -> bool:
        return self.status in ACTIVE_STATUSES

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

    @transaction.atomic
    def move_to(self, status: str, *, note: str = "") -> "StatusChange | None":
        """Change the status and keep the change in the history; no-op if unchanged."""
        if status not in Status.values:
            raise ValueError(f"Unknown status {status!r}")
        if status == self.status:
            return None
        previous = self.status
        self.status = status
        if status == Status.APPLIED and self.applied_on is None:
            self.applied_on = timezone.localdate()
            self.save(update_fields=["status", "applied_on", "updated_at"])
        else:
            self.save(update_fields=["status", "updated_at"])
        return StatusChange.objects.create(
            application=self, from_status=previous, to_status=status, note=note
        )


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
        indexes = [models.Index(fields=["application", "changed_at"], name="statuschange_app_when")]

    def __str__(self) -> str:
        return f"{self.get_from_status_display() or 'new'} → {self.get_to_status_display()}"

    def save(self, *args, **kwargs) -> None:
        adding = self._state.adding
        super().save(*args, **kwargs)
        applications = Application.objects.filter(pk=self.application_id)
        if not adding:
            applications.recompute_reached()
            return
        # A new step can only take the application further. Application.save() (which
        # move_to and a new application go through) has already stored it: no query then.
        rank = PIPELINE_RANK.get(self.to_status, 0)
        saved = self._meta.get_field("application").get_cached_value(self, default=None)
        if saved is None or saved._state.adding or saved.reached < rank:
            applications.filter(reached__lt=rank).update(reached=rank)

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        Application.objects.filter(pk=self.application_id).recompute_reached()
        return result


class ContactQuerySet(OwnedQuerySet):
    def newest_first(self) -> Self:
        """The most recently added first: what forms offer before the rest is searched."""
        return self.order_by("-created_at", "-pk")

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

    objects = ContactQuerySet.as_manager()

    class Meta:
        ordering = [Lower("name"), "pk"]
        indexes = [models.Index(fields=["owner", "next_check_in_on"], name="contact_owner_checkin")]
        constraints = [
            web_url_constraint("profile_url", "contact"),
            date_range_constraint("last_contacted_on", "contact"),
            date_range_constraint("next_check_in_on", "contact"),
        ]

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
