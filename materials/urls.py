from django.urls import path

from materials import views

app_name = "materials"

urlpatterns = [
    path("materials/", views.document_list, name="document-list"),
    path("materials/new/", views.document_create, name="document-create"),
    path("materials/<int:pk>/", views.document_detail, name="document-detail"),
    path("materials/<int:pk>/delete/", views.document_delete, name="document-delete"),
    path("materials/versions/<int:pk>/download/", views.version_download, name="version-download"),
    path("materials/versions/<int:pk>/text/", views.version_text, name="version-text"),
    path("materials/versions/<int:pk>/delete/", views.version_delete, name="version-delete"),
    path("materials/capture/", views.capture, name="capture"),
    path("materials/sent/<int:pk>/delete/", views.detach, name="detach"),
    path("applications/<int:pk>/sent/", views.attach, name="attach"),
    path("applications/<int:pk>/posting/", views.posting_edit, name="posting"),
    path("applications/<int:pk>/posting/delete/", views.posting_delete, name="posting-delete"),
    path("applications/<int:pk>/fit/", views.fit_page, name="fit"),
    path("applications/<int:pk>/fit/reflection/", views.fit_to_reflection, name="fit-reflection"),
]
