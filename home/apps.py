from django.apps import AppConfig


class HomeConfig(AppConfig):
    """Pages that draw on several domains: the dashboard and its insight charts, help,
    finding any of your rows for a form's choices, and ``/healthz``.

    The top layer: it may import every app below it, and none imports it.
    """

    name = "home"
    verbose_name = "Home"
