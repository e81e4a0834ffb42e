from django.urls import path, re_path

from reminders import views

app_name = "reminders"

urlpatterns = [
    path("settings/reminders/", views.reminder_settings, name="settings"),
    path("settings/reminders/digest/", views.digest_update, name="digest"),
    path("settings/reminders/alarm/", views.interview_alarm_update, name="alarm"),
    path(
        "settings/reminders/calendar/regenerate/",
        views.calendar_token_regenerate,
        name="calendar-regenerate",
    ),
    # Tokens come from secrets.token_urlsafe: letters, digits, "-" and "_".
    re_path(
        r"^calendar/(?P<token>[A-Za-z0-9_-]{20,64})\.ics$",
        views.calendar_feed,
        name="calendar-feed",
    ),
]
