"""`debate serve`: the projector and the delegates' list in headless Chromium, following a scripted
debate (floor given, pause, overrun, list closed), in Arabic, across a lost connection, and making
no request outside the server."""

from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.browser.cdp import Browser, Page, chromium
from tests.conftest import GUIDE_2011, ROOT
from tests.ui.conftest import SPEAKERS
from tui.core.debate.clock import SystemClock
from tui.core.debate.participants import Participant
from tui.core.storage.sessions import create_session
from tui.web.texts import TEXTS

pytestmark = [pytest.mark.slow, pytest.mark.skipif(chromium() is None, reason="chromium is not installed")]

PROJECTOR = (1920, 1080)
PHONE = (390, 844)
# The browser must follow within a second; the wait allows for a loaded test machine and the
# measured delays are printed (bench/web_viewers.py gives the real figures).
FOLLOW = 1.0
PATIENCE = 8.0

PROBE = """(() => {
  const $ = (id) => document.getElementById(id);
  const text = (id) => ($(id) ? $(id).textContent : null);
  const box = $("floor") || $("now");
  if (!document.body || !box) { return JSON.stringify({seq: null}); }
  return JSON.stringify({
    seq: document.body.dataset.seq || null, name: text("floor-name"), clock: text("clock"),
    status: text("floor-status"), phase: box.className, closed: $("list-closed").hidden === false,
    closedText: text("list-closed"), next: text("next"), connection: text("connection"),
    rows: Array.from(document.querySelectorAll("#speakers li"))
      .map((li) => li.className + "|" + li.textContent),
    me: text("me-status"), dir: getComputedStyle(document.body).direction,
    htmlDir: document.documentElement.dir, heading: text("next-heading") || text("list-heading"),
    width: document.documentElement.scrollWidth, viewport: window.innerWidth,
  });
})()"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve(sessions: Path, session_id: str, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "DEBATE_SESSIONS_DIR": str(sessions), "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-m", "tui", "serve", session_id, "--port", str(port)],
                               cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return process
        if process.poll() is not None:
            break
        time.sleep(0.05)
    process.kill()
    raise AssertionError(f"debate serve did not listen: {process.stderr.read()[:500]!r}")  # type: ignore[union-attr]


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


async def probe(page: Page) -> dict:
    return json.loads(await page.evaluate(PROBE))


async def until(page: Page, what: str, predicate, timeout: float = PATIENCE) -> tuple[dict, float]:
    start = time.monotonic()
    seen: dict = {}
    while time.monotonic() - start < timeout:
        seen = await probe(page)
        if seen.get("seq") is not None and predicate(seen):
            return seen, time.monotonic() - start
        await asyncio.sleep(0.05)
    raise AssertionError(f"{what}: never seen; the page shows {seen}")


async def open_view(browser: Browser, url: str, size: tuple[int, int]) -> Page:
    page = await browser.blank_page(*size)
    await page.call("Page.navigate", url=url)
    return page


def outside(page: Page, port: int) -> list[str]:
    mine = (f"http://127.0.0.1:{port}/",)
    return [u for u in page.requested() if not u.startswith(mine)]


def errors(page: Page) -> list[dict]:
    return [e for e in page.events if e.get("method") == "Runtime.exceptionThrown"]


def shots_dir(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("DEBATE_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def session(tmp_path: Path):
    sessions = tmp_path / "sessions"
    # A right of reply of one second: the overrun comes by itself, counted by the browser.
    writer = create_session(sessions, GUIDE_2011, SystemClock(), speakers=SPEAKERS, session_id="room",
                            overrides={"right_of_reply": 1}, title="CCPCJ 20 <b>thematic</b> debate")
    writer.add_speakers([Participant.make(f"Delegation {n}", "observer-state") for n in range(1, 15)])
    return sessions, writer


class Served:
    """`debate serve room` on a free port of the loopback; `restart` serves another folder there."""

    def __init__(self, sessions: Path) -> None:
        self.port = free_port()
        self.process = serve(sessions, "room", self.port)

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def stop(self) -> None:
        stop(self.process)

    def restart(self, sessions: Path) -> None:
        self.process = serve(sessions, "room", self.port)


def in_browser(served: Served, writer, body) -> None:
    """`await body(browser)` in a fresh headless Chromium, then the server stopped, the writer closed."""

    async def scenario() -> None:
        browser = Browser()
        try:
            await browser.start()
            await body(browser)
        finally:
            await browser.close()

    try:
        asyncio.run(scenario())
    finally:
        served.stop()
        writer.close()


def test_projector_and_list_follow_a_scripted_debate(tmp_path):
    sessions, writer = session(tmp_path)
    served = Served(sessions)
    port = served.port
    shots = shots_dir(tmp_path)
    delays: list[float] = []

    async def scenario(browser: Browser) -> None:
        projector = await open_view(browser, served.url(), PROJECTOR)
        phone = await open_view(browser, served.url("/list"), PHONE)
        for page in (projector, phone):
            await until(page, "first state", lambda s: True)
        seen, _ = await probe(projector), None
        assert seen["name"] == "Nobody has the floor" and "phase-idle" in seen["phase"]
        # The reader picks their delegation on the list (as a phone would, through the menu).
        await phone.evaluate("""(() => { const s = document.getElementById("me-select");
            s.value = "Delegation 9"; s.dispatchEvent(new Event("change")); })()""")
        seen, _ = await until(phone, "you are No.", lambda s: s["me"].startswith("You are No. 13"))
        assert "12 before you" in seen["me"]

        async def step(action, what, check_projector, check_phone) -> None:
            action()  # durable when it returns
            for page, check in ((projector, check_projector), (phone, check_phone)):
                _, delay = await until(page, what, check)
                delays.append(delay)

        # 1. The floor given.
        await step(lambda: writer.give_floor(writer.state.order[1]), "floor given",
                   lambda s: s["name"] == "Brazil" and "phase-running" in s["phase"]
                   and re.fullmatch(r"[45]:\d\d", s["clock"]) and "Nigeria" in s["next"],
                   lambda s: s["name"] == "Brazil"
                   and any(r.startswith("speaker status-speaking") and "Brazil" in r for r in s["rows"]))
        await projector.screenshot(shots / "projector-running.png")
        # 2. Paused: the clock stands still.
        await step(writer.pause, "paused",
                   lambda s: "phase-paused" in s["phase"] and "PAUSED" in s["status"],
                   lambda s: "phase-paused" in s["phase"])
        frozen = (await probe(projector))["clock"]
        await asyncio.sleep(1.2)
        assert (await probe(projector))["clock"] == frozen
        # 3. A right of reply of one second: over time, counted up by the browser alone.
        reply = writer.add_speaker(Participant.make("Nigeria", "member-state", "AFR"), reply=True)
        await step(lambda: writer.give_floor(reply), "overrun",
                   lambda s: s["name"] == "Nigeria" and "phase-overrun" in s["phase"]
                   and s["clock"].startswith("+") and "OVER TIME" in s["status"],
                   lambda s: s["name"] == "Nigeria" and "phase-overrun" in s["phase"])
        await projector.screenshot(shots / "projector-overrun.png")
        # 4. The list closed.
        await step(writer.close_list, "list closed",
                   lambda s: s["closed"] and s["closedText"] == "LIST CLOSED",
                   lambda s: s["closed"])
        await projector.screenshot(shots / "projector-closed.png")
        await phone.screenshot(shots / "list-phone.png")
        seen = await probe(phone)
        assert seen["width"] <= seen["viewport"], "the list scrolls sideways on a phone"
        # The title is text, never HTML.
        assert await projector.evaluate("document.getElementById('title').textContent") \
            == "CCPCJ 20 <b>thematic</b> debate"
        assert await projector.evaluate("document.querySelector('#title b')") is None
        for page in (projector, phone):
            assert outside(page, port) == []
            assert errors(page) == []

    in_browser(served, writer, scenario)
    print(f"\nfollow delays (s): {', '.join(f'{d:.2f}' for d in delays)}; shots in {shots}")
    # Nothing the viewers did reached the session.
    assert [e["type"] for e in writer.events][-1] == "list.close"
    assert sorted(delays)[len(delays) // 2] < FOLLOW


def test_arabic_is_right_to_left_and_every_language_has_its_texts(tmp_path):
    sessions, writer = session(tmp_path)
    writer.give_floor(writer.state.order[1])
    writer.set_topic(*_first_topic(writer))
    served = Served(sessions)
    port = served.port
    shots = shots_dir(tmp_path)

    async def scenario(browser: Browser) -> None:
        projector = await open_view(browser, served.url("/?lang=ar"), PROJECTOR)
        phone = await open_view(browser, served.url("/list?lang=ar"), PHONE)
        seen, _ = await until(projector, "Arabic projector", lambda s: s["name"] == "Brazil")
        assert seen["htmlDir"] == "rtl" and seen["dir"] == "rtl"
        assert seen["heading"] == TEXTS["ar"]["next"] and TEXTS["ar"]["phase.running"] in seen["status"]
        # The guide has no Arabic text for the sub-theme: shown in English, marked.
        marks = await projector.evaluate(
            "Array.from(document.querySelectorAll('#topic .fallback')).map((e) => e.textContent)")
        assert marks and all(m == "(EN)" for m in marks)
        seen, _ = await until(phone, "Arabic list", lambda s: s["name"] == "Brazil")
        assert seen["dir"] == "rtl" and seen["heading"] == TEXTS["ar"]["list"]
        assert seen["width"] <= seen["viewport"]
        await projector.screenshot(shots / "projector-ar.png")
        await phone.screenshot(shots / "list-ar.png")
        # A language the server does not know is English, never echoed into the page.
        page = await open_view(browser, served.url("/?lang=%22%3E%3Cscript%3E"), PROJECTOR)
        seen, _ = await until(page, "unknown language", lambda s: s["name"] == "Brazil")
        assert seen["htmlDir"] == "ltr" and seen["heading"] == "Next speakers"
        for p in (projector, phone, page):
            assert outside(p, port) == [] and errors(p) == []

    in_browser(served, writer, scenario)


def _first_topic(writer) -> tuple[str, str | None]:
    guide = writer.guide
    subtheme = guide.all_subthemes()[0]
    return subtheme.id, None


def test_a_lost_connection_is_shown_and_an_older_state_never_replaces_a_newer_one(tmp_path):
    sessions, writer = session(tmp_path)
    writer.give_floor(writer.state.order[1])
    older = tmp_path / "older"
    older.mkdir()
    shutil.copy(sessions / "room.json", older / "room.json")  # the session one action behind
    writer.give_floor(writer.state.order[2])
    served = Served(sessions)

    async def scenario(browser: Browser) -> None:
        page = await open_view(browser, served.url(), PROJECTOR)
        first, _ = await until(page, "Nigeria", lambda s: s["name"] == "Nigeria")
        served.stop()
        seen, _ = await until(page, "connection lost",
                              lambda s: re.fullmatch(r"Connection lost — last update \d\d:\d\d:\d\d",
                                                     s["connection"] or ""))
        assert seen["name"] == "Nigeria"  # the last state stays on the screen
        # The server comes back on an older copy of the session: the page reconnects by itself
        # and keeps the newer state it already showed.
        served.restart(older)
        seen, _ = await until(page, "reconnected", lambda s: s["connection"] == "")
        assert seen["name"] == "Nigeria" and seen["seq"] == first["seq"]

    in_browser(served, writer, scenario)


def test_in_french_the_pages_name_states_in_french_and_remember_the_stored_name(tmp_path):
    """?lang=fr: "Brésil" on the projector and the list for the stored "Brazil", "Nigéria" next;
    the delegation chosen in the list's menu is the stored name, so a reader's choice holds in
    every language; a name the tables do not know ("Delegation 3") is shown as typed."""
    sessions, writer = session(tmp_path)
    writer.give_floor(writer.state.order[1])
    served = Served(sessions)
    port = served.port

    async def scenario(browser: Browser) -> None:
        projector = await open_view(browser, served.url("/?lang=fr"), PROJECTOR)
        seen, _ = await until(projector, "French projector", lambda s: s["name"] == "Brésil")
        assert "Nigéria" in seen["next"] and "Nigeria" not in seen["next"]
        phone = await open_view(browser, served.url("/list?lang=fr"), PHONE)
        seen, _ = await until(phone, "French list", lambda s: s["name"] == "Brésil")
        assert any("Brésil" in r for r in seen["rows"]) and not any("Brazil" in r for r in seen["rows"])
        assert any("Delegation 3" in r for r in seen["rows"])
        options = json.loads(await phone.evaluate(
            "JSON.stringify(Array.from(document.querySelectorAll('#me-select option'))"
            ".map((o) => [o.value, o.textContent]))"))
        assert ["Brazil", "Brésil"] in options and ["Nigeria", "Nigéria"] in options
        for p in (projector, phone):
            assert outside(p, port) == [] and errors(p) == []

    in_browser(served, writer, scenario)


def test_bidi_overrides_and_controls_in_names_reach_neither_page(tmp_path):
    """A name `Bidi\u202eevil\u202c` read "Bidilive" on the projector and the list: the pages now
    get U+FFFD for it as the terminal shows it, and each name is isolated (an Arabic name never
    reorders what stands beside it)."""
    from tests.hostile import forbidden_in

    sessions = tmp_path / "sessions"
    writer = create_session(sessions, GUIDE_2011, SystemClock(), session_id="room",
                            title="Debate\u202etxt.exe\u202c", speakers=[
                                Participant.make("Brazil", "member-state", "GRULAC")])
    writer._record("list.add", speakers=[  # as a session file may hold them, past the engine's cleaning
        {"name": "Bidi\u202eevil\u202c", "category": "member-state", "title": "Dir\u2067ector"},
        {"name": "Esc\x1b[2Jape\x07", "category": "ngo"}, {"name": "مصر", "category": "member-state"}])
    writer.give_floor(writer.state.order[1])
    served = Served(sessions)
    port = served.port

    async def scenario(browser: Browser) -> None:
        projector = await open_view(browser, served.url(), PROJECTOR)
        phone = await open_view(browser, served.url("/list"), PHONE)
        for page in (projector, phone):
            seen, _ = await until(page, "the bidi name on the floor", lambda s: s["name"].startswith("Bidi"))
            assert seen["name"] == "Bidi\ufffdevil\ufffd"
            text = await page.evaluate("document.body.innerText + document.title")
            assert forbidden_in(text) == [] and "Esc␛[2Jape␇" in text and "مصر" in text
            isolated = json.loads(await page.evaluate(
                "JSON.stringify(Array.from(document.querySelectorAll('.name, .who'))"
                ".map((e) => getComputedStyle(e).unicodeBidi))"))
            assert isolated and set(isolated) == {"isolate"}
            assert outside(page, port) == [] and errors(page) == []
        assert await projector.evaluate("document.getElementById('floor-title').textContent") \
            == "Dir\ufffdector"
        await projector.screenshot(shots_dir(tmp_path) / "projector-bidi.png")

    in_browser(served, writer, scenario)


def test_the_projector_says_the_forecast_as_the_console_does_once_the_chair_shows_it(tmp_path):
    """The whole minutes past the meeting as the console counts them (15:05 past is "16", never a
    rounded 15), and how many would not be reached; nothing before the Chair's F."""
    from tui.core.debate.forecast import clock_time, forecast, forecast_text

    sessions = tmp_path / "sessions"
    clock = SystemClock()
    now = clock.now()
    # The four speakers need 26:00 with their changeovers: the meeting ends 10:55 from now.
    writer = create_session(sessions, GUIDE_2011, clock, speakers=SPEAKERS, session_id="room",
                            meetings=[(now - 60, now + 655)])
    served = Served(sessions)

    async def scenario(browser: Browser) -> None:
        projector = await open_view(browser, served.url(), PROJECTOR)
        await until(projector, "first state", lambda s: True)
        box = "document.getElementById('forecast')"
        shown = f"{box}.hidden ? null : {box}.textContent"
        assert await projector.evaluate(shown) is None
        writer.show_forecast_on_display(True)
        deadline = time.monotonic() + PATIENCE
        while await projector.evaluate(shown) is None and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        f = forecast(writer.state, writer.limits, clock.now())
        assert "+16 min, 3 not reached" in forecast_text(f, short=True)
        said = await projector.evaluate(shown)
        # (the end time read a few seconds apart may fall either side of a minute)
        ends = {clock_time(f.ends_at - 10), clock_time(f.ends_at)}
        assert said.startswith("List ends ≈ ") and said[12:17] in ends
        assert said[17:] == " · 16 min past the meeting · speakers not reached: 3"

    in_browser(served, writer, scenario)
