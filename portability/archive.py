"""The full export of everything a user owns as one JSON document, and its import into an
empty account (on this install or another).

One description (``SECTIONS``) drives both directions, so what is written is what is read.
Objects link to each other with ids that exist only inside the file (1, 2, 3... per
section, in database order); the database's own ids are never written. Timestamps are
kept as they were, so an import followed by an export gives the same document.

Format (version 4)::

    {"format": "rebound-export", "version": 4, "exported_at": "...",
     "companies": [{"id": 1, "name": ..., ...}, ...],
     "contacts": [...], "applications": [...], "interviews": [...], "rejections": [...],
     "letters": [...], "reflections": [...], "networking_links": [...],
     "self_care_notes": [...], "inbox_messages": [...], "inbox_corrections": [...],
     "documents": [...], "document_versions": [...], "sent_documents": [...],
     "posting_snapshots": [...], "reflection_fits": [...],
     "setback_plans": [...], "private_writing": [...], "weekly_goals": [...]}

Version 4 adds materials: documents and their versions (each naming its file in the ZIP
export, ``files/<sha256>``, with its size and SHA-256; the files themselves travel only in
the ZIP, see ``portability.zip_archive``), what was sent with which application, posting
copies and reflections' references to a fit. Version 3 adds the inbox: the job messages
kept (their text, never attachments) and the user's corrections. Mailbox settings are not
exported: the password is encrypted with this install's key. Version 2 writes a
rejection's ``door_open`` as an answer ("yes", "no", "unknown"); version 1 wrote a
true/false flag, which is read as ``door_open_from_flag`` says. Older files are read with
an empty inbox and no materials.

Three sections are optional in any file: the plans for a no (``setback_plans``), the
private writing (``private_writing``), which the user may choose to leave out of the
export, and the weekly goals (``weekly_goals``: none or one, with the lighter week if one
was chosen). A file without them imports with none.
"""

import contextlib
import datetime
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, BinaryIO, NamedTuple, Protocol

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import IntegrityError, models, transaction
from django.db.models import F, Q
from django.utils import timezone

from core import jsonbody
from core.text import single_line
from inbox.models import Correction, JobMessage
from materials import files as material_files
from materials import services as materials
from materials.models import (
    Document,
    DocumentVersion,
    Extraction,
    PostingSnapshot,
    ReflectionFit,
    SentDocument,
)
from materials.posting import clean_html
from pace.goals import monday_of
from pace.models import WeeklyGoals
from portability.csv_export import CHUNK_SIZE, merge_children, streaming_transaction
from rejections.models import (
    Letter,
    LetterTemplate,
    NetworkingLink,
    Reflection,
    Rejection,
    SelfCareNote,
    SetbackPlan,
    StepSkip,
    WritingSession,
    door_open_from_flag,
)
from tracker import services
from tracker.models import Application, Company, Contact, Interview, StatusChange

FORMAT = "rebound-export"
VERSION = 4
#: Older versions this install still reads (``_upgrade``).
OLDER_VERSIONS = (1, 2, 3)
#: The largest JSON file accepted for import (it is read whole into memory to validate it).
MAX_JSON_BYTES = 20 * 1024 * 1024
#: What ``load`` reads at most, besides the size: an export nests 5 levels deep, holds about
#: 25 values per kilobyte (some 500,000 at the size limit), and its longest numbers are ids.
JSON_LIMITS = jsonbody.Limits(
    max_bytes=MAX_JSON_BYTES, max_depth=8, max_values=2_000_000, max_number_chars=40
)
#: Objects written before the text is handed to the server.
OBJECTS_PER_YIELD = 500
BATCH_SIZE = 1_000


#: The private writing's section: left out of an export when the user asks.
PRIVATE_WRITING = "private_writing"
#: Sections a file may lack (read as empty): added without changing the version, and the
#: private writing, which the user may leave out.
OPTIONAL_SECTIONS = ("setback_plans", PRIVATE_WRITING, "weekly_goals")


class ArchiveError(Exception):
    """The file cannot be imported; the message names the first problem."""


class StoredFile(NamedTuple):
    """A document version's file as the export finds it in storage."""

    name: str
    size: int
    file_type: str


class FileSource(Protocol):
    """The files that come with a document (the ZIP export's ``files/``)."""

    def entry(self, member: str) -> tuple[int, str] | None:
        """The member's size and SHA-256 as its manifest gives them; None when absent."""

    def verified(self, member: str) -> contextlib.AbstractContextManager[BinaryIO]:
        """A seekable copy of the member, checked against the manifest (``ArchiveError``)."""

    def file_members(self) -> list[str]:
        """Every file member, to check that each is some version's."""


@dataclass(frozen=True)
class Children:
    """Rows that only exist inside their parent (status history, skipped steps)."""

    key: str
    model: type[models.Model]
    parent_field: str
    fields: tuple[str, ...]
    order: tuple[str, ...]


@dataclass(frozen=True)
class Section:
    key: str
    model: type[models.Model]
    owner_path: str
    fields: tuple[str, ...]
    #: Foreign key -> the section whose file ids it holds.
    links: dict[str, str] = field(default_factory=dict)
    #: Many-to-many field -> the section whose file ids it holds.
    many: dict[str, str] = field(default_factory=dict)
    children: tuple[Children, ...] = ()


SECTIONS: tuple[Section, ...] = (
    Section("companies", Company, "owner", ("name", "website", "notes", "created_at")),
    Section(
        "contacts",
        Contact,
        "owner",
        (
            "name",
            "role",
            "email",
            "phone",
            "profile_url",
            "notes",
            "last_contacted_on",
            "next_check_in_on",
            "created_at",
        ),
        links={"company": "companies"},
    ),
    Section(
        "applications",
        Application,
        "owner",
        (
            "position_title",
            "posting_url",
            "location",
            "work_mode",
            "salary_min",
            "salary_max",
            "salary_currency",
            "source",
            "status",
            "applied_on",
            "next_action_on",
            "next_action",
            "notes",
            "created_at",
            "updated_at",
        ),
        links={"company": "companies"},
        many={"contacts": "contacts"},
        children=(
            Children(
                "status_history",
                StatusChange,
                "application",
                ("from_status", "to_status", "changed_at", "note"),
                order=("changed_at", "pk"),
            ),
        ),
    ),
    Section(
        "interviews",
        Interview,
        "application__owner",
        (
            "round",
            "kind",
            "scheduled_at",
            "duration_minutes",
            "location",
            "preparation_notes",
            "notes",
            "outcome",
        ),
        links={"application": "applications"},
        many={"interviewers": "contacts"},
    ),
    Section(
        "rejections",
        Rejection,
        "application__owner",
        (
            "received_on",
            "stage",
            "channel",
            "reason_given",
            "feelings",
            "feedback_requested_on",
            "feedback",
            "feedback_received_on",
            "door_open",
            "reapply_after",
            "created_at",
        ),
        links={"application": "applications"},
        children=(
            Children(
                "skips", StepSkip, "rejection", ("step", "reason", "created_at"), order=("step",)
            ),
        ),
    ),
    Section(
        "letters",
        Letter,
        "rejection__application__owner",
        (
            "kind",
            "recipient_name",
            "recipient_email",
            "subject",
            "body",
            "status",
            "sent_on",
            "created_at",
            "updated_at",
        ),
        links={"rejection": "rejections", "recipient_contact": "contacts"},
    ),
    Section(
        "reflections",
        Reflection,
        "rejection__application__owner",
        ("written_on", "went_well", "to_improve", "lessons", "next_actions", "tags", "created_at"),
        links={"rejection": "rejections"},
    ),
    Section(
        "networking_links",
        NetworkingLink,
        "rejection__application__owner",
        ("check_in_on", "channel", "note", "created_at"),
        links={"rejection": "rejections", "contact": "contacts"},
    ),
    Section(
        "self_care_notes",
        SelfCareNote,
        "owner",
        ("date", "activity", "mood", "note", "created_at"),
        links={"rejection": "rejections"},
    ),
    Section(
        "inbox_messages",
        JobMessage,
        "owner",
        (
            "key",
            "message_id",
            "source",
            "subject",
            "sender_name",
            "sender_address",
            "sent_at",
            "text",
            "kind",
            "confidence",
            "company",
            "position",
            "event_at",
            "language",
            "reasons",
            "match_score",
            "match_reason",
            "state",
            "action",
            "automatic",
            "acted_at",
            "received_at",
        ),
        links={"application": "applications"},
    ),
    Section(
        "inbox_corrections",
        Correction,
        "owner",
        ("wrong_kind", "sender_address", "phrase", "created_at"),
    ),
    Section("documents", Document, "owner", ("title", "kind", "created_at", "updated_at")),
    Section(
        "document_versions",
        DocumentVersion,
        "owner",
        (
            "number",
            "label",
            "note",
            "original_name",
            "file_type",
            "size",
            "sha256",
            "uploaded_at",
        ),
        links={"document": "documents"},
    ),
    Section(
        "sent_documents",
        SentDocument,
        "application__owner",
        ("sent_on",),
        links={"application": "applications", "version": "document_versions"},
    ),
    Section(
        "posting_snapshots",
        PostingSnapshot,
        "application__owner",
        (
            "title",
            "organization",
            "location",
            "remote",
            "salary_min",
            "salary_max",
            "salary_currency",
            "salary_unit",
            "employment_type",
            "date_posted",
            "valid_through",
            "url",
            "description",
            "description_text",
            "source",
            "captured_at",
        ),
        links={"application": "applications"},
    ),
    Section(
        "reflection_fits",
        ReflectionFit,
        "reflection__rejection__application__owner",
        ("missing", "created_at"),
        links={"reflection": "reflections", "version": "document_versions"},
    ),
    Section(
        "setback_plans",
        SetbackPlan,
        "application__owner",
        ("actions", "created_at", "updated_at"),
        links={"application": "applications"},
    ),
    Section(
        PRIVATE_WRITING,
        WritingSession,
        "owner",
        ("number", "kind", "text", "started_on", "finished_on", "created_at", "updated_at"),
        links={"rejection": "rejections"},
    ),
    Section(
        "weekly_goals",
        WeeklyGoals,
        "owner",
        ("applications", "people", "letters", "self_care", "lighter_week_of", "updated_at"),
    ),
)
#: Sections added after version 2 and 3: read as empty from older files.
ADDED_IN_3 = ("inbox_messages", "inbox_corrections")
ADDED_IN_4 = (
    "documents",
    "document_versions",
    "sent_documents",
    "posting_snapshots",
    "reflection_fits",
)
SECTION_KEYS = [section.key for section in SECTIONS]
#: Letters name their (site-wide) template by kind and name; the link is restored on import
#: when this install has a template of that kind and name.
TEMPLATE_KEY = "template"
#: A document version names its file: the ZIP member ``files/<sha256>`` (one member for
#: versions with the same content).
FILE_KEY = "file"
FILES_DIR = "files/"


def file_member(sha256: str) -> str:
    return f"{FILES_DIR}{sha256}"


def _to_json(model_field: models.Field, value: Any) -> Any:
    if value is not None and isinstance(model_field, models.DateField):
        return value.isoformat()  # DateTimeField is a DateField too: full ISO with offset
    if isinstance(value, Decimal):
        return format(value, "f")  # as text: a JSON number may be read as a binary float
    return value


# --- Export -----------------------------------------------------------------------------


def _section_objects(
    section: Section,
    user,
    ids: dict[str, dict[int, int]],
    stored: dict[str, StoredFile] | None = None,
) -> Iterator[dict]:
    """The section's objects as dictionaries, in database order, numbered from 1.

    A document version's file is named by its member in the ZIP; ``stored`` collects where
    each member's content is in storage (one per SHA-256)."""
    model = section.model
    meta = model._meta
    own = {name: meta.get_field(name) for name in section.fields}
    link_columns = [meta.get_field(name).attname for name in section.links]
    columns = ["pk", *section.fields, *link_columns]
    if model is Letter:
        columns += ["template__kind", "template__name"]
    if model is DocumentVersion:
        columns.append("file")
    rows = (
        model.objects.filter(**{section.owner_path: user})
        .order_by("pk")
        .values_list(*columns)
        .iterator(chunk_size=CHUNK_SIZE)
    )
    streams = []
    for name in section.many:
        through = getattr(model, name).through
        parent_column = f"{meta.model_name}_id"
        target_column = f"{meta.get_field(name).related_model._meta.model_name}_id"
        streams.append(
            through.objects.filter(**{f"{meta.model_name}__{section.owner_path}": user})
            .order_by(parent_column, target_column)
            .values_list(parent_column, target_column)
            .iterator(chunk_size=CHUNK_SIZE)
        )
    for child in section.children:
        child_meta = child.model._meta
        parent_column = child_meta.get_field(child.parent_field).attname
        streams.append(
            child.model.objects.filter(**{f"{child.parent_field}__{section.owner_path}": user})
            .order_by(parent_column, *child.order)
            .values_list(parent_column, *child.fields)
            .iterator(chunk_size=CHUNK_SIZE)
        )
    child_fields = [
        [child.model._meta.get_field(name) for name in child.fields] for child in section.children
    ]
    numbering = ids.setdefault(section.key, {})
    link_targets = list(section.links.values())
    first_link = 1 + len(section.fields)
    for row, *found in merge_children(rows, *streams):
        number = numbering[row[0]] = len(numbering) + 1
        obj: dict[str, Any] = {"id": number}
        for i, (name, model_field) in enumerate(own.items(), start=1):
            obj[name] = _to_json(model_field, row[i])
        for i, (name, target) in enumerate(zip(section.links, link_targets, strict=True)):
            value = row[first_link + i]
            # .get: a link to a row created during the export (SQLite has no snapshot) is
            # left out rather than breaking the download halfway.
            obj[name] = None if value is None else ids[target].get(value)
        if model is Letter:
            kind, name = row[-2], row[-1]
            obj[TEMPLATE_KEY] = None if kind is None else {"kind": kind, "name": name}
        if model is DocumentVersion:
            obj[FILE_KEY] = file_member(obj["sha256"])
            if stored is not None:
                stored.setdefault(obj["sha256"], StoredFile(row[-1], obj["size"], obj["file_type"]))
        for (name, target), pairs in zip(section.many.items(), found, strict=False):
            obj[name] = sorted(ids[target][p[1]] for p in pairs if p[1] in ids[target])
        for child, fields, rows_of_child in zip(
            section.children, child_fields, found[len(section.many) :], strict=True
        ):
            obj[child.key] = [
                {f.name: _to_json(f, value) for f, value in zip(fields, r[1:], strict=True)}
                for r in rows_of_child
            ]
        yield obj


def export_json(
    user, stored: dict[str, StoredFile] | None = None, *, private_writing: bool = True
) -> Iterator[str]:
    """The whole export as text pieces: one object per line, sections in dependency order.

    ``stored`` (the ZIP export's) is filled with the document files the text names. Without
    ``private_writing`` the file has no such section at all (not an empty one), so it says
    plainly that the writing was left out rather than that there was none.
    """
    ids: dict[str, dict[int, int]] = {}
    exported_at = timezone.now().isoformat()
    yield (
        f'{{"format": "{FORMAT}", "version": {VERSION}, "exported_at": {json.dumps(exported_at)}'
    )
    with streaming_transaction():
        for section in SECTIONS:
            if section.key == PRIVATE_WRITING and not private_writing:
                continue
            pending = [f',\n"{section.key}": [']
            separator = "\n"
            for obj in _section_objects(section, user, ids, stored):
                pending.append(separator + json.dumps(obj, ensure_ascii=False))
                separator = ",\n"
                if len(pending) >= OBJECTS_PER_YIELD:
                    yield "".join(pending)
                    pending = []
            pending.append("\n]" if separator == ",\n" else "]")
            yield "".join(pending)
    yield "\n}\n"


# --- Import -----------------------------------------------------------------------------


def load(raw: bytes) -> dict:
    """The parsed document, with its format and sections checked."""
    try:
        raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ArchiveError("This file is not UTF-8 text, so it is not a Rebound export.") from None
    try:
        # Depth, size, numbers, NUL characters: checked without recursion before parsing.
        document = jsonbody.loads(raw, JSON_LIMITS)
    except jsonbody.JsonLimitError as exc:
        raise ArchiveError(str(exc)) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ArchiveError(
            f"This is not a Rebound export: it should start with "
            f'{{"format": "{FORMAT}", "version": {VERSION}, ...}}.'
        )
    version = document.get("version")
    if version in OLDER_VERSIONS and not isinstance(version, bool):
        _upgrade(document)
    elif version != VERSION:
        raise ArchiveError(
            f"This export has format version {version!r}; this install of Rebound reads "
            f"version {VERSION}. Update Rebound to import it."
        )
    unknown = set(document) - {"format", "version", "exported_at", *SECTION_KEYS}
    if unknown:
        raise ArchiveError(
            f"Unknown section “{sorted(unknown)[0]}”: this file was not made by this version "
            "of Rebound, and importing it would lose that part."
        )
    for key in OPTIONAL_SECTIONS:
        document.setdefault(key, [])
    for key in SECTION_KEYS:
        if not isinstance(document.get(key), list):
            raise ArchiveError(f"The section “{key}” is missing or is not a list.")
    return document


def _upgrade(document: dict) -> None:
    """Bring an older document to this version: version 1's door-open flag becomes an
    answer, files before version 3 have an empty inbox and those before 4 no materials."""
    if document["version"] == 1:
        rejections = document.get("rejections")
        for item in rejections if isinstance(rejections, list) else []:
            if isinstance(item, dict) and isinstance(item.get("door_open"), bool):
                reapply_after = item.get("reapply_after")
                item["door_open"] = door_open_from_flag(item["door_open"], reapply_after)
    for key in (*ADDED_IN_3, *ADDED_IN_4):
        document.setdefault(key, [])
    document["version"] = VERSION


def _parse_value(model_field: models.Field, value: Any, where: str) -> Any:
    """The Python value for a JSON value, refusing the wrong kind of value clearly."""
    name = model_field.name
    if value is None:
        if model_field.null:
            return None
        raise ArchiveError(f"{where}: “{name}” cannot be empty (null).")
    if isinstance(model_field, models.DateTimeField):
        parsed = _parse_iso(datetime.datetime.fromisoformat, value, where, name)
        if timezone.is_naive(parsed):
            raise ArchiveError(f"{where}: “{name}” needs a time zone offset, e.g. +00:00.")
        return parsed
    if isinstance(model_field, models.DateField):
        return _parse_iso(datetime.date.fromisoformat, value, where, name)
    if isinstance(model_field, models.DecimalField):
        # Written as text ("85000.00"), so no digit is lost to a binary float.
        try:
            number = Decimal(value) if isinstance(value, str | int) else None
        except InvalidOperation:
            number = None
        if isinstance(value, bool) or number is None or not number.is_finite():
            raise ArchiveError(f"{where}: “{name}” must be a number as text, e.g. “850.00”.")
        return number
    if isinstance(model_field, models.BooleanField):
        if not isinstance(value, bool):
            raise ArchiveError(f"{where}: “{name}” must be true or false.")
        return value
    if isinstance(model_field, models.IntegerField):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ArchiveError(f"{where}: “{name}” must be a whole number.")
        return value
    if isinstance(model_field, models.FloatField):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ArchiveError(f"{where}: “{name}” must be a number.")
        return float(value)
    if isinstance(model_field, models.JSONField):
        # The only one exported: a message's reasons, the sentences that decided its kind.
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ArchiveError(f"{where}: “{name}” must be a list of texts.")
        return [single_line(v) for v in value]
    if not isinstance(value, str):
        raise ArchiveError(f"{where}: “{name}” must be text.")
    if isinstance(model_field, models.CharField):
        # One line, as the forms keep it (core.forms.SingleLineMixin).
        return single_line(value)
    return value


def _parse_iso(parse, value: Any, where: str, name: str):
    if isinstance(value, str):
        try:
            return parse(value)
        except ValueError:
            pass
    raise ArchiveError(f"{where}: “{name}” must be an ISO date such as 2026-03-01; got {value!r}.")


def _is_id(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_keys(obj: Any, expected: set[str], where: str) -> None:
    if not isinstance(obj, dict):
        raise ArchiveError(f"{where} is not an object.")
    missing = sorted(expected - set(obj))
    if missing:
        raise ArchiveError(f"{where}: “{missing[0]}” is missing.")
    unknown = sorted(set(obj) - expected)
    if unknown:
        raise ArchiveError(f"{where}: unknown field “{unknown[0]}”.")


class _Unsupported(Exception):
    pass


_COMPARE = {
    "exact": lambda a, b: a == b,
    "gte": lambda a, b: a >= b,
    "lte": lambda a, b: a <= b,
    "gt": lambda a, b: a > b,
    "lt": lambda a, b: a < b,
    "in": lambda a, b: a in b,
    "istartswith": lambda a, b: a.casefold().startswith(b.casefold()),
}


def _holds(condition: Q, obj: models.Model) -> bool | None:
    """A check constraint's condition evaluated on an unsaved object, with SQL's
    three-valued logic (``None`` is unknown, which a check constraint lets through).

    Django's own ``CheckConstraint.validate`` asks the database, one query per constraint
    and object: 15,000 queries (most of the time) for an export of 2,000 applications.
    Raises ``_Unsupported`` for anything but the simple lookups our constraints use.
    """
    results = []
    for child in condition.children:
        if isinstance(child, Q):
            results.append(_holds(child, obj))
            continue
        lookup, expected = child
        name, _, operator = lookup.partition("__")
        value = getattr(obj, obj._meta.get_field(name).attname)
        if operator == "isnull":
            results.append((value is None) == expected)
            continue
        if isinstance(expected, F):
            expected = getattr(obj, obj._meta.get_field(expected.name).attname)
        elif hasattr(expected, "resolve_expression"):
            raise _Unsupported(lookup)
        compare = _COMPARE.get(operator or "exact")
        if compare is None:
            raise _Unsupported(lookup)
        results.append(None if value is None or expected is None else compare(value, expected))
    if condition.connector == Q.AND:
        result = False if False in results else (None if None in results else True)
    else:
        result = True if True in results else (None if None in results else False)
    if condition.negated and result is not None:
        result = not result
    return result


def _validate_checks(obj: models.Model) -> None:
    for constraint in obj._meta.constraints:
        if not isinstance(constraint, models.CheckConstraint):
            continue  # unique rules: checked within the file (``check_unique``)
        try:
            ok = _holds(Q(constraint.condition), obj) is not False
        except _Unsupported:
            constraint.validate(type(obj), obj)
            continue
        if not ok:
            raise ValidationError(constraint.get_violation_error_message())


def _full_clean(obj: models.Model, exclude: list[str], where: str) -> None:
    try:
        # Foreign keys are set from objects created moments ago in this import, so
        # checking each one exists again would only cost a query per object.
        obj.full_clean(exclude=exclude, validate_unique=False, validate_constraints=False)
        _validate_checks(obj)
    except ValidationError as exc:
        errors = exc.message_dict if hasattr(exc, "error_dict") else {"__all__": exc.messages}
        field_name, messages = next(iter(errors.items()))
        label = "" if field_name == "__all__" else f"“{field_name}”: "
        raise ArchiveError(f"{where}: {label}{messages[0]}") from None


def _check_lighter_week(goals: WeeklyGoals, where: str) -> None:
    """The lighter week is named by its Monday (``pace.services.set_lighter_week``): any
    other day would never match a week, so the halving would silently not happen."""
    day = goals.lighter_week_of
    if day is not None and day != monday_of(day):
        raise ArchiveError(
            f"{where}: “lighter_week_of” must be the Monday of the lighter week; "
            f"{day.isoformat()} is a {day:%A}."
        )


class _Restorer:
    def __init__(self, owner, files: FileSource | None = None) -> None:
        self.owner = owner
        self.files = files
        self.ids: dict[str, dict[int, models.Model]] = {}
        self.templates = {(t.kind, t.name): t for t in LetterTemplate.objects.all()}
        #: Names of the files written to storage, removed again if the import fails.
        self.stored: list[str] = []
        self.versions: list[DocumentVersion] = []

    def discard_files(self) -> None:
        storage = DocumentVersion._meta.get_field("file").storage
        for name in self.stored:
            storage.delete(name)
        self.stored = []

    def restore(self, document: dict) -> dict[str, int]:
        counts = {}
        for section in SECTIONS:
            counts[section.key] = self.restore_section(section, document[section.key])
        # Rows went in by bulk_create, which skips Application.save(): the furthest stage
        # each application reached is worked out from its restored history here.
        services.refresh_reached(Application.objects.filter(owner=self.owner))
        return counts

    def link(self, section: Section, name: str, value: Any, where: str) -> models.Model | None:
        target = section.links[name]
        if value is None:
            if section.model._meta.get_field(name).null:
                return None
            raise ArchiveError(f"{where}: “{name}” cannot be empty (null).")
        if not _is_id(value) or value not in self.ids[target]:
            raise ArchiveError(
                f"{where}: “{name}” refers to {target} id {value!r}, not in the file."
            )
        return self.ids[target][value]

    def restore_section(self, section: Section, items: list) -> int:
        model = section.model
        meta = model._meta
        expected = {"id", *section.fields, *section.links, *section.many}
        expected |= {child.key for child in section.children}
        if model is Letter:
            expected.add(TEMPLATE_KEY)
        if model is DocumentVersion:
            expected.add(FILE_KEY)
        own = [meta.get_field(name) for name in section.fields]
        exclude = [*section.links, *section.many]
        if model is DocumentVersion:
            exclude.append("file")  # stored below, once every version is checked
        members: list[tuple[str, str]] = []
        if any(f.name == "owner" for f in meta.concrete_fields):
            exclude.append("owner")
        numbering = self.ids.setdefault(section.key, {})
        objects, many_rows, child_objects = [], [], []
        unique_keys: set = set()
        linked: set = set()
        for position, item in enumerate(items, start=1):
            where = f"{section.key}, item {position}"
            _check_keys(item, expected, where)
            number = item["id"]
            if not _is_id(number) or number in numbering:
                raise ArchiveError(
                    f"{where}: “id” must be a whole number used once; got {number!r}."
                )
            where = f"{section.key}, item {position} (id {number})"
            obj = model(**{f.name: _parse_value(f, item[f.name], where) for f in own})
            if "owner" in exclude:
                obj.owner = self.owner
            for name in section.links:
                setattr(obj, name, self.link(section, name, item[name], where))
            if model is Letter:
                obj.template = self.template(item[TEMPLATE_KEY], where)
            if model is PostingSnapshot:
                # Cleaned when captured; a file may say anything, so clean it again.
                obj.description = clean_html(obj.description)
            if model is DocumentVersion:
                members.append((self.file_reference(obj, item[FILE_KEY], where), where))
            _full_clean(obj, exclude, where)
            if model is WeeklyGoals:
                _check_lighter_week(obj, where)
            self.check_unique(section, obj, unique_keys, where)
            numbering[number] = obj
            objects.append(obj)
            for name, target in section.many.items():
                values = item[name]
                if not isinstance(values, list):
                    raise ArchiveError(f"{where}: “{name}” must be a list of {target} ids.")
                for value in values:
                    if not _is_id(value) or value not in self.ids[target]:
                        raise ArchiveError(
                            f"{where}: “{name}” refers to {target} id {value!r}, not in the file."
                        )
                    if (name, number, value) in linked:
                        continue
                    linked.add((name, number, value))
                    many_rows.append((name, obj, self.ids[target][value]))
            for child in section.children:
                child_objects += self.children(child, obj, item[child.key], where)
        if model is DocumentVersion:
            self.store_files(objects, members)
            self.versions = objects
        self.save(model, objects)
        for name in section.many:
            through = getattr(model, name).through
            parent = f"{meta.model_name}"
            target = f"{meta.get_field(name).related_model._meta.model_name}"
            through.objects.bulk_create(
                [through(**{parent: o, target: t}) for n, o, t in many_rows if n == name],
                batch_size=BATCH_SIZE,
            )
        for child in section.children:
            self.save(child.model, [o for o in child_objects if isinstance(o, child.model)])
        return len(objects)

    def file_reference(self, version: DocumentVersion, member: Any, where: str) -> str:
        """The ZIP member holding the version's file, checked against the manifest."""
        if self.files is None:
            raise ArchiveError(NEEDS_THE_ZIP)
        entry = self.files.entry(member) if isinstance(member, str) else None
        if entry is None:
            raise ArchiveError(f"{where}: its file {member!r} is not in the ZIP.")
        if entry != (version.size, version.sha256):
            raise ArchiveError(
                f"{where}: the size or SHA-256 of its file “{member}” differs from the "
                "manifest's; the export is damaged."
            )
        return member

    def store_files(self, versions: list[DocumentVersion], members: list[tuple[str, str]]):
        """Check each file by its content, as an upload is, and write it to storage."""
        total = sum(version.size for version in versions)
        if total > materials.quota_left(self.owner):
            raise ArchiveError(
                materials.over_quota_message(
                    total, what=f"The {len(versions)} document versions of this export"
                )
                + " Ask the administrator for a larger quota (MATERIALS_USER_QUOTA_BYTES)."
            )
        used = {member for member, _ in members}
        for member in self.files.file_members() if self.files else ():
            if member not in used:
                raise ArchiveError(f"The ZIP holds “{member}”, which no document version uses.")
        for version, (member, where) in zip(versions, members, strict=True):
            with self.files.verified(member) as stream:
                try:
                    checked = materials.check_file(
                        stream, name=version.original_name, size=version.size
                    )
                except material_files.Refused as exc:
                    raise ArchiveError(f"{where}: its file “{member}” was refused: {exc}") from None
                if checked.file_type != version.file_type:
                    raise ArchiveError(
                        f"{where}: its file “{member}” is {checked.file_type.label}, not "
                        f"“{version.file_type}” as the export says."
                    )
                stream.seek(0)
                version.extraction = Extraction.PENDING
                version.file.save(version.original_name, File(stream), save=False)
                self.stored.append(version.file.name)

    def children(self, child: Children, parent: models.Model, items: Any, where: str) -> list:
        if not isinstance(items, list):
            raise ArchiveError(f"{where}: “{child.key}” must be a list.")
        child_meta = child.model._meta
        fields = [child_meta.get_field(name) for name in child.fields]
        made, seen = [], set()
        for position, item in enumerate(items, start=1):
            child_where = f"{where}, {child.key} item {position}"
            _check_keys(item, set(child.fields), child_where)
            obj = child.model(
                **{f.name: _parse_value(f, item[f.name], child_where) for f in fields},
                **{child.parent_field: parent},
            )
            _full_clean(obj, [child.parent_field], child_where)
            if child.model is StepSkip:
                if obj.step in seen:
                    raise ArchiveError(f"{child_where}: the step “{obj.step}” is skipped twice.")
                seen.add(obj.step)
            made.append(obj)
        return made

    def template(self, value: Any, where: str) -> LetterTemplate | None:
        if value is None:
            return None
        _check_keys(value, {"kind", "name"}, f"{where}, template")
        if not all(isinstance(v, str) for v in value.values()):
            raise ArchiveError(f"{where}: the template's kind and name must be text.")
        return self.templates.get((value["kind"], value["name"]))

    def check_unique(self, section: Section, obj: models.Model, seen: set, where: str) -> None:
        """The database's unique rules, checked within the file with a clear message."""
        if isinstance(obj, Company):
            key, message = obj.name.casefold(), f"two companies are named “{obj.name}”"
        elif isinstance(obj, Rejection):
            key, message = id(obj.application), "its application already has a rejection"
        elif isinstance(obj, NetworkingLink):
            key = (id(obj.rejection), id(obj.contact))
            message = "this contact is already linked to this rejection"
        elif isinstance(obj, JobMessage):
            key, message = obj.key, "the same message is in the file twice"
        elif isinstance(obj, SetbackPlan):
            key, message = id(obj.application), "its application already has a plan"
        elif isinstance(obj, WritingSession):
            key = (id(obj.rejection), obj.number)
            message = f"its rejection already has a writing session {obj.number}"
        elif isinstance(obj, Correction):
            key = (obj.wrong_kind, obj.sender_address, obj.phrase)
            message = "the same correction is in the file twice"
        elif isinstance(obj, DocumentVersion):
            key = (id(obj.document), obj.number)
            message = f"its document already has a version {obj.number}"
        elif isinstance(obj, SentDocument):
            key = (id(obj.application), id(obj.version))
            message = "this version is already noted as sent with this application"
        elif isinstance(obj, PostingSnapshot):
            key, message = id(obj.application), "its application already has a posting copy"
        elif isinstance(obj, ReflectionFit):
            key, message = id(obj.reflection), "its reflection already refers to a fit"
        elif isinstance(obj, WeeklyGoals):
            key, message = "weekly goals", "an account has one set of weekly goals"
        else:
            return
        if key in seen:
            raise ArchiveError(f"{where}: {message}.")
        seen.add(key)

    def save(self, model: type[models.Model], objects: list[models.Model]) -> None:
        """Insert in file order, then put back the timestamps the insert overwrote."""
        if not objects:
            return
        # Only the timestamps the file gave: the others (such as the calendar's updated_at
        # of an interview, not exported) say when the row was imported.
        automatic = [
            f.name
            for f in model._meta.concrete_fields
            if (getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False))
            and getattr(objects[0], f.name) is not None
        ]
        kept = [[getattr(obj, name) for name in automatic] for obj in objects]
        # bulk_create picks up the ids of parents saved since they were assigned.
        model.objects.bulk_create(objects, batch_size=BATCH_SIZE)
        if automatic:
            for obj, values in zip(objects, kept, strict=True):
                for name, value in zip(automatic, values, strict=True):
                    setattr(obj, name, value)
            model.objects.bulk_update(objects, automatic, batch_size=BATCH_SIZE)


NEEDS_THE_ZIP = (
    "This export lists document versions, whose files travel only in the ZIP export "
    "(rebound-export-….zip, “Everything with files”). Import that file instead."
)


def account_is_empty(user) -> bool:
    return not any(
        model.objects.filter(owner=user).exists()
        for model in (Application, Company, Contact, SelfCareNote, Document)
    )


@transaction.atomic
def restore(*, owner, document: dict, files: FileSource | None = None) -> dict[str, int]:
    """Import a loaded export into the owner's empty account, all of it or nothing.

    ``files`` gives the document versions' files (the ZIP export's); each is checked by its
    content and written to storage. Returns the number of objects per section. Raises
    ``ArchiveError`` naming the first problem; the transaction then leaves the account as
    it was, and the files already written are deleted again.
    """
    # Lock the user: two imports started together must not both find the account empty.
    get_user_model().objects.select_for_update().filter(pk=owner.pk).first()
    if not account_is_empty(owner):
        raise ArchiveError(
            "Your account already has applications, companies, contacts, documents or "
            "self-care notes. A full export can only be imported into an empty account (for "
            "example a new one); to add applications here, use the CSV import."
        )
    if files is None and document.get("document_versions"):
        raise ArchiveError(NEEDS_THE_ZIP)
    restorer = _Restorer(owner, files)
    try:
        with transaction.atomic():
            if document.get("weekly_goals"):
                # Goals are a setting, not data: a new account may have set some before
                # importing; the file's, from the account it came from, take their place.
                WeeklyGoals.objects.filter(owner=owner).delete()
            counts = restorer.restore(document)
    except IntegrityError as exc:
        restorer.discard_files()
        problem = str(exc).strip().splitlines()[0] if str(exc).strip() else "a constraint"
        raise ArchiveError(f"The file breaks a rule of the database ({problem}).") from None
    except BaseException:
        # Nothing half-saved: the rows roll back, and the files written go with them.
        restorer.discard_files()
        raise
    # The text of each file (for search and fit) is read again from the file itself.
    materials.read_texts_later(owner=owner, versions=restorer.versions)
    return counts
