from allauth.account import views as allauth_views
from django.urls import include, path
from django.views.decorators.http import require_POST
from django.views.generic import RedirectView

from accounts import views

urlpatterns = [
    path("signup/", views.signup, name="account_signup"),
    # Signing out changes data: a form posts it (the menu's button), a GET is refused.
    path("logout/", require_POST(allauth_views.logout), name="account_logout"),
    # One address per account, changed on Your details with the current password.
    path("email/", RedirectView.as_view(pattern_name="profile"), name="account_email"),
    path("profile/", views.profile, name="profile"),
    path("profile/verify/", views.send_verification, name="account_send_verification"),
    path("invitations/", views.invitation_list, name="account_invitations"),
    path(
        "invitations/<int:pk>/revoke/",
        views.revoke_invitation,
        name="account_invitation_revoke",
    ),
    path("invitation/<str:token>/", views.accept_invitation, name="account_invitation"),
    # The names and addresses from before allauth, which templates and bookmarks use.
    path("login/", allauth_views.login, name="login"),
    path("logout/", require_POST(allauth_views.logout), name="logout"),
    path("signup/", views.signup, name="signup"),
    path("password_change/", allauth_views.password_change, name="password_change"),
    path("password_reset/", allauth_views.password_reset, name="password_reset"),
    # allauth: sign-in, sign-up, verification, password change and reset; two-factor.
    path("", include("allauth.urls")),
]
