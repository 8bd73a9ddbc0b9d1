"""A display following a writer that is SIGKILLed and restarted: it never goes blank, never shows
a half-written state, and picks up the restarted writer's actions.

No sleeping: the writer acknowledges each action once it is on disk, and the test waits for those
acknowledgements; a display that follows must then show at least that action.
"""

import os
import queue
import signal
import subprocess
import sys
import threading

import pytest

from tests.conftest import ROOT
from tui.core.debate.clock import SystemClock
from tui.display import DisplayApp

pytestmark = pytest.mark.slow


class Writer:
    """The crash child, with its acknowledgements (the seq of each action on disk) in a queue."""

    def __init__(self, path, seed):
        self.child = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.crash_child", str(path), str(seed)],
            cwd=ROOT, stdout=subprocess.PIPE, text=True)
        self.acks: queue.Queue[int] = queue.Queue()
        assert self.child.stdout.readline().strip() == "ready"
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self):
        for line in self.child.stdout:
            if line.startswith("ack "):
                self.acks.put(int(line.split()[1]))

    def acknowledged(self, n: int) -> int:
        """Wait for n more actions on disk; the seq of the last one."""
        return max(self.acks.get(timeout=30) for _ in range(n))

    def kill(self) -> int:
        """SIGKILL it; the highest seq it acknowledged before dying (0 if none since the last wait)."""
        os.kill(self.child.pid, signal.SIGKILL)
        self.child.wait()
        self.reader.join(10)  # the pipe is closed: the reader has queued every acknowledgement
        seqs = []
        while not self.acks.empty():
            seqs.append(self.acks.get_nowait())
        return max(seqs, default=0)


async def test_display_through_kills_and_restarts(tmp_path):
    path = tmp_path / "crash.json"
    writer = Writer(path, 1)
    app = DisplayApp(path, SystemClock(), poll=None, tick=None)
    async with app.run_test():
        seen = 0
        for run in range(5):
            on_disk = writer.acknowledged(20)  # while the writer writes as fast as it can
            app.follow()
            assert app.problem is None and app.state is not None
            assert app.state.last_seq >= on_disk > seen
            last = max(writer.kill(), on_disk)
            app.follow()  # the writer is dead: the display shows the last state, complete
            assert app.problem is None
            assert app.state.last_seq >= last
            seen = app.state.last_seq
            writer = Writer(path, run + 2)  # the Chair restarts the console
            on_disk = writer.acknowledged(5)
            app.follow()
            assert app.problem is None
            assert app.state.last_seq >= on_disk > seen  # and the display follows the new writer
            seen = app.state.last_seq
    writer.kill()
