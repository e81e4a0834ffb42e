"""``seed_demo``: a realistic job search for many users, fast, the same every time.

    python manage.py seed_demo --users 100 --applications 1000 --seed 2026

creates 100 background accounts (``seed-user-0001`` …) with 1,000 applications each, and the
demo account a newcomer signs in to (``demo`` / ``rebound-demo-2026``, printed at the end)
with a smaller, lived-in search. ``--account bench:10000`` adds a named account of any size
(the benchmark's power user).

Every row goes in with ``bulk_create`` in batches of 2,000, about 10,000 applications (and
their accounts) per transaction, so 100 × 1,000 seeds in under a minute on PostgreSQL and an
interrupted run leaves whole accounts. A few UPDATEs per transaction then fill in what
``bulk_create`` cannot keep or does not derive: each application's dates (from its status
history), its furthest stage (through ``tracker.services.refresh_reached``) and the time
each letter was written. Afterwards PostgreSQL gets fresh planner statistics.
Letters are rendered in memory from the default letter templates with the app's own
placeholder values and substitution (``rejections.letters``), without a query per letter.
Dates are relative to today so the dashboard always looks live; the same ``--seed`` on the
same day gives the same data.

Accounts that already exist are kept as they are (so a second run only fills in what is
missing); ``--reset`` deletes every seeded account first and seeds them anew. All seeded
accounts share one password, so the command refuses to run with ``DEBUG`` off unless
``--force`` is given.
"""

import datetime
import itertools
import random
import time
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection, models, transaction
from django.db.models import Case, Max, Min, OuterRef, Q, Subquery, Value, When
from django.utils import timezone

from rejections import letters
from rejections.models import (
    Channel,
    DoorOpen,
    Letter,
    LetterTemplate,
    NetworkingLink,
    Reflection,
    Rejection,
    SelfCareNote,
    Step,
    StepSkip,
)
from tracker.models import (
    Application,
    Company,
    Contact,
    Interview,
    InterviewKind,
    Outcome,
    StatusChange,
    WorkMode,
)
from tracker.services import delete_accounts, refresh_reached
from tracker.stages import ACTIVE_STATUSES, STAGE_PATH, Stage, Status

DEMO_USERNAME = "demo"
DEMO_PASSWORD = "rebound-demo-2026"  # noqa: S105 - documented demo credentials
SEED_USER_PREFIX = "seed-user-"
DEFAULT_SEED = 2026
DEFAULT_DEMO_APPLICATIONS = 150
#: Applications generated (in memory) before they are written in one transaction.
CHUNK_APPLICATIONS = 10_000
BATCH_SIZE = 2_000

# --- What a real search looks like --------------------------------------------------------

#: Final status of an application: most go nowhere (applied, ghosted, rejected), some reach
#: interviews, a few an offer.
STATUS_WEIGHTS = {
    Status.WISHLIST: 8,
    Status.APPLIED: 20,
    Status.GHOSTED: 17,
    Status.REJECTED: 24,
    Status.WITHDRAWN: 4,
    Status.SCREENING: 9,
    Status.INTERVIEWING: 14,
    Status.OFFER: 3,
    Status.ACCEPTED: 1,
}
#: How far a rejected application got.
STAGE_WEIGHTS = {
    Stage.APPLICATION: 45,
    Stage.SCREENING: 20,
    Stage.INTERVIEW: 22,
    Stage.FINAL: 10,
    Stage.OFFER: 3,
}
ACTIVE_WINDOW_DAYS = 60

# fmt: off
COMPANY_PREFIXES = [
    "Northwind", "Bluefin", "Copperleaf", "Brightwater", "Stonebridge", "Lumen", "Harbor",
    "Quartz", "Evergreen", "Meridian", "Redwood", "Silverline", "Atlas", "Juniper", "Nimbus",
    "Orchard", "Pioneer", "Riverbend", "Summit", "Tidal", "Vantage", "Willow", "Zephyr",
    "Beacon", "Cobalt", "Driftwood", "Ember", "Fjord", "Granite", "Helix", "Indigo", "Kestrel",
    "Lighthouse", "Mosaic", "Nova", "Oakridge", "Prism", "Quill", "Sable", "Trellis", "Umber",
    "Verdant", "Wavelength", "Yarrow", "Alder", "Basalt", "Cedar", "Delta", "Elm", "Falcon",
]
COMPANY_SUFFIXES = [
    "Analytics", "Labs", "Health", "Systems", "Software", "Robotics", "Energy", "Logistics",
    "Studio", "Bank", "Insurance", "Media", "Foods", "Mobility", "Security", "Cloud",
    "Biotech", "Games", "Retail", "Learning", "Payments", "Networks", "Design", "Travel",
]
POSITIONS = [
    "Backend Engineer", "Frontend Developer", "Full-Stack Developer", "Data Analyst",
    "Data Engineer", "Data Scientist", "DevOps Engineer", "Site Reliability Engineer",
    "Product Manager", "Product Designer", "UX Researcher", "QA Engineer",
    "Mobile Developer", "Machine Learning Engineer", "Platform Engineer", "Security Engineer",
    "Technical Writer", "Engineering Manager", "Solutions Architect", "Support Engineer",
]
SENIORITY = ["", "", "Senior ", "Junior ", "Staff ", "Lead "]
CITIES = [
    ("Berlin", "EUR"), ("Amsterdam", "EUR"), ("Paris", "EUR"), ("Madrid", "EUR"),
    ("London", "GBP"), ("Manchester", "GBP"), ("New York", "USD"), ("Austin", "USD"),
    ("Toronto", "CAD"), ("Remote", "EUR"), ("Remote", "USD"), ("Dublin", "EUR"),
]
SOURCES = ["LinkedIn", "Company website", "Referral", "Recruiter", "Job board", "Meetup", ""]
FIRST_NAMES = [
    "Priya", "Sam", "Alex", "Jordan", "Maria", "Chen", "Fatima", "Lukas", "Amara", "Diego",
    "Hannah", "Kenji", "Leila", "Mateo", "Nina", "Omar", "Rosa", "Tariq", "Yuki", "Zoe",
    "Elena", "Femi", "Ines", "Jonas", "Kofi", "Lena", "Mei", "Noah", "Olga", "Ravi",
]
LAST_NAMES = [
    "Raman", "Lee", "Morgan", "Okafor", "Schmidt", "Nakamura", "Haddad", "Silva", "Novak",
    "Kowalski", "Bennett", "Moreau", "Ivanova", "Garcia", "Jensen", "Mensah", "Rossi", "Tanaka",
    "Walsh", "Yilmaz", "Andersen", "Costa", "Dubois", "Fischer", "Gupta", "Hughes",
]
RECRUITER_ROLES = ["Recruiter", "Talent Partner", "Technical Recruiter", "People Partner"]
MANAGER_ROLES = ["Engineering Manager", "Hiring Manager", "Head of Data", "Team Lead", "CTO"]
PEER_ROLES = ["Senior Engineer", "Staff Engineer", "Product Lead", "Designer"]
NEXT_ACTIONS = [
    "Follow up with the recruiter", "Send the take-home", "Prepare for the technical round",
    "Ask about the salary band", "Send portfolio link", "Check the application portal",
]
APPLICATION_NOTES = [
    "Team of eight, strong on testing. Uses Python and PostgreSQL.",
    "Found through a former colleague; ask for an intro.",
    "Hybrid, two office days. Relocation support mentioned.",
    "Product is growing fast; the posting mentions on-call.",
    "Salary range not in the posting; ask early.",
]
REASONS = [
    "They went with a candidate with more domain experience.",
    "The role was filled internally.",
    "They were looking for someone more senior.",
    "The position was put on hold.",
    "Another candidate was further along in the process.",
]
FEELINGS = [
    "Disappointed, I really liked the team.",
    "Tired, but it was a good learning experience.",
    "Frustrated about the long silence before the answer.",
    "Honestly relieved; the fit was not right.",
]
FEEDBACK = [
    "Strong technical answers; the system design part lacked depth on scaling.",
    "Great communication. They wanted more experience with large datasets.",
    "The take-home was solid but the tests were thin.",
    "Good culture fit; another candidate had more leadership experience.",
]
WENT_WELL = [
    "Clear answers about past projects, with numbers.",
    "Built a good rapport with the hiring manager.",
    "The live coding went smoothly and I explained my thinking.",
    "I had researched the product and asked sharp questions.",
]
TO_IMPROVE = [
    "Practise system design questions out loud, especially caching and queues.",
    "Prepare concrete examples of leadership and conflict resolution.",
    "Keep answers shorter and structured; I rambled on the behavioural questions.",
    "Review SQL window functions and query planning before technical rounds.",
    "Talk about salary expectations with a researched range.",
    "Calm the nerves in the first minutes: arrive early, breathe, have water.",
    "Write more tests in take-home assignments and explain trade-offs in the README.",
]
LESSONS = [
    "Ask about the team and the process in the first call.",
    "A referral gets much faster answers than a cold application.",
    "Companies this size value breadth over depth.",
]
NEXT_STEPS = [
    "Do two system design mock interviews this month",
    "Rewrite the STAR stories for leadership",
    "Finish the SQL course chapter on window functions",
    "Ask a friend for a mock behavioural interview",
    "Update the portfolio with the data pipeline project",
]
TAGS = [
    "system design", "nerves", "behavioural", "take-home", "salary", "sql", "leadership",
    "communication", "culture fit", "portfolio", "timing", "live coding",
]
SELF_CARE = [
    ("A long walk in the park", ""),
    ("Dinner with friends", "Talked about anything but work."),
    ("Went for a run", ""),
    ("Read a novel for an afternoon", ""),
    ("Cooked something new", ""),
    ("Called my sister", "She reminded me how far I have come."),
    ("Yoga class", ""),
    ("A day off from job boards", "Needed it."),
    ("Swimming", ""),
    ("Played music", ""),
]
SKIP_REASON = "Automated rejection: there was no one to thank."
# fmt: on


def _pick(rng: random.Random, weights: dict) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


@dataclass
class Batch:
    """Rows generated in memory, written together in dependency order."""

    companies: list[Company] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    applications: list[Application] = field(default_factory=list)
    changes: list[StatusChange] = field(default_factory=list)
    interviews: list[Interview] = field(default_factory=list)
    interviewers: list[tuple[Interview, Contact]] = field(default_factory=list)
    application_contacts: list[tuple[Application, Contact]] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    letters: list[Letter] = field(default_factory=list)
    reflections: list[Reflection] = field(default_factory=list)
    links: list[NetworkingLink] = field(default_factory=list)
    skips: list[StepSkip] = field(default_factory=list)
    notes: list[SelfCareNote] = field(default_factory=list)

    def row_count(self) -> int:
        return sum(len(rows) for rows in vars(self).values())

    def write(self) -> int:
        """Insert everything; returns the number of rows written."""
        create = _bulk_create
        create(Company, self.companies)
        create(Contact, self.contacts)
        create(Application, self.applications)
        create(StatusChange, self.changes)
        create(Interview, self.interviews)
        create(
            Interview.interviewers.through,
            [
                Interview.interviewers.through(interview_id=i.pk, contact_id=c.pk)
                for i, c in self.interviewers
            ],
        )
        create(
            Application.contacts.through,
            [
                Application.contacts.through(application_id=a.pk, contact_id=c.pk)
                for a, c in self.application_contacts
            ],
        )
        create(Rejection, self.rejections)
        _bulk_create_letters(self.letters)
        create(Reflection, self.reflections)
        create(NetworkingLink, self.links)
        create(StepSkip, self.skips)
        create(SelfCareNote, self.notes)
        return self.row_count()


def _bulk_create(model: type[models.Model], rows: list) -> None:
    if rows:
        model.objects.bulk_create(rows, batch_size=BATCH_SIZE)


def _bulk_create_letters(rows: list[Letter]) -> None:
    """Insert letters that keep the time they were written.

    ``bulk_create`` stamps ``auto_now``/``auto_now_add`` fields with the current time, so
    every seeded letter would look written today. The generated time goes back in right
    after, one UPDATE per batch, and the model's fields are left as they are. A seeded
    letter is written in one go (``updated_at`` is ``created_at``), in the evening, so many
    share a time: one ``WHEN`` per time rather than per letter (as ``bulk_update`` would
    do) makes the UPDATE several times faster.
    """
    stamped = [(row, row.created_at) for row in rows]
    _bulk_create(Letter, rows)
    for batch in itertools.batched(stamped, BATCH_SIZE):
        pks_by_time = defaultdict(list)
        for row, written_at in batch:
            pks_by_time[written_at].append(row.pk)
        written = Case(*(When(pk__in=pks, then=Value(at)) for at, pks in pks_by_time.items()))
        Letter.objects.filter(pk__in=[row.pk for row, _ in batch]).update(
            created_at=written, updated_at=written
        )


def _date_by_history(applications: models.QuerySet) -> None:
    """Date each application by its history: added at its first status change, last updated
    at its latest one.

    ``bulk_create`` stamps ``auto_now``/``auto_now_add`` fields with the current time, so
    every seeded application would look added today. One UPDATE puts the generated times
    in, leaving the model's fields as they are.
    """
    history = StatusChange.objects.filter(application=OuterRef("pk")).values("application")
    applications.update(
        created_at=Subquery(history.annotate(first=Min("changed_at")).values("first")),
        updated_at=Subquery(history.annotate(last=Max("changed_at")).values("last")),
    )


class UserSeeder:
    """Generates one user's job search into a :class:`Batch`, from its own random stream."""

    def __init__(
        self,
        *,
        user,
        count: int,
        seed: int,
        batch: Batch,
        templates: dict[str, LetterTemplate],
        anchor: datetime.datetime,
    ) -> None:
        # One stream per account: an account's data does not depend on which others are seeded.
        self.rng = random.Random(f"{seed}:{user.username}")  # noqa: S311 - not for secrets
        self.user = user
        self.count = count
        self.batch = batch
        self.templates = templates
        # Local midnight today: every generated time is an offset from it.
        self.anchor = anchor
        self.today = anchor.date()
        self.your_name = user.get_full_name()
        self.showcase = False
        # Older searches stretch further back: a power user's 10,000 span years.
        self.span_days = max(90, min(count // 3, 3_650))
        self.companies: list[Company] = []
        self.people: dict[int, dict[str, Contact]] = {}

    # --- helpers --------------------------------------------------------------------------

    def _at(self, days: float) -> datetime.datetime:
        return self.anchor + datetime.timedelta(minutes=round(days * 24 * 60))

    def _day(self, days: int) -> datetime.date:
        return self.today + datetime.timedelta(days=days)

    def _office_hours(self, when: datetime.datetime) -> datetime.datetime:
        day = when.replace(hour=0, minute=0, second=0, microsecond=0)
        return day + datetime.timedelta(
            hours=self.rng.randint(9, 16), minutes=self.rng.choice([0, 30])
        )

    def _person(self) -> tuple[str, str]:
        return self.rng.choice(FIRST_NAMES), self.rng.choice(LAST_NAMES)

    # --- generation -----------------------------------------------------------------------

    def run(self) -> None:
        self._make_companies()
        for number in range(self.count):
            # The first one is a showcase: a recent final-round rejection with every workflow
            # step filled in, so even a 10-application account shows the whole workflow.
            self.showcase = number == 0
            self._application()
        self.showcase = False
        self._self_care(max(8, self.count // 6))

    def _likely(self, chance: float) -> bool:
        return self.showcase or self.rng.random() < chance

    def _make_companies(self) -> None:
        wanted = max(3, round(self.count * 0.45) + 1)
        combos = [f"{p} {s}" for p in COMPANY_PREFIXES for s in COMPANY_SUFFIXES]
        self.rng.shuffle(combos)
        names = [
            combos[i % len(combos)] + ("" if i < len(combos) else f" {i // len(combos) + 1}")
            for i in range(wanted)
        ]
        for name in names:
            slug = name.lower().replace(" ", "")
            company = Company(
                owner=self.user,
                name=name,
                website=f"https://www.{slug}.example" if self.rng.random() < 0.7 else "",
            )
            self.companies.append(company)
            self.batch.companies.append(company)

    def _contact(self, company: Company, kind: str) -> Contact:
        """The company's recruiter, manager or peer: one of each, reused across applications."""
        known = self.people.setdefault(id(company), {})
        if kind not in known:
            first, last = self._person()
            roles = {"recruiter": RECRUITER_ROLES, "manager": MANAGER_ROLES, "peer": PEER_ROLES}
            slug = company.name.lower().replace(" ", "")
            contact = Contact(
                owner=self.user,
                name=f"{first} {last}",
                role=self.rng.choice(roles[kind]),
                company=company,
                email=f"{first}.{last}@{slug}.example".lower(),
                profile_url=(
                    f"https://www.linkedin.com/in/{first}-{last}".lower()
                    if self.rng.random() < 0.5
                    else ""
                ),
            )
            if self.rng.random() < 0.05:
                contact.next_check_in_on = self._day(self.rng.randint(-10, 30))
            known[kind] = contact
            self.batch.contacts.append(contact)
        return known[kind]

    def _path(self, status: str, stage: str) -> list[str]:
        """The statuses an application went through to reach ``status``."""
        if status == Status.WISHLIST:
            return [Status.WISHLIST]
        start = [Status.WISHLIST] if self.rng.random() < 0.25 else []
        # Every entry is built, so its random draws happen whatever the status: building
        # only the one needed would change every seeded account.
        middle = {
            Status.APPLIED: [],
            Status.GHOSTED: [],
            Status.SCREENING: [],
            Status.INTERVIEWING: [Status.SCREENING] if self.rng.random() < 0.8 else [],
            Status.OFFER: [Status.SCREENING, Status.INTERVIEWING],
            Status.ACCEPTED: [Status.SCREENING, Status.INTERVIEWING, Status.OFFER],
            Status.WITHDRAWN: self.rng.choice([[], [Status.SCREENING]]),
            Status.REJECTED: STAGE_PATH.get(stage, []),
        }[status]
        path = [*start, Status.APPLIED, *middle]
        if status != Status.APPLIED:
            path.append(status)
        return path

    def _times(self, path: list[str], status: str) -> list[float]:
        """Day offsets (negative: in the past) of each change in ``path``."""
        recent = status in ACTIVE_STATUSES or self.showcase
        window = min(ACTIVE_WINDOW_DAYS, self.span_days) if recent else self.span_days
        start = -self.rng.uniform(1, window)
        times = [start]
        for previous, current in itertools.pairwise(path):
            gap = self.rng.uniform(30, 45) if current == Status.GHOSTED else self.rng.uniform(3, 12)
            if previous == Status.WISHLIST:
                gap = self.rng.uniform(0.5, 5)
            times.append(times[-1] + gap)
        # Everything happened before today: shift the whole story back if it ran over.
        overflow = times[-1] - (-0.05)
        if overflow > 0:
            times = [t - overflow for t in times]
        return times

    def _application(self) -> None:
        rng = self.rng
        status = Status.REJECTED if self.showcase else _pick(rng, STATUS_WEIGHTS)
        stage = _pick(rng, STAGE_WEIGHTS) if status == Status.REJECTED else ""
        if self.showcase:
            stage = Stage.FINAL
        path = self._path(status, stage)
        times = self._times(path, status)
        # The showcase has a company of its own, so its page looks the same in every account.
        company = self.companies[0] if self.showcase else rng.choice(self.companies[1:])
        city, currency = rng.choice(CITIES)
        applied_at = next(
            (self._at(t) for s, t in zip(path, times, strict=True) if s == Status.APPLIED), None
        )
        salary_min = salary_max = None
        if rng.random() < 0.7:
            salary_min = rng.randrange(40, 130) * 1_000
            salary_max = salary_min + rng.randrange(5, 35) * 1_000
        slug = company.name.lower().replace(" ", "")
        application = Application(
            owner=self.user,
            company=company,
            position_title=rng.choice(SENIORITY) + rng.choice(POSITIONS),
            posting_url=(
                f"https://jobs.{slug}.example/{rng.randrange(1000, 99999)}"
                if rng.random() < 0.6
                else ""
            ),
            location=city,
            work_mode=(
                WorkMode.REMOTE
                if city == "Remote"
                else rng.choice([WorkMode.ONSITE, WorkMode.HYBRID])
            ),
            salary_min=salary_min,
            salary_max=salary_max,
            salary_currency=currency if salary_min else "",
            source=rng.choice(SOURCES),
            status=status,
            applied_on=timezone.localdate(applied_at) if applied_at else None,
            notes=rng.choice(APPLICATION_NOTES) if rng.random() < 0.3 else "",
        )
        if status in ACTIVE_STATUSES and rng.random() < 0.5:
            application.next_action_on = self._day(rng.randint(-5, 14))
            application.next_action = rng.choice(NEXT_ACTIONS)
        self.batch.applications.append(application)
        previous = ""
        for to_status, when in zip(path, times, strict=True):
            self.batch.changes.append(
                StatusChange(
                    application=application,
                    from_status=previous,
                    to_status=to_status,
                    changed_at=self._at(when),
                )
            )
            previous = to_status
        interviews = self._interviews(application, path, times, status, stage)
        if interviews:
            recruiter = self._contact(company, "recruiter")
            self.batch.application_contacts.append((application, recruiter))
        if status == Status.REJECTED:
            self._rejection(application, stage, self._at(times[-1]), interviews)

    def _interviews(
        self, application: Application, path: list[str], times: list[float], status: str, stage: str
    ) -> list[tuple[Interview, Contact]]:
        """Interviews between the status changes (a phone screen, rounds, maybe a final), each
        with the person who led it."""
        rng = self.rng
        company = application.company
        now_offset = -0.05
        plan: list[tuple[str, float, float]] = []  # (kind, from, to) in day offsets
        for index, step in enumerate(path):
            start = times[index]
            end = times[index + 1] if index + 1 < len(path) else now_offset
            if step == Status.SCREENING:
                plan.append((InterviewKind.PHONE_SCREEN, start, end))
            elif step == Status.INTERVIEWING:
                kinds = rng.sample(
                    [
                        InterviewKind.VIDEO,
                        InterviewKind.TECHNICAL,
                        InterviewKind.TAKE_HOME,
                        InterviewKind.PANEL,
                        InterviewKind.ONSITE,
                    ],
                    rng.randint(1, 2),
                )
                final = stage in (Stage.FINAL, Stage.OFFER) or status in (
                    Status.OFFER,
                    Status.ACCEPTED,
                )
                if final:
                    kinds.append(InterviewKind.FINAL)
                for kind in kinds:
                    plan.append((kind, start, end))
        upcoming = status == Status.INTERVIEWING and rng.random() < 0.5
        interviews = []
        for number, (kind, start, end) in enumerate(plan, start=1):
            last = number == len(plan)
            same_step = [p for p in plan if p[1] == start]
            position = same_step.index((kind, start, end)) + 1
            if last and upcoming:
                when = self._at(rng.randint(1, 13))
            else:
                when = self._at(start + (end - start) * position / (len(same_step) + 1))
            when = self._office_hours(when)
            if when > self.anchor and not (last and upcoming):
                when -= datetime.timedelta(days=1)
            if when > self.anchor:
                outcome = Outcome.PENDING
            elif last and status in (Status.REJECTED, Status.WITHDRAWN):
                outcome = Outcome.NOT_PASSED if status == Status.REJECTED else Outcome.CANCELLED
            elif last and status in (Status.SCREENING, Status.INTERVIEWING):
                outcome = Outcome.PENDING
            else:
                outcome = Outcome.PASSED
            interview = Interview(
                application=application,
                round=number,
                kind=kind,
                scheduled_at=when,
                duration_minutes=30
                if kind == InterviewKind.PHONE_SCREEN
                else rng.choice([45, 60, 90]),
                location=(
                    f"https://meet.example.com/{rng.randrange(10**6, 10**7)}"
                    if kind in (InterviewKind.PHONE_SCREEN, InterviewKind.VIDEO)
                    else rng.choice(CITIES)[0] + " office"
                ),
                preparation_notes="Re-read the posting and my notes." if rng.random() < 0.3 else "",
                notes="Went well, good questions about testing."
                if when < self.anchor and rng.random() < 0.3
                else "",
                outcome=outcome,
            )
            lead = self._contact(
                company, "recruiter" if kind == InterviewKind.PHONE_SCREEN else "manager"
            )
            interviews.append((interview, lead))
            self.batch.interviews.append(interview)
            self.batch.interviewers.append((interview, lead))
            if kind == InterviewKind.PANEL:
                self.batch.interviewers.append((interview, self._contact(company, "peer")))
            day = timezone.localdate(when)
            if when <= self.anchor and (
                lead.last_contacted_on is None or lead.last_contacted_on < day
            ):
                lead.last_contacted_on = day
        return interviews

    def _rejection(
        self,
        application: Application,
        stage: str,
        when: datetime.datetime,
        interviews: list[tuple[Interview, Contact]],
    ) -> None:
        rng = self.rng
        received_on = timezone.localdate(when)
        if stage == Stage.APPLICATION:
            channel = _pick(rng, {Channel.EMAIL: 50, Channel.PORTAL: 30, Channel.NO_RESPONSE: 20})
        else:
            channel = _pick(rng, {Channel.EMAIL: 70, Channel.PHONE: 25, Channel.OTHER: 5})
        rejection = Rejection(
            application=application,
            received_on=received_on,
            stage=stage,
            channel=channel,
            reason_given=rng.choice(REASONS) if self._likely(0.5) else "",
            feelings=rng.choice(FEELINGS) if self._likely(0.4) else "",
        )
        # Half said the door stays open (a few with a date), some said no, others nothing.
        rejection.door_open = _pick(rng, {DoorOpen.YES: 50, DoorOpen.UNKNOWN: 35, DoorOpen.NO: 15})
        if rejection.door_open == DoorOpen.YES and rng.random() < 0.3:
            rejection.reapply_after = received_on + datetime.timedelta(days=180)
        self.batch.rejections.append(rejection)
        days_since = (self.today - received_on).days

        def later(low: int, high: int) -> datetime.date:
            # A day after the rejection, never in the future.
            return received_on + datetime.timedelta(days=min(rng.randint(low, high), days_since))

        # Letters go to whoever led the last interview.
        recipient = interviews[-1][1] if interviews else None
        if recipient is not None:
            past = [
                interview
                for interview, _ in interviews
                if interview.scheduled_at <= self.anchor and interview.outcome != Outcome.CANCELLED
            ]
            values = letters.placeholder_values(
                company_name=application.company.name,
                position_title=application.position_title,
                interviewer_name=recipient.name,
                your_name=self.your_name,
                last_interview_at=past[-1].scheduled_at if past else None,
                received_on=received_on,
                stage=stage,
            )
            for kind, chance, sent_chance in (
                (LetterTemplate.Kind.THANK_YOU, 0.65, 0.8),
                (LetterTemplate.Kind.FEEDBACK_REQUEST, 0.45, 0.7),
                (LetterTemplate.Kind.KEEP_IN_TOUCH, 0.1, 0.0),
            ):
                template = self.templates.get(kind)
                if template is None or not self._likely(chance):
                    continue
                sent_on = later(1, 3) if sent_chance and self._likely(sent_chance) else None
                written = datetime.datetime.combine(
                    later(0, 2), datetime.time(19, 0), tzinfo=self.anchor.tzinfo
                )
                self.batch.letters.append(
                    Letter(
                        rejection=rejection,
                        template=template,
                        kind=kind,
                        recipient_contact=recipient,
                        recipient_name=recipient.name,
                        recipient_email=recipient.email,
                        subject=letters.render(template.subject, values),
                        body=letters.render(template.body, values),
                        status=Letter.Status.SENT if sent_on else Letter.Status.DRAFT,
                        sent_on=sent_on,
                        created_at=written,
                    )
                )
                if kind == LetterTemplate.Kind.FEEDBACK_REQUEST and sent_on:
                    rejection.feedback_requested_on = sent_on
                    if self._likely(0.4):
                        rejection.feedback = rng.choice(FEEDBACK)
                        rejection.feedback_received_on = min(
                            sent_on + datetime.timedelta(days=rng.randint(2, 10)), self.today
                        )
            if self._likely(0.25):
                check_in = received_on + datetime.timedelta(days=rng.randint(60, 120))
                self.batch.links.append(
                    NetworkingLink(
                        rejection=rejection,
                        contact=recipient,
                        check_in_on=check_in,
                        channel=rng.choice(NetworkingLink.Channel.values),
                        note="Congratulate them on the launch." if rng.random() < 0.3 else "",
                    )
                )
                if recipient.next_check_in_on is None or check_in < recipient.next_check_in_on:
                    recipient.next_check_in_on = check_in
        elif channel in (Channel.PORTAL, Channel.NO_RESPONSE) and rng.random() < 0.6:
            self.batch.skips.append(
                StepSkip(rejection=rejection, step=Step.THANK, reason=SKIP_REASON)
            )
        reflect_chance = 0.25 if stage == Stage.APPLICATION else 0.6
        for _ in range(rng.choice([1, 1, 1, 2]) if self._likely(reflect_chance) else 0):
            self.batch.reflections.append(
                Reflection(
                    rejection=rejection,
                    written_on=later(0, 5),
                    went_well=rng.choice(WENT_WELL),
                    to_improve=rng.choice(TO_IMPROVE),
                    lessons=rng.choice(LESSONS) if rng.random() < 0.6 else "",
                    next_actions=(
                        "\n".join(rng.sample(NEXT_STEPS, rng.randint(1, 3)))
                        if self._likely(0.7)
                        else ""
                    ),
                    tags=(
                        "system design, nerves"
                        if self.showcase
                        else ", ".join(rng.sample(TAGS, rng.randint(1, 3)))
                    ),
                )
            )
        if self._likely(0.4):
            activity, note = rng.choice(SELF_CARE)
            self.batch.notes.append(
                SelfCareNote(
                    owner=self.user,
                    rejection=rejection,
                    date=later(0, 2),
                    activity=activity,
                    mood=rng.choice([1, 2, 2, 3, 3]),
                    note=note,
                )
            )

    def _self_care(self, count: int) -> None:
        """A journal kept between rejections too, mostly in good spirits."""
        for _ in range(count):
            activity, note = self.rng.choice(SELF_CARE)
            self.batch.notes.append(
                SelfCareNote(
                    owner=self.user,
                    date=self._day(-self.rng.randint(0, self.span_days)),
                    activity=activity,
                    mood=self.rng.choices([1, 2, 3, 4, 5], weights=[5, 10, 30, 35, 20])[0],
                    note=note,
                )
            )


@dataclass(frozen=True)
class Account:
    username: str
    applications: int
    first_name: str
    last_name: str


def _parse_account(value: str) -> tuple[str, int]:
    name, _, count = value.partition(":")
    name = name.strip()
    if not name or not count.strip().isdigit():
        raise CommandError(
            f"--account takes USERNAME:APPLICATIONS, e.g. bench:10000; got {value!r}."
        )
    return name, int(count)


class Command(BaseCommand):
    help = (
        "Seed realistic demo data fast: background users with applications, interviews, "
        "contacts, rejections with letters, reflections and self-care notes, plus the demo "
        f"account ({DEMO_USERNAME} / {DEMO_PASSWORD})."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--users", type=int, default=0, help="Background users seed-user-0001… (default 0)."
        )
        parser.add_argument(
            "--applications",
            type=int,
            default=1_000,
            help="Applications per background user (default 1000).",
        )
        parser.add_argument(
            "--demo-applications",
            type=int,
            default=DEFAULT_DEMO_APPLICATIONS,
            help=f"Applications of the demo account (default {DEFAULT_DEMO_APPLICATIONS}).",
        )
        parser.add_argument(
            "--account",
            action="append",
            default=[],
            metavar="USERNAME:APPLICATIONS",
            help="An extra account to sign in to, e.g. bench:10000 (repeatable).",
        )
        parser.add_argument(
            "--password",
            default=DEMO_PASSWORD,
            help=f"Password of every seeded account (default {DEMO_PASSWORD}).",
        )
        parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="Random seed.")
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Delete every seeded account (and its data) first, then seed anew.",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even with DEBUG off (seeded accounts share a known password).",
        )

    def handle(self, *args, **options) -> None:
        if not settings.DEBUG and not options["force"]:
            raise CommandError(
                "DEBUG is off: this looks like production, and seeded accounts share a known "
                "password. Pass --force to seed anyway."
            )
        for name in ("users", "applications", "demo_applications"):
            if options[name] < 0:
                raise CommandError(f"--{name.replace('_', '-')} must be 0 or more.")
        started = time.perf_counter()
        accounts = self._accounts(options)
        users = self._users(accounts, options)
        if not users:
            self.stdout.write("Every account already exists; nothing to seed (use --reset).")
        else:
            rows = self._seed(users, accounts, options["seed"])
            if connection.vendor == "postgresql":
                # Fresh planner statistics: right after a bulk insert PostgreSQL still
                # believes the tables are small, and picks plans that scan them whole.
                with connection.cursor() as cursor:
                    cursor.execute("ANALYZE")
            applications = sum(accounts[user.username].applications for user in users)
            self.stdout.write(
                f"Seeded {len(users)} account(s), {applications:,} applications, {rows:,} rows "
                f"in {time.perf_counter() - started:.1f} s."
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo account: username {DEMO_USERNAME!r}, password {options['password']!r}."
            )
        )

    def _accounts(self, options: dict) -> dict[str, Account]:
        rng = random.Random(options["seed"])  # noqa: S311 - not for secrets
        wanted = [(DEMO_USERNAME, options["demo_applications"])]
        wanted += [(_parse_account(value)) for value in options["account"]]
        wanted += [
            (f"{SEED_USER_PREFIX}{number:04d}", options["applications"])
            for number in range(1, options["users"] + 1)
        ]
        accounts = {}
        for username, count in wanted:
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            if username == DEMO_USERNAME:
                first, last = "Alex", "Morgan"
            accounts[username] = Account(username, count, first, last)
        return accounts

    @transaction.atomic
    def _users(self, accounts: dict[str, Account], options: dict) -> list:
        """The accounts to fill, unsaved: missing ones, or all of them with --reset.

        Existing accounts get the password again (and are active); their data is kept.
        """
        User = get_user_model()
        if options["reset"]:
            seeded = User.objects.filter(
                Q(username__startswith=SEED_USER_PREFIX) | Q(username__in=list(accounts))
            )
            deleted = delete_accounts(users=seeded)
            if deleted:
                self.stdout.write(f"Deleted {deleted:,} seeded rows.")
        existing = set(
            User.objects.filter(username__in=list(accounts)).values_list("username", flat=True)
        )
        # One hash for every account: hashing is deliberately slow, and 100 of them would
        # take longer than seeding their data.
        password = make_password(options["password"])
        User.objects.filter(username__in=existing).update(password=password, is_active=True)
        return [
            User(
                username=account.username,
                first_name=account.first_name,
                last_name=account.last_name,
                email=f"{account.username}@example.com",
                password=password,
            )
            for account in accounts.values()
            if account.username not in existing
        ]

    def _seed(self, users: list, accounts: dict[str, Account], seed: int) -> int:
        """Seed a few accounts per transaction: an interrupted run leaves whole accounts."""
        templates = {t.kind: t for t in LetterTemplate.objects.filter(is_default=True, active=True)}
        anchor = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
        rows = 0
        chunk, planned = [], 0
        for user in users:
            chunk.append(user)
            planned += accounts[user.username].applications
            if planned >= CHUNK_APPLICATIONS or user is users[-1]:
                rows += self._write(chunk, accounts, seed, templates, anchor)
                chunk, planned = [], 0
        return rows

    @transaction.atomic
    def _write(
        self,
        users: list,
        accounts: dict[str, Account],
        seed: int,
        templates: dict[str, LetterTemplate],
        anchor: datetime.datetime,
    ) -> int:
        get_user_model().objects.bulk_create(users, batch_size=BATCH_SIZE)
        batch = Batch()
        for user in users:
            UserSeeder(
                user=user,
                count=accounts[user.username].applications,
                seed=seed,
                batch=batch,
                templates=templates,
                anchor=anchor,
            ).run()
        rows = batch.write() + len(users)
        applications = Application.objects.filter(owner__in=users)
        _date_by_history(applications)
        # The furthest stage reached, from the history just written, as the status service
        # keeps it: one UPDATE instead of the seeder working it out itself.
        refresh_reached(applications)
        names = users[0].username + (f" … {users[-1].username}" if len(users) > 1 else "")
        self.stdout.write(f"  {names}: {rows:,} rows")
        return rows
