"""An error escaping the console or the room display (not inside an action): logged with its
traceback in a file whose path is said in one line, no traceback on the terminal, exit 1."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import GUIDE_2011
from tui.core.debate.clock import FakeClock
from tui.core.storage.sessions import create_session

ROOT = Path(__file__).resolve().parents[2]


def _child(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "tests.reliability.failing_child", str(folder), *args],
                          capture_output=True, text=True, timeout=60, cwd=ROOT, env=env)


@pytest.mark.slow
@pytest.mark.parametrize("command", ["run", "display"])
def test_an_error_escaping_the_app_is_logged_and_exits_non_zero(tmp_path, command):
    session = create_session(tmp_path, GUIDE_2011, FakeClock(), session_id="s1")
    session.close()
    before = (tmp_path / "s1.json").read_bytes() if (tmp_path / "s1.json").exists() else None
    done = _child(tmp_path, command, "s1")
    assert done.returncode == 1, done.stderr
    log = tmp_path / ("s1.log" if command == "run" else "s1.display.log")
    lines = done.stderr.strip().splitlines()
    assert lines[-1] == (f"debate: the {'console' if command == 'run' else 'room display'} stopped on an "
                         f"unexpected error (RuntimeError: injected failure while drawing); details in {log}")
    assert "Traceback" not in done.stderr + done.stdout
    text = log.read_text()
    assert "Traceback" in text and "injected failure while drawing" in text and "fail" in text
    if before is not None and command == "display":
        assert (tmp_path / "s1.json").read_bytes() == before  # the display never writes
