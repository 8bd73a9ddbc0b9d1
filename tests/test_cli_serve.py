"""`debate serve` without a browser: where it binds, what it warns about, what it refuses."""

from __future__ import annotations

from tests.conftest import GUIDE_2011
from tui.core.debate.clock import SystemClock
from tui.core.storage.sessions import create_session


def test_serve_warns_off_localhost_and_keeps_the_console_local(capsys, tmp_path, monkeypatch):
    from tests.test_cli_guide import run

    sessions = tmp_path / "sessions"
    monkeypatch.setenv("DEBATE_SESSIONS_DIR", str(sessions))
    create_session(sessions, GUIDE_2011, SystemClock(), session_id="room").close()
    code, _, err = run(capsys, "serve", "room", "--host", "0.0.0.0", "--console")
    assert code == 1 and "only served on this machine" in err


def test_serve_binds_localhost_by_default_and_warns_otherwise(capsys, tmp_path, monkeypatch):
    import pytest

    from tests.test_cli_guide import run
    from tui.web import server as web_server

    sessions = tmp_path / "sessions"
    monkeypatch.setenv("DEBATE_SESSIONS_DIR", str(sessions))
    create_session(sessions, GUIDE_2011, SystemClock(), session_id="room").close()
    seen = []
    monkeypatch.setattr(web_server, "run",
                        lambda server, host, port, on_ready=None: seen.append((host, port)))
    assert run(capsys, "serve", "room")[0] == 0
    assert seen[-1] == ("127.0.0.1", 8000)
    code, _, err = run(capsys, "serve", "room", "--host", "0.0.0.0", "--port", "8080")
    assert code == 0 and "WARNING: serving on 0.0.0.0" in err and seen[-1] == ("0.0.0.0", 8080)
    with pytest.raises(SystemExit) as exited:
        run(capsys, "serve", "room", "--port", "99999")
    assert exited.value.code == 2 and "invalid port '99999'" in capsys.readouterr().err


def test_a_host_that_is_no_name_is_a_one_line_usage_error(capsys, tmp_path, monkeypatch):
    # Before: `internal error: UnicodeError: encoding with 'idna' codec failed (label empty or too long)`.
    from tests.test_cli_guide import run

    sessions = tmp_path / "sessions"
    monkeypatch.setenv("DEBATE_SESSIONS_DIR", str(sessions))
    create_session(sessions, GUIDE_2011, SystemClock(), session_id="room").close()
    for host in ("evil..host", "x" * 300, "\u202e.example"):
        for console in ([], ["--console"]):
            code, out, err = run(capsys, "serve", "room", "--host", host, *console)
            assert code == 2 and out == ""
            assert err.startswith("debate: --host: invalid host ") and err.count("\n") == 1, err
            assert "give an address such as 127.0.0.1 or 0.0.0.0, or a host name such as localhost" in err


def _taken_port():
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen()
    return s, s.getsockname()[1]


def test_a_port_in_use_prints_no_address_before_its_error(capsys, tmp_path, monkeypatch):
    from tests.test_cli_guide import run

    sessions = tmp_path / "sessions"
    monkeypatch.setenv("DEBATE_SESSIONS_DIR", str(sessions))
    create_session(sessions, GUIDE_2011, SystemClock(), session_id="room").close()
    taken, port = _taken_port()
    with taken:
        code, out, err = run(capsys, "serve", "room", "--port", str(port))
    assert code == 1 and out == ""  # before: "Serving session room (read-only)..." and the addresses
    assert err == (f"debate: cannot serve on 127.0.0.1:{port}: the port is already in use (another "
                   "debate serve?); choose another with --port\n")


def test_the_console_on_a_port_in_use_prints_no_address_either(tmp_path):
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    sessions = tmp_path / "sessions"
    create_session(sessions, GUIDE_2011, SystemClock(), session_id="room").close()
    taken, port = _taken_port()
    with taken:
        done = subprocess.run([sys.executable, "-m", "tui", "serve", "room", "--console", "--port", str(port),
                               "--sessions-dir", str(sessions)], cwd=ROOT, capture_output=True, text=True,
                              env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    assert done.returncode == 1 and "token=" not in done.stdout and "Serving" not in done.stdout
    assert done.stderr.strip().endswith("the port is already in use (another debate serve?); choose another "
                                        "with --port")
