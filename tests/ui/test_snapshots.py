"""What the Chair sees, state by state, at 80×24 and 160×48 (SVG snapshots in __snapshots__/).

Regenerate after a deliberate change with `pytest tests/ui/test_snapshots.py --snapshot-update`
and look at the SVGs before committing them. Never with `-m "not slow"`: the update would delete
the pictures of the tests it left out as unused."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from tests.ui.conftest import Console

# Every screen is pictured at 80×24 in the fast tier; the large terminal (and the French review,
# panel and add dialog) only in the full suite (`-m slow`), each picture costing about a second.
SLOW = pytest.mark.slow
SIZES = pytest.mark.parametrize("size", [(80, 24), pytest.param((160, 48), marks=SLOW)],
                                ids=["80x24", "160x48"])

# seconds on the floor and whether the clock is paused, for Brazil's 5-minute statement
STATES = {
    "idle": None,
    "running": (75, False),
    "warning": (250, False),
    "overrun": (342, False),
    "paused": (130, True),
}


@SIZES
@pytest.mark.parametrize("name", list(STATES))
def test_main_screen(snap_compare, tmp_path, guide_2011, name, size):
    console = Console(tmp_path, guide_2011)
    s = console.session
    s.set_topic(guide_2011.subthemes()[0].children[1].id, guide_2011.find("7(a)").id)
    s.give_floor()
    console.clock.advance(540)
    s.add_point("Panellists stressed the need for data on online abuse", main=True)
    s.end()
    setting = STATES[name]
    if setting is not None:
        seconds, paused = setting
        s.give_floor()
        console.clock.advance(seconds)
        if paused:
            s.pause()
    try:
        assert snap_compare(console.app, terminal_size=size)
    finally:
        s.close()


LANGS = pytest.mark.parametrize("lang", ["en", "fr"])


def debate(tmp_path, guide_2011, lang):
    """Sixteen speakers (long names among them), a point, Brazil on the floor 75 s, the list closed."""
    from tui.core.debate.participants import Participant

    console = Console(tmp_path, guide_2011, ui_lang=lang)
    s = console.session
    s.add_speakers([Participant.make(n, "member-state", "WEOG") for n in (
        "United Kingdom of Great Britain and Northern Ireland", "Bolivia (Plurinational State of)",
        "Côte d'Ivoire", "Türkiye", "Holy See", "Mexico", "France", "Japan", "Kenya", "Chile", "India",
        "Egypt")])
    s.set_topic(guide_2011.subthemes()[0].children[1].id, guide_2011.find("7(a)").id)
    s.give_floor()
    console.clock.advance(540)
    s.add_point("Panellists stressed the need for reliable data on the online abuse of children "
                "across borders", main=True)
    s.add_point("Cooperation with service providers is essential to remove abusive material quickly",
                by="Brazil")
    s.give_floor()
    console.clock.advance(75)
    s.close_list()
    return console


@SIZES
@LANGS
def test_main_screen_sixteen_speakers(snap_compare, tmp_path, guide_2011, lang, size):
    console = debate(tmp_path, guide_2011, lang)
    try:
        assert snap_compare(console.app, terminal_size=size)
    finally:
        console.session.close()


@SIZES
@pytest.mark.parametrize("lang", ["en", pytest.param("fr", marks=SLOW)])
@pytest.mark.parametrize("keys", [pytest.param("m", marks=SLOW), "P", "a",
                                  pytest.param("question_mark", marks=SLOW),
                                  "g", pytest.param("p", marks=SLOW)],
                         ids=["review", "panel", "add-dialog", "help", "guide-browser", "point-dialog"])
def test_other_screens(snap_compare, tmp_path, guide_2011, lang, size, keys):
    console = debate(tmp_path, guide_2011, lang)
    try:
        async def open_screen(pilot) -> None:
            await pilot.press(keys)
            await pilot.pause()
            # A text field's cursor blinks on a timer: on a busy machine the picture could catch
            # it off. Shown steadily, the picture depends only on what the screen says.
            for field in pilot.app.screen.query(Input):
                field.cursor_blink = False
            await pilot.pause()

        assert snap_compare(console.app, run_before=open_screen, terminal_size=size)
    finally:
        console.session.close()


LONG_LIST = ("Spain", "Italy", "Peru", "Ghana", "Chad", "Cuba")


@pytest.mark.parametrize("lang", ["en", pytest.param("fr", marks=SLOW)])
def test_main_screen_long_list_80x24(snap_compare, tmp_path, guide_2011, lang):
    """Twenty-two speakers: the scrollbar takes its room from the names, never from the time."""
    from tui.core.debate.participants import Participant

    console = debate(tmp_path, guide_2011, lang)
    s = console.session
    s.reopen_list()
    s.add_speakers([Participant.make(n, "member-state", "WEOG") for n in LONG_LIST])
    s.close_list()
    try:
        assert snap_compare(console.app, terminal_size=(80, 24))
    finally:
        console.session.close()


@SIZES
@pytest.mark.parametrize("lang", ["en", pytest.param("fr", marks=SLOW)])
def test_add_dialog_asking(snap_compare, tmp_path, guide_2011, lang, size):
    """A State name nobody knows, on a closed list (the tallest the dialog gets): the question
    under the name, the button saying what the second Enter does, everything inside 80×24."""
    console = debate(tmp_path, guide_2011, lang)
    try:
        async def ask(pilot) -> None:
            await pilot.press("a", *"Germeny", "enter")
            await pilot.pause()
            for field in pilot.app.screen.query(Input):
                field.cursor_blink = False
            await pilot.pause()

        assert snap_compare(console.app, run_before=ask, terminal_size=size)
    finally:
        console.session.close()


@pytest.mark.parametrize("lang", ["en", pytest.param("fr", marks=SLOW)])
def test_add_dialog_with_a_notice_80x24(snap_compare, tmp_path, guide_2011, lang):
    """A notice said while the tallest add dialog is open: on its own line under the dialog,
    which keeps every field and button in view (screens/dialog.py)."""
    console = debate(tmp_path, guide_2011, lang)
    try:
        async def ask(pilot) -> None:
            await pilot.press("a", *"Germeny", "enter")
            await pilot.pause()
            pilot.app.notify("Nobody has the floor" if lang == "en" else "Personne n'a la parole",
                             severity="warning")
            for field in pilot.app.screen.query(Input):
                field.cursor_blink = False
            await pilot.pause()

        assert snap_compare(console.app, run_before=ask, terminal_size=(80, 24))
    finally:
        console.session.close()


@pytest.mark.parametrize("lang", ["en", pytest.param("fr", marks=SLOW)])
def test_add_dialog_listed_name_80x24(snap_compare, tmp_path, guide_2011, lang):
    """A name already listed, on a closed list: the warning under the name, every field and its
    hint whole at 80×24 (fresh-eyes trial: the warning was below the fold, the hints cut)."""
    console = debate(tmp_path, guide_2011, lang)
    try:
        async def ask(pilot) -> None:
            await pilot.press("a", *"Japan", "enter")
            await pilot.pause()
            for field in pilot.app.screen.query(Input):
                field.cursor_blink = False
            await pilot.pause()

        assert snap_compare(console.app, run_before=ask, terminal_size=(80, 24))
    finally:
        console.session.close()
