from functools import cache
from typing import Self

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import (
    BooleanField,
    Case,
    Exists,
    ExpressionWrapper,
    F,
    OuterRef,
    Q,
    Value,
    When,
)
from django.db.models.functions import TruncDate
from django.urls import reverse
from django.utils import timezone

from core.models import NOTES_MAX_LENGTH, OwnedQuerySet, date_range_constraint
from core.text import has_line_break
from core.validators import validate_reasonable_date
from rejections import letters
from tracker.models import Application, Contact, Outcome
from tracker.stages import Stage

SHORT_TEXT = 2_000


def validate_single_line(value: str) -> None:
    """Subjects and names end up in e-mail headers: a newline there is header injection,
    and mail software refuses the other line breaks too (see ``core.text``). Forms turn
    the others into spaces first (``SingleLineCharField``)."""
    if has_line_break(value):
        raise ValidationError("This must be a single line (no line breaks).", code="newline")


class Channel(models.TextChoices):
    EMAIL = "email", "E-mail"
    PHONE = "phone", "Phone call"
    PORTAL = "portal", "Applicant portal"
    IN_PERSON = "in_person", "In person"
    NO_RESPONSE = "no_response", "No response (inferred)"
    OTHER = "other", "Other"


class DoorOpen(models.TextChoices):
    """The answer to "did they leave the door open?"; only an answer is ever shown."""

    YES = "yes", "Yes"
    NO = "no", "No"
    UNKNOWN = "unknown", "Don't know"


def door_open_from_flag(flag: bool, reapply_after) -> str:
    """The answer a former yes/no flag stands for (older data and older exports).

    The flag defaulted to "open" and the recording form never asked, so a bare "open" says
    nothing: it becomes *don't know*. Only a reapply date is something the person wrote
    (it was offered as "door open … reapply after"), so with one the answer is *yes*;
    "closed" could only be chosen by unticking the box, so it stays *no*.
    """
    if reapply_after is not None:
        return DoorOpen.YES
    return DoorOpen.UNKNOWN if flag else DoorOpen.NO


class Step(models.TextChoices):
    """The eight steps after a rejection. Only steps 2–8 can be skipped."""

    ACKNOWLEDGE = "acknowledge", "Acknowledge"
    THANK = "thank", "Thank"
    FEEDBACK = "feedback", "Ask for feedback"
    REFLECT = "reflect", "Reflect"
    PROACTIVE = "proactive", "Stay proactive"
    NETWORK = "network", "Network"
    KEEP_APPLYING = "keep_applying", "Keep applying"
    SELF_CARE = "self_care", "Self-care"


SKIPPABLE_STEPS = [step for step in Step if step != Step.ACKNOWLEDGE]
STEP_COUNT = len(Step)
#: "Open workflows" are looked for among this many of the user's newest rejections, so the
#: dashboard and the open filter cost the same after ten rejections or ten thousand.
OPEN_WORKFLOW_WINDOW = 100


class RejectionQuerySet(models.QuerySet):
    def for_user(self, user) -> Self:
        return self.filter(application__owner=user)

    def newest_ids(self, count: int) -> list[int]:
        """The ids of the ``count`` most recently received rejections, newest first."""
        return list(self.order_by("-received_on", "-pk").values_list("pk", flat=True)[:count])

    def with_progress_of(self, ids: list[int]) -> Self:
        """``with_progress()`` for these rejections only, newest first.

        The ids are a literal list on purpose: PostgreSQL then checks each step for just
        these rows instead of hashing the whole letters and reflections tables.
        """
        return self.filter(pk__in=ids).with_progress().order_by("-received_on", "-pk")

    def open_workflows(self) -> Self:
        """Unfinished workflows among the newest rejections, with their progress."""
        return self.with_progress_of(self.newest_ids(OPEN_WORKFLOW_WINDOW)).filter(
            resolved_steps__lt=STEP_COUNT
        )

    def open_workflow_list(self, count: int) -> list["Rejection"]:
        """The ``count`` newest unfinished workflows, each with ``resolved_steps`` set.

        The same rows as ``open_workflows()[:count]``, in two short queries where that one
        is long to build and runs every step's check three times (for the filter, the count
        and the flags). The first reads only the progress of the newest rejections, each
        step's check written once; the second loads the open ones with ``self``'s joins.
        """
        progress = (
            self.order_by("-received_on", "-pk")
            .annotate(progress=_open_progress())
            .values_list("pk", "progress")[:OPEN_WORKFLOW_WINDOW]
        )
        wanted = {pk: resolved for pk, resolved in progress if resolved < STEP_COUNT}
        wanted = dict(list(wanted.items())[:count])
        found = self.in_bulk(wanted)
        rejections = []
        for pk, resolved in wanted.items():
            if pk in found:  # gone since the first query: left out, as if never there
                found[pk].resolved_steps = resolved
                rejections.append(found[pk])
        return rejections

    def with_progress(self) -> Self:
        """Annotate each step's state, derived from the data (see ``rejections.workflow``).

        ``done_<step>`` is one boolean per step; ``resolved_steps`` counts the steps done or
        skipped (out of 8), so lists can sort and paginate on progress in the database.
        """
        done = _step_conditions()
        annotations = {
            f"done_{step.value}": ExpressionWrapper(condition, BooleanField())
            for step, condition in done.items()
        }
        flags = {step: Q(**{f"done_{step.value}": True}) for step in done}
        return self.annotate(**annotations).annotate(resolved_steps=_resolved_steps(flags))


@cache
def _step_conditions() -> dict:
    """Each step's "done" condition for the rejection of the outer query (all but the
    first, which is done when the rejection exists).

    Built once: nothing in it belongs to a request (the owner and the dates come from the
    outer row, the time zone is read when the query is compiled), and a query that uses
    an expression works on a copy of it, so the same objects serve every query.
    """
    rejection = OuterRef("pk")
    owner = OuterRef("application__owner")
    since = OuterRef("received_on")
    sent = Letter.objects.filter(rejection=rejection, status=Letter.Status.SENT)
    # Another application sent on or after the rejection, or added since and not yet
    # sent. One added since with an earlier sending date was back-filled (written down
    # late, not a new step in the search), so it does not count. The day it was added
    # is the day in the current (the user's) time zone. Two EXISTS rather than one with
    # an OR: each is then a range of the owner/applied-on index, where the OR made the
    # database scan the user's applications once per rejection.
    others = Application.objects.filter(owner=owner).exclude(pk=OuterRef("application_id"))
    sent_since = others.filter(applied_on__gte=since)
    added_since = (
        others.filter(applied_on__isnull=True)
        .annotate(created_on=TruncDate("created_at"))
        .filter(created_on__gte=since)
    )
    return {
        Step.THANK: Exists(sent.filter(kind=LetterTemplate.Kind.THANK_YOU)),
        Step.FEEDBACK: Exists(sent.filter(kind=LetterTemplate.Kind.FEEDBACK_REQUEST))
        | ~Q(feedback="")
        | Q(feedback_requested_on__isnull=False),
        Step.REFLECT: Exists(Reflection.objects.filter(rejection=rejection)),
        Step.PROACTIVE: Exists(
            Reflection.objects.filter(rejection=rejection).exclude(next_actions="")
        ),
        Step.NETWORK: Exists(
            NetworkingLink.objects.filter(rejection=rejection, check_in_on__isnull=False)
        ),
        Step.KEEP_APPLYING: Exists(sent_since) | Exists(added_since),
        # A self-care note, or a finished session of private writing, since then.
        Step.SELF_CARE: Exists(SelfCareNote.objects.filter(owner=owner, date__gte=since))
        | Exists(WritingSession.objects.filter(owner=owner, finished_on__gte=since)),
    }


@cache
def _open_progress() -> ExpressionWrapper:
    """The steps resolved of the outer query's rejection (see ``_step_conditions``)."""
    return _resolved_steps(_step_conditions())


def _resolved_steps(done: dict) -> ExpressionWrapper:
    """The steps resolved, out of 8: the first, and each other one done or skipped."""
    rejection = OuterRef("pk")
    resolved = Value(1)  # Acknowledge: the rejection exists.
    for step, condition in done.items():
        skipped = Exists(StepSkip.objects.filter(rejection=rejection, step=step))
        resolved += Case(When(condition | skipped, then=1), default=0)
    return ExpressionWrapper(resolved, models.IntegerField())


class Rejection(models.Model):
    """A rejection: one per application. Recording it is the first step of its workflow."""

    #: Only its author sees these, never staff in the admin (``core.admin``).
    PRIVATE_FIELDS = ("feelings",)

    application = models.OneToOneField(
        Application, on_delete=models.CASCADE, related_name="rejection"
    )
    received_on = models.DateField(
        default=timezone.localdate, validators=[validate_reasonable_date]
    )
    stage = models.CharField("stage reached", max_length=20, choices=Stage)
    channel = models.CharField(max_length=20, choices=Channel, default=Channel.EMAIL)
    reason_given = models.TextField(blank=True, max_length=SHORT_TEXT)
    feelings = models.TextField(
        "how you feel",
        blank=True,
        max_length=NOTES_MAX_LENGTH,
        help_text="Optional and private: only you see it (not even the administrator).",
    )
    feedback_requested_on = models.DateField(
        null=True, blank=True, validators=[validate_reasonable_date]
    )
    feedback = models.TextField("feedback received", blank=True, max_length=NOTES_MAX_LENGTH)
    feedback_received_on = models.DateField(
        null=True, blank=True, validators=[validate_reasonable_date]
    )
    door_open = models.CharField(
        "did they leave the door open?",
        max_length=10,
        choices=DoorOpen,
        default=DoorOpen.UNKNOWN,
        help_text="Would they consider you again, for instance a later opening?",
    )
    reapply_after = models.DateField(
        null=True,
        blank=True,
        validators=[validate_reasonable_date],
        help_text="Only when they left the door open.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = RejectionQuerySet.as_manager()

    class Meta:
        ordering = ["-received_on", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(stage__in=Stage.values), name="rejection_stage_valid"
            ),
            models.CheckConstraint(
                condition=Q(channel__in=Channel.values), name="rejection_channel_valid"
            ),
            models.CheckConstraint(
                condition=Q(door_open__in=DoorOpen.values), name="rejection_door_open_valid"
            ),
            models.CheckConstraint(
                condition=Q(reapply_after__isnull=True) | Q(door_open=DoorOpen.YES),
                name="rejection_reapply_only_with_door_open",
                violation_error_message="A reapply date only fits when they left the door open.",
            ),
            date_range_constraint("received_on", "rejection"),
            date_range_constraint("reapply_after", "rejection"),
        ]

    def __str__(self) -> str:
        return f"Rejection: {self.application}"

    def get_absolute_url(self) -> str:
        return reverse("rejections:workspace", args=[self.pk])


class StepSkip(models.Model):
    """A step that does not fit this rejection, with the reason; it counts as resolved."""

    rejection = models.ForeignKey(Rejection, on_delete=models.CASCADE, related_name="skips")
    step = models.CharField(max_length=20, choices=Step)
    reason = models.CharField(max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["rejection", "step"], name="one_skip_per_step"),
            models.CheckConstraint(
                condition=Q(step__in=[step.value for step in SKIPPABLE_STEPS]),
                name="stepskip_step_skippable",
            ),
            models.CheckConstraint(condition=~Q(reason=""), name="stepskip_reason_required"),
        ]

    def __str__(self) -> str:
        return f"{self.get_step_display()} skipped: {self.reason}"


class LetterKind(models.TextChoices):
    THANK_YOU = "thank_you", "Thank-you note"
    FEEDBACK_REQUEST = "feedback_request", "Feedback request"
    KEEP_IN_TOUCH = "keep_in_touch", "Keep in touch"
    OTHER = "other", "Other"


class LetterTemplate(models.Model):
    """A site-wide letter template, edited by staff in the admin. Placeholders only."""

    Kind = LetterKind

    kind = models.CharField(max_length=20, choices=Kind)
    name = models.CharField(max_length=100)
    subject = models.CharField(
        max_length=200, validators=[validate_single_line, letters.validate_template_text]
    )
    body = models.TextField(max_length=5_000, validators=[letters.validate_template_text])
    active = models.BooleanField(
        default=True, help_text="Offered to users when they write a letter."
    )
    is_default = models.BooleanField(
        "default for its kind", default=False, help_text="Preselected; one per kind."
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["kind", "-is_default", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind"],
                condition=Q(is_default=True),
                name="one_default_template_per_kind",
                violation_error_message="There is already a default template of this kind.",
            ),
            models.CheckConstraint(
                condition=Q(kind__in=LetterKind.values),
                name="lettertemplate_kind_valid",
            ),
            models.CheckConstraint(
                condition=Q(is_default=False) | Q(active=True),
                name="default_template_is_active",
                violation_error_message="A default template must be active.",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.get_kind_display()})"


class LetterStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    SENT = "sent", "Sent"


class Letter(models.Model):
    """A letter generated for one rejection and one recipient.

    Subject and body are a snapshot: editing the template later never changes them.
    """

    Status = LetterStatus

    rejection = models.ForeignKey(Rejection, on_delete=models.CASCADE, related_name="letters")
    template = models.ForeignKey(
        LetterTemplate, on_delete=models.SET_NULL, null=True, blank=True, related_name="letters"
    )
    kind = models.CharField(max_length=20, choices=LetterTemplate.Kind)
    recipient_contact = models.ForeignKey(
        Contact, on_delete=models.SET_NULL, null=True, blank=True, related_name="letters"
    )
    recipient_name = models.CharField(max_length=200, blank=True, validators=[validate_single_line])
    recipient_email = models.EmailField(blank=True)
    subject = models.CharField(max_length=200, validators=[validate_single_line])
    body = models.TextField(max_length=10_000)
    status = models.CharField(max_length=10, choices=Status, default=Status.DRAFT)
    sent_on = models.DateField(null=True, blank=True, validators=[validate_reasonable_date])
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["rejection", "kind", "status"], name="letter_rej_kind_status")
        ]
        constraints = [
            models.CheckConstraint(
                condition=(Q(status=LetterStatus.DRAFT) & Q(sent_on__isnull=True))
                | (Q(status=LetterStatus.SENT) & Q(sent_on__isnull=False)),
                name="letter_sent_has_date",
            ),
        ]

    def __str__(self) -> str:
        return self.subject

    def get_absolute_url(self) -> str:
        return reverse("rejections:letter-detail", args=[self.pk])


class SentLetter(models.Model):
    """One letter this site mailed for a user: who, to whom, what subject, when, and the
    message's ``Message-ID``.

    Kept when the letter itself is deleted, because it is what the daily send cap counts
    and what the user's "Sent mail" page lists; it goes with the user's account. It holds
    no body. Staff see who sent to whom and when, never the subject.
    """

    PRIVATE_FIELDS = ("subject",)

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="sent_letters"
    )
    letter = models.ForeignKey(
        Letter, on_delete=models.SET_NULL, null=True, blank=True, related_name="sendings"
    )
    recipient_name = models.CharField(max_length=200, blank=True)
    recipient_email = models.EmailField()
    subject = models.CharField(max_length=200)
    message_id = models.CharField("Message-ID", max_length=255)
    sent_at = models.DateTimeField(default=timezone.now)

    objects = OwnedQuerySet.as_manager()

    class Meta:
        ordering = ["-sent_at", "-pk"]
        indexes = [models.Index(fields=["owner", "-sent_at"], name="sentletter_owner_sent")]

    def __str__(self) -> str:
        return f"To {self.recipient_email} on {self.sent_at:%Y-%m-%d %H:%M}"


class Reflection(models.Model):
    #: All of the writing is its author's alone (``core.admin`` hides it from staff).
    PRIVATE_FIELDS = ("went_well", "to_improve", "lessons", "next_actions", "tags")

    rejection = models.ForeignKey(Rejection, on_delete=models.CASCADE, related_name="reflections")
    written_on = models.DateField(default=timezone.localdate, validators=[validate_reasonable_date])
    went_well = models.TextField("what went well", blank=True, max_length=NOTES_MAX_LENGTH)
    to_improve = models.TextField("what to improve", blank=True, max_length=NOTES_MAX_LENGTH)
    lessons = models.TextField(blank=True, max_length=NOTES_MAX_LENGTH)
    next_actions = models.TextField(
        blank=True,
        max_length=NOTES_MAX_LENGTH,
        help_text="Concrete things you will do, one per line.",
    )
    tags = models.CharField(
        max_length=300, blank=True, help_text="Comma-separated, e.g. system design, nerves"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-written_on", "-pk"]
        constraints = [date_range_constraint("written_on", "reflection")]

    def __str__(self) -> str:
        return f"Reflection on {self.rejection.application} ({self.written_on})"

    @property
    def tag_list(self) -> list[str]:
        return [tag for tag in (t.strip() for t in self.tags.split(",")) if tag]

    @property
    def next_action_list(self) -> list[str]:
        return [
            line.strip(" -*•\t") for line in self.next_actions.splitlines() if line.strip(" -*•\t")
        ]


class NetworkingLink(models.Model):
    """A contact to keep in touch with after a rejection, with a planned check-in."""

    class Channel(models.TextChoices):
        EMAIL = "email", "E-mail"
        LINKEDIN = "linkedin", "LinkedIn"
        PHONE = "phone", "Phone"
        COFFEE = "coffee", "Coffee or meeting"
        OTHER = "other", "Other"

    rejection = models.ForeignKey(Rejection, on_delete=models.CASCADE, related_name="network")
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="networking_links")
    check_in_on = models.DateField(
        "planned check-in", null=True, blank=True, validators=[validate_reasonable_date]
    )
    channel = models.CharField(max_length=20, choices=Channel, default=Channel.EMAIL)
    note = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # The calendar feed's DTSTAMP, LAST-MODIFIED and SEQUENCE for this check-in.
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["check_in_on", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["rejection", "contact"], name="one_link_per_contact"),
        ]

    def __str__(self) -> str:
        return f"{self.contact} ({self.rejection.application})"


class SelfCareNote(models.Model):
    #: How the person felt and what they wrote stay theirs (``core.admin``); the date and
    #: the activity's short name are not private.
    PRIVATE_FIELDS = ("mood", "note")

    class Mood(models.IntegerChoices):
        VERY_LOW = 1, "1 – very low"
        LOW = 2, "2 – low"
        OKAY = 3, "3 – okay"
        GOOD = 4, "4 – good"
        GREAT = 5, "5 – great"

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="self_care_notes"
    )
    rejection = models.ForeignKey(
        Rejection, on_delete=models.SET_NULL, null=True, blank=True, related_name="self_care_notes"
    )
    date = models.DateField(default=timezone.localdate, validators=[validate_reasonable_date])
    activity = models.CharField(max_length=200, help_text="e.g. a long walk, dinner with friends")
    mood = models.PositiveSmallIntegerField(choices=Mood, default=Mood.OKAY)
    note = models.TextField(blank=True, max_length=NOTES_MAX_LENGTH)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = OwnedQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "-pk"]
        indexes = [models.Index(fields=["owner", "-date"], name="selfcare_owner_date")]
        constraints = [
            models.CheckConstraint(
                condition=Q(mood__gte=1) & Q(mood__lte=5),
                name="selfcare_mood_1_to_5",
                violation_error_message="Mood is a number from 1 to 5.",
            ),
            date_range_constraint("date", "selfcarenote"),
        ]

    def __str__(self) -> str:
        return f"{self.date}: {self.activity}"


def letter_values(
    rejection: Rejection, *, interviewer_name: str = "", your_name: str = ""
) -> dict[str, str]:
    """The fixed mapping of plain strings a letter about ``rejection`` is rendered with."""
    application = rejection.application
    # The last interview that took place: not a cancelled one, not one still to come.
    last_interview = (
        application.interviews.filter(scheduled_at__lte=timezone.now())
        .exclude(outcome=Outcome.CANCELLED)
        .order_by("-scheduled_at")
        .first()
    )
    return letters.placeholder_values(
        company_name=application.company.name,
        position_title=application.position_title,
        interviewer_name=interviewer_name,
        your_name=your_name,
        last_interview_at=last_interview.scheduled_at if last_interview else None,
        received_on=rejection.received_on,
        stage=rejection.stage,
    )


class SetbackPlan(models.Model):
    """ "If they say no, I will …": an if-then plan made while an application is still open.

    One per application. When the rejection comes, its workspace shows the plan first and
    offers its actions as the reflection's next actions (``rejections.plans``).
    """

    application = models.OneToOneField(
        Application, on_delete=models.CASCADE, related_name="setback_plan"
    )
    actions = models.TextField(
        "if they say no, I will …",
        max_length=SHORT_TEXT,
        help_text="One action per line.",
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.CheckConstraint(condition=~Q(actions=""), name="setbackplan_has_actions"),
        ]

    def __str__(self) -> str:
        return f"Plan for a no: {self.application}"

    @property
    def action_list(self) -> list[str]:
        return [line.strip() for line in self.actions.splitlines() if line.strip()]


class WritingKind(models.TextChoices):
    EXPRESSIVE = "expressive", "Thoughts and feelings"
    COMPASSION = "compassion", "A letter from a friend"


#: Guided writing after a rejection: at most this many sessions, one a day.
WRITING_SESSIONS = 5


class WritingSessionQuerySet(OwnedQuerySet):
    def finished(self) -> Self:
        return self.filter(finished_on__isnull=False)


class WritingSession(models.Model):
    """One session of private writing about a rejection (``rejections.writing``).

    The text is its author's alone: the model has no admin (a test proves the admin has no
    way to it) and ``core.admin`` keeps the text out of every admin that could reach it
    across a relation. The owner is kept on the row so step 8 ("self-care") and the
    export find a user's sessions without a join.
    """

    PRIVATE_FIELDS = ("text",)

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="writing_sessions"
    )
    rejection = models.ForeignKey(
        Rejection, on_delete=models.CASCADE, related_name="writing_sessions"
    )
    number = models.PositiveSmallIntegerField()
    kind = models.CharField(max_length=20, choices=WritingKind, default=WritingKind.EXPRESSIVE)
    text = models.TextField(blank=True, max_length=30_000)
    #: The day it was begun, in the writer's time zone.
    started_on = models.DateField(default=timezone.localdate, validators=[validate_reasonable_date])
    #: The day the writer said they were done; a finished session counts as self-care.
    finished_on = models.DateField(null=True, blank=True, validators=[validate_reasonable_date])
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    objects = WritingSessionQuerySet.as_manager()

    class Meta:
        ordering = ["number"]
        indexes = [models.Index(fields=["owner", "finished_on"], name="writing_owner_finished")]
        constraints = [
            models.UniqueConstraint(fields=["rejection", "number"], name="one_session_per_number"),
            models.CheckConstraint(
                condition=Q(number__gte=1) & Q(number__lte=WRITING_SESSIONS),
                name="writingsession_number_1_to_5",
            ),
            models.CheckConstraint(
                condition=Q(kind__in=WritingKind.values), name="writingsession_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(finished_on__isnull=True) | Q(finished_on__gte=F("started_on")),
                name="writingsession_finished_after_start",
            ),
            date_range_constraint("started_on", "writingsession"),
            date_range_constraint("finished_on", "writingsession"),
        ]

    def __str__(self) -> str:
        return f"Writing session {self.number} ({self.started_on})"

    @property
    def finished(self) -> bool:
        return self.finished_on is not None
