from django.http import HttpRequest

from accounts.signup import signup_allowed


def site(request: HttpRequest) -> dict[str, object]:
    # A callable, so the query runs only on pages that show the sign-up link.
    return {"signup_open": signup_allowed}
