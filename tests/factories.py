import datetime

import factory
from django.contrib.auth import get_user_model
from django.utils import timezone

from tracker.models import Application, Company, Contact, Interview, Status


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.com")
    password = factory.PostGenerationMethodCall("set_password", "correct horse battery")

    @factory.post_generation
    def _save(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class CompanyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Company

    owner = factory.SubFactory(UserFactory)
    name = factory.Sequence(lambda n: f"Company {n}")


class ApplicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Application

    owner = factory.SubFactory(UserFactory)
    company = factory.SubFactory(CompanyFactory, owner=factory.SelfAttribute("..owner"))
    position_title = factory.Sequence(lambda n: f"Engineer {n}")
    status = Status.APPLIED
    applied_on = factory.LazyFunction(timezone.localdate)


class ContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Contact

    owner = factory.SubFactory(UserFactory)
    name = factory.Sequence(lambda n: f"Contact {n}")
    email = factory.LazyAttribute(lambda c: f"contact{c.name.split()[-1]}@example.com")


class InterviewFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Interview

    application = factory.SubFactory(ApplicationFactory)
    kind = "video"
    scheduled_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=3))
    duration_minutes = 45
