"""``{% load heroicons %}`` loads the cached tags, which draw exactly what the package does."""

import pytest
from django.template import engines
from django.template.library import Library
from heroicons.templatetags import heroicons as package_tags

from core.templatetags import heroicons as cached_tags

ICONS = [
    '{% heroicon_micro "clock" class="icon" %}',
    '{% heroicon_mini "plus" class="icon" %}',
    '{% heroicon_outline "inbox" class="icon" %}',
    '{% heroicon_solid "check-circle" class="icon" size=None %}',
    '{% heroicon_outline "users" size=32 stroke_linecap="butt" aria_label=label %}',
]


def render(source: str, **context) -> str:
    return engines["django"].from_string("{% load heroicons %}" + source).render(context)


@pytest.mark.parametrize("tag", ICONS)
def test_a_cached_icon_is_the_packages_icon(tag, monkeypatch):
    context = {"label": 'Say "hi" <b>'}
    cached = render(tag, **context)
    render(tag, **context)  # the second one comes from the cache
    # The package's own tags, loaded under the same name, render the reference.
    reference = Library()
    for name in ("heroicon_micro", "heroicon_mini", "heroicon_outline", "heroicon_solid"):
        reference.simple_tag(getattr(package_tags, name), name=name)
    engine = engines["django"].engine
    monkeypatch.setitem(engine.template_libraries, "heroicons", reference)
    assert cached == render(tag, **context)
    assert cached.startswith("<svg")


def test_attribute_values_are_escaped_and_distinct_values_are_distinct_icons():
    first = render('{% heroicon_micro "clock" aria_label=label %}', label='a"b<c')
    second = render('{% heroicon_micro "clock" aria_label=label %}', label="other")

    assert 'aria-label="a&quot;b&lt;c"' in first
    assert 'aria-label="other"' in second


def test_the_dashboard_templates_load_the_cached_library():
    engine = engines["django"].engine
    assert engine.template_libraries["heroicons"] is cached_tags.register
