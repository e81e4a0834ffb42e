"""The heroicons template tags, each distinct icon drawn once per process.

``{% load heroicons %}`` loads this library (the package is not an installed app, so its
own library is not there): the same four tags as the package, with the same output. The
package's renderer copies and serialises the icon's XML tree on every call, which was a
quarter of the board's rendering time (three icons on each of its hundred cards). An icon's markup
depends only on the tag's arguments and the package's files, never on a user or a
request, so it is kept in a bounded cache.
"""

from functools import lru_cache

import heroicons
from django import template
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

#: Distinct (style, name, size, attributes) the pages use: a few dozen.
CACHED_ICONS = 512


@register.simple_tag
def heroicon_micro(name: str, *, size: int | None = 16, **attrs: object) -> str:
    return _render_icon("micro", name, size, attrs)


@register.simple_tag
def heroicon_mini(name: str, *, size: int | None = 20, **attrs: object) -> str:
    return _render_icon("mini", name, size, attrs)


@register.simple_tag
def heroicon_outline(name: str, *, size: int | None = 24, **attrs: object) -> str:
    return _render_icon("outline", name, size, attrs)


@register.simple_tag
def heroicon_solid(name: str, *, size: int | None = 24, **attrs: object) -> str:
    return _render_icon("solid", name, size, attrs)


def _render_icon(style: str, name: str, size: int | None, attrs: dict[str, object]) -> str:
    # The package renders every value with str(); a SafeString is turned back into a
    # plain one, as the package's own tags do, so that ElementTree escapes it.
    key = tuple((attr, str(value) + "") for attr, value in attrs.items())
    return _cached_icon(style, str(name), size, key)


@lru_cache(maxsize=CACHED_ICONS)
def _cached_icon(
    style: str, name: str, size: int | None, attrs: tuple[tuple[str, str], ...]
) -> SafeString:
    return mark_safe(heroicons._render_icon(style, name, size, dict(attrs)))  # noqa: S308 - the package escapes attribute values
