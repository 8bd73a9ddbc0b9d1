"""SIGTERM and SIGHUP (a closed terminal window, a logout, `kill PID`) to the Chair's console close
the session as `q` does: the next console records no crash and no downtime. Only a real crash
(SIGKILL, a power cut) is downtime. Before, each was "Session resumed after 0:17 down"."""

from __future__ import annotations

import os
import pty
import select
import signal
import subprocess
import sys
import time

import pytest

from tests.conftest import GUIDE_2011, ROOT
from tui.core.debate.clock import FakeClock, SystemClock
from tui.core.debate.participants import Participant
from tui.core.storage.sessions import create_session, open_session


def _console(sessions, session_id: str) -> tuple[subprocess.Popen[bytes], int]:
    """`debate run SESSION` on a terminal of its own (a pty), once it has drawn its screen."""
    master, slave = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TERM": "xterm-256color", "COLUMNS": "80", "LINES": "24"}
    process = subprocess.Popen([sys.executable, "-m", "tui", "run", session_id, "--sessions-dir",
                                str(sessions)], stdin=slave, stdout=slave, stderr=slave, env=env,
                               cwd=ROOT, start_new_session=True)
    os.close(slave)
    seen, deadline = b"", time.monotonic() + 30
    while b"Brazil" not in seen and time.monotonic() < deadline and process.poll() is None:
        if select.select([master], [], [], 0.2)[0]:
            try:
                seen += os.read(master, 65536)
            except OSError:
                break
    assert b"Brazil" in seen, seen[-500:]
    return process, master


def _session(tmp_path):
    sessions = tmp_path / "sessions"
    s = create_session(sessions, GUIDE_2011, SystemClock(), session_id="sig",
                       speakers=[Participant.make("Brazil", "member-state", "GRULAC")])
    s.close()
    return sessions


@pytest.mark.slow
@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_closes_the_session_and_the_next_console_counts_no_downtime(tmp_path, number):
    sessions = _session(tmp_path)
    for _ in range(2):  # twice: the second reopening must find the first one's close too
        process, master = _console(sessions, "sig")
        time.sleep(1.0)  # a second of the console being up: what was recorded as "0:01 down"
        process.send_signal(number)
        try:
            code = process.wait(20)
        finally:
            os.close(master)
        assert code == 0
    session = open_session(sessions / "sig.json", FakeClock(), writer=False)
    events = session.events
    session.close()
    assert events[-1]["type"] == "session.closed"
    opened = [e["data"] for e in events if e["type"] == "session.opened"]
    assert len(opened) == 2 and not any(d["crashed"] for d in opened[1:])
    assert session.state.downtime == []


@pytest.mark.slow
def test_a_sigkill_is_still_a_crash_with_its_downtime(tmp_path):
    sessions = _session(tmp_path)
    process, master = _console(sessions, "sig")
    process.kill()
    process.wait(20)
    os.close(master)
    time.sleep(1.1)
    process, master = _console(sessions, "sig")
    process.send_signal(signal.SIGTERM)
    process.wait(20)
    os.close(master)
    session = open_session(sessions / "sig.json", FakeClock(), writer=False)
    session.close()
    opened = [e["data"] for e in session.events if e["type"] == "session.opened"]
    assert opened[-1]["crashed"] is True
    assert session.state.downtime and session.state.downtime[-1].seconds >= 1


async def test_sigterm_to_the_console_records_the_close_and_ends_it(tmp_path, guide_2011):
    """The fast form of the above: the console's own handler, in this process."""
    from tui.app import DebateApp

    sessions = _session(tmp_path)
    session = open_session(sessions / "sig.json", FakeClock(), guide=guide_2011)
    session.opened(session.log.previous_alive)
    app = DebateApp(session, session.clock, tick=None, heartbeat=None, close_on_signals=True)
    # Without the console's handler the signal must not end the test run: a no-op stands in.
    before = signal.signal(signal.SIGTERM, lambda *_: None)
    try:
        async with app.run_test() as pilot:
            os.kill(os.getpid(), signal.SIGTERM)
            await pilot.pause()
            await pilot.pause()
    finally:
        signal.signal(signal.SIGTERM, before)
    session.close()
    assert app.return_code == 0 and session.events[-1]["type"] == "session.closed"


def test_a_console_closed_in_order_is_no_downtime_a_crash_is():
    from tests.test_engine import BRAZIL, memory_session
    from tui.core.debate.engine import MemoryLog, Session

    s, clock = memory_session()
    s.opened(None)
    s.give_floor(s.add_speaker(BRAZIL))
    clock.advance(30)
    s.closed()  # `q`, SIGTERM, SIGHUP
    clock.advance(90)
    again = Session(MemoryLog(s.events), clock)
    again.opened(last_alive=None)
    assert again.events[-1]["data"]["crashed"] is False and again.state.downtime == []
    clock.advance(60)  # then killed: no close
    crashed = Session(MemoryLog(again.events), clock)
    crashed.opened(last_alive=clock.now() - 10)
    (down,) = crashed.state.downtime
    assert down.crashed and down.seconds == 10
