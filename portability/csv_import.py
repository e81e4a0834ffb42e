"""Reading an uploaded CSV of applications: decoding, delimiter, headers, column mapping and
row validation with the application form's own rules.

Nothing here writes to the database; ``services.import_applications`` does, after the user
confirmed the preview.
"""

import csv
import datetime
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from django import forms

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
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y")
DATE_HELP = "Dates: 2026-03-01 (year-month-day) or 01/03/2026 (day/month/year)."


class CsvFileError(Exception):
    """The file as a whole cannot be imported; the message says why and what to do."""


@dataclass(frozen=True)
class ImportField:
    name: str  # the ApplicationForm field it fills
    label: str
    synonyms: tuple[str, ...]  # normalised headers matched automatically
    required: bool = False


#: The Rebound fields a column can fill, in the order of the mapping form.
IMPORT_FIELDS = (
    ImportField(
        "company_name",
        "Company",
        ("company", "company name", "employer", "organisation", "organization", "org"),
        required=True,
    ),
    ImportField(
        "position_title",
        "Position title",
        ("position title", "title", "position", "role", "job title", "job", "job role"),
        required=True,
    ),
    ImportField("status", "Status", ("status", "stage", "application status", "state")),
    ImportField(
        "applied_on",
        "Applied on",
        (
            "applied on",
            "date applied",
            "applied",
            "application date",
            "applied date",
            "date of application",
            "date",
        ),
    ),
    ImportField(
        "posting_url",
        "Posting URL",
        (
            "posting url",
            "url",
            "link",
            "job url",
            "posting",
            "job link",
            "job posting",
            "posting link",
            "listing",
            "listing url",
        ),
    ),
    ImportField("location", "Location", ("location", "city", "place")),
    ImportField("work_mode", "Work mode", ("work mode", "remote", "workplace", "workplace type")),
    ImportField(
        "salary_min",
        "Salary min",
        ("salary min", "min salary", "minimum salary", "salary from", "salary", "salary minimum"),
    ),
    ImportField(
        "salary_max",
        "Salary max",
        ("salary max", "max salary", "maximum salary", "salary to", "salary maximum"),
    ),
    ImportField("salary_currency", "Salary currency", ("salary currency", "currency")),
    ImportField(
        "source",
        "Source",
        ("source", "found via", "found on", "where found", "found", "referral", "job board"),
    ),
    ImportField(
        "next_action_on",
        "Next action on",
        ("next action on", "next action date", "follow up", "follow up on", "follow up date"),
    ),
    ImportField("next_action", "Next action", ("next action", "next step", "to do", "todo")),
    ImportField("notes", "Notes", ("notes", "note", "comments", "comment")),
)
FIELDS_BY_NAME = {f.name: f for f in IMPORT_FIELDS}


def normalise_header(header: str) -> str:
    """``"Job Title:"`` and ``"job_title"`` both become ``"job title"``."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", header.casefold()).split())


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


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon (Excel in many European locales) or tab: the one that splits the
    header into the most columns and the following rows into the same number."""
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


def parse(text: str, *, delimiter: str | None = None, max_rows: int = MAX_ROWS) -> ParsedFile:
    """Headers and non-empty rows; raises ``CsvFileError`` for a file that cannot be used."""
    delimiter = delimiter or sniff_delimiter(text)
    records = _records(text, delimiter)
    for _, header_row in records:
        if any(cell.strip() for cell in header_row):
            break
    else:
        raise CsvFileError("The file is empty.")
    parsed = ParsedFile(headers=clean_headers(header_row), delimiter=delimiter)
    for line, values in records:
        if not any(cell.strip() for cell in values):
            continue  # spreadsheets often end with empty rows
        if len(parsed.rows) == max_rows:
            raise CsvFileError(
                f"The file has more than {max_rows:,} applications; split it into smaller "
                "files and import them one after the other."
            )
        parsed.rows.append(Row(line=line, values=values))
    if not parsed.rows:
        raise CsvFileError("The file has a header row but no applications under it.")
    return parsed


def auto_mapping(headers: list[str]) -> dict[str, int]:
    """Rebound field -> column index for the headers that clearly name a field."""
    normalised = [normalise_header(h) for h in headers]
    mapping: dict[str, int] = {}
    taken: set[int] = set()
    # Exact names first, across all fields, so "Salary" cannot steal "Salary min"'s column.
    for rank in range(max(len(f.synonyms) for f in IMPORT_FIELDS)):
        for import_field in IMPORT_FIELDS:
            if import_field.name in mapping or rank >= len(import_field.synonyms):
                continue
            synonym = import_field.synonyms[rank]
            for index, header in enumerate(normalised):
                if header == synonym and index not in taken:
                    mapping[import_field.name] = index
                    taken.add(index)
                    break
    return mapping


# --- Validating rows --------------------------------------------------------------------


def _choice_lookup(choices) -> dict[str, str]:
    lookup = {}
    for value, label in choices:
        lookup[value.casefold()] = value
        lookup[label.casefold()] = value
        lookup[normalise_header(label)] = value
    return lookup


STATUS_LOOKUP = _choice_lookup(Status.choices)
WORK_MODE_LOOKUP = _choice_lookup(WorkMode.choices)
_THOUSANDS = re.compile(r"^\d{1,3}([ ,.'’_\u00a0\u202f]\d{3})+$")


def _normalise_number(text: str) -> str:
    """``60,000``, ``60.000`` and ``60 000`` are sixty thousand, not sixty."""
    text = text.strip()
    if _THOUSANDS.match(text):
        return re.sub(r"\D", "", text)
    return text


def _normalise_date(text: str) -> str:
    text = text.strip()
    for fmt in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return text  # the form reports it, with the formats we accept


class ImportRowForm(ApplicationForm):
    """One CSV row, checked with the application form's own rules and saved by its
    ``save()`` (which creates the typed company and the first status history entry).

    A row may say *rejected*: it is imported as it is, without a rejection record.
    """

    wait_for_rejection_record = False

    class Meta(ApplicationForm.Meta):
        fields = [f for f in ApplicationForm.Meta.fields if f != "contacts"]

    def __init__(self, data: dict, *, owner, companies: dict[str, Company]) -> None:
        # ApplicationForm.__init__ loads the contact and company-name choices for a page;
        # an import validates thousands of rows, so it sets up only what validation needs
        # and resolves companies from one dictionary loaded once per import.
        forms.ModelForm.__init__(self, data)
        self.owner = owner
        self.instance.owner = owner
        self.known_companies = companies
        for name in ("applied_on", "next_action_on"):
            date_field = self.fields[name]
            date_field.input_formats = ["%Y-%m-%d"]
            date_field.error_messages["invalid"] = (
                "Enter a date as 2026-03-01 (year-month-day) or 01/03/2026 (day/month/year)."
            )
        self.fields["status"].error_messages["invalid_choice"] = (
            "“%(value)s” is not a status; use one of "
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
        # Every Application check constraint is also a field rule above (choices, web
        # links, date range, salary order); checking them again in the database would cost
        # five queries per row. The database still enforces them when the rows are saved.
        self._validate_constraints = False
        return cleaned

    def _post_clean(self) -> None:
        self._resolve_company()
        forms.ModelForm._post_clean(self)


def row_data(values: list[str], mapping: dict[str, int], *, default_status: str) -> dict:
    """The form data for one row: mapped cells, tidied as a person would type them."""
    data = {}
    for name, index in mapping.items():
        data[name] = values[index].strip() if index < len(values) else ""
    status = data.get("status", "")
    data["status"] = STATUS_LOOKUP.get(status.casefold(), status) if status else default_status
    if data.get("work_mode"):
        data["work_mode"] = WORK_MODE_LOOKUP.get(data["work_mode"].casefold(), data["work_mode"])
    for name in ("salary_min", "salary_max"):
        if data.get(name):
            data[name] = _normalise_number(data[name])
    for name in ("applied_on", "next_action_on"):
        if data.get(name):
            data[name] = _normalise_date(data[name])
    return data


@dataclass
class Validation:
    forms: list[ImportRowForm]  # the valid rows, in file order
    errors: list[str]  # "Line 7: applied on: Enter a valid date."
    total: int

    @property
    def ok(self) -> bool:
        return not self.errors


def _error_lines(line: int, form: ImportRowForm) -> list[str]:
    lines = []
    for name, messages in form.errors.items():
        label = FIELDS_BY_NAME[name].label.lower() if name in FIELDS_BY_NAME else ""
        for message in messages:
            lines.append(f"Line {line}: {label}: {message}" if label else f"Line {line}: {message}")
    return lines


def validate(
    parsed: ParsedFile, mapping: dict[str, int], *, owner, default_status: str
) -> Validation:
    """Check every row; the valid ones come back as bound forms ready to save."""
    companies = Company.objects.by_name(owner)
    width = len(parsed.headers)
    valid, errors = [], []
    for row in parsed.rows:
        if len(row.values) > width:
            errors.append(
                f"Line {row.line}: has {len(row.values)} values but the header has {width} "
                "columns (a value containing the separator must be in double quotes)."
            )
            continue
        data = row_data(row.values, mapping, default_status=default_status)
        form = ImportRowForm(data, owner=owner, companies=companies)
        if form.is_valid():
            valid.append(form)
        else:
            errors.extend(_error_lines(row.line, form))
    return Validation(forms=valid, errors=errors, total=len(parsed.rows))
