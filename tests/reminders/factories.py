import factory

from reminders.models import ReminderSettings
from tests.factories import UserFactory


class ReminderSettingsFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReminderSettings

    user = factory.SubFactory(UserFactory)
