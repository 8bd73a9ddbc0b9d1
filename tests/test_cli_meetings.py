"""`debate session new --meeting/--limit` and the forecast in `debate session show`."""

from __future__ import annotations

import json
from datetime import datetime

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
    return out.strip(), err


def show(capsys, sid):
    code, out, err = run(capsys, "session", "show", sid, "--json")
    assert code == 0, err
    return json.loads(out)


def test_meetings_and_limits_by_category(capsys, sdir):
    # A day far ahead: the forecast is against meeting 1 as planned, whatever today is.
    sid, err = new(capsys, "--meeting", "15:00-18:00", "--meeting", "10:00-13:00", "--date", "2099-01-02",
                   "--limit", "panellist=12:00", "--limit", "member-state=3:00",
                   "--limit", "second-reply=1:30")
    assert "meeting 1: 2099-01-02 10:00-13:00" in err and "meeting 2: 2099-01-02 15:00-18:00" in err
    assert "limit above decision 18/1: panellists 12:00" in err  # flagged, not refused
    data = show(capsys, sid)
    assert [m["hours"] for m in data["meetings"]] == ["2099-01-02 10:00-13:00", "2099-01-02 15:00-18:00"]
    assert data["limits"]["categories"] == {"member-state": 180}
    assert data["limits"]["panellist"] == 720 and data["limits"]["second_reply"] == 90
    assert data["limits_above_18_1"] == ["panellists 12:00 (decision 18/1: at most 10:00)"]
    f = data["forecast"]
    assert f["meeting"] == 1 and f["spare_seconds"] == 3 * 3600 and f["unreached"] == []
    assert f["ends_at"] == datetime(2099, 1, 2, 10, 0).astimezone().isoformat(timespec="seconds")


def test_a_meeting_on_another_day(capsys, sdir):
    sid, _ = new(capsys, "--meeting", "2099-03-04 10:00-13:00", "--date", "2099-01-02")
    assert show(capsys, sid)["meetings"][0]["hours"] == "2099-03-04 10:00-13:00"


@pytest.mark.parametrize(("args", "message"), [
    (["--meeting", "13:00-10:00"], "--meeting: meeting 1 ends before it starts"),
    (["--meeting", "10:00-13:00", "--meeting", "12:00-15:00"], "meeting 2 starts before meeting 1 ends"),
    (["--meeting", "10-13"], "not a meeting: '10-13' (write HH:MM-HH:MM"),
    (["--meeting", "25:00-26:00"], "not a time of day"),
    (["--limit", "speaker=3:00"], "no limit called 'speaker'"),
    (["--limit", "panellist=five"], "not a duration"),
    (["--date", "2099-02-30", "--meeting", "10:00-13:00"], "not a date"),
])
def test_bad_meetings_and_limits_create_nothing(capsys, sdir, args, message):
    try:
        code, _, err = run(capsys, "session", "new", "--guide", str(GUIDE_2011), *args)
    except SystemExit as exc:  # argparse's usage error
        code, err = exc.code, capsys.readouterr().err
    assert code == 2 and message in err.strip().splitlines()[-1] and "Traceback" not in err
    assert not list(sdir.glob("*.json"))


def test_show_reports_meetings_carry_over_and_the_unreached(capsys, sdir, monkeypatch):
    clock = FakeClock(datetime(2011, 4, 11, 9, 0).timestamp())
    monkeypatch.setattr("tui.cli.session.SystemClock", lambda: clock)
    sid, _ = new(capsys, "--meeting", "10:00-13:00", "--meeting", "15:00-18:00")  # on the clock's day
    clock.advance(3600)
    s = open_session(resolve(sdir, sid), clock)
    ids = [s.add_speaker(Participant.make(n)) for n in ("Brazil", "Chile", "Egypt")]
    s.give_floor()
    clock.advance(240)
    s.close_meeting()  # Chile and Egypt carried over
    clock.t = datetime(2011, 4, 11, 17, 54).timestamp()
    s.open_meeting()  # the afternoon meeting, opened late: six minutes left
    s.close()
    data = show(capsys, sid)
    [morning, afternoon] = data["meetings"]
    assert morning["held"] == 240 and morning["carried_over"] == 2 and morning["spoken"]["total"] == 240
    assert afternoon["open"]
    f = data["forecast"]
    assert f["meeting"] == 2 and f["time_left_seconds"] == 360 and f["unreached"] == ids[2:]
    # Negative when past: each after a changeover of 0:15, Chile ends at 17:59:15, Egypt at 18:04:30.
    assert f["spare_seconds"] == 360 - 2 * (15 + 300)
    assert f["method"] == "limits"
    _, out, _ = run(capsys, "session", "show", sid)
    assert "Chile (MS)  waiting  0:00" in out and "Egypt (MS)  waiting  0:00  ◀ not reached: first" in out
    assert "held 4:00, 4:00 spoken, 2 carried over" in out
    assert ("forecast: list ends ≈ 18:04, 5 min past the meeting, 1 speaker would not be reached "
            "· by limits, 0:15 between speakers (default until 5 observed)") in out


def test_show_tells_of_replies_an_earlier_version_put_within_the_list(capsys, sdir):
    import shutil
    from pathlib import Path

    sdir.mkdir()
    shutil.copy(Path(__file__).parent / "data" / "sessions" / "format1-replies.json", sdir)
    _, out, _ = run(capsys, "session", "show", "format1-replies")
    assert ("note: 2 rights of reply placed within the list by an earlier version now wait after it "
            "(UN practice: replies at the end of the meeting)") in out
    assert out.index("4. France (MS, WEOG)  right of reply 1  spoken") < out.index("5. Chile")
    assert show(capsys, "format1-replies")["replies_placed"] == 2
