"""Benchmark of `debate serve`: N browsers' worth of Server-Sent Events viewers on loopback while a
writer performs the Chair's actions.

For each N (default 10, 100, 500) it starts a real `debate serve` process, opens N concurrent
`/events` streams from this process (aiohttp; they parse what a browser's EventSource would), then
performs --actions actions on the session (give the floor, pause, resume, next…), one every
--gap seconds, each through the engine as the console does (durable when it returns). It reports:
- the server's resident memory (RSS, and its peak) with N viewers connected;
- the server's CPU time per action (user + system, over the action phase, divided by actions);
- the latency from the durable write (the engine call returned) to the event carrying that action's
  sequence number received by the LAST of the N viewers: median and p95 over the actions.
Targets: 500 viewers under 150 MB in one process; p95 under 1 s at 500 viewers.

Baseline, measured in the same run: textual-serve serving the terminal room display (what
`debate serve` was), one `debate display` process per browser: its memory per viewer (the
server and its children, before and after --ts-viewers websockets) and CPU per action per viewer.

    python bench/web_viewers.py [--viewers 10 100 500] [--actions 20] [--gap 0.5] [--ts-viewers 3]

Bounded: at most 2,000 viewers, 200 actions, and a time limit per phase; the file-descriptor
limit is raised for this process and the server (each viewer is one socket on each side).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import resource
import shlex
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import aiohttp  # noqa: E402

from bench.table import print_table  # noqa: E402

MAX_VIEWERS = 2000
MAX_ACTIONS = 200
PHASE_LIMIT = 120.0  # seconds, for connecting the viewers and for the actions
TICK = os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_listening(port: int, process: subprocess.Popen[bytes], limit: float = 30) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        if process.poll() is not None:
            break
        time.sleep(0.05)
    process.kill()
    raise SystemExit(f"the server did not listen on {port}")


def rss_kb(pid: int) -> tuple[int, int]:
    """(VmRSS, VmHWM) of a process, in kB."""
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(rest.split()[0])
    return values.get("VmRSS", 0), values.get("VmHWM", 0)


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK  # utime + stime


def tree(pid: int) -> list[int]:
    """The process and all its descendants."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError, IndexError, ValueError):
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def tree_rss_kb(pid: int) -> int:
    total = 0
    for p in tree(pid):
        with contextlib.suppress(OSError):
            total += rss_kb(p)[0]
    return total


def tree_cpu(pid: int) -> float:
    total = 0.0
    for p in tree(pid):
        with contextlib.suppress(OSError):
            total += cpu_seconds(p)
    return total


def make_session(directory: Path, session_id: str):
    from tests.conftest import GUIDE_2011
    from tui.core.debate.clock import SystemClock
    from tui.core.debate.participants import Participant
    from tui.core.storage.sessions import create_session

    speakers = [Participant.make(f"Delegation {n}", "member-state") for n in range(1, 81)]
    return create_session(directory, GUIDE_2011, SystemClock(), speakers=speakers, session_id=session_id)


def actions(writer):
    """An endless, plausible sequence of the Chair's actions."""
    while True:
        waiting = writer.state.waiting()
        if not waiting:
            return
        yield lambda: writer.give_floor(writer.state.waiting()[0].id)
        yield writer.pause
        yield writer.resume


def timed(action) -> float:
    """Perform the action; the instant it returned, i.e. when the write was durable."""
    action()
    return time.monotonic()


class Viewers:
    """N SSE streams; for every sequence number, when each viewer received it."""

    def __init__(self, url: str, count: int) -> None:
        self.url, self.count = url, count
        self.received: dict[int, list[float]] = {}
        self.connected = 0
        self.tasks: list[asyncio.Task[None]] = []

    async def one(self, session: aiohttp.ClientSession) -> None:
        async with session.get(self.url, timeout=aiohttp.ClientTimeout(total=None, sock_read=60)) as r:
            self.connected += 1
            seq = None
            async for raw in r.content:
                line = raw.rstrip(b"\n")
                if line.startswith(b"id: "):
                    seq = int(line[4:])
                elif line == b"" and seq is not None:
                    self.received.setdefault(seq, []).append(time.monotonic())
                    seq = None

    async def start(self, session: aiohttp.ClientSession) -> None:
        self.tasks = [asyncio.create_task(self.one(session)) for _ in range(self.count)]
        deadline = time.monotonic() + PHASE_LIMIT
        while self.connected < self.count:
            if time.monotonic() > deadline:
                raise SystemExit(f"only {self.connected} of {self.count} viewers connected")
            failed = [t for t in self.tasks if t.done() and t.exception()]
            if failed:
                raise SystemExit(f"a viewer failed: {failed[0].exception()!r}")
            await asyncio.sleep(0.05)

    async def stop(self) -> None:
        for t in self.tasks:
            t.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


async def measure_web(n: int, count: int, gap: float, sessions: Path) -> dict[str, float]:
    session_id = f"bench-{n}"
    writer = make_session(sessions, session_id)
    port = free_port()
    env = {**os.environ, "DEBATE_SESSIONS_DIR": str(sessions), "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen([sys.executable, "-m", "tui", "serve", session_id, "--port", str(port)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_listening(port, server)
        idle_rss = rss_kb(server.pid)[0]
        connector = aiohttp.TCPConnector(limit=0)
        async with aiohttp.ClientSession(connector=connector) as http:
            viewers = Viewers(f"http://127.0.0.1:{port}/events", n)
            await viewers.start(http)
            await asyncio.sleep(1.0)
            latencies: list[float] = []
            cpu0 = cpu_seconds(server.pid)
            steps = actions(writer)
            for _ in range(count):
                action = next(steps)
                written = await asyncio.to_thread(timed, action)
                seq = writer.state.last_seq
                deadline = written + 10
                while len(viewers.received.get(seq, [])) < n and time.monotonic() < deadline:
                    await asyncio.sleep(0.002)
                got = viewers.received.get(seq, [])
                if len(got) < n:
                    raise SystemExit(f"N={n}: only {len(got)} viewers got event {seq} within 10 s")
                # A viewer may see the line before fsync returns (it reads the page cache): 0 then.
                latencies.append(max(0.0, max(got) - written))
                await asyncio.sleep(gap)
            cpu = cpu_seconds(server.pid) - cpu0
            rss, peak = rss_kb(server.pid)
            await viewers.stop()
    finally:
        server.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            server.wait(10)
        if server.poll() is None:
            server.kill()
        writer.close()
    return {"idle_mb": idle_rss / 1024, "rss_mb": rss / 1024, "peak_mb": peak / 1024,
            "cpu_ms": cpu / count * 1000, "median": statistics.median(latencies), "p95": p95(latencies)}


TEXTUAL_SERVE = r"""
import sys
from textual_serve.server import Server
Server(sys.argv[1], host="127.0.0.1", port=int(sys.argv[2]), title="room").serve()
"""


async def measure_textual_serve(k: int, count: int, gap: float, sessions: Path) -> dict[str, float]:
    """The old way: one `debate display` process per browser, behind textual-serve."""
    session_id = "bench-ts"
    writer = make_session(sessions, session_id)
    port = free_port()
    command = shlex.join([sys.executable, "-m", "tui", "display", session_id,
                          "--sessions-dir", str(sessions)])
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen([sys.executable, "-c", TEXTUAL_SERVE, command, str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    sockets: list[aiohttp.ClientWebSocketResponse] = []
    readers: list[asyncio.Task[None]] = []

    async def drain(ws: aiohttp.ClientWebSocketResponse) -> None:
        async for _ in ws:
            pass

    try:
        wait_listening(port, server)
        await asyncio.sleep(0.5)
        before = tree_rss_kb(server.pid)
        async with aiohttp.ClientSession() as http:
            for _ in range(k):
                ws = await http.ws_connect(f"http://127.0.0.1:{port}/ws?width=120&height=40",
                                           max_msg_size=0)
                sockets.append(ws)
                readers.append(asyncio.create_task(drain(ws)))
            await asyncio.sleep(8.0)  # each display process starts, reads the session, draws
            after = tree_rss_kb(server.pid)
            cpu0 = tree_cpu(server.pid)
            steps = actions(writer)
            for _ in range(count):
                await asyncio.to_thread(next(steps))
                await asyncio.sleep(gap)
            cpu = tree_cpu(server.pid) - cpu0
            for ws in sockets:
                await ws.close()
            for t in readers:
                t.cancel()
    finally:
        server.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            server.wait(10)
        if server.poll() is None:
            server.kill()
        writer.close()
    return {"mb_per_viewer": (after - before) / 1024 / k,
            "cpu_ms_per_action_viewer": cpu / count / k * 1000, "cpu_ms_per_action": cpu / count * 1000}


def raise_fd_limit(needed: int) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = min(hard, max(soft, needed))
    if want > soft:
        resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))
    if want < needed:
        raise SystemExit(f"the file-descriptor limit ({hard}) is too low for {needed // 2} viewers")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--viewers", type=int, nargs="+", default=[10, 100, 500])
    parser.add_argument("--actions", type=int, default=20)
    parser.add_argument("--gap", type=float, default=0.5, help="seconds between actions")
    parser.add_argument("--ts-viewers", type=int, default=3, help="textual-serve viewers (0: skip)")
    args = parser.parse_args()
    if any(not 1 <= n <= MAX_VIEWERS for n in args.viewers) or not 1 <= args.actions <= MAX_ACTIONS:
        raise SystemExit(f"viewers 1..{MAX_VIEWERS}, actions 1..{MAX_ACTIONS}")
    raise_fd_limit(2 * max(args.viewers) + 200)  # the server inherits it
    with tempfile.TemporaryDirectory(prefix="bench-web-") as tmp:
        sessions = Path(tmp)
        ts = None
        if args.ts_viewers:
            ts = await measure_textual_serve(args.ts_viewers, min(args.actions, 10), args.gap, sessions)
        results = {n: await measure_web(n, args.actions, args.gap, sessions) for n in args.viewers}
    rows = []
    for n, r in results.items():
        big = n >= 500
        rows += [
            (f"N={n}: server RSS with N viewers (idle {r['idle_mb']:.0f} MB)", f"{r['rss_mb']:.1f} MB",
             "< 150 MB" + (" — ok" if r["rss_mb"] < 150 else " — MISSED") if big else "-"),
            (f"N={n}: server CPU per action", f"{r['cpu_ms']:.1f} ms", "-"),
            (f"N={n}: durable write -> last viewer, median", f"{r['median'] * 1000:.0f} ms", "-"),
            (f"N={n}: durable write -> last viewer, p95", f"{r['p95'] * 1000:.0f} ms",
             "< 1000 ms" + (" — ok" if r["p95"] < 1 else " — MISSED") if big else "-"),
        ]
    if ts is not None:
        rows += [
            (f"textual-serve (baseline, {args.ts_viewers} viewers): memory per viewer",
             f"{ts['mb_per_viewer']:.1f} MB", "-"),
            ("textual-serve: CPU per action per viewer", f"{ts['cpu_ms_per_action_viewer']:.1f} ms", "-"),
        ]
        big = max(results)
        per_viewer_web = (results[big]["rss_mb"] - results[big]["idle_mb"]) / big
        rows.append((f"web server: memory per viewer at N={big}", f"{per_viewer_web * 1024:.0f} kB",
                     f"{ts['mb_per_viewer'] / max(per_viewer_web, 1e-6):.0f}x less than textual-serve"))
    print_table(rows)


if __name__ == "__main__":
    asyncio.run(main())
