"""One aiohttp server for the room: follows the session once, pushes each change to every browser.

Every viewer holds one Server-Sent Events stream. On a change the server computes the state once,
encodes it once, and wakes every stream, which writes the latest message: a slow browser skips
intermediate states instead of queueing them, and nothing is ever sent out of order (each message
carries the session's last event number, and the page ignores a lower one).

Nothing here can change the session: the routes are GET only and the session is opened read-only.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

from aiohttp import web

from ..core.bank.guide import Guide
from ..core.storage.session_store import StoreError
from ..core.storage.sessions import session_guide
from .follow import Follower, follower
from .state import web_state
from .texts import RTL, pick_lang, texts_js

log = logging.getLogger("debate.web")

# Nothing but this server: no inline script or style, no frames, no forms, no plug-ins.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
       "font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}
STATIC = {
    "app.css": "text/css; charset=utf-8",
    "app.js": "text/javascript; charset=utf-8",
}
PAGES = {"/": "projector.html", "/list": "list.html"}
# The forecast moves with the clock even when nothing is written (nobody on the floor, the end of
# the list slides later): it is computed again this often, and pushed when what it shows changed.
FORECAST_EVERY = 5.0


def _forecast_shown(state: dict[str, Any]) -> tuple[Any, ...]:
    """What the pages show of the forecast, to the minute: a new second alone is not news."""
    fc = state.get("forecast") or {}
    expected = fc.get("expected") or {}
    return (fc.get("on_display"), fc.get("meeting"), int(fc.get("ends_at") or 0) // 60,
            fc.get("spare_minutes"), tuple(fc.get("unreached") or ()),
            tuple((k, int(v) // 60) for k, v in sorted(expected.items())))


def _package_file(name: str) -> bytes:
    return (resources.files(__package__) / "static" / name).read_bytes()


class RoomServer:
    def __init__(self, path: Path, *, poll: float = 0.1, heartbeat: float = 10.0,
                 max_viewers: int = 2000, default_lang: str = "en",
                 clock: Callable[[], float] = time.time, source: Follower | None = None) -> None:
        self.path = path
        self.poll, self.heartbeat, self.max_viewers = poll, heartbeat, max_viewers
        self.default_lang = pick_lang(default_lang)
        self.clock = clock
        self.source = source if source is not None else follower(path)
        self.guide: Guide | None = None
        self.viewers = 0
        self.version = 0
        self.message = b""
        self.state: dict[str, Any] | None = None
        self._problem: str | None = None
        self._forecast_at = 0.0
        self._changed: asyncio.Future[None] | None = None
        self._closing = False
        self._task: asyncio.Task[None] | None = None
        self._files = {name: _package_file(name) for name in STATIC}
        self._files["texts.js"] = texts_js()
        self._pages = {route: _package_file(name).decode() for route, name in PAGES.items()}

    # -- following the session --------------------------------------------------------------------

    def read(self) -> dict[str, Any] | None:
        """Catch up with the file (in a worker thread); the new state, or None when unchanged."""
        try:
            changed = self.source.poll()
            if self.guide is None and changed:
                self.guide = session_guide(self.source.meta)
            problem = None
        except (StoreError, OSError) as exc:
            changed, problem = False, str(exc)
        if not changed and problem == self._problem:
            return self._forecast_moved()
        self._problem = problem
        if self.state is None and problem is not None:
            return {"seq": 0, "at": self.clock(), "problem": problem}
        if not changed and self.state is not None:
            return {**self.state, "at": self.clock(), "problem": problem}
        self._forecast_at = self.clock()
        return web_state(self.source.meta, self.source.state(), self.clock(), self.guide, problem)

    def _forecast_moved(self) -> dict[str, Any] | None:
        """The state again, when time alone has moved what the pages show of the forecast."""
        now = self.clock()
        if self.state is None or "forecast" not in self.state or now - self._forecast_at < FORECAST_EVERY:
            return None
        self._forecast_at = now
        fresh = web_state(self.source.meta, self.source.state(), now, self.guide, self._problem)
        return fresh if _forecast_shown(fresh) != _forecast_shown(self.state) else None

    def publish(self, state: dict[str, Any]) -> None:
        self.state = state
        data = json.dumps(state, ensure_ascii=False, separators=(",", ":"))
        self.message = f"id: {state['seq']}\nevent: state\ndata: {data}\n\n".encode()
        self.version += 1
        self._wake()

    def _wake(self) -> None:
        if self._changed is not None and not self._changed.done():
            self._changed.set_result(None)
        self._changed = asyncio.get_running_loop().create_future()

    async def follow(self) -> None:
        while not self._closing:
            try:
                state = await asyncio.to_thread(self.read)
            except Exception:  # a bug must not stop the room's screens: log it, keep the last state
                log.exception("following %s", self.path)
                state = None
            if state is not None:
                self.publish(state)
            await asyncio.sleep(self.poll)

    # -- the web application ---------------------------------------------------------------------

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/", self.page)
        app.router.add_get("/list", self.page)
        app.router.add_get("/events", self.events)
        app.router.add_get("/state.json", self.state_json)
        app.router.add_get("/static/{name}", self.static)
        app.on_response_prepare.append(_secure)
        app.on_startup.append(self._start)
        app.on_shutdown.append(self._stop)
        return app

    async def _start(self, app: web.Application) -> None:
        self._wake()
        state = await asyncio.to_thread(self.read)
        if state is not None:
            self.publish(state)
        self._task = asyncio.create_task(self.follow())

    async def _stop(self, app: web.Application) -> None:
        self._closing = True
        self._wake()  # every stream returns
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self.source.close()

    async def page(self, request: web.Request) -> web.Response:
        lang = pick_lang(request.query.get("lang", self.default_lang))
        # Only the two allow-listed values are put in the page; no request text ever is.
        html = self._pages[request.path].replace("{{lang}}", lang).replace(
            "{{dir}}", "rtl" if lang in RTL else "ltr")
        return web.Response(text=html, content_type="text/html", charset="utf-8",
                            headers={"Cache-Control": "no-cache"})

    async def static(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        if name not in self._files:
            raise web.HTTPNotFound()
        kind = STATIC.get(name, "text/javascript; charset=utf-8")
        return web.Response(body=self._files[name], headers={"Content-Type": kind,
                                                             "Cache-Control": "no-cache"})

    async def state_json(self, request: web.Request) -> web.Response:
        return web.Response(body=self.message.split(b"data: ", 1)[-1].strip() or b"null",
                            content_type="application/json", headers={"Cache-Control": "no-store"})

    def _time_message(self) -> bytes:
        return f"event: time\ndata: {self.clock():.3f}\n\n".encode()

    async def events(self, request: web.Request) -> web.StreamResponse:
        if self.viewers >= self.max_viewers:
            raise web.HTTPServiceUnavailable(text="too many viewers on this server")
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream",
                                               "Cache-Control": "no-store", "X-Accel-Buffering": "no"})
        self.viewers += 1
        try:
            await response.prepare(request)
            # The server's time first: the page corrects its clock by it (the state's own `at` is
            # when the state was computed, possibly long before this viewer came).
            await response.write(b"retry: 2000\n\n" + self._time_message())
            sent = -1
            while not self._closing:
                if sent != self.version:  # checked after every write: a change may come meanwhile
                    sent = self.version
                    await response.write(self.message)
                    continue
                assert self._changed is not None
                done, _ = await asyncio.wait([self._changed], timeout=self.heartbeat)
                if not done:  # nothing new: the server's time, so the page knows the link is alive
                    await response.write(self._time_message())
        except (ConnectionResetError, ConnectionError):
            pass
        finally:
            self.viewers -= 1
        return response


async def _secure(request: web.Request, response: web.StreamResponse) -> None:
    response.headers.update(SECURITY_HEADERS)


def run(server: RoomServer, host: str, port: int, on_ready: Callable[[], None] | None = None) -> None:
    def ready(_banner: str) -> None:
        # aiohttp prints its banner once the socket is bound: only then is the address true.
        # (on_startup comes before the bind: "Serving session ..." was printed above "address
        # already in use".)
        if on_ready is not None:
            on_ready()

    web.run_app(server.app(), host=host, port=port, print=ready, access_log=None, shutdown_timeout=2)
