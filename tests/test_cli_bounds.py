"""What is typed on the command line has bounds: refused with one line naming the option and the
range accepted, never a traceback, never a usage block, never garbled on the screen afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import GUIDE_2011
from tui.cli import main


def _new(tmp_path: Path, *args: str) -> int:
    return main(["session", "new", "--guide", str(GUIDE_2011), "--sessions-dir",
                 str(tmp_path / "s"), *args])


@pytest.mark.parametrize(("args", "said"), [
    (["--limit", "panellist=99:99"], "debate session new: error: argument --limit: not a duration: "
     "'99:99' (write 5:00, 300, 5m or 300s: minutes and seconds 00 to 59, from 0:01 to 3:00:00)"),
    (["--right-of-reply", "1e38"], "debate session new: error: argument --right-of-reply: not a "
     "duration: '1e38' (write 5:00, 300, 5m or 300s: minutes and seconds 00 to 59, from 0:01 to "
     "3:00:00)"),
    (["--warning", "999999999:00"], "debate session new: error: argument --warning: not a duration: "
     "'999999999:00' (write 5:00, 300, 5m or 300s: minutes and seconds 00 to 59, from 0:01 to "
     "3:00:00)"),
    (["--title", "x" * 20000], "debate session new: error: argument --title: 20000 characters; a "
     "title is at most 300 (the theme of a guide is about 110)"),
    (["--title", "two\nlines"], "debate session new: error: argument --title: a title is one line; "
     "remove the line break"),
    (["--date", "0001-01-01", "--meeting", "10:00-13:00"], "debate session new: error: argument "
     "--date: 0001-01-01 is out of range: a day from 1900-01-01 to 9999-12-31"),
    (["--meeting", "0001-01-01 10:00-13:00"], "debate: --meeting: 0001-01-01 is out of range in "
     "meeting '0001-01-01 10:00-13:00': a day from 1900-01-01 to 9999-12-31"),
])
def test_an_option_out_of_bounds_is_one_line_naming_it_and_the_range(tmp_path, capsys, args, said):
    with pytest.raises(SystemExit) as stop:
        code = _new(tmp_path, *args)
        raise SystemExit(code)
    err = capsys.readouterr().err
    assert stop.value.code == 2
    assert err == said + "\n"  # one line: no usage block, no traceback
    assert not (tmp_path / "s").exists() or not list((tmp_path / "s").glob("*.json"))


def test_a_title_of_300_characters_and_a_whole_day_meeting_on_many_days_are_accepted(tmp_path, capsys):
    # A meeting from 00:00 to 23:59 is odd but can be meant (no break planned); 400 of them are a
    # plan the console and `session show` list one per line: nothing garbles, so they are accepted.
    days = [f"--meeting=2026-01-{d:02d} 00:00-23:59" for d in range(1, 29)]
    assert _new(tmp_path, "--title", "t" * 300, "--id", "long", *days) == 0
    err = capsys.readouterr().err
    assert err.count("\n") == 28 and "meeting 28: 2026-01-28 00:00-23:59" in err
