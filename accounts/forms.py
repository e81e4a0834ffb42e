from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import UserCreationForm

from accounts.models import Preferences, Theme, time_zone_choices

TIME_ZONE_HELP = (
    "Interviews, dates and “today” are shown in this zone. Guessed from your device when "
    "it says; change it if you are elsewhere."
)


class TimeZoneSelect(forms.Select):
    """The zone list; the sign-up page's script preselects the device's zone (data-guess)."""

    def __init__(self, *, guess: bool = False):
        attrs = {"autocomplete": "off"}
        if guess:
            attrs["data-guess-time-zone"] = ""
            attrs["data-site-default"] = settings.TIME_ZONE
        super().__init__(attrs=attrs)


def time_zone_field(*, guess: bool = False) -> forms.ChoiceField:
    return forms.ChoiceField(
        label="Time zone",
        choices=time_zone_choices,
        initial=settings.TIME_ZONE,
        widget=TimeZoneSelect(guess=guess),
        help_text=TIME_ZONE_HELP,
    )


def theme_field() -> forms.ChoiceField:
    return forms.ChoiceField(
        label="Appearance",
        choices=Theme.choices,
        initial=Theme.SYSTEM,
        widget=forms.RadioSelect,
    )


def clean_name(value: str) -> str:
    return " ".join(value.split())


class SignupForm(UserCreationForm):
    """A new account: the name letters are signed with, e-mail, password, zone and look."""

    email = forms.EmailField(
        required=True, help_text="Used only to reset your password and to send you reminders."
    )
    time_zone = time_zone_field(guess=True)
    theme = theme_field()

    class Meta(UserCreationForm.Meta):
        model = get_user_model()
        fields = ("first_name", "last_name", "username", "email")
        help_texts = {"first_name": "Letters you write here are signed with your name."}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["first_name"].required = True
        # Not sent (a page without them): the site's zone and the device's look.
        self.fields["time_zone"].required = self.fields["theme"].required = False

    def clean_time_zone(self) -> str:
        return self.cleaned_data["time_zone"] or settings.TIME_ZONE

    def clean_theme(self) -> str:
        return self.cleaned_data["theme"] or Theme.SYSTEM

    def clean_first_name(self) -> str:
        name = clean_name(self.cleaned_data["first_name"])
        if not name:
            raise forms.ValidationError("Enter the first name your letters are signed with.")
        return name

    def clean_last_name(self) -> str:
        return clean_name(self.cleaned_data["last_name"])

    def save_preferences(self, user) -> Preferences:
        """Store the chosen zone and look for the account just saved."""
        preferences = Preferences(
            user=user,
            time_zone=self.cleaned_data["time_zone"],
            theme=self.cleaned_data["theme"],
        )
        preferences.full_clean()
        preferences.save()
        return preferences

    def clean_email(self) -> str:
        email = self.cleaned_data["email"].strip().lower()
        if get_user_model().objects.filter(email__iexact=email).exists():
            raise forms.ValidationError("An account with this e-mail address already exists.")
        return email


class ProfileForm(forms.ModelForm):
    """Your name (letters are signed with it) and e-mail address (reminders, password reset).

    Changing the e-mail address takes the current password: whoever finds a signed-in
    browser must not be able to redirect the password-reset mail to themselves.
    """

    current_password = forms.CharField(
        label="Current password",
        required=False,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text="Needed only to change your e-mail address.",
    )

    class Meta:
        model = get_user_model()
        fields = ("first_name", "last_name", "email")
        help_texts = {"first_name": "Letters are signed with your full name."}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].required = True
        self.fields["email"].help_text = "Used to reset your password and to send you reminders."
        self.original_email = self.instance.email

    def clean_first_name(self) -> str:
        return clean_name(self.cleaned_data["first_name"])

    def clean_last_name(self) -> str:
        return clean_name(self.cleaned_data["last_name"])

    def clean_email(self) -> str:
        email = self.cleaned_data["email"].strip().lower()
        others = get_user_model().objects.exclude(pk=self.instance.pk)
        if others.filter(email__iexact=email).exists():
            raise forms.ValidationError("An account with this e-mail address already exists.")
        return email

    def clean(self) -> dict:
        cleaned = super().clean()
        email = cleaned.get("email")
        changed = bool(email) and email != self.original_email.lower()
        if changed and not self.instance.check_password(cleaned.get("current_password") or ""):
            self.add_error(
                "current_password",
                "Enter your current password to change your e-mail address.",
            )
        return cleaned


class PreferencesForm(forms.ModelForm):
    """Your time zone and how pages look, on "Your details"."""

    time_zone = time_zone_field()
    theme = theme_field()

    class Meta:
        model = Preferences
        fields = ("time_zone", "theme")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A form that does not send them (an older page) keeps what is stored.
        for name in self.Meta.fields:
            self.fields[name].required = False
            self.initial[name] = getattr(self.instance, name)

    def clean_time_zone(self) -> str:
        return self.cleaned_data["time_zone"] or self.instance.time_zone

    def clean_theme(self) -> str:
        return self.cleaned_data["theme"] or self.instance.theme
