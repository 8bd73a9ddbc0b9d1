"""Control characters shown as visible stand-ins (terminal) or removed (CSV); text kept otherwise."""

from hypothesis import given
from hypothesis import strategies as st

from tests.hostile import FORBIDDEN, HOSTILE
from tui.core.text.visible import cell, visible


def test_escapes_and_overrides_become_visible():
    assert visible("\x1b[2J") == "␛[2J"
    assert visible("\x1b]0;T\x07") == "␛]0;T␇"
    assert visible("a\x00b\x7f") == "a␀b␡"
    assert visible("\x9b2J") == "\ufffd2J"
    assert visible("\u202eexe") == "\ufffdexe"
    assert visible("two\nlines") == "two␊lines" and visible("two\nlines", lines=True) == "two\nlines"
    assert visible("[b]Côte d’Ivoire[/b] مصر 🇧🇷") == "[b]Côte d’Ivoire[/b] مصر 🇧🇷"


def test_csv_cells_have_no_control_character():
    assert cell("\x1b[2JBad\x07\tname\n") == "[2JBad name "
    assert all(not any(c in cell(t) for c in FORBIDDEN) for t in HOSTILE)


@given(st.text())
def test_visible_keeps_length_and_leaves_no_control(text):
    shown = visible(text)
    assert len(shown) == len(text)  # one for one: positions (highlights) still hold
    assert not any(c in shown for c in FORBIDDEN)


def test_the_invisible_direction_marks_are_shown_too():
    """U+200E/U+200F (left-to-right / right-to-left mark) and U+061C (Arabic letter mark) reorder
    the neutral characters around them in a terminal that applies the bidi algorithm, as the
    overrides do: shown, and removed from CSV cells. On main they passed through unchanged."""
    for mark in ("\u200e", "\u200f", "\u061c"):
        assert visible(f"Brazil{mark} (GRULAC)") == "Brazil\ufffd (GRULAC)"
        assert cell(f"a{mark}b") == "ab"
