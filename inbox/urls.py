from django.urls import path

from inbox import views

app_name = "inbox"

urlpatterns = [
    path("inbox/", views.inbox, name="list"),
    path("inbox/add/", views.add, name="add"),
    path("inbox/settings/", views.mailbox_settings, name="settings"),
    path("inbox/settings/preferences/", views.preferences, name="preferences"),
    path("inbox/settings/check/", views.check_now, name="check"),
    path("inbox/settings/disconnect/", views.disconnect, name="disconnect"),
    path("inbox/delete/", views.delete_all, name="delete-all"),
    path("inbox/<int:pk>/", views.message_text, name="message"),
    path("inbox/<int:pk>/record-rejection/", views.record_rejection, name="record-rejection"),
    path("inbox/<int:pk>/interview/", views.schedule_interview, name="schedule-interview"),
    path("inbox/<int:pk>/mark-applied/", views.mark_applied, name="mark-applied"),
    path("inbox/<int:pk>/offer/", views.move_to_offer, name="move-to-offer"),
    path(
        "inbox/<int:pk>/create-application/",
        views.create_application,
        name="create-application",
    ),
    path("inbox/<int:pk>/dismiss/", views.dismiss, name="dismiss"),
    path("inbox/<int:pk>/not-this-kind/", views.not_this_kind, name="not-this-kind"),
    path("inbox/<int:pk>/undo/", views.undo, name="undo"),
    path("inbox/<int:pk>/delete/", views.delete, name="delete"),
]
