"""The add dialog at 80×24 (and the 23 rows tmux leaves under its status line): every field, its
label and its hint whole, and on a closed list the question about a name already listed in view,
not only the button that changed (fresh-eyes trial: the title's hint and the position's were cut,
the duplicate warning below the fold)."""

from __future__ import annotations

import re

import pytest

from tests.ui.screen import screen_text
from tui.core.text.catalog import tr

FIELDS = ("#name", "#known", "#title", "#category", "#group", "#position", "#reply", "#ok", "#cancel")


def dialog_text(app) -> str:
    """The dialog's rows, inside its borders, joined into one line (a wrapped text reads whole)."""
    dialog = app.screen.query_one(".dialog")
    region = dialog.region
    lines = screen_text(app).splitlines()[region.y:region.bottom]
    inside = [line[region.x + 1:region.right - 1] for line in lines]
    return re.sub(r"\s+", " ", " ".join(inside))


def assert_all_in_view(app) -> None:
    dialog = app.screen.query_one(".dialog")
    assert dialog.max_scroll_y == 0, "the dialog scrolls: its last rows are out of view"
    screen = app.screen.region
    for selector in FIELDS:
        widget = app.screen.query_one(selector)
        region = widget.region
        assert region.height > 0 and screen.contains_region(region), selector
        assert dialog.region.contains_region(region), selector


@pytest.mark.parametrize("height", [24, 23])
async def test_a_listed_name_on_a_closed_list_shows_everything_at_80_columns(console, height):
    console.session.close_list()
    async with console.app.run_test(size=(80, height)) as pilot:
        await pilot.press("a", *"Brazil", "enter")
        await pilot.pause()
        assert_all_in_view(console.app)
        text = dialog_text(console.app)
        assert "⚠ Brazil is already listed (no. 2, waiting)." in text
        for key in ("add.title_field", "add.title_hint", "add.position", "add.position_hint",
                    "add.category", "add.group", "add.reply"):
            assert tr(key, "en") in text, key


@pytest.mark.slow  # the same layout; the cheap one is the English test above
async def test_a_listed_name_on_a_closed_list_shows_everything_in_french(console_fr):
    console_fr.session.close_list()
    async with console_fr.app.run_test(size=(80, 23)) as pilot:
        await pilot.press("a", *"Brésil", "enter")
        await pilot.pause()
        assert_all_in_view(console_fr.app)
        text = dialog_text(console_fr.app)
        assert "⚠ Brésil est déjà inscrit (n° 2, inscrit)." in text
        for key in ("add.title_field", "add.title_hint", "add.position", "add.position_hint",
                    "add.category", "add.group", "add.reply"):
            assert tr(key, "fr") in text, key
