"""Forms for reflections, their review page and the self-care journal."""

import datetime

from django import forms
from django.db.models import Exists, OuterRef, QuerySet
from django.db.models.functions import Lower
from django.utils import timezone

from core.choices import ShortlistChoiceField, offer
from core.dates import day_text
from core.forms import SHORTLIST, DateInput, SingleLineForm, SingleLineModelForm
from core.validators import validate_reasonable_date
from rejections.models import Reflection, Rejection, SelfCareNote
from rejections.search import MAX_TAG_LENGTH, MAX_TAGS, TAG_SEPARATOR, normalise_tag, split_tags
from tracker.models import Company
from tracker.stages import Stage

TAGS_MAX_LENGTH = Reflection._meta.get_field("tags").max_length
#: The company filter offers the companies of this many newest reflections.
COMPANY_CHOICES = 50


def rejected_companies(owner) -> QuerySet:
    """The owner's companies that rejected them, by name: the reflection company filter's
    choices (a filter that can only come out empty is noise)."""
    return (
        Company.objects.for_user(owner)
        .filter(Exists(Rejection.objects.filter(application__company=OuterRef("pk"))))
        .order_by(Lower("name"), "pk")
    )


#: The fields ``rejection_label`` reads (``core.choices.offer``).
REJECTION_LABEL_FIELDS = (
    "received_on",
    "application__position_title",
    "application__company__name",
)


def rejection_label(rejection: Rejection) -> str:
    application = rejection.application
    received = day_text(rejection.received_on)
    return f"{application.position_title} at {application.company.name} ({received})"


def _not_in_the_future(value: datetime.date | None) -> datetime.date | None:
    if value and value > timezone.localdate():
        raise forms.ValidationError("This date is in the future; use today or an earlier day.")
    return value


class ReflectionForm(SingleLineModelForm):
    # Longer than the column on purpose: the text is normalised (spaces, duplicates) first,
    # and only the normalised tags must fit.
    tags = forms.CharField(
        required=False,
        max_length=1_000,
        help_text=(
            f"Comma-separated, e.g. system design, nerves. Up to {MAX_TAGS} tags of "
            f"{MAX_TAG_LENGTH} characters each."
        ),
    )

    class Meta:
        model = Reflection
        fields = ["written_on", "went_well", "to_improve", "lessons", "next_actions", "tags"]
        labels = {"lessons": "Lessons learned"}
        widgets = {
            "written_on": DateInput(),
            "went_well": forms.Textarea(attrs={"rows": 3}),
            "to_improve": forms.Textarea(attrs={"rows": 3}),
            "lessons": forms.Textarea(attrs={"rows": 3}),
            "next_actions": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, rejection: Rejection, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.rejection = rejection

    def clean_written_on(self) -> datetime.date | None:
        return _not_in_the_future(self.cleaned_data.get("written_on"))

    def clean_next_actions(self) -> str:
        lines = (line.strip() for line in self.cleaned_data["next_actions"].splitlines())
        return "\n".join(line for line in lines if line)

    def clean_tags(self) -> str:
        tags = split_tags(self.cleaned_data["tags"])
        too_long = [tag for tag in tags if len(tag) > MAX_TAG_LENGTH]
        if too_long:
            raise forms.ValidationError(
                f"Keep each tag to {MAX_TAG_LENGTH} characters or fewer; "
                f"“{too_long[0][:MAX_TAG_LENGTH]}…” is {len(too_long[0])}."
            )
        if len(tags) > MAX_TAGS:
            raise forms.ValidationError(
                f"Use at most {MAX_TAGS} tags; you wrote {len(tags)}. "
                "Keep the ones you will want to search for."
            )
        text = TAG_SEPARATOR.join(tags)
        if len(text) > TAGS_MAX_LENGTH:
            raise forms.ValidationError(
                f"Together the tags are too long ({len(text)} characters, at most "
                f"{TAGS_MAX_LENGTH}). Use fewer or shorter tags."
            )
        return text

    def clean(self) -> dict:
        cleaned = super().clean()
        if not any(cleaned.get(field) for field in ("went_well", "to_improve", "lessons")):
            raise forms.ValidationError(
                "Write at least a line about what went well, what to improve or what you learned.",
                code="empty",
            )
        return cleaned


class ReflectionFilterForm(SingleLineForm):
    """The filters of the past reflections page, read from the query string."""

    q = forms.CharField(
        label="Search",
        required=False,
        max_length=200,
        widget=forms.TextInput(
            attrs={"type": "search", "placeholder": "e.g. system design -nerves"}
        ),
    )
    company = ShortlistChoiceField(
        queryset=Company.objects.none(), required=False, empty_label="Any company"
    )
    stage = forms.ChoiceField(
        label="Stage reached", choices=[("", "Any stage"), *Stage.choices], required=False
    )
    tag = forms.CharField(required=False, max_length=MAX_TAG_LENGTH)
    date_from = forms.DateField(
        label="Written from",
        required=False,
        widget=DateInput(),
        validators=[validate_reasonable_date],
    )
    date_to = forms.DateField(
        label="Written until",
        required=False,
        widget=DateInput(),
        validators=[validate_reasonable_date],
    )

    def __init__(self, *args, owner, **kwargs):
        super().__init__(*args, **kwargs)
        # Offered: the companies of the newest reflections (and the chosen one).
        self.fields["company"].queryset = rejected_companies(owner)
        # The companies of the newest reflections: read from the user's reflections by
        # date, never by aggregating every application of the installation.
        newest = (
            Reflection.objects.filter(rejection__application__owner=owner)
            .order_by("-written_on", "-pk")
            .values("rejection__application__company")[:COMPANY_CHOICES]
        )
        reflected = Company.objects.filter(pk__in=newest)
        offer(
            self,
            "company",
            reflected,
            limit=COMPANY_CHOICES,
            search="rejected-companies",
            label_fields=Company.label_fields,
        )

    def clean_tag(self) -> str:
        return normalise_tag(self.cleaned_data["tag"])

    def clean(self) -> dict:
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", "The end date must be on or after the start date.")
        return cleaned


class SelfCareNoteForm(SingleLineModelForm):
    class Meta:
        model = SelfCareNote
        fields = ["date", "activity", "mood", "note", "rejection"]
        field_classes = {"rejection": ShortlistChoiceField}
        labels = {
            "mood": "How do you feel?",
            "activity": "What did you do?",
            "rejection": "Related rejection",
        }
        widgets = {
            "date": DateInput(),
            "mood": forms.RadioSelect(),
            "note": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {"rejection": "Optional: the rejection this helped you through."}

    def __init__(self, *args, owner, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.owner = owner
        field = self.fields["rejection"]
        # Only the user's own rejections: another id fails as "Select a valid choice".
        rejections = Rejection.objects.for_user(owner)
        field.queryset = rejections.select_related("application__company")
        # The newest rejections are the ones self-care is about (and the chosen one).
        offer(
            self,
            "rejection",
            rejections.order_by("-received_on", "-pk"),
            limit=SHORTLIST,
            search="rejections",
            label_fields=REJECTION_LABEL_FIELDS,
        )
        field.label_from_instance = rejection_label
        field.empty_label = "Not tied to a rejection"

    def clean_date(self) -> datetime.date | None:
        return _not_in_the_future(self.cleaned_data.get("date"))
