from django.http import HttpRequest

from accounts.signup import signup_allowed


def site(request: HttpRequest) -> dict[str, object]:
    # A callable, so the query runs only on pages that show the sign-up link.
    return {"signup_open": signup_allowed}


def theme(request: HttpRequest) -> dict[str, str]:
    """How pages look for this person: "system" (follow the device), "light" or "dark".

    ``base.html`` puts it on ``<html>``. ``UserTimeZoneMiddleware`` read it from the
    person's preferences with their time zone; a request it did not see (an error page
    rendered before it ran) follows the device.
    """
    return {"theme": getattr(request, "theme", "system")}
