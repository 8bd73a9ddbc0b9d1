"""The room display follows the writer, survives its crash, and can never change the session."""

from __future__ import annotations

from textual.widgets import Digits

from tests.conftest import GUIDE_2011
from tests.ui.conftest import SPEAKERS
from tui.core.debate.clock import FakeClock
from tui.core.storage.sessions import create_session, open_session
from tui.display import DisplayApp


def setup(tmp_path):
    clock = FakeClock()
    writer = create_session(tmp_path, GUIDE_2011, clock, speakers=SPEAKERS, session_id="room")
    return writer, clock, DisplayApp(writer.log.path, clock, poll=None, tick=None)


def text(app, selector):
    return str(app.query_one(selector).render())


async def test_display_follows_the_writer(tmp_path):
    writer, clock, app = setup(tmp_path)
    async with app.run_test():
        assert "Nobody has the floor" in text(app, "#display-name")
        assert "1. Ms. Ana Lopes" in text(app, "#display-next")
        writer.give_floor()
        clock.advance(65)
        app.follow()
        assert "Ms. Ana Lopes" in text(app, "#display-name")
        assert app.query_one("#display-clock", Digits).value == "8:55"
        assert "1. Brazil" in text(app, "#display-next") and "3. UNODC" in text(app, "#display-next")
        writer.close_list()
        writer.give_floor()
        clock.advance(290)
        app.follow()
        assert "Brazil" in text(app, "#display-name") and app.has_class("-warning")
        assert "LIST CLOSED" in text(app, "#display-next")
    writer.close()


async def test_display_keeps_the_last_good_state_and_picks_up_again(tmp_path):
    writer, clock, app = setup(tmp_path)
    path = writer.log.path
    writer.give_floor()
    writer.close()  # the console is gone
    good = path.read_bytes()
    async with app.run_test():
        path.write_bytes(b"")  # what a broken disk could leave; the display must not go blank
        app.follow()
        assert "Ms. Ana Lopes" in text(app, "#display-name")
        assert "last state" in text(app, "#display-status") and app.has_class("-stale")
        path.write_bytes(good)
        again = open_session(path, clock)  # the console restarts and goes on
        again.give_floor()
        app.follow()
        assert "Brazil" in text(app, "#display-name") and not app.has_class("-stale")
        again.close()


async def test_no_key_changes_the_session(tmp_path):
    writer, _clock, app = setup(tmp_path)
    writer.give_floor()
    before = writer.log.path.read_bytes()
    async with app.run_test() as pilot:
        keys = [*"abcdefghijkmnoprstuvwxyzP?", "space", "enter", "escape", "tab", "delete",
                "ctrl+s", "ctrl+z", "ctrl+p", "shift+up", "shift+down", "up", "down", "l"]
        await pilot.press(*keys)
        assert app.is_running
    assert writer.log.path.read_bytes() == before
    writer.give_floor()  # and the writer was never blocked: the display holds no lock
    writer.close()


async def test_display_started_with_a_polled_follower_folds_nothing_again(tmp_path, monkeypatch):
    from tui.core.storage import follower as follower_module
    from tui.core.storage.follower import SessionFollower

    clock = FakeClock()
    writer = create_session(tmp_path, GUIDE_2011, clock, speakers=SPEAKERS, session_id="room")
    writer.give_floor()
    follower = SessionFollower(writer.log.path)
    follower.poll()  # as `debate display` does, to refuse a broken file before any screen
    folds = []
    real = follower_module.replay
    monkeypatch.setattr(follower_module, "replay", lambda *a: folds.append(1) or real(*a))
    app = DisplayApp(writer.log.path, clock, poll=None, tick=None, follower=follower)
    async with app.run_test():
        assert "Ms. Ana Lopes" in text(app, "#display-name")
        writer.end()
        writer.give_floor()
        app.follow()
        assert "Brazil" in text(app, "#display-name")
    assert folds == []  # the opening fold was the CLI's; the rest were the new events only
    writer.close()


async def test_the_french_display_names_states_in_french(tmp_path):
    """`debate display --lang fr`: the floor, the next speakers and the interrupted speaker."""
    from tui.cli.display import display_languages
    from tui.core.debate.participants import Participant

    lang, ui = display_languages("fr", None)
    clock = FakeClock()
    writer = create_session(tmp_path, GUIDE_2011, clock, speakers=SPEAKERS, session_id="room")
    app = DisplayApp(writer.log.path, clock, lang=lang, ui_lang=ui, poll=None, tick=None)
    async with app.run_test():
        writer.give_floor(writer.state.order[1])  # Brazil
        writer.point_of_order(Participant.make("Germany", "member-state", "WEOG"))
        app.follow()
        assert "Allemagne" in text(app, "#display-name")
        status = text(app, "#display-time")
        assert "interrompu : Brésil" in status and "Brazil" not in status
        assert "Nigéria" in text(app, "#display-next")
    writer.close()
