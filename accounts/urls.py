from django.urls import include, path

from accounts import views

urlpatterns = [
    path("signup/", views.signup, name="signup"),
    path("profile/", views.profile, name="profile"),
    # Login, logout, password change and reset: Django's own views and URL names.
    path("", include("django.contrib.auth.urls")),
]
