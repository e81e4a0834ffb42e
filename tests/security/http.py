"""Small helpers for requesting the registry's URLs."""

from urllib.parse import urlencode

from django.http import HttpResponse
from django.urls import reverse

from tests.security.routes import ROUTES
from tests.security.world import World


def url_for(key: str, world: World) -> str:
    route = ROUTES[key]
    kwargs = {**(route.args or {}), **(route.kwargs(world) if route.kwargs else {})}
    url = reverse(key, kwargs=kwargs or None)
    if route.query:
        url += "?" + urlencode(route.query(world), doseq=True)
    return url


def body(response: HttpResponse) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode(errors="replace")


def is_html(response: HttpResponse) -> bool:
    return response.get("Content-Type", "").startswith("text/html")
