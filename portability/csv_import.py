"""Reading an uploaded CSV of applications: decoding, delimiter, headers, column mapping and
row validation with the application form's own rules.

Nothing here writes to the database; ``services.import_applications`` does, after the user
confirmed the preview.
"""

import csv
import datetime
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from django import forms
from django.utils import timezone

from core.models import NOTES_MAX_LENGTH
from portability import formats
from portability.csv_export import BOM, FORMULA_STARTS, neutralise
from portability.formats import AmbiguousDate
from tracker.forms import ApplicationForm
from tracker.models import Company, WorkMode
from tracker.stages import Status

#: The largest CSV accepted (5 MiB): a long job search is a few thousand rows, far below it.
MAX_CSV_BYTES = 5 * 1024 * 1024
MAX_ROWS = 5_000
#: Rows shown in the preview; every bad row is listed whatever its position.
PREVIEW_ROWS = 20
DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab"}
#: Rows read to choose the delimiter.
SNIFF_ROWS = 50
DATE_HELP = (
    "Dates: 2026-03-01 (also with a time), 03.11.2026, Nov 3, 2026, 3 Nov 2026, or slashed "
    "(03/11/2026, 11/3/26, 8:15 AM) with the order of day and month found in the file or "
    "chosen by you; N/A, - or an empty cell mean no date."
)
#: Distinct status values offered for matching one by one in the mapping step.
MAX_STATUS_VALUES = 40
#: Columns a file may have: every tracker's export has a few dozen at most. The mapping
#: page offers each column in each of its 16 choices, so this bounds that page's work.
MAX_COLUMNS = 200
#: Characters of one column name, and of one value (the longest field, notes, holds this).
MAX_HEADER_CHARS = 200
MAX_CELL_CHARS = NOTES_MAX_LENGTH


class CsvFileError(Exception):
    """The file as a whole cannot be imported; the message says why and what to do."""


@dataclass(frozen=True)
class ImportField:
    name: str  # the ApplicationForm field it fills
    label: str
    synonyms: tuple[str, ...]  # normalised headers matched automatically
    required: bool = False


#: The Rebound fields a column can fill, in the order of the mapping form. Synonyms are
#: written as people write them (English, German, French, Spanish, and the names other
#: trackers export); they are compared after ``normalise_header``.
IMPORT_FIELDS = (
    ImportField(
        "company_name",
        "Company",
        (
            "company", "company name", "employer", "organisation", "organization", "org",
            "firma", "unternehmen", "arbeitgeber", "firmenname", "entreprise", "société",
            "employeur", "empresa", "compañía", "compania", "empleador",
        ),
        required=True,
    ),
    ImportField(
        "position_title",
        "Position title",
        (
            "position title", "title", "position", "role", "job title", "job", "job role",
            "job position", "jobtitel", "stelle", "stellenbezeichnung", "titel", "rolle",
            "poste", "intitulé du poste", "intitulé", "titre", "puesto", "cargo", "título",
            "titulo", "rol",
        ),
        required=True,
    ),
    ImportField(
        "status",
        "Status",
        (
            "status", "stage", "application status", "state", "list", "statut", "état",
            "etape", "étape", "estado", "etapa",
        ),
    ),
    ImportField(
        "applied_on",
        "Applied on",
        (
            "applied on", "date applied", "applied", "application date", "applied date",
            "date of application", "applied at", "date", "beworben am", "bewerbungsdatum",
            "beworben", "datum", "date de candidature", "postulé le", "candidature",
            "fecha de solicitud", "fecha de aplicación", "fecha de postulación", "fecha",
        ),
    ),
    ImportField(
        "posting_url",
        "Posting URL",
        (
            "posting url", "url", "link", "job url", "posting", "job link", "job posting",
            "posting link", "listing", "listing url", "stellenanzeige", "anzeige", "lien",
            "annonce", "enlace", "oferta", "url de la oferta",
        ),
    ),
    ImportField(
        "location",
        "Location",
        ("location", "city", "place", "ort", "standort", "stadt", "lieu", "ville", "ubicación",
         "ciudad", "lugar"),
    ),
    ImportField(
        "work_mode",
        "Work mode",
        ("work mode", "remote", "workplace", "workplace type", "arbeitsmodell", "télétravail",
         "modalidad"),
    ),
    ImportField(
        "salary_min",
        "Salary min",
        (
            "salary min", "min salary", "minimum salary", "salary from", "salary",
            "salary minimum", "salary range", "gehalt", "gehalt von", "salaire", "salario",
            "sueldo",
        ),
    ),
    ImportField(
        "salary_max",
        "Salary max",
        ("salary max", "max salary", "maximum salary", "salary to", "salary maximum",
         "gehalt bis"),
    ),
    ImportField(
        "salary_currency",
        "Salary currency",
        ("salary currency", "currency", "währung", "devise", "moneda"),
    ),
    ImportField(
        "source",
        "Source",
        (
            "source", "found via", "found on", "where found", "found", "referral", "job board",
            "quelle", "origine", "fuente", "origen",
        ),
    ),
    ImportField(
        "next_action_on",
        "Next action on",
        (
            "next action on", "next action date", "follow up", "follow up on", "follow up date",
            "due date", "nachfassen am", "wiedervorlage", "relance", "date de relance",
            "seguimiento",
        ),
    ),
    ImportField(
        "next_action",
        "Next action",
        ("next action", "next step", "to do", "todo", "nächster schritt", "prochaine étape",
         "próximo paso"),
    ),
    ImportField(
        "notes",
        "Notes",
        ("notes", "note", "comments", "comment", "notizen", "bemerkungen", "anmerkungen",
         "remarques", "commentaires", "notas", "comentarios"),
    ),
    ImportField(
        "added_on",
        "Added on",
        ("added on", "created at", "date added", "created", "date saved", "saved date",
         "erstellt am", "angelegt am", "ajouté le", "creado"),
    ),
    ImportField("status_history", "Status history", ("status history",)),
)  # fmt: skip
FIELDS_BY_NAME = {f.name: f for f in IMPORT_FIELDS}
#: Columns read as dates.
DATE_FIELDS = ("applied_on", "next_action_on", "added_on")
#: Fields that are not the application form's own: Rebound's export brings them back.
RESTORED_FIELDS = ("added_on", "status_history")


def normalise_header(header: str) -> str:
    """``"Job Title:"``, ``"job_title"`` and ``"JobTitle"`` all become ``"job title"``;
    ``"Ubicación"`` becomes ``"ubicacion"``."""
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", header)
    return " ".join(re.sub(r"[^0-9a-z]+", " ", formats.fold(spaced)).split())


_SYNONYMS = {f.name: tuple(normalise_header(s) for s in f.synonyms) for f in IMPORT_FIELDS}


# --- Reading the file -------------------------------------------------------------------


def decode(raw: bytes) -> str:
    """The file's text. Only UTF-8 (with or without a byte-order mark) is read: guessing
    another encoding silently turns "Zürich" into "ZÃ¼rich"."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CsvFileError(
            "This file is not UTF-8 text; save it as “CSV UTF-8” (in Excel: File › Save As › "
            "CSV UTF-8) and upload it again."
        ) from None
    if "\x00" in text:
        raise CsvFileError(
            "This does not look like a CSV text file (it contains binary data). Save your "
            "spreadsheet as “CSV UTF-8” and upload that."
        )
    if not text.strip():
        raise CsvFileError("The file is empty.")
    return text


def _check_first_line(text: str, delimiters: Iterable[str]) -> None:
    """Refuse a first line with more separators than ``MAX_COLUMNS`` allows before any CSV
    parsing: counting is one pass in C, while parsing a 100,000-column row holds the
    interpreter (and every other request in the process) for tens of milliseconds."""
    end = text.find("\n")
    first = text if end == -1 else text[:end]
    for delimiter in delimiters:
        columns = first.count(delimiter) + 1
        if columns > MAX_COLUMNS:
            raise CsvFileError(_too_many_columns(columns))


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon (Excel in many European locales) or tab: the one that splits the
    header into the most columns and the following rows into the same number."""
    _check_first_line(text, DELIMITERS)
    best, best_score = ",", (0, 0)
    problem = None
    for delimiter in DELIMITERS:
        rows: list[list[str]] = []
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            for row in reader:
                if any(cell.strip() for cell in row):
                    rows.append(row)
                if len(rows) == SNIFF_ROWS:
                    break
        except csv.Error as exc:
            # Judge on the rows read so far; ``parse`` reports the broken line itself.
            problem = exc
        if not rows:
            continue
        width = len(rows[0])
        consistent = sum(len(row) == width for row in rows[1:])
        score = (consistent, width) if width > 1 else (-1, width)
        if score > best_score:
            best, best_score = delimiter, score
    if best_score[1] < 2 and problem is not None:
        raise CsvFileError(f"The file could not be read as CSV near the top: {problem}.")
    if best_score[1] < 2:
        raise CsvFileError(
            "Only one column was found. Rebound reads columns separated by commas, "
            "semicolons or tabs, with the column names in the first row; check the file was "
            "saved as CSV."
        )
    return best


@dataclass
class Row:
    line: int  # where the row starts in the file (the header is line 1)
    values: list[str]


@dataclass
class ParsedFile:
    headers: list[str]
    delimiter: str
    rows: list[Row] = field(default_factory=list)


def _records(text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """Each record with the line it starts on (a quoted value may span several lines)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = 1
    try:
        for record in reader:
            yield start, record
            start = reader.line_num + 1
    except csv.Error as exc:
        raise CsvFileError(
            f"The file could not be read as CSV near line {reader.line_num}: {exc}."
        ) from None


def _and(numbers: list[int]) -> str:
    words = [str(n) for n in numbers]
    return ", ".join(words[:-1]) + " and " + words[-1]


def clean_headers(raw_headers: list[str]) -> list[str]:
    headers = [" ".join(h.split()) or f"(column {i})" for i, h in enumerate(raw_headers, 1)]
    seen: dict[str, list[int]] = {}
    for index, header in enumerate(headers, 1):
        seen.setdefault(header.casefold(), []).append(index)
    duplicates = [
        f"“{headers[columns[0] - 1]}” (columns {_and(columns)})"
        for columns in seen.values()
        if len(columns) > 1
    ]
    if duplicates:
        raise CsvFileError(
            "Each column needs its own name, but these appear more than once: "
            f"{'; '.join(duplicates)}. Rename or remove them and upload the file again."
        )
    return headers


def _too_many_columns(columns: int) -> str:
    return (
        f"The file has {columns:,} columns; Rebound reads at most {MAX_COLUMNS}. "
        "Remove the columns you do not need (or check the separator) and upload it again."
    )


def _check_header_size(header_row: list[str]) -> None:
    if len(header_row) > MAX_COLUMNS:
        raise CsvFileError(_too_many_columns(len(header_row)))
    longest = max(range(len(header_row)), key=lambda i: len(header_row[i]))
    if len(header_row[longest]) > MAX_HEADER_CHARS:
        raise CsvFileError(
            f"The name of column {longest + 1} is {len(header_row[longest]):,} characters "
            f"long; column names may have at most {MAX_HEADER_CHARS}. Is the first row the "
            "column names?"
        )


def _check_row_size(line: int, values: list[str]) -> None:
    if len(values) > MAX_COLUMNS:
        raise CsvFileError(
            f"Line {line} has {len(values):,} values; Rebound reads at most {MAX_COLUMNS} "
            "columns. Check the separator and the quotes around values that contain it."
        )
    longest = max(range(len(values)), key=lambda i: len(values[i]))
    if len(values[longest]) > MAX_CELL_CHARS:
        raise CsvFileError(
            f"Line {line}, column {longest + 1} holds {len(values[longest]):,} characters; a "
            f"value may have at most {MAX_CELL_CHARS:,}. Shorten it and upload the file again."
        )


def parse(text: str, *, delimiter: str | None = None, max_rows: int = MAX_ROWS) -> ParsedFile:
    """Headers and non-empty rows; raises ``CsvFileError`` for a file that cannot be used."""
    if delimiter:
        _check_first_line(text, delimiter)
    delimiter = delimiter or sniff_delimiter(text)
    records = _records(text, delimiter)
    for _, header_row in records:
        if any(cell.strip() for cell in header_row):
            break
    else:
        raise CsvFileError("The file is empty.")
    _check_header_size(header_row)
    parsed = ParsedFile(headers=clean_headers(header_row), delimiter=delimiter)
    for line, values in records:
        if not any(cell.strip() for cell in values):
            continue  # spreadsheets often end with empty rows
        _check_row_size(line, values)
        if len(parsed.rows) == max_rows:
            raise CsvFileError(
                f"The file has more than {max_rows:,} applications; split it into smaller "
                "files and import them one after the other."
            )
        parsed.rows.append(Row(line=line, values=values))
    if not parsed.rows:
        raise CsvFileError("The file has a header row but no applications under it.")
    return parsed


def column_values(parsed: ParsedFile, index: int) -> Iterator[str]:
    for row in parsed.rows:
        if index < len(row.values):
            yield row.values[index]


def auto_mapping(headers: list[str], parsed: ParsedFile | None = None) -> dict[str, int]:
    """Rebound field -> column index for the headers that clearly name a field.

    With the file's rows, a column of yes/no answers (JobSync's *Applied*) is never taken
    for a date, whatever its name.
    """
    normalised = [normalise_header(h) for h in headers]
    yes_no = set()
    if parsed is not None:
        yes_no = {i for i in range(len(headers)) if formats.looks_yes_no(column_values(parsed, i))}
    mapping: dict[str, int] = {}
    taken: set[int] = set()
    # Exact names first, across all fields, so "Salary" cannot steal "Salary min"'s column.
    for rank in range(max(len(s) for s in _SYNONYMS.values())):
        for import_field in IMPORT_FIELDS:
            synonyms = _SYNONYMS[import_field.name]
            if import_field.name in mapping or rank >= len(synonyms):
                continue
            for index, header in enumerate(normalised):
                if header != synonyms[rank] or index in taken:
                    continue
                if import_field.name in DATE_FIELDS and index in yes_no:
                    continue
                mapping[import_field.name] = index
                taken.add(index)
                break
    return mapping


@dataclass(frozen=True)
class Layout:
    """A file layout Rebound recognises by its column names."""

    key: str
    name: str
    headers: frozenset[str]  # normalised headers that must all be present
    #: The order of day and month its slashed dates always have, when the tool fixes it.
    date_order: str = ""


LAYOUTS = (
    Layout(
        "rebound",
        "Rebound’s own applications export",
        frozenset({"company", "position title", "status history", "added on"}),
    ),
    Layout(
        "linkedin",
        "LinkedIn data download (Jobs/Job Applications.csv)",
        frozenset({"application date", "company name", "job title", "job url"}),
        date_order=formats.MONTH_FIRST,
    ),
    Layout("jobsync", "JobSync export", frozenset({"job title", "applied date", "status"})),
    Layout("teal", "Teal job tracker export", frozenset({"job position", "date saved"})),
    Layout("huntr", "Huntr jobs export", frozenset({"list", "job title", "company"})),
)


def detect_layout(headers: list[str]) -> Layout | None:
    present = {normalise_header(h) for h in headers}
    return next((layout for layout in LAYOUTS if layout.headers <= present), None)


def layout_by_key(key: str) -> Layout | None:
    return next((layout for layout in LAYOUTS if layout.key == key), None)


def date_values(parsed: ParsedFile, mapping: dict[str, int]) -> list[str]:
    values = []
    for name in DATE_FIELDS:
        if name in mapping:
            values.extend(column_values(parsed, mapping[name]))
    return values


def status_values(parsed: ParsedFile, index: int | None) -> list[tuple[str, int]]:
    """The distinct values of the status column (first spelling seen) with their counts."""
    if index is None:
        return []
    counts: dict[str, list] = {}
    for value in column_values(parsed, index):
        value = strip_neutraliser(value.strip())
        if not value:
            continue
        key = formats.status_key(value) or value
        counts.setdefault(key, [value, 0])[1] += 1
    return [(value, count) for value, count in counts.values()][:MAX_STATUS_VALUES]


# --- Validating rows --------------------------------------------------------------------


def _choice_lookup(choices) -> dict[str, str]:
    lookup = {}
    for value, label in choices:
        lookup[value.casefold()] = value
        lookup[label.casefold()] = value
        lookup[normalise_header(label)] = value
    return lookup


WORK_MODE_LOOKUP = _choice_lookup(WorkMode.choices)


def strip_neutraliser(value: str) -> str:
    """``'=1+1`` → ``=1+1``: the apostrophe Rebound's export (like OWASP advises) puts before
    a would-be formula is not part of the value."""
    if len(value) > 1 and value[0] == "'" and value[1] in FORMULA_STARTS:
        return value[1:]
    return value


def _normalise_date(text: str, order: str | None) -> str:
    if formats.is_empty(text):
        return ""
    try:
        day = formats.parse_date(text, order=order)
    except AmbiguousDate:
        raise
    return day.isoformat() if day else text  # the form reports it, with the formats we read


def _history(text: str, order: str | None) -> list[tuple[datetime.date, str]]:
    """``"2026-01-03 applied; 2026-01-10 screening"`` → dated statuses, oldest first."""
    entries = []
    for entry in text.split(";"):
        entry = entry.strip()
        if not entry:
            continue
        day_text, _, status = entry.rpartition(" ")
        day = formats.parse_date(day_text, order=order) if day_text else None
        status = formats.suggested_status(status) or ""
        if day is None or not status:
            raise forms.ValidationError(
                f"“{entry}” is not a dated status (write it as 2026-01-10 screening)."
            )
        entries.append((day, status))
    return sorted(entries, key=lambda e: e[0])


class ImportRowForm(ApplicationForm):
    """One CSV row, checked with the application form's own rules and saved by its
    ``save()`` (which creates the typed company and the first status history entry).

    A row may say *rejected*: it is imported as it is, without a rejection record. A row
    from Rebound's own export also brings back when it was added and its status history
    (``restored``), which the import service writes after saving it.
    """

    wait_for_rejection_record = False

    class Meta(ApplicationForm.Meta):
        fields = [f for f in ApplicationForm.Meta.fields if f != "contacts"]

    def __init__(self, data: dict, *, owner, companies: dict[str, Company], order=None) -> None:
        # ApplicationForm.__init__ loads the contact and company-name choices for a page;
        # an import validates thousands of rows, so it sets up only what validation needs
        # and resolves companies from one dictionary loaded once per import.
        forms.ModelForm.__init__(self, data)
        self.owner = owner
        self.instance.owner = owner
        self.known_companies = companies
        self.order = order
        self.added_on: datetime.date | None = None
        self.history: list[tuple[datetime.date, str]] = []
        for name in ("applied_on", "next_action_on"):
            date_field = self.fields[name]
            date_field.input_formats = ["%Y-%m-%d"]
            date_field.error_messages["invalid"] = (
                f"“{data.get(name, '')}” is not a date Rebound reads. {DATE_HELP}"
            )
        self.fields["status"].error_messages["invalid_choice"] = (
            "“%(value)s” is not a status; match it to one in the column step, or use one of "
            + ", ".join(label for _, label in Status.choices)
            + "."
        )
        self.fields["work_mode"].error_messages["invalid_choice"] = (
            "“%(value)s” is not a work mode; use one of "
            + ", ".join(label for _, label in WorkMode.choices)
            + "."
        )

    def clean(self) -> dict:
        cleaned = super().clean()
        added = self.data.get("added_on", "")
        if added:
            day = formats.parse_date(added, order=self.order)
            if day is None:
                self.add_error(None, f"added on: “{added}” is not a date Rebound reads.")
            else:
                self.added_on = day
        if self.data.get("status_history"):
            try:
                self.history = _history(self.data["status_history"], self.order)
            except forms.ValidationError as error:
                self.add_error(None, f"status history: {error.messages[0]}")
            status = cleaned.get("status")
            if self.history and status and self.history[-1][1] != status:
                self.add_error(
                    None,
                    f"status history: it ends with {self.history[-1][1]} but the status "
                    f"is {status}.",
                )
        # Every Application check constraint is also a field rule above (choices, web
        # links, date range, salary order); checking them again in the database would cost
        # five queries per row. The database still enforces them when the rows are saved.
        self._validate_constraints = False
        return cleaned

    def _post_clean(self) -> None:
        self._resolve_company()
        forms.ModelForm._post_clean(self)

    def restored(self) -> tuple[datetime.datetime | None, list[tuple[datetime.datetime, str]]]:
        """When the row was added and its dated history, as aware times (noon of each day
        on the user's clock: far from midnight, the day survives a change of zone)."""

        def noon(day: datetime.date) -> datetime.datetime:
            return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))

        added = noon(self.added_on) if self.added_on else None
        return added, [(noon(day), status) for day, status in self.history]


def row_data(
    values: list[str],
    mapping: dict[str, int],
    *,
    default_status: str,
    status_map: dict[str, str] | None = None,
    order: str | None = None,
) -> dict:
    """The form data for one row: mapped cells, tidied as a person would type them.

    Raises ``AmbiguousDate`` for a slashed date while the order of day and month is open.
    """
    data = {}
    for name, index in mapping.items():
        data[name] = strip_neutraliser(values[index].strip()) if index < len(values) else ""
    status = data.get("status", "")
    if status:
        key = formats.status_key(status)
        chosen = (status_map or {}).get(key)
        if chosen is None:
            chosen = formats.suggested_status(status)
        data["status"] = chosen or status
    else:
        data["status"] = default_status
    if data.get("work_mode"):
        data["work_mode"] = WORK_MODE_LOOKUP.get(data["work_mode"].casefold(), data["work_mode"])
    salary = data.get("salary_min", "")
    if salary and "salary_max" not in mapping and (bounds := formats.split_range(salary)):
        data["salary_min"], data["salary_max"] = bounds
    for name in ("salary_min", "salary_max"):
        if data.get(name):
            data[name] = "" if formats.is_empty(data[name]) else formats.parse_amount(data[name])
    for name in DATE_FIELDS:
        if data.get(name):
            data[name] = _normalise_date(data[name], order)
    return data


@dataclass
class Refused:
    line: int
    values: list[str]
    reasons: list[str]


@dataclass
class Validation:
    forms: list[ImportRowForm]  # the valid rows, in file order
    errors: list[str]  # "Line 7: applied on: Enter a valid date."
    total: int
    refused: list[Refused] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def _reasons(form: ImportRowForm) -> list[str]:
    reasons = []
    for name, messages in form.errors.items():
        label = FIELDS_BY_NAME[name].label.lower() if name in FIELDS_BY_NAME else ""
        for message in messages:
            reasons.append(f"{label}: {message}" if label else message)
    return reasons


def validate(
    parsed: ParsedFile,
    mapping: dict[str, int],
    *,
    owner,
    default_status: str,
    status_map: dict[str, str] | None = None,
    order: str | None = None,
) -> Validation:
    """Check every row; the valid ones come back as bound forms ready to save, the others
    with their reasons."""
    companies = Company.objects.by_name(owner)
    width = len(parsed.headers)
    valid, refused = [], []
    for row in parsed.rows:
        if len(row.values) > width:
            reasons = [
                f"has {len(row.values)} values but the header has {width} columns (a value "
                "containing the separator must be in double quotes)."
            ]
            refused.append(Refused(row.line, row.values, reasons))
            continue
        try:
            data = row_data(
                row.values,
                mapping,
                default_status=default_status,
                status_map=status_map,
                order=order,
            )
        except AmbiguousDate as error:
            reasons = [
                f"“{error}” could be day/month or month/day; choose the order of slashed "
                "dates in the column step."
            ]
            refused.append(Refused(row.line, row.values, reasons))
            continue
        form = ImportRowForm(data, owner=owner, companies=companies, order=order)
        if form.is_valid():
            valid.append(form)
        else:
            refused.append(Refused(row.line, row.values, _reasons(form)))
    errors = [f"Line {r.line}: {reason}" for r in refused for reason in r.reasons]
    return Validation(forms=valid, errors=errors, total=len(parsed.rows), refused=refused)


def refused_csv(parsed: ParsedFile, refused: Iterable[Refused]) -> str:
    """The refused rows as a CSV to correct and import again: the file's own columns, then
    the line they were on and why they were refused."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([*parsed.headers, "Line", "Reason"])
    width = len(parsed.headers)
    for row in refused:
        values = (row.values + [""] * width)[:width] if len(row.values) <= width else row.values
        writer.writerow(
            [*(neutralise(v) for v in values), str(row.line), neutralise("; ".join(row.reasons))]
        )
    return BOM + buffer.getvalue()
