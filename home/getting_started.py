"""The dashboard's short getting-started list for a new account.

Each item ticks itself from data the dashboard already loads (no query of its own): the
application counts of its one aggregate and the user's preferences, which come with the user.
"""

from dataclasses import dataclass

from django.urls import reverse

from accounts.preferences import preferences_for


@dataclass(frozen=True)
class Item:
    label: str
    url: str
    done: bool
    hint: str


def items(user, totals: dict) -> list[Item]:
    preferences = preferences_for(user)
    return [
        Item(
            "Add an application",
            reverse("tracker:application-create"),
            totals["total"] > 0,
            "Even one you are only considering.",
        ),
        Item(
            "Try the board",
            reverse("tracker:board"),
            totals["moved"] > 0,
            "Move a card to its next status; this ticks once one has moved.",
        ),
        Item(
            "See what happens after a rejection",
            reverse("home:help") + "#rejections",
            totals["rejected_recorded"] > 0,
            "Eight steps that turn a no into your next yes.",
        ),
        Item(
            "Set your time zone and e-mail",
            reverse("profile"),
            preferences.pk is not None and bool(user.email),
            "So interviews show at your time and reminders reach you.",
        ),
    ]


def shown(user, totals: dict) -> list[Item]:
    """The list, or nothing once it is all done or put away."""
    if preferences_for(user).getting_started_dismissed:
        return []
    listed = items(user, totals)
    return [] if all(item.done for item in listed) else listed
