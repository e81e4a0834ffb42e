import datetime

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import transaction
from django.db.models import F
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone

from core.choices import ShortlistChoiceField, offer
from core.forms import (
    SHORTLIST,
    DateInput,
    DateTimeInput,
    FoldChoiceMixin,
    LocalDateTimeField,
    OwnRowsMultipleChoiceField,
    SingleLineForm,
    SingleLineModelForm,
)
from core.text import tidy
from core.validators import validate_reasonable_date
from tracker import services
from tracker.models import Application, Company, Contact, Interview
from tracker.services import StatusResult
from tracker.stages import Status


class CompanyNameMixin:
    """A ``company_name`` text field resolved to one of the owner's companies.

    A typed name picks the owner's company of that name (any case) or makes a new one,
    created when the form is saved: the one way every form names a company. The form
    declares ``company_name`` (required or not) and sets ``self.owner``.
    """

    company_names: list[str]
    #: Companies already looked up (see ``CompanyQuerySet.by_name``), for imports.
    known_companies: dict[str, Company] | None = None

    def _offer_company_names(self) -> None:
        # The datalist behind the field: the newest companies, in alphabetical order; the
        # page's script adds the others matching what is typed (``home.choice_search``).
        newest = (
            Company.objects.for_user(self.owner)
            .newest_first()
            .values_list("name", flat=True)[:SHORTLIST]
        )
        self.company_names = sorted(newest, key=str.casefold)
        field = self.fields["company_name"]
        field.widget.attrs["data-choices-url"] = reverse("home:choices", args=["companies"])
        if self.instance.pk and self.instance.company_id:
            self.initial.setdefault("company_name", self.instance.company.name)

    def clean_company_name(self) -> str:
        name = tidy(self.cleaned_data["company_name"] or "")
        if not name and self.fields["company_name"].required:
            raise forms.ValidationError("Enter the company's name.")
        return name

    def _resolve_company(self) -> None:
        # Before model validation, so constraints are checked on a complete instance.
        if "company_name" not in self.cleaned_data:
            return
        name = self.cleaned_data["company_name"]
        self.instance.company = (
            Company.objects.find(self.owner, name, known=self.known_companies) if name else None
        )

    def _save_company(self) -> None:
        if self.instance.company is not None:
            self.instance.company = Company.objects.save_new(self.instance.company)


def offer_newest_contacts(form: forms.BaseForm, name: str, owner) -> None:
    """Field ``name`` accepts any of the owner's contacts and offers the newest, with a
    search for the others (``core.choices.offer``)."""
    contacts = Contact.objects.for_user(owner)
    form.fields[name].queryset = contacts.select_related("company")
    offer(
        form,
        name,
        contacts.newest_first(),
        limit=SHORTLIST,
        search="contacts",
        label_fields=Contact.label_fields,
    )


def company_name_field(*, required: bool, help_text: str = "") -> forms.CharField:
    return forms.CharField(
        label="Company",
        max_length=200,
        required=required,
        help_text=help_text,
        widget=forms.TextInput(attrs={"list": "company-names", "autocomplete": "off"}),
    )


class CompanyForm(SingleLineModelForm):
    class Meta:
        model = Company
        fields = ["name", "website", "notes"]
        widgets = {"notes": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, owner, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.owner = owner

    def clean_name(self) -> str:
        name = tidy(self.cleaned_data["name"])
        if not name:
            raise forms.ValidationError("Enter the company's name.")
        same_name = Company.objects.find(self.instance.owner, name)
        if same_name.pk not in (None, self.instance.pk):
            raise forms.ValidationError(f"You already have a company called “{name}”.")
        return name


class ApplicationForm(CompanyNameMixin, SingleLineModelForm):
    #: Asking for *rejected* waits for the rejection record (imports bring their own).
    wait_for_rejection_record = True

    company_name = company_name_field(
        required=True, help_text="Pick one of yours or type a new name: it is created for you."
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
        offer_newest_contacts(self, "contacts", owner)
        self.fields["salary_min"].widget.attrs["min"] = 0
        self.fields["salary_max"].widget.attrs["min"] = 0
        self._offer_company_names()

    def clean_position_title(self) -> str:
        # One line: the title ends up in letter subjects and calendar entries.
        title = tidy(self.cleaned_data["position_title"])
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
        self._resolve_company()
        super()._post_clean()

    #: What the status service did on ``save()``.
    result: StatusResult | None = None

    @transaction.atomic
    def save(self, commit: bool = True) -> Application:
        """Save through the status service, creating the typed company if new.

        Asking for *rejected* without a recorded rejection leaves the status as it was (a
        new application starts as *applied*); ``self.result`` then says the record is
        needed.
        """
        assert commit, "ApplicationForm always saves"
        self._save_company()
        application = self.instance
        if application.pk is None:
            result = services.create_application(
                application=application, wait_for_rejection_record=self.wait_for_rejection_record
            )
        else:
            result = services.update_application(
                application=application,
                status=self.cleaned_data["status"],
                wait_for_rejection_record=self.wait_for_rejection_record,
            )
        self._save_m2m()
        self.result = result
        return result.application


class MoveForm(SingleLineForm):
    """The board's move: used by the no-script form and the drag-and-drop JSON endpoint."""

    status = forms.ChoiceField(choices=Status.choices)


class ApplicationFilterForm(SingleLineForm):
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


class ContactForm(CompanyNameMixin, SingleLineModelForm):
    company_name = company_name_field(required=False)

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
        self._offer_company_names()

    def clean_name(self) -> str:
        # One line: the name ends up in letter greetings and e-mail headers.
        name = tidy(self.cleaned_data["name"])
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
        self._resolve_company()
        super()._post_clean()

    @transaction.atomic
    def save(self, commit: bool = True) -> Contact:
        assert commit, "ContactForm always saves"
        self._save_company()
        contact = self.instance
        contact.save()
        self._save_m2m()
        return contact


class InterviewForm(FoldChoiceMixin, SingleLineModelForm):
    ends_at = LocalDateTimeField(
        label="Ends at", widget=DateTimeInput(), help_text="When the interview should be over."
    )

    class Meta:
        model = Interview
        field_classes = {
            "application": ShortlistChoiceField,
            "interviewers": OwnRowsMultipleChoiceField,
            "scheduled_at": LocalDateTimeField,
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
        help_texts = {"scheduled_at": "In your time zone (Your details)."}
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
            label_fields=Application.label_fields,
        )
        offer_newest_contacts(self, "interviewers", owner)
        # Setting min/max_value after the field is built adds no validator, so add them here
        # (round 0 would otherwise only meet the database constraint's generic message).
        self.fields["round"].widget.attrs.update(min=1, max=20)
        self.fields["round"].validators += [MinValueValidator(1), MaxValueValidator(20)]
        if self.instance.pk:
            self.initial.setdefault("ends_at", self.instance.ends_at)
        # A start or end typed in the autumn overlap asks which of the two it is.
        self._offer_fold_choices()

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
            # In UTC: two times in one zone subtract as wall-clock times in Python, which
            # is an hour off across a change of the clocks.
            elapsed = end.astimezone(datetime.UTC) - start.astimezone(datetime.UTC)
            minutes = int(elapsed.total_seconds() // 60)
            if minutes < 1:
                self.add_error("ends_at", "The interview must end after it starts.")
            elif minutes > 24 * 60:
                self.add_error("ends_at", "An interview cannot last more than 24 hours.")
            else:
                self.instance.duration_minutes = minutes
        return cleaned
