from django.urls import path

from tracker import views

app_name = "tracker"

urlpatterns = [
    path("applications/", views.application_list, name="application-list"),
    path("applications/new/", views.application_create, name="application-create"),
    path("applications/<int:pk>/", views.application_detail, name="application-detail"),
    path("applications/<int:pk>/edit/", views.application_update, name="application-update"),
    path("applications/<int:pk>/delete/", views.application_delete, name="application-delete"),
    path("applications/<int:pk>/move/", views.application_move, name="application-move"),
    path("board/", views.board, name="board"),
    path("companies/", views.company_list, name="company-list"),
    path("companies/new/", views.company_create, name="company-create"),
    path("companies/<int:pk>/", views.company_detail, name="company-detail"),
    path("companies/<int:pk>/edit/", views.company_update, name="company-update"),
    path("companies/<int:pk>/delete/", views.company_delete, name="company-delete"),
    path("interviews/", views.interview_list, name="interview-list"),
    path("interviews/new/", views.interview_create, name="interview-create"),
    path("interviews/<int:pk>/", views.interview_detail, name="interview-detail"),
    path("interviews/<int:pk>/edit/", views.interview_update, name="interview-update"),
    path("interviews/<int:pk>/delete/", views.interview_delete, name="interview-delete"),
    path("contacts/", views.contact_list, name="contact-list"),
    path("contacts/new/", views.contact_create, name="contact-create"),
    path("contacts/<int:pk>/", views.contact_detail, name="contact-detail"),
    path("contacts/<int:pk>/edit/", views.contact_update, name="contact-update"),
    path("contacts/<int:pk>/delete/", views.contact_delete, name="contact-delete"),
]
