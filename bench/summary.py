"""Benchmark of the Chair's summary export on a 2,000-event session.

The session is a debate's mix (speakers added, given the floor, points recorded, some marked as
main points or conclusions). Timed, median of --runs: replaying the 2,000 events from the store
(the baseline: what opening the session costs anyway), then the Markdown, HTML, Word (.docx)
and CSV exports, and the four written to disk as the review screen's `e` does. Target: each
export under 200 ms; the four together under 400 ms (the Word file is a zip of XML built with
python-docx: the costly one).

    python bench/summary.py [--runs 15] [--events 2000]
"""

from __future__ import annotations

import argparse
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
from tui.core.debate.participants import Participant  # noqa: E402
from tui.core.storage.session_store import SessionStore  # noqa: E402
from tui.core.storage.sessions import create_session  # noqa: E402
from tui.core.summary.document import Options  # noqa: E402
from tui.core.summary.export import export, export_all, render_bytes  # noqa: E402

GROUPS = ("AFR", "APG", "EEG", "GRULAC", "WEOG")


def median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--events", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        clock = FakeClock()
        s = create_session(d, ROOT / "questions" / "ccpcj-20-2011.yaml", clock, session_id="bench")
        guide = s.guide
        assert guide is not None
        refs = guide.question_refs()
        subs = guide.all_subthemes()
        n = 0
        while len(s.events) < args.events:
            n += 1
            s.add_speaker(Participant.make(f"Delegation {n % 150}", "member-state", GROUPS[n % 5]))
            s.set_topic(subs[n % len(subs)].id, refs[n % len(refs)].id)
            s.give_floor()
            clock.advance(150 + n % 300)
            s.add_point(f"Point {n}: international cooperation against online abuse must improve",
                        main=n % 3 == 0, conclusion=n % 17 == 0)
        s.close()
        path = d / "bench.json"
        held = len(SessionStore.open(path, writer=False).events())

        def replay() -> object:
            with SessionStore.open(path, writer=False) as store:
                return store.state()

        state = replay()
        meta = SessionStore.open(path, writer=False).meta
        now = clock.now()
        options = Options("en", "unattributed", coverage=True)
        rows = [
            (f"replay {held:,} events from the session file (baseline)", median_ms(replay, args.runs), "-"),
            ("Markdown summary (with coverage annex)",
             median_ms(lambda: export("md", meta, state, guide, now, options), args.runs), "< 200 ms"),
            ("HTML summary (Markdown rendered + SVG chart)",
             median_ms(lambda: export("html", meta, state, guide, now, options), args.runs), "< 200 ms"),
            ("Word summary (.docx, python-docx)",
             median_ms(lambda: render_bytes("docx", meta, state, guide, now, options), args.runs),
             "< 200 ms"),
            ("CSV of speakers",
             median_ms(lambda: export("csv", meta, state, guide, now, options), args.runs), "< 200 ms"),
            ("all four written to disk (review screen: e)",
             median_ms(lambda: export_all(d / "out", meta, state, guide, now, options), args.runs),
             "< 400 ms"),
        ]
    print(f"session: {held:,} events, {len(state.interventions)} interventions, {len(state.points)} points; "
          f"median of {args.runs} runs")
    print_table([(name, f"{ms:.1f} ms", target) for name, ms, target in rows])


if __name__ == "__main__":
    main()
