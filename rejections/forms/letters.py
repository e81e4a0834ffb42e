"""Forms for writing, editing and marking letters.

Subjects, names and addresses end up in e-mail headers, so they are single-line fields that
refuse a line break *before* Django strips surrounding whitespace: a forged
``"a@example.com\\nBcc: b@example.com"`` is refused with a clear message, never cleaned up.
"""

import datetime

from django import forms
from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Exists, OuterRef
from django.db.models.functions import Lower
from django.utils import timezone

from core.forms import DateInput, SingleLineForm, SingleLineModelForm
from core.text import single_line
from core.validators import validate_reasonable_date
from rejections.models import Letter, LetterTemplate, Rejection, validate_single_line
from tracker.models import Application, Contact, Interview

#: Contacts not linked to the application: the choice list shows at most this many.
OTHER_CONTACTS_LIMIT = 300


def _one_line(value):
    """CR and LF are refused with a message; the rarer line breaks (U+2028, NEL, form
    feed, ...), which nobody types on purpose, become spaces."""
    if isinstance(value, str):
        if "\n" in value or "\r" in value:
            validate_single_line(value)
        value = single_line(value)
    return value


class SingleLineCharField(forms.CharField):
    #: ``core.forms.SingleLineMixin`` leaves it alone: it refuses CR and LF itself.
    handles_line_breaks = True

    def to_python(self, value):
        return super().to_python(_one_line(value))


class SingleLineEmailField(forms.EmailField):
    handles_line_breaks = True

    def to_python(self, value):
        return super().to_python(_one_line(value))


def _template_label(template: LetterTemplate) -> str:
    return f"{template.name} (default)" if template.is_default else template.name


def _contact_label(contact: Contact, note: str = "") -> str:
    details = ", ".join(part for part in (contact.role, contact.email) if part)
    label = f"{contact.name} — {details}" if details else contact.name
    return f"{label} ({note})" if note else label


class LetterCreateForm(SingleLineForm):
    """Choose a template and a recipient; the service renders the draft."""

    template = forms.ModelChoiceField(
        queryset=LetterTemplate.objects.none(),
        empty_label="Choose a template",
        help_text="Staff edit the templates; your letter keeps the text it is written with.",
    )
    recipient_contact = forms.ModelChoiceField(
        label="Recipient",
        queryset=Contact.objects.none(),
        required=False,
        empty_label="Nobody from my contacts (type a name below)",
        help_text="The people you met for this application come first.",
    )
    recipient_name = SingleLineCharField(
        label="Or the recipient's name",
        max_length=200,
        required=False,
        help_text="Leave empty to use the contact's name; with neither, "
        "the letter says “Hiring Manager”.",
    )
    recipient_email = SingleLineEmailField(
        label="Recipient's e-mail",
        required=False,
        help_text="Optional; leave empty to use the contact's address.",
    )
    your_name = SingleLineCharField(
        label="Your name", max_length=200, required=False, help_text="Used for the signature."
    )

    def __init__(
        self,
        *args,
        rejection: Rejection,
        user: AbstractBaseUser,
        kind: str | None = None,
        **kwargs,
    ) -> None:
        super().__init__(*args, **kwargs)
        templates = LetterTemplate.objects.filter(active=True).order_by(
            "kind", "-is_default", Lower("name"), "pk"
        )
        self.fields["template"].queryset = templates
        # Shown grouped by kind; validation still goes through the queryset above.
        template_list = list(templates)
        self.fields["template"].widget.choices = [
            ("", self.fields["template"].empty_label),
            *(
                (label, [(t.pk, _template_label(t)) for t in template_list if t.kind == value])
                for value, label in LetterTemplate.Kind.choices
                if any(t.kind == value for t in template_list)
            ),
        ]
        if kind in LetterTemplate.Kind.values:
            preselected = next((t for t in template_list if t.kind == kind), None)
            if preselected is not None:
                self.initial.setdefault("template", preselected.pk)

        self._set_contact_choices(rejection.application, user)
        self.initial.setdefault("your_name", user.get_full_name() or user.get_username())

    def _set_contact_choices(self, application: Application, user: AbstractBaseUser) -> None:
        """Only the user's own contacts: a forged id of anyone else's is "not a valid choice"."""
        contacts = Contact.objects.for_user(user).order_by(Lower("name"), "pk")
        field = self.fields["recipient_contact"]
        field.queryset = contacts
        interviewers = Interview.interviewers.through.objects.filter(
            interview__application=application, contact=OuterRef("pk")
        )
        linked = list(
            contacts.of_application(application).annotate(interviewed=Exists(interviewers))
        )
        others = list(contacts.exclude(pk__in=[c.pk for c in linked])[:OTHER_CONTACTS_LIMIT])
        choices: list = [("", field.empty_label)]
        if linked:
            choices.append(
                (
                    "For this application",
                    [
                        (c.pk, _contact_label(c, "interviewer" if c.interviewed else ""))
                        for c in linked
                    ],
                )
            )
        if others:
            choices.append(("Other contacts", [(c.pk, _contact_label(c)) for c in others]))
        # Grouped for display only: validation still looks the id up in ``contacts``.
        field.widget.choices = choices
        if len(linked) == 1:
            self.initial.setdefault("recipient_contact", linked[0].pk)


class LetterEditForm(SingleLineModelForm):
    """Edit a draft before sending it."""

    subject = SingleLineCharField(max_length=200)
    recipient_name = SingleLineCharField(label="Recipient's name", max_length=200, required=False)
    recipient_email = SingleLineEmailField(
        label="Recipient's e-mail", required=False, help_text="Needed to send it from here."
    )

    class Meta:
        model = Letter
        fields = ["recipient_name", "recipient_email", "subject", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 14})}


class MarkSentForm(SingleLineForm):
    sent_on = forms.DateField(
        label="Sent on",
        required=False,
        widget=DateInput(),
        validators=[validate_reasonable_date],
        help_text="Leave empty for today.",
    )

    def clean_sent_on(self) -> datetime.date | None:
        value = self.cleaned_data["sent_on"]
        if value and value > timezone.localdate():
            raise forms.ValidationError("A letter cannot be sent in the future.")
        return value
