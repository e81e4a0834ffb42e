"""A user's whole world of data, and snapshots to prove nobody else changed it.

``build_world`` gives the owner one row of every kind, each text marked with ``MARKER`` so
a page that leaks any of it is easy to spot. The snapshot helpers find, for every model of
the project, the path from a row to the user it belongs to (``owner_path``), which lets a
test compare "everything the owner has" before and after a stranger's request, and check
that no row ever links one user's data to another's.
"""

import datetime
import hashlib
import weakref
from collections import deque
from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import DEFAULT_DB_ALIAS, connections, models
from django.db.models import F
from django.utils import timezone

from rejections.models import Letter, SentLetter, SetbackPlan, StepSkip, WritingSession
from tests.factories import (
    ApplicationFactory,
    CompanyFactory,
    ContactFactory,
    InterviewFactory,
    LetterFactory,
    NetworkingLinkFactory,
    ReflectionFactory,
    RejectionFactory,
    SelfCareNoteFactory,
)
from tracker.stages import Status

#: Every text of the owner's data contains this (any case), so a leak is easy to find.
MARKER = "ownersecret"

#: The apps whose models hold users' data; ``auth`` for the users themselves.
PROJECT_APPS = [
    "auth",
    "tracker",
    "rejections",
    "reminders",
    "portability",
    "inbox",
    "materials",
    "pace",
    "coach",
]

#: Foreign keys that link one user to another by design (a coach and the person they
#: coach), which ``cross_owner_links`` must not count as a leak.
USER_LINKS = {
    ("coach.Coaching", "coach"),
    ("coach.CoachView", "coach"),
    ("coach.CoachInvitation", "target_user"),
}


@dataclass
class World:
    owner: models.Model
    stranger: models.Model
    company: models.Model
    contact: models.Model
    application: models.Model
    interview: models.Model
    rejected_application: models.Model
    rejection: models.Model
    letter: models.Model
    sent_letter: models.Model
    reflection: models.Model
    link: models.Model
    skip: models.Model
    note: models.Model
    plan: models.Model
    writing: models.Model
    #: Strings that must never show on another user's pages.
    secrets: list[str] = field(default_factory=list)
    #: The owner's coach (an account with no data of its own), when the coach app is on.
    coach: models.Model | None = None
    #: Texts a coach must never see either: notes, feelings, reflections, self-care notes,
    #: letter bodies, contacts, money. (A coach does see company names, position titles,
    #: sent letters' subjects: those carry ``MARKER`` but not these.)
    private: list[str] = field(default_factory=list)

    def leaks(self, text: str) -> list[str]:
        lowered = text.lower()
        return [secret for secret in self.secrets if secret.lower() in lowered]

    def private_leaks(self, text: str) -> list[str]:
        lowered = text.lower()
        return [secret for secret in self.private if secret.lower() in lowered]


def build_world(owner, stranger) -> World:
    """The owner's data: one of everything, every text marked. The stranger has none."""
    secret = MARKER.upper()
    company = CompanyFactory(
        owner=owner,
        name=f"{secret} Corp",
        website="https://ownersecret.example",
        notes=f"{secret} company notes",
    )
    contact = ContactFactory(
        owner=owner,
        name=f"{secret} Contact",
        role=f"{secret} role",
        company=company,
        email="ownersecret@example.com",
        notes=f"{secret} contact notes",
    )
    application = ApplicationFactory(
        owner=owner,
        company=company,
        position_title=f"{secret} Engineer",
        status=Status.INTERVIEWING,
        location=f"{secret} City",
        source=f"{secret} source",
        notes=f"{secret} application notes",
        next_action=f"{secret} next action",
        salary_min=50_000,
        salary_max=60_000,
        salary_currency="EUR",
    )
    application.contacts.add(contact)
    interview = InterviewFactory(
        application=application,
        location=f"{secret} room",
        preparation_notes=f"{secret} preparation",
        notes=f"{secret} interview notes",
    )
    interview.interviewers.add(contact)
    rejected_application = ApplicationFactory(
        owner=owner, company=company, position_title=f"{secret} Analyst", status=Status.REJECTED
    )
    past_interview = InterviewFactory(
        application=rejected_application,
        scheduled_at=timezone.now() - datetime.timedelta(days=10),
        notes=f"{secret} past interview",
    )
    past_interview.interviewers.add(contact)
    rejection = RejectionFactory(
        application=rejected_application,
        received_on=timezone.localdate() - datetime.timedelta(days=3),
        reason_given=f"{secret} reason",
        feelings=f"{secret} feelings",
        feedback=f"{secret} feedback",
        feedback_received_on=timezone.localdate() - datetime.timedelta(days=1),
    )
    letter = LetterFactory(
        rejection=rejection,
        recipient_contact=contact,
        recipient_name=f"{secret} Recipient",
        recipient_email="ownersecret@example.com",
        subject=f"{secret} subject",
        body=f"{secret} letter body",
    )
    sent_letter = LetterFactory(
        rejection=rejection,
        kind="feedback_request",
        subject=f"{secret} sent subject",
        body=f"{secret} sent body",
        status=Letter.Status.SENT,
        sent_on=timezone.localdate(),
    )
    reflection = ReflectionFactory(
        rejection=rejection,
        went_well=f"{secret} went well",
        to_improve=f"{secret} to improve",
        lessons=f"{secret} lessons",
        next_actions=f"{secret} next actions",
        tags=f"{secret}tag",
    )
    link = NetworkingLinkFactory(rejection=rejection, contact=contact, note=f"{secret} note")
    skip = StepSkip.objects.create(rejection=rejection, step="self_care", reason=f"{secret} skip")
    note = SelfCareNoteFactory(
        owner=owner, rejection=rejection, activity=f"{secret} walk", note=f"{secret} mood note"
    )
    SentLetter.objects.create(
        owner=owner,
        letter=sent_letter,
        recipient_name=f"{secret} Logged Recipient",
        recipient_email="ownersecret-log@example.com",
        subject=f"{secret} logged subject",
        message_id=f"<{secret}.1@example.com>",
    )
    plan = SetbackPlan.objects.create(
        application=application, actions=f"{secret} plan action\nAsk them for feedback"
    )
    writing = WritingSession.objects.create(
        owner=owner,
        rejection=rejection,
        number=1,
        text=f"{secret} private writing",
        started_on=rejection.received_on,
        finished_on=rejection.received_on,
    )
    _materials(owner, application=application, reflection=reflection)
    world = World(
        owner=owner,
        stranger=stranger,
        company=company,
        contact=contact,
        application=application,
        interview=interview,
        rejected_application=rejected_application,
        rejection=rejection,
        letter=letter,
        sent_letter=sent_letter,
        reflection=reflection,
        link=link,
        skip=skip,
        note=note,
        plan=plan,
        writing=writing,
        secrets=[MARKER],
    )
    world.private = [
        f"{secret} company notes",
        "ownersecret.example",
        f"{secret} Contact",
        f"{secret} role",
        "ownersecret@example.com",
        f"{secret} contact notes",
        f"{secret} City",
        f"{secret} source",
        f"{secret} application notes",
        f"{secret} next action",
        "50,000",
        "50000",
        f"{secret} room",
        f"{secret} preparation",
        f"{secret} interview notes",
        f"{secret} past interview",
        f"{secret} reason",
        f"{secret} feelings",
        f"{secret} feedback",
        f"{secret} Recipient",
        f"{secret} subject",
        f"{secret} letter body",
        f"{secret} sent body",
        f"{secret} went well",
        f"{secret} to improve",
        f"{secret} lessons",
        f"{secret} next actions",
        f"{secret}tag",
        f"{secret} note",
        f"{secret} skip",
        f"{secret} walk",
        f"{secret} mood note",
        f"{secret} Logged Recipient",
        "ownersecret-log@example.com",
        f"{secret} logged subject",
        f"{secret} plan action",
        f"{secret} private writing",
        f"{secret} CV text",
        f"{secret} version note",
        f"{secret} description",
        f"{secret} SQL",
    ]
    if apps.is_installed("coach"):
        from coach.models import Coaching
        from tests.factories import UserFactory

        world.coach = UserFactory()
        Coaching.objects.create(person=owner, coach=world.coach)
    if apps.is_installed("pace"):
        from pace.models import WeeklyGoals

        WeeklyGoals.objects.create(owner=owner, applications=7, people=3, letters=2, self_care=4)
    if apps.is_installed("reminders"):
        from reminders.models import ReminderSettings

        # The calendar token is the feed's only protection: it must never leak either.
        world.secrets.append(ReminderSettings.objects.get_for(owner).calendar_token)
    return world


def _materials(owner, *, application, reflection) -> None:
    """A document with a stored file, sent with the application, its posting copy, and a
    reflection's fit: every materials model, every text marked."""
    if not apps.is_installed("materials"):
        return
    from django.core.files.base import ContentFile

    from materials.models import (
        Document,
        DocumentVersion,
        PostingSnapshot,
        ReflectionFit,
        SentDocument,
    )

    secret = MARKER.upper()
    document = Document.objects.create(owner=owner, title=f"{secret} CV", kind="cv")
    content = f"{secret} CV text".encode()
    version = DocumentVersion(
        document=document,
        owner=owner,
        number=1,
        label=f"{secret} label",
        note=f"{secret} version note",
        original_name="ownersecret.txt",
        file_type="txt",
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        text=f"{secret} CV text",
        extraction="done",
    )
    version.file.save("ownersecret.txt", ContentFile(content))
    SentDocument.objects.create(application=application, version=version)
    PostingSnapshot.objects.create(
        application=application,
        title=f"{secret} posting",
        organization=f"{secret} Org",
        description=f"<p>{secret} description</p>",
        description_text=f"{secret} description",
    )
    ReflectionFit.objects.create(reflection=reflection, version=version, missing=f"{secret} SQL")


# --- Ownership and snapshots ------------------------------------------------------------


def project_models() -> list[type[models.Model]]:
    """Every model holding users' data, M2M tables included; axes and sessions are not."""
    found: list[type[models.Model]] = []
    for label in PROJECT_APPS:
        if not apps.is_installed(label if label != "auth" else "django.contrib.auth"):
            continue
        config = apps.get_app_config(label)
        for model in config.get_models(include_auto_created=True):
            if label == "auth" and model is not get_user_model():
                continue
            found.append(model)
    return found


def owner_path(model: type[models.Model]) -> str | None:
    """The lookup from a row to its user ("owner", "application__owner", ...).

    ``"pk"`` for the user model itself; ``None`` for site-wide data such as letter templates.
    The shortest path over non-null foreign keys wins.
    """
    user_model = get_user_model()
    if model is user_model:
        return "pk"
    # Over non-null keys only first: a letter belongs to its rejection's owner, not (only
    # when it has one) to the owner of its recipient contact.
    for usable in (lambda fk: not fk.null, lambda fk: True):
        queue: deque[tuple[type[models.Model], str, int]] = deque([(model, "", 0)])
        while queue:
            current, prefix, depth = queue.popleft()
            for fk in filter(usable, _foreign_keys(current)):
                lookup = f"{prefix}{fk.name}"
                if fk.related_model is user_model:
                    return lookup
                if depth < 4:
                    queue.append((fk.related_model, f"{lookup}__", depth + 1))
    return None


def _foreign_keys(model: type[models.Model]) -> list[models.ForeignKey]:
    """Non-null foreign keys first: a nullable one (e.g. a note's optional rejection) is
    not where a row's ownership comes from."""
    fks = [f for f in model._meta.concrete_fields if isinstance(f, models.ForeignKey)]
    return sorted(fks, key=lambda f: f.null)


def _every_row(queryset: models.QuerySet) -> models.QuerySet:
    return queryset.annotate(pk_=F("pk")).order_by("pk").values()


Snapshot = dict[str, dict]


#: Stands for the user in a compiled per-user query; replaced by their pk at each call.
_SOMEONE = -7_654_321


class _CompiledRows:
    """A model's "every row, every value" query with its SQL built once.

    Building the SQL is most of what reading the rows costs (``snapshot_of`` took 43 ms
    with the SQL built on each call, 5 with it built once, on SQLite), and it is the same
    every time; a per-user query is compiled for ``_SOMEONE`` and run with the user's pk
    in its place. The rows are read afresh on each call and pass through the same
    converters ``.values()`` uses, so ``rows()`` gives what iterating
    ``_every_row(queryset)`` gives.
    """

    def __init__(self, queryset: models.QuerySet, connection) -> None:
        query = _every_row(queryset.using(connection.alias)).query
        self.connection = connection
        self.compiler = query.get_compiler(connection=connection)
        self.sql, self.params = self.compiler.as_sql()
        # As django.db.models.query.ValuesIterable names a row's values, and as
        # SQLCompiler.results_iter converts them (asked once here, not on every read).
        self.names = [*query.extra_select, *query.values_select, *query.annotation_select]
        columns = [select[0] for select in self.compiler.select[: self.compiler.col_count]]
        self.converters = self.compiler.get_converters(columns)

    def rows(self, someone: int | None = None) -> dict:
        params = [someone if value == _SOMEONE else value for value in self.params]
        with self.connection.cursor() as cursor:
            cursor.execute(self.sql, params)
            fetched = cursor.fetchall()
        values = (
            self.compiler.apply_converters(fetched, self.converters) if self.converters else fetched
        )
        return {row["pk_"]: row for row in (dict(zip(self.names, v, strict=True)) for v in values)}


#: What the helpers below build once per database connection (the test thread's own):
#: (helper, connection) -> the compiled queries.
_BUILT: dict = {}


def _built_once(helper, build):
    """``build(connection)``'s result for the test thread's connection, built on the first
    call and kept while that connection lives."""
    connection = connections[DEFAULT_DB_ALIAS]
    per_connection = _BUILT.setdefault(helper, weakref.WeakKeyDictionary())
    if connection not in per_connection:
        per_connection[connection] = build(connection)
    return connection, per_connection[connection]


def snapshot_all() -> Snapshot:
    """Every row of every project model, every value."""
    _, compiled = _built_once(
        snapshot_all,
        lambda connection: {
            model._meta.label: _CompiledRows(model._base_manager.all(), connection)
            for model in project_models()
        },
    )
    return {label: rows.rows() for label, rows in compiled.items()}


def snapshot_of(user) -> Snapshot:
    """Every row that belongs to ``user``, plus site-wide rows nobody may change."""
    _, compiled = _built_once(
        snapshot_of,
        lambda connection: {
            model._meta.label: _CompiledRows(_owned_by_someone(model), connection)
            for model in project_models()
        },
    )
    return {label: rows.rows(someone=user.pk) for label, rows in compiled.items()}


def _owned_by_someone(model: type[models.Model]) -> models.QuerySet:
    """The model's rows that belong to ``_SOMEONE`` (all of them for site-wide data)."""
    path = owner_path(model)
    queryset = model._base_manager.all()
    return queryset if path is None else queryset.filter(**{path: _SOMEONE})


def counts() -> dict[str, int]:
    """How many rows each project model has, read in one query (``model._base_manager
    .count()`` for each, which the hostile-input walks ask twice per post, took 50)."""
    connection, (labels, sql) = _built_once(counts, _count_query)
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return {labels[n]: count for n, count in cursor.fetchall()}


def _count_query(connection) -> tuple[list[str], str]:
    """The models' labels, and the query counting their rows (the label's index first)."""
    quote = connection.ops.quote_name
    found = project_models()
    return (
        [model._meta.label for model in found],
        # The models' own table names, quoted: nothing here comes from outside.
        " UNION ALL ".join(
            f"SELECT {n}, COUNT(*) FROM {quote(model._meta.db_table)}"  # noqa: S608
            for n, model in enumerate(found)
        ),
    )


def cross_owner_links() -> list[str]:
    """Rows that link one user's data to another user's data (must always be none)."""
    connection, compiled = _built_once(
        cross_owner_links,
        lambda connection: [
            (
                f"{model._meta.label} #{{}} via {fk.name}",
                *query.get_compiler(connection=connection).as_sql(),
            )
            for model, fk, query in _cross_link_queries()
        ],
    )
    problems = []
    with connection.cursor() as cursor:
        for message, sql, params in compiled:
            cursor.execute(sql, params)
            problems += [message.format(pk) for (pk,) in cursor.fetchall()]
    return problems


def _cross_link_queries():
    """For each foreign key between two owned models: the rows whose two owners differ."""
    for model in project_models():
        own = owner_path(model)
        if own is None or own == "pk":
            continue
        for fk in _foreign_keys(model):
            if (model._meta.label, fk.name) in USER_LINKS:
                continue
            target = owner_path(fk.related_model)
            if target is None:
                continue
            target_lookup = fk.name if target == "pk" else f"{fk.name}__{target}"
            bad = (
                model._base_manager.filter(**{f"{fk.name}__isnull": False})
                .exclude(**{target_lookup: F(own)})
                .values_list("pk", flat=True)
            )
            yield model, fk, bad.query
