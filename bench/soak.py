"""Soak test of durability: SIGKILL session writers hundreds of times and count what survived.

Two kinds of writer are killed at random moments, each restart going on with the same session:
the engine driven directly as fast as it goes (--runs, 500 by default), and the real Chair's
console, headless, driven by keys (--console-runs). Each acknowledges an action on stdout once it
is on disk. After every kill: the file must open (else "corrupted"), every acknowledged action
must be in it (else "lost"), and a speaker given the floor at an acknowledged instant and never
paused must show the time since then (the clock error). The baseline is the cost of one durable
action, measured in the same run.

    python bench/soak.py [--runs 500] [--console-runs 30] [--seed 7]
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

from bench.table import print_table  # noqa: E402
from tests.reliability.killing import CONSOLE, ENGINE, kill_many  # noqa: E402
from tui.core.debate.clock import SystemClock  # noqa: E402
from tui.core.debate.engine import Session  # noqa: E402
from tui.core.debate.participants import Participant  # noqa: E402
from tui.core.debate.session_meta import SessionMeta  # noqa: E402
from tui.core.storage.session_store import SessionStore  # noqa: E402


def action_cost(directory: Path, events: int, repeats: int = 50) -> float:
    """Median ms of one durable action on a session already holding `events` events."""
    store = SessionStore.create(directory, SessionMeta(f"cost-{events}", created=0.0))
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
    parser.add_argument("--runs", type=int, default=500)
    parser.add_argument("--console-runs", type=int, default=30)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    failures = []
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for label, module, runs, longest in (("engine", ENGINE, args.runs, 0.25),
                                              ("console", CONSOLE, args.console_runs, 2.5)):
            if not runs:
                continue
            d = Path(tmp) / label
            d.mkdir()
            t = time.perf_counter()
            o = kill_many(d, runs, args.seed, module, longest)
            rows += [
                (f"{label}: SIGKILL runs ({time.perf_counter() - t:.0f} s)", str(o.runs),
                 "≥ 500" if label == "engine" else "-"),
                (f"{label}: acknowledged actions", str(o.acknowledged), "-"),
                (f"{label}: corrupted session files", str(o.corrupted), "0"),
                (f"{label}: lost acknowledged actions", str(o.lost), "0"),
                (f"{label}: max clock error after restart", f"{o.max_clock_error:.3f} s", "< 1 s"),
            ]
            failures += o.failures
        d = Path(tmp)
        small, big = action_cost(d, 100), action_cost(d, 2000)
        rows += [("durable action, 100-event session (median, baseline)", f"{small:.2f} ms", "-"),
                 ("durable action, 2,000-event session (median)", f"{big:.2f} ms", "< 50 ms")]
    print(f"seed {args.seed}")
    print_table(rows)
    for line in failures[:10]:
        print("FAIL", line)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
