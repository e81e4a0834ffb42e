"""Sharing one's progress with a coach: invitations, who coaches whom, the notes a person
chose to share, and the log of every page a coach opened.

A coach is another account. What a coach may see is decided in ``coach.views`` (a fixed
read-only subset); nothing here widens it except a ``SharedNote``, which the person makes
for one reflection or one self-care note at a time.
"""

import datetime
import secrets

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone

from accounts.models import Invitation
from core.models import OwnedQuerySet
from rejections.models import Reflection, SelfCareNote


def invitation_expiry() -> datetime.datetime:
    return timezone.now() + datetime.timedelta(days=settings.INVITATION_DAYS)


def new_token() -> str:
    return secrets.token_urlsafe(32)


class CoachInvitationQuerySet(OwnedQuerySet):
    def usable(self) -> "CoachInvitationQuerySet":
        """Not accepted, not withdrawn or declined, not expired."""
        return self.filter(
            accepted_at__isnull=True, ended_at__isnull=True, expires_at__gt=timezone.now()
        )

    def addressed_to(self, user, *, verified_email: str | None) -> "CoachInvitationQuerySet":
        """Usable invitations meant for ``user``: made for their account, or mailed to their
        confirmed address."""
        meant = Q(target_user=user)
        if verified_email:
            meant |= Q(target_user__isnull=True, email__iexact=verified_email)
        return self.usable().filter(meant).exclude(owner=user)


class CoachInvitation(models.Model):
    """An invitation to coach ``owner``, by username or e-mail address, used once.

    ``invited`` is what the owner typed and all they are ever shown: whether it named an
    account (``target_user``) stays on the server, so the sharing page cannot be used to
    find out who has an account here.
    """

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="coach_invitations"
    )
    invited = models.CharField(max_length=254)
    email = models.EmailField(blank=True, help_text="Where the link was mailed, if anywhere.")
    target_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="coach_invitations_received",
    )
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    #: Opens sign-up for the invited address while sign-up is closed (``accounts``).
    signup_invitation = models.OneToOneField(
        Invitation, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(default=invitation_expiry)
    accepted_at = models.DateTimeField(null=True, blank=True)
    #: Withdrawn by the owner or declined by the invited person.
    ended_at = models.DateTimeField(null=True, blank=True)

    objects = CoachInvitationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(accepted_at__isnull=True) | Q(ended_at__isnull=True),
                name="coachinvitation_not_accepted_and_ended",
            ),
            models.CheckConstraint(
                condition=~Q(target_user=F("owner")), name="coachinvitation_not_to_oneself"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.owner} invites {self.invited}"

    @property
    def is_usable(self) -> bool:
        return (
            self.accepted_at is None and self.ended_at is None and self.expires_at > timezone.now()
        )


class CoachingQuerySet(models.QuerySet):
    def coaches_of(self, user) -> "CoachingQuerySet":
        return self.filter(person=user)

    def people_of(self, coach) -> "CoachingQuerySet":
        return self.filter(coach=coach)


class Coaching(models.Model):
    """``coach`` may read ``person``'s shared progress. Revoking deletes the row, so the
    coach's next request is a 404."""

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="coaches"
    )
    coach = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="coached"
    )
    started_at = models.DateTimeField(default=timezone.now)

    objects = CoachingQuerySet.as_manager()

    class Meta:
        ordering = ["started_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["person", "coach"], name="coaching_unique_pair"),
            models.CheckConstraint(condition=~Q(person=F("coach")), name="coaching_not_oneself"),
        ]

    def __str__(self) -> str:
        return f"{self.coach} coaches {self.person}"


class CoachViewQuerySet(models.QuerySet):
    def for_person(self, user) -> "CoachViewQuerySet":
        return self.filter(person=user)


class CoachView(models.Model):
    """One page a coach opened: who, which page, when. Kept after the coaching ends (the
    person's record of who saw what); it goes with the person's account."""

    #: Shown on the sharing page only, which is not cached: a coach's look changes no
    #: cached page of the person (core.pagecache).
    SHOWN_ON_CACHED_PAGES = False

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="coach_views"
    )
    coach = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="coach_views_made",
    )
    #: The coach's username at the time, kept if their account is deleted.
    coach_name = models.CharField(max_length=150)
    page = models.CharField(max_length=100)
    path = models.CharField(max_length=300)
    viewed_at = models.DateTimeField(default=timezone.now)

    objects = CoachViewQuerySet.as_manager()

    class Meta:
        ordering = ["-viewed_at", "-pk"]
        indexes = [models.Index(fields=["person", "-viewed_at"], name="coachview_person_time")]

    def __str__(self) -> str:
        return f"{self.coach_name} opened {self.page}"


class SharedNote(models.Model):
    """One reflection or one self-care note its author chose to show their coaches."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="shared_notes"
    )
    reflection = models.OneToOneField(
        Reflection, on_delete=models.CASCADE, null=True, blank=True, related_name="sharing"
    )
    self_care_note = models.OneToOneField(
        SelfCareNote, on_delete=models.CASCADE, null=True, blank=True, related_name="sharing"
    )
    shared_at = models.DateTimeField(default=timezone.now)

    objects = OwnedQuerySet.as_manager()

    class Meta:
        ordering = ["-shared_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(reflection__isnull=False, self_care_note__isnull=True)
                | Q(reflection__isnull=True, self_care_note__isnull=False),
                name="sharednote_exactly_one_note",
            ),
        ]

    def __str__(self) -> str:
        return f"Shared by {self.owner}"
