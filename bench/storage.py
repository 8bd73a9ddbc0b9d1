"""Benchmark of the session journal: durable action, follower refresh and opening, by session size.

Sessions of 100, 2,000 and 50,000 events (speakers added, given the floor, points recorded,
speeches ended: the console's mix) are written as format-2 files, then timed (medians):

1. Durable action: `Session.add_point` on the session opened for writing, the whole of it (the
   event, the check that no other program changed the file, the appended line, its sync, the
   fold); beside it the same action with that check switched off, and the check alone, timed
   alternately. Baseline, same run and same folder: appending a line of the same size to a file
   and syncing it (the floor any durable action pays on this disk), timed alternately with the
   actions. Target: ≤ 1 ms at 2,000 and ≤ 1.5 ms at 50,000,
   and ≤ 3× the floor.
2. Refresh of a reader after one action: `SessionFollower.poll()` (what the room display and the
   web server do every half second) once the writer appended one action. Baseline: what a
   refresh cost in format 1, reading and folding the whole file (`SessionStore.open` + `state`).
   Target: ≤ 5 ms at 50,000 events.
3. Opening: `open_session` (read, check, fold once), read-only. Baseline: `json.loads` of the
   file's lines alone. Target: ≤ 300 ms at 50,000 events.

    python bench/storage.py [--repeats 50] [--sizes 100,2000,50000]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.table import print_table  # noqa: E402
from tui.core.debate.clock import FakeClock  # noqa: E402
from tui.core.debate.engine import MemoryLog, Session  # noqa: E402
from tui.core.debate.participants import Participant  # noqa: E402
from tui.core.storage.follower import SessionFollower  # noqa: E402
from tui.core.storage.journal import FORMAT, JournalStorage, encode  # noqa: E402
from tui.core.storage.session_store import SessionStore  # noqa: E402
from tui.core.storage.sessions import open_session  # noqa: E402

PEOPLE = [Participant.make(n, "member-state", g) for n, g in
          (("Brazil", "GRULAC"), ("France", "WEOG"), ("Nigeria", "AFR"), ("Japan", "APG"), ("Poland", "EEG"))]


def make_session(directory: Path, events: int) -> Path:
    """A format-2 session file of `events` events, as the console would have written them."""
    clock = FakeClock()
    s = Session(MemoryLog(), clock)
    n = 0
    while s.state.last_seq < events:  # (not len(s.events): that copies the list)
        s.add_speaker(PEOPLE[n % len(PEOPLE)])
        s.give_floor()
        clock.advance(40)
        s.add_point(f"Point {n}: national experience with the protection of children online")
        clock.advance(20)
        s.end()
        n += 1
    sid = f"bench-{events}"
    meta = {"id": sid, "title": "bench", "created": 0.0, "format": FORMAT}
    JournalStorage(directory / f"{sid}.json",
                   initial={"session": {"1": meta},
                            "events": {str(e["seq"]): e for e in s.events[:events]}}).close()
    return directory / f"{sid}.json"


def median_ms(fn: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


class Floor:
    """Appending a line and syncing it, on a file beside the session: the cost any durable action
    pays on this disk. Timed alternately with the actions, so that both see the same disk load."""

    def __init__(self, directory: Path, line: bytes) -> None:
        self.fd = os.open(directory / "floor.bin", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        self.line = line
        self.sync = getattr(os, "fdatasync", os.fsync)

    def once(self) -> float:
        t = time.perf_counter()
        os.write(self.fd, self.line)
        self.sync(self.fd)
        return (time.perf_counter() - t) * 1000

    def close(self) -> None:
        os.close(self.fd)


TARGETS = {2000: "≤ 1 ms and ≤ 3× floor", 50_000: "≤ 1.5 ms and ≤ 3× floor"}


def opening_rows(path: Path, label: str, size: int, repeats: int) -> list[tuple[str, str, str]]:
    """Opening read-only (the writer's open is the same plus the lock) against parsing alone."""
    raw = path.read_bytes()
    parse = median_ms(lambda: json.loads("[" + raw.decode().rstrip("\n").replace("\n", ",") + "]"), repeats)
    opening = median_ms(lambda: open_session(path, FakeClock(), writer=False).close(), repeats)
    return [(f"open, {label}: json.loads of the lines (baseline)", f"{parse:.1f} ms", "-"),
            (f"open, {label}: open_session (read, check, fold once)",
             f"{opening:.1f} ms ({opening / parse:.2f}×)", "≤ 300 ms" if size >= 50_000 else "-")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=50)
    parser.add_argument("--sizes", default="100,2000,50000")
    args = parser.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    rows = []
    with tempfile.TemporaryDirectory(dir=ROOT / "sessions" if (ROOT / "sessions").is_dir() else None) as tmp:
        d = Path(tmp)
        sample = {"seq": 1, "type": "point.add", "at": 1302508800.0,
                  "data": {"text": "timed point", "by": "Brazil", "subtheme": None, "question": None}}
        floor = Floor(d, encode({"events": {"100000": sample}}))
        for size in sizes:
            path = make_session(d, size)
            label = f"{size:,} events"
            rows += opening_rows(path, label, size, max(3, args.repeats // 10))
            # Durable action, and a follower's refresh after it.
            writer = open_session(path, FakeClock(1302508800.0 + 10**6), writer=True)
            follower = SessionFollower(path)
            follower.poll()
            actions, polls, floors, unchecked, checks = [], [], [], [], []
            storage = writer.log.storage
            for i in range(args.repeats):
                floors.append(floor.once())
                for checked in (i % 2 == 0, i % 2 == 1):  # each first in turn
                    if not checked:
                        # The same action with the checks that the file is as the writer left it
                        # switched off (a stat before the append, an fstat after): as before them.
                        storage._unchanged = storage._wrote = lambda *_: None  # type: ignore[method-assign]
                    t = time.perf_counter()
                    writer.add_point("timed point")
                    (actions if checked else unchecked).append((time.perf_counter() - t) * 1000)
                    if not checked:
                        del storage._unchanged, storage._wrote  # (the class's own again)
                        st = os.stat(path)  # what `_wrote` would have noted: the writer's own line
                        storage._seen = (st.st_ino, st.st_size, st.st_mtime_ns)
                    follower.poll()
                fd = storage._append_fd()
                t = time.perf_counter()
                storage._unchanged()
                storage._wrote(fd, storage._offset)
                checks.append((time.perf_counter() - t) * 1000)
                writer.add_point("timed point")
                t = time.perf_counter()
                state = follower.poll()
                polls.append((time.perf_counter() - t) * 1000)
                assert state is not None and state.last_seq == writer.state.last_seq
            writer.close()
            act, poll, base = statistics.median(actions), statistics.median(polls), statistics.median(floors)
            rows.append(("append + fdatasync of one line, same disk, same time (floor, baseline)",
                         f"{base:.3f} ms", "-"))
            target = TARGETS.get(size, "≤ 3× floor")
            bare = statistics.median(unchecked)
            rows.append((f"durable action, {label}, without the check the file is unchanged (baseline)",
                         f"{bare:.3f} ms ({bare / base:.2f}× floor)", "-"))
            rows.append((f"durable action, {label}", f"{act:.3f} ms ({act / base:.2f}× floor)", target))
            rows.append((f"  of which the check the file is unchanged (stat + fstat), {label}",
                         f"{statistics.median(checks) * 1000:.1f} µs", "-"))

            def full_reread(p: Path = path) -> None:
                with SessionStore.open(p, writer=False) as store:
                    store.state()

            reread = median_ms(full_reread, max(3, args.repeats // 10))
            rows.append((f"reader refresh, {label}: re-read whole file (format-1 way, baseline)",
                         f"{reread:.1f} ms", "-"))
            rows.append((f"reader refresh, {label}: SessionFollower.poll after one action",
                         f"{poll:.3f} ms ({poll / reread:.3f}×)", "≤ 5 ms" if size >= 50_000 else "-"))
            follower.close()
        floor.close()
    print_table(rows)


if __name__ == "__main__":
    main()
