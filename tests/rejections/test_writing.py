"""Private writing after a rejection: which session opens on which day, the pages, step 8,
privacy from the admin, and the export's choice to leave it out."""

import datetime
import json
import re

import pytest
from django.contrib import admin
from django.contrib.admin.sites import all_sites
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from rejections import services, writing
from rejections.models import Rejection, Step, WritingSession
from rejections.workflow import steps_for
from tests.factories import RejectionFactory, UserFactory

pytestmark = pytest.mark.django_db

DAY = datetime.date(2026, 3, 3)


def _day(n: int) -> datetime.date:
    return DAY + datetime.timedelta(days=n)


def _session(number, *, started=0, finished: int | None = 0, kind="expressive"):
    return WritingSession(
        number=number,
        kind=kind,
        started_on=_day(started),
        finished_on=None if finished is None else _day(finished),
    )


def _states(sessions, today: int) -> list[str]:
    slots = writing.slots(received_on=DAY, sessions=sessions, today=_day(today))
    return [slot.state for slot in slots]


# --- Which session opens on which day ------------------------------------------------------


def test_the_first_session_opens_on_the_day_of_the_rejection():
    assert _states([], today=0) == ["open", "waiting", "waiting", "waiting", "waiting"]


def test_a_rejection_recorded_with_an_earlier_date_opens_the_first_session_today():
    assert _states([], today=9)[0] == "open"


def test_a_session_begun_and_not_finished_keeps_the_next_one_waiting():
    assert _states([_session(1, finished=None)], today=3)[:2] == ["begun", "waiting"]


def test_the_next_session_opens_the_day_after_the_one_before_was_finished():
    sessions = [_session(1, finished=0)]
    assert _states(sessions, today=0)[:2] == ["finished", "tomorrow"]
    assert _states(sessions, today=1)[:2] == ["finished", "open"]
    # The days need not follow each other.
    assert _states(sessions, today=6)[:2] == ["finished", "open"]


def test_a_session_finished_days_after_it_was_begun_opens_the_next_from_then():
    sessions = [_session(1, started=0, finished=2)]
    slots = writing.slots(received_on=DAY, sessions=sessions, today=_day(2))
    assert slots[1].opens_on == _day(3)
    assert slots[1].state == "tomorrow"


def test_five_sessions_at_most_one_a_day():
    sessions = [_session(n, started=n - 1, finished=n - 1) for n in range(1, 5)]
    states = _states(sessions, today=3)
    assert states == ["finished"] * 4 + ["tomorrow"]
    assert _states(sessions, today=4)[-1] == "open"
    later = writing.slots(received_on=DAY, sessions=sessions, today=_day(2))
    assert later[4].state == "later"
    assert len(later) == 5


def test_the_next_slot_is_the_one_begun_then_the_one_open_today():
    begun = writing.slots(received_on=DAY, sessions=[_session(1, finished=None)], today=DAY)
    assert writing.next_slot(begun).number == 1
    done = writing.slots(received_on=DAY, sessions=[_session(1)], today=DAY)
    assert writing.next_slot(done) is None
    assert (
        writing.next_slot(
            writing.slots(received_on=DAY, sessions=[_session(1)], today=_day(1))
        ).number
        == 2
    )


def test_the_self_compassion_prompt_replaces_the_days_prompt():
    slots = writing.slots(received_on=DAY, sessions=[_session(1, kind="compassion")], today=_day(1))
    assert slots[0].prompt == writing.COMPASSION_PROMPT
    assert slots[1].prompt == writing.EXPRESSIVE_PROMPTS[1]


# --- The service ---------------------------------------------------------------------------------


@pytest.fixture
def rejection(owner) -> Rejection:
    return RejectionFactory(application__owner=owner, received_on=timezone.localdate())


def test_writing_and_finishing_a_session(rejection):
    today = timezone.localdate()
    session = services.write_session(
        rejection=rejection, number=1, kind="expressive", text="draft", finish=False
    )
    assert session.finished_on is None and session.started_on == today
    session = services.write_session(
        rejection=rejection, number=1, kind="compassion", text="all of it", finish=True
    )
    assert session.finished_on == today
    assert session.kind == "expressive"  # a begun session keeps its prompt
    assert session.owner == rejection.application.owner


def test_finishing_again_later_keeps_the_day_it_was_finished(rejection):
    today = timezone.localdate()
    services.write_session(rejection=rejection, number=1, kind="expressive", text="a", finish=True)
    session = services.write_session(
        rejection=rejection,
        number=1,
        kind="expressive",
        text="a and b",
        finish=True,
        today=today + datetime.timedelta(days=2),
    )
    assert session.finished_on == today
    assert session.text == "a and b"


def test_a_second_session_the_same_day_is_refused_and_nothing_is_saved(rejection):
    services.write_session(rejection=rejection, number=1, kind="expressive", text="a", finish=True)
    with pytest.raises(services.WritingNotOpen, match="Session 2 opens on"):
        services.write_session(
            rejection=rejection, number=2, kind="expressive", text="b", finish=True
        )
    with pytest.raises(services.WritingNotOpen, match="after you finish session 2"):
        services.write_session(
            rejection=rejection, number=3, kind="expressive", text="c", finish=True
        )
    assert WritingSession.objects.count() == 1
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    services.write_session(
        rejection=rejection, number=2, kind="expressive", text="b", finish=True, today=tomorrow
    )
    assert WritingSession.objects.count() == 2


# --- Step 8: a finished session counts as self-care ---------------------------------------------


def _self_care_done(rejection: Rejection) -> bool:
    loaded = Rejection.objects.with_progress().prefetch_related("skips").get(pk=rejection.pk)
    return next(s for s in steps_for(loaded) if s.step == Step.SELF_CARE).done


@pytest.mark.parametrize(
    ("finished_days_after", "counts"), [(-1, False), (0, True), (1, True), (None, False)]
)
def test_a_session_finished_on_or_after_the_rejection_counts_as_self_care(
    owner, rejection, finished_days_after, counts
):
    other = RejectionFactory(
        application__owner=owner, received_on=rejection.received_on - datetime.timedelta(days=5)
    )
    started = rejection.received_on - datetime.timedelta(days=2)
    WritingSession.objects.create(
        owner=owner,
        rejection=other,
        number=1,
        text="x",
        started_on=started,
        finished_on=None
        if finished_days_after is None
        else rejection.received_on + datetime.timedelta(days=finished_days_after),
    )
    assert _self_care_done(rejection) is counts


def test_another_users_writing_never_counts(rejection):
    stranger = UserFactory()
    theirs = RejectionFactory(application__owner=stranger, received_on=rejection.received_on)
    WritingSession.objects.create(
        owner=stranger,
        rejection=theirs,
        number=1,
        text="x",
        started_on=rejection.received_on,
        finished_on=rejection.received_on,
    )
    assert not _self_care_done(rejection)


# --- The pages ----------------------------------------------------------------------------


def _home(rejection) -> str:
    return reverse("rejections:writing", args=[rejection.pk])


def _write(rejection, number=1) -> str:
    return reverse("rejections:writing-session", args=[rejection.pk, number])


def test_owner_writes_and_finishes_a_session_and_step_8_is_done(owner_client, rejection):
    page = owner_client.get(_home(rejection)).content.decode()
    assert writing.EXPRESSIVE_PROMPTS[0] in page
    page = owner_client.get(_write(rejection)).content.decode()
    assert "Suggested: about 20 minutes." in page
    assert re.search(r'<script src="[^"]*js/writing-timer(\.[0-9a-f]+)?\.js" defer>', page)
    assert "<script>" not in page
    response = owner_client.post(
        _write(rejection), {"text": "What I feel.", "kind": "expressive", "finish": "1"}
    )
    assert response.status_code == 302
    assert response["Location"] == _home(rejection)
    session = WritingSession.objects.get()
    assert session.finished_on == timezone.localdate()
    workspace = owner_client.get(rejection.get_absolute_url()).content.decode()
    assert "A session of private writing on" in workspace
    assert "What I feel." not in workspace  # the text stays on its own page


def test_save_for_later_leaves_the_session_begun(owner_client, rejection):
    owner_client.post(_write(rejection), {"text": "Half", "kind": "expressive", "later": "1"})
    assert WritingSession.objects.get().finished_on is None
    assert "Go on with session 1" in owner_client.get(_home(rejection)).content.decode()


def test_the_self_compassion_prompt_can_be_taken_instead(owner_client, rejection):
    page = owner_client.get(_write(rejection) + "?kind=compassion").content.decode()
    assert "Imagine a good friend" in page
    owner_client.post(
        _write(rejection) + "?kind=compassion",
        {"text": "Dear me,", "kind": "compassion", "finish": "1"},
    )
    assert WritingSession.objects.get().kind == "compassion"


def test_an_empty_session_is_refused_with_a_message(owner_client, rejection):
    response = owner_client.post(_write(rejection), {"text": "  \n ", "kind": "expressive"})
    assert response.status_code == 400
    assert "Write a few words first" in response.content.decode()
    assert not WritingSession.objects.exists()


def test_a_session_not_open_yet_sends_back_with_when(owner_client, rejection):
    response = owner_client.post(_write(rejection, 2), {"text": "x", "kind": "expressive"})
    assert response.status_code == 302
    assert not WritingSession.objects.exists()
    page = owner_client.get(response["Location"]).content.decode()
    assert "Session 2 opens the day after you finish session 1" in page


def test_there_is_no_sixth_session(owner_client, rejection):
    assert owner_client.get(_write(rejection, 6)).status_code == 404


def test_strangers_get_404_and_anonymous_visitors_the_login_page(
    owner, rejection, stranger_client, client
):
    WritingSession.objects.create(
        owner=owner, rejection=rejection, number=1, text="mine", finished_on=timezone.localdate()
    )
    urls = [
        _home(rejection),
        _write(rejection),
        reverse("rejections:writing-delete", args=[rejection.pk, 1]),
    ]
    for url in urls:
        assert stranger_client.get(url).status_code == 404
        if url != _home(rejection):  # the writing page is read-only (405 for a POST)
            posted = stranger_client.post(url, {"text": "theirs", "kind": "expressive"})
            assert posted.status_code == 404
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")
    assert WritingSession.objects.get().text == "mine"


def test_a_session_can_be_deleted(owner, owner_client, rejection):
    WritingSession.objects.create(owner=owner, rejection=rejection, number=1, text="mine")
    url = reverse("rejections:writing-delete", args=[rejection.pk, 1])
    assert owner_client.get(url).status_code == 200
    assert owner_client.post(url)["Location"] == _home(rejection)
    assert not WritingSession.objects.exists()


def test_the_writing_page_runs_the_same_queries_with_one_session_or_five(
    owner, owner_client, rejection
):
    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert owner_client.get(_home(rejection)).status_code == 200
        return len(queries)

    WritingSession.objects.create(owner=owner, rejection=rejection, number=1, text="x")
    one = count()
    for number in range(2, 6):
        WritingSession.objects.create(owner=owner, rejection=rejection, number=number, text="x")
    assert count() == one


def test_the_workspace_runs_the_same_queries_with_or_without_writing(
    owner, owner_client, rejection
):
    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert owner_client.get(rejection.get_absolute_url()).status_code == 200
        return len(queries)

    before = count()
    for number in range(1, 6):
        WritingSession.objects.create(
            owner=owner,
            rejection=rejection,
            number=number,
            text="x",
            finished_on=timezone.localdate(),
        )
    assert count() == before


# --- Private: no admin, and out of the export when asked -----------------------------------------


def test_the_admin_has_no_way_to_the_writing(admin_client):
    for site in all_sites:
        assert WritingSession not in site._registry
        for model_admin in site._registry.values():
            assert all(inline.model is not WritingSession for inline in model_admin.inlines)
    for view in ("changelist", "add", "change", "delete", "history"):
        with pytest.raises(NoReverseMatch):
            args = [] if view in ("changelist", "add") else [1]
            reverse(f"admin:rejections_writingsession_{view}", args=args)
    assert admin_client.get("/admin/rejections/writingsession/").status_code == 404
    assert "writing" not in admin_client.get(reverse("admin:index")).content.decode().lower()
    assert WritingSession.PRIVATE_FIELDS == ("text",)
    assert admin.site.is_registered(Rejection)


def _export(client, query: str = "") -> dict:
    response = client.get(reverse("portability:json-export") + query)
    return json.loads(b"".join(response.streaming_content))


def test_the_export_has_the_writing_unless_the_user_leaves_it_out(owner, owner_client, rejection):
    WritingSession.objects.create(owner=owner, rejection=rejection, number=1, text="Only mine")
    assert [item["text"] for item in _export(owner_client)["private_writing"]] == ["Only mine"]
    left_out = _export(owner_client, "?private_writing=leave-out")
    assert "private_writing" not in left_out
    assert "Only mine" not in json.dumps(left_out)
    assert left_out["rejections"]
    page = owner_client.get(reverse("portability:index")).content.decode()
    assert 'name="private_writing" value="leave-out"' in page
    assert "Leave my private writing out" in page


def test_the_zip_export_leaves_the_writing_out_when_asked(owner, owner_client, rejection):
    import io
    import zipfile

    WritingSession.objects.create(owner=owner, rejection=rejection, number=1, text="Only mine")

    def document(query: str = "") -> dict:
        response = owner_client.get(reverse("portability:zip-export") + query)
        with zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content))) as bundle:
            return json.loads(bundle.read("rebound.json"))

    assert [item["text"] for item in document()["private_writing"]] == ["Only mine"]
    left_out = document("?private_writing=leave-out")
    assert "private_writing" not in left_out
    assert "Only mine" not in json.dumps(left_out)
    assert left_out["rejections"]


def test_an_export_without_the_writing_imports_with_none(owner, owner_client, client, rejection):
    from portability import archive

    WritingSession.objects.create(owner=owner, rejection=rejection, number=1, text="Only mine")
    document = _export(owner_client, "?private_writing=leave-out")
    newcomer = UserFactory()
    counts = archive.restore(owner=newcomer, document=archive.load(json.dumps(document).encode()))
    assert counts["private_writing"] == 0
    assert counts["rejections"] == 1
    assert not WritingSession.objects.filter(owner=newcomer).exists()


def test_the_writing_travels_with_a_full_export(owner, owner_client, rejection):
    from portability import archive

    WritingSession.objects.create(
        owner=owner,
        rejection=rejection,
        number=1,
        text="Only mine",
        finished_on=rejection.received_on,
    )
    newcomer = UserFactory()
    document = archive.load(json.dumps(_export(owner_client)).encode())
    archive.restore(owner=newcomer, document=document)
    copy = WritingSession.objects.get(owner=newcomer)
    assert copy.text == "Only mine"
    assert copy.rejection.application.owner == newcomer
    assert copy.finished_on == rejection.received_on
