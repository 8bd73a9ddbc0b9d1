"""Run the crash child, SIGKILL it at a random moment, and check what survived."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from tui.core.debate.clock import SystemClock
from tui.core.debate.engine import Session
from tui.core.storage.session_store import SessionStore, StoreError

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Outcome:
    runs: int = 0
    acknowledged: int = 0
    lost: int = 0
    corrupted: int = 0
    max_clock_error: float = 0.0
    killed_acting: int = 0  # runs killed after the child had acknowledged `after_acks` actions
    failures: list[str] = field(default_factory=list)


ENGINE = "tests.reliability.crash_child"
CONSOLE = "tests.reliability.console_child"


def kill_once(path: Path, seed: int, rng: random.Random, outcome: Outcome, child_module: str = ENGINE,
              longest: float = 0.25, after_acks: int = 0) -> None:
    """Start the child, wait until it is ready and has acknowledged `after_acks` actions, then
    SIGKILL it after a random delay of at most `longest` seconds, and check what survived."""
    child = subprocess.Popen([sys.executable, "-m", child_module, str(path), str(seed)],
                             cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    acks: list[tuple[int, str, float, float]] = []  # seq, type, at (child), received (parent clock)
    ready = threading.Event()
    acting = threading.Event()
    # A random number of acknowledgements to wait for, so that kills do not all land at the same
    # point of the child's sequence of actions.
    target = after_acks + rng.randrange(4) if after_acks else 0

    def read() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("ready"):
                ready.set()
            elif line.startswith("ack "):
                _, seq, kind, at = line.split()
                acks.append((int(seq), kind, float(at), time.time()))
                if len(acks) >= target:
                    acting.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if not ready.wait(20):
        child.kill()
        outcome.failures.append(f"run {seed}: child never ready: {child.stderr.read()[:300]}")  # type: ignore[union-attr]
        return
    if target and not acting.wait(60):
        child.kill()
        outcome.failures.append(f"run {seed}: only {len(acks)} actions acknowledged in 60 s")
        return
    time.sleep(rng.uniform(0.0, longest))
    os.kill(child.pid, signal.SIGKILL)
    at_kill = len(acks)
    child.wait()
    reader.join(5)
    outcome.runs += 1
    outcome.acknowledged += len(acks)
    if after_acks and at_kill >= after_acks:
        outcome.killed_acting += 1
    try:
        store = SessionStore.open(path, writer=False)
        state = store.state()
    except StoreError as exc:
        outcome.corrupted += 1
        outcome.failures.append(f"run {seed}: {exc}")
        return
    on_disk = {e["seq"]: e for e in store.events()}
    store.close()
    for seq, kind, at, _ in acks:
        ev = on_disk.get(seq)
        if ev is None or ev["type"] != kind or ev["at"] != at:
            outcome.lost += 1
            outcome.failures.append(f"run {seed}: acknowledged event {seq} ({kind}) missing")
    # The running clock: the floor given at an acknowledged instant, never paused since, shows
    # the time since then.
    floor = state.floor
    given = [a for a in acks if a[1] == "floor.give" and floor is not None and a[2] == floor.started]
    if floor is not None and floor.running_since is not None and not floor.pauses and given:
        now = SystemClock().now()
        error = abs(floor.elapsed(now) - (now - given[-1][3]))
        outcome.max_clock_error = max(outcome.max_clock_error, error)
        if error > 1.0:
            outcome.failures.append(f"run {seed}: clock off by {error:.3f} s after restart")
    # A new writer must be able to take over at once: the kernel dropped the dead one's lock.
    try:
        writer = SessionStore.open(path, writer=True)
        Session(writer, SystemClock())
        writer.close()
    except StoreError as exc:
        outcome.failures.append(f"run {seed}: cannot reopen for writing: {exc}")


def kill_many(directory: Path, runs: int, seed: int = 0, child_module: str = ENGINE,
              longest: float = 0.25, after_acks: int = 0) -> Outcome:
    """`runs` kills in a row of the same session's writer, each restart going on from the last."""
    rng = random.Random(seed)
    outcome = Outcome()
    path = directory / "crash.json"
    for n in range(runs):
        kill_once(path, seed * 100_000 + n, rng, outcome, child_module, longest, after_acks)
    return outcome
