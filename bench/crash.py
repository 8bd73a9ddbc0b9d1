"""Benchmark of durability: SIGKILL a session writer many times and count what survived.

A child process records actions as fast as it can (speakers, floor, points, undo), printing an
acknowledgement after each is on disk; it is killed at a random moment, the session is reopened,
and every acknowledged action must be there, the file must open, and the running clock must show
the time since the floor was given (within 1 s). The baseline is the cost of one durable action.

    python bench/crash.py [--runs 200] [--seed 7]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.reliability.killing import kill_many  # noqa: E402
from tui.core.clock import SystemClock  # noqa: E402
from tui.core.engine import Session  # noqa: E402
from tui.core.participants import Participant  # noqa: E402
from tui.core.store import SessionStore  # noqa: E402


def action_cost(directory: Path, events: int, repeats: int = 50) -> float:
    """Median ms of one durable action on a session already holding `events` events."""
    store = SessionStore.create(directory, {"id": f"cost-{events}", "created": 0.0})
    session = Session(store, SystemClock())
    brazil = Participant.make("Brazil", "member-state", "GRULAC")
    for n in range(events // 2):
        session.add_speaker(brazil) if n % 2 else session.add_point(f"point {n}")
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        session.add_point("timed point")
        times.append((time.perf_counter() - t) * 1000)
    store.close()
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        t = time.perf_counter()
        outcome = kill_many(d, args.runs, args.seed)
        elapsed = time.perf_counter() - t
        cost_small, cost_big = action_cost(d, 100), action_cost(d, 2000)
    print(f"SIGKILL runs: {outcome.runs} in {elapsed:.0f} s, seed {args.seed}")
    print(f"{'measure':<48}{'value':>12}  target")
    print(f"{'acknowledged actions':<48}{outcome.acknowledged:>12}  -")
    print(f"{'corrupted session files':<48}{outcome.corrupted:>12}  0")
    print(f"{'lost acknowledged actions':<48}{outcome.lost:>12}  0")
    print(f"{'max clock error after restart (s)':<48}{outcome.max_clock_error:>12.3f}  < 1.000")
    print(f"{'durable action, 100-event session (ms, median)':<48}{cost_small:>12.2f}  -")
    print(f"{'durable action, 2,000-event session (ms, median)':<48}{cost_big:>12.2f}  < 50")
    for line in outcome.failures[:10]:
        print("FAIL", line)
    sys.exit(1 if outcome.failures else 0)


if __name__ == "__main__":
    main()
