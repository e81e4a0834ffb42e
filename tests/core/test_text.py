"""Line breaks, as ``str.splitlines`` sees them (core.text)."""

import sys

from hypothesis import given
from hypothesis import strategies as st

from core.text import LINE_BREAKS, has_line_break, single_line


def test_the_line_breaks_are_every_character_splitlines_breaks_at():
    breaking = {
        chr(code) for code in range(sys.maxunicode + 1) if len(f"a{chr(code)}b".splitlines()) > 1
    }
    assert breaking == set(LINE_BREAKS)


@given(st.text(alphabet=st.sampled_from(LINE_BREAKS + "a ü\t\x00\u200b🙂"), max_size=30))
def test_a_value_has_a_line_break_exactly_when_splitlines_would_break_it(value):
    assert has_line_break(value) is (len(f"a{value}b".splitlines()) > 1)
    assert not has_line_break(single_line(value))
