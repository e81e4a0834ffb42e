from urllib.parse import urlsplit

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.db import connection, transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from accounts.forms import PreferencesForm, ProfileForm, SignupForm
from accounts.middleware import activate_preferences
from accounts.models import Preferences
from accounts.signup import signup_allowed

#: Advisory lock key that serialises sign-ups on PostgreSQL (any fixed number works).
FIRST_ACCOUNT_LOCK = 727_001


@require_http_methods(["GET", "POST"])
def signup(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("home:dashboard")
    if not signup_allowed():
        return render(request, "registration/signup_closed.html", status=403)
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            if connection.vendor == "postgresql":
                # Two simultaneous first sign-ups must not both become administrator.
                with connection.cursor() as cursor:
                    cursor.execute("SELECT pg_advisory_xact_lock(%s)", [FIRST_ACCOUNT_LOCK])
            user = form.save(commit=False)
            # The first account on a fresh install administers it (templates in /admin/).
            if not get_user_model().objects.exists():
                user.is_staff = user.is_superuser = True
            user.save()
            preferences = form.save_preferences(user)
        login(request, user, backend="accounts.backends.PreferencesModelBackend")
        activate_preferences(request, preferences)
        if user.is_superuser:
            messages.success(
                request,
                "Welcome to Rebound! As the first account you are also the administrator: "
                "letter templates live in the admin.",
            )
        else:
            messages.success(request, "Welcome to Rebound! Start by adding an application.")
        return redirect("home:dashboard")
    return render(request, "registration/signup.html", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def profile(request: HttpRequest) -> HttpResponse:
    """Your name and e-mail address, your time zone and how pages look."""
    data = request.POST or None
    form = ProfileForm(data, instance=request.user)
    preferences_form = PreferencesForm(data, instance=Preferences.objects.of(request.user))
    if request.method == "POST" and form.is_valid() & preferences_form.is_valid():
        with transaction.atomic():
            form.save()
            preferences = preferences_form.save()
        request.user.preferences = preferences
        activate_preferences(request, preferences)
        messages.success(request, "Saved your details.")
        return redirect("profile")
    return render(
        request,
        "registration/profile.html",
        {"form": form, "preferences_form": preferences_form},
    )


class PasswordResetView(auth_views.PasswordResetView):
    """Django's view, but the link in the e-mail points at ``SITE_URL``.

    Django builds it from the request's Host header (and its scheme), which the person
    asking chooses: with ``Host: evil.example:6666`` the real owner of the account would
    get a genuine token in a link to someone else's server.
    """

    @property
    def extra_email_context(self) -> dict[str, str]:
        site = urlsplit(settings.SITE_URL)
        return {"protocol": site.scheme, "domain": site.netloc, "site_name": site.netloc}
