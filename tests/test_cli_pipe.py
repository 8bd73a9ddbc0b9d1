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
                 ("summary", sid), ("summary", sid, "--format", "csv"), ("summary", sid, "-o", "-"),
                 ("summary", sid, "--format", "docx", "-o", "-")):
        code, err = closed_pipe(*args, env=env)
        assert code in QUIET, (args, err)
        assert "Traceback" not in err and "Broken pipe" not in err, (args, err)


def test_summary_to_standard_output_with_dash_is_markdown(tmp_path, capsys, monkeypatch):
    """`-o -` is standard output, as without -o (it said "cannot tell the format from '-'")."""
    from tui.cli import main

    monkeypatch.setenv("DEBATE_SESSIONS_DIR", str(tmp_path / "sessions"))
    assert main(["session", "new", "--guide", str(GUIDE)]) == 0
    sid = capsys.readouterr().out.split()[0]
    assert main(["summary", sid]) == 0
    plain = capsys.readouterr().out
    assert main(["summary", sid, "-o", "-"]) == 0
    out, err = capsys.readouterr()
    assert out == plain and "\n# " in out and "wrote" not in err  # the title, under the title block


def test_guide_export_to_dash_does_not_say_it_wrote_a_file(capsys):
    from tui.cli import main

    assert main(["guide", "export", str(GUIDE), "--lang", "fr", "--format", "md", "-o", "-"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("_cote non enregistrée_") and "wrote" not in err


@pytest.mark.slow
def test_serve_whose_banner_meets_a_closed_pipe_ends_quietly(tmp_path):
    """The server prints its addresses once, on stdout: if nobody can read them it ends like cat.
    With `| head -1` the banner is read and the server goes on serving (it writes nothing more)."""
    import os
    import socket

    env = {**os.environ, "DEBATE_SESSIONS_DIR": str(tmp_path / "sessions")}
    made = subprocess.run([sys.executable, "-m", "tui", "session", "new", "--guide", str(GUIDE)],
                          cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code, err = closed_pipe("serve", made.stdout.split()[0], "--port", str(port), env=env)
    assert code in QUIET, err
    assert err == ""


@pytest.mark.slow
def test_display_never_writes_to_stdout(tmp_path):
    """`debate display` cannot meet a closed stdout: Textual's driver draws on stderr (the
    terminal, sys.__stderr__) and the display prints nothing on stdout, before, during or after."""
    import os
    import select
    import time

    env = {**os.environ, "DEBATE_SESSIONS_DIR": str(tmp_path / "sessions")}
    made = subprocess.run([sys.executable, "-m", "tui", "session", "new", "--guide", str(GUIDE)],
                          cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    proc = subprocess.Popen([sys.executable, "-m", "tui", "display", made.stdout.split()[0]],
                            cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert proc.stderr is not None and proc.stdout is not None
    drawn = b""
    deadline = time.monotonic() + 30
    while b"no sub-theme chosen yet" not in drawn and time.monotonic() < deadline:
        if select.select([proc.stderr], [], [], 1)[0]:
            drawn += os.read(proc.stderr.fileno(), 65536)
    proc.terminate()
    proc.wait(timeout=10)
    assert b"no sub-theme chosen yet" in drawn  # the room view, drawn on stderr
    assert proc.stdout.read() == b""
