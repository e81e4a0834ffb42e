"""Changing a person's weekly goals."""

import datetime

from django.db import transaction

from pace.goals import monday_of
from pace.models import WeeklyGoals


@transaction.atomic
def set_lighter_week(*, owner, today: datetime.date, lighter: bool) -> WeeklyGoals | None:
    """Make the week of ``today`` lighter (its targets halved), or back to the usual.

    Only this week: the next Monday the usual targets apply again. ``None`` when the
    person has no goals to lighten.
    """
    goals = WeeklyGoals.objects.select_for_update().filter(owner=owner).first()
    if goals is None:
        return None
    goals.lighter_week_of = monday_of(today) if lighter else None
    goals.save(update_fields=["lighter_week_of", "updated_at"])
    return goals
