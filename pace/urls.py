from django.urls import path

from pace import views

app_name = "pace"

urlpatterns = [
    path("goals/", views.goals, name="goals"),
    path("goals/lighter-week/", views.lighter_week, name="lighter-week"),
    path("support/", views.support, name="support"),
]
