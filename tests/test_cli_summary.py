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
    s.leave_out(s.add_point("Off topic"), "not on the theme")
    s.end()
    s.close()
    return "s20"


def test_markdown_to_stdout_reports_what_was_left_out(capsys, session_id):
    code, out, err = run(capsys, "summary", session_id)
    assert code == 0, err
    assert "The discussion was held on 11 April 2011 and chaired by Mr. Chair." in out
    assert "One speaker stressed that grooming must be a crime." in out
    assert "Brazil noted that a remark." in run(capsys, "summary", session_id, "--attribution", "named")[1]
    assert "Off topic" not in out
    assert err == "debate: left out by the Chair (not on the theme): Off topic\n"


def test_named_french_with_coverage_lists_points_without_french_text(capsys, session_id):
    code, out, err = run(capsys, "summary", session_id, "--lang", "fr", "--attribution", "named",
                         "--coverage", "--chair", "Mme Présidente")
    assert code == 0 and "grooming must be a crime" not in out.split("## Points sans texte")[0]
    assert "(en) Grooming must be a crime. — Brésil" in out  # as typed; who said it in French
    assert "Annexe III" in out and "sous la présidence de Mme Présidente" in out
    assert "no text in the summary's language (recorded in en; listed at the end): Grooming" in err


def test_spanish_with_a_translation(capsys, session_id, tmp_path):
    from tui.core.debate.clock import FakeClock
    from tui.core.storage.sessions import open_session

    s = open_session(tmp_path / "sessions" / "s20.json", FakeClock(1_302_600_000.0))
    s.translate_point(min(s.state.points), "es", "el acoso de niños en línea debe tipificarse como delito")
    s.close()
    code, out, _ = run(capsys, "summary", session_id, "--lang", "es", "--attribution", "named")
    assert code == 0 and "El Brasil destacó que el acoso de niños en línea debe tipificarse" in out


def test_format_from_the_extension_and_word(capsys, session_id, tmp_path):
    from tui.core.text.docx_writer import docx_texts

    doc = tmp_path / "resumen.docx"
    assert run(capsys, "summary", session_id, "-o", str(doc))[0] == 0
    assert doc.read_bytes()[:2] == b"PK" and any("grooming must be a "
                                                 "crime" in t for t in docx_texts(doc.read_bytes()))
    code, _, err = run(capsys, "summary", session_id, "-o", str(tmp_path / "summary.txt"))
    assert code == 1 and "give --format" in err and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "summary", session_id, "--format", "docx")
    assert code == 1 and "-o FILE.docx" in err


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
