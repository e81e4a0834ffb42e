from django.urls import include, path

from accounts import views

urlpatterns = [
    path("signup/", views.signup, name="signup"),
    path("profile/", views.profile, name="profile"),
    # Before Django's own URLs: the reset link comes from SITE_URL, not the Host header.
    path("password_reset/", views.PasswordResetView.as_view(), name="password_reset"),
    # Login, logout, password change and reset: Django's own views and URL names.
    path("", include("django.contrib.auth.urls")),
]
