"""The Chair's settings of meeting time (S): the meetings and the limits, at 80×24, en/fr."""

from __future__ import annotations

from datetime import datetime

import pytest
from textual.widgets import Input, Label

from tests.conftest import GUIDE_2011
from tui.app import DebateApp
from tui.core.debate.clock import FakeClock
from tui.core.debate.forecast import clock_time
from tui.core.debate.participants import Participant
from tui.core.storage.session_store import SessionStore
from tui.core.storage.sessions import create_session
from tui.screens.settings_dialog import SettingsDialog
from tui.widgets.forecast import ForecastLine

HOUR, MIN = 3600.0, 60.0
T0 = FakeClock().t
MORNING = (T0 + 2 * HOUR, T0 + 5 * HOUR)
STATES = [Participant.make(n, "member-state") for n in ("Argentina", "Chile", "Egypt")]


SLOW = pytest.mark.slow


def hm(instant: float) -> str:
    return datetime.fromtimestamp(instant).strftime("%H:%M")


@pytest.fixture
def made(tmp_path, guide_2011):
    def make(lang="en"):
        clock = FakeClock(MORNING[0] - HOUR)
        session = create_session(tmp_path, GUIDE_2011, clock, speakers=STATES, session_id=f"set-{lang}",
                                 meetings=[MORNING], guide=guide_2011)
        made.sessions.append(session)
        return DebateApp(session, clock, ui_lang=lang, tick=None, heartbeat=None), session

    made.sessions = []
    yield make
    for s in made.sessions:
        s.close()


def on_disk(session):
    with SessionStore.open(session.log.path, writer=False) as reader:
        return reader.state()


def fill(app, **values):
    for field, value in values.items():
        app.screen.query_one(f"#{field}", Input).value = value


def error(app) -> str:
    return str(app.screen.query_one("#error", Label).content)


async def test_the_chair_changes_the_meetings_and_the_limits_at_80x24(made):
    app, session = made()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("S")
        dialog = app.screen
        assert isinstance(dialog, SettingsDialog)
        # Prefilled with what is in force; every field and the buttons inside the 80×24 screen.
        assert dialog.query_one("#meetings", Input).value == f"{hm(MORNING[0])}-{hm(MORNING[1])}"
        assert dialog.query_one("#limit-participant", Input).value == "5:00"
        for widget in (*dialog.query(Input), dialog.query_one("#ok")):
            r = widget.region
            assert r.width > 0 and r.y >= 0 and r.bottom <= 24 and r.right <= 80, widget.id
        afternoon = (MORNING[0] + 5 * HOUR, MORNING[0] + 8 * HOUR)
        fill(app, meetings=f"{hm(MORNING[0])}-{hm(MORNING[0] + 2 * HOUR)}, "
                           f"{hm(afternoon[0])}-{hm(afternoon[1])}",
             **{"limit-participant": "3:00", "categories": "ngo=2:00"})
        await pilot.press("enter")
        assert not isinstance(app.screen, SettingsDialog)
        disk = on_disk(session)  # durable: both on disk
        assert [(m.start, m.end) for m in disk.meetings] == [(MORNING[0], MORNING[0] + 2 * HOUR), afternoon]
        assert disk.limits.participant == 180 and dict(disk.limits.categories) == {"ngo": 120}
        assert session.limits.participant == 180
        line = str(app.screen.query_one(ForecastLine).content)
        assert line.startswith(f"M1 {hm(MORNING[0])}-{clock_time(MORNING[0] + 2 * HOUR)}")
        notices = [n.message for n in app._notifications]
        assert any("Meetings planned: " in m and f"{hm(afternoon[0])}-{hm(afternoon[1])}" in m
                   for m in notices)
        assert any("Speaking time set: " in m and "Everyone else 3:00" in m
                   and "Non-governmental organization 2:00" in m for m in notices)
        await pilot.press("u")  # the limits, then the plan: one undo each
        assert session.limits.participant == 300 and len(session.state.meetings) == 2
        await pilot.press("u")
        assert [(m.start, m.end) for m in on_disk(session).meetings] == [MORNING]


@pytest.mark.parametrize(("values", "message"), [
    ({"day": "12/04/2011"}, "Day: '12/04/2011' is not a date (write YYYY-MM-DD"),  # the fast tier's one
    pytest.param({"meetings": "13:00-10:00"}, "Meetings: 13:00-10:00 ends before it starts", marks=SLOW),
    pytest.param({"meetings": "10:00-13:00, 12:00-15:00"},
                 "Meetings: 12:00-15:00 starts before 10:00-13:00 ends", marks=SLOW),
    pytest.param({"meetings": "morning"}, "Meetings: 'morning' is not a meeting (write HH:MM-HH:MM",
                 marks=SLOW),
    pytest.param({"limit-panellist": "ten"}, "Panellists: 'ten' is not a limit (write M:SS", marks=SLOW),
    pytest.param({"categories": "dragons=3:00"}, "By category: 'dragons=3:00' is not a limit", marks=SLOW),
])
async def test_an_impossible_setting_is_said_and_nothing_changes(made, values, message):
    app, session = made()
    before = session.state.last_seq
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("S")
        fill(app, **values)
        await pilot.press("enter")
        assert isinstance(app.screen, SettingsDialog)  # still open, with what was typed
        assert error(app).startswith(message)
        assert session.state.last_seq == before
        await pilot.press("escape")
        assert session.state.last_seq == before and not isinstance(app.screen, SettingsDialog)


@pytest.mark.slow
async def test_in_french_with_its_key_in_the_help_and_the_palette(made):
    app, session = made("fr")
    async with app.run_test(size=(80, 24)) as pilot:
        commands = [c.title for c in app.screen.commands()]
        assert "Réglages" in commands
        await pilot.press("question_mark")
        assert ("S", "Séances (horaires, jour) et temps de parole par catégorie") in app.screen.rows
        await pilot.press("escape")
        await pilot.press("S")
        assert str(app.screen.query_one(".dialog-title", Label).content) == "Séances et temps de parole"
        fill(app, meetings="13:00-10:00")
        await pilot.press("enter")
        assert error(app) == "Séances : 13:00-10:00 finit avant de commencer"
        fill(app, meetings="", **{"limit-participant": "4:00"})  # no meetings at all, 4:00 each
        await pilot.press("enter")
        assert session.state.meetings == [] and session.limits.participant == 240
        assert any("Temps de parole fixés : " in n.message and "Autres orateurs 4:00" in n.message
                   for n in app._notifications)


@pytest.mark.slow
async def test_limits_alone_change_after_a_meeting_opened_without_a_plan(tmp_path, guide_2011):
    clock = FakeClock(MORNING[0])
    session = create_session(tmp_path, GUIDE_2011, clock, speakers=STATES, session_id="unplanned",
                             guide=guide_2011)
    app = DebateApp(session, clock, tick=None, heartbeat=None)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("M")  # a meeting with no planned hours
            assert session.state.current_meeting() is not None
            await pilot.press("S")
            assert app.screen.query_one("#meetings", Input).value == ""
            fill(app, **{"limit-participant": "3:00"})
            await pilot.press("enter")
            assert session.limits.participant == 180
            assert [n for n in app._notifications if n.severity == "warning"] == []
            assert session.state.current_meeting() is not None  # the meeting held is untouched
    finally:
        session.close()
