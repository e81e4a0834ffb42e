"""A rich account: at least one row of every model a user owns, with awkward text."""

import datetime
from decimal import Decimal

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from inbox.models import Action, Correction, JobMessage, Source, State
from materials import files, services
from materials.models import PostingSnapshot, ReflectionFit, SentDocument
from pace.goals import monday_of
from pace.models import WeeklyGoals
from rejections.models import Letter, LetterTemplate, SetbackPlan, StepSkip, WritingSession
from tests.factories import (
    ApplicationFactory,
    CompanyFactory,
    ContactFactory,
    InterviewFactory,
    LetterFactory,
    LetterTemplateFactory,
    NetworkingLinkFactory,
    ReflectionFactory,
    RejectionFactory,
    SelfCareNoteFactory,
    move,
)
from tests.materials import builders
from tracker.stages import Status

HTML = '<script>alert("x")</script> & <b>bold</b>'
UNICODE = "Zürich — 東京 — naïve café 🎉 \u202eRTL"


def build_rich_account(user, *, template: LetterTemplate | None = None) -> dict:
    """Every model, links between them, nullable links left empty, HTML and unicode text."""
    today = timezone.localdate()
    acme = CompanyFactory(
        owner=user, name=f"Acme {UNICODE}", website="https://acme.example", notes=HTML
    )
    lonely = CompanyFactory(owner=user, name="No Applications GmbH")
    sam = ContactFactory(
        owner=user,
        name="Sam Lee",
        role="Hiring manager",
        company=acme,
        phone="+49 30 1234",
        profile_url="https://example.com/sam",
        notes=f"Met at {UNICODE}\nsecond line",
        last_contacted_on=today - datetime.timedelta(days=3),
        next_check_in_on=today + datetime.timedelta(days=30),
    )
    kim = ContactFactory(owner=user, name="Kim 金", company=None, email="")
    rejected = ApplicationFactory(
        owner=user,
        company=acme,
        position_title=f"Engineer {HTML}",
        posting_url="https://acme.example/jobs/1",
        location="Berlin",
        work_mode="hybrid",
        salary_min=60_000,
        salary_max=70_000,
        salary_currency="EUR",
        source='=HYPERLINK("http://evil","x")',
        status=Status.APPLIED,
        applied_on=today - datetime.timedelta(days=20),
        next_action_on=today + datetime.timedelta(days=2),
        next_action="Follow up",
        notes=f"{HTML}\n{UNICODE}",
    )
    rejected.contacts.add(sam, kim)
    move(rejected, Status.INTERVIEWING, note="Recruiter called")
    interview = InterviewFactory(
        application=rejected,
        round=2,
        kind="technical",
        scheduled_at=timezone.now() - datetime.timedelta(days=5),
        duration_minutes=90,
        location="https://meet.example/abc",
        preparation_notes=HTML,
        notes=UNICODE,
        outcome="not_passed",
    )
    interview.interviewers.add(sam)
    InterviewFactory(application=rejected, round=1, kind="phone")
    move(rejected, Status.REJECTED)
    rejection = RejectionFactory(
        application=rejected,
        received_on=today - datetime.timedelta(days=2),
        stage="final",
        channel="phone",
        reason_given=HTML,
        feelings=UNICODE,
        feedback_requested_on=today - datetime.timedelta(days=1),
        feedback="More system design",
        feedback_received_on=today,
        door_open="yes",
        reapply_after=today + datetime.timedelta(days=180),
    )
    StepSkip.objects.create(rejection=rejection, step="thank", reason="Automated e-mail")
    StepSkip.objects.create(rejection=rejection, step="network", reason=UNICODE)
    template = template or LetterTemplateFactory(kind="feedback_request", name="Ask nicely")
    LetterFactory(
        rejection=rejection,
        template=template,
        kind=template.kind,
        recipient_contact=sam,
        recipient_name="Sam Lee",
        recipient_email="sam@example.com",
        subject=f"Thanks {UNICODE}",
        body=HTML,
        status=Letter.Status.SENT,
        sent_on=today,
    )
    LetterFactory(rejection=rejection, template=None, kind="other", body="Draft\n\nwith lines")
    ReflectionFactory(
        rejection=rejection, went_well=HTML, next_actions="- Read DDIA\n- Mock", tags="a, b"
    )
    ReflectionFactory(rejection=rejection, written_on=today - datetime.timedelta(days=1))
    NetworkingLinkFactory(rejection=rejection, contact=sam, channel="coffee", note=UNICODE)
    NetworkingLinkFactory(rejection=rejection, contact=kim, check_in_on=None)
    SelfCareNoteFactory(owner=user, rejection=rejection, activity="Swim 🏊", mood=5, note=HTML)
    SelfCareNoteFactory(owner=user, rejection=None, mood=1)
    SetbackPlan.objects.create(application=rejected, actions=f"Ask for feedback\n{UNICODE}")
    WritingSession.objects.create(
        owner=user,
        rejection=rejection,
        number=1,
        text=f"{HTML}\n\n{UNICODE}",
        started_on=today - datetime.timedelta(days=2),
        finished_on=today - datetime.timedelta(days=2),
    )
    # Begun, not finished, and the self-compassion prompt instead of the day's.
    WritingSession.objects.create(
        owner=user, rejection=rejection, number=2, kind="compassion", text="Dear friend,"
    )
    # One target left unset, and this week made lighter from the pace check.
    WeeklyGoals.objects.create(
        owner=user,
        applications=5,
        people=2,
        letters=None,
        self_care=3,
        lighter_week_of=monday_of(today),
    )
    wishlist = ApplicationFactory(
        owner=user, company=lonely, status=Status.WISHLIST, applied_on=None, salary_min=None
    )
    move(wishlist, Status.APPLIED)
    # An application whose company is shared, no optional values at all.
    ApplicationFactory(owner=user, company=acme, position_title="Plain", applied_on=None)
    # The inbox: a rejection that was recorded, a waiting message matched to nothing, and
    # the user's correction.
    JobMessage.objects.create(
        owner=user,
        key="a" * 64,
        message_id="rejection-1@mail.acme.example",
        source=Source.IMAP,
        subject=f"Your application {UNICODE}",
        sender_name="Acme Talent",
        sender_address="talent@acme.example",
        sent_at=timezone.now() - datetime.timedelta(days=2),
        text=f"Dear Sam,\n\nwe decided not to move forward. {HTML}",
        kind="rejection",
        confidence=0.97,
        company="Acme",
        position="Engineer",
        language="en",
        reasons=["we decided not to move forward", UNICODE],
        application=rejected,
        match_score=0.9,
        match_reason="company name",
        state=State.ACTED,
        action=Action.RECORD_REJECTION,
        undo={"rejection": rejection.pk, "status": "applied"},
        acted_at=timezone.now() - datetime.timedelta(days=1),
    )
    JobMessage.objects.create(
        owner=user,
        key="b" * 64,
        source=Source.UPLOAD,
        kind="interview",
        confidence=0.8,
        event_at=timezone.now() + datetime.timedelta(days=3),
        reasons=[],
    )
    Correction.objects.create(
        owner=user, wrong_kind="rejection", sender_address="news@jobs.example", phrase=HTML
    )
    return {"rejection": rejection, "application": rejected, "contact": sam, "company": acme}


def add_version(user, data: bytes, name: str, **fields):
    """A document version stored through the service, as an upload is."""
    upload = SimpleUploadedFile(name, data)
    checked = files.detect(upload, name)
    return services.add_version(owner=user, upload=upload, checked=checked, **fields)


LETTER = b"Dear team,\n\nI would love to help with **SQL** and Python.\n"


def build_materials(user, account: dict) -> dict:
    """Documents in versions (PDF, DOCX, Markdown; two versions with the same content),
    one sent with the rejected application, its posting copy, and a reflection's fit."""
    cv = add_version(
        user, builders.pdf(["Python developer", "Django, PostgreSQL"]), "cv.pdf",
        title=f"CV {UNICODE}", kind="cv", label="first", note=HTML,
    )  # fmt: skip
    shorter = add_version(
        user, builders.docx(["Python", "SQL", UNICODE]), f"cv {UNICODE}.docx",
        document=cv.document, label="shorter",
    )  # fmt: skip
    letter = add_version(user, LETTER, "letter.md", title="Cover letter", kind="cover_letter")
    copy = add_version(user, LETTER, "same letter.md", document=letter.document, label="same")
    application = account["application"]
    SentDocument.objects.create(
        application=application, version=shorter, sent_on=timezone.localdate()
    )
    SentDocument.objects.create(application=application, version=letter)
    PostingSnapshot.objects.create(
        application=application,
        title="Engineer",
        organization=f"Acme {UNICODE}",
        location="Berlin",
        remote="Hybrid",
        salary_min=Decimal("85000.50"),
        salary_max=Decimal("95000.00"),
        salary_currency="EUR",
        salary_unit="YEAR",
        employment_type="Full time",
        date_posted=timezone.localdate() - datetime.timedelta(days=30),
        valid_through=None,
        url="https://acme.example/jobs/1",
        description="<p>We want <strong>SQL</strong> and Kubernetes.</p><ul><li>Python</li></ul>",
        description_text="We want SQL and Kubernetes.\nPython",
        source="JSON-LD",
    )
    reflection = account["rejection"].reflections.order_by("pk").first()
    ReflectionFit.objects.create(reflection=reflection, version=shorter, missing="Kubernetes")
    return {"cv": cv, "shorter": shorter, "letter": letter, "copy": copy}
