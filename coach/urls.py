from django.urls import path

from coach import views

app_name = "coach"

urlpatterns = [
    # The person who shares: their coaches, invitations, the view log and shared notes.
    path("sharing/", views.sharing, name="sharing"),
    path(
        "sharing/invitations/<int:pk>/withdraw/",
        views.withdraw_invitation,
        name="invitation-withdraw",
    ),
    path("sharing/coaches/<int:pk>/revoke/", views.revoke_coach, name="revoke"),
    path("sharing/notes/", views.shared_notes_choice, name="notes-choice"),
    path("sharing/notes/reflection/<int:pk>/", views.share_reflection, name="share-reflection"),
    path("sharing/notes/self-care/<int:pk>/", views.share_self_care, name="share-self-care"),
    # The coach: read-only pages about the people they coach (GET only).
    path("coach/", views.coach_home, name="home"),
    path("coach/join/<str:signed>/", views.join, name="join"),
    path("coach/<int:person>/", views.overview, name="overview"),
    path("coach/<int:person>/applications/", views.applications, name="applications"),
    path("coach/<int:person>/rejections/", views.rejections, name="rejections"),
    path("coach/<int:person>/letters/", views.letters, name="letters"),
    path("coach/<int:person>/notes/", views.notes, name="notes"),
]
