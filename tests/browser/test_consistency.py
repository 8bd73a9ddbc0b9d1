"""One scripted debate seen three ways: the console (tmux), the room display (tmux) and the
projector page of `debate serve` (headless Chromium) must agree at every step."""

from __future__ import annotations

import asyncio
import sys
import time

import pytest

from tests.browser.cdp import Browser, chromium
from tests.browser.test_web_views import free_port, open_view, serve, stop
from tests.conftest import GUIDE_2011, ROOT
from tests.e2e.tmux import Pane, available, program_env

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(chromium() is None or not available(), reason="needs chromium and tmux")]


def test_console_display_and_browser_agree(tmp_path):
    sessions = tmp_path / "sessions"
    speakers = tmp_path / "speakers.csv"
    speakers.write_text("Brazil,member-state,GRULAC\nNigeria,member-state,AFR\n")
    env = program_env(sessions, ROOT)
    console = Pane([sys.executable, "-m", "tui", "run", "--guide", str(GUIDE_2011), "--speakers",
                    str(speakers)], env, str(tmp_path))
    panes = [console]
    server = None
    try:
        console.wait_for("Nobody has the floor")
        (session_file,) = sessions.glob("*.json")
        display = Pane([sys.executable, "-m", "tui", "display", session_file.stem], env, str(tmp_path))
        panes.append(display)
        display.wait_for("Nobody has the floor")
        port = free_port()
        server = serve(sessions, session_file.stem, port)

        async def scenario() -> None:
            browser = Browser()
            try:
                await browser.start()
                page = await open_view(browser, f"http://127.0.0.1:{port}/?lang=en", (1280, 800))
                await shows(page, "Nobody has the floor")
                # The regional group of the speaker on the floor is shown only under their name.
                for keys, expected in ((["n"], "Caribbean States"), (["n"], "African States"),
                                       (["c"], "LIST CLOSED"), (["s"], "Nobody has the floor")):
                    console.keys(*keys)
                    if expected != "LIST CLOSED":  # the console says it in its own words
                        console.wait_for(expected)
                    display.wait_for(expected, timeout=5)  # follows within its polling period
                    await shows(page, expected)
            finally:
                await browser.close()

        asyncio.run(scenario())
        console.keys("q")
        console.wait_gone()
    finally:
        for pane in panes:
            pane.kill()
        if server is not None:
            stop(server)


async def shows(page, text: str, timeout: float = 10) -> None:
    """Wait until the page's visible text holds `text` (the page follows by Server-Sent Events)."""
    deadline = time.monotonic() + timeout
    seen = ""
    while time.monotonic() < deadline:
        seen = str(await page.evaluate("document.body ? document.body.innerText : ''"))
        if text in seen:
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"{text!r} never appeared on the page; it shows:\n{seen}")
