from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat

from core.forms import DateInput
from inbox.message import MAX_MESSAGE_BYTES
from inbox.models import InboxSettings, Security

#: Files in one upload, and their total size.
MAX_FILES = 50
MAX_UPLOAD_BYTES = 60 * 1024 * 1024
#: Pasted source is typed into a text box: smaller than a file may be.
MAX_PASTE_CHARS = 2 * 1024 * 1024


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".eml,message/rfc822"}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None) -> list[UploadedFile]:
        if isinstance(data, list | tuple):
            return [super(MultipleFileField, self).clean(item, initial) for item in data]
        return [super().clean(data, initial)]


class UploadForm(forms.Form):
    files = MultipleFileField(
        label="E-mail files (.eml)",
        help_text=(
            f"One or more messages saved from your mail program, each at most "
            f"{filesizeformat(MAX_MESSAGE_BYTES)}; up to {MAX_FILES} at once."
        ),
    )

    def clean_files(self) -> list[tuple[str, bytes]]:
        uploads: list[UploadedFile] = self.cleaned_data["files"]
        if len(uploads) > MAX_FILES:
            raise forms.ValidationError(
                f"That is {len(uploads)} files; upload at most {MAX_FILES} at once."
            )
        if sum(upload.size or 0 for upload in uploads) > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                f"Together these files are larger than {filesizeformat(MAX_UPLOAD_BYTES)}; "
                "upload them in smaller groups."
            )
        files, problems = [], []
        for upload in uploads:
            name = upload.name or "file"
            if (upload.size or 0) > MAX_MESSAGE_BYTES:
                problems.append(
                    f"{name} is larger than {filesizeformat(MAX_MESSAGE_BYTES)}; "
                    "no e-mail Rebound reads is that big."
                )
                continue
            if not upload.size:
                problems.append(f"{name} is empty.")
                continue
            files.append((name, upload.read()))
        if problems:
            raise forms.ValidationError(problems)
        return files


class PasteForm(forms.Form):
    source = forms.CharField(
        label="Message source",
        widget=forms.Textarea(attrs={"rows": 8, "spellcheck": "false", "class": "font-monospace"}),
        max_length=MAX_PASTE_CHARS,
        strip=False,
        help_text=(
            "In your mail program: Show original / View source / Message source. Copy all of "
            "it, headers included."
        ),
    )

    def clean_source(self) -> bytes:
        text = self.cleaned_data["source"]
        if not text.strip():
            raise forms.ValidationError("Paste the whole message, headers included.")
        if "\x00" in text:
            raise forms.ValidationError("This is not an e-mail message: it has binary data.")
        return text.replace("\r\n", "\n").encode("utf-8", "surrogateescape")


class ImapForm(forms.ModelForm):
    password = forms.CharField(
        label="App password",
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "new-password"}),
        required=False,
        max_length=500,
        help_text="Stored encrypted. Leave empty to keep the one saved.",
    )

    class Meta:
        model = InboxSettings
        fields = ["host", "port", "security", "username", "password", "folders", "start_on"]
        widgets = {"start_on": DateInput(), "security": forms.RadioSelect}
        labels = {"host": "IMAP server", "username": "User name"}
        help_texts = {"host": "e.g. imap.gmail.com, outlook.office365.com, imap.fastmail.com"}

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for name in ("host", "username"):
            self.fields[name].required = True
        self.fields["security"].choices = Security.choices

    def clean_host(self) -> str:
        host = self.cleaned_data["host"].strip().lower()
        if "://" in host or "/" in host or " " in host or not host:
            raise forms.ValidationError("Only the server's name, e.g. imap.example.com.")
        return host

    def clean_folders(self) -> str:
        folders = [name.strip() for name in self.cleaned_data["folders"].split(",")]
        folders = [name for name in folders if name]
        if not folders:
            raise forms.ValidationError("Name at least one folder, e.g. INBOX.")
        for name in folders:
            if any(ch in name for ch in '"\\') or any(ord(ch) < 0x20 for ch in name):
                raise forms.ValidationError(
                    f"{name!r}: a folder name cannot hold quotes, backslashes or line breaks."
                )
        return ", ".join(dict.fromkeys(folders))

    def clean(self) -> dict:
        cleaned = super().clean()
        if not cleaned.get("password") and not self.instance.password_encrypted:
            self.add_error("password", "Enter the app password for this mailbox.")
        return cleaned

    def save(self, commit: bool = True) -> InboxSettings:
        row = super().save(commit=False)
        if password := self.cleaned_data.get("password"):
            row.set_password(password)
        if commit:
            row.save()
        return row


class PreferencesForm(forms.ModelForm):
    class Meta:
        model = InboxSettings
        fields = ["sync_enabled", "auto_mode"]
