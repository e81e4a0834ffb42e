from django import forms
from django.conf import settings

from core.choices import ShortlistMixin, offer
from core.forms import SHORTLIST
from core.text import tidy
from materials import files, services
from materials.models import Document, DocumentVersion, Kind
from materials.posting import MAX_CAPTURE_CHARS
from rejections.models import Reflection

ACCEPT = ".pdf,.docx,.odt,.txt,.md,.markdown,application/pdf,text/plain,text/markdown"


class UploadMixin(forms.Form):
    """A file checked by its content, against the size cap and the owner's quota."""

    file = forms.FileField(
        help_text="PDF, Word (DOCX), OpenDocument (ODT), text or Markdown.",
        widget=forms.ClearableFileInput(attrs={"accept": ACCEPT}),
    )
    label = forms.CharField(
        required=False, max_length=200, help_text="Optional, e.g. “shorter, for start-ups”."
    )
    note = forms.CharField(
        required=False, max_length=10_000, widget=forms.Textarea(attrs={"rows": 3})
    )

    checked: files.Checked | None = None

    def __init__(self, *args, owner, **kwargs):
        super().__init__(*args, **kwargs)
        self.owner = owner
        cap = services.human_size(settings.MATERIALS_MAX_UPLOAD_BYTES)
        self.fields["file"].help_text += f" At most {cap}."

    def clean_file(self):
        upload = self.cleaned_data["file"]
        try:
            self.checked = services.check_upload(upload, owner=self.owner)
        except files.Refused as exc:
            raise forms.ValidationError(str(exc)) from exc
        return upload

    def clean_label(self) -> str:
        return tidy(self.cleaned_data["label"])

    def save(self) -> DocumentVersion | None:
        """The stored version, or None with the form's error when the quota filled up in
        the meantime (another upload finished first)."""
        try:
            return self._add()
        except services.QuotaExceeded as exc:
            self.add_error("file", str(exc))
            return None


class DocumentForm(UploadMixin):
    title = forms.CharField(max_length=200, help_text="For example “CV — product design”.")
    kind = forms.ChoiceField(choices=Kind.choices, initial=Kind.CV)

    field_order = ["title", "kind", "file", "label", "note"]

    def clean_title(self) -> str:
        title = tidy(self.cleaned_data["title"])
        if not title:
            raise forms.ValidationError("Give the document a title.")
        return title

    def _add(self) -> DocumentVersion:
        return services.add_version(
            owner=self.owner,
            upload=self.cleaned_data["file"],
            checked=self.checked,
            title=self.cleaned_data["title"],
            kind=self.cleaned_data["kind"],
            label=self.cleaned_data["label"],
            note=self.cleaned_data["note"],
        )


class VersionForm(UploadMixin):
    def __init__(self, *args, document: Document, **kwargs):
        super().__init__(*args, **kwargs)
        self.document = document

    def _add(self) -> DocumentVersion:
        return services.add_version(
            owner=self.owner,
            document=self.document,
            upload=self.cleaned_data["file"],
            checked=self.checked,
            label=self.cleaned_data["label"],
            note=self.cleaned_data["note"],
        )


#: The fields ``version_label`` reads (``core.choices.offer``).
VERSION_LABEL_FIELDS = ("number", "label", "document__title")


def version_label(version: DocumentVersion) -> str:
    """How a version is offered: "CV — product design, v3 (shorter, for start-ups)"."""
    extra = f" ({version.label})" if version.label else ""
    return f"{version.document.title}, v{version.number}{extra}"


class VersionChoiceField(ShortlistMixin, forms.ModelChoiceField):
    def label_from_instance(self, version: DocumentVersion) -> str:
        return version_label(version)


def owned_versions(owner):
    """All of the owner's versions, as the choice fields offer them: by document, newest first."""
    return (
        DocumentVersion.objects.for_user(owner)
        .select_related("document")
        .order_by("document__title", "document_id", "-number")
    )


def version_field(owner, **kwargs) -> VersionChoiceField:
    return VersionChoiceField(
        queryset=owned_versions(owner),
        widget=forms.Select(attrs={"class": "form-select"}),
        **kwargs,
    )


class AttachForm(forms.Form):
    """A document version to note as sent. A long search has hundreds of documents: the
    form offers the newest versions and those sent lately (``core.choices.offer``), any of
    the owner's versions is accepted, and the page's script finds the others."""

    def __init__(self, *args, owner, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["version"] = version_field(
            owner, label="Document version", empty_label="Choose a document…"
        )
        self.fields["sent_on"] = forms.DateField(
            required=False,
            label="Sent on",
            widget=forms.DateInput(attrs={"type": "date", "class": "form-control"}),
        )
        offer_versions(self, owner)


def offer_versions(form: forms.Form, owner) -> None:
    """The form's ``version`` choice lists the newest versions and those sent lately; the
    page's script finds the others by name (any of the owner's versions is accepted)."""
    versions = DocumentVersion.objects.for_user(owner)
    offer(
        form,
        "version",
        versions.order_by("-uploaded_at", "-pk"),
        # A version sent with many applications comes up once per sending.
        versions.filter(sent__isnull=False).order_by("-sent__sent_on", "-sent__pk"),
        limit=SHORTLIST,
        search="versions",
        label_fields=VERSION_LABEL_FIELDS,
    )


class FitCheckForm(forms.Form):
    """The version to check against the posting, offered as ``AttachForm`` offers it."""

    def __init__(self, *args, owner, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["version"] = version_field(
            owner, label="Check this version", empty_label="Choose a document…"
        )
        offer_versions(self, owner)


class CaptureForm(forms.Form):
    # Not "source": the application form, shown with this one, has a field of that name.
    posting = forms.CharField(
        label="Paste the posting",
        max_length=MAX_CAPTURE_CHARS,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 6, "spellcheck": "false"}),
        help_text="Its text, the page's source, or its JSON-LD. Nothing is fetched from the web.",
        error_messages={
            "max_length": "That is more than %(limit_value)s characters; paste just the posting.",
            "required": "Paste the posting (its text, its page source or its JSON-LD).",
        },
    )
    choice = forms.IntegerField(required=False, min_value=0, widget=forms.HiddenInput)
    page_title = forms.CharField(required=False, max_length=300, widget=forms.HiddenInput)
    page_url = forms.CharField(required=False, max_length=500, widget=forms.HiddenInput)


class ReflectionFitForm(forms.Form):
    def __init__(self, *args, reflections, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reflection"] = forms.ModelChoiceField(
            queryset=reflections, label="Reflection", empty_label="Choose a reflection…"
        )

    @staticmethod
    def reflections_of(application) -> "forms.QuerySet":
        return Reflection.objects.filter(rejection__application=application)
