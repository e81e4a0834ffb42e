"""View helpers shared by the apps' pages: pagination and delete confirmation."""

from collections.abc import Callable, Iterable

from django.contrib import messages
from django.core.paginator import Page, Paginator
from django.db import models
from django.db.models.deletion import ProtectedError, RestrictedError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

PAGE_SIZE = 25


def paginate(request: HttpRequest, queryset, per_page: int = PAGE_SIZE) -> Page:
    """The page named by ``?page=``; a bad or too large number gives the nearest page.

    The page's rows are read here, in the view, not when the template first asks for them.
    """
    page = Paginator(queryset, per_page).get_page(request.GET.get("page"))
    page.object_list = list(page.object_list)
    return page


def paginate_ids(
    request: HttpRequest, ids, load: Callable[[list], Iterable], per_page: int = PAGE_SIZE
) -> Page:
    """Page through ``ids`` (a list or a ``values_list(..., flat=True)`` queryset), then
    ``load`` the rows of this page only, kept in the order of ``ids``.

    For lists whose rows are expensive to build (progress of every step, search ranking):
    the cost then follows the page size, not the number of rows.
    """
    page = paginate(request, ids, per_page)
    page_ids = page.object_list
    rows = {row.pk: row for row in load(page_ids)}
    page.object_list = [rows[pk] for pk in page_ids if pk in rows]
    return page


def confirm_delete(
    request: HttpRequest,
    obj: models.Model,
    *,
    success_url: str,
    cancel_url: str | None = None,
    warning: str = "",
    delete: Callable[[], object] | None = None,
) -> HttpResponse:
    """GET shows a confirmation page; POST deletes and says so.

    ``cancel_url`` defaults to the object's own page. ``delete`` replaces ``obj.delete()``
    when a deletion must leave a trace (a service function).
    """
    cancel_url = cancel_url or obj.get_absolute_url()
    if request.method == "POST":
        label = str(obj)
        try:
            (delete or obj.delete)()
        except (ProtectedError, RestrictedError):
            messages.error(request, f"“{label}” is still in use, so it was not deleted.")
            return redirect(cancel_url)
        messages.success(request, f"Deleted “{label}”.")
        return redirect(success_url)
    return render(
        request,
        "core/confirm_delete.html",
        {"object": obj, "warning": warning, "cancel_url": cancel_url},
    )
