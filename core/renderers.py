"""The form renderer: Django's, with its most used widget templates written in Python.

Django renders every widget through its templates: an ``<input>`` is three templates (the
widget's, ``input.html`` and ``attrs.html``), a ``<select>`` two more for each option. On the
form pages they were a sixth to a quarter of the time (the record-a-rejection page's two
selects of 12 options: 2 ms of its template time). ``FormRenderer`` writes the HTML of
``input.html`` and the widgets that only include it, ``textarea.html``, ``select.html`` and
``select_option.html`` itself — character for character what the templates give, with the
same escaping — and hands every other template to Django's renderer, so a widget with a
template of its own renders as before. ``tests/core/test_renderers.py`` renders widgets of
every kind, values and attributes through both renderers and compares them exactly.
"""

import html

from django.forms.renderers import DjangoTemplates
from django.utils.safestring import SafeData

WIDGETS = "django/forms/widgets/"
#: The widget templates that are ``{% include "django/forms/widgets/input.html" %}`` only.
INPUTS = frozenset(
    f"{WIDGETS}{name}.html"
    for name in (
        "checkbox",
        "color",
        "date",
        "datetime",
        "email",
        "file",
        "hidden",
        "input",
        "number",
        "password",
        "search",
        "tel",
        "text",
        "time",
        "url",
    )
)


def escape(value) -> str:
    """Django's ``conditional_escape``, for text about to be joined into marked-safe HTML:
    safe values (lazy ones too) as they are, anything else, lazy text included, through
    ``html.escape`` as Django's ``escape`` does — without the lazy-text wrapper around
    Django's, a microsecond a call, which the new application page made about 900 times
    (its then 500 company names, 30 contacts and 15 fields)."""
    if hasattr(value, "__html__"):
        return value.__html__()
    return html.escape(str(value))


def _text(value) -> str:
    """``{{ value|stringformat:'s' }}``: the value as text, escaped unless marked safe."""
    text = "%s" % (str(value) if isinstance(value, tuple) else value)
    return text if isinstance(value, SafeData) else escape(text)


def attributes(attrs: dict) -> str:
    """``attrs.html`` (Django's, and crispy-bootstrap5's copy of it): True is a bare
    attribute, False leaves it out."""
    return "".join(
        f" {escape(name)}" if value is True else f' {escape(name)}="{_text(value)}"'
        for name, value in attrs.items()
        if value is not False
    )


def _input(widget: dict) -> str:
    value = "" if widget["value"] is None else f' value="{_text(widget["value"])}"'
    return (
        f'<input type="{escape(widget["type"])}" '
        f'name="{escape(widget["name"])}"{value}{attributes(widget["attrs"])}>'
    )


def _textarea(widget: dict) -> str:
    value = escape(widget["value"]) if widget["value"] else ""
    name = escape(widget["name"])
    return f'<textarea name="{name}"{attributes(widget["attrs"])}>\n{value}</textarea>'


def _option(option: dict) -> str:
    return (
        f'<option value="{_text(option["value"])}"{attributes(option["attrs"])}>'
        f"{escape(option['label'])}</option>"
    )


class FormRenderer(DjangoTemplates):
    def render(self, template_name, context, request=None):
        if template_name in INPUTS:
            return _input(context["widget"])
        if template_name == f"{WIDGETS}textarea.html":
            return _textarea(context["widget"])
        if template_name == f"{WIDGETS}select.html":
            return self._select(context["widget"], request)
        return super().render(template_name, context, request)

    def _select(self, widget: dict, request) -> str:
        parts = [f'<select name="{escape(widget["name"])}"{attributes(widget["attrs"])}>']
        for group_name, options, _index in widget["optgroups"]:
            if group_name:
                parts.append(f'\n  <optgroup label="{escape(group_name)}">')
            for option in options:
                if option["template_name"] == f"{WIDGETS}select_option.html":
                    parts.append(f"\n  {_option(option)}\n")
                else:  # as the template includes it, trailing newline and all
                    template = self.get_template(option["template_name"])
                    parts.append(f"\n  {template.render({'widget': option}, request)}")
            if group_name:
                parts.append("\n  </optgroup>")
        parts.append("\n</select>")
        return "".join(parts)
