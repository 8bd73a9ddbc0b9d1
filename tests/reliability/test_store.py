import json
import os

import pytest

from tests.enginekit import BRAZIL, FRANCE
from tui.core.debate.clock import FakeClock
from tui.core.debate.engine import Session
from tui.core.debate.session_meta import SessionMeta
from tui.core.storage import journal
from tui.core.storage.session_store import SessionStore, StoreError, list_sessions, resolve
from tui.core.storage.sessions import open_session


def new_store(tmp_path, sid="s1"):
    return SessionStore.create(tmp_path, SessionMeta(sid, title="t", created=0.0))


def test_events_survive_reopening(tmp_path):
    clock = FakeClock()
    with new_store(tmp_path) as store:
        s = Session(store, clock)
        s.give_floor(s.add_speaker(BRAZIL))
        clock.advance(42)
    with SessionStore.open(tmp_path / "s1.json", writer=False) as reader:
        again = Session(reader, clock)
        assert again.state == s.state
        assert again.state.floor.elapsed(clock.now()) == 42


@pytest.mark.parametrize("content", [b"", b"   \n", b"{not json", b"\xff\xfe", b"[]", b'{"events": {}}'])
def test_empty_or_unreadable_file_is_refused_and_left_untouched(tmp_path, content):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    for writer in (True, False):
        with pytest.raises(StoreError, match=r"bad\.json"):
            SessionStore.open(path, writer=writer)
    assert path.read_bytes() == content


def append_line(path, patch):
    with open(path, "ab") as fh:
        fh.write(json.dumps(patch).encode() + b"\n")


def test_events_that_cannot_be_replayed_are_refused(tmp_path):
    with new_store(tmp_path) as store:
        Session(store, FakeClock()).add_speaker(BRAZIL)
    path = tmp_path / "s1.json"
    good = path.read_bytes()
    event = {"seq": 2, "type": "list.remove", "at": 1302508801.0, "data": {"entry": 99}}
    append_line(path, {"events": {"2": event}})
    store = SessionStore.open(path, writer=False)
    with pytest.raises(StoreError, match="cannot be replayed"):
        store.state()
    with pytest.raises(StoreError, match="cannot be replayed"):
        open_session(path, FakeClock(), writer=True)
    path.write_bytes(good)
    append_line(path, {"events": {"2": {"seq": 2, "type": "launch.rocket", "at": 1.0, "data": {}}}})
    with pytest.raises(StoreError, match="unknown type"):
        SessionStore.open(path, writer=False)


def test_second_writer_is_refused_readers_are_not(tmp_path):
    store = new_store(tmp_path)
    with pytest.raises(StoreError, match=rf"already open for writing \(process {os.getpid()}\)"):
        SessionStore.open(tmp_path / "s1.json", writer=True)
    SessionStore.open(tmp_path / "s1.json", writer=False).close()
    store.close()
    SessionStore.open(tmp_path / "s1.json", writer=True).close()


def test_reader_cannot_write(tmp_path):
    new_store(tmp_path).close()
    reader = SessionStore.open(tmp_path / "s1.json", writer=False)
    with pytest.raises(StoreError, match="read-only"):
        reader.append({"seq": 1, "type": "list.close", "at": 0.0, "data": {}})


def test_reader_follows_the_writer(tmp_path):
    clock = FakeClock()
    writer = new_store(tmp_path)
    reader = SessionStore.open(tmp_path / "s1.json", writer=False)
    assert not reader.refresh()
    s = Session(writer, clock)
    s.add_speaker(BRAZIL)
    assert reader.refresh()
    assert len(reader.events()) == 1


def test_leftover_temp_files_are_cleaned_by_the_writer(tmp_path):
    new_store(tmp_path).close()
    leftover = tmp_path / ".s1.json.abc123.tmp"
    leftover.write_bytes(b"half a fi")
    SessionStore.open(tmp_path / "s1.json", writer=False).close()
    assert leftover.exists()  # a reader never deletes: the writer may be using it
    SessionStore.open(tmp_path / "s1.json", writer=True).close()
    assert not leftover.exists()


@pytest.mark.parametrize("failing", ["sync", "write", "short-write"])
def test_failed_write_loses_nothing_and_changes_nothing(tmp_path, monkeypatch, failing):
    clock = FakeClock()
    store = new_store(tmp_path)
    s = Session(store, clock)
    s.add_speaker(BRAZIL)
    before_file = (tmp_path / "s1.json").read_bytes()
    before_state = s.state
    real_write = os.write

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    calls = []

    def short_then_boom(fd, data):  # half the line reaches the file, then the disk is full
        calls.append(len(data))
        if len(calls) > 1:
            boom()
        return real_write(fd, bytes(data[: len(data) // 2]))

    target = {"sync": (journal, "_sync", boom), "write": (journal.os, "write", boom),
              "short-write": (journal.os, "write", short_then_boom)}[failing]
    with monkeypatch.context() as m:
        m.setattr(*target)
        with pytest.raises(OSError):
            s.add_speaker(FRANCE)
    assert (tmp_path / "s1.json").read_bytes() == before_file
    assert s.state == before_state and len(s.events) == 1
    s.add_speaker(FRANCE)  # the disk is back: the next action works and nothing was lost
    with SessionStore.open(tmp_path / "s1.json", writer=False) as r:
        assert [e["data"]["speakers"][0]["name"] for e in r.events()] == ["Brazil", "France"]


def test_heartbeat_is_what_measures_downtime(tmp_path):
    clock = FakeClock()
    store = new_store(tmp_path)
    s = Session(store, clock)
    s.opened(store.previous_alive)
    clock.advance(50)
    store.heartbeat(clock.now())
    store.close()  # as a kill would: no session.closed event
    clock.advance(70)
    store = SessionStore.open(tmp_path / "s1.json", writer=True)
    s = Session(store, clock)
    s.opened(store.previous_alive)
    (down,) = s.state.downtime
    assert down.seconds == 70 and down.crashed


def test_list_and_resolve(tmp_path):
    for sid in ("guide-a-1", "guide-b-1"):
        new_store(tmp_path, sid).close()
    (tmp_path / "broken.json").write_bytes(b"")
    found, errors = list_sessions(tmp_path)
    assert [s.id for s in found] == ["guide-a-1", "guide-b-1"]
    assert len(errors) == 1 and "broken.json" in errors[0]
    assert resolve(tmp_path, "guide-b").name == "guide-b-1.json"
    with pytest.raises(StoreError, match="matches 2"):
        resolve(tmp_path, "guide")
    with pytest.raises(StoreError, match="no session"):
        resolve(tmp_path, "zzz")


def test_create_refuses_an_existing_id(tmp_path):
    new_store(tmp_path).close()
    with pytest.raises(StoreError, match="already exists"):
        new_store(tmp_path)


def test_failure_that_cannot_be_repaired_leaves_state_equal_to_disk(tmp_path, monkeypatch):
    clock = FakeClock()
    store = new_store(tmp_path)
    s = Session(store, clock)
    s.add_speaker(BRAZIL)

    def boom(*args):
        raise OSError(5, "Input/output error")

    # The line is written, its sync fails and so does taking it back: nobody knows what the disk
    # kept, so the store reads it again.
    monkeypatch.setattr(journal, "_sync", boom)
    monkeypatch.setattr(journal.os, "ftruncate", boom)
    with pytest.raises(OSError):
        s.add_speaker(FRANCE)
    monkeypatch.undo()
    with SessionStore.open(tmp_path / "s1.json", writer=False) as r:
        on_disk = Session(r, clock).state
    assert on_disk == s.state  # whichever way it went, the screen shows what is on disk
    s.add_speaker(BRAZIL)
    assert [e["seq"] for e in s.events] == [1, 2, 3]
    with SessionStore.open(tmp_path / "s1.json", writer=False) as r:
        assert [e["seq"] for e in r.events()] == [1, 2, 3]
