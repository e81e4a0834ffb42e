"""Default letter templates, one per kind, written in Rebound's own words.

Staff can edit or replace them in the admin; this migration only adds them once.
"""

from django.db import migrations

DEFAULTS = [
    {
        "kind": "thank_you",
        "name": "Thank you, with the door open",
        "subject": "Thank you — {{ position_title }} at {{ company_name }}",
        "body": (
            "Dear {{ interviewer_name }},\n"
            "\n"
            "Thank you for letting me know about your decision, and for the time you and the "
            "team gave me during {{ stage }} for the {{ position_title }} role.\n"
            "\n"
            "I am disappointed, of course, but I am grateful for the conversations: I learned a "
            "lot about {{ company_name }} and enjoyed meeting you.\n"
            "\n"
            "I would be glad to stay in touch, and if a role opens up where I could help, I "
            "would love to be considered again.\n"
            "\n"
            "With best wishes,\n"
            "{{ your_name }}\n"
        ),
    },
    {
        "kind": "feedback_request",
        "name": "A short, polite request for feedback",
        "subject": "A quick question about my application for {{ position_title }}",
        "body": (
            "Dear {{ interviewer_name }},\n"
            "\n"
            "Thank you again for considering me for the {{ position_title }} position at "
            "{{ company_name }}.\n"
            "\n"
            "I am always trying to improve, so if you have a moment, I would really value any "
            "feedback on my interview or my application: what stood out, and what I could do "
            "better next time. A few lines would already help a great deal.\n"
            "\n"
            "I understand if that is not possible, and I appreciate your time either way.\n"
            "\n"
            "Kind regards,\n"
            "{{ your_name }}\n"
        ),
    },
    {
        "kind": "keep_in_touch",
        "name": "Checking in a few months later",
        "subject": "Keeping in touch — {{ your_name }}",
        "body": (
            "Hello {{ interviewer_name }},\n"
            "\n"
            "I hope things are going well at {{ company_name }}. We spoke during {{ stage }} "
            "for the {{ position_title }} role, and I have kept following the team's work "
            "since.\n"
            "\n"
            "I wanted to say hello and share that I am still very interested in what you are "
            "building. If there is ever a chance to work together, I would be happy to talk.\n"
            "\n"
            "All the best,\n"
            "{{ your_name }}\n"
        ),
    },
]


def add_defaults(apps, schema_editor):
    LetterTemplate = apps.get_model("rejections", "LetterTemplate")
    for values in DEFAULTS:
        if not LetterTemplate.objects.filter(kind=values["kind"], is_default=True).exists():
            LetterTemplate.objects.create(active=True, is_default=True, **values)


def remove_defaults(apps, schema_editor):
    LetterTemplate = apps.get_model("rejections", "LetterTemplate")
    for values in DEFAULTS:
        LetterTemplate.objects.filter(kind=values["kind"], name=values["name"]).delete()


class Migration(migrations.Migration):
    dependencies = [("rejections", "0001_initial")]

    operations = [migrations.RunPython(add_defaults, remove_defaults)]
