"""Inviting a coach, accepting, ending, sharing single notes, and logging a coach's views.

Every change goes through here, atomic, with keyword-only arguments. Invitations never
tell the inviter whether what they typed names an account (``invite``).
"""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.db import IntegrityError, models, transaction
from django.db.models import Q
from django.http import HttpRequest
from django.utils import timezone

from accounts.emails import has_verified_email
from accounts.models import Invitation
from coach.models import Coaching, CoachInvitation, CoachView, SharedNote
from coach.tasks import SALT, mail_invitation
from rejections.models import Reflection, SelfCareNote

#: How many invitations one person may have waiting at once: enough for a few coaches,
#: too few to use the site as a mailer.
OPEN_INVITATIONS_LIMIT = 10
#: How many invitations one person may make in 24 hours, withdrawn ones included (inviting
#: and withdrawing in a loop must not mail an address again and again), and how many of
#: them to one username or address.
DAILY_INVITATIONS_LIMIT = 20
DAILY_INVITATIONS_PER_ADDRESS = 3


class CoachingRefused(Exception):
    """What the person asked for cannot be done; the message says why, for them."""


def invitation_from_link(value: str) -> CoachInvitation | None:
    """The invitation a signed link names, if the signature holds and it has not expired."""
    max_age = datetime.timedelta(days=settings.INVITATION_DAYS)
    try:
        token = signing.TimestampSigner(salt=SALT).unsign(value, max_age=max_age)
    except signing.BadSignature:
        return None
    return CoachInvitation.objects.select_related("owner").filter(token=token).first()


def _account_named(invited: str):
    """The account whose username this is, or whose *confirmed* address it is, if any. An
    address someone merely typed on their profile never makes an invitation theirs."""
    users = get_user_model().objects.filter(is_active=True)
    if "@" in invited:
        return (
            users.filter(emailaddress__email__iexact=invited, emailaddress__verified=True)
            .order_by("pk")
            .first()
        )
    return users.filter(username__iexact=invited).first()


def _meant_for(invitation: CoachInvitation, user) -> bool:
    """Whether ``user`` is the one invited: the account it was made for, or, for an
    invitation mailed to an address, the account that has confirmed that address."""
    if invitation.target_user_id is not None:
        return invitation.target_user_id == user.pk
    if invitation.email:
        return has_verified_email(user) and user.email.lower() == invitation.email.lower()
    return False


def _open_invitations_to(*, owner, coach) -> "models.QuerySet[CoachInvitation]":
    """The owner's usable invitations that ``coach`` could accept."""
    meant = Q(target_user=coach)
    if coach.email:
        meant |= Q(target_user__isnull=True, email__iexact=coach.email)
    return CoachInvitation.objects.for_user(owner).usable().filter(meant)


@transaction.atomic
def invite(*, owner, invited: str) -> CoachInvitation:
    """Invite a coach by username or e-mail address.

    The reply is the same whether or not an account answers to ``invited``: the inviter is
    only ever shown what they typed. An address is mailed the link (the person may sign up
    through it); an account found by its username gets the link by mail if its address is
    confirmed, and sees the invitation on its Coaching page either way.
    """
    invited = invited.strip()
    if not invited:
        raise CoachingRefused("Type the username or e-mail address of the person to invite.")
    is_address = "@" in invited
    if is_address and not has_verified_email(owner):
        raise CoachingRefused(
            "Confirm your own e-mail address first (on Your details): an invitation by "
            "e-mail goes out in your name. You can invite an account by its username now."
        )
    if invited.lower() in {owner.get_username().lower(), (owner.email or "").lower()}:
        raise CoachingRefused("That is you: invite someone else to coach you.")
    today = CoachInvitation.objects.for_user(owner).filter(
        created_at__gte=timezone.now() - datetime.timedelta(days=1)
    )
    if today.count() >= DAILY_INVITATIONS_LIMIT:
        raise CoachingRefused(
            f"You have made {DAILY_INVITATIONS_LIMIT} invitations in the last 24 hours. "
            "Try again tomorrow."
        )
    if today.filter(invited__iexact=invited).count() >= DAILY_INVITATIONS_PER_ADDRESS:
        raise CoachingRefused(
            f"“{invited}” was invited {DAILY_INVITATIONS_PER_ADDRESS} times in the last 24 "
            "hours. Try again tomorrow, or send them the link you already have."
        )
    if CoachInvitation.objects.for_user(owner).usable().count() >= OPEN_INVITATIONS_LIMIT:
        raise CoachingRefused(
            f"You have {OPEN_INVITATIONS_LIMIT} invitations waiting. Withdraw one, or wait "
            "until one is answered, before inviting someone else."
        )
    if CoachInvitation.objects.for_user(owner).usable().filter(invited__iexact=invited).exists():
        raise CoachingRefused(f"“{invited}” already has an invitation from you, still open.")
    target = _account_named(invited)
    if target is not None and target.pk == owner.pk:
        raise CoachingRefused("That is you: invite someone else to coach you.")
    invitation = CoachInvitation(owner=owner, invited=invited, target_user=target)
    if is_address:
        invitation.email = invited.lower()
        # While sign-up is closed, the link opens it for this address only (and once).
        invitation.signup_invitation = Invitation.objects.create(
            email=invitation.email,
            note=f"Coach for {owner.get_username()}"[:200],
            created_by=owner,
            expires_at=invitation.expires_at,
        )
    invitation.full_clean(exclude=["token"])
    invitation.save()
    transaction.on_commit(lambda: mail_invitation.enqueue(invitation.pk))
    return invitation


@transaction.atomic
def withdraw(*, owner, invitation_id: int) -> CoachInvitation:
    invitation = (
        CoachInvitation.objects.for_user(owner).select_for_update().filter(pk=invitation_id).first()
    )
    if invitation is None:
        raise CoachInvitation.DoesNotExist
    if invitation.is_usable:
        _end(invitation)
    return invitation


def _end(invitation: CoachInvitation) -> None:
    invitation.ended_at = timezone.now()
    invitation.save(update_fields=["ended_at"])
    signup = invitation.signup_invitation
    if signup is not None and signup.used_at is None and signup.revoked_at is None:
        signup.revoked_at = invitation.ended_at
        signup.save(update_fields=["revoked_at"])


@transaction.atomic
def accept(*, invitation_id: int, coach) -> Coaching:
    """The invited person becomes a coach of the inviter (the link is then used up)."""
    invitation = (
        CoachInvitation.objects.select_for_update()
        .select_related("owner")
        .filter(pk=invitation_id)
        .first()
    )
    if invitation is None or not invitation.is_usable:
        raise CoachingRefused("This invitation is no longer open: ask for a new one.")
    if invitation.owner_id == coach.pk:
        raise CoachingRefused("This is your own invitation: send the link to your coach.")
    if not _meant_for(invitation, coach):
        if invitation.target_user_id is None and invitation.email:
            raise CoachingRefused(
                "This invitation was sent to an e-mail address. Sign in with the account "
                "whose confirmed address that is (or confirm it on Your details), then "
                "open the link again."
            )
        raise CoachingRefused("This invitation is for another account.")
    invitation.accepted_at = timezone.now()
    invitation.save(update_fields=["accepted_at"])
    # Any other invitation to this coach is spent too: after a revocation, none may be
    # left for the coach to come back through on their own.
    for other in _open_invitations_to(owner=invitation.owner, coach=coach).select_for_update():
        _end(other)
    coaching, _ = Coaching.objects.get_or_create(person=invitation.owner, coach=coach)
    return coaching


@transaction.atomic
def decline(*, invitation_id: int, coach) -> None:
    invitation = CoachInvitation.objects.select_for_update().filter(pk=invitation_id).first()
    if invitation is None or not invitation.is_usable or invitation.owner_id == coach.pk:
        return
    if not _meant_for(invitation, coach):
        return
    _end(invitation)


@transaction.atomic
def revoke(*, person, coaching_id: int) -> str:
    """End a coaching at once: the coach's next page is a 404. Returns the coach's name."""
    coaching = (
        Coaching.objects.coaches_of(person).select_related("coach").filter(pk=coaching_id).first()
    )
    if coaching is None:
        raise Coaching.DoesNotExist
    name = coaching.coach.get_username()
    for invitation in _open_invitations_to(owner=person, coach=coaching.coach).select_for_update():
        _end(invitation)
    coaching.delete()
    return name


@transaction.atomic
def set_shared(
    *, owner, reflection_id: int | None = None, note_id: int | None = None, shared: bool
) -> SharedNote | None:
    """Share one reflection or one self-care note with every coach, or stop sharing it."""
    if (reflection_id is None) == (note_id is None):
        raise ValueError("Name exactly one reflection or one self-care note.")
    if reflection_id is not None:
        item = Reflection.objects.get(pk=reflection_id, rejection__application__owner=owner)
        lookup = Q(reflection=item)
        fields = {"reflection": item}
    else:
        item = SelfCareNote.objects.for_user(owner).get(pk=note_id)
        lookup = Q(self_care_note=item)
        fields = {"self_care_note": item}
    existing = SharedNote.objects.for_user(owner).filter(lookup).first()
    if not shared:
        if existing is not None:
            existing.delete()
        return None
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            return SharedNote.objects.create(owner=owner, **fields)
    except IntegrityError:  # shared twice at once: one row is enough
        return SharedNote.objects.for_user(owner).get(lookup)


def log_view(*, request: HttpRequest, person, page: str) -> CoachView:
    """Record that the signed-in coach opened ``page`` of ``person``'s progress."""
    coach = request.user
    return CoachView.objects.create(
        person=person,
        coach=coach,
        coach_name=coach.get_username(),
        page=page[:100],
        path=request.get_full_path()[:300],
    )
