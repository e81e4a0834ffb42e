"""The design's promises that need no browser: contrast of every colour pair, the theme on
<html> for each choice, and no Bootstrap script."""

import re
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

from accounts.models import Preferences, Theme

CSS = (Path(__file__).resolve().parents[1] / "static" / "css" / "app.css").read_text()

pytestmark = pytest.mark.django_db


def tokens(block_selector: str) -> dict[str, str]:
    block = re.search(re.escape(block_selector) + r"\s*\{(.*?)\n\}", CSS, re.S).group(1)
    return dict(re.findall(r"--(rb-[\w-]+):\s*(#[0-9a-fA-F]{6})", block))


def luminance(hex_colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


LIGHT = tokens(":root")
DARK = {**LIGHT, **tokens('[data-bs-theme="dark"]')}
STATUSES = sorted({name[len("rb-status-") : -len("-fg")] for name in LIGHT if name.endswith("-fg")})
#: Text on its background, for each mode: each must reach WCAG AA for normal text.
PAIRS = [
    *((f"rb-status-{s}-fg", f"rb-status-{s}-bg") for s in STATUSES),
    ("rb-done", "rb-done-bg"),
    ("rb-open", "rb-open-bg"),
    ("rb-skipped", "rb-skipped-bg"),
    ("rb-on-accent", "rb-accent"),
    ("rb-accent", "rb-surface"),
    ("rb-accent", "rb-accent-soft"),
    ("rb-muted", "rb-surface"),
    ("rb-muted", "rb-surface-2"),
    ("rb-danger", "rb-surface"),
]


@pytest.mark.parametrize(("mode", "colours"), [("light", LIGHT), ("dark", DARK)])
@pytest.mark.parametrize(("text", "background"), PAIRS)
def test_every_colour_pair_passes_contrast_in_both_modes(mode, colours, text, background):
    ratio = contrast(colours[text], colours[background])
    assert ratio >= 4.5, f"{text} on {background} in {mode}: {ratio:.2f}:1"


def test_every_status_has_a_colour_in_both_modes():
    from tracker.stages import Status

    assert set(STATUSES) == set(Status.values)
    assert all(f"rb-status-{s}-bg" in tokens('[data-bs-theme="dark"]') for s in STATUSES)


@pytest.mark.parametrize(
    ("theme", "html"),
    [
        (Theme.SYSTEM, '<html lang="en" data-theme="system">'),
        (Theme.LIGHT, '<html lang="en" data-theme="light" data-bs-theme="light">'),
        (Theme.DARK, '<html lang="en" data-theme="dark" data-bs-theme="dark">'),
    ],
)
def test_the_page_takes_the_persons_theme(owner, owner_client, theme, html):
    Preferences.objects.create(user=owner, time_zone="UTC", theme=theme)

    content = owner_client.get(reverse("home:dashboard")).content.decode()

    assert html in content
    assert ("/static/js/theme.js" in content) == (theme == Theme.SYSTEM)


def test_without_a_choice_the_page_follows_the_device(owner_client):
    content = owner_client.get(reverse("tracker:board")).content.decode()

    assert 'data-theme="system"' in content
    assert "data-bs-theme" not in content.split("<head>")[0]
    assert "/static/js/theme.js" in content


def test_signed_out_pages_follow_the_device(client):
    content = client.get(reverse("login")).content.decode()

    assert 'data-theme="system"' in content


def test_the_theme_costs_no_query_of_its_own(owner, django_assert_num_queries):
    from django.test import Client

    Preferences.objects.create(user=owner, time_zone="UTC", theme=Theme.DARK)
    client = Client()
    client.force_login(owner)
    client.get(reverse("home:help"))
    # Session and user (with the preferences joined) only.
    with django_assert_num_queries(2):
        response = client.get(reverse("home:help"))
    assert 'data-bs-theme="dark"' in response.content.decode()


def test_no_page_loads_bootstraps_script(owner_client):
    for name in ("home:dashboard", "tracker:board", "tracker:application-list"):
        content = owner_client.get(reverse(name)).content.decode()
        assert "bootstrap.bundle" not in content
        assert "data-bs-toggle" not in content


def test_the_menus_are_details_elements_that_open_without_scripts(owner_client):
    content = owner_client.get(reverse("home:dashboard")).content.decode()

    assert '<details class="menu nav-narrow">' in content
    assert '<details class="menu user-menu">' in content


@pytest.mark.parametrize("url", ["/accounts/login/", "/", "/applications/", "/board/"])
def test_every_page_describes_itself_for_search_engines_and_link_previews(owner_client, url):
    response = owner_client.get(url) if url != "/accounts/login/" else Client().get(url)

    assert re.search(r'<meta name="description" content="[^"]{50,}">', response.content.decode())
