"""The session's metadata is a SessionMeta: written, read back and shown without loss."""

import json

import pytest

from tests.conftest import GUIDE_2011
from tui.core.bank.limits import TimeLimits
from tui.core.debate.clock import FakeClock
from tui.core.debate.engine import MemoryLog
from tui.core.debate.session_meta import SessionMeta
from tui.core.debate.snapshot import snapshot
from tui.core.storage.session_store import SessionStore, StoreError, list_sessions
from tui.core.storage.sessions import create_session, open_session


def test_a_new_session_reads_back_its_metadata(tmp_path):
    clock = FakeClock()
    session = create_session(tmp_path, GUIDE_2011, clock, session_id="s1", chair="  Ms.  Chair ",
                             overrides={"warning": 30})
    written = session.log.meta
    session.close()
    assert written == SessionMeta("s1", title=written.title, guide=str(GUIDE_2011.resolve()),
                                  guide_id="ccpcj-20-2011", created=clock.now(),
                                  limits=TimeLimits(warning=30), chair="Ms. Chair")
    first_line = (tmp_path / "s1.json").read_text().splitlines()[0]  # the journal's metadata line
    stored = json.loads(first_line)["session"]["1"]
    assert list(stored) == ["id", "title", "guide", "guide_id", "created", "limits", "chair", "format"]
    again = open_session(tmp_path / "s1.json", clock, writer=False)
    assert again.log.meta == written and again.limits.warning == 30
    assert again.log.path == tmp_path / "s1.json"
    again.close()
    sessions, errors = list_sessions(tmp_path)
    assert [s.meta for s in sessions] == [written] and not errors
    data = snapshot(written, again.state, clock.now())
    assert (data["id"], data["title"], data["guide"]["id"], data["limits"]["warning"]) == \
        ("s1", written.title, "ccpcj-20-2011", 30)


def test_missing_and_unknown_fields():
    meta = SessionMeta.from_dict({"id": "x", "later": "kept on disk, ignored here"})
    assert meta == SessionMeta("x") and meta.limits == TimeLimits()
    assert "chair" not in meta.as_dict()
    assert SessionMeta.from_dict(SessionMeta("y", chair="C", created=5.0).as_dict()) == \
        SessionMeta("y", chair="C", created=5.0)


def test_unreadable_metadata_is_one_line_and_untouched(tmp_path):
    with SessionStore.create(tmp_path, SessionMeta("bad")):
        pass
    path = tmp_path / "bad.json"
    lines = path.read_text().splitlines()
    data = json.loads(lines[0])
    data["session"]["1"]["limits"] = {"participant": "five minutes"}
    path.write_text("\n".join([json.dumps(data), *lines[1:]]) + "\n")
    before = path.read_bytes()
    with pytest.raises(StoreError, match=r"bad\.json: session metadata \(table 'session'\): 'limits' "
                                         r"'participant' is text, not a number of seconds") as info:
        SessionStore.open(path, writer=False)
    assert len(str(info.value).splitlines()) == 1
    assert path.read_bytes() == before


def test_the_memory_log_has_everything_the_interfaces_read():
    log = MemoryLog(meta=SessionMeta("m", title="T"))
    log.heartbeat(1.0)
    assert (log.meta.title, log.path, log.previous_alive) == ("T", None, None)
