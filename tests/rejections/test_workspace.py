"""The rejection list and workspace: access rules, feedback, networking, escaping, queries.

Run with ``-s`` to see the query counts.
"""

import datetime

import pytest
from django.contrib.messages import get_messages
from django.db import connection
from django.forms.models import model_to_dict
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from rejections import urls as rejections_urls
from rejections.models import (
    SKIPPABLE_STEPS,
    Letter,
    NetworkingLink,
    Reflection,
    Rejection,
    SelfCareNote,
    Step,
    StepSkip,
)
from tests.factories import (
    ApplicationFactory,
    ContactFactory,
    InterviewFactory,
    LetterFactory,
    NetworkingLinkFactory,
    ReflectionFactory,
    RejectionFactory,
    SelfCareNoteFactory,
)
from tracker.models import Application, Contact, StatusChange

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)
SCRIPT = "<script>alert(1)</script>"
ESCAPED_SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;"
FEW, MANY = 2, 40

#: Every workspace URL: which object its arguments name, and the methods it answers.
ROUTES = {
    "list": ("none", {"GET"}),
    "workspace": ("rejection", {"GET"}),
    "update": ("rejection", {"GET", "POST"}),
    "feedback": ("rejection", {"POST"}),
    "skip-step": ("skip", {"GET", "POST"}),
    "unskip-step": ("unskip", {"POST"}),
    "network-add": ("rejection", {"GET", "POST"}),
    "network-delete": ("link", {"POST"}),
    "record": ("application", {"GET", "POST"}),
    "record-batch": ("none", {"GET", "POST"}),
}
GETTABLE = sorted(name for name, (_, methods) in ROUTES.items() if "GET" in methods)
POSTABLE = sorted(name for name, (_, methods) in ROUTES.items() if "POST" in methods)
POST_ONLY = sorted(name for name, (_, methods) in ROUTES.items() if methods == {"POST"})
WITH_OBJECT = sorted(name for name, (kind, _) in ROUTES.items() if kind != "none")


@pytest.fixture
def objects(owner):
    """The owner's rejection with a skipped step and a linked contact, plus an application
    that is not rejected yet (for the record form)."""
    rejection = RejectionFactory(
        application__owner=owner,
        application__company__name="Acme",
        received_on=timezone.localdate() - 3 * DAY,
    )
    contact = ContactFactory(owner=owner, name="Sam Lee")
    return {
        "rejection": rejection,
        "contact": contact,
        "link": NetworkingLinkFactory(rejection=rejection, contact=ContactFactory(owner=owner)),
        "skip": StepSkip.objects.create(rejection=rejection, step="thank", reason="Automated"),
        "application": ApplicationFactory(owner=owner, status="interviewing"),
        # Rejected by an import: no rejection record yet (the batch page records it).
        "unrecorded": ApplicationFactory(owner=owner, status="rejected"),
    }


def url_for(name: str, objects: dict) -> str:
    kind = ROUTES[name][0]
    rejection = objects["rejection"]
    args = {
        "none": [],
        "rejection": [rejection.pk],
        "skip": [rejection.pk, "self_care"],
        "unskip": [rejection.pk, "thank"],
        "link": [objects["link"].pk],
        "application": [objects["application"].pk],
    }[kind]
    return reverse(f"rejections:{name}", args=args)


def valid_post_data(name: str, objects: dict) -> dict:
    """Data that succeeds for the owner, so a refusal is about ownership, not input."""
    today = timezone.localdate()
    return {
        "update": {
            "received_on": (today - DAY).isoformat(),
            "stage": "final",
            "channel": "phone",
            "door_open": "yes",
        },
        "feedback": {"feedback": "More system design.", "door_open": "yes"},
        "skip-step": {"reason": "Not today"},
        "network-add": {
            "contact": objects["contact"].pk,
            "check_in_on": (today + 7 * DAY).isoformat(),
            "channel": "linkedin",
        },
        "record": {"received_on": today.isoformat(), "stage": "interview", "channel": "email"},
        "record-batch": {
            "received_on": today.isoformat(),
            "applications": [objects["unrecorded"].pk],
        },
    }.get(name, {})


def snapshot() -> dict:
    """Everything the workspace can change, to prove a refused request changed nothing."""
    models = (Application, StatusChange, Contact, Rejection, StepSkip, NetworkingLink, Letter)
    return {
        model.__name__: sorted(
            (obj.pk, repr(model_to_dict(obj))) for obj in model._default_manager.all()
        )
        for model in models
    }


def messages_of(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


# --- Access rules for every URL -------------------------------------------------------


def test_every_workspace_url_is_covered_by_these_tests():
    names = {
        pattern.name
        for pattern in rejections_urls.urlpatterns
        if pattern.callback.__module__ == "rejections.views.workspace"
    }
    assert names == set(ROUTES)


@pytest.mark.parametrize("name", GETTABLE)
def test_the_owner_can_open_the_page(owner_client, objects, name):
    response = owner_client.get(url_for(name, objects))

    assert response.status_code == 200


@pytest.mark.parametrize("name", POSTABLE)
def test_the_owner_can_post(owner_client, objects, name):
    before = snapshot()

    response = owner_client.post(url_for(name, objects), valid_post_data(name, objects))

    assert response.status_code == 302
    assert response["Location"].startswith("/rejections/")
    assert snapshot() != before


STRANGER_REQUESTS = [
    (method, name)
    for name in WITH_OBJECT
    for method in ("get", "post")
    if method.upper() in ROUTES[name][1]
]


@pytest.mark.parametrize(("method", "name"), STRANGER_REQUESTS)
def test_a_stranger_gets_404_and_changes_nothing(stranger_client, objects, method, name):
    before = snapshot()

    response = getattr(stranger_client, method)(
        url_for(name, objects), valid_post_data(name, objects)
    )

    assert response.status_code == 404
    assert snapshot() == before


def test_a_stranger_sees_none_of_the_owners_rejections_in_the_list(stranger_client, objects):
    response = stranger_client.get(reverse("rejections:list"))

    assert response.status_code == 200
    assert list(response.context["page"]) == []
    assert "Acme" not in response.content.decode()


@pytest.mark.parametrize("name", sorted(ROUTES))
@pytest.mark.parametrize("method", ["get", "post"])
def test_anonymous_is_sent_to_sign_in_and_changes_nothing(client, objects, name, method):
    before = snapshot()
    url = url_for(name, objects)

    response = getattr(client, method)(url, valid_post_data(name, objects))

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert snapshot() == before


@pytest.mark.parametrize("name", POST_ONLY)
def test_a_stranger_gets_405_not_404_on_get_of_a_changing_only_view(stranger_client, objects, name):
    before = snapshot()

    response = stranger_client.get(url_for(name, objects))

    assert response.status_code == 405
    assert snapshot() == before


@pytest.mark.parametrize("name", POST_ONLY)
def test_get_on_a_changing_only_view_is_not_allowed(owner_client, objects, name):
    before = snapshot()

    response = owner_client.get(url_for(name, objects), valid_post_data(name, objects))

    assert response.status_code == 405
    assert snapshot() == before


def test_an_unknown_rejection_gives_404(owner_client):
    assert owner_client.get(reverse("rejections:workspace", args=[999_999])).status_code == 404


# --- Editing the rejection ------------------------------------------------------------


def test_editing_the_rejection_saves_door_open_and_reapply_after(owner_client, objects):
    rejection = objects["rejection"]
    reapply = (timezone.localdate() + 180 * DAY).isoformat()

    response = owner_client.post(
        reverse("rejections:update", args=[rejection.pk]),
        {
            "received_on": rejection.received_on.isoformat(),
            "stage": "final",
            "channel": "phone",
            "door_open": "yes",
            "reapply_after": reapply,
        },
    )

    assert response["Location"] == rejection.get_absolute_url()
    rejection.refresh_from_db()
    assert (rejection.stage, rejection.door_open) == ("final", "yes")
    assert rejection.reapply_after.isoformat() == reapply
    page = owner_client.get(rejection.get_absolute_url()).content.decode()
    assert "door left open" in page


@pytest.mark.parametrize("answer", ["no", "unknown"])
def test_a_reapply_date_needs_a_yes(owner_client, objects, answer):
    rejection = objects["rejection"]

    response = owner_client.post(
        reverse("rejections:update", args=[rejection.pk]),
        {
            "received_on": rejection.received_on.isoformat(),
            "stage": "final",
            "channel": "phone",
            "door_open": answer,
            "reapply_after": (timezone.localdate() + 180 * DAY).isoformat(),
        },
    )

    assert response.status_code == 200
    assert "A reapply date only fits when they left the door open" in response.content.decode()
    rejection.refresh_from_db()
    assert rejection.reapply_after is None


@pytest.mark.usefixtures("page_cache_off")  # the answer is set behind the pages' back
def test_the_workspace_shows_only_the_door_open_answer_given(owner_client, objects):
    rejection = objects["rejection"]
    url = rejection.get_absolute_url()

    assert rejection.door_open == "unknown"
    page = owner_client.get(url).content.decode()
    assert "door left open" not in page and "door not left open" not in page

    Rejection.objects.filter(pk=rejection.pk).update(door_open="no")
    assert "door not left open" in owner_client.get(url).content.decode()


def test_reapplying_before_the_rejection_is_refused(owner_client, objects):
    rejection = objects["rejection"]

    response = owner_client.post(
        reverse("rejections:update", args=[rejection.pk]),
        {
            "received_on": rejection.received_on.isoformat(),
            "stage": "final",
            "channel": "phone",
            "reapply_after": (rejection.received_on - DAY).isoformat(),
        },
    )

    assert response.status_code == 200
    assert response.context["form"].errors["reapply_after"]
    rejection.refresh_from_db()
    assert rejection.stage == "interview"


# --- Feedback -------------------------------------------------------------------------


def feedback_url(rejection: Rejection) -> str:
    return reverse("rejections:feedback", args=[rejection.pk])


def test_saving_feedback_without_a_date_dates_it_today(owner_client, objects):
    rejection = objects["rejection"]

    response = owner_client.post(
        feedback_url(rejection), {"feedback": "Practise system design.", "door_open": "yes"}
    )

    assert response.status_code == 302
    assert response["Location"] == rejection.get_absolute_url()
    rejection.refresh_from_db()
    assert rejection.feedback == "Practise system design."
    assert rejection.feedback_received_on == timezone.localdate()
    assert "Saved the feedback." in messages_of(response)


def test_saving_feedback_keeps_the_date_given(owner_client, objects):
    rejection = objects["rejection"]

    owner_client.post(
        feedback_url(rejection),
        {"feedback": "Good culture fit.", "feedback_received_on": rejection.received_on},
    )

    rejection.refresh_from_db()
    assert rejection.feedback_received_on == rejection.received_on


def test_feedback_dated_before_the_rejection_is_refused(owner_client, objects):
    rejection = objects["rejection"]

    response = owner_client.post(
        feedback_url(rejection),
        {
            "feedback": "Too early to be true.",
            "feedback_received_on": (rejection.received_on - DAY).isoformat(),
        },
    )

    assert response.status_code == 400
    assert "Feedback can only arrive on or after the rejection." in response.content.decode()
    rejection.refresh_from_db()
    assert rejection.feedback == ""
    assert rejection.feedback_received_on is None


def test_feedback_dated_in_the_future_is_refused(owner_client, objects):
    rejection = objects["rejection"]

    response = owner_client.post(
        feedback_url(rejection),
        {
            "feedback": "From the future.",
            "feedback_received_on": (timezone.localdate() + DAY).isoformat(),
        },
    )

    assert response.status_code == 400
    rejection.refresh_from_db()
    assert rejection.feedback == ""


def test_a_reapply_date_before_the_rejection_is_refused_with_the_feedback(owner_client, objects):
    rejection = objects["rejection"]

    response = owner_client.post(
        feedback_url(rejection),
        {
            "feedback": "Try again next year.",
            "door_open": "yes",
            "reapply_after": rejection.received_on - DAY,
        },
    )

    assert response.status_code == 400
    assert "Reapplying can only come after the rejection." in response.content.decode()
    rejection.refresh_from_db()
    assert (rejection.feedback, rejection.reapply_after) == ("", None)


# --- Network --------------------------------------------------------------------------


def network_url(rejection: Rejection) -> str:
    return reverse("rejections:network-add", args=[rejection.pk])


def test_linking_a_contact_plans_the_check_in_on_the_dashboard(owner_client, objects):
    rejection, contact = objects["rejection"], objects["contact"]
    today = timezone.localdate()

    response = owner_client.post(
        network_url(rejection),
        {"contact": contact.pk, "check_in_on": today.isoformat(), "channel": "coffee"},
    )

    assert response.status_code == 302
    link = NetworkingLink.objects.get(rejection=rejection, contact=contact)
    assert (link.check_in_on, link.channel) == (today, "coffee")
    contact.refresh_from_db()
    assert contact.next_check_in_on == today
    dashboard = owner_client.get(reverse("home:dashboard"))
    assert contact in dashboard.context["check_ins"]
    content = dashboard.content.decode()
    assert "Sam Lee" in content.split("Contacts to check in with", 1)[1]


def test_linking_a_contact_for_later_keeps_an_earlier_check_in(owner_client, objects):
    contact = objects["contact"]
    soon = timezone.localdate() + 2 * DAY
    Contact.objects.filter(pk=contact.pk).update(next_check_in_on=soon)

    owner_client.post(
        network_url(objects["rejection"]),
        {
            "contact": contact.pk,
            "check_in_on": (soon + 30 * DAY).isoformat(),
            "channel": "email",
        },
    )

    contact.refresh_from_db()
    assert contact.next_check_in_on == soon


def test_a_check_in_in_the_past_is_refused(owner_client, objects):
    before = snapshot()

    response = owner_client.post(
        network_url(objects["rejection"]),
        {
            "contact": objects["contact"].pk,
            "check_in_on": (timezone.localdate() - DAY).isoformat(),
            "channel": "email",
        },
    )

    assert response.status_code == 400
    assert "Plan the check-in for today or later." in response.content.decode()
    assert snapshot() == before


def test_a_check_in_needs_a_date(owner_client, objects):
    response = owner_client.post(
        network_url(objects["rejection"]), {"contact": objects["contact"].pk, "channel": "email"}
    )

    assert response.status_code == 400
    assert response.context["form"].errors["check_in_on"]


def test_a_strangers_contact_cannot_be_linked(owner_client, objects, stranger):
    theirs = ContactFactory(owner=stranger, name="Not Yours")
    before = snapshot()

    response = owner_client.post(
        network_url(objects["rejection"]),
        {
            "contact": theirs.pk,
            "check_in_on": (timezone.localdate() + DAY).isoformat(),
            "channel": "email",
        },
    )

    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    assert snapshot() == before
    assert not NetworkingLink.objects.filter(contact=theirs).exists()


def test_the_contact_choices_are_only_the_owners(owner_client, objects, stranger):
    ContactFactory(owner=stranger, name="Not Yours")

    response = owner_client.get(objects["rejection"].get_absolute_url())

    choices = response.context["network_form"].fields["contact"].queryset
    assert set(choices) == set(Contact.objects.filter(owner=objects["contact"].owner))
    assert "Not Yours" not in response.content.decode()


def test_linking_the_same_contact_twice_updates_the_plan(owner_client, objects):
    rejection, contact = objects["rejection"], objects["contact"]
    later = timezone.localdate() + 20 * DAY
    for check_in_on, channel in [(later - 10 * DAY, "email"), (later, "phone")]:
        response = owner_client.post(
            network_url(rejection),
            {"contact": contact.pk, "check_in_on": check_in_on.isoformat(), "channel": channel},
        )
        assert response.status_code == 302

    link = NetworkingLink.objects.get(rejection=rejection, contact=contact)
    assert (link.check_in_on, link.channel) == (later, "phone")


def test_moving_a_planned_check_in_later_moves_it_on_the_contact(owner_client, objects):
    rejection, contact = objects["rejection"], objects["contact"]
    first, moved = timezone.localdate() + 5 * DAY, timezone.localdate() + 25 * DAY
    for check_in_on in (first, moved):
        owner_client.post(
            network_url(rejection),
            {"contact": contact.pk, "check_in_on": check_in_on.isoformat(), "channel": "email"},
        )

    contact.refresh_from_db()
    assert contact.next_check_in_on == moved


def test_removing_a_linked_contact_keeps_the_contact(owner_client, objects):
    link = objects["link"]

    response = owner_client.post(reverse("rejections:network-delete", args=[link.pk]))

    assert response["Location"] == objects["rejection"].get_absolute_url()
    assert not NetworkingLink.objects.filter(pk=link.pk).exists()
    assert Contact.objects.filter(pk=link.contact_id).exists()


def test_removing_a_linked_contact_takes_its_check_in_off_the_dashboard(owner_client, objects):
    link = objects["link"]
    contact = link.contact
    contact.next_check_in_on = link.check_in_on
    contact.save()

    owner_client.post(reverse("rejections:network-delete", args=[link.pk]))

    contact.refresh_from_db()
    assert contact.next_check_in_on is None


def test_removing_one_link_keeps_the_check_in_another_link_planned(owner, owner_client, objects):
    link = objects["link"]
    contact = link.contact
    other = NetworkingLinkFactory(
        rejection=RejectionFactory(application__owner=owner),
        contact=contact,
        check_in_on=link.check_in_on + 7 * DAY,
    )
    contact.next_check_in_on = link.check_in_on
    contact.save()

    owner_client.post(reverse("rejections:network-delete", args=[link.pk]))

    contact.refresh_from_db()
    assert contact.next_check_in_on == other.check_in_on


def test_the_rejection_cannot_be_dated_after_the_feedback_it_led_to(owner_client, objects):
    rejection = objects["rejection"]
    rejection.feedback = "More depth on databases."
    rejection.feedback_received_on = rejection.received_on
    rejection.save()

    response = owner_client.post(
        reverse("rejections:update", args=[rejection.pk]),
        {
            "received_on": (rejection.received_on + DAY).isoformat(),
            "stage": rejection.stage,
            "channel": rejection.channel,
        },
    )

    assert response.status_code == 200
    assert "the rejection came before it" in response.content.decode()
    assert Rejection.objects.get(pk=rejection.pk).received_on == rejection.received_on


def test_the_workspace_lists_the_self_care_that_counts_for_step_8(owner, owner_client, objects):
    rejection = objects["rejection"]
    SelfCareNoteFactory(owner=owner, date=rejection.received_on, activity="Swim in the lake")
    SelfCareNoteFactory(owner=owner, date=rejection.received_on - DAY, activity="Before it all")

    html = owner_client.get(rejection.get_absolute_url()).content.decode()

    assert "Swim in the lake" in html
    assert "Before it all" not in html


# --- The list of rejections -----------------------------------------------------------


def complete_by_skipping(rejection: Rejection) -> None:
    for step in SKIPPABLE_STEPS:
        StepSkip.objects.update_or_create(
            rejection=rejection, step=step, defaults={"reason": "Does not fit"}
        )


def test_the_list_shows_every_rejection_newest_first_with_its_progress(owner, owner_client):
    today = timezone.localdate()
    old_open = RejectionFactory(application__owner=owner, received_on=today - 20 * DAY)
    older_open = RejectionFactory(application__owner=owner, received_on=today - 30 * DAY)
    newest_complete = RejectionFactory(application__owner=owner, received_on=today)
    complete_by_skipping(newest_complete)

    response = owner_client.get(reverse("rejections:list"))

    rows = list(response.context["page"])
    assert rows == [newest_complete, old_open, older_open]
    assert [row.resolved_steps < 8 for row in rows] == [False, True, True]
    assert "8/8" in response.content.decode()
    assert "complete</span>" in response.content.decode()


def test_the_open_filter_keeps_the_unfinished_workflows(owner, owner_client):
    today = timezone.localdate()
    open_one = RejectionFactory(application__owner=owner, received_on=today - 20 * DAY)
    complete = RejectionFactory(application__owner=owner, received_on=today)
    complete_by_skipping(complete)

    response = owner_client.get(reverse("rejections:list"), {"show": "open"})

    assert list(response.context["page"]) == [open_one]
    assert 'aria-current="page">Open workflows' in response.content.decode()


def test_the_open_filter_looks_among_the_newest_rejections_only(owner, owner_client, monkeypatch):
    monkeypatch.setattr("rejections.models.OPEN_WORKFLOW_WINDOW", 2)
    monkeypatch.setattr("rejections.views.workspace.OPEN_WORKFLOW_WINDOW", 2)
    today = timezone.localdate()
    oldest_open = RejectionFactory(application__owner=owner, received_on=today - 50 * DAY)
    newer_open = RejectionFactory(application__owner=owner, received_on=today - 10 * DAY)
    newest_complete = RejectionFactory(application__owner=owner, received_on=today)
    complete_by_skipping(newest_complete)

    response = owner_client.get(reverse("rejections:list"), {"show": "open"})

    assert list(response.context["page"]) == [newer_open]
    assert oldest_open not in response.context["page"].object_list
    assert "among your 2 most recent rejections" in response.content.decode()


def test_the_open_workflow_list_matches_the_open_workflows_query(owner, stranger, monkeypatch):
    monkeypatch.setattr("rejections.models.OPEN_WORKFLOW_WINDOW", 5)
    today = timezone.localdate()
    rejections = [
        RejectionFactory(application__owner=owner, received_on=today - days * DAY)
        for days in range(7)
    ]
    complete_by_skipping(rejections[1])
    StepSkip.objects.create(rejection=rejections[2], step=Step.THANK, reason="No one to thank")
    theirs = RejectionFactory(application__owner=stranger, received_on=today)
    mine = Rejection.objects.for_user(owner).select_related("application__company")

    expected = list(mine.open_workflows()[:3])
    listed = mine.open_workflow_list(3)

    assert listed == expected == [rejections[0], rejections[2], rejections[3]]
    assert [r.resolved_steps for r in listed] == [r.resolved_steps for r in expected]
    assert listed[1].resolved_steps == listed[0].resolved_steps + 1
    # Only the newest five are looked at, as on the list's open filter.
    assert mine.open_workflow_list(10) == [rejections[i] for i in (0, 2, 3, 4)]
    assert Rejection.objects.for_user(stranger).open_workflow_list(3) == [theirs]


def test_the_open_workflow_list_is_empty_without_open_workflows(owner, django_assert_num_queries):
    complete_by_skipping(RejectionFactory(application__owner=owner))

    with django_assert_num_queries(1):  # the progress, and no second query for nothing
        assert Rejection.objects.for_user(owner).open_workflow_list(8) == []


def test_the_open_filter_says_when_everything_is_done(owner, owner_client):
    complete_by_skipping(RejectionFactory(application__owner=owner))

    response = owner_client.get(reverse("rejections:list"), {"show": "open"})

    assert "Every recent workflow is complete." in response.content.decode()


def test_the_list_pages_keep_the_open_filter(owner, owner_client):
    for days in range(30):
        RejectionFactory(application__owner=owner, received_on=timezone.localdate() - days * DAY)

    response = owner_client.get(reverse("rejections:list"), {"show": "open", "page": 2})

    assert len(response.context["page"].object_list) == 5
    assert "?show=open&amp;page=1" in response.content.decode()


def test_the_list_shows_progress_out_of_eight(owner, owner_client):
    application = ApplicationFactory(owner=owner, applied_on=timezone.localdate() - 40 * DAY)
    Application.objects.filter(pk=application.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=40)
    )
    rejection = RejectionFactory(application=application)
    LetterFactory(
        rejection=rejection, kind="thank_you", status="sent", sent_on=timezone.localdate()
    )
    ReflectionFactory(rejection=rejection, next_actions="Mock interview")

    response = owner_client.get(reverse("rejections:list"))

    # Acknowledge, thank, reflect and proactive.
    assert "4/8" in response.content.decode()


def test_the_list_explains_itself_when_there_is_nothing_yet(owner_client):
    response = owner_client.get(reverse("rejections:list"))

    assert "No rejections recorded." in response.content.decode()


# --- HTML is shown, never run ---------------------------------------------------------

FEELINGS = '<b>gutted</b> <img src=x onerror="alert(2)">'
ESCAPED_FEELINGS = "&lt;b&gt;gutted&lt;/b&gt; &lt;img src=x onerror=&quot;alert(2)&quot;&gt;"


@pytest.fixture
def hostile(owner) -> Rejection:
    rejection = RejectionFactory(
        application__owner=owner,
        application__company__name=SCRIPT,
        application__position_title=f"Dev {SCRIPT}",
        feelings=FEELINGS,
        reason_given=SCRIPT,
    )
    ReflectionFactory(rejection=rejection, to_improve=SCRIPT, next_actions=SCRIPT, tags=SCRIPT)
    NetworkingLinkFactory(
        rejection=rejection, contact__name=SCRIPT, note=SCRIPT, check_in_on=timezone.localdate()
    )
    Rejection.objects.filter(pk=rejection.pk).update(feedback=SCRIPT)
    return rejection


@pytest.mark.parametrize("page", ["workspace", "list"])
def test_html_in_a_company_name_or_feelings_is_escaped(owner_client, hostile, page):
    url = hostile.get_absolute_url() if page == "workspace" else reverse("rejections:list")

    content = owner_client.get(url).content.decode()

    assert SCRIPT not in content
    assert FEELINGS not in content
    assert "<b>gutted" not in content
    assert ESCAPED_SCRIPT in content
    if page == "workspace":
        assert ESCAPED_FEELINGS in content


# --- Query counts ---------------------------------------------------------------------


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def add_rejections(owner, n: int) -> None:
    """Rejections in every state, so every annotation and prefetch has rows to find."""
    for i in range(n):
        rejection = RejectionFactory(
            application__owner=owner, received_on=timezone.localdate() - (i % 20) * DAY
        )
        if i % 2:
            LetterFactory(
                rejection=rejection, status="sent", sent_on=timezone.localdate(), kind="thank_you"
            )
            ReflectionFactory(rejection=rejection, next_actions="Mock interview")
        if i % 3:
            StepSkip.objects.create(rejection=rejection, step="network", reason="Nobody")
        if i % 5 == 0:
            complete_by_skipping(rejection)
        SelfCareNoteFactory(owner=owner, rejection=rejection)


@pytest.mark.usefixtures("page_cache_off")  # measures the page as rendered
def test_the_rejection_list_runs_the_same_queries_with_2_or_40_rejections(
    owner, owner_client, django_assert_num_queries
):
    url = reverse("rejections:list")
    add_rejections(owner, FEW)
    owner_client.get(url)  # warm up
    few = count_queries(owner_client, url)

    add_rejections(owner, MANY - FEW)

    with django_assert_num_queries(few):
        owner_client.get(url)
    print(f"\nqueries for /rejections/: {few} with {FEW} and with {MANY} rejections")


@pytest.mark.usefixtures("page_cache_off")  # measures the page as rendered
def test_the_dashboard_runs_the_same_queries_with_2_or_40_rejections(
    owner, owner_client, django_assert_num_queries
):
    url = reverse("home:dashboard")
    add_rejections(owner, FEW)
    owner_client.get(url)
    few = count_queries(owner_client, url)

    add_rejections(owner, MANY - FEW)

    with django_assert_num_queries(few):
        response = owner_client.get(url)
    assert len(response.context["open_rejections"]) == 8
    print(f"\nqueries for the dashboard: {few} with {FEW} and with {MANY} rejections")


@pytest.mark.usefixtures("page_cache_off")  # measures the page as rendered
def test_the_workspace_runs_the_same_queries_with_2_or_40_related_rows(
    owner, owner_client, django_assert_num_queries
):
    rejection = RejectionFactory(application__owner=owner)
    application = rejection.application
    url = rejection.get_absolute_url()

    def add(n: int) -> None:
        for i in range(n):
            contact = ContactFactory(owner=owner, company=application.company)
            application.contacts.add(contact)
            InterviewFactory(application=application).interviewers.add(contact)
            LetterFactory(
                rejection=rejection,
                recipient_contact=contact,
                kind="feedback_request" if i % 2 else "thank_you",
                **({"status": "sent", "sent_on": timezone.localdate()} if i % 3 else {}),
            )
            ReflectionFactory(rejection=rejection, next_actions="One\nTwo", tags="a, b")
            NetworkingLinkFactory(rejection=rejection, contact=contact)
            SelfCareNoteFactory(owner=owner, rejection=rejection)

    add(FEW)
    owner_client.get(url)
    few = count_queries(owner_client, url)

    add(MANY - FEW)

    with django_assert_num_queries(few):
        response = owner_client.get(url)
    assert len(response.context["letters"]) == MANY
    assert len(response.context["reflections"]) == MANY
    assert len(response.context["network"]) == MANY
    print(
        f"\nqueries for a rejection workspace: {few} with {FEW} and with {MANY} "
        "letters, reflections and network links"
    )


def test_the_workspace_shows_what_was_written(owner, owner_client):
    rejection = RejectionFactory(application__owner=owner, feelings="Sad but fine.")
    LetterFactory(rejection=rejection, subject="Thank you for your time")
    ReflectionFactory(rejection=rejection, to_improve="Slow down.", next_actions="- Mock\n- Read")
    NetworkingLinkFactory(rejection=rejection, contact__name="Ada Byron")
    SelfCareNoteFactory(owner=owner, rejection=rejection, activity="Swimming")

    content = owner_client.get(rejection.get_absolute_url()).content.decode()

    for text in ("Sad but fine.", "Thank you for your time", "Slow down.", "<li>Mock</li>"):
        assert text in content
    assert "Ada Byron" in content
    assert "Swimming" in content
    assert Reflection.objects.count() == SelfCareNote.objects.count() == 1
