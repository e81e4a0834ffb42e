from allauth.account import views as allauth_views
from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from accounts import emails, invitations
from accounts.adapter import signup_closed_response
from accounts.forms import InvitationForm, PreferencesForm, ProfileForm
from accounts.middleware import activate_preferences
from accounts.models import Invitation, Preferences


class SignupView(allauth_views.SignupView):
    """allauth's sign-up; a closed sign-up answers 403 with a page that says so."""

    def closed(self) -> HttpResponse:
        return signup_closed_response(self.request)


signup = SignupView.as_view()


@login_required
@require_http_methods(["GET", "POST"])
def profile(request: HttpRequest) -> HttpResponse:
    """Your name and e-mail address, your time zone and how pages look."""
    # Before the form runs: an invalid form leaves its values on request.user.
    email_verified = emails.has_verified_email(request.user)
    data = request.POST or None
    form = ProfileForm(data, instance=request.user)
    preferences_form = PreferencesForm(data, instance=Preferences.objects.of(request.user))
    if request.method == "POST" and form.is_valid() & preferences_form.is_valid():
        email_changed = form.email_changed
        with transaction.atomic():
            user = form.save()
            preferences = preferences_form.save()
            if email_changed:
                emails.change_address(user, user.email)
        request.user.preferences = preferences
        activate_preferences(request, preferences)
        messages.success(request, "Saved your details.")
        if email_changed:
            emails.send_verification(request, user)
            messages.info(
                request,
                f"We sent a link to {user.email}: open it to confirm the new address. "
                "Until then no letters are sent for you.",
            )
        return redirect("profile")
    return render(
        request,
        "registration/profile.html",
        {
            "form": form,
            "preferences_form": preferences_form,
            "email_verified": email_verified,
            "mfa_enabled": is_mfa_enabled(request.user),
        },
    )


@login_required
@require_POST
def send_verification(request: HttpRequest) -> HttpResponse:
    """Mail a new verification link for the current address (Your details)."""
    if emails.has_verified_email(request.user):
        messages.info(request, f"{request.user.email} is already confirmed.")
    elif emails.send_verification(request, request.user):
        messages.success(
            request, f"We sent a link to {request.user.email}. Open it to confirm the address."
        )
    else:
        messages.warning(
            request,
            "A link was sent a moment ago. Check your inbox (and spam folder), or try again "
            "in a few minutes.",
        )
    return redirect("profile")


# --- Invitations ----------------------------------------------------------------------


@require_http_methods(["GET", "HEAD"])
def accept_invitation(request: HttpRequest, token: str) -> HttpResponse:
    """An invitation link: opens sign-up for this visitor, or says why it cannot."""
    invitation = Invitation.objects.filter(token=token).first()
    if request.user.is_authenticated:
        return redirect("home:dashboard")
    if invitation is None or not invitation.is_usable:
        return render(
            request,
            "account/invitation_invalid.html",
            {"reason": invitation.status if invitation else "unknown"},
            status=404 if invitation is None else 410,
        )
    invitations.remember(request, invitation)
    return redirect("account_signup")


def _staff_or_404(request: HttpRequest) -> None:
    # Other users are not told the page exists.
    if not request.user.is_staff:
        raise Http404


@login_required
@require_http_methods(["GET", "POST"])
def invitation_list(request: HttpRequest) -> HttpResponse:
    """Staff: the invitations made so far, and a form for a new one."""
    _staff_or_404(request)
    form = InvitationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        invitation = form.save(commit=False)
        invitation.created_by = request.user
        invitation.save()
        messages.success(
            request,
            "Invitation created. Copy its link below and send it to the person you invite.",
        )
        return redirect("account_invitations")
    invitations_shown = Invitation.objects.select_related("created_by", "used_by")[:200]
    return render(
        request,
        "account/invitations.html",
        {
            "form": form,
            "invitations": invitations_shown,
            "site_url": settings.SITE_URL,
            "signup_open_setting": settings.SIGNUP_OPEN,
        },
    )


@login_required
@require_POST
def revoke_invitation(request: HttpRequest, pk: int) -> HttpResponse:
    _staff_or_404(request)
    invitation = get_object_or_404(Invitation, pk=pk)
    if invitation.used_at is None and invitation.revoked_at is None:
        invitation.revoked_at = timezone.now()
        invitation.save(update_fields=["revoked_at"])
        messages.success(request, "Invitation revoked: its link no longer opens sign-up.")
    else:
        messages.info(request, f"That invitation was already {invitation.status}.")
    return redirect("account_invitations")
