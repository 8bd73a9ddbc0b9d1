"""Hostile names, points and titles through the console's main, review and panel screens and the
room display: no crash, the text shown as typed (on the rendered screen), no action triggered by
clicking it, and no escape byte on the screen (issue 11)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.hostile import HOSTILE, forbidden_in, hostile_session
from tui.app import DebateApp
from tui.core.debate.clock import FakeClock
from tui.core.text.visible import visible
from tui.display import DisplayApp
from tui.screens.main import MainScreen
from tui.screens.panel import PanelScreen
from tui.screens.review import ReviewScreen

CHUNK = 3  # texts per test: the first chunk runs in the fast tier, every chunk in the full suite
CHUNKS = [HOSTILE[i:i + CHUNK] for i in range(0, len(HOSTILE), CHUNK)]


def screen_text(app) -> str:
    """What the terminal would show: the text of every rendered cell, line by line."""
    strips = app.screen._compositor.render_strips()
    return "\n".join("".join(segment.text for segment in strip) for strip in strips)


def shown(text: str, n: int = 16) -> str:
    """The start of `text` as the screen shows it (control characters as visible stand-ins); up to
    its first tab or line break, which a multi-line widget lays out rather than shows."""
    first = re.split(r"[\t\n]", text)[0]
    return visible(first)[:n].strip()


async def _through_every_screen(tmp_path, texts):
    title = texts[0] + " \x1b]0;TITLE\x07 [@click=app.quit]title[/]"
    session = hostile_session(tmp_path, texts, title)
    app = DebateApp(session, session.clock, tick=None, heartbeat=None)
    async with app.run_test(size=(200, 60)) as pilot:
        for text in texts:
            before = len(session.events)
            await pilot.press("n")  # the next hostile name takes the floor
            assert session.state.floor.participant.name == text
            assert len(session.events) == before + 1
            screen = screen_text(app)
            assert shown(text) in screen, (text, screen[:400])
            assert forbidden_in(screen) == []
            # Clicking the name or the list runs no action hidden in it ([@click=…]).
            await pilot.click("#floor-name")
            await pilot.click("#speakers")
            assert isinstance(app.screen, MainScreen) and app.return_code is None
            assert len(session.events) == before + 1
        await pilot.press("m")
        assert isinstance(app.screen, ReviewScreen)
        await pilot.pause()
        screen = screen_text(app)
        assert forbidden_in(screen) == []
        for text in texts:
            assert shown(text, 12) in screen, (text, screen[:400])
        await pilot.click("#review-table")
        await pilot.press("escape", "P")
        assert isinstance(app.screen, PanelScreen)
        await pilot.pause()
        screen = screen_text(app)
        assert forbidden_in(screen) == []
        for text in texts:
            assert shown(text, 12) in screen, (text, screen[:400])
        await pilot.click("#panel-table")
        assert app.return_code is None and isinstance(app.screen, PanelScreen)
    session.close()

    display = DisplayApp(session.log.path, FakeClock(), poll=None, tick=None)
    async with display.run_test(size=(200, 60)) as pilot:
        screen = screen_text(display)
        assert display.problem is None
        assert forbidden_in(screen) == []
        assert shown(title) in screen
        assert shown(texts[-1]) in screen  # the last of them still has the floor
        await pilot.click("#display-name")
        await pilot.click("#display-title")
        assert display.return_code is None


@pytest.mark.parametrize("n", [
    0, *[pytest.param(n, marks=pytest.mark.slow) for n in range(1, len(CHUNKS))]])
async def test_hostile_text_on_every_screen(tmp_path, n):
    await _through_every_screen(tmp_path, CHUNKS[n])


def test_the_corpus_is_large_enough():
    assert len(HOSTILE) >= 40 and len(set(HOSTILE)) == len(HOSTILE)


names = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60)


@pytest.mark.slow
@settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(names, min_size=2, max_size=4, unique=True))
async def test_random_text_never_crashes_a_screen(tmp_path_factory, texts):
    await _through_every_screen(tmp_path_factory.mktemp("random"), texts)
