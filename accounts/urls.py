from django.urls import include, path

from accounts import views

urlpatterns = [
    path("signup/", views.signup, name="signup"),
    # Login, logout, password change and reset: Django's own views and URL names.
    path("", include("django.contrib.auth.urls")),
]
