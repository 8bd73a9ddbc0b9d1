"""`debate serve`: the web server's routes, headers, pushes and texts, without a browser."""

from __future__ import annotations

import asyncio
import json
import os
import re
import string
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from tests.conftest import GUIDE_2011
from tests.ui.conftest import SPEAKERS
from tui.core.debate.clock import SystemClock
from tui.core.storage.sessions import create_session
from tui.core.text.languages import LANGUAGES
from tui.web import server as web_server
from tui.web.console import ConsoleServer
from tui.web.server import CSP, RoomServer
from tui.web.texts import TEXTS

STATIC = Path(web_server.__file__).parent / "static"


@pytest.fixture
def room(tmp_path):
    writer = create_session(tmp_path, GUIDE_2011, SystemClock(), speakers=SPEAKERS, session_id="room")
    yield writer
    writer.close()


async def client_for(app: web.Application) -> TestClient:
    client = TestClient(TestServer(app))
    await client.start_server()
    return client


async def next_event(stream, kind: str) -> dict | float:
    """The data of the next SSE message of this kind."""
    event, data = None, None
    while True:
        line = (await asyncio.wait_for(stream.readline(), 5)).decode().rstrip("\n")
        if line.startswith("event: "):
            event = line[7:]
        elif line.startswith("data: "):
            data = line[6:]
        elif line == "" and event is not None:
            if event == kind:
                return json.loads(data) if kind == "state" else float(data)
            event = None


async def test_every_response_carries_the_strict_policy_and_nothing_changes_anything(room):
    client = await client_for(RoomServer(room.log.path, poll=0.02).app())
    try:
        for path in ("/", "/list", "/static/app.js", "/static/app.css", "/static/texts.js", "/state.json",
                     "/nothing"):
            r = await client.get(path)
            assert r.headers["Content-Security-Policy"] == CSP, path
            assert r.headers["X-Content-Type-Options"] == "nosniff"
        assert "'unsafe-inline'" not in CSP and "default-src 'none'" in CSP
        for method in ("POST", "PUT", "DELETE", "PATCH"):
            for path in ("/", "/list", "/events", "/state.json"):
                assert (await client.request(method, path)).status == 405
        assert (await client.get("/static/../server.py")).status == 404
        assert (await client.get("/static/projector.html")).status == 404  # only the listed files
    finally:
        await client.close()
    assert [e["type"] for e in room.events] == ["list.add", "panel.add"]


async def test_the_language_is_allow_listed_never_echoed(room):
    client = await client_for(RoomServer(room.log.path).app())
    try:
        page = await (await client.get("/list?lang=ar")).text()
        assert '<html lang="ar" dir="rtl">' in page
        page = await (await client.get('/?lang="><script>alert(1)</script>')).text()
        assert '<html lang="en" dir="ltr">' in page and "alert" not in page
    finally:
        await client.close()


async def test_each_change_is_pushed_once_with_a_growing_sequence_number(room):
    server = RoomServer(room.log.path, poll=0.02, heartbeat=0.2)
    client = await client_for(server.app())
    try:
        r = await client.get("/events")
        assert r.headers["Content-Type"] == "text/event-stream"
        assert isinstance(await next_event(r.content, "time"), float)  # the server's time comes first
        first = await next_event(r.content, "state")
        assert first["floor"] is None and [s["name"] for s in first["speakers"]][:2] == ["Ms. Ana Lopes",
                                                                                            "Brazil"]
        room.give_floor(room.state.order[1])
        second = await next_event(r.content, "state")
        assert second["seq"] > first["seq"] and second["floor"]["name"] == "Brazil"
        assert second["floor"]["running"] is True and second["floor"]["limit"] == 300
        assert isinstance(await next_event(r.content, "time"), float)  # the heartbeat, when idle
        room.close_list()
        third = await next_event(r.content, "state")
        assert third["seq"] > second["seq"] and third["list_closed"] is True
        assert server.viewers == 1
        state = await (await client.get("/state.json")).json()
        assert state["seq"] == third["seq"]
    finally:
        await client.close()


async def test_an_unreadable_file_keeps_the_last_state_and_says_so(room):
    server = RoomServer(room.log.path, poll=0.02, heartbeat=5)
    client = await client_for(server.app())
    try:
        r = await client.get("/events")
        good = await next_event(r.content, "state")
        broken = room.log.path.with_name("broken.tmp")  # replaced at once, as any writer does
        broken.write_text("{ not json")
        broken.replace(room.log.path)
        bad = await next_event(r.content, "state")
        assert bad["seq"] == good["seq"] and bad["speakers"] == good["speakers"]
        assert "not a readable session file" in bad["problem"]
    finally:
        await client.close()


def test_every_language_has_every_text_with_the_same_placeholders():
    assert set(TEXTS) == set(LANGUAGES)
    def fields_of(text: str) -> set[str]:
        return {f for _, f, _, _ in string.Formatter().parse(text) if f}

    fields = {key: fields_of(text) for key, text in TEXTS["en"].items()}
    for lang, table in TEXTS.items():
        assert set(table) == set(fields), lang
        for key, text in table.items():
            assert text.strip(), (lang, key)
            assert fields_of(text) == fields[key], (lang, key)


def test_every_category_group_and_kind_has_a_text():
    from tui.core.debate.participants import CATEGORIES, REGIONAL_GROUPS

    keys = ([f"cat.{c}" for c in CATEGORIES] + [f"group.{g}" for g in REGIONAL_GROUPS]
            + [f"kind.{k}" for k in ("statement", "presentation", "reply", "point-of-order")])
    assert [k for k in keys if k not in TEXTS["en"]] == []


def test_the_pages_set_text_only_and_load_nothing_from_outside():
    script = (STATIC / "app.js").read_text()
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "Function("):
        assert sink not in script, sink
    for name in ("app.js", "app.css", "projector.html", "list.html"):
        text = (STATIC / name).read_text()
        assert not re.search(r"(https?:)?//[a-z0-9]", text.replace("// ", "")), name
        assert "<script>" not in text and "style=" not in text, name  # nothing inline: the CSP forbids it


# -- serve --console: locked to the Chair ------------------------------------------------------------


@pytest.fixture
async def console():
    server = ConsoleServer("true", host="127.0.0.1", port=8123, title="room — console", token="s3cret-token")
    client = await client_for(await server._make_app())
    yield server, client
    await client.close()


HOST = {"Host": "127.0.0.1:8123"}


async def test_the_console_page_needs_the_secret_and_this_server(console, caplog):
    _, client = console
    assert (await client.get("/?token=s3cret-token", headers=HOST)).status == 200
    page = await (await client.get("/?token=s3cret-token", headers=HOST)).text()
    assert "fonts.googleapis" not in page and "ws://127.0.0.1:8123/ws/s3cret-token" in page
    assert not re.search(r"https?://(?!127\.0\.0\.1:8123)", page.replace("http://www.w3.org/2000/svg", ""))
    refused = [
        await client.get("/", headers=HOST),  # no secret
        await client.get("/?token=s3cret-tokem", headers=HOST),  # a wrong one
        await client.get("/?token=s3cret-token", headers={"Host": "evil.example:8123"}),  # DNS rebinding
        await client.get("/?token=s3cret-token", headers={**HOST, "Origin": "http://evil.example"}),
    ]
    assert [r.status for r in refused] == [403, 403, 403, 403]
    assert "printed by `debate serve --console`" in await refused[0].text()
    assert len([r for r in caplog.records if "debate: refused" in r.getMessage()]) == 4


async def test_the_console_websocket_needs_this_origin_and_the_secret(console):
    server, client = console
    ws_headers = {**HOST, "Connection": "Upgrade", "Upgrade": "websocket", "Sec-WebSocket-Version": "13",
                  "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ=="}
    cases = [
        ("/ws/s3cret-token", {"Origin": "http://evil.example"}),  # a page on another site
        ("/ws/s3cret-token", {}),  # no Origin at all
        ("/ws/wrong", {"Origin": "http://127.0.0.1:8123"}),  # this site, no secret
        ("/ws/s3cret-token", {"Origin": "http://127.0.0.1:8123.evil.example"}),
    ]
    for path, extra in cases:
        r = await client.get(path, headers={**ws_headers, **extra})
        assert r.status == 403, (path, extra)
    assert server.consoles == 0  # nothing was started


WS = {**HOST, "Origin": "http://127.0.0.1:8123", "Connection": "Upgrade", "Upgrade": "websocket",
      "Sec-WebSocket-Version": "13", "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ=="}


async def test_a_second_browser_is_told_why(console):
    server, client = console
    server.settle = 0.1
    server.consoles = 1  # the Chair's browser is connected
    # The page is served (a reload keeps the old page and its console until it arrives)...
    page = await (await client.get("/?token=s3cret-token", headers=HOST)).text()
    ws_path = re.search(r"ws://127\.0\.0\.1:8123(/ws/[^\"]+)", page)[1]
    why = re.search(r'"(/why[^"]+)"', page)[1]
    # ...its websocket is refused while the other console is still there, and the page is told why.
    assert (await client.get(ws_path, headers=WS)).status == 409 and server.consoles == 1
    text = await (await client.get(why.replace("\\u0026", "&"), headers=HOST)).text()
    assert text.startswith("The Chair's console is already open in another browser tab or window")
    other = await client.get("/why?token=s3cret-token&page=another", headers=HOST)
    assert await other.text() == ""  # told to that page alone
    assert (await client.get("/why?page=x", headers=HOST)).status == 403  # the secret, as the page


async def test_a_reload_waits_for_the_console_it_replaces(console):
    server, _ = console
    server.consoles = 1  # the reloaded page's console, closing

    async def closes() -> None:
        await asyncio.sleep(0.3)
        server.consoles = 0

    task = asyncio.create_task(closes())
    await server._settled()
    await task
    assert server.consoles == 0


def test_the_projector_gets_the_forecast_only_when_the_chair_puts_it_on(tmp_path):
    from tui.core.debate.clock import FakeClock
    from tui.web.state import web_state

    clock = FakeClock()
    writer = create_session(tmp_path, GUIDE_2011, clock, speakers=SPEAKERS, session_id="fc")
    try:
        def shown() -> bool:
            return web_state(writer.log.meta, writer.state, clock.now(), None)["forecast"]["on_display"]

        assert not shown()
        writer.show_forecast_on_display(True)
        assert shown()
        writer.show_forecast_on_display(False)
        assert not shown()
    finally:
        writer.close()


def test_the_state_gives_each_known_name_in_french_and_spanish_and_keeps_the_stored_one(tmp_path):
    """The page in French shows "Brésil" for the stored "Brazil" (app.js `nameIn`); a name the
    tables do not know (a person, "UNODC" as typed) has no other form and is shown as typed."""
    from tui.core.debate.clock import FakeClock
    from tui.web.state import web_state

    clock = FakeClock()
    writer = create_session(tmp_path, GUIDE_2011, clock, speakers=SPEAKERS, session_id="names")
    try:
        writer.give_floor(writer.state.order[1])
        state = web_state(writer.log.meta, writer.state, clock.now(), None)
        assert state["floor"]["name"] == "Brazil" and state["speakers"][2]["name"] == "Nigeria"
        assert state["names"] == {"Brazil": {"fr": "Brésil", "es": "Brasil"},
                                  "Nigeria": {"fr": "Nigéria"}}
    finally:
        writer.close()



async def test_the_forecast_follows_the_clock_between_changes(tmp_path):
    """Nobody speaks, nothing is written: the list still ends later as time passes, and the room
    must see the end the console sees, not the one of the last change."""
    from tui.core.debate.clock import FakeClock

    clock = FakeClock()
    start = clock.now()
    writer = create_session(tmp_path, GUIDE_2011, clock, speakers=SPEAKERS, session_id="fc-time",
                            meetings=[(start, start + 3600)])
    writer.show_forecast_on_display(True)
    server = RoomServer(writer.log.path, poll=0.02, heartbeat=0.2, clock=clock.now)
    client = await client_for(server.app())
    try:
        r = await client.get("/events")
        first = await next_event(r.content, "state")
        clock.advance(10 * 60)  # ten minutes of silence
        later = await next_event(r.content, "state")
        assert later["seq"] == first["seq"]  # nothing happened in the session...
        assert later["forecast"]["ends_at"] == first["forecast"]["ends_at"] + 600  # ...but time passed
        assert later["forecast"]["spare_minutes"] == first["forecast"]["spare_minutes"] - 10
    finally:
        await client.close()
        writer.close()


def test_the_room_sees_the_minutes_the_console_sees_and_the_unreached_only_when_shown(tmp_path):
    from tui.core.debate.clock import FakeClock
    from tui.core.debate.forecast import forecast, forecast_text
    from tui.web.state import web_state

    clock = FakeClock()
    start = clock.now()
    # The four speakers need 26 min (a panellist's 10, three of 5, four changeovers of 0:15); the
    # meeting ends 10 min 55 s from now: 15 min 5 s past, said "16" (rounded, it would read 15).
    writer = create_session(tmp_path, GUIDE_2011, clock, speakers=SPEAKERS, session_id="fc-min",
                            meetings=[(start, start + 655)])
    try:
        state = web_state(writer.log.meta, writer.state, clock.now(), None)["forecast"]
        assert state["spare_minutes"] == -16 and state["unreached"] == []  # not shown: not told
        assert "+16 min" in forecast_text(forecast(writer.state, writer.limits, clock.now()), short=True)
        writer.show_forecast_on_display(True)
        state = web_state(writer.log.meta, writer.state, clock.now(), None)["forecast"]
        assert len(state["unreached"]) == 3
    finally:
        writer.close()


async def test_a_session_another_console_holds_is_said_on_the_page_not_left_blank(tmp_path):
    """Opened by a console in a terminal after `serve --console` started: the page (and Restart
    after "Session ended") says so; before, the console process stopped at once, a blank page."""
    from tui.core.storage.session_store import held_by_a_writer

    writer = create_session(tmp_path, GUIDE_2011, SystemClock(), speakers=SPEAKERS, session_id="k1")
    path = tmp_path / "k1.json"
    server = ConsoleServer("true", host="127.0.0.1", port=8123, title="k1 — console", token="s3cret-token",
                           busy=lambda: held_by_a_writer(path), settle=0.1)
    client = await client_for(await server._make_app())
    try:
        r = await client.get("/?token=s3cret-token", headers=HOST)
        text = await r.text()
        assert r.status == 409 and "Session k1 is already open for writing (process " in text
        assert "close the other console. Then reload this page." in text
        ws = await client.get("/ws/s3cret-token", headers={
            **HOST, "Origin": "http://127.0.0.1:8123", "Connection": "Upgrade", "Upgrade": "websocket",
            "Sec-WebSocket-Version": "13", "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ=="})
        assert ws.status == 409 and server.consoles == 0  # no console process started
        writer.close()  # the other console quits: the page opens the console again
        assert held_by_a_writer(path) is None
        assert (await client.get("/?token=s3cret-token", headers=HOST)).status == 200
    finally:
        await client.close()
        writer.close()


def test_serve_console_refuses_at_start_a_session_open_for_writing(tmp_path, capsys, monkeypatch):
    from tests.test_cli_guide import run

    def served(self):
        raise AssertionError("served a console that cannot open its session")

    monkeypatch.setattr(ConsoleServer, "serve", served)
    writer = create_session(tmp_path, GUIDE_2011, SystemClock(), speakers=SPEAKERS, session_id="k1")
    try:
        code, out, err = run(capsys, "serve", "k1", "--console", "--sessions-dir", str(tmp_path))
    finally:
        writer.close()
    assert code == 1 and out == ""
    assert err == (f"debate: session k1 is already open for writing (process {os.getpid()}); open it "
                   "read-only (debate display) or close the other console\n")
