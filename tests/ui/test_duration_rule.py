"""One rounding rule for a duration shown (durations.whole_seconds): the console's list of
speakers agrees with the summary and the CSV. On main an ended speech of 419.6 s read 6:59 in the
list (truncated) and 7:00 in the summary."""

from __future__ import annotations

from tests.ui.screen import screen_text
from tui.core.text.durations import rounded_mmss


async def test_an_ended_speech_reads_as_the_summary_says(console):
    s = console.session
    s.give_floor()
    console.clock.advance(419.6)
    s.end()
    assert rounded_mmss(419.6) == "7:00"
    async with console.app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        row = next(line for line in screen_text(console.app).splitlines() if "Ms. Ana Lopes" in line)
        assert "7:00" in row and "6:59" not in row
