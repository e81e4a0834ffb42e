from django import forms


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
