from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What every app shares: owner querysets, validators, fields, widgets, page helpers.

    The bottom layer: it imports no other app of the project.
    """

    name = "core"
    verbose_name = "Shared building blocks"

    def ready(self) -> None:
        # After the admin has loaded every app's admin module, whatever their order.
        from django.contrib import admin
        from django.db.models.signals import post_save

        from core.admin import adopt_packaged
        from core.forms import single_line_admin
        from core.pagecache import row_saved

        adopt_packaged(admin.site)
        # Every admin form (its own and the packages') keeps single-line fields on one line.
        single_line_admin(admin.site)
        # A row saved anywhere (a task, a command, the admin) retires its owner's pages.
        post_save.connect(row_saved, dispatch_uid="core.pagecache.row_saved")
