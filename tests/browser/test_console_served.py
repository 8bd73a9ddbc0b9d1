"""`debate serve --console` in headless Chromium: the Chair's page works from the printed address,
loads nothing from outside; a page on another site cannot reach the console even knowing the
secret; without the secret, and in a second browser, the page says why."""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
import time

import pytest
from aiohttp import web

from tests.browser.cdp import RECORDER, Browser, chromium
from tests.browser.test_web_views import free_port, outside, stop
from tests.conftest import GUIDE_2011, ROOT
from tests.ui.conftest import SPEAKERS
from tui.core.debate.clock import SystemClock
from tui.core.storage.sessions import create_session

pytestmark = [pytest.mark.slow, pytest.mark.skipif(chromium() is None, reason="chromium is not installed")]

ATTACK = """<!DOCTYPE html><html><body><script>
const ws = new WebSocket("ws://127.0.0.1:{port}/ws/{token}?width=80&height=24");
ws.onopen = () => {{ document.title = "opened"; ws.send(JSON.stringify(["stdin", "n"])); }};
ws.onerror = () => {{ document.title = "refused"; }};
</script></body></html>"""


def serve_console(sessions, port: int) -> tuple[subprocess.Popen[str], str]:
    env = {**os.environ, "DEBATE_SESSIONS_DIR": str(sessions), "PYTHONPATH": str(ROOT), "COLUMNS": "200"}
    command = [sys.executable, "-m", "tui", "serve", "room", "--console", "--port", str(port)]
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True)
    deadline = time.monotonic() + 30
    assert process.stdout is not None
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        found = re.search(r"\?token=([A-Za-z0-9_-]+)", line)
        if found:
            return process, found[1]
    process.kill()
    raise AssertionError("serve --console printed no address")


def test_console_in_the_browser_is_locked_to_the_chair(tmp_path):
    sessions = tmp_path / "sessions"
    create_session(sessions, GUIDE_2011, SystemClock(), speakers=SPEAKERS, session_id="room").close()
    port = free_port()
    server, token = serve_console(sessions, port)

    async def scenario() -> None:
        # A page on another site (another port is another origin) that knows the secret.
        evil_port = free_port()
        async def attack(request: web.Request) -> web.Response:
            return web.Response(text=ATTACK.format(port=port, token=token), content_type="text/html")

        app = web.Application()
        app.router.add_get("/", attack)
        runner = web.AppRunner(app)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", evil_port).start()
        browser = Browser()
        try:
            await browser.start()
            evil = await browser.blank_page(800, 600)
            await evil.call("Page.navigate", url=f"http://127.0.0.1:{evil_port}/")
            for _ in range(100):
                if await evil.evaluate("document.title") in ("opened", "refused"):
                    break
                await asyncio.sleep(0.1)
            assert await evil.evaluate("document.title") == "refused"

            chair = await browser.blank_page(1280, 800)
            await chair.call("Page.addScriptToEvaluateOnNewDocument", source=RECORDER)
            await chair.call("Page.navigate", url=f"http://127.0.0.1:{port}/?token={token}")
            for _ in range(300):  # the console process starts and draws the list of speakers
                if "Brazil" in await chair.received():
                    break
                await asyncio.sleep(0.1)
            assert "Brazil" in await chair.received()
            assert outside(chair, port) == [], "the console's page loads something from outside"

            second = await browser.blank_page(800, 600)
            await second.call("Page.navigate", url=f"http://127.0.0.1:{port}/?token={token}")
            for _ in range(150):  # its websocket waits a few seconds (a reload's old console ends)
                if "already open in another browser" in await second.evaluate(
                        "document.body ? document.body.innerText : ''"):
                    break
                await asyncio.sleep(0.1)
            assert "already open in another browser" in await second.evaluate("document.body.innerText")
            stranger = await browser.blank_page(800, 600)
            await stranger.call("Page.navigate", url=f"http://127.0.0.1:{port}/")
            await asyncio.sleep(1.0)
            assert "printed by `debate serve --console`" in await stranger.evaluate("document.body.innerText")
        finally:
            await browser.close()
            await runner.cleanup()

    try:
        asyncio.run(scenario())
    finally:
        stop(server)  # type: ignore[arg-type]
        log = server.stdout.read() if server.stdout else ""
    assert "refused GET /ws/" in log and "foreign Origin" in log
    assert "refused GET / " in log and "page without the secret" in log
    # The page on another site gave nobody the floor (the Chair's page opened the session, no more).
    types = re.findall(rb'"type":"([a-z.-]+)"', (sessions / "room.json").read_bytes())
    assert set(types) <= {b"list.add", b"panel.add", b"session.opened", b"session.closed"}, types


def test_a_reload_or_a_closed_tab_is_no_crash(tmp_path):
    """Each reload of the Chair's page, and the tab closed, ends the console process in order:
    before, each was recorded as a crash ("Session resumed after 0:17 down")."""
    from tui.core.debate.clock import FakeClock
    from tui.core.storage.sessions import open_session

    sessions = tmp_path / "sessions"
    create_session(sessions, GUIDE_2011, SystemClock(), speakers=SPEAKERS, session_id="room").close()
    port = free_port()
    server, token = serve_console(sessions, port)

    def opened() -> int:
        return (sessions / "room.json").read_bytes().count(b'"type":"session.opened"')

    async def wait_for(what, predicate, page=None) -> None:
        for _ in range(300):
            if predicate():
                return
            await asyncio.sleep(0.1)
        text = await page.evaluate("document.body.innerText") if page else ""
        raise AssertionError(f"{what}: never seen {text[:300]!r}")

    async def scenario() -> None:
        browser = Browser()
        try:
            await browser.start()
            chair = await browser.blank_page(1280, 800)
            await chair.call("Page.navigate", url=f"http://127.0.0.1:{port}/?token={token}")
            await wait_for("the console", lambda: opened() == 1)
            await asyncio.sleep(1.5)  # the console up a while: what was counted as downtime
            await chair.call("Page.reload")
            await wait_for("the console again", lambda: opened() == 2, chair)
            await asyncio.sleep(1.5)
            await browser.close_tab(chair)
            await wait_for("the close", lambda: b'"session.closed"'
                           in (sessions / "room.json").read_bytes().splitlines()[-1])
        finally:
            await browser.close()

    try:
        asyncio.run(scenario())
    finally:
        stop(server)  # type: ignore[arg-type]
    session = open_session(sessions / "room.json", FakeClock(), writer=False)
    session.close()
    events = session.events
    assert events[-1]["type"] == "session.closed"
    assert [e["data"]["crashed"] for e in events if e["type"] == "session.opened"] == [False, False]
    assert session.state.downtime == []
