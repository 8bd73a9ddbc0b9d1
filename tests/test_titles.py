"""A speaker's title or function ("Ms. Ana Lopes, Director, Division for Treaty Affairs"): stored
with the participant, shown in `session show`, in every format of the summary's annex of speakers,
and absent (not null) from the events of a speaker without one, so old sessions read the same."""

from __future__ import annotations

import csv
import io
import json
import shutil
import zipfile
from pathlib import Path

import pytest

from tests.conftest import GUIDE_2011
from tui.cli import main
from tui.core.debate.clock import FakeClock
from tui.core.debate.participants import Participant, ParticipantError
from tui.core.storage.session_store import SessionStore
from tui.core.storage.sessions import create_session, open_session
from tui.core.summary.document import Options
from tui.core.summary.export import render, render_bytes

TITLE = "Director, Division for Treaty Affairs"
FIXTURES = Path(__file__).parent / "data" / "sessions"


def debate(tmp_path, guide):
    clock = FakeClock()
    s = create_session(tmp_path, GUIDE_2011, clock, session_id="titled", guide=guide, speakers=[
        Participant.make("Ms. Ana Lopes", "panellist", "GRULAC", TITLE),
        Participant.make("Brazil", "member-state", "GRULAC")])
    for _ in range(2):
        s.give_floor()
        clock.advance(90)
        s.end()
    return s, clock


def test_a_title_is_cleaned_bounded_and_absent_from_the_event_when_there_is_none():
    p = Participant.make("Ms. Ana Lopes", "panellist", "GRULAC", "  Director,\n  Division ")
    assert p.title == "Director, Division"
    assert p.as_dict()["title"] == "Director, Division"
    assert "title" not in Participant.make("Brazil").as_dict()
    assert Participant.make("Brazil", title="  ").title is None
    with pytest.raises(ParticipantError, match="title longer than 160"):
        Participant.make("Brazil", title="x" * 161)
    # Two titles, one participant: the title is not part of who they are in the list's duplicates.
    assert Participant.from_dict(p.as_dict()) == p


def test_the_title_is_on_disk_and_back_after_reopening(tmp_path, guide_2011):
    s, clock = debate(tmp_path, guide_2011)
    path = s.log.path
    s.close()
    again = open_session(path, clock, writer=False)
    again.close()
    assert [i.participant.title for i in again.state.interventions] == [TITLE, None]


def test_an_event_whose_title_is_not_text_is_refused(tmp_path, guide_2011):
    s, _clock = debate(tmp_path, guide_2011)
    path = s.log.path
    s.close()
    text = path.read_text("utf-8").replace(json.dumps(TITLE), "12")
    assert "12" in text
    path.write_text(text, "utf-8")
    with pytest.raises(Exception, match="title"), SessionStore.open(path, writer=False) as reader:
        reader.state()


def test_an_old_session_without_titles_opens_unchanged(tmp_path, guide_2011):
    path = tmp_path / "format1-debate.json"
    shutil.copy(FIXTURES / "format1-debate.json", path)
    original = path.read_bytes()
    session = open_session(path, FakeClock(1302509300.0), writer=False)
    session.close()
    assert path.read_bytes() == original
    people = [e.participant for e in session.state.entries.values()]
    assert people and all(p.title is None for p in people)
    md = render("md", session.log.meta, session.state, guide_2011, 1302509300.0, Options("en"))
    assert "| Ms. Ana Lopes | Panellist |" in md and "| Speaker | Category |" in md
    assert "Title or function" not in md
    rows = list(csv.reader(io.StringIO(render("csv", session.log.meta, session.state, guide_2011,
                                              1302509300.0, Options("en")))))
    col = rows[0].index("title")
    assert all(row[col] == "" for row in rows[1:])


@pytest.mark.parametrize(("lang", "column"), [("en", "Title or function"), ("fr", "Titre ou fonction"),
                                              ("es", "Cargo o función")])
def test_the_annex_of_speakers_shows_the_title_in_every_format(tmp_path, guide_2011, lang, column):
    s, clock = debate(tmp_path, guide_2011)
    meta, state, now = s.log.meta, s.state, clock.now()
    s.close()
    options = Options(lang)
    md = render("md", meta, state, guide_2011, now, options)
    assert f"| {column} |" in md
    row = next(line for line in md.splitlines() if line.startswith("| 1 |"))
    assert f"| {TITLE} |" in row and "Lopes" in row
    assert TITLE in render("html", meta, state, guide_2011, now, options)
    with zipfile.ZipFile(io.BytesIO(render_bytes("docx", meta, state, guide_2011, now, options))) as z:
        assert TITLE in z.read("word/document.xml").decode("utf-8")
    rows = list(csv.reader(io.StringIO(render("csv", meta, state, guide_2011, now, options))))
    col = rows[0].index("title")
    assert rows[1][col] == TITLE and rows[2][col] == ""


def test_session_show_prints_the_title(tmp_path, guide_2011, capsys):
    s, _clock = debate(tmp_path, guide_2011)
    s.close()
    assert main(["session", "show", "titled", "--sessions-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert f"Ms. Ana Lopes, {TITLE} (PAN, GRULAC)" in out
    assert "Brazil (MS, GRULAC)" in out
    assert main(["session", "show", "titled", "--json", "--sessions-dir", str(tmp_path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["interventions"][0]["speaker"]["title"] == TITLE
    assert "title" not in data["interventions"][1]["speaker"]


def test_a_roster_with_titles_makes_a_session_with_titles(tmp_path, capsys):
    roster = tmp_path / "speakers.csv"
    roster.write_text(f'name,category,group,title\nMs. Ana Lopes,panellist,GRULAC,"{TITLE}"\nBrazil\n',
                      "utf-8")
    assert main(["session", "new", "--speakers", str(roster), "--id", "r",
                 "--sessions-dir", str(tmp_path)]) == 0
    capsys.readouterr()
    assert main(["session", "show", "r", "--sessions-dir", str(tmp_path)]) == 0
    assert f"Ms. Ana Lopes, {TITLE} (PAN, GRULAC)" in capsys.readouterr().out


def test_the_web_projector_gets_the_title_of_the_speaker_on_the_floor(tmp_path, guide_2011):
    from tui.web.state import web_state

    clock = FakeClock()
    s = create_session(tmp_path, GUIDE_2011, clock, session_id="web", guide=guide_2011, speakers=[
        Participant.make("Ms. Ana Lopes", "panellist", "GRULAC", TITLE), Participant.make("Brazil")])
    s.give_floor()
    assert web_state(s.log.meta, s.state, clock.now(), None)["floor"]["title"] == TITLE
    s.end()
    s.give_floor()
    assert web_state(s.log.meta, s.state, clock.now(), None)["floor"]["title"] is None
    s.close()
    page = (Path(__file__).parents[1] / "tui" / "web" / "static" / "app.js").read_text("utf-8")
    assert 'setText(title, f && f.title ? f.title : "")' in page  # set as text, never as HTML


def test_the_web_state_holds_no_control_character_of_any_hostile_text(tmp_path, guide_2011):
    """What the terminal shows as ␛ or U+FFFD the pages get the same way: a browser sets the text
    as text but still obeys U+202E, so `Bidi\u202eevil\u202c` read "Bidilive" on the projector."""
    import json

    from tests.hostile import HOSTILE, forbidden_in, hostile_session
    from tui.web.state import web_state

    clock = FakeClock()
    hostile = [t for t in HOSTILE if len(t) < 1000]
    s = hostile_session(tmp_path, hostile, title="Title\u202eevil\u202c\x1b]0;X\x07", session_id="web")
    s._record("floor.give", entry=s.state.order[0], kind="statement", limit=300)  # as a file may hold it
    s._record("list.add", speakers=[{"name": "Bidi\u202eevil\u202c", "category": "member-state",
                                     "title": "Dir\u2066ector\u2069"}])
    s.end()
    s.give_floor(s.state.order[-1])
    state = web_state(s.log.meta, s.state, clock.now(), guide_2011,
                      problem=f"{tmp_path}/\x1b[2J.json: unreadable")
    s.close()
    assert forbidden_in(json.dumps(state, ensure_ascii=False)) == []
    assert state["floor"]["name"] == "Bidi\ufffdevil\ufffd"
    assert state["floor"]["title"] == "Dir\ufffdector\ufffd"
    assert state["title"] == "Title\ufffdevil\ufffd␛]0;X␇" and "␛[2J" in state["problem"]
    assert "مصر" in [e["name"] for e in state["speakers"]]  # right-to-left names stay as they are
