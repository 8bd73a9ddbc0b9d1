"""`debate summary` from the shell, on a session written by the engine."""

from __future__ import annotations

import pytest

from tests.conftest import GUIDE_2011
from tests.test_cli_guide import run
from tui.core.debate.clock import FakeClock
from tui.core.debate.participants import Participant
from tui.core.storage.sessions import create_session


@pytest.fixture
def session_id(tmp_path, monkeypatch, guide_2011):
    d = tmp_path / "sessions"
    monkeypatch.setenv("DEBATE_SESSIONS_DIR", str(d))
    clock = FakeClock()
    s = create_session(d, GUIDE_2011, clock, session_id="s20", chair="Mr. Chair")
    s.give_floor(s.add_speaker(Participant.make("Brazil", "member-state", "GRULAC")))
    clock.advance(100)
    s.add_point("Grooming must be a crime", main=True)
    s.add_point("A remark")
    s.end()
    s.close()
    return "s20"


def test_markdown_to_stdout_with_a_note_on_left_out_points(capsys, session_id):
    code, out, err = run(capsys, "summary", session_id)
    assert code == 0
    assert "The discussion was chaired by Mr. Chair." in out
    assert "One speaker stressed that grooming must be a crime." in out
    assert "1 recorded point(s) not marked" in err


def test_named_french_with_coverage(capsys, session_id):
    code, out, _ = run(capsys, "summary", session_id, "--lang", "fr", "--attribution", "named", "--coverage",
                       "--chair", "Mme Présidente")
    assert code == 0 and "Brazil a souligné que grooming must be a crime." in out
    assert "Annexe III" in out and "présidé par Mme Présidente" in out


def test_html_and_csv_to_files(capsys, session_id, tmp_path):
    html, table = tmp_path / "s.html", tmp_path / "s.csv"
    assert run(capsys, "summary", session_id, "--format", "html", "-o", str(html))[0] == 0
    assert run(capsys, "summary", session_id, "--format", "csv", "-o", str(table))[0] == 0
    assert html.read_text().startswith("<!DOCTYPE html>") and "<svg" in html.read_text()
    assert table.read_text().splitlines()[1].startswith("1,Brazil,member-state,latin-american-caribbean")


def test_missing_guide_is_one_line(capsys, session_id, tmp_path, monkeypatch):
    import json

    path = tmp_path / "sessions" / "s20.json"
    first, rest = path.read_text().split("\n", 1)  # the metadata is the journal's first line
    data = json.loads(first)
    data["session"]["1"]["guide"] = str(tmp_path / "gone.yaml")
    path.write_text(json.dumps(data) + "\n" + rest)
    code, _, err = run(capsys, "summary", session_id)
    assert code == 1 and "missing or no longer valid" in err and len(err.strip().splitlines()) == 1
