from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import UserCreationForm


class SignupForm(UserCreationForm):
    email = forms.EmailField(
        required=True, help_text="Used only to reset your password and to send you reminders."
    )

    class Meta(UserCreationForm.Meta):
        model = get_user_model()
        fields = ("username", "email")

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
        return " ".join(self.cleaned_data["first_name"].split())

    def clean_last_name(self) -> str:
        return " ".join(self.cleaned_data["last_name"].split())

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
