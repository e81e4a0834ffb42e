from django.http import HttpRequest

from accounts.preferences import preferences_for
from accounts.signup import signup_allowed


def site(request: HttpRequest) -> dict[str, object]:
    # A callable, so the query runs only on pages that show the sign-up link.
    return {"signup_open": signup_allowed}


def theme(request: HttpRequest) -> dict[str, str]:
    """How pages look for this person: "system" (follow the device), "light" or "dark".

    ``base.html`` puts it on ``<html>``; the preferences come with the signed-in user
    (``accounts.backends``), so this costs no query of its own.
    """
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"theme": "system"}
    return {"theme": preferences_for(user).theme}
