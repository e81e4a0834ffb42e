from django.urls import path

from home import views

app_name = "home"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("choices/<slug:kind>/", views.find_choices, name="choices"),
    path("help/", views.help_page, name="help"),
    path(
        "getting-started/dismiss/",
        views.dismiss_getting_started,
        name="getting-started-dismiss",
    ),
]
