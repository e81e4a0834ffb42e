from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST, require_safe

from reminders.feed import build_calendar
from reminders.forms import DigestForm
from reminders.models import ReminderSettings


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
    """The private calendar feed. No login: calendar apps fetch it with the secret URL only."""
    settings_row = get_object_or_404(
        ReminderSettings.objects.select_related("user").filter(user__is_active=True),
        calendar_token=token,
    )
    response = HttpResponse(
        build_calendar(settings_row.user, request=request).to_ical(),
        content_type="text/calendar; charset=utf-8",
    )
    # Private: the feed is personal, so shared caches must not keep it.
    response["Cache-Control"] = "private, max-age=300"
    response["Content-Disposition"] = 'inline; filename="rebound.ics"'
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
