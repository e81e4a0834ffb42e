"""Existing accounts keep signing in as before (no password reset): each user with an e-mail
address gets allauth's record of it, primary and not yet verified. They can verify it from
Your details; until then nothing is sent for them."""

from django.db import migrations


def add_addresses(apps, schema_editor):
    User = apps.get_model("auth", "User")
    EmailAddress = apps.get_model("account", "EmailAddress")
    taken = {email.lower() for email in EmailAddress.objects.values_list("email", flat=True)}
    with_address = set(EmailAddress.objects.values_list("user_id", flat=True))
    new = []
    for user_id, email in User.objects.exclude(email="").values_list("pk", "email").order_by("pk"):
        email = email.strip().lower()
        # Addresses were unique before (the sign-up form refused a taken one); should two
        # accounts share one anyway, only the older one gets it.
        if user_id in with_address or email in taken:
            continue
        taken.add(email)
        new.append(EmailAddress(user_id=user_id, email=email, primary=True, verified=False))
    EmailAddress.objects.bulk_create(new, batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0004_invitation"),
        ("account", "0009_emailaddress_unique_primary_email"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(add_addresses, migrations.RunPython.noop)]
