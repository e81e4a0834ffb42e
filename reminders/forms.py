from django import forms

from reminders.models import InterviewAlarm


class DigestForm(forms.Form):
    """Turn the daily e-mail digest on or off.

    A plain form, not a ModelForm: saving must touch only ``digest_enabled``, never the
    ``last_digest_on`` a digest run may be writing at the same moment.
    """

    digest_enabled = forms.BooleanField(
        label="Send me a daily e-mail of what is due",
        required=False,
        help_text="Interviews, follow-ups, check-ins and open rejection steps. "
        "Nothing is sent on days when nothing is due.",
    )


class InterviewAlarmForm(forms.Form):
    """The reminder calendar apps show before each interview (a VALARM in the feed)."""

    interview_alarm_minutes = forms.TypedChoiceField(
        label="Remind me before interviews",
        choices=[("", "No reminder"), *InterviewAlarm.choices],
        coerce=int,
        empty_value=None,
        required=False,
        help_text="Your calendar app shows the reminder; it may ask you to allow reminders "
        "for subscribed calendars.",
    )
