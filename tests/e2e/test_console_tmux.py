"""A short debate in the real program, in tmux at 80×24; then `debate session show --json`."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import GUIDE_2011, ROOT
from tests.e2e.tmux import Pane, available, program_env

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not available(), reason="tmux is not installed")]


def test_short_debate_in_tmux(tmp_path):
    sessions = tmp_path / "sessions"
    speakers = tmp_path / "speakers.csv"
    speakers.write_text("Brazil,member-state,GRULAC\nNigeria,member-state,AFR\nUNODC,un-entity,\n")
    env = program_env(sessions, ROOT)
    cmd = [sys.executable, "-m", "tui", "run", "--guide", str(GUIDE_2011), "--speakers", str(speakers)]
    pane = Pane(cmd, env, str(tmp_path))
    try:
        pane.wait_for("Nobody has the floor")
        pane.keys("n")
        pane.wait_for("statement")
        screen = pane.screen()
        assert "Brazil" in screen and "limit 5:00" in screen
        pane.keys("p")
        pane.wait_for("Record a point")
        pane.type("Cooperation with internet providers is essential")
        pane.keys("C-s", "Enter")
        pane.wait_for("Latest points (1)")
        pane.keys("n")
        pane.wait_for("African States")
        pane.keys("Space")
        pane.wait_for("PAUSED")
        pane.keys("u")  # undo the pause
        pane.wait_for("Undone")
        pane.keys("s")
        pane.wait_for("Nobody has the floor")
        pane.keys("q")
        pane.wait_gone()
    finally:
        pane.kill()
    (session_file,) = sessions.glob("*.json")
    out = subprocess.run([sys.executable, "-m", "tui", "session", "show", session_file.stem, "--json"],
                         cwd=ROOT, env={**os.environ, "DEBATE_SESSIONS_DIR": str(sessions)},
                         capture_output=True, text=True, check=True)
    data = json.loads(out.stdout)
    assert [s["status"] for s in data["speakers"]] == ["spoken", "spoken", "waiting"]
    assert [i["speaker"]["name"] for i in data["interventions"]] == ["Brazil", "Nigeria"]
    assert all(i["end"] for i in data["interventions"]) and data["floor"] is None
    (point,) = data["points"]
    assert point["main"] and point["by"] == "Brazil" and point["text"].startswith("Cooperation")
    assert data["interventions"][1]["pauses"] == 0  # the pause was undone


def test_whole_short_debate_at_80x24_shows_what_the_chair_needs(tmp_path):
    """Issue 12: sixteen speakers at 80×24; the closed list, the next speaker, the time and status
    columns and an added minute are on the screen, read as the Chair reads it."""
    import re

    sessions = tmp_path / "sessions"
    speakers = tmp_path / "speakers.csv"
    names = ["Brazil", "Nigeria", "United Kingdom of Great Britain and Northern Ireland",
             "Bolivia (Plurinational State of)", "Côte d'Ivoire", "Türkiye", "Holy See", "Mexico",
             "France", "Japan", "Kenya", "Chile", "India", "Egypt", "Peru", "Norway"]
    speakers.write_text("".join(f'"{n}",member-state,WEOG\n' for n in names))
    env = program_env(sessions, ROOT)
    cmd = [sys.executable, "-m", "tui", "run", "--guide", str(GUIDE_2011), "--speakers", str(speakers)]
    pane = Pane(cmd, env, str(tmp_path))
    try:
        pane.wait_for("Nobody has the floor")
        pane.keys("n")
        screen = pane.wait_for("Next: Nigeria")
        rows = [line[:44].rstrip() for line in screen.splitlines()[2:18]]
        for n, row in enumerate(rows, 1):  # position, name, status and time on every row
            assert re.match(rf" {n}\s+\S.*\s[·▶✓]\s+\d+:\d\d$", row), row
        pane.keys("+")
        pane.wait_for("(+1:00)")
        pane.wait_for("one more minute")
        pane.keys("c")
        pane.wait_for("LIST CLOSED")
        pane.keys("n")
        pane.wait_for("Next: United Kingdom")
        pane.keys("u")
        pane.wait_for("Undone: Floor to")
        pane.keys("q", "y")
        pane.wait_gone()
    finally:
        pane.kill()


def test_a_long_list_at_80x24_keeps_time_status_and_forecast_visible(tmp_path):
    """Twenty-two speakers at 80×24 (the list scrolls): every visible row has its status and its
    whole time beside the scrollbar; a ruling on a point of order is asked when it ends and said in
    words; the forecast line stays visible while a notice shows."""
    import re

    sessions = tmp_path / "sessions"
    speakers = tmp_path / "speakers.csv"
    names = ["Brazil", "Nigeria", "United Kingdom of Great Britain and Northern Ireland",
             "Bolivia (Plurinational State of)", "Côte d'Ivoire", "Türkiye", "Holy See", "Mexico",
             "France", "Japan", "Kenya", "Chile", "India", "Egypt", "Peru", "Norway", "Spain", "Italy",
             "Ghana", "Chad", "Cuba", "Fiji"]
    speakers.write_text("".join(f'"{n}",member-state,WEOG\n' for n in names))
    env = program_env(sessions, ROOT)
    cmd = [sys.executable, "-m", "tui", "run", "--guide", str(GUIDE_2011), "--speakers", str(speakers)]
    pane = Pane(cmd, env, str(tmp_path))
    try:
        pane.wait_for("Nobody has the floor")
        pane.keys("n")
        screen = pane.wait_for("Floor to Brazil")  # the notice, in words
        lines = screen.splitlines()
        assert lines[22].startswith(" list ≈")  # the forecast line, not covered by the notice
        rows = [line[:44].rstrip() for line in lines[2:21]]
        for n, row in enumerate(rows, 1):  # status and whole time beside the scrollbar
            assert re.match(rf" {n}\s+\S.*\s[·▶✓]\s+\d+:\d\d(\s*[▄▀█▁▂▃▅▆▇]*)?$", row), row
        pane.keys("o")
        pane.wait_for("Point of order: who raises it?")
        pane.type("France")
        pane.keys("Enter")
        pane.wait_for("Point of order: France")
        pane.keys("s")
        pane.wait_for("the Chair's ruling")
        pane.type("Well taken")
        pane.keys("Enter")
        pane.wait_for("Ruling recorded: Well taken")
        pane.keys("q", "y")
        pane.wait_gone()
    finally:
        pane.kill()
    (session_file,) = sessions.glob("*.json")
    out = subprocess.run([sys.executable, "-m", "tui", "session", "show", session_file.stem, "--json"],
                         cwd=ROOT, env={**os.environ, "DEBATE_SESSIONS_DIR": str(sessions)},
                         capture_output=True, text=True, check=True)
    data = json.loads(out.stdout)
    order = [i for i in data["interventions"] if i["kind"] == "point-of-order"]
    assert [i["ruling"] for i in order] == ["Well taken"]


def test_a_session_file_changed_under_the_console_in_tmux(tmp_path):
    """The hostile tester's run, in the real program: another program appends half a line while
    the console is open; the next key is refused in words, the console goes read-only, q closes
    it, and the shell gets exit 1 and one line saying what happened and what to do."""
    import hashlib

    from tests.enginekit import BRAZIL, FRANCE
    from tui.core.debate.clock import FakeClock
    from tui.core.storage.sessions import create_session

    sessions = tmp_path / "sessions"
    create_session(sessions, GUIDE_2011, FakeClock(), session_id="s1", speakers=[BRAZIL, FRANCE]).close()
    path = sessions / "s1.json"
    program = " ".join([sys.executable, "-m", "tui", "run", "s1"])
    # (Textual draws on standard error: the line said after it is read on the pane, kept open.)
    cmd = ["sh", "-c", f"{program}; echo exit $?; sleep 60"]
    pane = Pane(cmd, program_env(sessions, ROOT), str(tmp_path))
    try:
        pane.wait_for("Nobody has the floor")
        pane.keys("n")
        pane.wait_for("statement")
        with open(path, "ab") as fh:
            fh.write(b'{"events":{"9":{"seq":9,"type":"floor.pau')
        after = hashlib.sha256(path.read_bytes()).hexdigest()
        pane.keys("Space")
        screen = pane.wait_for("READ-ONLY")
        assert "PAUSED" not in screen and "paused" not in screen.lower()  # never "Clock paused — u to undo"
        assert "nothing was recorded" in screen
        pane.keys("q")
        pane.wait_for("Quit anyway")
        pane.keys("y")
        said = " ".join(pane.wait_for("exit ").split())
    finally:
        pane.kill()
    assert said.endswith("exit 1")
    said = said.removesuffix("exit 1")
    assert said.replace(" ", "").endswith(
        (f"debate: {path} was changed by another program while the console had it open (41 bytes "
         "added after its last line); the console wrote nothing after that. Check the file (debate "
         "session show s1) before opening it again").replace(" ", ""))
    assert "Traceback" not in said
    assert hashlib.sha256(path.read_bytes()).hexdigest() == after
    assert (sessions / "s1.log").read_text().count("changed by another program") == 1  # said once
