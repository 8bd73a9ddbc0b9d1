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
