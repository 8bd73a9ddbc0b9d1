"""Names of wide characters (CJK), emoji flags and combining marks: the list's columns stay aligned
at 80×24 and a name is cut by cell width, not by characters (on main: by len(), so a CJK name took
twice its column and pushed the status and time out of line)."""

from __future__ import annotations

from rich.cells import cell_len

from tests.ui.screen import screen_text
from tui.core.debate.participants import Participant

NAMES = ["中华人民共和国常驻维也纳代表团团长先生阁下", "🇧🇷 Brazil", "Tu\u0308rkiye", "Japan"]


async def test_columns_stay_aligned_by_cell_width(console):
    for name in NAMES:
        console.session.add_speaker(Participant.make(name, "igo"))
    async with console.app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        table = console.app.screen.query_one("SpeakersTable")
        lines = [table.render_line(y).text for y in range(table.row_count)]
        ends = {cell_len(line.rstrip()) for line in lines}
        assert len(ends) == 1, lines  # the time, right-aligned, ends in the same cell on every row
        assert all(cell_len(line) <= table.size.width for line in lines)
        assert "…" in next(line for line in lines if "中华" in line)
        assert "Japan" in screen_text(console.app)
