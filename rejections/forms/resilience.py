"""Forms for the plan for a no and for private writing."""

from django import forms

from core.forms import SingleLineForm
from rejections.models import SetbackPlan, WritingKind, WritingSession
from rejections.plans import MAX_ACTION_LENGTH, MAX_ACTIONS, SUGGESTIONS


class SetbackPlanForm(SingleLineForm):
    """Suggested actions to tick, and the user's own, one per line."""

    suggested = forms.MultipleChoiceField(
        label="Pick from these",
        choices=[(text, text) for text, _ in SUGGESTIONS],
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    own = forms.CharField(
        label="Or write your own",
        required=False,
        max_length=MAX_ACTIONS * (MAX_ACTION_LENGTH + 2),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="One action per line, e.g. “Call Sam for a coffee on Friday”.",
    )

    def __init__(self, *args, plan: SetbackPlan | None = None, **kwargs):
        if plan is not None and "initial" not in kwargs:
            known = {text for text, _ in SUGGESTIONS}
            actions = plan.action_list
            kwargs["initial"] = {
                "suggested": [action for action in actions if action in known],
                "own": "\n".join(action for action in actions if action not in known),
            }
        super().__init__(*args, **kwargs)

    def clean(self) -> dict:
        cleaned = super().clean()
        own = [line.strip() for line in cleaned.get("own", "").splitlines() if line.strip()]
        too_long = [line for line in own if len(line) > MAX_ACTION_LENGTH]
        if too_long:
            self.add_error(
                "own",
                f"Keep each action to {MAX_ACTION_LENGTH} characters or fewer; one is "
                f"{len(too_long[0])}. A short line is easier to act on.",
            )
        actions = list(dict.fromkeys([*cleaned.get("suggested", []), *own]))
        if not actions:
            raise forms.ValidationError(
                "Tick at least one action or write your own: “If they say no, I will …”.",
                code="empty",
            )
        if len(actions) > MAX_ACTIONS:
            raise forms.ValidationError(
                f"Keep the plan to {MAX_ACTIONS} actions at most; you have {len(actions)}. "
                "Two or three you will really do are enough.",
                code="too_many",
            )
        cleaned["actions"] = actions
        return cleaned


class WritingForm(SingleLineForm):
    text = forms.CharField(
        label="Your writing",
        max_length=WritingSession._meta.get_field("text").max_length,
        strip=False,
        error_messages={"required": "Write a few words first, even a single line."},
        widget=forms.Textarea(attrs={"rows": 14, "spellcheck": "false"}),
    )
    kind = forms.ChoiceField(choices=WritingKind.choices, widget=forms.HiddenInput)

    def clean_text(self) -> str:
        text = self.cleaned_data["text"]
        if not text.strip():
            raise forms.ValidationError("Write a few words first, even a single line.")
        return text
