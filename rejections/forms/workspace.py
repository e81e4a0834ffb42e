import datetime

from django import forms
from django.utils import timezone

from core.choices import ShortlistChoiceField, offer
from core.forms import SHORTLIST, DateInput, SingleLineForm, SingleLineModelForm
from core.text import tidy
from core.validators import validate_reasonable_date
from rejections.models import DoorOpen, NetworkingLink, Rejection
from tracker.models import Application, Contact


def check_reapply_after(form: forms.ModelForm, cleaned: dict, received_on) -> None:
    """A reapply date says the door is open: it needs a *yes* and comes after the rejection."""
    reapply = cleaned.get("reapply_after")
    if not reapply:
        return
    door_open = cleaned.get("door_open", form.instance.door_open)
    if door_open != DoorOpen.YES:
        form.add_error(
            "reapply_after",
            "A reapply date only fits when they left the door open: answer “Yes” above, "
            "or clear the date.",
        )
    elif received_on and reapply < received_on:
        form.add_error("reapply_after", "Reapplying can only come after the rejection.")


class DoorOpenMixin:
    """The door-open answer is preselected; a post without it keeps the stored answer."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["door_open"].required = False

    def clean_door_open(self) -> str:
        return self.cleaned_data.get("door_open") or self.instance.door_open


class RejectionForm(DoorOpenMixin, SingleLineModelForm):
    """The short form shown right after moving an application to *rejected*."""

    class Meta:
        model = Rejection
        fields = ["received_on", "stage", "channel", "reason_given", "door_open", "feelings"]
        widgets = {
            "received_on": DateInput(),
            "reason_given": forms.Textarea(attrs={"rows": 3}),
            "door_open": forms.RadioSelect,
            "feelings": forms.Textarea(attrs={"rows": 3}),
        }
        labels = {
            "reason_given": "Reason they gave (if any)",
            "door_open": "Did they leave the door open?",
        }

    def clean_received_on(self) -> datetime.date:
        value = self.cleaned_data["received_on"]
        if value > timezone.localdate():
            raise forms.ValidationError("The rejection cannot be dated in the future.")
        return value


class RejectionUpdateForm(RejectionForm):
    class Meta(RejectionForm.Meta):
        fields = [*RejectionForm.Meta.fields, "reapply_after"]
        widgets = {**RejectionForm.Meta.widgets, "reapply_after": DateInput()}

    def clean(self) -> dict:
        cleaned = super().clean()
        received = cleaned.get("received_on")
        check_reapply_after(self, cleaned, received)
        feedback_on = self.instance.feedback_received_on
        if received and feedback_on and received > feedback_on:
            self.add_error(
                "received_on",
                f"Their feedback is dated {feedback_on:%-d %B %Y}; the rejection came before it.",
            )
        return cleaned


class FeedbackForm(DoorOpenMixin, SingleLineModelForm):
    class Meta:
        model = Rejection
        fields = ["feedback", "feedback_received_on", "door_open", "reapply_after"]
        widgets = {
            "feedback": forms.Textarea(attrs={"rows": 4}),
            "feedback_received_on": DateInput(),
            "door_open": forms.RadioSelect,
            "reapply_after": DateInput(),
        }
        labels = {"door_open": "Did they leave the door open?"}

    def clean(self) -> dict:
        cleaned = super().clean()
        if cleaned.get("feedback", "").strip() and not cleaned.get("feedback_received_on"):
            cleaned["feedback_received_on"] = timezone.localdate()
        received = cleaned.get("feedback_received_on")
        if received and received < self.instance.received_on:
            self.add_error(
                "feedback_received_on", "Feedback can only arrive on or after the rejection."
            )
        elif received and received > timezone.localdate():
            self.add_error("feedback_received_on", "Feedback cannot be dated in the future.")
        check_reapply_after(self, cleaned, self.instance.received_on)
        return cleaned


class BatchRecordForm(SingleLineForm):
    """Recording several rejections at once: the day they said no (the same for all)."""

    received_on = forms.DateField(
        label="Heard on",
        initial=timezone.localdate,
        widget=DateInput(),
        help_text="The same day for all of them; change any one afterwards in its workspace.",
    )

    def clean_received_on(self) -> datetime.date:
        value = self.cleaned_data["received_on"]
        if value > timezone.localdate():
            raise forms.ValidationError("The rejection cannot be dated in the future.")
        validate_reasonable_date(value)
        return value


class SkipForm(SingleLineForm):
    reason = forms.CharField(
        max_length=200,
        help_text="Why this step does not fit, e.g. “automated rejection, no contact person”.",
    )

    def clean_reason(self) -> str:
        reason = tidy(self.cleaned_data["reason"])
        if not reason:
            raise forms.ValidationError("Say briefly why you skip this step.")
        return reason


class NetworkingForm(SingleLineModelForm):
    class Meta:
        model = NetworkingLink
        fields = ["contact", "check_in_on", "channel", "note"]
        field_classes = {"contact": ShortlistChoiceField}
        widgets = {"check_in_on": DateInput()}

    def __init__(self, *args, owner, application: Application, **kwargs):
        super().__init__(*args, **kwargs)
        # Only the user's own contacts can ever be chosen; a forged id is "not a valid choice".
        contacts = Contact.objects.for_user(owner)
        self.fields["contact"].queryset = contacts.select_related("company")
        offer(
            self,
            "contact",
            *people_first(contacts, application),
            limit=SHORTLIST,
            search="contacts",
            label_fields=Contact.label_fields,
        )
        self.fields["check_in_on"].required = True

    def clean_check_in_on(self) -> datetime.date:
        value = self.cleaned_data["check_in_on"]
        if value < timezone.localdate():
            raise forms.ValidationError("Plan the check-in for today or later.")
        return value


def people_first(contacts, application: Application) -> list:
    """Contacts worth offering for this application: its people, its company's, the newest."""
    return [
        contacts.of_application(application),
        contacts.filter(company_id=application.company_id).newest_first(),
        contacts.newest_first(),
    ]
