from django.contrib import admin
from django.urls import include, path

from home.views import favicon, healthz

admin.site.site_header = "Rebound administration"
admin.site.site_title = "Rebound admin"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    # Browsers ask for /favicon.ico whatever the page says; point them at the real icon.
    path("favicon.ico", favicon),
    path("admin/", admin.site.urls),
    path("accounts/", include("accounts.urls")),
    path("", include("rejections.urls")),
    path("", include("inbox.urls")),
    path("", include("portability.urls")),
    path("", include("reminders.urls")),
    path("", include("tracker.urls")),
    path("", include("home.urls")),
    path("", include("core.urls")),
]
