"""The queries a page runs while its template renders.

Views read what their pages show (lists, not querysets; a form's options fetched with
``core.choices.fetch_choices``), so a template never runs a query of its own. The one
exception is by design: a page of a lower app shows panels of the apps above it through
their inclusion tags (the view may not import those apps), and a tag's own function reads
its panel and hands the tag's template lists.
"""

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import django

#: Where Django's template engine lives: frames there are the template rendering.
TEMPLATE_CODE = str(Path(django.__file__).parent / "template")


@dataclass
class Rendering:
    #: SQL run by an inclusion tag's own function while the template renders.
    in_tags: list[str] = field(default_factory=list)
    #: SQL run by the template itself (a lazy queryset, a related object, a form's options).
    elsewhere: list[str] = field(default_factory=list)


def _innermost_template_frame():
    frame = sys._getframe(2)
    while frame is not None:
        if frame.f_code.co_filename.startswith(TEMPLATE_CODE):
            return frame
        frame = frame.f_back
    return None


@contextmanager
def queries_while_rendering() -> Iterator[Rendering]:
    """Record the queries run while any Django template renders, inside the block."""
    from django.db import connection
    from django.template.backends import django as backend
    from django.template.library import InclusionNode

    rendering = Rendering()
    render = backend.Template.render

    def record(execute, sql, params, many, context):
        frame = _innermost_template_frame()
        caller = frame.f_locals.get("self") if frame is not None else None
        (rendering.in_tags if isinstance(caller, InclusionNode) else rendering.elsewhere).append(
            sql
        )
        return execute(sql, params, many, context)

    depth = 0

    def render_and_record(self, *args, **kwargs):
        nonlocal depth
        if depth:  # a template rendered while another renders: already recorded
            return render(self, *args, **kwargs)
        depth += 1
        try:
            with connection.execute_wrapper(record):
                return render(self, *args, **kwargs)
        finally:
            depth -= 1

    backend.Template.render = render_and_record
    try:
        yield rendering
    finally:
        backend.Template.render = render
