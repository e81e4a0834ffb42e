from django.apps import AppConfig


class PaceConfig(AppConfig):
    name = "pace"
    verbose_name = "Pace: weekly goals and support"
