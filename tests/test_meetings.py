"""Meetings, the forecast, rights of reply, group statements and carry-over, on a fake clock."""

import pytest

from tests.enginekit import BRAZIL, FRANCE, NIGERIA, PANELLIST, UNODC
from tui.core.bank.limits import TimeLimits as Limits
from tui.core.debate.clock import FakeClock
from tui.core.debate.engine import EngineError, MemoryLog, Session
from tui.core.debate.forecast import (
    DEFAULT_CHANGEOVER,
    LONGEST_CHANGEOVER,
    OBSERVED_AFTER,
    forecast,
    forecast_text,
)
from tui.core.debate.named_limits import parse_named_limit, with_named
from tui.core.debate.participants import Participant
from tui.core.debate.session_meta import SessionMeta
from tui.core.debate.snapshot import snapshot
from tui.core.debate.state import fold
from tui.core.debate.stats import meeting_clock, statistics

HOUR, MIN = 3600.0, 60.0
T0 = FakeClock().t  # 08:00 on the clock of the tests
MORNING = (T0 + 2 * HOUR, T0 + 5 * HOUR)  # "10:00-13:00"
AFTERNOON = (T0 + 7 * HOUR, T0 + 10 * HOUR)  # "15:00-18:00"
STATES = [Participant.make(n, "member-state") for n in
          ("Argentina", "Chile", "Egypt", "India", "Japan", "Kenya", "Mexico", "Peru")]
# The 30th session (2021): 5 minutes for panellists, 3 for everyone else.
LIMITS_2021 = with_named(Limits(), {"panellist": 300, "participant": 180, "right-of-reply": 300,
                                    "second-reply": 180})


def meeting_session(limits=LIMITS_2021, plan=(MORNING, AFTERNOON)):
    clock = FakeClock()
    s = Session(MemoryLog(), clock, limits)
    s.plan_meetings(plan)
    return s, clock


def at(clock, instant):
    clock.t = instant


def fc(s, clock, changeover=0.0):
    # The arithmetic of the speeches alone; the changeover between speakers has its own tests.
    return forecast(s.state, s.limits, clock.now(), changeover=changeover)


# -- the forecast --------------------------------------------------------------------------------


def test_forecast_by_limits_fits_the_meeting():
    s, clock = meeting_session()
    at(clock, MORNING[0])
    s.open_meeting()
    ids = [s.add_speaker(PANELLIST), *(s.add_speaker(p) for p in STATES[:3])]
    f = fc(s, clock)
    assert f.meeting.number == 1 and f.method == "limits"
    assert f.need == 5 * MIN + 3 * 3 * MIN
    assert f.ends_at == MORNING[0] + 14 * MIN
    assert f.spare == 3 * HOUR - 14 * MIN and f.unreached == ()
    assert [slot.entry for slot in f.slots] == ids
    assert "to spare" in forecast_text(f) and "by limits" in forecast_text(f)


def test_forecast_past_the_end_names_the_first_unreached_speaker():
    s, clock = meeting_session(limits=Limits())
    at(clock, MORNING[0])
    s.open_meeting()
    ids = [s.add_speaker(p) for p in STATES[:4]]
    at(clock, MORNING[1] - 10 * MIN)  # 12:50, four five-minute speakers waiting
    f = fc(s, clock)
    assert f.ends_at == MORNING[1] + 10 * MIN
    assert f.spare == -10 * MIN  # negative when past the meeting
    # The second ends at 13:00 exactly: reached. The third and fourth would run past the end.
    assert f.unreached == (ids[2], ids[3]) and f.first_unreached == ids[2]
    text = forecast_text(f)
    assert "10 min past the meeting" in text and "2 speakers would not be reached" in text


def test_forecast_counts_the_rest_of_the_speaker_on_the_floor_and_a_meeting_not_yet_open():
    s, clock = meeting_session()
    at(clock, MORNING[0] - 30 * MIN)
    s.add_speaker(BRAZIL)
    f = fc(s, clock)
    assert f.meeting.number == 1 and not f.meeting.is_open
    assert f.starts == MORNING[0] and f.ends_at == MORNING[0] + 3 * MIN  # the list starts at 10:00
    s.add_speaker(FRANCE)
    at(clock, MORNING[0])
    s.give_floor()  # opens the meeting
    clock.advance(MIN)
    f = fc(s, clock)
    assert f.floor_left == 2 * MIN and f.need == 3 * MIN
    assert f.ends_at == MORNING[0] + 6 * MIN


def test_forecast_switches_to_observed_averages_after_enough_interventions():
    s, clock = meeting_session()
    at(clock, MORNING[0])
    speakers = [s.add_speaker(p) for p in STATES]
    waiting_panellist = s.add_speaker(PANELLIST)
    for entry in speakers[:OBSERVED_AFTER - 1]:
        s.give_floor(entry)
        clock.advance(2 * MIN)  # a short statement under the 3:00 limit
        s.end()
    f = fc(s, clock)
    assert f.method == "limits"  # four statements are not enough to judge
    s.give_floor(speakers[OBSERVED_AFTER - 1])
    clock.advance(2 * MIN)
    s.end()
    f = fc(s, clock)
    assert f.estimates["member-state"].seconds == 2 * MIN
    assert f.estimates["member-state"].observed == OBSERVED_AFTER
    assert f.method == "mixed"  # the panellist still counts at the limit
    assert f.need == 3 * 2 * MIN + 5 * MIN
    s.remove(waiting_panellist)
    f = fc(s, clock)
    assert f.method == "observed" and f.need == 3 * 2 * MIN
    assert "averages spoken" in forecast_text(f)


def test_forecast_without_meetings_has_an_end_but_no_spare():
    clock = FakeClock()
    s = Session(MemoryLog(), clock)
    s.add_speaker(BRAZIL)
    f = fc(s, clock)
    assert f.meeting is None and f.spare is None and f.unreached == ()
    assert f.ends_at == clock.t + 5 * MIN


def test_a_changeover_comes_before_each_waiting_speaker_default_then_observed():
    s, clock = meeting_session()
    at(clock, MORNING[0])
    speakers = [s.add_speaker(p) for p in STATES]
    f = forecast(s.state, s.limits, clock.now())
    assert (f.changeover, f.changeover_method, f.changeovers) == (DEFAULT_CHANGEOVER, "default", 0)
    assert f.need == 8 * (DEFAULT_CHANGEOVER + 3 * MIN)
    assert f.slots[0].starts == MORNING[0] + DEFAULT_CHANGEOVER
    assert "0:15 between speakers (default until 5 observed)" in forecast_text(f)
    # The Chair takes 30 s between speakers: once five gaps are seen, they replace the default.
    for n, entry in enumerate(speakers[:OBSERVED_AFTER + 1]):
        s.give_floor(entry)
        clock.advance(3 * MIN)
        s.end()
        f = forecast(s.state, s.limits, clock.now())
        assert f.changeovers == n
        if n < OBSERVED_AFTER:
            assert f.changeover_method == "default"
            clock.advance(30)
    assert (f.changeover, f.changeover_method) == (30.0, "observed")
    assert f.need == 2 * (30 + 3 * MIN)  # two waiting, each after a 30 s changeover
    assert "0:30 between speakers (average of 5 observed)" in forecast_text(f)
    assert "0:30 entre orateurs (moyenne de 5 observés)" in forecast_text(f, "fr")


def test_a_changeover_counts_neither_lunch_nor_a_long_pause():
    s, clock = meeting_session()
    at(clock, MORNING[0])
    speakers = [s.add_speaker(p) for p in STATES]
    s.give_floor(speakers[0])
    clock.advance(MIN)
    s.give_floor(speakers[1])  # straight from one speaker to the next: a gap of zero
    clock.advance(MIN)
    s.end()
    clock.advance(LONGEST_CHANGEOVER + 1)  # a pause in the debate, not a changeover
    s.give_floor(speakers[2])
    clock.advance(MIN)
    s.end()
    s.close_meeting()
    at(clock, AFTERNOON[0])
    s.give_floor(speakers[3])  # after lunch: no changeover either
    assert forecast(s.state, s.limits, clock.now()).changeovers == 1


# -- meeting boundaries --------------------------------------------------------------------------


def test_a_speech_running_past_the_end_of_the_meeting():
    s, clock = meeting_session(limits=Limits())
    at(clock, MORNING[0])
    s.open_meeting()
    s.add_speaker(BRAZIL)
    waiting = s.add_speaker(FRANCE)
    at(clock, MORNING[1] - 2 * MIN)
    s.give_floor()
    at(clock, MORNING[1] + 2 * MIN)  # 13:02: interpretation has stopped, Brazil goes on
    f = fc(s, clock)
    assert f.time_left == -2 * MIN
    assert f.floor_left == MIN and f.unreached == (waiting,)
    assert f.spare == -(2 * MIN + MIN + 5 * MIN)
    assert s.state.floor.elapsed(clock.now()) == 4 * MIN  # all of it is speaking time
    at(clock, MORNING[1] + 4 * MIN)
    s.close_meeting()
    spoken = s.state.interventions[-1]
    assert spoken.ended == MORNING[1] + 4 * MIN and spoken.spoken == 6 * MIN
    assert spoken.overrun(clock.now()) == MIN
    [morning, afternoon] = meeting_clock(s.state, clock.now())
    assert morning.held == 3 * HOUR + 4 * MIN and morning.spoken.total == 6 * MIN
    assert morning.available == morning.held and morning.carried == 1
    assert afternoon.opened is None and afternoon.held == 0


def test_a_meeting_closed_with_a_paused_speaker():
    s, clock = meeting_session()
    at(clock, MORNING[0])
    s.give_floor(s.add_speaker(BRAZIL))
    clock.advance(2 * MIN)
    s.pause()
    clock.advance(10 * MIN)
    s.close_meeting()
    brazil = s.state.interventions[0]
    assert s.state.floor is None and brazil.ended == MORNING[0] + 12 * MIN
    assert brazil.spoken == 2 * MIN  # the pause and the break add nothing
    at(clock, AFTERNOON[0])
    assert brazil.elapsed(clock.now()) == 2 * MIN
    with pytest.raises(EngineError, match="no meeting is open"):
        s.close_meeting()


def test_a_meeting_closed_during_a_point_of_order_ends_both():
    s, clock = meeting_session()
    at(clock, MORNING[0])
    s.give_floor(s.add_speaker(BRAZIL))
    clock.advance(MIN)
    s.point_of_order(NIGERIA)
    clock.advance(MIN)
    s.close_meeting()
    assert s.state.floor is None and not s.state.suspended
    assert [i.spoken for i in s.state.interventions] == [MIN, MIN]


def test_lunch_is_counted_nowhere():
    s, clock = meeting_session()
    s.opened(None)
    at(clock, MORNING[0])
    s.give_floor(s.add_speaker(BRAZIL))
    clock.advance(3 * MIN)
    s.end()
    at(clock, MORNING[1])
    s.add_speaker(FRANCE)
    s.close_meeting()
    s.closed()  # the console is closed over lunch...
    at(clock, AFTERNOON[0] - 10 * MIN)
    s.opened(MORNING[1])  # ...and opened again before the afternoon meeting
    assert s.state.downtime == []  # outside a meeting: not downtime
    at(clock, AFTERNOON[0])
    s.give_floor()  # opens the afternoon meeting
    clock.advance(3 * MIN)
    s.end()
    stats = statistics(s.state, clock.now())
    assert stats.total.total == 6 * MIN and stats.total.interventions == 2
    [morning, afternoon] = meeting_clock(s.state, clock.now())
    assert morning.held == 3 * HOUR and morning.spoken.total == 3 * MIN
    assert afternoon.opened == AFTERNOON[0] and afternoon.spoken.total == 3 * MIN
    assert afternoon.held == 3 * MIN
    assert morning.unused == 3 * HOUR - 3 * MIN


def morning_left_open(last_end=MORNING[1] - 2 * MIN):
    """The morning's last speech ends at `last_end`; the Chair forgets M before lunch."""
    s, clock = meeting_session()
    s.opened(None)
    at(clock, MORNING[0])
    ids = [s.add_speaker(p) for p in STATES[:4]]
    s.give_floor()
    clock.advance(3 * MIN)
    s.end()
    at(clock, last_end - 3 * MIN)
    s.give_floor()
    at(clock, last_end)
    s.end()
    return s, clock, ids


def test_a_meeting_left_open_over_lunch_ends_where_the_morning_ended():
    """The Chair forgot M at 13:00: at 15:00 the next speech closes the morning where it ended
    (its planned end, or its last speech if later) and opens the afternoon, in one action. Lunch is
    neither the morning's time nor the afternoon's."""
    s, clock, ids = morning_left_open()
    at(clock, AFTERNOON[0] - 30 * MIN)  # 14:30, still lunch: the morning is only late to close
    assert fc(s, clock).meeting.number == 1
    at(clock, AFTERNOON[0])
    f = fc(s, clock)
    assert f.meeting.number == 2 and f.starts == AFTERNOON[0] and f.unreached == ()
    [morning, afternoon] = meeting_clock(s.state, clock.now())
    assert morning.held == 3 * HOUR  # not 5 hours: the lunch is not the morning's
    from tui.core.summary.meetings import meetings_sentence
    from tui.core.text.catalog import tr

    said = meetings_sentence(s.state, clock.now(), lambda key, **v: tr(key, "en", **v), str)
    assert said == "The discussion was held in one meeting, from 10:00 to 13:00."
    s.give_floor()
    morning_m, afternoon_m = s.state.meetings
    assert morning_m.closed == MORNING[1] and morning_m.carried == tuple(ids[2:])
    assert afternoon_m.opened == AFTERNOON[0] and s.state.current_meeting() is afternoon_m
    clock.advance(3 * MIN)
    s.end()
    [morning, afternoon] = meeting_clock(s.state, clock.now())
    assert (morning.held, morning.spoken.total) == (3 * HOUR, 6 * MIN)
    assert (afternoon.held, afternoon.spoken.total) == (3 * MIN, 3 * MIN)
    assert s.state.downtime == []
    s.undo()  # the end of that speech
    s.undo()  # one action: the afternoon's first speech, and with it the morning's close
    assert s.state.current_meeting() is s.state.meetings[0] and s.state.floor is None


def test_a_meeting_left_open_that_ran_over_ends_with_its_last_speech():
    s, clock, _ = morning_left_open(last_end=MORNING[1] + 4 * MIN)  # 13:04
    at(clock, AFTERNOON[0] + 5 * MIN)
    assert s.close_meeting() == 1  # M, late: the morning still ends at 13:04
    assert s.state.meetings[0].closed == MORNING[1] + 4 * MIN
    assert s.state.meetings[0].held(clock.now()) == 3 * HOUR + 4 * MIN


def test_a_console_closed_over_lunch_with_the_meeting_left_open_is_no_downtime():
    s, clock, _ = morning_left_open()
    at(clock, MORNING[1] + 5 * MIN)
    s.closed()  # the Chair quits at 13:05 without closing the meeting
    at(clock, AFTERNOON[0] + MIN)
    s.opened(MORNING[1] + 5 * MIN)
    assert s.state.downtime == []


def test_a_crash_counts_as_downtime_only_within_the_meeting():
    s, clock = meeting_session()
    s.opened(None)
    at(clock, MORNING[0])
    s.open_meeting()
    at(clock, MORNING[1] - 5 * MIN)  # the console dies at 12:55 and comes back at 14:00
    s.add_speaker(BRAZIL)
    at(clock, MORNING[1] + HOUR)
    s.opened(MORNING[1] - 5 * MIN)
    [down] = s.state.downtime
    assert down.crashed and down.seconds == 5 * MIN  # up to the planned end, not the lunch


def test_speaking_opens_the_next_meeting_and_undo_reverts_a_close():
    s, clock = meeting_session()
    at(clock, MORNING[0] + MIN)
    s.give_floor(s.add_speaker(BRAZIL))
    assert s.state.current_meeting().number == 1
    assert s.state.current_meeting().opened == MORNING[0] + MIN
    s.close_meeting()
    assert s.state.current_meeting() is None
    s.undo()
    assert s.state.current_meeting().number == 1 and s.state.floor.participant == BRAZIL
    with pytest.raises(EngineError, match="meeting 1 is open"):
        s.open_meeting()


def test_past_the_plan_a_meeting_can_still_be_opened():
    s, clock = meeting_session(plan=(MORNING,))
    at(clock, MORNING[0])
    s.open_meeting()
    s.close_meeting()
    at(clock, AFTERNOON[0])
    assert s.open_meeting(end=AFTERNOON[1]) == 2
    assert s.state.meetings[1].end == AFTERNOON[1] and s.state.meetings[1].opened == AFTERNOON[0]


def test_plan_is_checked():
    s, _ = meeting_session()
    with pytest.raises(EngineError, match="ends before it starts"):
        s.plan_meetings([(MORNING[1], MORNING[0])])
    with pytest.raises(EngineError, match="starts before meeting 1 ends"):
        s.plan_meetings([MORNING, (MORNING[1] - HOUR, AFTERNOON[1])])


# -- rights of reply -----------------------------------------------------------------------------


def test_replies_are_queued_for_the_end_and_counted():
    s, clock = meeting_session()
    at(clock, MORNING[0])
    a, b = s.add_speaker(BRAZIL), s.add_speaker(NIGERIA)
    first = s.add_speaker(FRANCE, position=0, reply=True)  # asked for during the debate
    c = s.add_speaker(UNODC)
    second = s.add_speaker(FRANCE, reply=True)
    assert s.state.main == [a, b, c] and s.state.replies == [first, second]
    assert s.state.order == [a, b, c, first, second]  # the replies come after the list
    assert [s.state.entries[e].reply_no for e in (first, second)] == [1, 2]
    with pytest.raises(EngineError, match="already has 2 rights of reply in meeting 1"):
        s.add_speaker(FRANCE, reply=True)
    with pytest.raises(EngineError, match="already there"):
        s.move(first, 0)  # a reply cannot jump ahead of the list
    heard = [s.give_floor() for _ in range(5)]
    assert [i.participant.name for i in heard] == ["Brazil", "Nigeria", "UNODC", "France", "France"]
    assert [i.limit for i in heard[3:]] == [300, 180]  # first and second reply limits
    assert statistics(s.state, clock.now()).by_kind["reply"].interventions == 2
    s.close_meeting()
    at(clock, AFTERNOON[0])
    s.open_meeting()
    again = s.add_speaker(FRANCE, reply=True)  # a new meeting, a new count
    assert s.state.entries[again].reply_no == 1


def test_forecast_counts_replies_after_the_list():
    s, clock = meeting_session()
    at(clock, MORNING[1] - 6 * MIN)
    s.open_meeting()
    reply = s.add_speaker(FRANCE, reply=True)
    statement = s.add_speaker(BRAZIL)
    f = fc(s, clock)
    assert [slot.entry for slot in f.slots] == [statement, reply]
    assert f.need == 3 * MIN + 5 * MIN and f.unreached == (reply,)


def test_a_reply_given_a_position_still_waits_in_the_order_it_was_asked_for():
    """A reply given a place within the list goes after it (UN practice), behind the replies asked
    for before it: it used to jump to the front of the replies."""
    s, clock = meeting_session()
    at(clock, MORNING[0])
    a, b = s.add_speaker(BRAZIL), s.add_speaker(NIGERIA)
    first = s.add_speaker(FRANCE, reply=True)
    second = s.add_speaker(UNODC, position=0, reply=True)  # the Chair typed a place: 1
    assert s.state.order == [a, b, first, second]
    assert s.events[-1]["data"]["position"] is None  # the place is not recorded: it is not used
    assert s.state.replies_placed == 0
    assert [s.give_floor().entry for _ in range(4)] == [a, b, first, second]


def test_an_old_session_with_replies_within_the_list_opens_with_them_after_it(tmp_path):
    """tests/data/sessions/format1-replies.json was written before meetings existed, when a reply
    took its place within the list (its maker is beside it): Brazil, France (reply, heard second),
    Nigeria (on the floor), Chile (reply, waiting), UNODC. It opens with the replies after the list,
    in the order they were asked for; what was heard is unchanged, and the Chair is told."""
    import shutil
    from pathlib import Path

    from tui.core.storage.sessions import open_session

    path = tmp_path / "format1-replies.json"
    shutil.copy(Path(__file__).parent / "data" / "sessions" / path.name, path)
    clock = FakeClock(T0 + HOUR)
    s = open_session(path, clock)
    try:
        state = s.state
        shown = [(e.participant.name, e.reply, e.status) for e in state.speakers()]
        assert shown == [("Brazil", False, "spoken"), ("Nigeria", False, "speaking"),
                         ("UNODC", False, "waiting"), ("France", True, "spoken"), ("Chile", True, "waiting")]
        assert state.replies_placed == 2
        heard = [(i.participant.name, i.kind, i.limit, i.spoken) for i in state.interventions[:2]]
        assert heard == [("Brazil", "statement", 300, 200), ("France", "reply", 120, 100)]
        assert [e.reply_no for e in state.speakers() if e.reply] == [1, 1]
        assert s.give_floor().participant.name == "UNODC"  # then the reply still waiting
        assert s.give_floor().participant.name == "Chile" and s.state.floor.limit == 120
        assert fold(s.events).replies_placed == 2  # still said after the file is written again
    finally:
        s.close()


# -- group statements ----------------------------------------------------------------------------


def test_group_statements_have_their_own_category_and_limit():
    g77 = Participant.make("Cuba, on behalf of the Group of 77 and China", "group")
    assert g77.category == "group-of-states"
    limits = with_named(Limits(), {"group-of-states": 420})
    clock = FakeClock()
    s = Session(MemoryLog(), clock, limits)
    assert s.give_floor(s.add_speaker(g77)).limit == 420
    clock.advance(6 * MIN)
    s.give_floor(s.add_speaker(BRAZIL))
    clock.advance(MIN)
    stats = statistics(s.state, clock.now())
    assert stats.by_category["group-of-states"].total == 6 * MIN
    assert stats.by_category["member-state"].total == MIN


# -- carry-over ----------------------------------------------------------------------------------


def test_waiting_speakers_carry_over_in_order():
    s, clock = meeting_session()
    at(clock, MORNING[0])
    ids = [s.add_speaker(p) for p in STATES[:5]]
    reply = s.add_speaker(FRANCE, reply=True)
    s.give_floor()
    s.move(ids[4], 1)  # the Chair called Kenya up
    clock.advance(3 * MIN)
    s.close_meeting()
    carried = [ids[4], ids[1], ids[2], ids[3], reply]
    assert s.state.meetings[0].carried == tuple(carried)
    at(clock, AFTERNOON[0])
    late = s.add_speaker(BRAZIL)
    heard = [s.give_floor().entry for _ in range(6)]
    assert heard == [ids[4], ids[1], ids[2], ids[3], late, reply]
    assert s.state.current_meeting().number == 2
    assert fold(s.events).meetings == s.state.meetings  # replay gives the same meetings


# -- limits by category --------------------------------------------------------------------------


def test_named_limits_and_decision_18_1():
    assert parse_named_limit("member-state=3:00") == ("member-state", 180)
    assert parse_named_limit("Panellist = 12:00") == ("panellist", 720)
    with pytest.raises(ValueError, match="no limit called 'speaker'"):
        parse_named_limit("speaker=3:00")
    with pytest.raises(ValueError, match="not a limit"):
        parse_named_limit("3:00")
    named = dict(map(parse_named_limit, ["panellist=12:00", "ngo=6:00", "member-state=3:00"]))
    limits = with_named(Limits(), named)
    assert limits.for_category("member-state") == 180 and limits.for_category("igo") == 300
    assert limits.above_decision_18_1() == ["panellists 12:00 (decision 18/1: at most 10:00)",
                                            "ngo 6:00 (decision 18/1: at most 5:00)"]
    assert Limits.from_dict(limits.as_dict()) == limits
    assert LIMITS_2021.above_decision_18_1() == []


def test_snapshot_carries_meetings_and_forecast():
    s, clock = meeting_session(limits=Limits())
    at(clock, MORNING[0])
    s.open_meeting()
    ids = [s.add_speaker(p) for p in STATES[:4]]
    at(clock, MORNING[1] - 10 * MIN)
    data = snapshot(SessionMeta("x", limits=s.limits), s.state, clock.now())
    f = data["forecast"]
    # Four statements of 5:00, each after a changeover of 0:15 (the default): 21 minutes from 12:50;
    # the second would end at 13:00:30, past the end.
    assert f["spare_seconds"] == -660 and f["unreached"] == ids[1:] and f["method"] == "limits"
    assert f["changeover_seconds"] == DEFAULT_CHANGEOVER and f["changeover_method"] == "default"
    assert f["meeting"] == 1 and f["ends_at"] is not None
    assert [m["meeting"] for m in data["meetings"]] == [1, 2]
    assert data["meetings"][0]["open"] and data["meetings"][0]["held"] == 3 * HOUR - 10 * MIN


def test_a_planned_meeting_that_never_took_place_is_skipped():
    s, clock = meeting_session()
    at(clock, MORNING[1] + HOUR)  # 14:00: the morning meeting was never opened
    entry = s.add_speaker(BRAZIL)
    assert s.state.entries[entry].meeting == 2  # added for the afternoon
    f = fc(s, clock)
    assert f.meeting.number == 2 and f.starts == AFTERNOON[0]
    s.give_floor()
    assert s.state.current_meeting().number == 2 and s.state.meetings[0].opened is None


def test_the_console_line_keeps_what_matters_when_it_is_too_long():
    s, clock = meeting_session(limits=Limits())
    at(clock, MORNING[0])
    s.open_meeting()
    for n in range(40):
        s.add_speaker(Participant.make(f"State {n}"))
    at(clock, MORNING[1] - 100 * MIN)
    f = fc(s, clock)
    full = forecast_text(f, short=True, width=200)
    assert full.startswith("M1 → ") and "(100 min left) · list ≈ " in full
    assert full.endswith(": +100 min, 20 not reached (limits)")
    narrow = forecast_text(f, short=True, width=len(full) - 1)
    assert "left" not in narrow and narrow.endswith(": +100 min, 20 not reached (limits)")
    assert len(narrow) <= len(full) - 1


def test_meeting_texts_shadow_no_other_text():
    from tui.core.text.guide_texts import GUIDE
    from tui.core.text.label_texts import LABELS
    from tui.core.text.meeting_texts import MEETING
    from tui.core.text.summary_texts import SUMMARY
    from tui.core.text.ui_texts import UI

    assert set(MEETING) & (set(GUIDE) | set(UI) | set(LABELS) | set(SUMMARY)) == set()


# -- the Chair's settings: limits as events --------------------------------------------------------


def test_limits_set_in_the_console_apply_to_the_speakers_to_come_and_undo():
    s, clock = meeting_session(limits=Limits())
    at(clock, MORNING[0])
    brazil, france = s.add_speaker(BRAZIL), s.add_speaker(FRANCE)
    s.give_floor(brazil)  # Brazil speaks under 5:00
    s.set_limits(with_named(Limits(), {"participant": 180, "member-state": 150}))
    assert s.state.floor.limit == 300  # whoever has the floor keeps their limit
    assert s.limits.for_category("member-state") == 150 and s.limits.participant == 180
    assert fc(s, clock).slots[0].ends - fc(s, clock).slots[0].starts == 150  # the forecast follows
    s.give_floor(france)
    assert s.state.floor.limit == 150
    assert fold(s.events).limits == s.limits  # from the events alone: durable, replayed on open
    with pytest.raises(EngineError, match="nothing to change"):
        s.set_limits(s.limits)
    with pytest.raises(EngineError, match="between 0:01 and 1:00:00"):
        s.set_limits(Limits(panellist=4000))
    s.undo()  # France's floor
    s.undo()  # the limits
    assert s.limits == Limits() and s.state.limits is None


def test_limits_set_is_a_valid_stored_event_and_a_bad_one_is_refused(tmp_path):
    from pathlib import Path

    from tui.core.storage.journal import InvalidSession
    from tui.core.storage.validate import check_event

    s, _ = meeting_session()
    s.set_limits(with_named(LIMITS_2021, {"ngo": 120}))
    event = s.events[-1]
    check_event(event, Path("x.json"), 1)
    bad = {**event, "data": {"limits": {"panellist": "ten", "categories": {}}}}
    with pytest.raises(InvalidSession, match="'panellist' is text, not a number of seconds"):
        check_event(bad, Path("x.json"), 1)
    bad = {**event, "data": {"limits": {"categories": {"dragons": 60}}}}
    with pytest.raises(InvalidSession, match="dragons"):
        check_event(bad, Path("x.json"), 1)


def test_the_snapshot_shows_the_limits_in_force():
    s, clock = meeting_session(limits=Limits())
    s.set_limits(Limits(panellist=900))
    data = snapshot(SessionMeta("x", limits=Limits()), s.state, clock.now())
    assert data["limits"]["panellist"] == 900 and data["limits_above_18_1"]  # 15:00 flagged


def test_the_plan_can_be_changed_and_removed_but_not_made_impossible():
    s, _ = meeting_session()
    s.plan_meetings([MORNING])
    assert [m.number for m in s.state.meetings] == [1]
    s.plan_meetings([])  # no meetings at all
    assert s.state.meetings == []
    with pytest.raises(EngineError, match="meeting 1 ends before it starts"):
        s.plan_meetings([(MORNING[1], MORNING[0])])
    with pytest.raises(EngineError, match="meeting 2 starts before meeting 1 ends"):
        s.plan_meetings([MORNING, (MORNING[1] - HOUR, AFTERNOON[1])])
    s.undo()
    assert len(s.state.meetings) == 1


def test_the_console_line_keeps_the_time_left_before_the_long_name_of_the_method():
    """At 80 columns "limits+averages" gives way to "mixed" before the time left goes: the Chair
    asks "how long is left?" first, and past the end the line must say the meeting is over."""
    s, clock = meeting_session()
    at(clock, MORNING[0])
    s.open_meeting()
    for p in STATES[:OBSERVED_AFTER]:  # five statements of 2:00: member States by their average
        s.give_floor(s.add_speaker(p))
        clock.advance(2 * MIN)
        s.end()
    for n in range(20):
        s.add_speaker(Participant.make(f"State {n}"))
    s.add_speaker(UNODC)  # by its limit
    at(clock, MORNING[1] - 30 * MIN)
    f = fc(s, clock)
    assert f.method == "mixed"
    line = forecast_text(f, short=True, width=78)
    assert line.startswith("M1 → ") and "(30 min left)" in line and line.endswith("(mixed)")
    assert "(limits+averages)" in forecast_text(f, short=True, width=200)
    at(clock, MORNING[1] + 3 * MIN)  # 13:03, the meeting still open
    line = forecast_text(fc(s, clock), short=True, width=78)
    assert "(3 min past)" in line and line.endswith("(mixed)") and len(line) <= 78


def test_once_the_plan_is_over_the_forecast_says_no_meeting_is_ahead():
    """After the last meeting of the plan the list ends nowhere: the line gives what it needs, not
    "list ≈ 15:54" as if a meeting were going on."""
    s, clock = meeting_session(plan=(MORNING,))
    at(clock, MORNING[0])
    ids = [s.add_speaker(p) for p in STATES[:3]]
    s.give_floor()
    clock.advance(MIN)
    at(clock, MORNING[1])
    s.close_meeting()  # two carried over, to a meeting nobody planned
    f = fc(s, clock)
    assert f.meeting is None and f.unreached == () and [slot.entry for slot in f.slots] == ids[1:]
    assert forecast_text(f, short=True) == "no meeting ahead (M) · list needs ≈ 6 min, 2 waiting (limits)"
    assert forecast_text(f).startswith("no meeting ahead: the list needs ≈ 6 min for 2 waiting · by limits")
    assert forecast_text(f, "fr", short=True) == \
        "aucune séance à venir (M) · la liste demande ≈ 6 min, 2 inscrits (limites)"
    s.open_meeting()  # past the plan, a meeting of its own: the list goes on from now
    assert forecast_text(fc(s, clock), short=True).startswith("list ≈ ")
