from django import forms

from pace.models import MAX_TARGET, WeeklyGoals


class WeeklyGoalsForm(forms.ModelForm):
    """The targets for every week; an empty box means no goal of that kind."""

    class Meta:
        model = WeeklyGoals
        fields = ["applications", "people", "letters", "self_care"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.widget.attrs.update({"min": 1, "max": MAX_TARGET, "inputmode": "numeric"})
            field.error_messages["min_value"] = (
                "A goal is at least 1; leave the box empty for none."
            )
            field.error_messages["max_value"] = f"Keep a goal small: at most {MAX_TARGET} a week."
