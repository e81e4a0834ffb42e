"""Each field of a form, as crispy-bootstrap5's ``field.html`` writes it, in Python.

``{{ form|crispy }}`` renders crispy's ``field.html`` once for every field: about forty
template conditions, an include for the help text and errors, and crispy's
``crispy_field`` tag. On the new application page that was 6–7 ms of a 30–36 ms page
(15 fields), more than the widgets themselves. ``templates/bootstrap5/field.html`` hands
each field to ``{% bootstrap_field field %}``, which writes the same HTML for what
``|crispy`` asks (labels and errors shown, no layout classes) and renders crispy's own
template for anything else (a ``FormHelper`` with label or field classes, horizontal forms,
table cells), so nothing a layout can ask for is lost.

``tests/core/test_form_fields.py`` renders every kind of field the project's forms use, new
and with errors, through crispy's template and this tag and compares them.
"""

from functools import cache
from pathlib import Path

import crispy_bootstrap5
from django import forms, template
from django.conf import settings
from django.template import Context, Engine
from django.template.loader import get_template
from django.utils.safestring import SafeString, mark_safe

from core.renderers import escape

register = template.Library()

#: What ``|crispy`` leaves unset; with any of them set, crispy's template writes the field.
LAYOUT_OPTIONS = (
    "label_class",
    "field_class",
    "tag",
    "wrapper_class",
    "help_text_inline",
    "error_text_inline",
)
ASTERISK = '<span class="asteriskField">*</span>'


@cache
def crispy_templates() -> Engine:
    """An engine with crispy-bootstrap5's own templates only (not the project's)."""
    return Engine(
        dirs=[Path(crispy_bootstrap5.__file__).parent / "templates"],
        libraries={
            "crispy_forms_field": "crispy_forms.templatetags.crispy_forms_field",
            "crispy_forms_filters": "crispy_forms.templatetags.crispy_forms_filters",
            "crispy_forms_utils": "crispy_forms.templatetags.crispy_forms_utils",
            "l10n": "django.templatetags.l10n",
        },
    )


@register.simple_tag(takes_context=True)
def bootstrap_field(context: template.Context, field) -> SafeString:
    if any(context.get(option) for option in LAYOUT_OPTIONS) or "form-horizontal" in str(
        context.get("form_class") or ""
    ):
        crispy = crispy_templates().get_template("bootstrap5/field.html")
        return mark_safe(crispy.render(Context(context.flatten())))  # noqa: S308 - a template
    if field.is_hidden:
        return escape(field)
    return mark_safe(_field(context, field))  # noqa: S308 - every value in it is escaped


def _field(context: template.Context, field) -> str:
    widget = field.field.widget
    show_labels, show_errors = context.get("form_show_labels"), context.get("form_show_errors")
    checkbox = isinstance(widget, forms.CheckboxInput)
    choices = isinstance(widget, forms.RadioSelect)  # CheckboxSelectMultiple is one too
    required = field.field.required
    errors = field.errors
    css_classes = field.css_classes()
    box = "form-check" if checkbox and show_labels else "mb-3"
    parts = ['<div class="mb-3">'] if checkbox else []
    parts.append(
        f'<div id="div_{escape(field.auto_id)}" '
        f'class="{box}{" " + escape(css_classes) if css_classes else ""}">'
    )
    fieldset = field.use_fieldset and field.label and show_labels
    if field.label and not checkbox and show_labels:
        if field.use_fieldset:
            described = field.aria_describedby
            parts.append(
                f'<fieldset aria-describedby="{escape(described)}">' if described else "<fieldset>"
            )
        name = "legend" if field.use_fieldset else "label"
        label_for = f'for="{escape(field.id_for_label)}" ' if field.id_for_label else ""
        parts.append(
            f'<{name} {label_for}class="form-label{" requiredField" if required else ""}'
            f'{" fs-6" if field.use_fieldset else ""}">'
            f"{escape(field.label)}{ASTERISK if required else ''}</{name}>"
        )
    if choices:
        choice_list = get_template("bootstrap5/layout/radio_checkbox_select.html")
        parts.append(choice_list.render(context.flatten()))
    elif checkbox and show_labels:
        parts.append(
            _widget(field, "form-check-input is-invalid" if errors else "form-check-input")
        )
        parts.append(
            f'<label for="{escape(field.id_for_label)}" class="form-check-label'
            f'{" requiredField" if required else ""}">'
            f"{escape(field.label)}{ASTERISK if required else ''}</label>"
        )
        parts.append(_help_text_and_errors(field, show_errors))
    elif isinstance(widget, forms.FileInput):
        file_input = crispy_templates().get_template("bootstrap5/layout/field_file.html")
        parts.append(file_input.render(Context(context.flatten())))
    else:
        if isinstance(widget, forms.Select):
            classes = "form-select"
        elif checkbox:
            classes = "form-check-input"
        else:
            classes = "form-control"
        parts.append(_widget(field, f"{classes} is-invalid" if errors else classes))
        parts.append(_help_text_and_errors(field, show_errors))
    if fieldset:
        parts.append("</fieldset>")
    parts.append("</div></div>" if checkbox else "</div>")
    return "".join(parts)


def _widget(field, classes: str) -> str:
    """The widget with crispy's classes added to it, as crispy's ``crispy_field`` tag does:
    the widget's own class name in lower case, then ``classes``. Like the tag, it leaves
    them on the widget."""
    outer = field.field.widget
    converters = getattr(settings, "CRISPY_CLASS_CONVERTERS", {})
    for widget in getattr(outer, "widgets", [getattr(outer, "widget", outer)]):
        class_name = type(widget).__name__.lower()
        class_name = converters.get(class_name, class_name)
        css_class = widget.attrs.get("class", "")
        if css_class:
            if css_class.find(class_name) == -1:
                css_class += f" {class_name}"
        else:
            css_class = class_name
        for name in classes.split():
            if name not in css_class.split():
                css_class += f" {name}"
        widget.attrs["class"] = css_class
    return str(field)


def errors_block(field, show_errors) -> str:
    """crispy-bootstrap5's ``field_errors_block.html``: the field's errors, when shown."""
    if not (show_errors and field.errors):
        return ""
    auto_id = escape(field.auto_id)
    return (
        f'<div id="{escape(field.errors.field_id)}_error" class="invalid-feedback">'
        + "".join(
            f'<p id="error_{number}_{auto_id}"><strong>{escape(error)}</strong></p>'
            for number, error in enumerate(field.errors, start=1)
        )
        + "</div>"
    )


def _help_text_and_errors(field, show_errors) -> str:
    parts = [errors_block(field, show_errors)]
    if field.help_text:
        at = f'id="{escape(field.auto_id)}_helptext" ' if field.auto_id else ""
        # Help text is the form's own markup (``|safe`` in crispy's template).
        parts.append(f'<div {at}class="form-text">{field.help_text}</div>')
    return "".join(parts)
