"""The clock for the room: big digits that scale with the space, in the console and the display."""

from __future__ import annotations

import pytest

from tests.ui.conftest import Console
from tests.ui.screen import screen_text
from tests.ui.test_display import setup
from tui.widgets.bigclock import BigClock, big_lines, fit_scale, pixels_wide


def test_the_digits_scale_with_the_room_and_never_overflow():
    assert fit_scale(32, 7) == 1  # the console at 80×24: the thin digits, 3 rows
    assert fit_scale(68, 14) == 3  # the console at 160×48
    assert fit_scale(94, 15) == 4  # the display at 100×30
    for width, height in ((20, 3), (40, 40), (300, 9), (300, 300)):
        scale = fit_scale(width, height)
        assert scale == 1 or (pixels_wide("+00:00", scale) <= width and len(big_lines("8", scale)) <= height)
    lines = big_lines("4:59", 2)
    assert len(lines) == 5 and {len(line) for line in lines} == {pixels_wide("4:59", 2)}
    assert set("".join(lines)) <= set(" ▀▄█")


@pytest.mark.parametrize(("size", "rows"),
                         [((80, 24), 3), pytest.param((160, 48), 8, marks=pytest.mark.slow)])
async def test_the_console_clock_grows_with_the_terminal(tmp_path, guide_2011, size, rows):
    console = Console(tmp_path, guide_2011)
    try:
        console.session.give_floor()
        console.clock.advance(61)
        async with console.app.run_test(size=size) as pilot:
            await pilot.pause()
            clock = console.app.screen.query_one("#floor-clock", BigClock)
            assert clock.size.height == rows
            assert clock.value == "8:59"  # the time as text, for tests and screen readers
            if rows > 3:
                assert "███" in screen_text(console.app)
            console.advance(600)  # overrun: the same size, the colour of an overrun
            await pilot.pause()
            assert clock.value == "+1:01" and clock.size.height == rows
            assert console.app.screen.query_one("#floor").has_class("-overrun")
    finally:
        console.session.close()


async def test_the_display_clock_is_readable_from_the_back_at_100x30(tmp_path):
    writer, clock, app = setup(tmp_path)
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            writer.give_floor()
            clock.advance(65)
            app.follow()
            await pilot.pause()
            big = app.query_one("#display-clock", BigClock)
            assert big.size.height >= 10 and big.value == "8:55"
            assert "8:55" in screen_text(app)  # and in words under it
            rows = [line for line in screen_text(app).splitlines() if "████" in line]
            assert len(rows) >= 8
    finally:
        writer.close()
