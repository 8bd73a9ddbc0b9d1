"""Just enough of the Chrome DevTools Protocol to open pages in headless Chromium and read what a
textual-serve page received. The terminal is drawn on a canvas, so the page's DOM holds no text:
a script installed before the page loads records the terminal output its WebSocket receives."""

from __future__ import annotations

import asyncio
import itertools
import json
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import aiohttp

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--remote-debugging-port=0", "--window-size=1280,800"]

RECORDER = """
(() => {
  const Native = window.WebSocket;
  const decoder = new TextDecoder();
  window.__received = "";
  function Recorded(url, protocols) {
    const ws = protocols === undefined ? new Native(url) : new Native(url, protocols);
    ws.addEventListener("message", (event) => {
      const data = event.data;
      if (typeof data === "string") { window.__received += data; }
      else if (data instanceof ArrayBuffer) { window.__received += decoder.decode(data, {stream: true}); }
      else if (data instanceof Blob) {
        data.arrayBuffer().then((b) => { window.__received += decoder.decode(b, {stream: true}); });
      }
    });
    return ws;
  }
  Recorded.prototype = Native.prototype;
  Object.assign(Recorded, {CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3});
  window.WebSocket = Recorded;
})();
"""


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


class Page:
    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self.ws = ws
        self.ids = itertools.count(1)
        self.events: list[dict[str, Any]] = []  # what Chromium reported meanwhile (Network…)
        self.target = ""  # Chromium's id of the tab, to close it

    async def call(self, method: str, **params: Any) -> dict[str, Any]:
        call_id = next(self.ids)
        await self.ws.send_str(json.dumps({"id": call_id, "method": method, "params": params}))
        while True:
            message = json.loads((await self.ws.receive(timeout=30)).data)
            if message.get("id") == call_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            if "method" in message:
                self.events.append(message)

    async def open(self, url: str) -> None:
        await self.call("Page.enable")
        await self.call("Page.addScriptToEvaluateOnNewDocument", source=RECORDER)
        await self.call("Page.navigate", url=url)

    async def evaluate(self, expression: str) -> Any:
        result = await self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression[:60]}: {result['exceptionDetails']}")
        return result.get("result", {}).get("value")

    async def screenshot(self, path: Path) -> None:
        import base64

        data = await self.call("Page.captureScreenshot", format="png")
        path.write_bytes(base64.b64decode(data["data"]))

    def requested(self) -> list[str]:
        """Every URL the page asked for since it was opened (Network.enable)."""
        return [e["params"]["request"]["url"] for e in self.events
                if e.get("method") == "Network.requestWillBeSent"]

    async def received(self) -> str:
        result = await self.call("Runtime.evaluate", expression="window.__received || ''")
        return str(result.get("result", {}).get("value", ""))


class Browser:
    """Headless Chromium with its own profile folder, removed on close."""

    def __init__(self) -> None:
        exe = chromium()
        if exe is None:
            raise RuntimeError("chromium is not installed")
        self.profile = Path(tempfile.mkdtemp(prefix="debate-chromium-"))
        self.process = subprocess.Popen([exe, *FLAGS, f"--user-data-dir={self.profile}", "about:blank"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.session: aiohttp.ClientSession | None = None
        self.port = 0

    async def start(self) -> None:
        port_file = self.profile / "DevToolsActivePort"
        for _ in range(300):
            if port_file.exists() and port_file.read_text().strip():
                self.port = int(port_file.read_text().split()[0])
                break
            await asyncio.sleep(0.1)
        else:
            raise RuntimeError("chromium did not open its debugging port")
        self.session = aiohttp.ClientSession()

    async def blank_page(self, width: int | None = None, height: int | None = None) -> Page:
        """A page that records its network requests, at this viewport size, not yet navigated."""
        assert self.session is not None
        async with self.session.put(f"http://127.0.0.1:{self.port}/json/new?about:blank") as r:
            target = await r.json(content_type=None)
        ws = await self.session.ws_connect(target["webSocketDebuggerUrl"], max_msg_size=0)
        page = Page(ws)
        page.target = target["id"]
        await page.call("Page.enable")
        await page.call("Network.enable")
        await page.call("Runtime.enable")
        if width and height:
            await page.call("Emulation.setDeviceMetricsOverride", width=width, height=height,
                            deviceScaleFactor=1, mobile=width < 600)
        return page

    async def new_page(self, url: str) -> Page:
        assert self.session is not None
        async with self.session.put(f"http://127.0.0.1:{self.port}/json/new?about:blank") as r:
            target = await r.json(content_type=None)
        ws = await self.session.ws_connect(target["webSocketDebuggerUrl"], max_msg_size=0)
        page = Page(ws)
        await page.open(url)
        return page

    async def close_tab(self, page: Page) -> None:
        """Close the page's tab, as the Chair closing it does (navigating away is not that: since
        Chromium 156 a page left with its websocket open may wait in the back/forward cache)."""
        assert self.session is not None
        async with self.session.get(f"http://127.0.0.1:{self.port}/json/close/{page.target}") as r:
            await r.read()

    async def close(self) -> None:
        if self.session is not None:
            await self.session.close()
        self.process.kill()
        self.process.wait()
        shutil.rmtree(self.profile, ignore_errors=True)
