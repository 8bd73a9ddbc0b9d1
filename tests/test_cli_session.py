"""`debate session …` from the shell: ids, listing, the full state as JSON, undo, bad input."""

from __future__ import annotations

import json

import pytest

from tests.conftest import GUIDE_2011
from tests.test_cli_guide import run
from tui.core.debate.clock import FakeClock
from tui.core.debate.participants import Participant
from tui.core.storage.session_store import resolve
from tui.core.storage.sessions import open_session


def new(capsys, *extra):
    code, out, err = run(capsys, "session", "new", "--guide", str(GUIDE_2011), *extra)
    assert code == 0, err
    return out.strip()


def test_new_prints_the_id_and_preregisters_speakers(capsys, sdir, tmp_path):
    csv = tmp_path / "speakers.csv"
    csv.write_text("name,category,group\nBrazil,member-state,GRULAC\n"
                   '"Dr. Ana Lopes, University of Lisbon",panellist,WEOG\nUNODC,un-entity,\n')
    sid = new(capsys, "--speakers", str(csv), "--title", "Twentieth session", "--right-of-reply", "2:30")
    assert sid.startswith("ccpcj-20-2011-") and (sdir / f"{sid}.json").exists()
    _, out, _ = run(capsys, "session", "show", sid, "--json")
    data = json.loads(out)
    assert [s["name"] for s in data["speakers"]] == ["Brazil", "Dr. Ana Lopes, University of Lisbon",
                                                     "UNODC"]
    assert data["title"] == "Twentieth session" and data["limits"]["right_of_reply"] == 150
    assert [m["name"] for m in data["panel"]["seats"]["western-european-other"]] == [
        "Dr. Ana Lopes, University of Lisbon"]


def test_show_json_has_the_full_state(capsys, sdir):
    sid = new(capsys)
    clock = FakeClock(1_700_000_000.0)
    s = open_session(resolve(sdir, sid), clock)
    guide = s.guide
    s.set_topic(guide.subthemes()[0].id, guide.find("7(a)").id)
    s.give_floor(s.add_speaker(Participant.make("Brazil", "member-state", "GRULAC")))
    clock.advance(320)
    s.add_point("Grooming must be a crime", main=True)
    s.end()
    s.close()
    _, out, _ = run(capsys, "session", "show", sid, "--json")
    data = json.loads(out)
    (i,) = data["interventions"]
    assert (i["duration"], i["overrun"], i["limit"], i["state"]) == (320, 20, 300, "ended")
    assert i["start"] and i["end"]
    (p,) = data["points"]
    assert p["by"] == "Brazil" and p["question"]["ref"] == "7(a)" and p["subtheme"]["ref"] == "(a)"
    assert data["subtheme"]["title"] and data["question"]["id"] == guide.find("7(a)").id
    assert data["statistics"]["by_group"]["latin-american-caribbean"]["overruns"] == 1
    assert data["speakers"][0]["status"] == "spoken"


def test_list_and_undo(capsys, sdir):
    sid = new(capsys)
    s = open_session(resolve(sdir, sid), FakeClock())
    s.add_speaker(Participant.make("Brazil"))
    s.close()
    code, out, _ = run(capsys, "session", "list")
    assert code == 0 and sid in out and "open" in out
    code, out, _ = run(capsys, "session", "undo", sid[:20])
    assert code == 0 and "list.add" in out
    code, _, err = run(capsys, "session", "undo", sid)
    assert code == 1 and err.startswith("debate: ") and "nothing to undo" in err


def test_undo_refused_while_a_console_writes(capsys, sdir):
    sid = new(capsys)
    s = open_session(resolve(sdir, sid), FakeClock())
    s.add_speaker(Participant.make("Brazil"))
    code, _, err = run(capsys, "session", "undo", sid)
    assert code == 1 and "already open for writing" in err
    s.close()


def test_bad_csv_names_file_line_and_field(capsys, sdir, tmp_path):
    csv = tmp_path / "bad.csv"
    csv.write_text("Brazil,member-state,GRULAC\nFrance,state,WEOG\nNigeria,member-state,Africa-ish\n")
    code, _, err = run(capsys, "session", "new", "--guide", str(GUIDE_2011), "--speakers", str(csv))
    assert code == 2
    lines = err.strip().splitlines()
    assert lines[0].startswith(f"{csv}:2:1: unknown category 'state'")
    assert lines[1].startswith(f"{csv}:3:1: unknown regional group 'Africa-ish'")
    assert not list(sdir.glob("*.json"))  # nothing created


@pytest.mark.parametrize("content", [b"", b"{oops"])
def test_broken_session_file_is_refused_untouched(capsys, sdir, content):
    sdir.mkdir(parents=True)
    (sdir / "broken.json").write_bytes(content)
    for args in (("show", "broken"), ("undo", "broken")):
        code, _, err = run(capsys, "session", *args)
        assert code == 2 and "broken.json" in err and len(err.strip().splitlines()) == 1
    assert (sdir / "broken.json").read_bytes() == content


def test_unknown_session_and_bad_duration(capsys, sdir):
    code, _, err = run(capsys, "session", "show", "nope")
    assert code == 1 and "no session 'nope'" in err
    with pytest.raises(SystemExit) as exc:
        main_args = ["session", "new", "--guide", str(GUIDE_2011), "--warning", "soon"]
        from tui.cli import main

        main(main_args)
    assert exc.value.code == 2
    assert "not a duration" in capsys.readouterr().err


def test_list_with_only_an_unreadable_session_does_not_say_there_are_none(capsys, sdir):
    sid = new(capsys)
    path = sdir / f"{sid}.json"
    path.write_text(path.read_text().replace('"member-state"', '"president"', 1) + "{not json\n")
    before = path.read_bytes()
    code, out, err = run(capsys, "session", "list")
    assert code == 1 and "no readable session" in out and "1 unreadable" in out
    assert "start one" not in out and sid in err
    assert path.read_bytes() == before


def test_writing_into_a_missing_folder_names_the_folder_not_a_temp_file(capsys, sdir, tmp_path):
    sid = new(capsys)
    target = tmp_path / "missing" / "summary.md"
    code, _, err = run(capsys, "summary", sid, "-o", str(target))
    assert code == 1 and f"the folder {target.parent} does not exist" in err
    assert ".tmp" not in err and not target.parent.exists()


def test_show_gives_the_chairs_ruling_on_a_point_of_order(capsys, sdir):
    sid = new(capsys)
    s = open_session(resolve(sdir, sid), FakeClock(1_700_000_000.0))
    s.give_floor(s.add_speaker(Participant.make("Brazil", "member-state", "GRULAC")))
    s.point_of_order(Participant.make("France", "member-state", "WEOG"))
    s.rule("The point is well taken; the speaker will keep to the sub-theme")
    s.end()
    s.close()
    _, out, _ = run(capsys, "session", "show", sid, "--json")
    data = json.loads(out)
    order = [i for i in data["interventions"] if i["kind"] == "point-of-order"]
    assert [i["ruling"] for i in order] == ["The point is well taken; the speaker will keep to the sub-theme"]
    assert "ruling" not in data["interventions"][0]
    code, out, _ = run(capsys, "session", "show", sid)
    assert code == 0
    assert "       ruling: The point is well taken; the speaker will keep to the sub-theme" in out


def _with_a_too_long_number(capsys, sdir):
    """A good session and, written after it, one whose instant has 5,000 digits."""
    good = new(capsys, "--id", "good")
    bad = sdir / "bad.json"
    lines = (sdir / "good.json").read_bytes().replace(b'"id":"good"', b'"id":"bad"').splitlines()
    bad.write_bytes(b"\n".join([*lines, b'{"events": {"9": {"seq": 9, "type": "list.close", "at": '
                                + b"9" * 5000 + b', "data": {}}}}']) + b"\n")
    return good, bad


def test_list_skips_a_file_with_a_too_long_number_and_says_so(capsys, sdir):
    good, bad = _with_a_too_long_number(capsys, sdir)
    code, out, err = run(capsys, "session", "list")
    assert code == 1 and good in out and "bad" not in out
    assert err == (f"debate: {bad}: event 9: 'at' is a whole number 5000 digits long; "
                   "the file is left untouched\n")


def test_the_default_session_search_skips_an_unreadable_file_and_says_so(capsys, sdir):
    from argparse import Namespace

    from tui.cli.run import _choose
    from tui.core.debate.clock import SystemClock

    good, bad = _with_a_too_long_number(capsys, sdir)
    args = Namespace(session=None, guide=None, new=False, speakers=None)
    session = _choose(args, sdir, SystemClock(), None)
    session.close()
    assert session.log.meta.id == good
    assert f"debate: note: skipped {bad}: event 9: 'at' is a whole number" in capsys.readouterr().err


def test_show_rounds_durations_as_the_summary_does(capsys, sdir):
    """419.6 s read 6:59 in `session show` (mmss truncates) and 7:00 in the summary and CSV."""
    sid = new(capsys)
    clock = FakeClock(1_700_000_000.0)
    s = open_session(resolve(sdir, sid), clock)
    s.give_floor(s.add_speaker(Participant.make("Brazil", "member-state", "GRULAC")))
    clock.advance(419.6)
    s.end()
    s.close()
    _, out, _ = run(capsys, "session", "show", sid)
    assert "7:00" in out and "6:59" not in out
