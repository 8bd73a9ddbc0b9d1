"""The writer never builds on bytes it did not write (a hostile tester's finding): with the console
holding the lock, another program appended half a line to the session file; the console's next
action was appended after it, said "done", and the file was refused everywhere from then on.

Before every write the writer checks that the file is as it left it (inode, size, modification
time). When it is not, the action is refused (ChangedOnDisk, nothing written), every later write
too, and closing does not compact the other program's bytes away."""

from __future__ import annotations

import hashlib
import os
import time

import pytest

from tests.enginekit import BRAZIL, FRANCE, NIGERIA
from tui.core.debate.clock import FakeClock
from tui.core.storage.journal import ChangedOnDisk
from tui.core.storage.session_store import SessionStore, StoreError
from tui.core.storage.sessions import create_session, open_session


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _appended(path):
    with open(path, "ab") as fh:
        fh.write(b'{"events":{"9":{"seq":9,"ty')  # half a line, no newline


def _cut(path):
    with open(path, "r+b") as fh:
        fh.truncate(os.path.getsize(path) - 10)


def _replaced(path):
    # What an editor that saves through a new file does: same bytes, another inode.
    data = path.read_bytes()
    tmp = path.with_name("other.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _removed(path):
    path.unlink()


def _rewritten(path):
    # Same size, same inode: one byte changed in place (an editor writing over the file).
    data = bytearray(path.read_bytes())
    i = data.index(b"Brazil")
    data[i:i + 6] = b"Brasil"
    st = os.stat(path)
    with open(path, "r+b") as fh:
        fh.write(data)
    # Filesystems keep times to a few milliseconds: make sure this write is a later instant.
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 10_000_000))


CHANGES = {"appended": (_appended, "27 bytes added after its last line"),
           "cut": (_cut, "cut from"),
           "replaced": (_replaced, "another file was put in its place"),
           "removed": (_removed, "it was removed"),
           "rewritten": (_rewritten, "rewritten in place")}


def _writer(tmp_path):
    clock = FakeClock()
    session = create_session(tmp_path, _guide(tmp_path), clock, session_id="s", title="t",
                             speakers=[BRAZIL, FRANCE])
    session.give_floor()
    clock.advance(30)
    return session, clock


def _guide(tmp_path):
    from tests.conftest import GUIDE_2011

    return GUIDE_2011


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_an_action_after_another_program_changed_the_file_is_refused_and_writes_nothing(tmp_path, change):
    session, _ = _writer(tmp_path)
    path = tmp_path / "s.json"
    state_before, events_before = session.state, session.events
    damage, reason = CHANGES[change]
    damage(path)
    after = _digest(path) if path.exists() else None
    with pytest.raises(ChangedOnDisk, match=reason) as refused:
        session.toggle_pause()
    assert refused.value.recorded is False
    assert "nothing was recorded" in str(refused.value)
    # Nothing written: the other program's bytes are as it left them, the state as before.
    assert (_digest(path) if path.exists() else None) == after
    assert session.state == state_before and session.events == events_before
    # And it stays so: every later action is refused, the close compacts nothing away.
    with pytest.raises(ChangedOnDisk):
        session.add_speaker(NIGERIA)
    with pytest.raises(ChangedOnDisk):
        session.closed()
    session.close()
    assert (_digest(path) if path.exists() else None) == after
    assert session.log.changed == refused.value.reason


def test_a_torn_foreign_tail_is_never_followed_by_the_console_s_line(tmp_path):
    """The tester's case exactly: the file after the refused action still reads up to the half
    line (a reader ignores a torn tail), so `session show` and the display keep working."""
    session, _ = _writer(tmp_path)
    path = tmp_path / "s.json"
    _appended(path)
    with pytest.raises(ChangedOnDisk):
        session.toggle_pause()
    session.close()
    with SessionStore.open(path, writer=False) as reader:
        assert reader.torn and len(reader.events()) == 2
        assert reader.state().floor is not None


def test_the_check_is_made_between_actions_too(tmp_path):
    session, _ = _writer(tmp_path)
    session.log.unchanged()  # the file as it was left: nothing to say
    _appended(tmp_path / "s.json")
    with pytest.raises(ChangedOnDisk, match="added after its last line"):
        session.log.unchanged()
    session.close()


def test_a_write_by_another_program_at_the_very_moment_is_not_acknowledged(tmp_path, monkeypatch):
    session, _ = _writer(tmp_path)
    path = tmp_path / "s.json"
    real_write = os.write

    def racing(fd, data):  # the other program's bytes land just before the console's line
        with open(path, "ab") as fh:
            fh.write(b"xx")
        return real_write(fd, data)

    from tui.core.storage import journal

    monkeypatch.setattr(journal.os, "write", racing)
    with pytest.raises(ChangedOnDisk, match="at the same moment") as refused:
        session.toggle_pause()
    monkeypatch.undo()
    assert refused.value.recorded is None and "may be in the file" in str(refused.value)
    with pytest.raises(ChangedOnDisk):
        session.toggle_pause()
    session.close()


def test_the_writer_s_own_writes_are_never_taken_for_another_program_s(tmp_path):
    """No false alarm: appends, a compaction, a format-1 migration and a torn tail dropped at
    opening all leave the writer's view of the file up to date."""
    session, clock = _writer(tmp_path)
    for _ in range(20):
        session.toggle_pause()
        clock.advance(1)
    session.log.storage.compact()
    time.sleep(0.01)  # a later instant on disk than the compaction, were the view stale
    session.add_speaker(NIGERIA)
    session.close()
    path = tmp_path / "s.json"
    with open(path, "ab") as fh:
        fh.write(b'{"events":{"99":{"se')  # an action a crash cut short
    again = open_session(path, clock, writer=True)
    assert again.log.torn and "dropped" in again.log.torn
    again.toggle_pause()
    again.close()


def test_a_reader_never_checks_nor_refuses(tmp_path):
    session, _ = _writer(tmp_path)
    path = tmp_path / "s.json"
    reader = SessionStore.open(path, writer=False)
    _appended(path)
    reader.storage.unchanged()  # a reader writes nothing: nothing to refuse
    with pytest.raises(StoreError, match="read-only"):
        reader.append({"seq": 9, "type": "list.close", "at": 1302508900.0, "data": {}})
    reader.close()
    session.close()


def test_closing_never_compacts_another_program_s_bytes_away(tmp_path):
    """A journal holding replaced documents is compacted when its writer closes: not once the
    file was changed by someone else (the rewrite would silently drop what they wrote)."""
    session, _ = _writer(tmp_path)
    session.close()
    path = tmp_path / "s.json"
    first = path.read_bytes().split(b"\n")[0]
    with open(path, "ab") as fh:
        fh.write(first + b"\n")  # the metadata written again: a replaced document
    writer = SessionStore.open(path, writer=True)
    assert writer.storage._waste == 1
    _appended(path)
    after = _digest(path)
    writer.close()
    assert _digest(path) == after
    assert writer.changed == "27 bytes added after its last line"
