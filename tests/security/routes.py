"""The registry of every URL pattern, and the walk over the URL configuration.

Every pattern of ``config.urls`` is either in ``PUBLIC`` (no login by design) or in
``ROUTES``, which says how to reach it with the owner's data: the URL's arguments pointing
at one of the owner's objects, a query string carrying the owner's ids, and a plausible
POST (a change, a delete, a forged id). ``test_url_isolation`` fails for a pattern that is
in neither, so a new view cannot ship without these checks. Adding one is one line:

    "app:name": Route(kwargs=lambda w: {"pk": w.application.pk}, payload=lambda w: {...}),

``kwargs=None`` marks a page that names no object (a list, a "new" form, a settings page):
there the stranger gets their own page, which must show none of the owner's data.
"""

import datetime
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

from rejections.models import LetterTemplate
from tests.factories import CompanyFactory
from tests.security.world import World

Factory = Callable[[World], dict]


@dataclass(frozen=True)
class Route:
    #: URL arguments naming the owner's object; ``None`` for a page about no one object.
    kwargs: Factory | None = None
    #: URL arguments naming no object, e.g. a kind of row (``/choices/<kind>/``).
    args: dict | None = None
    #: Query string, e.g. the owner's ids in ``?application=``.
    query: Factory | None = None
    #: A POST that would change the owner's data if the view forgot whose it is.
    payload: Factory = field(default=lambda w: {})
    #: Who reaches the page with the owner's data: the owner, or (a read-only page about
    #: the person they coach) the owner's coach. A coach's page answers GET only.
    viewer: str = "owner"

    @property
    def names_an_object(self) -> bool:
        return self.kwargs is not None


#: Public by design: sign-in, sign-up (and its e-mail confirmation and invitation links) and
#: password reset, health check, favicon, and the calendar feed, which is protected by its
#: secret token (tests/reminders checks it). The admin has its own permission checks
#: (tests/tracker/test_admin.py, tests/rejections/test_letter_admin.py).
PUBLIC = {
    "login",
    "logout",
    "signup",
    "password_reset",
    "account_login",
    "account_logout",
    "account_signup",
    "account_inactive",
    "account_email_verification_sent",
    "account_confirm_email",
    "account_reset_password",
    "account_reset_password_done",
    "account_reset_password_from_key",
    "account_reset_password_from_key_done",
    "account_confirm_login_code",
    "account_invitation",
    # A coach invitation link: signed, one-time (tests/coach/test_invitations.py).
    "coach:join",
    "mfa_authenticate",
    "mfa_login_webauthn",
    "healthz",
    "favicon.ico",
    "reminders:calendar-feed",
}
#: Signed-in pages whose rules are not "the owner's objects": allauth's steps that need a
#: fresh re-authentication or an unfinished sign-in, its pages about one authenticator
#: (found through the signed-in user only: tests/accounts/test_two_factor.py walks them as a
#: stranger), and the staff-only invitation pages (tests/accounts/test_invitations.py).
CHECKED_ELSEWHERE = {
    "account_email",
    "account_set_password",
    "account_request_reauthentication_code",
    "account_confirm_reauthentication_code",
    "account_invitations",
    "account_invitation_revoke",
    "mfa_activate_totp",
    "mfa_deactivate_totp",
    "mfa_add_webauthn",
    "mfa_list_webauthn",
    "mfa_edit_webauthn",
    "mfa_remove_webauthn",
    "mfa_reauthenticate",
    "mfa_reauthenticate_webauthn",
    "mfa_view_recovery_codes",
    "mfa_download_recovery_codes",
    "mfa_generate_recovery_codes",
}
PUBLIC_NAMESPACES = ("admin",)


def _today() -> str:
    return timezone.localdate().isoformat()


def _in_days(days: int) -> str:
    return (timezone.localdate() + datetime.timedelta(days=days)).isoformat()


def _default_template(w: World) -> int:
    return LetterTemplate.objects.get(kind="thank_you", is_default=True).pk


def _empty_company(w: World) -> dict:
    # The world's company has applications, which blocks deleting it for anyone.
    return {"pk": CompanyFactory(owner=w.owner, name="OWNERSECRET Empty Corp").pk}


def _pending_import(w: World) -> str:
    """An uploaded CSV of the owner's, waiting for confirmation: found by its token."""
    from portability.models import PendingImport

    pending = PendingImport.objects.create(
        owner=w.owner,
        token=secrets.token_urlsafe(32),
        filename="ownersecret.csv",
        content="company,position\nOWNERSECRET Import Corp,OWNERSECRET Importer\n",
        delimiter=",",
        headers=["company", "position"],
        mapping={"company_name": 0, "position_title": 1},
        default_status="applied",
        row_count=1,
    )
    return pending.token


def _job_message(w: World, kind: str = "rejection") -> dict:
    """A job message of the owner's, waiting, linked to their application."""
    from inbox.models import JobMessage

    message = JobMessage.objects.create(
        owner=w.owner,
        key=secrets.token_hex(32),
        source="upload",
        subject="OWNERSECRET subject",
        sender_address="ownersecret@example.com",
        text="OWNERSECRET text",
        kind=kind,
        confidence=0.99,
        application=w.application,
        match_score=0.9,
    )
    return {"pk": message.pk}


def _failed_job(w: World) -> dict:
    """A background job of the owner's that failed, so it can be retried."""
    from core.models import BackgroundJob

    job = BackgroundJob.objects.create(
        owner=w.owner,
        title="OWNERSECRET import",
        task_path="portability.tasks.import_csv",
        succeeded=False,
        message="OWNERSECRET failure",
    )
    return {"pk": job.pk}


def _application_form(w: World) -> dict:
    return {
        "company_name": "Changed Corp",
        "position_title": "Changed title",
        "status": "offer",
        "salary_min": "1",
        "salary_max": "2",
        "contacts": [w.contact.pk],
        "notes": "changed",
    }


def _interview_form(w: World) -> dict:
    return {
        "application": w.application.pk,
        "round": "2",
        "kind": "panel",
        "scheduled_at": f"{_in_days(5)}T10:00",
        "ends_at": f"{_in_days(5)}T11:00",
        "interviewers": [w.contact.pk],
        "outcome": "passed",
    }


def _rejection_form(w: World) -> dict:
    return {"received_on": _today(), "stage": "final", "channel": "phone", "door_open": "yes"}


def _reflection_form(w: World) -> dict:
    return {"written_on": _today(), "went_well": "changed", "tags": "changed"}


def _selfcare_form(w: World) -> dict:
    return {"date": _today(), "activity": "changed", "mood": "5", "rejection": w.rejection.pk}


def _version(w: World):
    """The owner's document version, its file in the tests' media folder."""
    from django.core.files.base import ContentFile

    from materials.models import Document, DocumentVersion

    found = DocumentVersion.objects.filter(owner=w.owner).first()
    if found:
        return found
    document = Document.objects.create(owner=w.owner, title="OWNERSECRET CV", kind="cv")
    version = DocumentVersion(
        document=document,
        owner=w.owner,
        number=1,
        original_name="ownersecret.txt",
        file_type="txt",
        size=11,
        sha256="0" * 64,
        text="OWNERSECRET text",
        extraction="done",
    )
    version.file.save("ownersecret.txt", ContentFile(b"OWNERSECRET"))
    return version


def _sent(w: World) -> dict:
    from materials.models import SentDocument

    sent, _ = SentDocument.objects.get_or_create(application=w.application, version=_version(w))
    return {"pk": sent.pk}


def _snapshot(w: World) -> dict:
    from materials.models import PostingSnapshot

    PostingSnapshot.objects.get_or_create(
        application=w.application, defaults={"title": "OWNERSECRET posting"}
    )
    return {"pk": w.application.pk}


def _coach_invitation(w: World) -> dict:
    """An invitation of the owner's, still open."""
    from coach.models import CoachInvitation

    return {"pk": CoachInvitation.objects.create(owner=w.owner, invited="ownersecret-coach").pk}


def _coaching(w: World) -> dict:
    from coach.models import Coaching

    return {"pk": Coaching.objects.get(person=w.owner, coach=w.coach).pk}


#: The coach's pages, walked by the coach (``test_url_isolation``).
def coach_routes() -> list[str]:
    return sorted(key for key, route in ROUTES.items() if route.viewer == "coach")


ROUTES: dict[str, Route] = {
    # --- accounts
    "password_change": Route(
        payload=lambda w: {
            "oldpassword": "correct horse battery",
            "password1": "a-brand-new-passphrase",
            "password2": "a-brand-new-passphrase",
        }
    ),
    "account_change_password": Route(
        payload=lambda w: {
            "oldpassword": "correct horse battery",
            "password1": "a-brand-new-passphrase",
            "password2": "a-brand-new-passphrase",
        }
    ),
    "account_reauthenticate": Route(payload=lambda w: {"password": "correct horse battery"}),
    "account_send_verification": Route(),
    "mfa_index": Route(),
    "profile": Route(
        payload=lambda w: {
            "first_name": "Changed",
            "last_name": "Name",
            "email": "changed@example.com",
            "current_password": "correct horse battery",
        }
    ),
    # --- tracker
    "home:dashboard": Route(),
    "home:help": Route(),
    "home:getting-started-dismiss": Route(),
    "tracker:application-list": Route(query=lambda w: {"q": "secret"}),
    "tracker:application-create": Route(
        query=lambda w: {"company_name": "Stranger Corp"},
        payload=lambda w: {**_application_form(w), "company_name": "Stranger Corp"},
    ),
    "tracker:application-detail": Route(kwargs=lambda w: {"pk": w.application.pk}),
    "tracker:application-update": Route(
        kwargs=lambda w: {"pk": w.application.pk}, payload=_application_form
    ),
    "tracker:application-delete": Route(kwargs=lambda w: {"pk": w.application.pk}),
    "tracker:application-move": Route(
        kwargs=lambda w: {"pk": w.application.pk}, payload=lambda w: {"status": "offer"}
    ),
    "tracker:board": Route(),
    "tracker:company-list": Route(query=lambda w: {"q": "secret"}),
    "tracker:company-create": Route(payload=lambda w: {"name": "Stranger Corp"}),
    # The "you were here before" note for the owner's company name.
    "rejections:company-memory": Route(query=lambda w: {"name": w.company.name}),
    "tracker:company-detail": Route(kwargs=lambda w: {"pk": w.company.pk}),
    # "Find another" for shortlisted choices: searched by the owner's contact's name.
    "home:choices": Route(args={"kind": "contacts"}, query=lambda w: {"q": w.contact.name}),
    "tracker:company-update": Route(
        kwargs=lambda w: {"pk": w.company.pk}, payload=lambda w: {"name": "Changed Corp"}
    ),
    "tracker:company-delete": Route(kwargs=_empty_company),
    "tracker:interview-list": Route(),
    "tracker:interview-create": Route(
        query=lambda w: {"application": w.application.pk}, payload=_interview_form
    ),
    "tracker:interview-detail": Route(kwargs=lambda w: {"pk": w.interview.pk}),
    "tracker:interview-update": Route(
        kwargs=lambda w: {"pk": w.interview.pk}, payload=_interview_form
    ),
    "tracker:interview-delete": Route(kwargs=lambda w: {"pk": w.interview.pk}),
    "tracker:contact-list": Route(query=lambda w: {"q": "secret"}),
    "tracker:contact-create": Route(payload=lambda w: {"name": "Stranger Contact"}),
    "tracker:contact-detail": Route(kwargs=lambda w: {"pk": w.contact.pk}),
    "tracker:contact-update": Route(
        kwargs=lambda w: {"pk": w.contact.pk}, payload=lambda w: {"name": "Changed"}
    ),
    "tracker:contact-delete": Route(kwargs=lambda w: {"pk": w.contact.pk}),
    # --- rejections
    "rejections:record": Route(
        kwargs=lambda w: {"application_pk": w.application.pk}, payload=_rejection_form
    ),
    "rejections:list": Route(),
    "rejections:record-batch": Route(
        payload=lambda w: {"received_on": _today(), "applications": [w.application.pk]}
    ),
    "rejections:workspace": Route(kwargs=lambda w: {"pk": w.rejection.pk}),
    "rejections:update": Route(kwargs=lambda w: {"pk": w.rejection.pk}, payload=_rejection_form),
    "rejections:feedback": Route(
        kwargs=lambda w: {"pk": w.rejection.pk},
        payload=lambda w: {"feedback": "changed", "feedback_received_on": _today()},
    ),
    "rejections:skip-step": Route(
        kwargs=lambda w: {"pk": w.rejection.pk, "step": "thank"},
        payload=lambda w: {"reason": "changed"},
    ),
    "rejections:unskip-step": Route(kwargs=lambda w: {"pk": w.rejection.pk, "step": "self_care"}),
    "rejections:network-add": Route(
        kwargs=lambda w: {"pk": w.rejection.pk},
        payload=lambda w: {"contact": w.contact.pk, "check_in_on": _in_days(9), "channel": "phone"},
    ),
    "rejections:network-delete": Route(kwargs=lambda w: {"pk": w.link.pk}),
    "rejections:letter-create": Route(
        kwargs=lambda w: {"pk": w.rejection.pk},
        payload=lambda w: {"template": _default_template(w), "recipient_contact": w.contact.pk},
    ),
    "rejections:letter-detail": Route(
        kwargs=lambda w: {"pk": w.letter.pk},
        payload=lambda w: {"subject": "Changed", "body": "changed"},
    ),
    "rejections:letter-txt": Route(kwargs=lambda w: {"pk": w.letter.pk}),
    "rejections:letter-eml": Route(kwargs=lambda w: {"pk": w.letter.pk}),
    "rejections:letter-send": Route(kwargs=lambda w: {"pk": w.letter.pk}),
    "rejections:letter-mark-sent": Route(kwargs=lambda w: {"pk": w.letter.pk}),
    "rejections:letter-delete": Route(kwargs=lambda w: {"pk": w.letter.pk}),
    "rejections:sent-mail": Route(),
    "rejections:reflection-list": Route(query=lambda w: {"q": "secret"}),
    "rejections:reflection-create": Route(
        kwargs=lambda w: {"pk": w.rejection.pk}, payload=_reflection_form
    ),
    "rejections:reflection-update": Route(
        kwargs=lambda w: {"pk": w.reflection.pk}, payload=_reflection_form
    ),
    "rejections:reflection-delete": Route(kwargs=lambda w: {"pk": w.reflection.pk}),
    "rejections:selfcare-list": Route(
        query=lambda w: {"rejection": w.rejection.pk}, payload=_selfcare_form
    ),
    "rejections:selfcare-update": Route(kwargs=lambda w: {"pk": w.note.pk}, payload=_selfcare_form),
    "rejections:selfcare-delete": Route(kwargs=lambda w: {"pk": w.note.pk}),
    "rejections:plan": Route(
        kwargs=lambda w: {"application_pk": w.application.pk},
        payload=lambda w: {"suggested": ["Ask them for feedback"], "own": "changed"},
    ),
    "rejections:plan-delete": Route(kwargs=lambda w: {"application_pk": w.application.pk}),
    "rejections:writing": Route(kwargs=lambda w: {"pk": w.rejection.pk}),
    "rejections:writing-session": Route(
        kwargs=lambda w: {"pk": w.rejection.pk, "number": 1},
        payload=lambda w: {"text": "changed", "kind": "expressive", "finish": "1"},
    ),
    "rejections:writing-delete": Route(kwargs=lambda w: {"pk": w.rejection.pk, "number": 1}),
    "rejections:why": Route(),
    # --- reminders
    # Weekly goals: the stranger's own (a new row of theirs), never the owner's.
    "pace:goals": Route(payload=lambda w: {"applications": "2", "people": "1"}),
    "pace:lighter-week": Route(payload=lambda w: {"lighter": "1"}),
    "pace:support": Route(),
    "reminders:settings": Route(),
    "reminders:digest": Route(payload=lambda w: {"digest_enabled": ""}),
    "reminders:alarm": Route(payload=lambda w: {"interview_alarm_minutes": "30"}),
    "reminders:calendar-regenerate": Route(),
    # --- portability (the CSV steps find the upload by a token: the owner's must not work)
    "portability:index": Route(),
    "portability:applications-csv": Route(),
    "portability:rejections-csv": Route(),
    "portability:json-export": Route(),
    "portability:zip-export": Route(),
    "portability:csv-upload": Route(),
    "portability:csv-map": Route(
        query=lambda w: {"token": _pending_import(w)},
        payload=lambda w: {"token": _pending_import(w), "company_name": "0"},
    ),
    "portability:csv-preview": Route(query=lambda w: {"token": _pending_import(w)}),
    "portability:csv-refused": Route(query=lambda w: {"token": _pending_import(w)}),
    "portability:csv-confirm": Route(payload=lambda w: {"token": _pending_import(w)}),
    "portability:json-import": Route(),
    "portability:delete-account": Route(payload=lambda w: {"username": w.owner.username}),
    # --- inbox
    "inbox:list": Route(),
    "inbox:add": Route(payload=lambda w: {"paste": "", "source": "Subject: x\n\nhello"}),
    "inbox:settings": Route(),
    "inbox:preferences": Route(payload=lambda w: {"auto_mode": "on"}),
    "inbox:check": Route(),
    "inbox:disconnect": Route(),
    "inbox:delete-all": Route(),
    "inbox:message": Route(kwargs=_job_message),
    "inbox:record-rejection": Route(
        kwargs=_job_message,
        payload=lambda w: {"received_on": _today(), "stage": "application", "channel": "email"},
    ),
    "inbox:schedule-interview": Route(kwargs=lambda w: _job_message(w, "interview")),
    "inbox:mark-applied": Route(kwargs=lambda w: _job_message(w, "confirmation")),
    "inbox:move-to-offer": Route(kwargs=lambda w: _job_message(w, "offer")),
    "inbox:create-application": Route(
        kwargs=_job_message, payload=lambda w: {"company_name": "X", "position_title": "Y"}
    ),
    "inbox:dismiss": Route(kwargs=_job_message),
    "inbox:not-this-kind": Route(kwargs=_job_message),
    "inbox:undo": Route(kwargs=_job_message),
    "inbox:delete": Route(kwargs=_job_message),
    "materials:document-list": Route(query=lambda w: {"q": "secret"}),
    "materials:document-create": Route(payload=lambda w: {"title": "Stranger CV", "kind": "cv"}),
    "materials:document-detail": Route(
        kwargs=lambda w: {"pk": _version(w).document_id}, payload=lambda w: {"label": "x"}
    ),
    "materials:document-delete": Route(kwargs=lambda w: {"pk": _version(w).document_id}),
    "materials:version-download": Route(kwargs=lambda w: {"pk": _version(w).pk}),
    "materials:version-text": Route(kwargs=lambda w: {"pk": _version(w).pk}),
    "materials:version-delete": Route(kwargs=lambda w: {"pk": _version(w).pk}),
    "materials:capture": Route(
        payload=lambda w: {"step": "read", "posting": "Python", "page_title": "Stranger job"}
    ),
    "materials:attach": Route(
        kwargs=lambda w: {"pk": w.application.pk}, payload=lambda w: {"version": _version(w).pk}
    ),
    "materials:detach": Route(kwargs=_sent),
    "materials:posting": Route(
        kwargs=lambda w: {"pk": w.application.pk}, payload=lambda w: {"posting": "Python"}
    ),
    "materials:posting-delete": Route(kwargs=_snapshot),
    "materials:fit": Route(kwargs=_snapshot, query=lambda w: {"version": _version(w).pk}),
    "materials:fit-reflection": Route(
        kwargs=lambda w: {"pk": w.rejected_application.pk},
        payload=lambda w: {"reflection": w.reflection.pk, "version": _version(w).pk},
    ),
    # --- sharing with a coach: the owner's side
    "coach:sharing": Route(payload=lambda w: {"invited": w.owner.username}),
    "coach:invitation-withdraw": Route(kwargs=_coach_invitation),
    "coach:revoke": Route(kwargs=_coaching),
    "coach:notes-choice": Route(query=lambda w: {"show": "self-care"}),
    "coach:share-reflection": Route(
        kwargs=lambda w: {"pk": w.reflection.pk}, payload=lambda w: {"shared": "1"}
    ),
    "coach:share-self-care": Route(
        kwargs=lambda w: {"pk": w.note.pk}, payload=lambda w: {"shared": "1"}
    ),
    # --- the coach's read-only pages about the owner (the coach is the fourth identity)
    "coach:home": Route(),
    **{
        f"coach:{name}": Route(kwargs=lambda w: {"person": w.owner.pk}, viewer="coach")
        for name in ("overview", "applications", "rejections", "letters", "notes")
    },
    "core:job": Route(kwargs=_failed_job),
    "core:job-retry": Route(kwargs=_failed_job),
}


# --- The walk ---------------------------------------------------------------------------


def walk(patterns=None, namespace: str = "", prefix: str = "") -> Iterator[tuple[str, str]]:
    """Yield ``(key, route)`` for every pattern: the key is ``namespace:name``, or
    ``namespace:route`` for a pattern without a name (just the route outside a namespace)."""
    if patterns is None:
        patterns = get_resolver().url_patterns
    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            inner = pattern.namespace
            if inner:
                inner = f"{namespace}:{inner}" if namespace else inner
            yield from walk(pattern.url_patterns, inner or namespace, route)
        elif isinstance(pattern, URLPattern):
            name = pattern.name or route
            yield (f"{namespace}:{name}" if namespace else name), route


def is_public(key: str) -> bool:
    return key in PUBLIC or key in CHECKED_ELSEWHERE or key.split(":", 1)[0] in PUBLIC_NAMESPACES


def uncovered() -> list[str]:
    return sorted(
        {f"{key} ({route})" for key, route in walk() if not is_public(key) and key not in ROUTES}
    )


def stale() -> list[str]:
    keys = {key for key, _ in walk()}
    return sorted(set(ROUTES) - keys)
