from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat

from core.forms import SingleLineForm
from portability import formats
from portability.csv_import import IMPORT_FIELDS, MAX_CSV_BYTES
from tracker.stages import Status


def too_large_message(limit: int) -> str:
    return (
        f"This file is larger than {filesizeformat(limit)}, the most Rebound accepts; "
        "split it into smaller files and import them one after the other."
    )


class UploadForm(SingleLineForm):
    """One file, refused when bigger than ``max_bytes`` (the view refuses a request body
    bigger than that before it is even read)."""

    file = forms.FileField(label="File")

    def __init__(self, *args, max_bytes: int, accept: str, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.max_bytes = max_bytes
        self.fields["file"].widget.attrs["accept"] = accept
        self.fields["file"].help_text = f"At most {filesizeformat(max_bytes)}."

    def clean_file(self) -> UploadedFile:
        upload = self.cleaned_data["file"]
        if upload.size > self.max_bytes:
            raise forms.ValidationError(too_large_message(self.max_bytes))
        return upload


class CsvUploadForm(UploadForm):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, max_bytes=MAX_CSV_BYTES, accept=".csv,.tsv,.txt,text/csv", **kwargs)
        self.fields["file"].label = "CSV file"


class MappingForm(SingleLineForm):
    """Which column fills which Rebound field; choices are the file's own headers."""

    default_status = forms.ChoiceField(
        label="Status for rows without one",
        choices=Status.choices,
        initial=Status.APPLIED,
        help_text="Used when the status column is not chosen or a row leaves it empty.",
    )

    date_order = forms.ChoiceField(
        label="Slashed dates (like 03/11/2026) are",
        choices=[("", "— found from the file —"), *formats.DATE_ORDERS.items()],
        required=False,
        help_text="03/11/2026 is 3 November day first, and 11 March month first.",
    )

    def __init__(
        self,
        *args,
        headers: list[str],
        status_values: list[tuple[str, int]] = (),
        status_column: int | None = None,
        **kwargs,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.status_values = list(status_values)
        self.status_column = status_column
        choices = [("", "— not imported —"), *((str(i), h) for i, h in enumerate(headers))]
        for import_field in IMPORT_FIELDS:
            self.fields[import_field.name] = forms.TypedChoiceField(
                label=import_field.label,
                choices=choices,
                coerce=int,
                empty_value=None,
                required=import_field.required,
                error_messages={
                    "required": f"Choose the column that holds the {import_field.label.lower()}."
                },
            )
        self.fields["status_column"] = forms.CharField(
            widget=forms.HiddenInput, required=False, initial=status_column
        )
        # Each status the file uses, matched to Rebound's: "Phone Screen" → Screening.
        status_choices = [("", "— refuse these rows —"), *Status.choices]
        saved = self.initial.get("status_map") or {}
        for i, (value, count) in enumerate(self.status_values):
            key = formats.status_key(value)
            self.fields[f"status_value_{i}"] = forms.ChoiceField(
                label=f"“{value}” ({count} row{'s' if count != 1 else ''}) becomes",
                choices=status_choices,
                required=False,
                initial=saved.get(key, formats.suggested_status(value) or ""),
            )
        # The status choice reads best after the column choices.
        self.order_fields([f.name for f in IMPORT_FIELDS])

    def status_map(self) -> dict[str, str]:
        return {
            formats.status_key(value): self.cleaned_data.get(f"status_value_{i}") or ""
            for i, (value, _) in enumerate(self.status_values)
        }

    def status_column_changed(self) -> bool:
        """Whether the values listed belong to another column than the one now chosen."""
        listed = self.cleaned_data.get("status_column") or ""
        chosen = self.cleaned_data.get("status")
        return listed != ("" if chosen is None else str(chosen))

    def clean(self) -> dict:
        cleaned = super().clean()
        used: dict[int, str] = {}
        for import_field in IMPORT_FIELDS:
            column = cleaned.get(import_field.name)
            if column is None:
                continue
            if column in used:
                self.add_error(
                    import_field.name,
                    f"This column is already used for {used[column].lower()}; choose another "
                    "or “not imported”.",
                )
            else:
                used[column] = import_field.label
        return cleaned

    def mapping(self) -> dict[str, int]:
        return {
            f.name: self.cleaned_data[f.name]
            for f in IMPORT_FIELDS
            if self.cleaned_data.get(f.name) is not None
        }


class DeleteAccountForm(SingleLineForm):
    username = forms.CharField(
        label="Type your username to confirm",
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "none"}),
    )

    def __init__(self, *args, user, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_username(self) -> str:
        typed = self.cleaned_data["username"].strip()
        if typed != self.user.get_username():
            raise forms.ValidationError(
                "That is not your username, so nothing was deleted. Type it exactly as shown."
            )
        return typed
