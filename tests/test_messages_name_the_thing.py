"""Error messages that named the wrong thing (the attack pass on main): a temp file for the file
asked for, no file at all for a full device, "File exists" for a file given as the sessions
folder, "(KeyError)" for an event that does not replay."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile

import pytest

from tests.conftest import GUIDE_2011
from tests.test_cli_guide import run
from tui.core.debate.clock import FakeClock
from tui.core.debate.participants import Participant
from tui.core.storage.sessions import create_session


@pytest.fixture
def sid(sdir):
    create_session(sdir, GUIDE_2011, FakeClock(), session_id="k1",
                   speakers=[Participant.make("Brazil", "member-state", "GRULAC")]).close()
    return "k1"


def test_a_folder_that_refuses_new_files_names_the_file_and_the_folder(capsys, sid, tmp_path, monkeypatch):
    # What a read-only or immutable folder does to the temp file beside the target.
    def refused(*args, **kwargs):
        raise PermissionError(1, "Operation not permitted", str(tmp_path / ".x.md.9t3ww2yo.tmp"))

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    code, _, err = run(capsys, "summary", sid, "-o", str(tmp_path / "x.md"))
    assert code == 1 and ".tmp" not in err
    assert err == (f"debate: cannot write {tmp_path}/x.md: the folder {tmp_path} does not let a file be "
                   "created in it (Operation not permitted)\n")
    code, _, err = run(capsys, "guide", "export", str(GUIDE_2011), "--lang", "en",
                       "-o", str(tmp_path / "x.md"))
    assert code == 1 and ".tmp" not in err and f"cannot write {tmp_path}/x.md: the folder" in err


@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("chattr"), reason="chattr +i needs root")
def test_an_immutable_folder_for_real(capsys, sid, tmp_path):
    folder = tmp_path / "imm"
    folder.mkdir()
    if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode:
        pytest.skip("this file system has no immutable flag")
    try:
        code, _, err = run(capsys, "summary", sid, "-o", str(folder / "x.md"))
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)
    assert code == 1 and ".tmp" not in err and f"cannot write {folder}/x.md: the folder {folder}" in err


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
def test_a_full_device_is_named(capsys, sid):
    code, _, err = run(capsys, "summary", sid, "-o", "/dev/full", "--format", "md")
    assert code == 1 and err == "debate: cannot write /dev/full: No space left on device\n"


def test_a_full_disk_names_the_file_not_the_temp_file(capsys, sid, tmp_path, monkeypatch):
    real_fsync = os.fsync

    def full(fd):
        real_fsync(fd)
        raise OSError(28, "No space left on device")  # as a write or fsync says it: no file name

    monkeypatch.setattr(os, "fsync", full)
    code, _, err = run(capsys, "summary", sid, "-o", str(tmp_path / "x.md"))
    monkeypatch.undo()
    assert code == 1 and err == f"debate: cannot write {tmp_path}/x.md: No space left on device\n"
    assert not list(tmp_path.glob(".x.md.*"))  # the temp file is gone


@pytest.mark.parametrize("where", ["precious.txt", "precious.txt/sub"])
def test_a_file_given_as_the_sessions_folder_is_said_to_be_no_folder(capsys, tmp_path, where):
    precious = tmp_path / "precious.txt"
    precious.write_text("keep me")
    for args in (["session", "new", "--guide", str(GUIDE_2011)], ["session", "list"], ["run", "--new"]):
        code, _, err = run(capsys, *args, "--sessions-dir", str(tmp_path / where))
        assert code == 1, args
        what = "the sessions folder" if where == "precious.txt" else f"a folder of {tmp_path / where}"
        assert err == (f"debate: {precious}: not a folder (a file is there), so it cannot be {what}; "
                       "give --sessions-dir (or $DEBATE_SESSIONS_DIR) a folder\n"), args
    assert precious.read_text() == "keep me"


def _append(path, *events):
    with open(path, "a") as fh:
        for ev in events:
            fh.write(json.dumps({"events": {str(ev["seq"]): ev}}) + "\n")


def test_an_event_that_does_not_replay_is_named_with_what_it_refers_to(capsys, sid, sdir):
    path = sdir / "k1.json"
    at = 1302508900.0
    _append(path, {"seq": 2, "type": "list.close", "at": at, "data": {}},
            {"seq": 3, "type": "floor.give", "at": at, "data": {"entry": 999, "kind": "statement",
                                                               "limit": 300}},
            {"seq": 4, "type": "list.open", "at": at, "data": {}})
    before = path.read_bytes()
    line = (f"debate: {path}: event 3 (floor.give) cannot be replayed: it names entry 999, which no earlier "
            "event in effect made; the file was changed by hand? (it is left untouched)\n")
    for args in (["session", "undo", sid], ["session", "show", sid], ["summary", sid]):
        code, _, err = run(capsys, *args)
        assert (code, err) == (2, line), args
    assert path.read_bytes() == before


# -- summary -o as guide export -o ------------------------------------------------------------------


def test_summary_refuses_a_format_that_contradicts_o_as_guide_export_does(capsys, sid, tmp_path):
    # Before: HTML written into x.md.
    target = tmp_path / "x.md"
    code, out, err = run(capsys, "summary", sid, "--format", "html", "-o", str(target))
    assert (code, out) == (1, "") and not target.exists()
    assert err == (f"debate: --format html contradicts -o {target} (.md is md); change one of them "
                   "(nothing was written)\n")
    code, _, err2 = run(capsys, "guide", "export", str(GUIDE_2011), "--lang", "en", "--format", "html",
                        "-o", str(target))
    assert code == 1 and err2 == err


@pytest.mark.parametrize("command", [["summary", "k1"], ["guide", "export", str(GUIDE_2011), "--lang", "en"]])
def test_an_empty_o_is_refused_not_taken_for_standard_output(capsys, sid, command):
    code, out, err = run(capsys, *command, "-o", "")
    assert (code, out) == (2, "")
    assert err == "debate: -o needs a file name; use - for standard output\n"


def test_summary_o_says_what_it_wrote_on_stderr_only(capsys, sid, tmp_path):
    target = tmp_path / "x.md"
    code, out, err = run(capsys, "summary", sid, "-o", str(target))
    assert (code, out) == (0, "") and err == f"wrote {target}\n" and "## Annex I" in target.read_text()
    code, out, err = run(capsys, "summary", sid, "-o", "-")
    assert code == 0 and "## Annex I" in out and "wrote" not in err  # the document went to stdout


@pytest.mark.parametrize(("given", "said"), [
    ("", "invalid session id '': an id is 1 to 81 letters, digits, '.', '-' or '_', starting with a "
         "letter or a digit (e.g. ccpcj-20-demo)"),
    ("x.json", "invalid session id 'x.json': give it without .json (--id x); the file is named ID.json"),
    (" x", "invalid session id ' x': an id is 1 to 81 letters"),
])
def test_an_id_that_is_empty_or_a_file_name_is_refused_with_the_rule(capsys, tmp_path, given, said):
    # Before: '' gave the default id, 'x.json' the file x.json.json.
    folder = tmp_path / "s"
    code, out, err = run(capsys, "session", "new", "--guide", str(GUIDE_2011), "--id", given,
                         "--sessions-dir", str(folder))
    assert (code, out) == (1, "") and err.startswith(f"debate: {said}") and err.count("\n") == 1
    assert not folder.exists()  # nothing made
