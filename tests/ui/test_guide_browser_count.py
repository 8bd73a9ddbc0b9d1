"""The guide browser's count says "1 option", not "1 options" (a guide with one option)."""

from __future__ import annotations

from tests.conftest import MINIMAL
from tui.core.bank.loader import load_guide
from tui.screens.guide_browser import GuideBrowser


async def test_one_option_is_singular_in_both_languages(console):
    guide = load_guide(MINIMAL)  # 2 questions, 1 option
    async with console.app.run_test(size=(120, 40)) as pilot:
        for ui, said in (("en", "3 of 3 (2 questions, 1 option)"), ("fr", "3 sur 3 (2 questions, 1 option)")):
            await console.app.push_screen(GuideBrowser(guide, ui, "en"))
            await pilot.pause()
            assert str(console.app.screen.query_one("#guide-count").content) == said
            console.app.pop_screen()
            await pilot.pause()
