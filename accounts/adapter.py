"""What Rebound adds to django-allauth's account flows.

- Who may sign up: anyone while ``SIGNUP_OPEN`` is on, the first account of a fresh install,
  and whoever opened a valid invitation link (``accounts.invitations``).
- The first account becomes the administrator, and two first sign-ups at once cannot both
  become one (a PostgreSQL advisory lock; SQLite takes its write lock at the first write).
- Links in mails (password reset, verification, "you already have an account") point at
  ``SITE_URL``, never at the Host header of the request that asked for them.
- Signing in lands in the ``PreferencesModelBackend`` session, whichever way it happened.
"""

from types import SimpleNamespace
from urllib.parse import quote, urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core.exceptions import ImmediateHttpResponse
from allauth.mfa.adapter import DefaultMFAAdapter
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.http import HttpRequest
from django.shortcuts import render
from django.urls import reverse

from accounts import invitations
from accounts.lockout import client_ip

#: Advisory lock key that serialises sign-ups on PostgreSQL (any fixed number works).
FIRST_ACCOUNT_LOCK = 727_001

BACKEND = "accounts.backends.PreferencesModelBackend"


def site_url(path: str) -> str:
    """An absolute link to ``path`` on the site as ``SITE_URL`` names it."""
    return settings.SITE_URL + path


def is_first_account() -> bool:
    return not get_user_model().objects.exists()


def signup_closed_response(request: HttpRequest):
    return render(request, "account/signup_closed.html", status=403)


class AccountAdapter(DefaultAccountAdapter):
    # --- Who may sign up ----------------------------------------------------------------

    def is_open_for_signup(self, request: HttpRequest) -> bool:
        return (
            settings.SIGNUP_OPEN
            or invitations.from_session(request) is not None
            or is_first_account()
        )

    def clean_email(self, email: str) -> str:
        email = super().clean_email(email).strip().lower()
        invitation = invitations.from_session(self.request)
        if (
            invitation is not None
            and invitation.email
            and not settings.SIGNUP_OPEN
            and invitation.email.lower() != email
        ):
            raise forms.ValidationError(
                "This invitation is for another e-mail address: sign up with the address "
                "it was sent to, or ask for a new invitation."
            )
        return email

    def save_user(self, request: HttpRequest, user, form, commit: bool = True):
        """The new account, its preferences, and the invitation it used, all or nothing."""
        user = super().save_user(request, user, form, commit=False)
        with transaction.atomic():
            if connection.vendor == "postgresql":
                # Two simultaneous first sign-ups must not both become administrator.
                with connection.cursor() as cursor:
                    cursor.execute("SELECT pg_advisory_xact_lock(%s)", [FIRST_ACCOUNT_LOCK])
            first = is_first_account()
            invitation = None
            if not (first or settings.SIGNUP_OPEN):
                # The invitation row is locked and checked again in this transaction, so
                # one link opened in two tabs opens sign-up only once.
                invitation = invitations.claim(request)
                if invitation is None:
                    raise ImmediateHttpResponse(signup_closed_response(request))
            # The first account on a fresh install administers it (templates in /admin/).
            user.is_staff = user.is_superuser = first
            user.save()
            if invitation is not None:
                invitations.use(request, invitation, user)
            form.save_preferences(user)
        if first:
            messages.success(
                request,
                "Welcome to Rebound! As the first account you are also the administrator: "
                "letter templates live in the admin, and you invite others from "
                f"Invitations in the menu under your name. We sent a link to {user.email} "
                "to confirm your address.",
            )
            # The welcome says it all: no second "confirmation sent" box under it.
            request._rebound_welcomed = True
        return user

    def add_message(self, request, level, message_template=None, *args, **kwargs) -> None:
        if getattr(request, "_rebound_welcomed", False) and message_template == (
            "account/messages/email_confirmation_sent.txt"
        ):
            return
        super().add_message(request, level, message_template, *args, **kwargs)

    # --- Signing in ---------------------------------------------------------------------

    def get_client_ip(self, request: HttpRequest) -> str:
        """allauth's rate limits count the address lock-out counts (proxy-aware)."""
        return client_ip(request)

    def pre_authenticate(self, request: HttpRequest, **credentials) -> None:
        """Failed passwords are counted by django-axes (its lock-out page, its rules), not
        a second time by allauth. allauth's counter still guards the two-factor codes."""

    def login(self, request: HttpRequest, user) -> None:
        # Whatever proved who they are (password, passkey, e-mail link), the session's
        # backend is the one that loads their preferences with them.
        user.backend = BACKEND
        super().login(request, user)

    def get_login_stages(self) -> list[str]:
        return [
            "accounts.stages.EmailVerificationStage"
            if path == "allauth.account.stages.EmailVerificationStage"
            else path
            for path in super().get_login_stages()
        ]

    def get_signup_redirect_url(self, request: HttpRequest) -> str:
        return reverse(settings.LOGIN_REDIRECT_URL)

    # --- Links and mail -----------------------------------------------------------------

    def get_reset_password_from_key_url(self, key: str) -> str:
        # allauth's key is "<uid>-<token>", which its URL takes as two parts.
        path = reverse("account_reset_password_from_key", kwargs={"uidb36": "UID", "key": "KEY"})
        return site_url(path.replace("UID-KEY", quote(key)))

    def get_email_confirmation_url(self, request: HttpRequest, emailconfirmation) -> str:
        return site_url(reverse("account_confirm_email", args=[emailconfirmation.key]))

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """Every mail names the site and links to it as ``SITE_URL`` says.

        allauth builds some links itself from the request (the sign-up and reset links in
        "you already have an account" and "no account for this address" mails): whatever
        the Host header said, those are put back on ``SITE_URL`` here.
        """
        request = context.get("request") or self.request
        if request is not None:
            asked_origin = request.build_absolute_uri("/")[:-1]
            for key, value in list(context.items()):
                if isinstance(value, str) and value.startswith(asked_origin + "/"):
                    context[key] = site_url(value[len(asked_origin) :])
        netloc = urlsplit(settings.SITE_URL).netloc
        context = {
            **context,
            "current_site": SimpleNamespace(name="Rebound", domain=netloc),
            "site_url": settings.SITE_URL,
        }
        super().send_mail(template_prefix, email, context)


class MFAAdapter(DefaultMFAAdapter):
    def get_public_key_credential_rp_entity(self) -> dict[str, str]:
        # Passkeys are bound to the site's own domain, not to whatever Host a request had.
        return {"id": urlsplit(settings.SITE_URL).hostname or "localhost", "name": "Rebound"}
