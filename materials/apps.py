from django.apps import AppConfig


class MaterialsConfig(AppConfig):
    name = "materials"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Materials"

    def ready(self) -> None:
        # Files leave storage with their rows, however the rows go (account deletion's
        # cascade included).
        from materials import receivers  # noqa: F401
