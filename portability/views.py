"""The data pages: export, import and account deletion (the data belongs to the user)."""

import secrets
from collections.abc import Callable
from functools import wraps

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from core.tasks import start_job
from core.text import single_line
from materials.models import DocumentVersion
from portability import archive, csv_export, csv_import, formats, services, tasks, zip_archive
from portability.csv_import import (
    DATE_HELP,
    DELIMITERS,
    FIELDS_BY_NAME,
    MAX_CSV_BYTES,
    MAX_ROWS,
    PREVIEW_ROWS,
    CsvFileError,
)
from portability.forms import (
    CsvUploadForm,
    DeleteAccountForm,
    MappingForm,
    UploadForm,
    too_large_message,
)
from portability.models import PendingImport
from tracker.models import Application, Company, Contact
from tracker.stages import Status

#: Room for the multipart boundaries, headers and the CSRF token around the file.
MULTIPART_OVERHEAD = 64 * 1024


def _body_too_large(request: HttpRequest, max_bytes: int) -> bool:
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return False
    return length > max_bytes + MULTIPART_OVERHEAD


def limit_upload(
    max_bytes: int | Callable[[], int], refuse: Callable[[HttpRequest, str], HttpResponse]
):
    """Refuse a request body bigger than ``max_bytes`` (a number, or a function giving it
    from the settings) before reading any of it.

    Django's CSRF middleware reads ``request.POST`` before the view runs, which would store
    a 50 MB upload to disk first. So the view is CSRF-exempt for that middleware only: it
    checks the declared length, then runs the real view under ``csrf_protect``.
    """

    def decorator(view):
        protected = csrf_protect(view)

        @wraps(view)
        def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            limit = max_bytes() if callable(max_bytes) else max_bytes
            if request.method == "POST" and _body_too_large(request, limit):
                return refuse(request, too_large_message(limit))
            return protected(request, *args, **kwargs)

        return csrf_exempt(wrapper)

    return decorator


def _attachment(content, *, filename: str, content_type: str) -> StreamingHttpResponse:
    response = StreamingHttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def _today() -> str:
    return timezone.localdate().isoformat()


# --- Overview ---------------------------------------------------------------------------


@login_required
@require_GET
def index(request: HttpRequest) -> HttpResponse:
    user = request.user
    counts = {
        "applications": Application.objects.for_user(user).count(),
        "companies": Company.objects.for_user(user).count(),
        "contacts": Contact.objects.for_user(user).count(),
        "versions": DocumentVersion.objects.for_user(user).count(),
    }
    return render(
        request,
        "portability/index.html",
        {
            "counts": counts,
            "account_is_empty": archive.account_is_empty(user),
            "max_csv_bytes": MAX_CSV_BYTES,
            "max_rows": MAX_ROWS,
            "max_json_bytes": archive.MAX_JSON_BYTES,
            "max_zip_bytes": zip_archive.max_zip_bytes(),
        },
    )


# --- Exports ----------------------------------------------------------------------------


@login_required
@require_GET
def applications_csv(request: HttpRequest) -> StreamingHttpResponse:
    return _attachment(
        csv_export.applications_csv(request.user),
        filename=f"rebound-applications-{_today()}.csv",
        content_type="text/csv; charset=utf-8",
    )


@login_required
@require_GET
def rejections_csv(request: HttpRequest) -> StreamingHttpResponse:
    return _attachment(
        csv_export.rejections_csv(request.user),
        filename=f"rebound-rejections-{_today()}.csv",
        content_type="text/csv; charset=utf-8",
    )


def _leaves_writing_out(request: HttpRequest) -> bool:
    return request.GET.get("private_writing") == "leave-out"


@login_required
@require_GET
def json_export(request: HttpRequest) -> StreamingHttpResponse:
    """Everything, as one file; ``?private_writing=leave-out`` leaves the writing out."""
    return _attachment(
        archive.export_json(request.user, private_writing=not _leaves_writing_out(request)),
        filename=f"rebound-export-{_today()}.json",
        content_type="application/json",
    )


@login_required
@require_GET
def zip_export(request: HttpRequest) -> HttpResponse:
    """Everything, with the document files: the full export; ``?private_writing=leave-out``
    leaves the writing out."""
    missing = zip_archive.missing_files(request.user)
    if missing:
        names = ", ".join(f"“{version}”" for version in missing[:5])
        more = f" and {len(missing) - 5} more" if len(missing) > 5 else ""
        messages.error(
            request,
            f"The ZIP export cannot be made: the file of {names}{more} is missing from this "
            "install's storage. Delete that version (or ask the administrator to restore the "
            "storage); the JSON export, without files, still works.",
        )
        return redirect("portability:index")
    return _attachment(
        zip_archive.export_zip(request.user, private_writing=not _leaves_writing_out(request)),
        filename=f"rebound-export-{_today()}.zip",
        content_type="application/zip",
    )


# --- CSV import: upload, map, preview, confirm ------------------------------------------


def _render_upload(
    request: HttpRequest, form: CsvUploadForm, status: int = 200, refused: str = ""
) -> HttpResponse:
    return render(
        request,
        "portability/import_upload.html",
        {
            "form": form,
            "statuses": Status.choices,
            "date_help": DATE_HELP,
            "max_rows": MAX_ROWS,
            "refused": refused,
        },
        status=status,
    )


def _refuse_csv(request: HttpRequest, message: str) -> HttpResponse:
    return _render_upload(request, CsvUploadForm(), status=413, refused=message)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
@limit_upload(MAX_CSV_BYTES, _refuse_csv)
def csv_upload(request: HttpRequest) -> HttpResponse:
    """Step 1: upload. The file is read and checked as a whole before anything else."""
    form = CsvUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            text = csv_import.decode(upload.read(MAX_CSV_BYTES + 1))
            parsed = csv_import.parse(text)
        except CsvFileError as exc:
            form.add_error("file", str(exc))
        else:
            # One import at a time per user; expired ones from anybody go too.
            PendingImport.objects.filter(owner=request.user).delete()
            PendingImport.objects.expired().delete()
            pending = PendingImport.objects.create(
                owner=request.user,
                token=secrets.token_urlsafe(32),
                filename=(upload.name or "")[:255],
                content=text,
                delimiter=parsed.delimiter,
                headers=parsed.headers,
                row_count=len(parsed.rows),
                layout=getattr(csv_import.detect_layout(parsed.headers), "key", ""),
            )
            return redirect(f"{reverse('portability:csv-map')}?token={pending.token}")
    return _render_upload(request, form, status=400 if form.errors else 200)


def _pending(request: HttpRequest) -> PendingImport | None:
    token = request.POST.get("token") or request.GET.get("token") or ""
    # Tokens are URL-safe text; anything else (a NUL, which PostgreSQL refuses) is unknown.
    if not token or len(token) > 64 or not token.isascii() or not token.isprintable():
        return None
    return PendingImport.objects.for_user(request.user).live().filter(token=token).first()


def _start_over(request: HttpRequest) -> HttpResponse:
    messages.error(request, tasks.EXPIRED)
    return redirect("portability:csv-upload")


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def csv_map(request: HttpRequest) -> HttpResponse:
    """Step 2: choose which column fills which field, how each status value the file uses
    maps to Rebound's, and (when the file cannot tell) the order of day and month."""
    pending = _pending(request)
    if pending is None:
        return _start_over(request)
    try:
        parsed = csv_import.parse(pending.content, delimiter=pending.delimiter)
    except CsvFileError as exc:
        # Kept from before a limit was lowered: the upload step would refuse it now.
        messages.error(request, str(exc))
        return redirect("portability:csv-upload")
    layout = csv_import.layout_by_key(pending.layout)
    mapping = pending.mapping or csv_import.auto_mapping(pending.headers, parsed)
    initial = {name: str(index) for name, index in mapping.items()}
    initial["default_status"] = pending.default_status or Status.APPLIED
    initial["date_order"] = pending.date_order or (layout.date_order if layout else "")
    initial["status_map"] = pending.status_map
    status_column = mapping.get("status")
    form = MappingForm(
        request.POST or None,
        headers=pending.headers,
        initial=initial,
        status_values=csv_import.status_values(parsed, status_column),
        status_column=status_column,
    )
    if request.method == "POST" and form.is_valid():
        chosen = form.mapping()
        pending.mapping = chosen
        pending.default_status = form.cleaned_data["default_status"]
        fields = ["mapping", "default_status", "date_order", "status_map"]
        if form.status_column_changed():
            # The values listed were another column's: list the new column's to match.
            pending.date_order = form.cleaned_data["date_order"]
            pending.status_map = {}
            pending.save(update_fields=fields)
            if "status" in chosen:
                messages.info(request, "Now match each value of the status column you chose.")
                return redirect(f"{reverse('portability:csv-map')}?token={pending.token}")
            return redirect(f"{reverse('portability:csv-preview')}?token={pending.token}")
        order = _date_order(form, csv_import.date_values(parsed, chosen))
        if order is not None:
            pending.date_order = order
            pending.status_map = form.status_map()
            pending.save(update_fields=fields)
            return redirect(f"{reverse('portability:csv-preview')}?token={pending.token}")
    return render(
        request,
        "portability/import_map.html",
        {
            "form": form,
            "pending": pending,
            "layout": layout,
            "delimiter_name": DELIMITERS.get(pending.delimiter, pending.delimiter),
            "samples": _samples(parsed),
            "date_help": DATE_HELP,
            "status_fields": [f for f in form if f.name.startswith("status_value_")],
        },
        status=400 if form.errors else 200,
    )


def _date_order(form: MappingForm, values: list[str]) -> str | None:
    """The order of day and month to read slashed dates with ("" when the file has none),
    or None after adding the form error that asks for it. Never a silent guess."""
    chosen = form.cleaned_data["date_order"]
    if chosen:
        return chosen
    detected, evidence = formats.slash_order(values)
    if detected:
        return detected
    if evidence:
        form.add_error(
            "date_order",
            f"The order of day and month is not clear: {evidence}. Choose how to read them; "
            "rows that do not fit are refused.",
        )
        return None
    if formats.has_slashed_dates(values):
        example = next(v.strip() for v in values if formats.slashed_parts(v))
        form.add_error(
            "date_order",
            f"Slashed dates such as “{example}” could be day/month or month/day, and no date "
            "in the file tells which. Choose whether the day or the month comes first.",
        )
        return None
    return ""


def _samples(parsed: csv_import.ParsedFile) -> list[tuple[str, str]]:
    """Each header with its first non-empty value, to help choose the columns."""
    samples = []
    for index, header in enumerate(parsed.headers):
        value = next(
            (
                row.values[index]
                for row in parsed.rows[:50]
                if len(row.values) > index and row.values[index].strip()
            ),
            "",
        )
        samples.append((header, value[:80]))
    return samples


def _validate(pending: PendingImport, owner) -> tuple[csv_import.ParsedFile, csv_import.Validation]:
    parsed = csv_import.parse(pending.content, delimiter=pending.delimiter)
    return parsed, csv_import.validate(
        parsed,
        pending.mapping,
        owner=owner,
        default_status=pending.default_status,
        status_map=pending.status_map,
        order=pending.date_order or None,
    )


@never_cache
@login_required
@require_GET
def csv_preview(request: HttpRequest) -> HttpResponse:
    """Step 3: every row checked; the first ones shown as they will be saved. Nothing is
    saved yet."""
    pending = _pending(request)
    if pending is None:
        return _start_over(request)
    if not pending.is_mapped:
        return redirect(f"{reverse('portability:csv-map')}?token={pending.token}")
    try:
        parsed, validation = _validate(pending, request.user)
    except CsvFileError as exc:
        messages.error(request, str(exc))
        return redirect("portability:csv-upload")
    shown = [form.instance for form in validation.forms[:PREVIEW_ROWS]]
    mapped = [FIELDS_BY_NAME[name].label for name in pending.mapping]
    _, evidence = formats.slash_order(csv_import.date_values(parsed, pending.mapping))
    return render(
        request,
        "portability/import_preview.html",
        {
            "pending": pending,
            "validation": validation,
            "shown": shown,
            "preview_rows": PREVIEW_ROWS,
            "mapped": mapped,
            "date_order": formats.DATE_ORDERS.get(pending.date_order, ""),
            "date_evidence": evidence,
            "layout": csv_import.layout_by_key(pending.layout),
        },
    )


@never_cache
@login_required
@require_GET
def csv_refused(request: HttpRequest) -> HttpResponse:
    """The rows the preview refuses, as a CSV with the reason for each, to fix and import."""
    pending = _pending(request)
    if pending is None or not pending.is_mapped:
        return _start_over(request)
    try:
        parsed, validation = _validate(pending, request.user)
    except CsvFileError as exc:
        messages.error(request, str(exc))
        return redirect("portability:csv-upload")
    stem = (pending.filename or "import").rsplit(".", 1)[0][:60]
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in stem)
    response = HttpResponse(
        csv_import.refused_csv(parsed, validation.refused), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{safe}-refused.csv"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
@require_POST
def csv_confirm(request: HttpRequest) -> HttpResponse:
    """Step 4: import every row in one transaction, or none, in the background.

    The worker validates and imports; the user follows it on the job's page. When the task
    is already finished on return (a backend that runs tasks at once), the answer is the
    one the page gave before imports ran in the background.
    """
    pending = _pending(request)
    if pending is None or not pending.is_mapped:
        return _start_over(request)
    skip = request.POST.get("skip_refused") == "1"
    if skip != pending.skip_refused:
        pending.skip_refused = skip
        pending.save(update_fields=["skip_refused"])
    job = start_job(
        tasks.import_csv,
        owner=request.user,
        title=f"Import of {pending.filename or 'a CSV file'} ({pending.row_count} rows)",
        subject=str(pending.pk),
        done_url=reverse("tracker:application-list"),
    )
    if job.succeeded is None:
        return redirect(job)
    if job.succeeded:
        messages.success(request, job.message)
        return redirect(job.done_url)
    if job.message == tasks.EXPIRED:
        return _start_over(request)
    messages.error(request, job.message)
    return redirect(f"{reverse('portability:csv-preview')}?token={pending.token}")


# --- Full import: the ZIP export, or a JSON one -----------------------------------------


def _json_form(*args, **kwargs) -> UploadForm:
    form = UploadForm(
        *args,
        max_bytes=zip_archive.max_zip_bytes(),
        accept=".zip,.json,application/zip,application/json",
        **kwargs,
    )
    form.fields["file"].label = "Rebound export (.zip, or .json)"
    form.fields["file"].help_text = (
        f"The ZIP at most {filesizeformat(zip_archive.max_zip_bytes())}; a JSON file at "
        f"most {filesizeformat(archive.MAX_JSON_BYTES)}."
    )
    return form


def _render_json_import(
    request: HttpRequest, form: UploadForm, status: int = 200, refused: str = ""
) -> HttpResponse:
    return render(
        request,
        "portability/import_json.html",
        {
            "form": form,
            "account_is_empty": archive.account_is_empty(request.user),
            "refused": refused,
        },
        status=status,
    )


def _refuse_json(request: HttpRequest, message: str) -> HttpResponse:
    return _render_json_import(request, _json_form(), status=413, refused=message)


@login_required
@require_http_methods(["GET", "POST"])
@limit_upload(zip_archive.max_zip_bytes, _refuse_json)
def json_import(request: HttpRequest) -> HttpResponse:
    """Import a full export (the ZIP with the files, or a JSON document) into this
    (empty) account, all of it or nothing."""
    form = _json_form(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        title = f"Import of {single_line(upload.name or '')[:150] or 'a Rebound export'}"
        try:
            if zip_archive.is_zip(upload):
                # The directory, names, sizes and manifest are checked here at once (nothing
                # is unpacked yet); the worker checks everything again, and the contents.
                zip_archive.Bundle(upload).close()
                upload.seek(0)
                task, payload = (
                    tasks.import_zip,
                    zip_archive.keep_upload(upload, owner=request.user),
                )
            elif upload.size > archive.MAX_JSON_BYTES:
                raise archive.ArchiveError(
                    f"This file is not a ZIP, and a JSON export may be at most "
                    f"{filesizeformat(archive.MAX_JSON_BYTES)}."
                )
            else:
                task, payload = (
                    tasks.import_json,
                    _json_text(upload.read(archive.MAX_JSON_BYTES + 1)),
                )
        except archive.ArchiveError as exc:
            form.add_error("file", f"Nothing was imported. {exc}")
        else:
            job = start_job(
                task,
                owner=request.user,
                title=title,
                payload=payload,
                done_url=reverse("home:dashboard"),
            )
            if job.succeeded is None:
                return redirect(job)
            if job.succeeded:
                messages.success(request, job.message)
                return redirect(job.done_url)
            form.add_error("file", job.message)
    return _render_json_import(request, form, status=400 if form.errors else 200)


def _json_text(raw: bytes) -> str:
    """The upload as text for the worker; a file that is not text is refused at once."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = None
    if text is None or "\x00" in text:
        # Not UTF-8, or a NUL (never valid JSON, and refused by PostgreSQL): load names why.
        archive.load(raw)
        raise archive.ArchiveError("This is not valid JSON.")
    return text


# --- Account deletion -------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request: HttpRequest) -> HttpResponse:
    """Delete the account and everything in it, after the user typed their username."""
    user = request.user
    form = DeleteAccountForm(request.POST or None, user=user)
    if request.method == "POST" and form.is_valid():
        username = user.get_username()
        services.delete_account(user=user)
        logout(request)
        messages.success(
            request, f"The account “{username}” and everything in it have been deleted."
        )
        return redirect("login")
    counts = {
        "applications": Application.objects.for_user(user).count(),
        "contacts": Contact.objects.for_user(user).count(),
    }
    return render(
        request,
        "portability/delete_account.html",
        {"form": form, "counts": counts},
        status=400 if form.errors else 200,
    )
