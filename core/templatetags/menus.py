"""The menus at the top of every page: ``{% main_menu %}`` and ``{% account_menu %}``.

Each is a list of items below: a label, the URL name it leads to, and for the main menu the
pages on which it is the current one (``aria-current="page"``). As templates they reversed
about 35 URLs on every rendered page, the main menu twice (for wide screens and the narrow
"Menu"): 2 ms of a page's first look. An item's address changes only with the URL
configuration and the script prefix, so each is reversed once per process for each of
those; the main menu is written once per request.
"""

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from django import template
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

register = template.Library()


def _never(url_name: str, app_name: str) -> bool:
    return False


@dataclass(frozen=True)
class Item:
    label: str
    url_name: str
    #: Whether a page (its URL name and namespace) is in this item's part of the site.
    current: Callable[[str, str], bool] = _never
    staff_only: bool = False


MAIN_MENU = (
    Item("Dashboard", "home:dashboard", lambda name, app: name == "dashboard"),
    Item(
        "Applications",
        "tracker:application-list",
        lambda name, app: name.startswith("application"),
    ),
    Item("Board", "tracker:board", lambda name, app: name == "board"),
    Item("Interviews", "tracker:interview-list", lambda name, app: name.startswith("interview")),
    Item("Contacts", "tracker:contact-list", lambda name, app: name.startswith("contact")),
    Item("Documents", "materials:document-list", lambda name, app: app == "materials"),
    Item("Companies", "tracker:company-list", lambda name, app: name.startswith("company")),
    Item("Inbox", "inbox:list", lambda name, app: app == "inbox"),
    Item(
        "Rejections",
        "rejections:list",
        lambda name, app: app == "rejections" and name not in ("reflection-list", "selfcare-list"),
    ),
    Item("Reflections", "rejections:reflection-list", lambda name, app: name == "reflection-list"),
    Item("Self-care", "rejections:selfcare-list", lambda name, app: name == "selfcare-list"),
)

ACCOUNT_MENU = (
    Item("Admin (letter templates)", "admin:index", staff_only=True),
    Item("Your data", "portability:index"),
    Item("Weekly goals", "pace:goals"),
    Item("Calendar and reminders", "reminders:settings"),
    Item("Sharing with a coach", "coach:sharing"),
    Item("Coaching", "coach:home"),
    Item("Help and quick capture", "home:help"),
    Item("Your details", "profile"),
    Item("Change password", "password_change"),
    Item("Two-factor and passkeys", "mfa_index"),
    Item("Invitations", "account_invitations", staff_only=True),
)


def path_of(url_name: str) -> str:
    """``reverse(url_name)``, once per process for each URL configuration and script prefix."""
    return _reversed(url_name, get_script_prefix(), get_urlconf())


@lru_cache(maxsize=256)
def _reversed(url_name: str, script_prefix: str, urlconf: str | None) -> str:
    return reverse(url_name, urlconf=urlconf)


CURRENT = ' aria-current="page"'


def _links(items, current: Callable[[Item], bool] = lambda item: False) -> str:
    return "\n".join(
        f'<li><a{CURRENT if current(item) else ""} href="{escape(path_of(item.url_name))}">'
        f"{escape(item.label)}</a></li>"
        for item in items
    )


@register.simple_tag(takes_context=True)
def main_menu(context: template.Context) -> SafeString:
    request = context.get("request")
    written = getattr(request, "_main_menu", None)
    if written is None:
        match = getattr(request, "resolver_match", None)
        url_name = (match.url_name if match else None) or ""
        app_name = (match.app_name if match else None) or ""
        written = _links(MAIN_MENU, lambda item: item.current(url_name, app_name))
        if request is not None:
            request._main_menu = written
    return mark_safe(written)  # noqa: S308 - constant labels and reversed paths, escaped


@register.simple_tag
def account_menu(user) -> SafeString:
    items = [item for item in ACCOUNT_MENU if user.is_staff or not item.staff_only]
    return mark_safe(_links(items))  # noqa: S308 - constant labels and reversed paths, escaped
