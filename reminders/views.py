from http import HTTPStatus

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.utils.http import http_date, quote_etag
from django.views.decorators.http import require_GET, require_POST, require_safe

from core.links import site_root
from reminders import feed
from reminders.forms import DigestForm, InterviewAlarmForm
from reminders.models import InterviewAlarm, ReminderSettings


@login_required
@require_GET
def reminder_settings(request: HttpRequest) -> HttpResponse:
    settings_row = ReminderSettings.objects.get_for(request.user)
    return render(
        request,
        "reminders/settings.html",
        {
            "reminder_settings": settings_row,
            "digest_form": DigestForm(initial={"digest_enabled": settings_row.digest_enabled}),
            "alarm_form": InterviewAlarmForm(
                initial={"interview_alarm_minutes": settings_row.interview_alarm_minutes}
            ),
        },
    )


@login_required
@require_POST
def digest_update(request: HttpRequest) -> HttpResponse:
    settings_row = ReminderSettings.objects.get_for(request.user)
    form = DigestForm(request.POST)
    # A checkbox form is always valid: an absent box means "off".
    form.is_valid()
    enabled = form.cleaned_data["digest_enabled"]
    settings_row.set_digest_enabled(enabled)
    if not enabled:
        messages.success(request, "The daily e-mail digest is off. You will get no reminder mail.")
    elif request.user.email:
        messages.success(
            request,
            f"The daily e-mail digest is on. It goes to {request.user.email} on days when "
            "something is due.",
        )
    else:
        messages.warning(
            request,
            "The daily e-mail digest is on, but your account has no e-mail address, so "
            "nothing can be sent yet.",
        )
    return redirect("reminders:settings")


@login_required
@require_POST
def interview_alarm_update(request: HttpRequest) -> HttpResponse:
    settings_row = ReminderSettings.objects.get_for(request.user)
    form = InterviewAlarmForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose one of the reminder times offered.")
        return redirect("reminders:settings")
    minutes = form.cleaned_data["interview_alarm_minutes"]
    settings_row.set_interview_alarm(minutes)
    if minutes is None:
        messages.success(request, "Interviews in your calendar come without a reminder.")
    else:
        when = InterviewAlarm(minutes).label
        messages.success(
            request,
            f"Your calendar app will remind you {when} each interview, from its next refresh.",
        )
    return redirect("reminders:settings")


@login_required
@require_POST
def calendar_token_regenerate(request: HttpRequest) -> HttpResponse:
    ReminderSettings.objects.get_for(request.user).regenerate_calendar_token()
    messages.success(
        request,
        "Your calendar link was replaced. The old link no longer works: subscribe again "
        "with the new one below.",
    )
    return redirect("reminders:settings")


@require_safe
def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    """The private calendar feed. No login: calendar apps fetch it with the secret URL only.

    The token lookup also sums up what the feed is made of (``feed.change_summary``), so a
    calendar app asking with the ETag or Last-Modified it already has gets 304 Not Modified
    after that one query, before any event is built.
    """
    now = timezone.now()
    settings_row = get_object_or_404(
        ReminderSettings.objects.select_related("user")
        .filter(user__is_active=True)
        .annotate(**feed.change_summary()),
        calendar_token=token,
    )
    root = site_root(request)
    etag = feed.fingerprint(settings_row, today=timezone.localdate(now), root=root)
    changed_at = settings_row.note_feed_version(etag, now=now)
    response = HttpResponse(content_type="text/calendar; charset=utf-8")
    response["ETag"] = quote_etag(etag)
    response["Last-Modified"] = http_date(changed_at.timestamp())
    # Private: the feed is personal, so shared caches must not keep it.
    response["Cache-Control"] = "private, max-age=300"
    response["Content-Disposition"] = 'inline; filename="rebound.ics"'
    response["X-Robots-Tag"] = "noindex, nofollow"
    conditional = get_conditional_response(
        request,
        etag=response["ETag"],
        last_modified=int(changed_at.timestamp()),
        response=response,
    )
    if conditional.status_code == HTTPStatus.NOT_MODIFIED:
        return conditional
    calendar = feed.build_calendar(
        settings_row.user,
        now=now,
        request=request,
        alarm_minutes=settings_row.interview_alarm_minutes,
    )
    response.content = calendar.to_ical()
    return response
