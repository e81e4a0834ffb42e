from django.urls import path

from core import views

app_name = "core"

urlpatterns = [
    path("tasks/<int:pk>/", views.job_detail, name="job"),
    path("tasks/<int:pk>/retry/", views.job_retry, name="job-retry"),
]
