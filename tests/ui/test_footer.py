"""The footer is rebuilt when what it shows changes, and only then (tui/widgets/footer.py)."""

from __future__ import annotations

import pytest
from textual.widgets._footer import FooterKey

from tui.widgets.footer import FittingFooter


def keys(app) -> list[FooterKey]:
    return list(app.screen.query_one(FittingFooter).query(FooterKey))


@pytest.mark.slow
async def test_the_footer_follows_a_new_binding_and_is_not_rebuilt_for_nothing(console):
    async with console.app.run_test(size=(400, 40)) as pilot:  # room for every key
        footer = console.app.screen.query_one(FittingFooter)
        for _ in range(100):  # the first footer is built once the screen's bindings are known
            await pilot.pause()
            if footer._built is not None and keys(console.app):
                break
        await pilot.pause()
        before = keys(console.app)
        assert before, "the main screen's footer shows its keys"
        console.app.screen.refresh_bindings()  # nothing changed: the same footer stays
        await pilot.pause()
        assert keys(console.app) == before
        assert all(a is b for a, b in zip(keys(console.app), before, strict=True))
        console.app.screen._bindings.bind("f9", "app.bell", "Extra key")
        console.app.screen.refresh_bindings()
        for _ in range(100):  # the footer is rebuilt after the screen's next refresh
            await pilot.pause()
            if "Extra key" in [k.description for k in keys(console.app)]:
                break
        assert "Extra key" in [k.description for k in keys(console.app)]
