"""The served room display in a real browser (headless Chromium), following the writer live."""

from __future__ import annotations

import asyncio
import os
import re
import socket
import subprocess
import sys
import time

import pytest

from tests.browser.cdp import Browser, chromium
from tests.conftest import GUIDE_2011, ROOT
from tests.ui.conftest import SPEAKERS
from tui.core.debate.clock import SystemClock
from tui.core.storage.sessions import create_session

pytestmark = [pytest.mark.slow, pytest.mark.skipif(chromium() is None, reason="chromium is not installed")]
CLOCK = re.compile(r"\d+:\d\d  (left|OVER TIME|PAUSED)")
VIEWERS = 10


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(sessions, session_id: str, port: int) -> subprocess.Popen:
    env = {**os.environ, "DEBATE_SESSIONS_DIR": str(sessions), "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-m", "tui", "serve", session_id, "--port", str(port)],
                               cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return process
        time.sleep(0.1)
    process.kill()
    raise AssertionError(f"debate serve did not listen: {process.stderr.read()[:500]!r}")


async def wait_for(page, predicate, timeout=30.0, start=0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = (await page.received())[start:]
        if predicate(text):
            return text
        await asyncio.sleep(0.2)
    raise AssertionError(f"never seen; the page received (tail): {(await page.received())[-600:]!r}")


def test_served_display_follows_the_console(tmp_path):
    sessions = tmp_path / "sessions"
    writer = create_session(sessions, GUIDE_2011, SystemClock(), speakers=SPEAKERS, session_id="room")
    writer.give_floor(writer.state.order[1])  # Brazil
    port = free_port()
    server = serve(sessions, "room", port)

    async def scenario() -> None:
        browser = Browser()
        try:
            await browser.start()
            pages = [await browser.new_page(f"http://127.0.0.1:{port}/") for _ in range(VIEWERS)]
            for page in pages:  # ten viewers at once, each its own read-only process
                await wait_for(page, lambda t: "Brazil" in t and CLOCK.search(t))
            marks = [len(await page.received()) for page in pages]
            writer.give_floor(writer.state.order[2])  # the Chair gives the floor to Nigeria
            for page, mark in zip(pages, marks, strict=True):
                await wait_for(page, lambda t: "Nigeria" in t and CLOCK.search(t), timeout=15, start=mark)
        finally:
            await browser.close()

    try:
        asyncio.run(scenario())
    finally:
        server.terminate()
        server.wait(10)
        writer.close()
    # Every viewer was read-only: the session holds only what the writer did.
    assert [e["type"] for e in writer.events][-2:] == ["floor.give", "floor.give"]

