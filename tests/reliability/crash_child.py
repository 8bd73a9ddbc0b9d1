"""A writer that records actions as fast as it can and acknowledges each one on stdout, to be killed.

    python -m tests.reliability.crash_child SESSION_FILE SEED

Each line `ack SEQ TYPE AT` is printed only after the action is on disk.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from tui.core.debate.clock import SystemClock
from tui.core.debate.engine import EngineError, Session
from tui.core.debate.participants import Participant
from tui.core.debate.session_meta import SessionMeta
from tui.core.storage.session_store import SessionStore

PEOPLE = [Participant.make(n, "member-state", g) for n, g in
          (("Brazil", "GRULAC"), ("France", "WEOG"), ("Nigeria", "AFR"), ("Japan", "APG"),
           ("Poland", "EEG"))]


def main() -> None:
    path, seed = Path(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    if path.exists():
        store = SessionStore.open(path, writer=True)
    else:
        store = SessionStore.create(path.parent, SessionMeta(path.stem, title="crash", created=0.0))
    session = Session(store, SystemClock())
    session.opened(store.previous_alive)
    print("ready", flush=True)
    while True:
        choice = rng.random()
        try:
            if choice < 0.35:
                session.add_speaker(rng.choice(PEOPLE))
            elif choice < 0.55:
                session.give_floor()
            elif choice < 0.85:
                session.add_point(f"point {rng.randrange(10**6)}")
            elif choice < 0.95:
                session.end()
            else:
                session.undo()
        except EngineError:
            continue
        ev = session.events[-1]
        print(f"ack {ev['seq']} {ev['type']} {ev['at']!r}", flush=True)
        store.heartbeat(session.clock.now())


if __name__ == "__main__":
    main()
