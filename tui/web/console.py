"""`debate serve --console`: the Chair's console in a browser (textual-serve), locked to the Chair.

textual-serve alone accepts a websocket from any page the Chair's browser visits (a page on another
site could open it and give the floor or undo), loads a font from a CDN, and gives a second browser
a blank page. Here:
- every request must name this server in `Host` (no DNS rebinding) and, when it has an `Origin`,
  come from this server's own address; the websocket must carry that `Origin`;
- the page and the websocket need a secret generated at start and printed in the address the Chair
  opens, compared in constant time;
- one console at a time: a second browser gets a page that says why;
- the page loads nothing from outside this machine (local font, a Content-Security-Policy).
Anything refused gets 403 (or 409 for the second browser) and one line in the server's log.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import secrets
import shlex
import signal
import sys
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from aiohttp import web
from textual_serve.server import Server

from ..core.storage.session_store import held_by_a_writer

log = logging.getLogger("textual-serve")
TEMPLATES = Path(__file__).parent / "console_templates"
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")
REFUSED_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>
<body style="font-family: system-ui, sans-serif; background: #121212; color: #e6e6e6; padding: 2em">
<h1>{title}</h1><p>{text}</p></body></html>
"""


SECOND_BROWSER = ("the Chair's console is already open in another browser tab or window; only one "
                  "console can change the session at a time: close the other one (or use it), then "
                  "press Restart")


def refused(status: int, title: str, text: str) -> web.Response:
    body = REFUSED_PAGE.format(title=escape(title), text=escape(text))
    return web.Response(status=status, text=body, content_type="text/html",
                        headers={"Content-Security-Policy": "default-src 'none'",
                                 "Cache-Control": "no-store"})


class ConsoleServer(Server):
    def __init__(self, command: str, *, host: str, port: int, title: str, token: str | None = None,
                 busy: Callable[[], str | None] = lambda: None, settle: float = 5.0) -> None:
        super().__init__(command, host=host, port=port, title=title, templates_path=TEMPLATES)
        # Why the session cannot be opened for writing now (another console has it), or None.
        self.busy = busy
        self.settle = settle  # seconds a page waits for the console it replaces to end
        self.refusals: dict[str, str] = {}  # page id -> why its console websocket was refused
        self.token = token or secrets.token_urlsafe(24)
        self.hosts = {f"{name}:{port}" for name in LOOPBACK_NAMES}
        if host not in ("127.0.0.1", "localhost", "::1"):
            self.hosts.add(f"{host}:{port}")
        self.origins = {f"http://{h}" for h in self.hosts}
        self.consoles = 0

    @property
    def address(self) -> str:
        return f"{self.public_url}/?token={self.token}"

    def _token_ok(self, given: str | None) -> bool:
        return given is not None and hmac.compare_digest(given.encode(), self.token.encode())

    def _refuse(self, request: web.Request, why: str) -> web.Response:
        log.warning("debate: refused %s %s from %s (Origin %s): %s", request.method, request.path,
                    request.remote, request.headers.get("Origin", "-"), why)
        return refused(403, "Refused", "This address only opens the console from the address "
                                       "printed by `debate serve --console`, on the Chair's machine.")

    @web.middleware
    async def guard(self, request: web.Request, handler: Any) -> web.StreamResponse:
        if request.headers.get("Host", "") not in self.hosts:
            return self._refuse(request, "unknown Host header")
        origin = request.headers.get("Origin")
        if origin is not None and origin not in self.origins:
            return self._refuse(request, "foreign Origin")
        if request.path.startswith("/ws"):
            if origin is None:
                return self._refuse(request, "websocket without Origin")
            if not self._token_ok(request.match_info.get("token")):
                return self._refuse(request, "websocket without the secret")
        elif request.path in ("/", "/why") and not self._token_ok(request.query.get("token")):
            return self._refuse(request, "page without the secret")
        response: web.StreamResponse = await handler(request)
        return response

    async def _make_app(self) -> web.Application:
        import aiohttp_jinja2
        import jinja2

        app = web.Application(middlewares=[self.guard])
        aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(self.templates_path))
        app.add_routes([
            web.get("/", self.handle_index, name="index"),
            web.get("/ws/{token}", self.handle_websocket, name="websocket"),
            web.get("/ws/{token}/{page}", self.handle_websocket, name="page-websocket"),
            web.get("/why", self.handle_why, name="why"),
            web.get("/download/{key}", self.handle_download, name="download"),
            web.static("/static", self.statics_path, name="static"),
        ])
        app.on_response_prepare.append(self._headers)
        app.on_startup.append(self.on_startup)
        return app

    async def _headers(self, request: web.Request, response: web.StreamResponse) -> None:
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Frame-Options", "DENY")
        if response.content_type == "text/html":
            # textual-serve's page has inline style and script; what matters is that it reaches
            # nothing but this server.
            response.headers.setdefault(
                "Content-Security-Policy",
                "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
                "img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; "
                "base-uri 'none'; form-action 'none'")

    async def _settled(self) -> None:
        """A reload closes the page's websocket just before it asks for the page again, and the
        console behind it takes a moment to close the session and end: wait for that (a few
        seconds at most) rather than tell the Chair the console is open elsewhere."""
        deadline = asyncio.get_running_loop().time() + self.settle
        while (self.consoles or self.busy()) and asyncio.get_running_loop().time() < deadline:
            await asyncio.sleep(0.05)

    async def handle_index(self, request: web.Request) -> web.StreamResponse:
        # Served even while a console is connected: a reload keeps the old page, and its console,
        # until this page arrives. Whether this one may have the console is decided when its
        # websocket comes, once the old one has gone (`_settled`); a refusal is then said on the
        # page by its closed dialog (`/why`).
        busy = None if self.consoles else self.busy()
        if busy:
            # Another program's console has the session: this one would start and stop at once,
            # a blank page with the reason in the server's log only. Said here instead, at each
            # load (Restart after "Session ended" too).
            log.warning("debate: refused the console page from %s: %s", request.remote, busy)
            return refused(409, "The session is already open", f"{busy[:1].upper()}{busy[1:]}. "
                           "Then reload this page.")
        import aiohttp_jinja2

        # The websocket address carries the secret; it is built from the Host the Chair used
        # (checked above), so the page and its websocket share one origin.
        # Each page has its id in its websocket's address: a refusal is told to that page alone.
        page = secrets.token_urlsafe(8)
        ws_url = f"ws://{request.headers['Host']}/ws/{self.token}/{page}"
        context = {
            "font_size": 16,
            "app_websocket_url": ws_url,
            "config": {"static": {"url": "/static/"}},
            "application": {"name": self.title},
            "why_url": f"/why?token={self.token}&page={page}",
        }
        return aiohttp_jinja2.render_template("app_index.html", request, context)

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        await self._settled()
        why = SECOND_BROWSER if self.consoles else self.busy()
        if why:
            log.warning("debate: refused a console websocket from %s: %s", request.remote, why)
            page = request.match_info.get("page")
            if page:
                self.refusals[page] = why
                while len(self.refusals) > 100:  # the latest pages are enough
                    del self.refusals[next(iter(self.refusals))]
            raise web.HTTPConflict(text=why)
        self.consoles += 1
        try:
            return await super().handle_websocket(request)
        finally:
            self.consoles -= 1

    async def handle_why(self, request: web.Request) -> web.Response:
        """Why this page's console websocket was refused ("" if it was not): the page's closed
        dialog shows it instead of "Session ended"."""
        reason = self.refusals.get(request.query.get("page", ""), "")
        return web.Response(text=f"{reason[:1].upper()}{reason[1:]}" if reason else "",
                            headers={"Cache-Control": "no-store"})

    async def on_startup(self, app: web.Application) -> None:
        pass  # (textual-serve's prints its banner here, before the bind: see `serve`)

    def serve(self, debug: bool = False) -> None:
        """As textual-serve's, with the address printed once the socket is bound: printed at
        startup, it stood above "address already in use" as if the console were being served."""
        self.debug = debug
        self.initialize_logging()
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        for number in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(number, self.request_exit)
        web.run_app(self._make_app(), host=self.host, port=self.port, handle_signals=False, loop=loop,
                    print=lambda _banner: self.banner())

    def banner(self) -> None:
        self.console.print(f"Serving the Chair's console of {self.title!r}.", highlight=False, markup=False)
        self.console.print(f"Open (this address is the key; do not share it):\n  {self.address}",
                           highlight=False, markup=False, soft_wrap=True)
        self.console.print("Press Ctrl+C to quit", highlight=False, markup=False)


def serve_console(path: Path, directory: Path, *, host: str, port: int, lang: str, ui_lang: str) -> None:
    command = [sys.executable, "-m", "tui", "run", path.stem, "--sessions-dir", str(directory),
               "--ui-lang", ui_lang, "--lang", lang]
    server = ConsoleServer(shlex.join(command), host=host, port=port, title=f"{path.stem} — console",
                           busy=lambda: held_by_a_writer(path))
    server.serve()  # OSError (port in use…) is the caller's one-line error
