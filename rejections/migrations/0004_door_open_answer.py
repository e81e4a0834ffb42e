"""The door-open flag becomes an answer: yes, no or don't know.

The flag defaulted to "open" and the form that records a rejection never asked, so an
"open" flag says nothing and becomes *don't know*. A reapply date was something the person
wrote, so a row with one becomes *yes*; a closed flag could only be chosen by unticking the
box, so it becomes *no*. (The same rule reads older exports: ``door_open_from_flag``.)
"""

import core.validators
from django.db import migrations, models
from django.db.models import Q


def flag_to_answer(apps, schema_editor):
    Rejection = apps.get_model("rejections", "Rejection")
    Rejection.objects.filter(reapply_after__isnull=False).update(door_open="yes")
    undecided = Rejection.objects.filter(reapply_after__isnull=True)
    undecided.filter(door_open_flag=True).update(door_open="unknown")
    undecided.filter(door_open_flag=False).update(door_open="no")


def answer_to_flag(apps, schema_editor):
    Rejection = apps.get_model("rejections", "Rejection")
    Rejection.objects.filter(door_open="no").update(door_open_flag=False)


class Migration(migrations.Migration):
    dependencies = [("rejections", "0003_feelings_help_text")]

    operations = [
        migrations.RenameField("rejection", "door_open", "door_open_flag"),
        migrations.AddField(
            model_name="rejection",
            name="door_open",
            field=models.CharField(
                choices=[("yes", "Yes"), ("no", "No"), ("unknown", "Don't know")],
                default="unknown",
                help_text="Would they consider you again, for instance a later opening?",
                max_length=10,
                verbose_name="did they leave the door open?",
            ),
        ),
        migrations.RunPython(flag_to_answer, answer_to_flag),
        migrations.RemoveField("rejection", "door_open_flag"),
        migrations.AlterField(
            model_name="rejection",
            name="reapply_after",
            field=models.DateField(
                blank=True,
                help_text="Only when they left the door open.",
                null=True,
                validators=[core.validators.validate_reasonable_date],
            ),
        ),
        migrations.AddConstraint(
            model_name="rejection",
            constraint=models.CheckConstraint(
                condition=Q(door_open__in=["yes", "no", "unknown"]),
                name="rejection_door_open_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="rejection",
            constraint=models.CheckConstraint(
                condition=Q(reapply_after__isnull=True) | Q(door_open="yes"),
                name="rejection_reapply_only_with_door_open",
                violation_error_message="A reapply date only fits when they left the door open.",
            ),
        ),
    ]
