"""allauth's sign-in stages, as Rebound runs them (``AccountAdapter.get_login_stages``)."""

from allauth.account import app_settings as account_settings
from allauth.account.internal import flows  # noqa: F401  (loaded before the stages it imports)
from allauth.account.stages import EmailVerificationStage as AllauthEmailVerificationStage
from django.contrib.auth import get_user_model


class EmailVerificationStage(AllauthEmailVerificationStage):
    """Verification blocks the end of a sign-up, never a later sign-in.

    A sign-up ends on "check your e-mail" whether or not the address already had an
    account, so it tells no one which addresses have one. Except for the first account of a
    fresh install: there is nobody to find out about, and the administrator gets in at once
    (a fresh install may not have mail set up yet). Later sign-ins are not held up by an
    unverified address: accounts from before verification existed have one, and sending
    letters checks the address itself (``accounts.emails.has_verified_email``).
    """

    def handle(self):
        first_admin = (
            self.login.user is not None
            and self.login.user.is_superuser
            and get_user_model().objects.count() == 1
        )
        if not self.login.signup or first_admin:
            self.login.email_verification = account_settings.EmailVerificationMethod.OPTIONAL
        return super().handle()
