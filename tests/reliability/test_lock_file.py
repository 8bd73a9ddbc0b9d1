"""`<session>.lock` is removed when the writer that holds it lets go (a hostile tester found them
left behind after `session new` and after refused opens), unless it still has something to tell:
after a crash it keeps the last instant the console was alive, for the next console's downtime.
Only the holder removes it, only the file it holds: never a lock another live writer holds."""

from __future__ import annotations

import os

import pytest

from tests.conftest import GUIDE_2011
from tests.enginekit import BRAZIL
from tests.test_cli_guide import run
from tui.core.debate.clock import FakeClock
from tui.core.debate.engine import Session
from tui.core.debate.session_meta import SessionMeta
from tui.core.storage import session_store
from tui.core.storage.session_store import SessionLock, SessionStore, StoreError
from tui.core.storage.sessions import create_session, open_session


def test_session_new_leaves_no_lock_file(capsys, sdir):
    code, out, _ = run(capsys, "session", "new", "--guide", str(GUIDE_2011), "--id", "n1")
    assert code == 0 and out.strip() == "n1"
    assert sorted(p.name for p in sdir.iterdir()) == ["n1.json"]


def test_a_writer_that_closes_removes_its_lock_file(tmp_path):
    clock = FakeClock()
    session = create_session(tmp_path, GUIDE_2011, clock, session_id="s", speakers=[BRAZIL])
    lock = tmp_path / "s.lock"
    assert lock.exists()  # held while open
    session.close()
    assert not lock.exists()
    again = open_session(tmp_path / "s.json", clock, writer=True)
    again.opened(again.log.previous_alive)
    clock.advance(30)
    again.log.heartbeat(clock.now())
    clock.advance(5)
    again.closed()  # the console's q: the last event is after the last heartbeat
    again.close()
    assert not lock.exists()


def test_refused_opens_leave_no_lock_file(tmp_path, capsys, sdir):
    path = sdir / "bad.json"
    sdir.mkdir()
    path.write_text("{not json\n")
    code, _, err = run(capsys, "session", "undo", "bad")
    assert code == 2 and "bad.json" in err
    with pytest.raises(StoreError):
        SessionStore.open(path, writer=True)
    assert sorted(p.name for p in sdir.iterdir()) == ["bad.json"]


def test_a_lock_another_writer_holds_is_never_removed(tmp_path):
    holder = SessionStore.create(tmp_path, SessionMeta("s", created=0.0))
    lock = tmp_path / "s.lock"
    with pytest.raises(StoreError, match="already open for writing"):
        SessionStore.open(tmp_path / "s.json", writer=True)  # refused: the holder's file stays
    assert lock.exists() and f"{os.getpid()} " in lock.read_text()
    holder.close()
    assert not lock.exists()


def test_a_release_never_removes_a_lock_file_that_is_not_the_one_it_holds(tmp_path):
    first = SessionLock(tmp_path / "s.lock")
    first.acquire("s")
    (tmp_path / "s.lock").unlink()  # removed by hand while held
    second = SessionLock(tmp_path / "s.lock")
    second.acquire("s")  # a new file: a new lock
    first.release()
    assert (tmp_path / "s.lock").exists()  # second's, still held
    with pytest.raises(StoreError, match="already open for writing"):
        SessionLock(tmp_path / "s.lock").acquire("s")
    second.release()
    assert not (tmp_path / "s.lock").exists()


def test_a_lock_removed_between_opening_and_locking_it_is_taken_again(tmp_path, monkeypatch):
    """The one race removal brings: B opens the holder's file, the holder lets go (removing it)
    and C makes a new one and locks it, then B's flock succeeds on the removed file. B must see
    that it holds a file no longer at the path, and try again: it finds C's lock, and is refused.
    Two writers would each append to the session."""
    path = tmp_path / "s.lock"
    holder = SessionLock(path)
    holder.acquire("s")
    third = SessionLock(path)
    real_flock = session_store.fcntl.flock
    calls = []

    def interleaved(fd, op):
        calls.append(fd)
        if len(calls) == 1:  # B has opened the holder's file: now the holder goes, C comes
            holder.release()
            third.acquire("s")
        return real_flock(fd, op)

    monkeypatch.setattr(session_store.fcntl, "flock", interleaved)
    with pytest.raises(StoreError, match="already open for writing"):
        SessionLock(path).acquire("s")  # B
    monkeypatch.undo()
    assert path.exists()
    with pytest.raises(StoreError, match="already open for writing"):
        SessionLock(path).acquire("s")  # C still holds the lock at the path
    third.release()


def test_after_a_crash_the_lock_file_keeps_the_last_instant_alive_for_the_downtime(tmp_path):
    """What stays, and why (README): a console that died (no close) leaves the file with its last
    heartbeat; a writer that opens the session and closes it without recording anything (here a
    refused open, then an open for nothing) leaves it as it was, and the next console counts the
    downtime from that heartbeat, not from the last action."""
    clock = FakeClock()
    store = SessionStore.create(tmp_path, SessionMeta("s", created=0.0))
    s = Session(store, clock)
    s.opened(store.previous_alive)
    clock.advance(50)
    store.heartbeat(clock.now())  # alive 50 s after the last event
    store.close()  # as a kill would leave it: no session.closed
    lock = tmp_path / "s.lock"
    assert lock.exists()
    good = (tmp_path / "s.json").read_bytes()
    (tmp_path / "s.json").write_bytes(good + b'{"events":{"9":{"seq":9,"type":"launch"}}}\n')
    with pytest.raises(StoreError):
        SessionStore.open(tmp_path / "s.json", writer=True)  # refused: the lock stays
    (tmp_path / "s.json").write_bytes(good)
    SessionStore.open(tmp_path / "s.json", writer=True).close()  # opened and closed for nothing
    assert lock.exists()
    clock.advance(70)
    store = SessionStore.open(tmp_path / "s.json", writer=True)
    s = Session(store, clock)
    s.opened(store.previous_alive)
    (down,) = s.state.downtime
    assert down.seconds == 70 and down.crashed
    s.closed()
    store.close()
    assert not lock.exists()  # closed in order: nothing left to tell
