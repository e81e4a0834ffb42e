import datetime

import factory
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.utils import timezone

from tracker import services
from tracker.models import Application, Company, Contact, Interview, StatusChange
from tracker.stages import Status

#: Whether users get a confirmed address when a test does not say (``email_verified=``);
#: the account tests, which look at addresses themselves, turn it off.
ADDRESSES_VERIFIED = True


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

    @factory.post_generation
    def email_verified(obj, create, extracted, **kwargs):
        """Users have confirmed their address unless a test says ``email_verified=False``
        (the site sends letters only for confirmed addresses)."""
        verified = ADDRESSES_VERIFIED if extracted is None else extracted
        if create and obj.email and verified:
            EmailAddress.objects.create(user=obj, email=obj.email, primary=True, verified=True)


class CompanyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Company

    owner = factory.SubFactory(UserFactory)
    name = factory.Sequence(lambda n: f"Company {n}")


class ApplicationFactory(factory.django.DjangoModelFactory):
    """An application created the way the app creates one: through the status service,
    with its first history entry and its furthest stage. Any status is taken as it is
    (*rejected* too, without a rejection record), as an import would."""

    class Meta:
        model = Application

    owner = factory.SubFactory(UserFactory)
    company = factory.SubFactory(CompanyFactory, owner=factory.SelfAttribute("..owner"))
    position_title = factory.Sequence(lambda n: f"Engineer {n}")
    status = Status.APPLIED
    applied_on = factory.LazyFunction(timezone.localdate)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        application = model_class(*args, **kwargs)
        services.create_application(application=application, wait_for_rejection_record=False)
        return application


def move(application: Application, status: str, *, note: str = "") -> StatusChange | None:
    """Change the status through the service, as the board would; *rejected* is taken
    without a rejection record. Returns the new history entry (None if unchanged)."""
    return services.change_status(
        application=application, status=status, note=note, wait_for_rejection_record=False
    ).change


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


# --- Rejections -----------------------------------------------------------------------


class RejectionFactory(factory.django.DjangoModelFactory):
    """A rejection on a rejected application (created directly, without the service)."""

    class Meta:
        model = "rejections.Rejection"

    application = factory.SubFactory(ApplicationFactory, status=Status.REJECTED)
    received_on = factory.LazyFunction(timezone.localdate)
    stage = "interview"
    channel = "email"


class LetterTemplateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "rejections.LetterTemplate"

    kind = "thank_you"
    name = factory.Sequence(lambda n: f"Template {n}")
    subject = "Thank you, {{ interviewer_name }}"
    body = (
        "Dear {{ interviewer_name }},\n"
        "thank you for {{ position_title }} at {{ company_name }}.\n"
        "{{ your_name }}"
    )


class LetterFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "rejections.Letter"

    rejection = factory.SubFactory(RejectionFactory)
    kind = "thank_you"
    recipient_name = "Sam Lee"
    subject = "Thank you"
    body = "Dear Sam,\nthank you."


class ReflectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "rejections.Reflection"

    rejection = factory.SubFactory(RejectionFactory)
    went_well = "Clear answers about past projects."
    to_improve = "Practise system design questions."
    lessons = "Ask about the team earlier."
    next_actions = ""
    tags = "system design"


class SelfCareNoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "rejections.SelfCareNote"

    owner = factory.SubFactory(UserFactory)
    date = factory.LazyFunction(timezone.localdate)
    activity = "A long walk"
    mood = 3


class NetworkingLinkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "rejections.NetworkingLink"

    rejection = factory.SubFactory(RejectionFactory)
    contact = factory.SubFactory(
        ContactFactory, owner=factory.SelfAttribute("..rejection.application.owner")
    )
    check_in_on = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=30))
