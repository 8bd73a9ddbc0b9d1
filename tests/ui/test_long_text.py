"""A point (a ruling, a translation, a title) longer than its field may hold: the Chair is told in
words what happened, and nothing typed or pasted is lost silently (Pilot, fake clock).

On main a paste that would go past the 4,000 characters was dropped whole with only the terminal
bell, a key at the limit likewise, and a paste of several lines kept its first line only."""

from __future__ import annotations

import pytest
from textual import events
from textual.widgets import Input

from tests.ui.screen import screen_text
from tui.core.debate.engine import MAX_POINT
from tui.screens.main import MainScreen
from tui.screens.point_dialog import PointDialog


def said(app) -> str:
    return " ".join(screen_text(app).split())


async def paste(pilot, text: str) -> None:
    field = pilot.app.screen.focused
    assert isinstance(field, Input)
    field.post_message(events.Paste(text))
    await pilot.pause()


async def test_a_paste_over_the_limit_is_refused_in_words_and_the_field_kept(console):
    async with console.app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p", *"Cooperation ")
        await paste(pilot, "x" * 5000)
        field = console.app.screen.query_one("#text", Input)
        assert field.value == "Cooperation "  # nothing cut, nothing half-pasted
        text = said(console.app)
        assert "Nothing was pasted" in text and "5000 characters" in text and "5012 long" in text
        assert str(MAX_POINT) in text
        # A paste that fits goes in.
        await paste(pilot, "is key")
        assert field.value == "Cooperation is key"


async def test_a_paste_of_several_lines_keeps_every_line(console):
    async with console.app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await paste(pilot, "Data on online abuse\nare scarce;\r\nproviders must help.")
        field = console.app.screen.query_one("#text", Input)
        assert field.value == "Data on online abuse are scarce; providers must help."
        await pilot.press("enter")
        recorded = list(console.state.points.values())[-1].text
        assert recorded == "Data on online abuse are scarce; providers must help."


async def test_a_key_at_the_limit_is_refused_in_words(console_fr):
    async with console_fr.app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        field = console_fr.app.screen.query_one("#text", Input)
        field.value = "y" * MAX_POINT
        field.cursor_position = MAX_POINT
        await pilot.press("z")
        assert field.value == "y" * MAX_POINT
        assert f"Au plus {MAX_POINT} caractères" in said(console_fr.app)


async def test_a_merged_text_over_the_limit_can_be_shortened_and_is_not_lost(console):
    """Two long points merged make a text over the limit: the dialog says so when it opens, lets
    the Chair delete (on main every key, Backspace too, was refused), and refuses to record it
    while too long, inline: the dialog stays open with the text."""
    long = "z" * (MAX_POINT + 10)
    async with console.app.run_test(size=(80, 24)) as pilot:
        console.app.push_screen(PointDialog("en", [], None, text=long, full=False))
        await pilot.pause()
        assert f"{MAX_POINT + 10} characters" in said(console.app)
        await pilot.press("enter")
        assert isinstance(console.app.screen, PointDialog)  # not recorded, not dismissed
        field = console.app.screen.query_one("#text", Input)
        assert field.value == long
        field.cursor_position = len(long)
        await pilot.press(*["backspace"] * 10)
        assert field.value == "z" * MAX_POINT


@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_every_message_has_both_languages(lang):
    from tui.core.text.catalog import CATALOG

    for key in ("form.paste_long", "form.key_long", "form.too_long"):
        assert lang in CATALOG[key], key


async def test_the_main_screen_is_back_after_recording(console):
    async with console.app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await paste(pilot, "short")
        await pilot.press("enter")
        assert isinstance(console.app.screen, MainScreen)


@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_the_refusal_leaves_the_point_dialog_whole_at_80x24(tmp_path, guide_2011, lang):
    from tests.ui.conftest import Console
    from tests.ui.test_notices_on_dialogs import covered

    console = Console(tmp_path, guide_2011, ui_lang=lang)
    try:
        async with console.app.run_test(size=(80, 24)) as pilot:
            await pilot.press("p")
            await paste(pilot, "x" * 5000)
            assert covered(console.app) == []
            assert ("Nothing was pasted" if lang == "en" else "Rien n'a été collé") in said(console.app)
    finally:
        console.session.close()
