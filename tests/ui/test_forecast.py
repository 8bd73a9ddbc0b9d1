"""The forecast line at 80×24 and the first speaker the meeting would not reach, marked."""

from __future__ import annotations

import pytest

from tests.conftest import GUIDE_2011
from tui.app import DebateApp
from tui.core.debate.clock import FakeClock
from tui.core.debate.forecast import DEFAULT_CHANGEOVER, clock_time
from tui.core.debate.participants import Participant
from tui.core.storage.sessions import create_session
from tui.widgets.forecast import ForecastLine
from tui.widgets.speakers import SpeakersTable

HOUR, MIN = 3600.0, 60.0
T0 = FakeClock().t
MORNING = (T0 + 2 * HOUR, T0 + 5 * HOUR)
AFTERNOON = (T0 + 7 * HOUR, T0 + 10 * HOUR)
TURN = DEFAULT_CHANGEOVER + 5 * MIN  # a changeover, then a statement at its limit
STATES = [Participant.make(n, "member-state") for n in ("Argentina", "Chile", "Egypt", "India", "Japan")]


@pytest.fixture
def meeting_console(tmp_path, guide_2011):
    clock = FakeClock(MORNING[0])
    session = create_session(tmp_path, GUIDE_2011, clock, speakers=STATES, session_id="meet",
                             meetings=[MORNING, AFTERNOON], guide=guide_2011)
    app = DebateApp(session, clock, tick=None, heartbeat=None)
    yield app, session, clock
    session.close()


def line_of(app) -> ForecastLine:
    return app.screen.query_one(ForecastLine)


def text(widget) -> str:
    return str(widget.content)


def row_text(table: SpeakersTable, i: int) -> str:
    return "".join(segment.text for segment in table.render_line(i))


async def test_the_forecast_line_is_visible_at_80x24(meeting_console):
    app, session, _ = meeting_console
    async with app.run_test(size=(80, 24)) as pilot:
        line = line_of(app)
        assert line.region.y < 23 and line.region.width == 80  # above the footer, whole width
        assert text(line) == f"M1 {clock_time(MORNING[0])}-{clock_time(MORNING[1])} · list ≈ " \
                             f"{clock_time(MORNING[0] + 5 * TURN)}: 153 min spare (limits)"
        await pilot.press("M")  # open the meeting
        assert session.state.current_meeting().number == 1
        assert text(line).startswith(f"M1 → {clock_time(MORNING[1])} (180 min left) · list ≈ ")
        assert not line.has_class("-over")


async def test_running_over_marks_the_first_speaker_not_reached(meeting_console):
    app, session, clock = meeting_console
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("M")
        clock.t = MORNING[1] - 12 * MIN  # 12:48: five statements of five minutes still waiting
        app.tick()
        await pilot.pause()
        line, table = line_of(app), app.screen.query_one(SpeakersTable)
        assert text(line) == (f"M1 → {clock_time(MORNING[1])} (12 min left) · list ≈ "
                              f"{clock_time(MORNING[1] - 12 * MIN + 5 * TURN)}: +15 min, 3 not reached "
                              "(limits)")
        assert len(text(line)) <= 78 and line.has_class("-over")
        # Egypt (third) would end at 13:03:45: the first not reached, and the only one marked.
        marked = [i for i in range(5) if "✗" in row_text(table, i)]
        assert marked == [2] and "✗ Egypt" in row_text(table, 2)  # in red, at 80 columns too
        clock.advance(3 * MIN)  # 12:51: Chile would now end at 13:01:30, the first past the end
        app.tick()
        await pilot.pause()
        assert [i for i in range(5) if "✗" in row_text(table, i)] == [1]
        await pilot.press("n")  # Argentina speaks: the others wait
        assert [i for i in range(5) if "✗" in row_text(table, i)] == [1]
        await pilot.press("M")  # close the meeting: Argentina stops, the rest carry over
        assert session.state.floor is None and len(session.state.meetings[0].carried) == 4
        assert text(line).startswith(f"M2 {clock_time(AFTERNOON[0])}-")
        assert [i for i in range(5) if "✗" in row_text(table, i)] == []


async def test_the_forecast_line_in_french_fits_80_columns(tmp_path, guide_2011):
    clock = FakeClock(MORNING[0])
    many = [Participant.make(f"State {n}", "member-state") for n in range(40)]
    session = create_session(tmp_path, GUIDE_2011, clock, speakers=many, session_id="fr",
                             meetings=[MORNING], guide=guide_2011)
    app = DebateApp(session, clock, ui_lang="fr", tick=None, heartbeat=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("M")
        clock.t = MORNING[1] - 100 * MIN
        app.tick()
        await pilot.pause()
        line = line_of(app)
        assert text(line) == (f"S1 → {clock_time(MORNING[1])} (reste 100 min) · liste ≈ "
                              f"{clock_time(MORNING[1] - 100 * MIN + 40 * TURN)} : +110 min, 21 hors délai "
                              "(limites)")
    session.close()


@pytest.mark.slow
async def test_the_chair_puts_the_forecast_on_the_room_display(meeting_console):
    from tui.display import DisplayApp

    app, session, clock = meeting_console
    room = DisplayApp(session.log.path, clock, poll=None, tick=None)
    async with room.run_test(size=(80, 24)):
        line = room.query_one("#display-forecast")
        assert not line.display and text(line) == ""  # off until the Chair turns it on
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("F")
            assert session.state.forecast_on_display
        room.follow()
        assert line.display and text(line).startswith(f"M1 {clock_time(MORNING[0])}-")
        session.show_forecast_on_display(False)
        room.follow()
        assert not line.display


async def test_a_reply_is_said_to_wait_after_the_list_and_an_old_session_says_where_its_went(tmp_path):
    import shutil
    from pathlib import Path

    from tui.core.storage.sessions import open_session

    path = tmp_path / "format1-replies.json"
    shutil.copy(Path(__file__).parents[1] / "data" / "sessions" / path.name, path)
    clock = FakeClock(T0 + HOUR)
    session = open_session(path, clock)
    app = DebateApp(session, clock, tick=None, heartbeat=None)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            notices = [n.message for n in app._notifications]
            assert any(m.startswith("Rights of reply placed within the list by an earlier version (2)")
                       for m in notices)
            app.perform(session.add_speaker, Participant.make("Brazil", "member-state"), 0, True)
            await pilot.pause()
            assert any("Brazil: right of reply, heard after the list — u to undo" in n.message
                       for n in app._notifications)
            assert session.state.speakers()[-1].participant.name == "Brazil"
    finally:
        session.close()


async def test_a_meeting_left_open_over_lunch_is_closed_where_it_ended_and_said_once(meeting_console):
    app, session, clock = meeting_console
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")  # opens the morning; Argentina speaks
        clock.advance(4 * MIN)
        await pilot.press("s")
        clock.t = AFTERNOON[0]  # the Chair forgot M before lunch
        app.tick()
        await pilot.pause()
        assert text(line_of(app)).startswith(f"M2 {clock_time(AFTERNOON[0])}-")  # the afternoon's forecast
        await pilot.press("n")
        said = [n.message for n in app._notifications]
        assert (f"Meeting 1 closed at {clock_time(MORNING[1])}, where it ended (left open over the break); "
                "4 waiting carried over; Floor to Chile — u to undo") in said
        assert session.state.meetings[0].closed == MORNING[1]
        assert session.state.current_meeting().number == 2
        await pilot.press("M")  # closing the afternoon: said once, with what carries over
        said = [n.message for n in app._notifications][len(said):]
        assert said == ["Meeting 2 closed; 3 waiting carried over — u to undo"]


async def test_a_third_reply_is_refused_in_the_interface_language(tmp_path, guide_2011):
    clock = FakeClock(MORNING[0])
    session = create_session(tmp_path, GUIDE_2011, clock, speakers=STATES, session_id="fr-replies",
                             meetings=[MORNING], guide=guide_2011)
    app = DebateApp(session, clock, ui_lang="fr", tick=None, heartbeat=None)
    brazil = Participant.make("Brazil", "member-state", "GRULAC")
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("M")
            for _ in range(3):
                app.perform(session.add_speaker, brazil, None, True)
            await pilot.pause()
            said = [n.message for n in app._notifications]
            assert "Brésil a déjà exercé 2 droits de réponse à la séance 1 (1re 3:00, 2e 2:00)" in said
            assert len([e for e in session.state.speakers() if e.reply]) == 2
    finally:
        session.close()
