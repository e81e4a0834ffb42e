"""Long lists of choices in forms, written in Python rather than a template per choice.

Django's template engine spends a few hundred microseconds a choice on a checkbox list: the
shortlists of contacts and interviewers (30 choices each) took a quarter of the new
application and new interview pages' time, and the 500 company names offered while typing
another tenth. These tags write the same HTML as the templates they replace:

- ``{% choice_inputs field %}``, in ``templates/bootstrap5/layout/radio_checkbox_select.html``
  (crispy-bootstrap5's template of the same name, with its loop over the options here);
- ``{% datalist_options names %}``, the ``<option>`` elements of a ``<datalist>``.

``tests/core/test_form_choices.py`` renders every checkbox and radio field of the project's
forms through both crispy-bootstrap5's template and this one and compares them.
"""

from collections.abc import Iterable

from crispy_forms.templatetags.crispy_forms_filters import optgroups
from django import template
from django.utils import formats
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from core.renderers import attributes, escape
from core.templatetags.form_fields import errors_block

register = template.Library()


def _unlocalized(value) -> str:
    """As the ``unlocalize`` filter: numbers and dates written without the locale's format."""
    return str(formats.localize(value, use_l10n=False))


@register.simple_tag(takes_context=True)
def choice_inputs(context: template.Context, field) -> SafeString:
    """Each choice of a checkbox or radio field as crispy-bootstrap5 writes it: its input and
    label in a ``form-check``, group names in ``<strong>``, the field's errors after the last
    choice (unless the choices are inline)."""
    errors = field.errors
    inline = bool(context.get("inline_class"))
    check = "form-check form-check-inline" if inline else "form-check"
    input_class = "form-check-input is-invalid" if errors else "form-check-input"
    name = field.html_name
    groups = optgroups(field)
    parts = []
    for group_number, (group, options, _index) in enumerate(groups, start=1):
        if group:
            parts.append(format_html("<strong>{}</strong>", group))
        for number, option in enumerate(options, start=1):
            after = ""
            if errors and not inline and number == len(options) and group_number == len(groups):
                after = errors_block(field, context.get("form_show_errors"))
            attrs = option["attrs"]
            parts.append(
                f'<div class="{check}"><input type="{escape(option["type"])}" '
                f'class="{input_class}" name="{escape(name)}" '
                f'value="{escape(_unlocalized(option["value"]))}"{attributes(attrs)}>'
                f'<label for="{escape(attrs.get("id", ""))}" class="form-check-label">'
                f"{escape(_unlocalized(option['label']))}</label>{after}</div>"
            )
    # Every value above is escaped (``escape``), as the template's autoescaping did.
    return mark_safe("".join(parts))  # noqa: S308


@register.simple_tag
def datalist_options(names: Iterable[str]) -> SafeString:
    """``<option value="…"></option>`` for each name."""
    options = "".join(f'<option value="{escape(name)}"></option>' for name in names)
    return mark_safe(options)  # noqa: S308 - each name is escaped
