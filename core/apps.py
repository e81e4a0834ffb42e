from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What every app shares: owner querysets, validators, fields, widgets, page helpers.

    The bottom layer: it imports no other app of the project.
    """

    name = "core"
    verbose_name = "Shared building blocks"

    def ready(self) -> None:
        # After django.contrib.admin (earlier in INSTALLED_APPS) loaded every admin module.
        from django.contrib import admin

        from core.forms import single_line_admin

        single_line_admin(admin.site)
