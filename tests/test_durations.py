"""One duration grammar for guides, CLI options and sessions (tui/core/text/durations.py)."""

import pytest

from tui.core.text.durations import DurationError, mmss, parse_duration


@pytest.mark.parametrize(("text", "seconds"), [
    ("5:00", 300), ("10:00", 600), (" 0:30 ", 30), ("90:00", 5400), ("300", 300), ("300s", 300),
    ("90S", 90), ("5m", 300), ("2 m", 120), ("180:00", 3 * 3600), ("1:15:00", 4500),
    ("3:00:00", 3 * 3600),
])
def test_accepted_forms(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "soon", "5:7", "5:60", "-5", "1:0:00", "1:60:00", "5h", "5:00m",
                                  "m", "1e3"])
def test_not_a_duration(text):
    with pytest.raises(DurationError, match="not a duration"):
        parse_duration(text)


@pytest.mark.parametrize(("text", "longest"),
                         [("0:00", 3600), ("0", 3600), ("60:01", 3600), ("181m", 3 * 3600)])
def test_out_of_range(text, longest):
    with pytest.raises(DurationError, match="out of range"):
        parse_duration(text, longest)


def test_format_reads_back():
    for seconds in (1, 59, 60, 61, 300, 3599, 3600, 3 * 3600):
        assert parse_duration(mmss(seconds)) == seconds
    assert mmss(-75) == "-1:15"


def test_from_an_hour_on_a_duration_reads_like_a_clock():
    # Meeting time used, time per category in a long meeting: "1:15:00", never "75:00".
    assert mmss(3599) == "59:59"
    assert mmss(3600) == "1:00:00"
    assert mmss(4500.9) == "1:15:00"
    assert mmss(2 * 3600 + 61) == "2:01:01"
    assert mmss(-3725) == "-1:02:05"


def test_the_guide_schema_uses_the_same_grammar(minimal_text):
    from tui.core.bank.loader import parse_guide

    assert "time_limits:" in minimal_text
    text = minimal_text.replace("time_limits:", "time_limits:\n  right_of_reply: \"3m\"", 1)
    assert parse_guide(text.encode(), "minimal.yaml").time_limits.right_of_reply == 180


def test_an_overrun_counts_when_the_shown_time_exceeds_the_limit():
    """5:00.4 on a 5:00 limit is shown 5:00: no overrun (on main: one overrun, of '0:00', in the
    summary and session show); 5:00.5 is shown 5:01: an overrun of 0:01."""
    from tui.core.debate.participants import Participant
    from tui.core.debate.state import Intervention
    from tui.core.debate.stats import Figures
    from tui.core.text.durations import rounded_mmss

    def spoke(seconds: float) -> Intervention:
        return Intervention(1, 1, Participant.make("Brazil", "member-state", "GRULAC"), "statement",
                            300, 0.0, None, None, spoken=seconds, ended=seconds)

    assert spoke(300.4).overrun(0) == 0
    assert rounded_mmss(spoke(300.5).overrun(0)) == "0:01"
    f = Figures("all")
    f.add(spoke(300.4), 0)
    assert f.overruns == 0
    f.add(spoke(300.5), 0)
    assert f.overruns == 1
