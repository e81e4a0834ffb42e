import datetime
import html

from allauth.account import forms as allauth_forms
from allauth.mfa.webauthn import forms as webauthn_forms
from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.forms.utils import flatatt
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from accounts.models import Invitation, Preferences, Theme, time_zone_choices

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

    def render(self, name, value, attrs=None, renderer=None) -> str:
        """The HTML ``forms.Select`` gives, built here. Through the widget templates (an
        include per option) the ~600 zones took most of the sign-up and profile pages'
        time; ``tests/accounts/test_preferences.py`` checks the two are the same."""
        widget = self.get_context(name, value, attrs)["widget"]
        # html.escape is what django.utils.html.escape applies, without its lazy-text check
        # per call (1,200 calls here).
        options = "".join(
            f'\n  <option value="{html.escape(str(option["value"]))}"'
            f"{' selected' if option['selected'] else ''}>{html.escape(str(option['label']))}"
            "</option>\n"
            for _group, group_options, _index in widget["optgroups"]
            for option in group_options
        )
        return format_html(
            '<select name="{}"{}>{}\n</select>',
            widget["name"],
            flatatt(widget["attrs"]),
            mark_safe(options),  # noqa: S308 (every value and label escaped above)
        )


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


class LoginForm(allauth_forms.LoginForm):
    """allauth's sign-in form, its "login" field posted as ``username`` as before.

    Browsers' saved passwords, bookmarks of the form and django-axes (which counts failures
    per ``username``) keep working.
    """

    def add_prefix(self, field_name: str) -> str:
        return super().add_prefix("username" if field_name == "login" else field_name)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["login"].label = "Username"
        self.fields["login"].widget.attrs.pop("placeholder", None)
        self.fields["password"].widget.attrs.pop("placeholder", None)
        # The page links to the password reset itself, once, below the button.
        self.fields["password"].help_text = ""


class SignupForm(allauth_forms.SignupForm):
    """A new account: the name letters are signed with, username, e-mail, password, zone
    and look. ``AccountAdapter.save_user`` stores it all in one transaction."""

    first_name = forms.CharField(
        label="First name",
        max_length=150,
        help_text="Letters you write here are signed with your name.",
    )
    last_name = forms.CharField(label="Last name", max_length=150, required=False)
    time_zone = time_zone_field(guess=True)
    theme = theme_field()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Not sent (a page without them): the site's zone and the device's look.
        self.fields["time_zone"].required = self.fields["theme"].required = False
        self.fields["email"].label = "Email"
        self.fields["email"].help_text = (
            "We send a link to check it. Used to reset your password, to send you reminders "
            "and, once checked, to send letters for you."
        )
        self.fields["password2"].label = "Password confirmation"
        for field in self.fields.values():
            field.widget.attrs.pop("placeholder", None)
        self.order_fields(
            [
                "first_name",
                "last_name",
                "username",
                "email",
                "password1",
                "password2",
                "time_zone",
                "theme",
            ]
        )

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

    def try_save(self, request):
        if self.account_already_exists:
            # No account is made for a taken address, but the password is hashed all the
            # same, so the answer takes as long as a real sign-up's.
            make_password(self.cleaned_data.get("password1"))
        return super().try_save(request)

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

    @property
    def email_changed(self) -> bool:
        email = self.cleaned_data.get("email")
        return bool(email) and email != self.original_email.lower()

    def clean(self) -> dict:
        cleaned = super().clean()
        if self.email_changed and not self.instance.check_password(
            cleaned.get("current_password") or ""
        ):
            self.add_error(
                "current_password",
                "Enter your current password to change your e-mail address.",
            )
        return cleaned


class PreferencesForm(forms.ModelForm):
    """Your time zone, how pages look and calm mode, on "Your details"."""

    time_zone = time_zone_field()
    theme = theme_field()

    class Meta:
        model = Preferences
        fields = ("time_zone", "theme", "calm_mode")
        help_texts = {
            "calm_mode": "Keep rejections off the board, the dashboard and the daily digest. "
            "They stay in Rejections, whenever you choose to open it."
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A form that does not send them (an older page) keeps what is stored. Calm mode
        # is a checkbox: unticked, a browser sends nothing, which means off.
        for name in ("time_zone", "theme"):
            self.fields[name].required = False
            self.initial[name] = getattr(self.instance, name)

    def clean_time_zone(self) -> str:
        return self.cleaned_data["time_zone"] or self.instance.time_zone

    def clean_theme(self) -> str:
        return self.cleaned_data["theme"] or self.instance.theme


class InvitationForm(forms.ModelForm):
    """Staff: a new invitation, for anyone or for one address, valid for some days."""

    days = forms.IntegerField(
        label="Valid for (days)",
        min_value=1,
        max_value=90,
        initial=settings.INVITATION_DAYS,
        help_text="The link stops working after this many days, or once it is used.",
    )

    class Meta:
        model = Invitation
        fields = ("email", "note")
        labels = {"email": "For the e-mail address (optional)", "note": "Note (optional)"}

    def clean_email(self) -> str:
        return self.cleaned_data["email"].strip().lower()

    def clean_note(self) -> str:
        return clean_name(self.cleaned_data["note"])

    def save(self, commit: bool = True) -> Invitation:
        self.instance.expires_at = timezone.now() + datetime.timedelta(
            days=self.cleaned_data["days"]
        )
        return super().save(commit=commit)


class AddPasskeyForm(webauthn_forms.AddWebAuthnForm):
    """allauth's "add a security key" form, in the words of the two-factor page."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].label = "Name"
        self.fields["name"].help_text = "To tell your keys apart, e.g. “Work laptop”."
        if "passwordless" in self.fields:
            field = self.fields["passwordless"]
            field.label = "Passkey: sign in with it alone, without username or password"
            field.help_text = "Needs the device's fingerprint, face or PIN each time."
            field.initial = True
