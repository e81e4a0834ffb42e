"""This week's goals and the progress towards them, counted from what the person did.

A week runs from Monday to Sunday in the person's time zone (the current one, which the
middleware sets from their preferences). Each kind of goal counts:

- **applications sent**: the person's applications whose sending date (``applied_on``)
  falls in the week;
- **people contacted**: their contacts last contacted in the week, or given a check-in
  plan after a rejection (a networking link) during the week, each person once;
- **letters sent**: letters marked sent (by the site's mail or by hand) with a sending
  date in the week;
- **self-care moments**: self-care notes dated in the week.

Nothing is typed in twice and nothing is kept from past weeks: a week that went
differently simply is not shown again.
"""

import datetime
import math
from dataclasses import dataclass

from django.db.models import Case, Count, Exists, Max, OuterRef, Q, Subquery, Value, When
from django.utils import timezone

from core.models import row_count
from pace.models import WeeklyGoals
from rejections.models import Letter, NetworkingLink, SelfCareNote
from tracker.models import Application, Contact

#: Each goal: its field on ``WeeklyGoals`` and how the dashboard names it.
KINDS = [
    ("applications", "Applications sent"),
    ("people", "People contacted"),
    ("letters", "Letters sent"),
    ("self_care", "Self-care moments"),
]
#: A lighter week halves these targets; self-care is never lowered.
LIGHTENED = {"applications", "people", "letters"}


def monday_of(day: datetime.date) -> datetime.date:
    return day - datetime.timedelta(days=day.weekday())


@dataclass(frozen=True)
class Week:
    monday: datetime.date

    @classmethod
    def of(cls, day: datetime.date) -> "Week":
        return cls(monday_of(day))

    @property
    def next_monday(self) -> datetime.date:
        return self.monday + datetime.timedelta(days=7)

    @property
    def sunday(self) -> datetime.date:
        return self.monday + datetime.timedelta(days=6)

    def midnights(self) -> tuple[datetime.datetime, datetime.datetime]:
        """Monday 00:00 to the next Monday 00:00, in the current (the person's) time zone."""
        zone = timezone.get_current_timezone()
        return (
            datetime.datetime.combine(self.monday, datetime.time.min, tzinfo=zone),
            datetime.datetime.combine(self.next_monday, datetime.time.min, tzinfo=zone),
        )


def lighter(target: int) -> int:
    """A lighter week's target: half, rounded up, so a goal of 1 stays 1."""
    return math.ceil(target / 2)


@dataclass(frozen=True)
class Goal:
    kind: str
    label: str
    target: int
    usual: int
    done: int

    @property
    def met(self) -> bool:
        return self.done >= self.target

    @property
    def shown_done(self) -> int:
        """What the progress bar draws: full once met (doing more is fine, not "over")."""
        return min(self.done, self.target)


@dataclass(frozen=True)
class WeekProgress:
    week: Week
    goals: list[Goal]
    lighter: bool

    @property
    def all_met(self) -> bool:
        return bool(self.goals) and all(goal.met for goal in self.goals)

    @property
    def can_lighten(self) -> bool:
        return not self.lighter and any(goal.target > lighter(goal.target) for goal in self.goals)


def _done_counts(user, week: Week) -> dict:
    """The three counts that are not about applications, as scalar subqueries."""
    starts, ends = week.midnights()
    in_week = {"gte": week.monday, "lt": week.next_monday}
    linked = NetworkingLink.objects.filter(
        contact=OuterRef("pk"), created_at__gte=starts, created_at__lt=ends
    )
    people = Contact.objects.filter(owner=user).filter(
        Q(last_contacted_on__gte=in_week["gte"], last_contacted_on__lt=in_week["lt"])
        | Exists(linked)
    )
    letters = Letter.objects.filter(
        rejection__application__owner=user,
        status=Letter.Status.SENT,
        sent_on__gte=week.monday,
        sent_on__lt=week.next_monday,
    )
    notes = SelfCareNote.objects.filter(
        owner=user, date__gte=week.monday, date__lt=week.next_monday
    )
    return {
        "people": row_count(people),
        "letters": row_count(letters),
        "self_care": row_count(notes),
    }


def _applications_sent(user, week: Week):
    sent = Application.objects.filter(
        owner=user, applied_on__gte=week.monday, applied_on__lt=week.next_monday
    )
    return row_count(sent)


def dashboard_aggregates(user, week: Week) -> dict:
    """Aggregates for the dashboard's one query over the user's applications.

    The targets and the counts are subqueries that do not depend on the row, so the
    database works them out once and they cost the dashboard no query of their own (the
    dashboard's budget is ten queries). The dashboard groups its applications: the
    ``Count`` here is added up over the groups, the rest is the same on each. The counts
    of people, letters and self-care moments are only made for a person who set goals
    (they are ``None`` otherwise: nothing shows them), which spares the others a search
    through all their contacts. With no application there is no row to ride on:
    ``goals_known`` is then ``None`` and the caller asks ``week_progress`` instead.
    """
    goals = WeeklyGoals.objects.filter(owner=user)
    values = {
        "goals_known": Max(Value(1)),
        "goals_lighter_week_of": Max(Subquery(goals.values("lighter_week_of")[:1])),
        "done_applications": Count(
            "pk", filter=Q(applied_on__gte=week.monday, applied_on__lt=week.next_monday)
        ),
    }
    for kind, _ in KINDS:
        values[f"target_{kind}"] = Max(Subquery(goals.values(kind)[:1]))
    has_goals = Exists(goals)
    for kind, count in _done_counts(user, week).items():
        values[f"done_{kind}"] = Max(Case(When(has_goals, then=count)))
    return values


def _progress(week: Week, *, targets: dict, done: dict, lighter_week_of) -> WeekProgress | None:
    is_lighter = lighter_week_of == week.monday
    goals = []
    for kind, label in KINDS:
        usual = targets.get(kind)
        if usual is None:
            continue
        target = lighter(usual) if is_lighter and kind in LIGHTENED else usual
        goals.append(Goal(kind, label, target, usual, done.get(kind) or 0))
    if not goals:
        return None
    return WeekProgress(week=week, goals=goals, lighter=is_lighter)


def progress_from_totals(totals: dict, week: Week) -> WeekProgress | None:
    """This week's progress from the dashboard's aggregate (see ``dashboard_aggregates``)."""
    return _progress(
        week,
        targets={kind: totals[f"target_{kind}"] for kind, _ in KINDS},
        done={kind: totals[f"done_{kind}"] for kind, _ in KINDS},
        lighter_week_of=totals["goals_lighter_week_of"],
    )


def week_progress(user, today: datetime.date) -> WeekProgress | None:
    """This week's progress in one query; ``None`` when no goal is set."""
    week = Week.of(today)
    counts = {"applications": _applications_sent(user, week), **_done_counts(user, week)}
    row = (
        WeeklyGoals.objects.filter(owner=user)
        .annotate(**{f"done_{kind}": count for kind, count in counts.items()})
        .first()
    )
    if row is None:
        return None
    return _progress(
        week,
        targets={kind: getattr(row, kind) for kind, _ in KINDS},
        done={kind: getattr(row, f"done_{kind}") for kind, _ in KINDS},
        lighter_week_of=row.lighter_week_of,
    )
