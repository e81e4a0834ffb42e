from django import forms


class InviteForm(forms.Form):
    invited = forms.CharField(
        label="Username or e-mail address",
        max_length=254,
        help_text="Someone with an account here (their username or address), or anyone by "
        "e-mail: they get a link to sign in or sign up and accept.",
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )

    def clean_invited(self) -> str:
        value = " ".join(self.cleaned_data["invited"].split())
        if " " in value:
            raise forms.ValidationError("A username or an e-mail address has no spaces.")
        if "@" in value:
            forms.EmailField().clean(value)
        return value
