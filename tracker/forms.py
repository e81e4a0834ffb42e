import datetime

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import transaction
from django.db.models import F
from django.db.models.functions import Lower
from django.utils import timezone

from core.choices import ShortlistChoiceField, offer
from core.forms import SHORTLIST, DateInput, DateTimeInput, OwnRowsMultipleChoiceField
from core.validators import validate_reasonable_date
from tracker.models import Application, Company, Contact, Interview, Status


class CompanyForm(forms.ModelForm):
    class Meta:
        model = Company
        fields = ["name", "website", "notes"]
        widgets = {"notes": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, owner, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.owner = owner

    def clean_name(self) -> str:
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError("Enter the company's name.")
        duplicates = Company.objects.for_user(self.instance.owner).filter(name__iexact=name)
        if duplicates.exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError(f"You already have a company called “{name}”.")
        return name


class ApplicationForm(forms.ModelForm):
    company_name = forms.CharField(
        label="Company",
        max_length=200,
        help_text="Pick one of yours or type a new name: it is created for you.",
        widget=forms.TextInput(attrs={"list": "company-names", "autocomplete": "off"}),
    )

    class Meta:
        model = Application
        field_classes = {"contacts": OwnRowsMultipleChoiceField}
        fields = [
            "company_name",
            "position_title",
            "status",
            "posting_url",
            "location",
            "work_mode",
            "salary_min",
            "salary_max",
            "salary_currency",
            "source",
            "applied_on",
            "next_action_on",
            "next_action",
            "contacts",
            "notes",
        ]
        widgets = {
            "applied_on": DateInput(),
            "next_action_on": DateInput(),
            "notes": forms.Textarea(attrs={"rows": 5}),
            "contacts": forms.CheckboxSelectMultiple(),
        }

    def __init__(self, *args, owner, **kwargs):
        super().__init__(*args, **kwargs)
        self.owner = owner
        self.instance.owner = owner
        contacts = Contact.objects.for_user(owner)
        self.fields["contacts"].queryset = contacts.select_related("company")
        offer(self, "contacts", contacts.newest_first(), limit=SHORTLIST, search="contacts")
        self.fields["salary_min"].widget.attrs["min"] = 0
        self.fields["salary_max"].widget.attrs["min"] = 0
        if self.instance.pk:
            self.initial.setdefault("company_name", self.instance.company.name)
        self.company_names = list(
            Company.objects.for_user(owner)
            .order_by(Lower("name"))
            .values_list("name", flat=True)[:500]
        )

    def clean_company_name(self) -> str:
        name = " ".join(self.cleaned_data["company_name"].split())
        if not name:
            raise forms.ValidationError("Enter the company's name.")
        return name

    def clean_position_title(self) -> str:
        # One line: the title ends up in letter subjects and calendar entries.
        title = " ".join(self.cleaned_data["position_title"].split())
        if not title:
            raise forms.ValidationError("Enter the position's title.")
        return title

    def clean_salary_currency(self) -> str:
        currency = self.cleaned_data["salary_currency"].strip().upper()
        if currency and (len(currency) != 3 or not currency.isalpha()):
            raise forms.ValidationError("Use a three-letter currency code such as EUR or USD.")
        return currency

    def clean(self) -> dict:
        cleaned = super().clean()
        low, high = cleaned.get("salary_min"), cleaned.get("salary_max")
        if low is not None and high is not None and low > high:
            self.add_error("salary_max", "The maximum salary must be at least the minimum.")
        return cleaned

    def _post_clean(self) -> None:
        # The company is resolved from its name before model validation runs, so
        # the unique and check constraints are validated on a complete instance.
        name = self.cleaned_data.get("company_name")
        if name:
            existing = Company.objects.for_user(self.owner).filter(name__iexact=name).first()
            self.instance.company = existing or Company(owner=self.owner, name=name)
        super()._post_clean()

    @transaction.atomic
    def save(self, commit: bool = True, *, hold_rejected: bool = False) -> Application:
        """Save, creating the typed company if new and recording a status change.

        With ``hold_rejected`` the status is left as it was (a new application starts as
        *applied*): moving to *rejected* is completed by recording the rejection.
        """
        assert commit, "ApplicationForm always saves"
        application = self.instance
        if application.company.pk is None:
            application.company = Company.objects.named(self.owner, application.company.name)
        new_status = application.status
        if hold_rejected:
            new_status = Status.APPLIED if application.pk is None else None
            if new_status:
                # A rejection means it was sent; the date is the best we know.
                application.status = new_status
                application.applied_on = application.applied_on or timezone.localdate()
        if application.pk is not None:
            # The status goes through move_to so the change lands in the history.
            application.status = Application.objects.values_list("status", flat=True).get(
                pk=application.pk
            )
        application.save()
        self._save_m2m()
        if new_status:
            application.move_to(new_status)
        return application


class MoveForm(forms.Form):
    """The board's move: used by the no-script form and the drag-and-drop JSON endpoint."""

    status = forms.ChoiceField(choices=Status.choices)


class ApplicationFilterForm(forms.Form):
    # Not yet applied (no date) goes last either way; databases disagree on where NULL sorts.
    SORTS = {
        "-updated": ("-updated_at", "-pk"),
        "-applied": (F("applied_on").desc(nulls_last=True), "-updated_at", "-pk"),
        "applied": (F("applied_on").asc(nulls_last=True), "-updated_at", "pk"),
        "company": (Lower("company__name"), "-updated_at", "pk"),
    }
    q = forms.CharField(
        label="Search",
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"class": "form-control", "type": "search"}),
    )
    status = forms.ChoiceField(
        choices=[("", "Any status"), *Status.choices],
        required=False,
        widget=forms.Select(attrs={"class": "form-select"}),
    )
    sort = forms.ChoiceField(
        choices=[
            ("-updated", "Recently updated"),
            ("-applied", "Applied (newest)"),
            ("applied", "Applied (oldest)"),
            ("company", "Company (A–Z)"),
        ],
        required=False,
        widget=forms.Select(attrs={"class": "form-select"}),
    )

    def ordering(self) -> tuple:
        self.is_valid()
        sort = getattr(self, "cleaned_data", {}).get("sort")
        return self.SORTS.get(sort or "-updated")


class ContactForm(forms.ModelForm):
    company_name = forms.CharField(
        label="Company",
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"list": "company-names", "autocomplete": "off"}),
    )

    class Meta:
        model = Contact
        fields = [
            "name",
            "role",
            "company_name",
            "email",
            "phone",
            "profile_url",
            "last_contacted_on",
            "next_check_in_on",
            "notes",
        ]
        widgets = {
            "last_contacted_on": DateInput(),
            "next_check_in_on": DateInput(),
            "notes": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, owner, **kwargs):
        super().__init__(*args, **kwargs)
        self.owner = owner
        self.instance.owner = owner
        if self.instance.pk and self.instance.company_id:
            self.initial.setdefault("company_name", self.instance.company.name)
        self.company_names = list(
            Company.objects.for_user(owner)
            .order_by(Lower("name"))
            .values_list("name", flat=True)[:500]
        )

    def clean_name(self) -> str:
        # One line: the name ends up in letter greetings and e-mail headers.
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError("Enter the contact's name.")
        return name

    def clean_phone(self) -> str:
        phone = self.cleaned_data["phone"].strip()
        allowed = set("0123456789+-() .")
        if phone and (not set(phone) <= allowed or sum(c.isdigit() for c in phone) < 3):
            raise forms.ValidationError("Enter a phone number using digits, spaces and + - ( ).")
        return phone

    def clean_last_contacted_on(self) -> datetime.date | None:
        value = self.cleaned_data["last_contacted_on"]
        if value and value > timezone.localdate():
            raise forms.ValidationError("The last contact cannot be in the future.")
        return value

    def _post_clean(self) -> None:
        name = " ".join((self.cleaned_data.get("company_name") or "").split())
        if name:
            existing = Company.objects.for_user(self.owner).filter(name__iexact=name).first()
            self.instance.company = existing or Company(owner=self.owner, name=name)
        elif "company_name" in self.cleaned_data:
            self.instance.company = None
        super()._post_clean()

    @transaction.atomic
    def save(self, commit: bool = True) -> Contact:
        assert commit, "ContactForm always saves"
        contact = self.instance
        if contact.company is not None and contact.company.pk is None:
            contact.company = Company.objects.named(self.owner, contact.company.name)
        contact.save()
        self._save_m2m()
        return contact


class InterviewForm(forms.ModelForm):
    ends_at = forms.DateTimeField(
        label="Ends at", widget=DateTimeInput(), help_text="When the interview should be over."
    )

    class Meta:
        model = Interview
        field_classes = {
            "application": ShortlistChoiceField,
            "interviewers": OwnRowsMultipleChoiceField,
        }
        fields = [
            "application",
            "round",
            "kind",
            "scheduled_at",
            "ends_at",
            "location",
            "interviewers",
            "preparation_notes",
            "notes",
            "outcome",
        ]
        labels = {"scheduled_at": "Starts at"}
        widgets = {
            "scheduled_at": DateTimeInput(),
            "preparation_notes": forms.Textarea(attrs={"rows": 4}),
            "notes": forms.Textarea(attrs={"rows": 4}),
            "interviewers": forms.CheckboxSelectMultiple(),
        }

    def __init__(self, *args, owner, **kwargs):
        super().__init__(*args, **kwargs)
        applications = Application.objects.for_user(owner)
        self.fields["application"].queryset = applications.select_related("company")
        # The applications still in progress, the most recently worked on first.
        offer(
            self,
            "application",
            applications.active().order_by("-updated_at", "-pk"),
            limit=SHORTLIST,
            search="applications",
        )
        contacts = Contact.objects.for_user(owner)
        self.fields["interviewers"].queryset = contacts.select_related("company")
        offer(self, "interviewers", contacts.newest_first(), limit=SHORTLIST, search="contacts")
        # Setting min/max_value after the field is built adds no validator, so add them here
        # (round 0 would otherwise only meet the database constraint's generic message).
        self.fields["round"].widget.attrs.update(min=1, max=20)
        self.fields["round"].validators += [MinValueValidator(1), MaxValueValidator(20)]
        if self.instance.pk:
            self.initial.setdefault("ends_at", self.instance.ends_at)

    def _clean_when(self, field: str) -> datetime.datetime | None:
        value = self.cleaned_data.get(field)
        if value is not None:
            validate_reasonable_date(value.date())
        return value

    def clean_scheduled_at(self):
        return self._clean_when("scheduled_at")

    def clean_ends_at(self):
        return self._clean_when("ends_at")

    @transaction.atomic
    def save(self, commit: bool = True) -> Interview:
        # The interview and its interviewers are saved together or not at all.
        return super().save(commit=commit)

    def clean(self) -> dict:
        cleaned = super().clean()
        start, end = cleaned.get("scheduled_at"), cleaned.get("ends_at")
        if start and end:
            minutes = int((end - start).total_seconds() // 60)
            if minutes < 1:
                self.add_error("ends_at", "The interview must end after it starts.")
            elif minutes > 24 * 60:
                self.add_error("ends_at", "An interview cannot last more than 24 hours.")
            else:
                self.instance.duration_minutes = minutes
        return cleaned
