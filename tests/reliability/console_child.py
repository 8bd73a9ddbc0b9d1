"""The real Chair's console, headless, driven by keys as fast as it answers, acknowledging each
action on stdout once it is on disk, to be killed at a random moment.

    python -m tests.reliability.console_child SESSION_FILE SEED
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from tui.app import DebateApp
from tui.core.debate.clock import SystemClock
from tui.core.storage.sessions import create_session, open_session

GUIDE = Path(__file__).resolve().parents[2] / "questions" / "ccpcj-20-2011.yaml"
NAMES = ["Brazil", "France", "Nigeria", "Japan", "Poland", "Mexico", "Kenya", "India"]


def main() -> None:
    path, seed = Path(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    clock = SystemClock()
    if path.exists():
        session = open_session(path, clock)
    else:
        session = create_session(path.parent, GUIDE, clock, session_id=path.stem)
    session.opened(session.log.previous_alive)
    app = DebateApp(session, clock, tick=0.2, heartbeat=0.5)

    async def drive(pilot) -> None:  # type: ignore[no-untyped-def]
        main_screen = app.screen
        print("ready", flush=True)
        while True:
            before = len(session.events)
            choice = rng.random()
            if choice < 0.3:
                await pilot.press("a", *rng.choice(NAMES), "enter")
            elif choice < 0.55:
                await pilot.press("n")
            elif choice < 0.75:
                await pilot.press("p", *"noted", "enter")
            elif choice < 0.85:
                await pilot.press("s")
            elif choice < 0.95:
                await pilot.press("space")
            else:
                await pilot.press("u")
            # A dialog may stay open to ask (a name already listed, a State it does not know):
            # close it, as a Chair would, so the next keys reach the main screen.
            while app.screen is not main_screen:
                await pilot.press("escape")
            # The console wrote the action before it changed the screen: acknowledge it now.
            for ev in session.events[before:]:
                print(f"ack {ev['seq']} {ev['type']} {ev['at']!r}", flush=True)

    app.run(headless=True, size=(80, 24), auto_pilot=drive)


if __name__ == "__main__":
    main()
