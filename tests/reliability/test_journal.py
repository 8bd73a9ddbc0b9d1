"""The session journal (format 2): one line per action, torn tails, migration, compaction, followers."""

import json
import shutil
from pathlib import Path

import pytest
from tinydb import Query

from tests.enginekit import BRAZIL, FRANCE, NIGERIA
from tui.core.debate.clock import FakeClock
from tui.core.debate.engine import Session
from tui.core.debate.session_meta import SessionMeta
from tui.core.debate.state import fold
from tui.core.storage import journal
from tui.core.storage.follower import SessionFollower
from tui.core.storage.session_store import SessionStore, StoreError
from tui.core.storage.sessions import open_session

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "sessions"


def new_session(tmp_path, sid="s1"):
    clock = FakeClock()
    store = SessionStore.create(tmp_path, SessionMeta(sid, title="t", created=0.0))
    return Session(store, clock), clock


def lines(path):
    return path.read_bytes().splitlines()


def test_each_action_appends_one_line_and_rewrites_nothing(tmp_path):
    s, _ = new_session(tmp_path)
    path = tmp_path / "s1.json"
    for action in (lambda: s.add_speaker(BRAZIL), lambda: s.give_floor(), lambda: s.add_point("p"),
                   lambda: s.undo(), lambda: s.end()):
        before = path.read_bytes()
        action()
        after = path.read_bytes()
        assert after.startswith(before) and after.endswith(b"\n")
        (added,) = after[len(before):].splitlines()
        (table, docs), = json.loads(added).items()
        assert table == "events" and list(docs.values()) == [s.events[-1]]
    s.close()


def test_torn_last_line_is_ignored_by_readers_and_dropped_by_the_writer(tmp_path):
    s, clock = new_session(tmp_path)
    s.add_speaker(BRAZIL)
    s.add_speaker(FRANCE)
    s.close()
    path = tmp_path / "s1.json"
    good = path.read_bytes()
    path.write_bytes(good + b'{"events":{"3":{"seq":3,"type":"list.add","at":0.0,"da')  # a kill mid-write
    with SessionStore.open(path, writer=False) as reader:
        assert len(reader.events()) == 2
        assert "cut short" in (reader.torn or "")
    assert path.read_bytes().startswith(good) and len(path.read_bytes()) > len(good)  # a reader never writes
    store = SessionStore.open(path, writer=True)
    assert "dropped" in (store.torn or "")
    assert path.read_bytes() == good
    Session(store, clock).add_speaker(NIGERIA)
    store.close()
    with SessionStore.open(path, writer=False) as reader:
        assert [e["data"]["speakers"][0]["name"] for e in reader.events()] == ["Brazil", "France", "Nigeria"]
        assert reader.torn is None


@pytest.mark.parametrize("damage", ["bad-middle-line", "bad-last-complete-line", "not-a-patch",
                                    "table-not-docs", "no-metadata", "nul-bytes-line"])
def test_anything_but_a_torn_tail_is_refused_and_left_untouched(tmp_path, damage):
    s, _ = new_session(tmp_path)
    s.add_speaker(BRAZIL)
    s.add_speaker(FRANCE)
    s.close()
    path = tmp_path / "s1.json"
    rows = lines(path)
    if damage == "bad-middle-line":
        rows[2] = rows[2][:-5]
    elif damage == "bad-last-complete-line":
        rows[-1] = rows[-1][:-1]
    elif damage == "not-a-patch":
        rows.append(b"[1, 2]")
    elif damage == "table-not-docs":
        rows.append(b'{"events": 3}')
    elif damage == "no-metadata":
        rows = rows[1:]
    else:
        rows.append(b"\x00" * 20)
    content = b"\n".join(rows) + b"\n"
    path.write_bytes(content)
    for writer in (True, False):
        with pytest.raises(StoreError, match=r"s1\.json"):
            SessionStore.open(path, writer=writer)
    assert path.read_bytes() == content


@pytest.mark.parametrize("name", ["format1-debate", "format1-open"])
def test_format1_files_open_and_migrate_on_first_write(tmp_path, name):
    path = tmp_path / f"{name}.json"
    shutil.copy(FIXTURES / f"{name}.json", path)
    original = path.read_bytes()
    data = json.loads(original)  # format 1: one JSON document
    assert data["session"]["1"]["format"] == 1
    expected_events = list(data["events"].values())

    with SessionStore.open(path, writer=False) as reader:
        assert reader.events() == expected_events
        state = reader.state()
    follower = SessionFollower(path)
    assert follower.poll() == state
    clock = FakeClock(state.last_at + 60)
    session = open_session(path, clock, writer=True)
    assert session.state == state
    assert path.read_bytes() == original  # opening writes nothing
    session.add_speaker(NIGERIA, reply=True)  # the first write migrates
    session.close()

    rows = lines(path)
    assert json.loads(rows[0])["session"]["1"]["format"] == journal.FORMAT
    assert all(row.startswith(b'{"events":') for row in rows[1:])
    with SessionStore.open(path, writer=False) as reader:
        assert reader.events()[:-1] == expected_events
        assert reader.events()[-1]["data"]["speakers"][0]["name"] == "Nigeria"
        assert reader.meta.id == name  # the format is checked in the file's first line above
        migrated = reader.state()
    assert follower.poll() == migrated  # a follower sees the new file (a new inode) whole
    follower.close()
    assert fold(expected_events).speakers() == migrated.speakers()[: len(state.speakers())]


def test_tinydb_operations_other_than_insert_still_work_and_compact(tmp_path):
    s, _ = new_session(tmp_path)
    s.add_speaker(BRAZIL)
    store = s.log
    meta = store.db.table("session")
    meta.update({"title": "renamed"})
    assert store.db.table("events").search(Query().type == "list.add")[0]["seq"] == 1
    s.add_speaker(FRANCE)
    s.close()
    with SessionStore.open(tmp_path / "s1.json", writer=False) as reader:
        assert reader.meta.title == "renamed"
        assert len(reader.events()) == 2


def test_a_journal_with_replaced_documents_is_compacted_on_close(tmp_path):
    s, _ = new_session(tmp_path)
    s.add_speaker(BRAZIL)
    s.close()
    path = tmp_path / "s1.json"
    with open(path, "ab") as fh:  # a line that replaces the metadata, as a later version might write
        fh.write(b'{"session":{"1":{"id":"s1","title":"v2","created":0.0,"format":2}}}\n')
    before = len(lines(path))
    store = SessionStore.open(path, writer=True)
    assert store.meta.title == "v2"
    store.close()
    assert len(lines(path)) == 2 < before  # the metadata, then one line per event
    with SessionStore.open(path, writer=False) as reader:
        assert reader.meta.title == "v2" and len(reader.events()) == 1


def test_follower_parses_only_the_new_lines(tmp_path, monkeypatch):
    s, clock = new_session(tmp_path)
    for _ in range(20):
        s.add_speaker(BRAZIL)
    follower = SessionFollower(tmp_path / "s1.json")
    assert follower.poll() == s.state
    assert follower.poll() is None
    decoded = []
    real = journal._decode_lines

    def spy(block, path, first):
        decoded.append(block)
        return real(block, path, first)

    monkeypatch.setattr(journal, "_decode_lines", spy)
    s.give_floor()
    clock.advance(5)
    s.add_point("a point")
    assert follower.poll() == s.state
    assert len(decoded) == 1 and decoded[0].count(b"\n") == 2  # the two new lines, nothing else
    s.undo()
    assert follower.poll() == s.state
    s.end()
    assert follower.poll() == s.state
    s.close()
    follower.close()


def test_follower_keeps_going_through_a_bad_line_and_its_repair(tmp_path):
    s, _ = new_session(tmp_path)
    s.add_speaker(BRAZIL)
    path = tmp_path / "s1.json"
    follower = SessionFollower(path)
    assert follower.poll() is not None
    good = path.read_bytes()
    with open(path, "ab") as fh:
        fh.write(b"{garbage}\n")
    with pytest.raises(StoreError, match="invalid JSON at line"):
        follower.poll()
    path.write_bytes(good)  # someone repairs it (same inode, shorter)
    assert follower.poll() == s.state
    s.close()
    follower.close()


def test_a_journal_much_larger_than_its_state_is_compacted_while_writing(tmp_path, monkeypatch):
    monkeypatch.setattr(journal, "_sync", lambda fd: None)  # 1,500 syncs are not what is tested
    path = tmp_path / "j.json"
    storage = journal.JournalStorage(path, initial={"session": {"1": {"id": "j", "format": 2}}})
    for n in range(1500):  # the same document replaced again and again: the journal only grows
        storage.append("counter", {"1": {"n": n}})
    assert len(lines(path)) < 600  # compacted once the replaced lines outnumbered the state
    storage.close()
    again = journal.JournalStorage(path, read_only=True)
    assert again.table("counter") == {"1": {"n": 1499}} and again.table("session")["1"]["id"] == "j"
