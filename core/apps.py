from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What every app shares: owner querysets, validators, fields, widgets, page helpers.

    The bottom layer: it imports no other app of the project.
    """

    name = "core"
    verbose_name = "Shared building blocks"
