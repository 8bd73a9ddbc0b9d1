"""A key redraws what it changed, once (issue 18, key -> frame): the rows of the list whose content
changed, the forecast worked out once per action, the footer built once at start-up. Counted, not
timed: bench/console.py times them."""

from __future__ import annotations

import pytest
from textual.widgets._footer import FooterKey

import tui.widgets.forecast as forecast_widget
from tui.core.debate.participants import Participant
from tui.widgets.footer import FittingFooter
from tui.widgets.speakers import SpeakersTable


def counting(monkeypatch, owner, name):
    calls = []
    original = getattr(owner, name)

    def counted(*args, **kwargs):
        calls.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls


async def test_a_key_makes_only_the_rows_whose_content_changed(console, monkeypatch):
    console.session.add_speakers([Participant.make(f"Delegation {n}") for n in range(30)])
    async with console.app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        table = console.app.screen.query_one(SpeakersTable)
        made = counting(monkeypatch, SpeakersTable, "_row")
        await pilot.press("n")  # the first waiting takes the floor: one row changes
        await pilot.pause()
        assert len(made) == 1
        made.clear()
        console.clock.advance(30)
        await pilot.press("n")  # one leaves the floor, the next takes it
        await pilot.pause()
        assert len(made) == 2
        # What the list shows is what drawing it from nothing shows.
        shown = list(table._rows)
        table._made.clear()
        table.show(*table._shown)
        assert table._rows == shown
        assert shown[0][4].startswith("✓") and shown[1][4].startswith("▶")


async def test_an_action_works_the_forecast_out_once(console, monkeypatch):
    async with console.app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        history = counting(monkeypatch, forecast_widget, "history")
        forecasts = counting(monkeypatch, forecast_widget, "forecast")
        await pilot.press("n")
        await pilot.pause()
        assert (len(history), len(forecasts)) == (1, 1)
        console.advance(1)  # a tick of the clock: the forecast again, the session's history not
        await pilot.pause()
        assert (len(history), len(forecasts)) == (1, 2)


async def test_the_footer_is_built_once_at_start_up(console, monkeypatch):
    builds = []
    compose = FittingFooter.compose

    def counted(self):
        if self._bindings_ready:
            builds.append(self.app.size.width)
        return compose(self)

    monkeypatch.setattr(FittingFooter, "compose", counted)
    restyled = counting(monkeypatch, type(console.app), "update_styles")
    async with console.app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert builds == [80]
        # Each key came with its compact class: none was restyled on its own after its mount.
        assert not [args for args in restyled if isinstance(args[1], FooterKey)]
        assert all(key.has_class("-compact") for key in console.app.screen.query(FooterKey))
        await pilot.resize_terminal(100, 24)  # a new width: the keys that fit are chosen again
        await pilot.pause()
        assert builds == [80, 100]


@pytest.mark.slow
async def test_closed_dialogs_and_notices_leave_nothing_alive(console):
    """Textual kept every widget's render cache alive after the widget was gone (tui/textual_fixes.py)."""
    import gc

    from textual._styles_cache import StylesCache

    def alive() -> int:
        gc.collect()
        return sum(1 for o in gc.get_objects() if isinstance(o, StylesCache))

    async with console.app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("p", "escape")  # the dialog's first opening: its CSS, its module
        await pilot.pause()
        console.app.clear_notifications()
        await pilot.pause()
        before = alive()
        for _ in range(3):
            await pilot.press("p", *"Data", "enter")  # a dialog, a point, a notice
            await pilot.pause()
            console.app.clear_notifications()
            await pilot.pause()
        assert alive() <= before + 2  # without the fix: some 30 more per dialog
