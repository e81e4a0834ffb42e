from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.urls import include, path

from home.views import favicon, healthz

admin.site.site_header = "Rebound administration"
admin.site.site_title = "Rebound admin"
# The admin signs in through the site's sign-in page, so two-factor and passkeys (and the
# lock-out) apply there too; its own password form would skip the second factor.
admin.site.login = secure_admin_login(admin.site.login)

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    # Browsers ask for /favicon.ico whatever the page says; point them at the real icon.
    path("favicon.ico", favicon),
    path("admin/", admin.site.urls),
    path("accounts/", include("accounts.urls")),
    path("", include("materials.urls")),
    path("pace/", include("pace.urls")),
    path("", include("coach.urls")),
    path("", include("rejections.urls")),
    path("", include("inbox.urls")),
    path("", include("portability.urls")),
    path("", include("reminders.urls")),
    path("", include("tracker.urls")),
    path("", include("home.urls")),
    path("", include("core.urls")),
]
