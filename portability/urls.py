from django.urls import path

from portability import views

app_name = "portability"

urlpatterns = [
    path("data/", views.index, name="index"),
    path("data/export/applications.csv", views.applications_csv, name="applications-csv"),
    path("data/export/rejections.csv", views.rejections_csv, name="rejections-csv"),
    path("data/export/rebound.json", views.json_export, name="json-export"),
    path("data/export/rebound.zip", views.zip_export, name="zip-export"),
    path("data/import/", views.csv_upload, name="csv-upload"),
    path("data/import/map/", views.csv_map, name="csv-map"),
    path("data/import/preview/", views.csv_preview, name="csv-preview"),
    path("data/import/refused.csv", views.csv_refused, name="csv-refused"),
    path("data/import/confirm/", views.csv_confirm, name="csv-confirm"),
    path("data/import/json/", views.json_import, name="json-import"),
    path("data/delete-account/", views.delete_account, name="delete-account"),
]
