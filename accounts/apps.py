from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "accounts"

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in

        from accounts.middleware import start_session_clock

        # Every way of signing in (the form, sign-up, the admin, tests' force_login) sends
        # this signal, so the absolute timeout always counts from the real sign-in.
        user_logged_in.connect(start_session_clock, dispatch_uid="accounts.start_session_clock")
