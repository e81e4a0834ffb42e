from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from core.pagecache import cached_page
from pace import services
from pace.forms import WeeklyGoalsForm
from pace.goals import week_progress
from pace.models import SupportResource, WeeklyGoals


@login_required
@cached_page
@require_http_methods(["GET", "POST"])
def goals(request: HttpRequest) -> HttpResponse:
    """Set the targets for every week; they stay until changed."""
    instance = WeeklyGoals.objects.filter(owner=request.user).first() or WeeklyGoals(
        owner=request.user
    )
    form = WeeklyGoalsForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(
            request, "Your weekly goals are saved. They apply every week until you change them."
        )
        return redirect("home:dashboard")
    return render(
        request,
        "pace/goals.html",
        {"form": form, "progress": week_progress(request.user, timezone.localdate())},
    )


def _back(request: HttpRequest) -> HttpResponse:
    """Back to the page the button was on: a path on this site, else the dashboard."""
    target = request.POST.get("next", "")
    if target.startswith("/") and url_has_allowed_host_and_scheme(
        target, {request.get_host()}, request.is_secure()
    ):
        return HttpResponseRedirect(target)
    return redirect("home:dashboard")


@login_required
@require_POST
def lighter_week(request: HttpRequest) -> HttpResponse:
    """One click from the pace check: this week's goals halved (or back to the usual)."""
    lighter = request.POST.get("lighter") != "0"
    saved = services.set_lighter_week(
        owner=request.user, today=timezone.localdate(), lighter=lighter
    )
    if saved is None:
        messages.info(request, "You have no weekly goals to lighten; set some first if you like.")
        return redirect("pace:goals")
    if lighter:
        messages.success(
            request,
            "This week is a lighter one: its goals are halved. Next Monday they are back to usual.",
        )
    else:
        messages.success(request, "This week's goals are back to your usual ones.")
    return _back(request)


@login_required
@require_GET
def support(request: HttpRequest) -> HttpResponse:
    """Places to turn to, written by staff in the admin."""
    return render(
        request, "pace/support.html", {"resources": list(SupportResource.objects.shown())}
    )
