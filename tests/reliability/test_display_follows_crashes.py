"""A display following a writer that is SIGKILLed and restarted: it never goes blank, never shows
a half-written state, and picks up the restarted writer's actions."""

import os
import signal
import subprocess
import sys
import time

from tests.conftest import ROOT
from tui.core.debate.clock import SystemClock
from tui.display import DisplayApp


def start_writer(path, seed):
    child = subprocess.Popen([sys.executable, "-m", "tests.reliability.crash_child", str(path), str(seed)],
                             cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "ready"
    return child


async def test_display_through_kills_and_restarts(tmp_path):
    path = tmp_path / "crash.json"
    writer = start_writer(path, 1)
    app = DisplayApp(path, SystemClock(), poll=None, tick=None)
    async with app.run_test():
        seen = 0
        for run in range(5):
            time.sleep(0.15)
            app.follow()  # while the writer writes as fast as it can
            assert app.problem is None and app.state is not None
            os.kill(writer.pid, signal.SIGKILL)
            writer.wait()
            app.follow()  # the writer is dead: the display shows the last state, complete
            assert app.problem is None
            events = app.state.last_seq
            assert events >= seen
            seen = events
            writer = start_writer(path, run + 2)  # the Chair restarts the console
            time.sleep(0.15)
            app.follow()
            assert app.state.last_seq > seen  # and the display follows the new writer
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
