"""``manage.py send_reminders``: one digest per user per day, only when something is due."""

import datetime
import io
import zoneinfo

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.models import Preferences
from rejections.models import Step, StepSkip
from reminders import digest as digest_module
from reminders.models import ReminderSettings
from tests.factories import (
    ApplicationFactory,
    ContactFactory,
    InterviewFactory,
    LetterFactory,
    NetworkingLinkFactory,
    RejectionFactory,
    UserFactory,
)
from tests.reminders.factories import ReminderSettingsFactory
from tracker.stages import Status

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 3, 19)
DAY = datetime.timedelta(days=1)
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


@pytest.fixture(autouse=True)
def _site(settings):
    settings.SITE_URL = "https://jobs.example.com"
    settings.TIME_ZONE = "Europe/Berlin"
    settings.DEFAULT_FROM_EMAIL = "Rebound <rebound@example.com>"


def run(*args: str) -> str:
    out = io.StringIO()
    call_command("send_reminders", "--date", TODAY.isoformat(), *args, stdout=out, stderr=out)
    return out.getvalue()


def at(day: datetime.date, hour: int, minute: int = 0) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=BERLIN)


def mails_to(address: str) -> list:
    return [message for message in mail.outbox if message.to == [address]]


def follow_up(user, **kwargs):
    return ApplicationFactory(owner=user, **{"next_action_on": TODAY, **kwargs})


# --- What a digest contains -------------------------------------------------------------


def test_each_user_gets_one_digest_with_their_own_items(owner, stranger):
    interview = InterviewFactory(
        application__owner=owner,
        application__position_title="Data Analyst",
        application__company__name="Northwind",
        scheduled_at=at(TODAY, 9, 30),
        duration_minutes=45,
        location="Room 4",
    )
    application = follow_up(
        owner,
        position_title="Backend Engineer",
        company__name="Acme",
        next_action="Ask Sam about the timeline",
    )
    contact = ContactFactory(owner=owner, name="Priya Raman", next_check_in_on=TODAY - DAY)
    link = NetworkingLinkFactory(
        rejection__application__owner=owner,
        rejection__application__position_title="Analyst",
        rejection__application__company__name="Globex",
        rejection__received_on=TODAY - 10 * DAY,
        contact__name="Jo Park",
        check_in_on=TODAY,
    )
    rejection = link.rejection
    follow_up(stranger, position_title="Stranger's role")

    output = run()

    assert len(mail.outbox) == 2
    [message] = mails_to(owner.email)
    assert message.subject == "Rebound: 5 things for today"
    assert message.from_email == "Rebound <rebound@example.com>"
    body = message.body
    assert "Thursday 19 March 2026" in body
    assert "09:30–10:15 Video call, round 1: Data Analyst at Northwind" in body
    assert "Where: Room 4" in body
    assert f"https://jobs.example.com/interviews/{interview.pk}/" in body
    assert "Backend Engineer at Acme, due 19 March: Ask Sam about the timeline" in body
    assert f"https://jobs.example.com/applications/{application.pk}/" in body
    assert "Priya Raman, due 18 March" in body
    assert f"https://jobs.example.com/contacts/{contact.pk}/" in body
    assert "Jo Park, after Analyst at Globex (E-mail), due 19 March" in body
    # The rejection: open steps by name, with a link to its workspace.
    assert "Analyst at Globex (heard on 9 March): Thank, Ask for feedback, Reflect" in body
    assert f"https://jobs.example.com/rejections/{rejection.pk}/" in body
    assert "Network" not in body.split("heard on 9 March")[1].splitlines()[0]
    assert "To turn it off: https://jobs.example.com/settings/reminders/" in body
    assert "Stranger's role" not in body
    [other] = mails_to(stranger.email)
    assert other.subject == "Rebound: 1 thing for today"
    assert "Backend Engineer" not in other.body
    assert output.strip() == "Sent 2 digests, 0 users had nothing due."


def test_resolved_steps_are_not_listed(owner):
    rejection = RejectionFactory(application__owner=owner, received_on=TODAY - 5 * DAY)
    LetterFactory(rejection=rejection, kind="thank_you", status="sent", sent_on=TODAY)
    StepSkip.objects.create(rejection=rejection, step=Step.FEEDBACK, reason="Automated e-mail")
    run()
    [message] = mail.outbox
    line = next(line for line in message.body.splitlines() if "heard on" in line)
    assert line.endswith(": Reflect, Stay proactive, Network, Keep applying, Self-care")


def test_a_rejection_waits_more_than_two_days_before_it_is_listed(owner):
    RejectionFactory(application__owner=owner, received_on=TODAY - 2 * DAY)
    run()
    assert mail.outbox == []
    RejectionFactory(application__owner=owner, received_on=TODAY - 3 * DAY)
    run()
    assert len(mail.outbox) == 1


def test_a_fully_resolved_rejection_is_not_listed(owner):
    rejection = RejectionFactory(application__owner=owner, received_on=TODAY - 5 * DAY)
    for step in list(Step)[1:]:
        StepSkip.objects.create(rejection=rejection, step=step, reason="Does not apply")
    assert "nothing due" in run()
    assert mail.outbox == []


def test_calm_mode_keeps_open_rejection_steps_out_of_the_digest_not_doors_open(owner):
    """Calm mode keeps rejections out of what comes unasked; a door left open with a
    reapply date is a reminder the person asked for, so it still comes."""
    Preferences.objects.update_or_create(
        user=owner, defaults={"time_zone": "Europe/Berlin", "calm_mode": True}
    )
    RejectionFactory(
        application__owner=owner,
        application__position_title="Quiet Analyst",
        received_on=TODAY - 5 * DAY,
    )
    assert "nothing due" in run()
    assert mail.outbox == []

    RejectionFactory(
        application__owner=owner,
        application__company__name="Open Door Ltd",
        received_on=TODAY - 60 * DAY,
        door_open="yes",
        reapply_after=TODAY - DAY,
    )
    run()

    [message] = mail.outbox
    assert "Doors open again" in message.body and "Open Door Ltd" in message.body
    assert "Rejection steps still open" not in message.body
    assert "Quiet Analyst" not in message.body

    Preferences.objects.filter(user=owner).update(calm_mode=False)
    mail.outbox.clear()
    ReminderSettings.objects.filter(user=owner).update(last_digest_on=None)
    run()
    [message] = mail.outbox
    assert "Rejection steps still open" in message.body and "Quiet Analyst" in message.body


def test_interviews_count_by_the_local_day(owner):
    """TIME_ZONE decides what "today" is, not UTC."""
    late = InterviewFactory(application__owner=owner, scheduled_at=at(TODAY, 23, 30))
    InterviewFactory(application__owner=owner, scheduled_at=at(TODAY + DAY, 0, 30))
    InterviewFactory(application__owner=owner, scheduled_at=at(TODAY - DAY, 23, 30))
    InterviewFactory(application__owner=owner, scheduled_at=at(TODAY, 12), outcome="cancelled")
    run()
    [message] = mail.outbox
    assert message.subject == "Rebound: 1 thing for today"
    assert f"/interviews/{late.pk}/" in message.body
    assert "23:30–00:15" in message.body


def test_closed_applications_are_not_follow_ups(owner):
    for status in (Status.REJECTED, Status.ACCEPTED, Status.WITHDRAWN, Status.GHOSTED):
        follow_up(owner, status=status)
    follow_up(owner, next_action_on=TODAY + DAY)
    assert run().strip() == "Sent 0 digests, 1 user had nothing due."
    assert mail.outbox == []


def test_user_text_is_not_html_escaped_in_the_plain_text_mail(owner):
    follow_up(owner, position_title="R&D <Lead>", company__name="Smith & Sons")
    run()
    assert "R&D <Lead> at Smith & Sons" in mail.outbox[0].body


def test_long_lists_are_cut_and_counted(owner, monkeypatch):
    monkeypatch.setattr(digest_module, "SECTION_LIMIT", 3)
    for _ in range(5):
        follow_up(owner)
    run()
    [message] = mail.outbox
    assert message.subject == "Rebound: 5 things for today"
    assert message.body.count("/applications/") == 3
    assert "- and 2 more on your dashboard: https://jobs.example.com/" in message.body


# --- Who gets one -----------------------------------------------------------------------


def test_users_with_nothing_due_get_no_mail(owner, stranger):
    follow_up(owner)
    UserFactory()
    output = run()
    assert [message.to for message in mail.outbox] == [[owner.email]]
    assert output.strip() == "Sent 1 digest, 2 users had nothing due."
    assert ReminderSettings.objects.get(user=stranger).last_digest_on is None


def test_opted_out_inactive_and_email_less_users_get_nothing(owner, stranger):
    ReminderSettingsFactory(user=owner, digest_enabled=False)
    follow_up(owner)
    stranger.email = ""
    stranger.save(update_fields=["email"])
    follow_up(stranger)
    inactive = UserFactory(is_active=False)
    follow_up(inactive)
    assert run().strip() == "Sent 0 digests, 0 users had nothing due."
    assert mail.outbox == []


# --- Once a day -------------------------------------------------------------------------


def test_running_twice_on_the_same_day_sends_nothing_new(owner, stranger):
    follow_up(owner)
    follow_up(stranger)
    run()
    assert len(mail.outbox) == 2
    assert ReminderSettings.objects.get(user=owner).last_digest_on == TODAY

    output = run()

    assert len(mail.outbox) == 2
    assert output.strip() == "Sent 0 digests, 0 users had nothing due."


def test_the_next_day_sends_again(owner):
    follow_up(owner)
    run()
    call_command("send_reminders", "--date", (TODAY + DAY).isoformat(), stdout=io.StringIO())
    assert len(mail.outbox) == 2


def test_something_due_later_the_same_day_is_still_sent(owner):
    """Nothing due is not recorded, so a later run that day can still send."""
    run()
    follow_up(owner)
    run()
    assert len(mail.outbox) == 1


def test_a_run_that_lost_the_race_sends_nothing(owner):
    """Another cron host claimed the day between our reading the row and sending."""
    follow_up(owner)
    user = next(iter(digest_module.recipients(TODAY)))
    ReminderSettings.objects.get_for(owner)  # created lazily by the other host...
    ReminderSettings.objects.filter(user=owner).update(last_digest_on=TODAY)  # ...and claimed
    assert digest_module.send_digest(user, today=TODAY) == "skipped"
    assert mail.outbox == []


def test_date_option_decides_what_is_due(owner):
    follow_up(owner, next_action_on=TODAY + 5 * DAY)
    run()
    assert mail.outbox == []
    call_command("send_reminders", "--date", (TODAY + 5 * DAY).isoformat(), stdout=io.StringIO())
    assert len(mail.outbox) == 1
    assert ReminderSettings.objects.get(user=owner).last_digest_on == TODAY + 5 * DAY


def test_a_bad_date_is_refused():
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        call_command("send_reminders", "--date", "2026-02-30")


def test_dry_run_sends_nothing_and_records_nothing(owner, stranger):
    follow_up(owner)
    output = run("--dry-run")
    assert mail.outbox == []
    assert f"Would send to {owner.email}: Rebound: 1 thing for today" in output
    assert "Would send 1 digest, 1 user had nothing due." in output
    assert not ReminderSettings.objects.filter(last_digest_on__isnull=False).exists()
    run()
    assert len(mail.outbox) == 1


def test_a_failing_mail_does_not_stop_the_others_and_is_retried(owner, stranger, monkeypatch):
    follow_up(owner)
    follow_up(stranger)
    real_send = digest_module.Message.send

    def send_or_fail(message, *args, **kwargs):
        if message.to == [owner.email]:
            raise ConnectionRefusedError("mail server down")
        return real_send(message, *args, **kwargs)

    monkeypatch.setattr(digest_module.Message, "send", send_or_fail)
    out = io.StringIO()
    with pytest.raises(CommandError, match="1 digest"):
        call_command("send_reminders", "--date", TODAY.isoformat(), stdout=out, stderr=out)

    assert [message.to for message in mail.outbox] == [[stranger.email]]
    assert f"Could not send the digest to {owner.email}: ConnectionRefusedError" in out.getvalue()
    assert "1 could not be sent and will be retried on the next run" in out.getvalue()
    assert ReminderSettings.objects.get(user=owner).last_digest_on is None

    monkeypatch.setattr(digest_module.Message, "send", real_send)
    output = run()

    assert [message.to for message in mail.outbox] == [[stranger.email], [owner.email]]
    assert output.strip() == "Sent 1 digest, 0 users had nothing due."


# --- Queries ----------------------------------------------------------------------------


def _give_items(user, n: int) -> None:
    for i in range(n):
        InterviewFactory(application__owner=user, scheduled_at=at(TODAY, 8 + i))
        follow_up(user)
        ContactFactory(owner=user, next_check_in_on=TODAY)
        NetworkingLinkFactory(
            rejection__application__owner=user,
            rejection__received_on=TODAY - 5 * DAY,
            check_in_on=TODAY,
        )


def _queries_for_a_run(day: datetime.date) -> int:
    with CaptureQueriesContext(connection) as queries:
        call_command("send_reminders", "--date", day.isoformat(), stdout=io.StringIO())
    return len(queries)


def test_queries_per_user_do_not_grow_with_what_is_due():
    users = [UserFactory() for _ in range(3)]
    for user in users:
        ReminderSettingsFactory(user=user)
        _give_items(user, 1)
    few = _queries_for_a_run(TODAY)
    for user in users:
        _give_items(user, 6)
    many = _queries_for_a_run(TODAY + DAY)
    assert len(mail.outbox) == 6
    print(f"send_reminders: {few} queries for 3 users with 4 items, {many} with 25 items")
    assert few == many
    assert many <= 1 + 3 * 12


def test_an_unexpected_error_is_logged_with_its_traceback(owner, monkeypatch, caplog):
    follow_up(owner)

    def broken(*args, **kwargs):
        raise RuntimeError("template bug")

    monkeypatch.setattr(digest_module.Digest, "body", broken)
    with pytest.raises(CommandError):
        run()
    [record] = [r for r in caplog.records if r.name == "reminders.digest"]
    assert record.exc_info is not None
    assert ReminderSettings.objects.get(user=owner).last_digest_on is None


def test_each_digest_is_made_in_its_users_time_zone(owner):
    from accounts.models import Preferences

    # 23:30 in Berlin on TODAY is 07:30 the next day in Tokyo.
    Preferences.objects.create(user=owner, time_zone="Asia/Tokyo")
    InterviewFactory(application__owner=owner, scheduled_at=at(TODAY - DAY, 23, 30))

    run()

    [message] = mail.outbox
    assert "07:30" in message.body


def test_without_a_date_each_user_gets_their_own_today(owner, stranger, settings):
    from accounts.models import Preferences
    from reminders.digest import send_digests
    from reminders.models import ReminderSettings

    settings.TIME_ZONE = "UTC"
    Preferences.objects.create(user=owner, time_zone="Pacific/Kiritimati")
    owner_today = datetime.datetime.now(zoneinfo.ZoneInfo("Pacific/Kiritimati")).date()
    follow_up(owner, next_action_on=owner_today)

    send_digests()

    assert [message.to for message in mail.outbox] == [[owner.email]]
    assert ReminderSettings.objects.get(user=owner).last_digest_on == owner_today
