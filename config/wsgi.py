import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
application = get_wsgi_application()

# Imported once Django is set up. A charset Django would fail on before any middleware
# (a non-text codec with a query string) is answered with 415 here.
from accounts.middleware import RefuseUnreadableCharsetApp  # noqa: E402

application = RefuseUnreadableCharsetApp(application)
