import pytest

from tests.enginekit import BRAZIL, FRANCE, NIGERIA, PANELLIST, UNODC, memory_session, names
from tui.core.debate.engine import EngineError, MemoryLog, Session
from tui.core.debate.participants import Participant
from tui.core.debate.state import fold

# -- the list of speakers ---------------------------------------------------------------------------


def test_add_at_end_and_at_position():
    s, _ = memory_session()
    s.add_speaker(BRAZIL)
    s.add_speaker(FRANCE)
    s.add_speaker(NIGERIA, position=0)
    assert names(s) == ["Nigeria", "Brazil", "France"]
    s.add_speaker(UNODC, position=2)
    assert names(s) == ["Nigeria", "Brazil", "UNODC", "France"]


def test_add_returns_the_new_entry():
    s, _ = memory_session()
    s.add_speaker(BRAZIL)
    entry = s.add_speaker(FRANCE, position=0)
    assert s.state.entries[entry].participant == FRANCE


def test_remove_and_refuse_removing_the_speaker_on_the_floor():
    s, _ = memory_session()
    a, b = s.add_speaker(BRAZIL), s.add_speaker(FRANCE)
    s.remove(a)
    assert names(s) == ["France"]
    s.give_floor(b)
    with pytest.raises(EngineError, match="has the floor"):
        s.remove(b)
    with pytest.raises(EngineError, match="no entry"):
        s.remove(a)


def test_move_up_down_and_to_a_position():
    s, _ = memory_session()
    a, b, c = (s.add_speaker(p) for p in (BRAZIL, FRANCE, NIGERIA))
    s.move_by(c, -1)
    assert names(s) == ["Brazil", "Nigeria", "France"]
    s.move_by(a, +1)
    assert names(s) == ["Nigeria", "Brazil", "France"]
    s.move(b, 0)
    assert names(s) == ["France", "Nigeria", "Brazil"]
    with pytest.raises(EngineError, match="already there"):
        s.move_by(b, -1)  # already first: clamped to where it is


def test_give_floor_to_any_waiting_entry_not_only_the_head():
    s, _ = memory_session()
    a, _b, c = (s.add_speaker(p) for p in (BRAZIL, FRANCE, NIGERIA))
    s.give_floor(c)
    assert s.state.floor.participant == NIGERIA
    s.give_floor()  # next waiting is the head
    assert s.state.floor.participant == BRAZIL
    assert s.state.entries[c].status == "spoken"
    assert s.state.entries[a].status == "speaking"


def test_give_floor_refuses_an_entry_that_spoke_and_readding_works():
    s, clock = memory_session()
    a = s.add_speaker(BRAZIL)
    s.give_floor(a)
    clock.advance(60)
    s.end()
    with pytest.raises(EngineError, match="already spoken"):
        s.give_floor(a)
    again = s.add_speaker(BRAZIL)
    s.give_floor(again)
    assert [i.participant.name for i in s.state.interventions] == ["Brazil", "Brazil"]


def test_next_with_nobody_waiting():
    s, _ = memory_session()
    with pytest.raises(EngineError, match="nobody is waiting"):
        s.give_floor()


def test_closed_list_refuses_speakers_but_not_rights_of_reply():
    s, _ = memory_session()
    s.close_list()
    with pytest.raises(EngineError, match="closed"):
        s.add_speaker(BRAZIL)
    entry = s.add_speaker(FRANCE, reply=True)
    assert s.state.entries[entry].reply
    s.reopen_list()
    s.add_speaker(BRAZIL)
    with pytest.raises(EngineError):
        s.reopen_list()


# -- the speaking clock -----------------------------------------------------------------------------


def test_limits_come_from_the_role():
    s, _ = memory_session()
    limits = {}
    for p, reply in ((PANELLIST, False), (BRAZIL, False), (FRANCE, True)):
        limits[p.name] = s.give_floor(s.add_speaker(p, reply=reply)).limit
    assert limits == {"Ms. Ana Lopes": 600, "Brazil": 300, "France": 180}
    assert s.state.interventions[0].kind == "presentation"
    assert s.state.interventions[2].kind == "reply"


def test_guide_settings_override_defaults(guide_2011):
    from dataclasses import replace

    guide = replace(guide_2011, time_limits=replace(guide_2011.time_limits, participant=240))
    limits = guide.time_limits.with_overrides(right_of_reply=90)
    s = Session(MemoryLog(), memory_session()[1], limits, guide)
    assert s.give_floor(s.add_speaker(BRAZIL)).limit == 240
    assert s.give_floor(s.add_speaker(FRANCE, reply=True)).limit == 90


def test_clock_phases_running_warning_overrun_paused():
    s, clock = memory_session()
    i = s.give_floor(s.add_speaker(BRAZIL))
    warning = s.limits.warning
    assert i.phase(clock.now(), warning) == "running"
    clock.advance(239)
    assert i.phase(clock.now(), warning) == "running"
    clock.advance(1)  # 1:00 left
    assert i.phase(clock.now(), warning) == "warning"
    clock.advance(61)
    assert i.phase(clock.now(), warning) == "overrun"
    assert i.overrun(clock.now()) == 1
    s.pause()
    assert i.phase(clock.now(), warning) == "paused"
    clock.advance(100)
    assert i.elapsed(clock.now()) == 301  # paused time does not count
    s.resume()
    clock.advance(9)
    s.end()
    assert (i.elapsed(clock.now()), i.overrun(clock.now()), i.pauses) == (310, 10, 1)
    assert i.phase(clock.now(), warning) == "ended"


def test_elapsed_is_computed_from_instants_not_ticks():
    s, clock = memory_session()
    i = s.give_floor(s.add_speaker(BRAZIL))
    clock.advance(123.4)
    assert i.elapsed(clock.now()) == pytest.approx(123.4)


def test_clock_set_back_never_makes_time_go_backwards():
    s, clock = memory_session()
    i = s.give_floor(s.add_speaker(BRAZIL))
    clock.advance(50)
    s.pause()
    clock.advance(-3600)
    s.resume()
    assert i.elapsed(clock.now()) == 50
    clock.advance(10)
    assert i.elapsed(s.now()) >= 50


def test_pause_resume_end_without_a_speaker_are_refused():
    s, _ = memory_session()
    for action in (s.pause, s.resume, s.end, s.toggle_pause):
        with pytest.raises(EngineError, match="nobody has the floor"):
            action()
    s.give_floor(s.add_speaker(BRAZIL))
    with pytest.raises(EngineError, match="running"):
        s.resume()
    s.toggle_pause()
    with pytest.raises(EngineError, match="paused"):
        s.pause()


def test_point_of_order_pauses_the_speaker_and_resumes_after():
    s, clock = memory_session()
    speaker = s.give_floor(s.add_speaker(BRAZIL))
    clock.advance(100)
    poo = s.point_of_order(FRANCE)
    assert poo.limit == 120 and poo.kind == "point-of-order"
    clock.advance(45)
    assert speaker.elapsed(clock.now()) == 100
    with pytest.raises(EngineError, match="already"):
        s.point_of_order(NIGERIA)
    with pytest.raises(EngineError, match="point of order"):
        s.give_floor(s.add_speaker(NIGERIA))
    s.end()
    assert s.state.floor is speaker and speaker.running_since == clock.now()
    clock.advance(20)
    assert speaker.elapsed(clock.now()) == 120
    assert poo.elapsed(clock.now()) == 45


def test_point_of_order_while_paused_leaves_the_speaker_paused():
    s, clock = memory_session()
    speaker = s.give_floor(s.add_speaker(BRAZIL))
    clock.advance(10)
    s.pause()
    s.point_of_order(FRANCE)
    clock.advance(30)
    s.end()
    assert s.state.floor is speaker and speaker.paused


def test_point_of_order_with_nobody_on_the_floor():
    s, clock = memory_session()
    s.point_of_order(FRANCE)
    clock.advance(5)
    s.end()
    assert s.state.floor is None


# -- topic and points -------------------------------------------------------------------------------


def test_points_default_to_current_speaker_and_topic(guide_2011):
    s = Session(MemoryLog(), memory_session()[1], guide=guide_2011)
    sub = guide_2011.subthemes()[0].id
    question = guide_2011.find("7(a)").id
    s.set_topic(sub, question)
    s.give_floor(s.add_speaker(BRAZIL))
    p = s.add_point("Legislation must criminalize grooming", main=True)
    point = s.state.points[p]
    assert (point.by, point.subtheme, point.question, point.main) == ("Brazil", sub, question, True)
    other = s.add_point("General remark", by=None, subtheme=None, question=None)
    assert s.state.points[other].subtheme is None and s.state.points[other].by is None


def test_topic_and_points_are_checked_against_the_guide(guide_2011):
    s = Session(MemoryLog(), memory_session()[1], guide=guide_2011)
    with pytest.raises(EngineError, match="no sub-theme"):
        s.set_topic("nope")
    with pytest.raises(EngineError, match="no question"):
        s.add_point("x", question="nope")
    assert s.resolve_question("¶12(m)(iv)") == guide_2011.find("7(m)(iv)").id


def test_edit_delete_move_merge_points():
    s, _ = memory_session()
    a = s.add_point("One", by="Brazil")
    b = s.add_point("Two", by="France")
    c = s.add_point("Three", by="Brazil")
    s.edit_point(a, text="One, revised", main=True)
    assert s.state.points[a].text == "One, revised" and s.state.points[a].edited
    with pytest.raises(EngineError, match="nothing to change"):
        s.edit_point(a, main=True)
    s.move_point(c, 0)
    assert [p.text for p in s.state.ordered_points()] == ["Three", "One, revised", "Two"]
    kept = s.merge_points([a, b, c], "Shared view")
    merged = s.state.points[kept]
    assert merged.text == "Shared view" and merged.merged == ("Brazil", "France") and merged.main
    assert len(s.state.points) == 1
    s.delete_point(kept)
    assert not s.state.points


def test_point_text_is_required_and_bounded():
    s, _ = memory_session()
    with pytest.raises(EngineError, match="needs some text"):
        s.add_point("   \n ")
    with pytest.raises(EngineError, match="limited"):
        s.add_point("x" * 5000)


# -- panel ------------------------------------------------------------------------------------------


def test_panel_seats_and_warnings():
    from tui.core.debate.panel import panel

    s, _ = memory_session()
    s.add_panel_member(PANELLIST)
    second = s.add_panel_member(Participant.make("Mr. B", "panellist", "GRULAC"), received=True)
    s.add_panel_member(Participant.make("Dr. C", "independent-expert"))
    with pytest.raises(EngineError, match="regional group"):
        s.add_panel_member(Participant.make("Mr. D", "panellist"))
    with pytest.raises(EngineError, match="panellists and independent experts"):
        s.add_panel_member(BRAZIL)
    warnings = panel(s.state).warnings()
    assert len(warnings) == 5
    assert "2 panellists for the seat of the Latin American and Caribbean States" in warnings[3]
    assert len(panel(s.state).missing_presentations()) == 2
    s.set_received(second, False)
    s.remove_panel_member(second)
    assert len(panel(s.state).warnings()) == 4


# -- undo, replay, figures --------------------------------------------------------------------------


def test_undo_reverts_the_last_action_and_is_recorded():
    s, clock = memory_session()
    a = s.add_speaker(BRAZIL)
    s.give_floor(a)
    clock.advance(30)
    s.end()
    s.undo()
    assert s.state.floor is not None and s.state.floor.elapsed(clock.now()) == 30  # still talking
    s.undo()
    assert s.state.floor is None and s.state.entries[a].status == "waiting"
    assert [e["type"] for e in s.events][-2:] == ["undo", "undo"]
    s.undo()
    with pytest.raises(EngineError, match="nothing to undo"):
        s.undo()


def test_undo_skips_session_bookkeeping():
    s, _ = memory_session()
    s.opened(last_alive=None)
    s.add_speaker(BRAZIL)
    s.opened(last_alive=None)  # the console started again
    s.undo()
    assert not s.state.order and len(s.state.downtime) == 1


def test_replay_gives_the_same_state():
    s, clock = memory_session()
    for p in (BRAZIL, FRANCE, NIGERIA):
        s.add_speaker(p)
    s.give_floor()
    clock.advance(200)
    s.add_point("A point")
    s.give_floor()
    s.undo()
    clock.advance(100)
    s.end()
    assert fold(s.events) == s.state


def test_downtime_is_recorded_on_reopen():
    s, clock = memory_session()
    s.opened(None)
    s.give_floor(s.add_speaker(BRAZIL))
    clock.advance(30)  # the console dies here, last seen alive at +30
    alive = clock.now()
    clock.advance(90)
    restarted = Session(MemoryLog(s.events), clock)
    restarted.opened(last_alive=alive)
    (down,) = restarted.state.downtime
    assert down.seconds == 90 and down.crashed
    assert restarted.state.floor.elapsed(clock.now()) == 120  # the speaker kept the floor


def test_statistics_by_speaker_category_group():
    from tui.core.debate.stats import statistics

    s, clock = memory_session()
    for p, seconds in ((BRAZIL, 200), (FRANCE, 320), (BRAZIL, 100), (PANELLIST, 610), (UNODC, 60)):
        s.give_floor(s.add_speaker(p))
        clock.advance(seconds)
        s.end()
    st = statistics(s.state, clock.now())
    assert st.by_speaker["Brazil"].interventions == 2 and st.by_speaker["Brazil"].average == 150
    assert st.by_group["western-european-other"].overruns == 1
    assert st.by_group["latin-american-caribbean"].total == 910
    assert st.by_category["panellist"].overrun == 10
    assert st.by_category["un-entity"].total == 60 and st.by_group.get("un") is None
    assert (st.total.total, st.total.allotted, st.total.overruns) == (1290, 1800, 2)


def test_finish_ends_the_floor_and_the_point_of_order():
    s, clock = memory_session()
    s.give_floor(s.add_speaker(BRAZIL))
    s.point_of_order(FRANCE)
    clock.advance(10)
    s.finish()
    assert s.state.finished and s.state.floor is None
    assert all(i.ended is not None for i in s.state.interventions)
    s.reopen()
    assert not s.state.finished


# -- a different limit for one speaker ---------------------------------------------------------


def test_a_speakers_own_limit_is_used_by_the_clock_forecast_and_statistics():
    from tui.core.debate.forecast import forecast
    from tui.core.debate.stats import statistics

    s, clock = memory_session()
    s.add_speakers([BRAZIL, FRANCE])
    brazil, france = s.state.order
    s.set_limit(france, 180)
    assert s.state.entries[france].limit == 180 and s.limit_for(france) == 180
    assert s.limit_for(brazil) == 300  # the others keep the category's limit
    s.give_floor()
    f = forecast(s.state, s.limits, clock.now())
    assert [slot.ends - slot.starts for slot in f.slots] == [180]
    s.give_floor(france)
    assert s.state.floor.limit == 180
    clock.advance(170)
    assert s.state.floor.phase(clock.now(), s.limits.warning) == "warning"
    clock.advance(20)
    assert s.state.floor.phase(clock.now(), s.limits.warning) == "overrun"
    s.end()
    assert statistics(s.state, clock.now()).by_speaker["France"].allotted == 180


def test_a_limit_set_while_speaking_moves_the_clock_and_keeps_added_minutes():
    s, clock = memory_session()
    s.add_speakers([BRAZIL])
    s.give_floor()
    s.add_time(60)
    s.set_limit(s.state.order[0], 120)
    assert s.state.floor.limit == 180  # 2:00 and the minute already given
    clock.advance(150)
    assert s.state.floor.phase(clock.now(), s.limits.warning) == "warning"


def test_a_speakers_limit_is_an_event_undone_and_replayed():
    s, _ = memory_session()
    s.add_speakers([BRAZIL])
    entry = s.state.order[0]
    s.set_limit(entry, 240)
    assert s.events[-1]["type"] == "list.limit" and s.events[-1]["data"] == {"entry": entry, "seconds": 240}
    assert fold(s.events).entries[entry].limit == 240
    s.undo()
    assert s.state.entries[entry].limit is None and s.limit_for(entry) == 300


def test_a_speakers_limit_refuses_what_makes_no_sense():
    s, _ = memory_session()
    s.add_speakers([BRAZIL])
    entry = s.state.order[0]
    for seconds in (0, 3601):
        with pytest.raises(EngineError):
            s.set_limit(entry, seconds)
    with pytest.raises(EngineError):
        s.set_limit(99, 120)
    s.set_limit(entry, 120)
    with pytest.raises(EngineError, match="already"):
        s.set_limit(entry, 120)
    s.give_floor()
    s.end()
    with pytest.raises(EngineError, match="already spoken"):
        s.set_limit(entry, 200)


# -- the Chair's ruling on a point of order -----------------------------------------------------


def test_a_ruling_is_recorded_on_the_point_of_order_while_it_runs_or_after():
    s, _ = memory_session()
    s.add_speakers([BRAZIL])
    s.give_floor()
    with pytest.raises(EngineError, match="no point of order"):
        s.rule("Out of order")
    poo = s.point_of_order(FRANCE)
    s.rule("  The point is   well taken ")
    assert poo.ruling == "The point is well taken"
    s.end()
    s.rule("The point is not well taken", poo.id)  # corrected after it ended
    assert fold(s.events).interventions[1].ruling == "The point is not well taken"
    s.undo()
    assert s.state.interventions[1].ruling == "The point is well taken"
    with pytest.raises(EngineError, match="not a point of order"):
        s.rule("No", s.state.interventions[0].id)
    with pytest.raises(EngineError, match="needs some text"):
        s.rule("   ", poo.id)
