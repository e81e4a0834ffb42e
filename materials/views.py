from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.db.models import Count, Max
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from core.choices import fetch_choices, offers_any
from core.pagecache import cached_page
from core.shortcuts import confirm_delete, paginate
from materials import posting, services
from materials.fit import fit as compute_fit
from materials.forms import (
    AttachForm,
    CaptureForm,
    DocumentForm,
    FitCheckForm,
    ReflectionFitForm,
    VersionForm,
)
from materials.models import (
    Document,
    DocumentVersion,
    Extraction,
    FileType,
    Kind,
    PostingSnapshot,
    ReflectionFit,
    SentDocument,
)
from tracker.forms import ApplicationForm
from tracker.models import Application

# --- Documents --------------------------------------------------------------------------


def _storage(owner) -> dict:
    used = DocumentVersion.objects.for_user(owner).bytes_used()
    quota = settings.MATERIALS_USER_QUOTA_BYTES
    return {
        "used": services.human_size(used),
        "quota": services.human_size(quota),
        "percent": min(100, round(100 * used / quota)) if quota else 0,
    }


@login_required
@cached_page
@require_GET
def document_list(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()[:200]
    documents = (
        Document.objects.for_user(request.user)
        .search(query)
        .annotate(
            version_count=Count("versions", distinct=True),
            latest_number=Max("versions__number"),
            latest_at=Max("versions__uploaded_at"),
        )
        .order_by("-updated_at", "-pk")
    )
    page = paginate(request, documents)
    postings = []
    if query:
        postings = list(
            _search_postings(request.user, query).select_related("application__company")[:20]
        )
    return render(
        request,
        "materials/document_list.html",
        {
            "page": page,
            "q": query,
            "query": urlencode({"q": query}) if query else "",
            "postings": postings,
            "storage": _storage(request.user),
        },
    )


def _search_postings(owner, query: str):
    snapshots = PostingSnapshot.objects.filter(application__owner=owner)
    for word in query.split()[:10]:
        snapshots = snapshots.filter(description_text__icontains=word) | snapshots.filter(
            title__icontains=word
        )
    return snapshots.order_by("-captured_at")


@login_required
@require_http_methods(["GET", "POST"])
def document_create(request: HttpRequest) -> HttpResponse:
    initial = {"kind": request.GET["kind"]} if request.GET.get("kind") in Kind.values else {}
    form = DocumentForm(
        request.POST or None, request.FILES or None, owner=request.user, initial=initial
    )
    if request.method == "POST" and form.is_valid() and (version := form.save()):
        messages.success(request, f"Uploaded “{version}”.")
        return redirect(version.document)
    return render(
        request, "materials/document_form.html", {"form": form, "storage": _storage(request.user)}
    )


@login_required
@require_http_methods(["GET", "POST"])
def document_detail(request: HttpRequest, pk: int) -> HttpResponse:
    document = get_object_or_404(Document.objects.for_user(request.user), pk=pk)
    form = VersionForm(
        request.POST or None, request.FILES or None, owner=request.user, document=document
    )
    if request.method == "POST" and form.is_valid() and (version := form.save()):
        messages.success(request, f"Uploaded “{version}”.")
        return redirect(document)
    versions = list(document.versions.annotate(sent_count=Count("sent")).order_by("-number"))
    sent = (
        SentDocument.objects.filter(version__document=document, application__owner=request.user)
        .select_related("application__company", "version")
        .order_by("-sent_on", "-pk")
    )
    return render(
        request,
        "materials/document_detail.html",
        {
            "document": document,
            "versions": versions,
            "sent": list(sent[:50]),
            "form": form,
            "storage": _storage(request.user),
            "Extraction": Extraction,
        },
    )


@login_required
@require_GET
def version_download(request: HttpRequest, pk: int) -> FileResponse:
    version = get_object_or_404(DocumentVersion.objects.for_user(request.user), pk=pk)
    response = FileResponse(
        version.file.open("rb"),
        as_attachment=True,
        filename=version.download_name,
        content_type=version.media_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


@login_required
@require_GET
def version_text(request: HttpRequest, pk: int) -> HttpResponse:
    version = get_object_or_404(
        DocumentVersion.objects.for_user(request.user).select_related("document"), pk=pk
    )
    return render(request, "materials/version_text.html", {"version": version})


@login_required
@require_http_methods(["GET", "POST"])
def version_delete(request: HttpRequest, pk: int) -> HttpResponse:
    version = get_object_or_404(
        DocumentVersion.objects.for_user(request.user).select_related("document"), pk=pk
    )
    document = version.document
    sent = version.sent.count()
    warning = (
        f"It was sent with {sent} application{'s' if sent != 1 else ''}; those pages will no "
        "longer show it."
        if sent
        else ""
    )

    @transaction.atomic
    def delete() -> None:
        version.delete()
        if not document.versions.exists():
            document.delete()

    only = document.versions.count() == 1
    return confirm_delete(
        request,
        version,
        success_url=reverse("materials:document-list") if only else document.get_absolute_url(),
        cancel_url=document.get_absolute_url(),
        warning=(
            warning + (" It is the only version, so the document goes too." if only else "")
        ).strip(),
        delete=delete,
    )


@login_required
@require_http_methods(["GET", "POST"])
def document_delete(request: HttpRequest, pk: int) -> HttpResponse:
    document = get_object_or_404(Document.objects.for_user(request.user), pk=pk)
    files = document.versions.count()
    return confirm_delete(
        request,
        document,
        success_url=reverse("materials:document-list"),
        warning=f"Its {files} version{'s' if files != 1 else ''} and their files are deleted.",
    )


# --- Sent with an application -------------------------------------------------------------


def _own_application(request: HttpRequest, pk: int) -> Application:
    return get_object_or_404(
        Application.objects.for_user(request.user).select_related("company"), pk=pk
    )


@login_required
@require_POST
def attach(request: HttpRequest, pk: int) -> HttpResponse:
    application = _own_application(request, pk)
    form = AttachForm(request.POST, owner=request.user)
    if form.is_valid():
        version = form.cleaned_data["version"]
        services.attach(
            application=application, version=version, sent_on=form.cleaned_data["sent_on"]
        )
        messages.success(request, f"Noted: “{version}” was sent with this application.")
    else:
        messages.error(request, "Choose one of your document versions to note as sent.")
    return redirect(application)


@login_required
@require_POST
def detach(request: HttpRequest, pk: int) -> HttpResponse:
    sent = get_object_or_404(
        SentDocument.objects.filter(application__owner=request.user).select_related(
            "application", "version__document"
        ),
        pk=pk,
    )
    sent.delete()
    messages.success(request, f"“{sent.version}” is no longer noted as sent.")
    return redirect(sent.application)


# --- Posting snapshots ----------------------------------------------------------------------


def _read_capture(form: CaptureForm) -> posting.Capture | None:
    data = form.cleaned_data
    try:
        return posting.read(
            data["posting"],
            page_title=data.get("page_title", ""),
            page_url=data.get("page_url", ""),
        )
    except posting.CaptureError as exc:
        form.add_error("posting", str(exc))
        return None


def _chosen(capture: posting.Capture, choice: int | None) -> posting.Posting:
    index = choice if choice is not None and choice < len(capture.postings) else 0
    return capture.postings[index]


def _application_initial(found: posting.Posting, request: HttpRequest) -> dict:
    initial = {
        "position_title": found.title[:200],
        "company_name": found.organization[:200],
        "posting_url": found.url,
        "location": found.location[:200],
        "work_mode": found.work_mode,
        "salary_currency": found.salary_currency,
        "status": request.POST.get("status") or "wishlist",
    }
    for name in ("salary_min", "salary_max"):
        value = getattr(found, name)
        if value is not None and value < 2**31 and found.salary_unit in ("", "year"):
            initial[name] = int(value)
    return {key: value for key, value in initial.items() if value not in ("", None)}


@login_required
@require_http_methods(["GET", "POST"])
def capture(request: HttpRequest) -> HttpResponse:
    """New application from a posting: read what was pasted or sent, show the application
    form filled in from it with a preview, then save both together."""
    if request.method == "GET":
        form = CaptureForm(
            initial={
                "page_title": request.GET.get("position_title", "")[:300],
                "page_url": request.GET.get("posting_url", "")[:500],
            }
        )
        return render(request, "materials/capture.html", {"capture_form": form})
    form = CaptureForm(request.POST)
    if not form.is_valid() or (capture_result := _read_capture(form)) is None:
        return render(request, "materials/capture.html", {"capture_form": form}, status=200)
    found = _chosen(capture_result, form.cleaned_data.get("choice"))
    saving = request.POST.get("step") == "save"
    application_form = ApplicationForm(
        request.POST if saving else None,
        owner=request.user,
        initial=_application_initial(found, request),
    )
    if saving and application_form.is_valid():
        with transaction.atomic():
            application = application_form.save()
            PostingSnapshot.objects.create(application=application, **found.snapshot_fields())
        messages.success(request, f"Added “{application}” with its posting.")
        if application_form.result.needs_rejection_record:
            messages.info(request, "Record the rejection to move it to Rejected.")
            return redirect("rejections:record", application.pk)
        return redirect(application)
    return render(
        request,
        "materials/capture_review.html",
        {
            "capture_form": form,
            "form": application_form,
            "capture": capture_result,
            "posting": found,
            "choice": capture_result.postings.index(found),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def posting_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Add (or replace) the posting snapshot of an existing application."""
    application = _own_application(request, pk)
    form = CaptureForm(request.POST or None, initial={"page_url": application.posting_url})
    capture_result = None
    if request.method == "POST" and form.is_valid():
        capture_result = _read_capture(form)
        choice = form.cleaned_data.get("choice")
        if capture_result and (len(capture_result.postings) == 1 or choice is not None):
            found = _chosen(capture_result, choice)
            with transaction.atomic():
                PostingSnapshot.objects.filter(application=application).delete()
                PostingSnapshot.objects.create(application=application, **found.snapshot_fields())
            messages.success(request, "Saved the posting with this application.")
            return redirect(application)
    return render(
        request,
        "materials/posting_form.html",
        {
            "application": application,
            "capture_form": form,
            "capture": capture_result,
            "has_posting": PostingSnapshot.objects.filter(application=application).exists(),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def posting_delete(request: HttpRequest, pk: int) -> HttpResponse:
    application = _own_application(request, pk)
    snapshot = get_object_or_404(PostingSnapshot, application=application)
    snapshot.application = application  # its name, read with the company already
    return confirm_delete(
        request,
        snapshot,
        success_url=application.get_absolute_url(),
        cancel_url=application.get_absolute_url(),
    )


# --- Fit ------------------------------------------------------------------------------------


def sent_cv(application: Application) -> DocumentVersion | None:
    """The CV sent with the application (the latest sent), else any document sent."""
    sent = list(
        SentDocument.objects.filter(application=application)
        .select_related("version__document")
        .order_by("-sent_on", "-pk")
    )
    for item in sent:
        if item.version.document.kind == Kind.CV:
            return item.version
    return sent[0].version if sent else None


@login_required
@require_GET
def fit_page(request: HttpRequest, pk: int) -> HttpResponse:
    """The posting's key terms against a document version: the one sent, or one picked
    before sending ("what to add for this posting")."""
    application = _own_application(request, pk)
    snapshot = PostingSnapshot.objects.filter(application=application).first()
    form = FitCheckForm(request.GET or None, owner=request.user)
    version = form.cleaned_data["version"] if form.is_valid() else None
    if version is None and not request.GET.get("version"):
        version = sent_cv(application)
        if version is not None:
            form = FitCheckForm(initial={"version": version.pk}, owner=request.user)
    result = None
    if snapshot and version and version.text:
        result = compute_fit(snapshot.description_text + "\n" + snapshot.title, version.text)
    reflection_form = None
    if result:
        reflection_form = ReflectionFitForm(
            reflections=ReflectionFitForm.reflections_of(application)
        )
        # Its options are read once, and tell whether there is a reflection to pick.
        fetch_choices(reflection_form)
        if not offers_any(reflection_form.fields["reflection"]):
            reflection_form = None
    fetch_choices(form)
    return render(
        request,
        "materials/fit.html",
        {
            "application": application,
            "snapshot": snapshot,
            "form": form,
            "version": version,
            "fit": result,
            "Extraction": Extraction,
            "FileType": FileType,
            "reflection_form": reflection_form,
        },
    )


@login_required
@require_POST
def fit_to_reflection(request: HttpRequest, pk: int) -> HttpResponse:
    """Link the fit to one of the application's reflections, with the terms missed."""
    application = _own_application(request, pk)
    reflections = ReflectionFitForm.reflections_of(application)
    form = ReflectionFitForm(request.POST, reflections=reflections)
    version_id = request.POST.get("version", "")
    version = (
        DocumentVersion.objects.for_user(request.user).filter(pk=version_id).first()
        if version_id.isdigit()
        else None
    )
    snapshot = PostingSnapshot.objects.filter(application=application).first()
    if not form.is_valid() or version is None or snapshot is None:
        messages.error(request, "Choose a reflection of this application and a document version.")
        return redirect("materials:fit", application.pk)
    result = compute_fit(snapshot.description_text + "\n" + snapshot.title, version.text)
    missing = ", ".join(t.name for t in result.missing)[:1000]
    ReflectionFit.objects.update_or_create(
        reflection=form.cleaned_data["reflection"],
        defaults={"version": version, "missing": missing},
    )
    messages.success(request, "The reflection now refers to this fit.")
    return redirect(f"{reverse('materials:fit', args=[application.pk])}?version={version.pk}")
