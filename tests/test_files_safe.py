"""Writes only where asked, reads only what was asked (issue 11, point 3): `-o` on a symbolic
link, a FIFO, a device and `-`; the lock file; session ids; file modes; inputs that are not
regular files or are too large; problems capped per file."""

from __future__ import annotations

import os
import stat
import threading

import pytest

from tests.conftest import GUIDE_2011
from tests.test_cli_guide import run
from tui.core.debate.clock import FakeClock
from tui.core.debate.participants import Participant
from tui.core.files.safe import FileRefused, read_input, write_output
from tui.core.storage.session_store import SessionStore, StoreError
from tui.core.storage.sessions import create_session


@pytest.fixture
def sdir(sdir):
    """The sessions folder of tests/conftest.py, holding session `s` with Brazil on the floor."""
    session = create_session(sdir, GUIDE_2011, FakeClock(), session_id="s", title="t",
                             speakers=[Participant.make("Brazil", "member-state", "GRULAC")])
    session.give_floor()
    session.close()
    return sdir


def test_output_through_a_symlink_keeps_the_link(capsys, sdir, tmp_path):
    target = tmp_path / "real.md"
    target.write_text("old")
    os.chmod(target, 0o640)
    link = tmp_path / "link.md"
    link.symlink_to(target)
    code, _, err = run(capsys, "summary", "s", "-o", str(link))
    assert code == 0, err
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert "Brazil" in target.read_text() or target.read_text() != "old"
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o640  # the mode is kept


def test_output_to_a_fifo_is_written_not_replaced(capsys, sdir, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    code, _, err = run(capsys, "summary", "s", "--format", "csv", "-o", str(fifo))
    reader.join(10)
    assert code == 0, err
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert got and b"Brazil" in got[0]


@pytest.mark.skipif(os.geteuid() != 0, reason="mknod needs root")
def test_output_to_a_device_is_written_not_replaced(capsys, sdir, tmp_path):
    null = tmp_path / "null"
    os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # the numbers of /dev/null
    code, _, err = run(capsys, "summary", "s", "--format", "md", "-o", str(null))
    assert code == 0, err
    assert stat.S_ISCHR(os.lstat(null).st_mode)


def test_output_dash_is_standard_output(capfd, tmp_path):
    write_output("-", b"to stdout\n")
    assert capfd.readouterr().out == "to stdout\n"
    assert not (tmp_path / "-").exists()


def test_a_new_output_gets_the_usual_mode(tmp_path):
    old = os.umask(0o022)
    try:
        write_output(tmp_path / "new.md", b"x")
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(tmp_path / "new.md").st_mode) == 0o644


def test_session_file_keeps_its_mode(sdir):
    path = sdir / "s.json"
    os.chmod(path, 0o644)
    store = SessionStore.open(path, writer=True)
    store.close()  # a writer may compact the file (a rename) when it closes
    from tui.core.storage.sessions import open_session

    session = open_session(path, FakeClock(), writer=True)
    session.end()
    session.close()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o644


def test_lock_file_that_is_a_symlink_is_refused(sdir, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    (sdir / "s.lock").unlink(missing_ok=True)
    (sdir / "s.lock").symlink_to(victim)
    with pytest.raises(StoreError, match="symbolic link"):
        SessionStore.open(sdir / "s.json", writer=True)
    assert victim.read_text() == "precious\n"


def test_lock_file_that_is_a_fifo_is_refused(sdir):
    (sdir / "s.lock").unlink(missing_ok=True)
    os.mkfifo(sdir / "s.lock")
    with pytest.raises(StoreError, match="not a regular file"):
        SessionStore.open(sdir / "s.json", writer=True)


def test_session_file_that_is_a_symlink_is_refused(capsys, sdir, tmp_path):
    real = tmp_path / "elsewhere.json"
    os.replace(sdir / "s.json", real)
    (sdir / "s.json").symlink_to(real)
    before = real.read_bytes()
    for args in (("session", "show", "s"), ("session", "undo", "s")):
        code, _, err = run(capsys, *args)
        assert code == 1 and "symbolic link" in err and len(err.strip().splitlines()) == 1
    assert (sdir / "s.json").is_symlink() and real.read_bytes() == before


@pytest.mark.parametrize("sid", ["../s", "../../etc/passwd", "/etc/passwd", "sub/s", "..", "."])
def test_session_ids_resolve_only_inside_the_sessions_folder(capsys, sdir, tmp_path, sid):
    outside = tmp_path / "s.json"
    outside.write_bytes((sdir / "s.json").read_bytes())
    before = outside.read_bytes()
    for args in (("session", "show", sid), ("session", "undo", sid)):
        code, _, err = run(capsys, *args)
        assert code == 1 and "not a path" in err, err
    assert outside.read_bytes() == before


def test_dev_zero_as_speakers_is_refused(capsys, sdir):
    code, _, err = run(capsys, "session", "new", "--guide", str(GUIDE_2011), "--speakers", "/dev/zero")
    assert code == 2 and "not a regular file" in err


def test_a_fifo_as_input_is_refused_without_blocking(capsys, sdir, tmp_path):
    fifo = tmp_path / "guide.yaml"
    os.mkfifo(fifo)
    for args in (("guide", "check", str(fifo)), ("session", "new", "--guide", str(GUIDE_2011),
                                                 "--speakers", str(fifo)),
                 ("session", "new", "--guide", str(fifo))):
        code, _, err = run(capsys, *args)
        assert code == 2 and "not a regular file" in err, (args, err)


def test_inputs_are_read_with_a_cap(tmp_path):
    big = tmp_path / "big.csv"
    big.write_bytes(b"x" * 2000)
    assert read_input(big, 2000) == b"x" * 2000
    with pytest.raises(FileRefused, match="larger than"):
        read_input(big, 1999)
    assert len(read_input(big, 100, truncate=True)) == 101


def test_problems_are_capped_per_file(capsys, sdir, tmp_path):
    csv = tmp_path / "speakers.csv"
    csv.write_text("name,category,group\n" + "".join(f"N{n},king,\n" for n in range(250)))
    code, _, err = run(capsys, "session", "new", "--guide", str(GUIDE_2011), "--speakers", str(csv))
    lines = err.strip().splitlines()
    assert code == 2 and len(lines) == 101
    assert lines[-1] == f"{csv}: … and 150 more problems (the first 100 are shown)"
