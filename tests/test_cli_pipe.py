"""Every command ends quietly when the reader of its output goes away (`… | head -1`): killed by
SIGPIPE like `cat` would be (or status 0), never a traceback, never "Broken pipe" on stderr."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "questions" / "ccpcj-20-2011.yaml"
SEED = ROOT / "tests" / "data" / "seed-2011-fr.txt"


def closed_pipe(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    """Run `debate ARGS` with its stdout a pipe nobody reads: closed before the first write."""
    proc = subprocess.Popen([sys.executable, "-m", "tui", *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    err = proc.stderr.read().decode("utf-8", "replace")
    return proc.wait(), err


QUIET = (0, -signal.SIGPIPE)


def test_guide_check_into_a_closed_pipe_ends_quietly():
    code, err = closed_pipe("guide", "check", "questions/")
    assert code in QUIET, err
    assert err == ""


@pytest.mark.slow
@pytest.mark.parametrize("args", [
    ("guide", "check", "--json", str(GUIDE)),
    ("guide", "show", str(GUIDE), "--lang", "fr"),
    ("guide", "export", str(GUIDE), "--lang", "fr"),
    ("guide", "search", "enfants"),
    ("guide", "import", str(SEED)),
    ("guide", "renumber", str(GUIDE)),
    ("--help",),
    ("guide", "--help"),
], ids=lambda a: " ".join(a[:2]))
def test_guide_commands_into_a_closed_pipe_end_quietly(args):
    code, err = closed_pipe(*args)
    assert code in QUIET, err
    assert "Traceback" not in err and "Broken pipe" not in err and "BrokenPipe" not in err


@pytest.mark.slow
def test_session_and_summary_commands_into_a_closed_pipe_end_quietly(tmp_path):
    import os

    env = {**os.environ, "DEBATE_SESSIONS_DIR": str(tmp_path / "sessions")}
    made = subprocess.run([sys.executable, "-m", "tui", "session", "new", "--guide", str(GUIDE)], cwd=ROOT,
                          env=env, capture_output=True, text=True, check=True)
    sid = made.stdout.strip().split()[0]
    for args in (("session", "list"), ("session", "show", sid), ("session", "show", sid, "--json"),
                 ("summary", sid), ("summary", sid, "--format", "csv")):
        code, err = closed_pipe(*args, env=env)
        assert code in QUIET, (args, err)
        assert "Traceback" not in err and "Broken pipe" not in err, (args, err)
