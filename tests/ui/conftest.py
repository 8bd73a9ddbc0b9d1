from __future__ import annotations

import pytest
import textual._wait

from tests.conftest import GUIDE_2011
from tui.app import DebateApp
from tui.core.debate.clock import FakeClock
from tui.core.debate.participants import Participant
from tui.core.storage.sessions import create_session

# After each key, Pilot waits for the app to go idle: it sleeps in 20 ms windows until one passes in
# which the process used under 1 ms of CPU, twice per key. That is 40 ms asleep per key at least,
# about 50 s of a 120-test run. The same test on 4 ms windows (idle: under 0.4 ms of CPU) waits for
# the same thing five times finer. Pilot.press still ends by waiting until every widget of the screen
# has handled the messages queued before it; a test that needs a later refresh waits for what it
# checks (see test_footer.py).
textual._wait.SLEEP_GRANULARITY = 0.004
textual._wait.SLEEP_IDLE = 0.0004

SPEAKERS = [
    Participant.make("Ms. Ana Lopes", "panellist", "GRULAC"),
    Participant.make("Brazil", "member-state", "GRULAC"),
    Participant.make("Nigeria", "member-state", "AFR"),
    Participant.make("UNODC", "un-entity"),
]


class Console:
    """A console on a real session file in a temp folder, with a clock that moves when told."""

    def __init__(self, tmp_path, guide_2011, ui_lang="en"):
        self.clock = FakeClock()
        self.session = create_session(tmp_path, GUIDE_2011, self.clock, speakers=SPEAKERS,
                                      session_id="test-session", title="CCPCJ 20: thematic debate",
                                      guide=guide_2011)  # parsed once per run, not once per test
        self.app = DebateApp(self.session, self.clock, ui_lang=ui_lang, tick=None, heartbeat=None)

    def advance(self, seconds: float) -> None:
        self.clock.advance(seconds)
        self.app.tick()

    @property
    def state(self):
        return self.session.state

    def on_disk(self):
        from tui.core.storage.session_store import SessionStore

        with SessionStore.open(self.session.log.path, writer=False) as reader:
            return reader.state()


@pytest.fixture
def console(tmp_path, guide_2011):
    c = Console(tmp_path, guide_2011)
    yield c
    c.session.close()


@pytest.fixture
def console_fr(tmp_path, guide_2011):
    c = Console(tmp_path, guide_2011, ui_lang="fr")
    yield c
    c.session.close()
