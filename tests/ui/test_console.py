"""The Chair's console driven key by key (Pilot), on a fake clock: no sleeping for time to pass."""

from __future__ import annotations

import pytest
from textual.widgets import Digits, Input, Select

from tests.ui.screen import screen_text
from tui.screens.confirm import ConfirmDialog
from tui.screens.guide_browser import GuideBrowser
from tui.screens.help import HelpScreen
from tui.screens.main import KEYS, MainScreen
from tui.screens.panel import PanelScreen
from tui.screens.point_dialog import PointDialog
from tui.screens.review import ReviewScreen
from tui.screens.speaker_dialog import SpeakerDialog
from tui.screens.topic_dialog import TopicDialog
from tui.widgets.floor import FloorPanel
from tui.widgets.speakers import SpeakersTable


def floor_name(console):
    return console.state.floor.participant.name if console.state.floor else None


async def test_next_gives_the_floor_and_it_is_on_disk_first(console):
    async with console.app.run_test() as pilot:
        await pilot.press("n")
        assert floor_name(console) == "Ms. Ana Lopes"
        assert console.on_disk().floor.participant.name == "Ms. Ana Lopes"
        assert console.app.screen.query_one("#floor-name").content == "Ms. Ana Lopes"


async def test_enter_gives_the_floor_to_the_selected_speaker(console):
    async with console.app.run_test() as pilot:
        await pilot.press("down", "down", "enter")
        assert floor_name(console) == "Nigeria"
        await pilot.press("n")  # the next waiting is still the head of the list
        assert floor_name(console) == "Ms. Ana Lopes"


@pytest.mark.slow
async def test_clock_phases_on_screen(console):
    async with console.app.run_test() as pilot:
        await pilot.press("down", "enter")  # Brazil, 5:00
        floor = console.app.screen.query_one(FloorPanel)
        digits = console.app.screen.query_one("#floor-clock", Digits)
        assert digits.value == "5:00" and floor.has_class("-running")
        console.advance(241)
        assert digits.value == "0:59" and floor.has_class("-warning")
        console.advance(72)
        assert digits.value == "+0:13" and floor.has_class("-overrun")
        await pilot.press("space")
        console.advance(100)
        assert digits.value == "+0:13" and floor.has_class("-paused")
        await pilot.press("space")
        assert floor.has_class("-overrun")
        await pilot.press("s")
        assert floor.has_class("-idle") and console.state.floor is None
        assert console.state.interventions[0].overrun(console.clock.now()) == 13


async def test_add_speaker_with_known_name_completion(console):
    async with console.app.run_test() as pilot:
        await pilot.press("a")
        assert isinstance(console.app.screen, SpeakerDialog)
        await pilot.press(*"Nigeria")  # known: category and group come with the name
        dialog = console.app.screen
        assert dialog.query_one("#category", Select).value == "member-state"
        assert dialog.query_one("#group", Select).value == "african"
        await pilot.press("enter")  # Nigeria is on the list already: said, then confirmed
        assert "no. 3, waiting" in str(dialog.query_one("#known").content)
        await pilot.press("enter")
        assert isinstance(console.app.screen, MainScreen)
        assert [e.participant.name for e in console.state.speakers()][-1] == "Nigeria"
        assert console.on_disk().speakers()[-1].participant.group == "african"


@pytest.mark.slow
async def test_a_right_of_reply_waits_after_the_list_whatever_the_position(console):
    async with console.app.run_test() as pilot:
        await pilot.press("a", *"France")
        dialog = console.app.screen
        dialog.query_one("#group", Select).value = "western-european-other"
        dialog.query_one("#position", Input).value = "1"
        dialog.query_one("#reply").value = True
        await pilot.click("#ok")
        last = console.state.speakers()[-1]  # UN practice: replies at the end of the meeting
        assert (last.participant.name, last.reply, last.reply_no) == ("France", True, 1)


@pytest.mark.slow
async def test_bad_speaker_keeps_the_dialog_open_with_the_reason(console):
    async with console.app.run_test() as pilot:
        before = len(console.session.events)
        await pilot.press("a", "enter")
        assert isinstance(console.app.screen, SpeakerDialog)
        assert "needs a name" in str(console.app.screen.query_one("#error").content)
        await pilot.press("escape")
        assert isinstance(console.app.screen, MainScreen) and len(console.session.events) == before


@pytest.mark.slow  # over a second of CPU
async def test_escape_closes_every_dialog_without_changing_anything(console):
    async with console.app.run_test() as pilot:
        await pilot.press("n")
        before = list(console.session.events)
        for key, kind in (("a", SpeakerDialog), ("p", PointDialog), ("t", TopicDialog),
                          ("o", SpeakerDialog), ("g", GuideBrowser), ("question_mark", HelpScreen),
                          ("q", ConfirmDialog)):
            await pilot.press(key)
            assert isinstance(console.app.screen, kind), key
            await pilot.press("x", "escape")
            assert isinstance(console.app.screen, MainScreen), key
        assert console.session.events == before


@pytest.mark.slow  # over a second of CPU
async def test_record_a_main_point_tagged_with_speaker_and_topic(console, guide_2011):
    console.session.set_topic(guide_2011.subthemes()[0].id, guide_2011.find("7(a)").id)
    async with console.app.run_test() as pilot:
        await pilot.press("n", "p", *"Children need safe reporting channels", "ctrl+s", "enter")
        (point,) = console.state.ordered_points()
        assert point.main and point.by == "Ms. Ana Lopes"
        assert point.question == guide_2011.find("7(a)").id
        assert "safe reporting" in str(console.app.screen.query_one("#points").render())


@pytest.mark.slow
async def test_choose_topic_from_the_tree(console, guide_2011):
    async with console.app.run_test(size=(120, 40)) as pilot:
        await pilot.press("t")
        tree = console.app.screen.query_one("#topic-tree")
        # walk to the first question of group 1: root, (a), (a)(i)…(a)(iv), group 1, question 1(a)
        node = next(n for n in _walk(tree.root) if n.data and n.data[1] == guide_2011.find("6(a)").id)
        node.parent.expand()
        await pilot.pause()
        tree.move_cursor(node)
        await pilot.press("enter")
        assert console.state.question == guide_2011.find("6(a)").id
        assert console.state.subtheme is not None
        assert "6(a)" in str(console.app.screen.query_one("#topic").render())


def _walk(node):
    yield node
    for child in node.children:
        yield from _walk(child)


@pytest.mark.slow
async def test_point_of_order_interrupts_and_resumes(console):
    async with console.app.run_test() as pilot:
        await pilot.press("n")
        console.advance(60)
        await pilot.press("o", *"France", "enter")
        assert console.state.floor.kind == "point-of-order"
        console.advance(30)
        await pilot.press("s")
        assert floor_name(console) == "Ms. Ana Lopes"
        assert console.state.floor.elapsed(console.clock.now()) == 60


async def test_at_80x24_a_point_of_order_says_who_resumes_after_it(console_fr):
    """The interrupted speaker was at the end of the clock's status line, cut off at 80 columns;
    and "Suivant : Brésil" named who `n` calls, not who speaks when the point of order ends."""
    s = console_fr.session
    s.give_floor(s.state.order[1])  # Brazil
    async with console_fr.app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o", *"France", "enter")
        await pilot.pause()
        text = screen_text(console_fr.app)
        assert "Puis Brésil reprend" in text and "Suivant :" not in text
        assert "restant  limite 2:00 " in text


@pytest.mark.slow
async def test_undo_remove_and_move(console):
    async with console.app.run_test() as pilot:
        await pilot.press("down", "x")
        assert [e.participant.name for e in console.state.speakers()][:2] == ["Ms. Ana Lopes", "Nigeria"]
        await pilot.press("u")
        assert [e.participant.name for e in console.state.speakers()][1] == "Brazil"
        table = console.app.screen.query_one(SpeakersTable)
        nigeria = console.state.order[2]
        assert table.selected_entry == nigeria  # the selection stayed on the same speaker
        await pilot.press("shift+up")
        assert [e.participant.name for e in console.state.speakers()] == [
            "Ms. Ana Lopes", "Nigeria", "Brazil", "UNODC"]
        assert table.selected_entry == nigeria  # and follows it when it moves
        await pilot.press("shift+up", "shift+down", "shift+down")
        assert console.state.order.index(nigeria) == 2


async def test_close_list_and_language_switch(console):
    async with console.app.run_test() as pilot:
        await pilot.press("c")
        assert console.state.closed
        assert "LIST CLOSED" in str(console.app.screen.query_one("#speakers-title").content)
        await pilot.press("c", "l")
        assert not console.state.closed and console.app.guide_lang == "fr"


@pytest.mark.slow  # over a second of CPU
async def test_guide_browser_searches_all_languages(console):
    async with console.app.run_test(size=(120, 40)) as pilot:
        await pilot.press("g", *"teleassistance")  # French, without the accent
        count = str(console.app.screen.query_one("#guide-count").content)
        assert count.startswith("3 of 86") and "(64 questions, 22 options)" in count  # as guide check
        console.app.screen.query_one(Input).value = "teleassistance nationaux"
        await pilot.pause()
        count = str(console.app.screen.query_one("#guide-count").content)
        assert count.startswith("1 of 86")
        assert "q12m-iii" in str(console.app.screen.query_one("#guide-detail").render())


@pytest.mark.slow  # over a second of CPU
async def test_review_screen_toggles_main_and_conclusion(console):
    console.session.add_point("First point", by="Brazil")
    async with console.app.run_test() as pilot:
        await pilot.press("m")
        assert isinstance(console.app.screen, ReviewScreen)
        await pilot.press("down", "space", "c")
        point = console.state.ordered_points()[0]
        assert point.main and point.conclusion
        await pilot.press("u")
        assert not console.state.ordered_points()[0].conclusion
        await pilot.press("escape")
        assert isinstance(console.app.screen, MainScreen)


@pytest.mark.slow
async def test_review_leaves_a_point_out_and_back_in_and_says_so(console):
    console.session.add_point("First point", by="Brazil")
    async with console.app.run_test() as pilot:
        await pilot.press("m", "down", "o")
        point = console.state.ordered_points()[0]
        assert point.left_out
        assert any("left out of the summary" in str(n.message) for n in console.app._notifications)
        await pilot.press("o")
        assert not console.state.ordered_points()[0].left_out
        await pilot.press("o", "u")
        assert not console.state.ordered_points()[0].left_out


@pytest.mark.slow
async def test_panel_screen_shows_seats_and_warnings(console):
    async with console.app.run_test(size=(120, 40)) as pilot:
        await pilot.press("P")
        assert isinstance(console.app.screen, PanelScreen)
        warnings = str(console.app.screen.query_one("#panel-warnings").render())
        assert "African States" in warnings and "Latin American" not in warnings
        await pilot.press("down", "down", "down", "r")
        (member,) = console.state.panel.values()
        assert member.received
        await pilot.press("a", *"Dr. Chen", "enter")
        assert isinstance(console.app.screen, SpeakerDialog)  # a panellist needs a regional group
        console.app.screen.query_one("#group", Select).value = "asia-pacific"
        await pilot.press("enter")
        assert len(console.state.panel) == 2
        assert "Asia-Pacific" not in str(console.app.screen.query_one("#panel-warnings").render())


@pytest.mark.slow
async def test_quit_asks_while_someone_has_the_floor(console):
    async with console.app.run_test() as pilot:
        await pilot.press("n", "q")
        assert isinstance(console.app.screen, ConfirmDialog)
        await pilot.press("n")
        assert isinstance(console.app.screen, MainScreen)
        await pilot.press("q", "y")
    assert console.session.events[-1]["type"] == "session.closed"


async def test_quit_without_floor_needs_no_confirmation(console):
    async with console.app.run_test() as pilot:
        await pilot.press("q")
        await pilot.pause()
        assert console.app._exit_renderables is not None or not console.app.is_running


@pytest.mark.slow
async def test_refused_action_is_a_notice_not_a_crash(console):
    async with console.app.run_test(notifications=True) as pilot:
        await pilot.press("space")  # nobody has the floor
        assert any(n.message == "Nobody has the floor" for n in console.app._notifications)
        assert isinstance(console.app.screen, MainScreen)


async def test_refusals_are_said_in_french_in_the_french_console(console_fr):
    """The engine's refusals reached the French Chair in English ("nobody has the floor")."""
    app = console_fr.app
    async with app.run_test(notifications=True) as pilot:
        await pilot.press("space")  # nobody has the floor
        assert [n.message for n in app._notifications] == ["Personne n'a la parole"]
        await pilot.press("down", "enter", "down", "x")  # the speaker on the floor cannot be removed
        assert list(app._notifications)[-1].message == "Brésil a la parole : terminez d'abord l'intervention"


@pytest.mark.slow
async def test_a_closed_list_and_a_speaker_heard_are_refused_in_french(console_fr):
    app = console_fr.app
    async with app.run_test(notifications=True) as pilot:
        await pilot.press("down", "enter", "s", "down", "enter")  # Brazil again, from the place it spoke from
        assert list(app._notifications)[-1].message == (
            "Brésil a déjà parlé à ce rang de la liste : inscrivez de nouveau cet orateur pour lui "
            "redonner la parole")
        await pilot.press("c", "a")
        await pilot.press(*"Ghana", "enter")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert list(app._notifications)[-1].message == (
            "La liste des orateurs est close (rouvrez-la pour inscrire des orateurs)")


async def test_failed_write_changes_nothing_on_screen(console, monkeypatch):
    async with console.app.run_test(notifications=True) as pilot:
        def disk_full(event):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(console.session.log, "append", disk_full)
        await pilot.press("n")
        assert console.state.floor is None
        assert str(console.app.screen.query_one("#floor-name").content) == "Nobody has the floor"
        assert any("No space left" in n.message for n in console.app._notifications)
        monkeypatch.undo()
        await pilot.press("n")
        assert floor_name(console) == "Ms. Ana Lopes"


async def test_unexpected_error_keeps_the_console_up(console, monkeypatch):
    async with console.app.run_test(notifications=True) as pilot:
        monkeypatch.setattr(console.session, "give_floor", lambda *a: 1 / 0)
        await pilot.press("n")
        assert console.app.is_running
        assert any("ZeroDivisionError" in n.message for n in console.app._notifications)


@pytest.mark.slow
async def test_every_key_is_in_the_help_and_the_command_palette(console):
    async with console.app.run_test() as pilot:
        commands = {c.title for c in console.app.get_system_commands(console.app.screen)}
        assert {"Add speaker", "Give floor", "Point of order", "Main points", "Panel"} <= commands
        await pilot.press("question_mark")
        assert len(console.app.screen.rows) == len(KEYS) + 2
        assert len(console.app.screen.query(".help-row")) == len(KEYS) + 2


async def test_french_interface(console_fr):
    async with console_fr.app.run_test() as pilot:
        await pilot.pause()
        descriptions = {b.description for b in console_fr.app.screen._bindings.key_to_bindings.get("a", [])}
        assert descriptions == {"Ajouter"}
        assert console_fr.app.screen.query_one("#floor-name").content == "Personne n'a la parole"
        await pilot.press("n")
        assert "présentation" in str(console_fr.app.screen.query_one("#floor-role").content)


async def test_restart_resumes_the_running_clock(tmp_path, guide_2011):
    from tests.ui.conftest import Console
    from tui.app import DebateApp
    from tui.core.storage.sessions import open_session

    first = Console(tmp_path, guide_2011)
    first.session.opened(None)  # what `debate run` records when the console starts
    async with first.app.run_test() as pilot:
        await pilot.press("n")
        first.advance(90)
        first.session.log.heartbeat(first.clock.now())  # what the console's timer does
    first.session.close()  # as after a kill: no confirmation, no close event needed
    first.clock.advance(30)
    again = open_session(first.session.log.path, first.clock, guide=guide_2011)
    again.opened(again.log.previous_alive)
    app = DebateApp(again, first.clock, tick=None, heartbeat=None)
    async with app.run_test():
        assert app.screen.query_one("#floor-clock", Digits).value == "8:00"
        assert again.state.downtime[-1].seconds == 30
    again.close()


@pytest.mark.slow  # over a second of CPU
async def test_review_merge_edit_preview_and_export(console):
    said = (("Brazil", "Cooperation with providers matters"), ("Nigeria", "Providers must cooperate"))
    for name, text in said:
        console.session.add_point(text, by=name, main=True)
    async with console.app.run_test(size=(140, 40)) as pilot:
        await pilot.press("m")
        screen = console.app.screen
        await pilot.pause()
        preview = screen.query_one("#review-markdown")
        assert "One speaker stressed that cooperation with providers matters." in preview.source
        await pilot.press("v", "down", "v", "j")  # the cursor starts on the first point
        dialog = console.app.screen  # no text is dropped: the Chair writes the combined point
        assert isinstance(dialog, PointDialog)
        combined = dialog.query_one("#text", Input)
        assert combined.value == "Cooperation with providers matters; Providers must cooperate"
        combined.value = "Cooperation with providers matters"
        await pilot.press("enter")
        (point,) = console.state.ordered_points()
        assert point.merged == ("Brazil", "Nigeria")
        await pilot.pause()
        assert "Some speakers stressed that" in preview.source
        await pilot.press("enter")
        assert isinstance(console.app.screen, PointDialog)
        console.app.screen.query_one("#text", Input).value = "Cooperation with providers is essential"
        await pilot.press("enter")
        assert console.state.ordered_points()[0].text == "Cooperation with providers is essential"
        await pilot.press("e")
        folder = console.session.log.path.parent / "test-session"
        assert sorted(p.name for p in folder.iterdir()) == [
            "speakers.csv", "summary-en.docx", "summary-en.html", "summary-en.md"]
        assert "cooperation with providers is essential" in (folder / "summary-en.md").read_text()
        await pilot.press("u")  # the edit is an event like any other
        assert console.state.ordered_points()[0].text == "Cooperation with providers matters"


@pytest.mark.slow
async def test_bell_rings_once_at_the_warning_and_once_at_the_limit(console, monkeypatch):
    rings = []
    monkeypatch.setattr(console.app, "bell", lambda: rings.append(console.app.phase))
    async with console.app.run_test() as pilot:
        await pilot.press("down", "enter")  # Brazil, 5:00
        console.advance(241)
        assert rings == []  # off by default (--bell turns it on)
        await pilot.press("s", "down", "down", "enter")  # Nigeria
        console.app.bell_enabled = True
        console.advance(240)
        assert len(rings) == 1  # one minute left
        await pilot.press("space", "space")  # a pause does not ring it again
        console.advance(61)
        assert len(rings) == 2  # the limit
        console.advance(30)
        assert len(rings) == 2


@pytest.mark.slow
async def test_a_member_state_brings_its_regional_group(console):
    async with console.app.run_test() as pilot:
        await pilot.press("a", *"Kenya")
        assert console.app.screen.query_one("#group", Select).value == "african"
        await pilot.press("enter")
        assert console.state.speakers()[-1].participant.group == "african"


@pytest.mark.slow
async def test_review_and_panel_keys_are_translated_and_have_help(console_fr):
    async with console_fr.app.run_test(size=(120, 40)) as pilot:
        for key, kind, expected in (("m", ReviewScreen, {"e": "Exporter", "enter": "Modifier"}),
                                    ("P", PanelScreen, {"a": "Ajouter un membre", "escape": "Retour"})):
            await pilot.press(key)
            screen = console_fr.app.screen
            assert isinstance(screen, kind)
            for k, description in expected.items():
                assert {b.description for b in screen._bindings.key_to_bindings[k]} == {description}
            await pilot.press("question_mark")  # every screen's keys, in the help, in French
            assert isinstance(console_fr.app.screen, HelpScreen)
            rows = console_fr.app.screen.rows
            assert len(rows) == len(screen.KEYS) + 2
            assert "Palette de commandes" in rows[-1][1]
            await pilot.press("escape", "escape")
            assert isinstance(console_fr.app.screen, MainScreen)


@pytest.mark.slow
async def test_a_change_on_another_screen_redraws_the_main_screen(console):
    async with console.app.run_test(size=(120, 40)) as pilot:
        await pilot.press("P", "down", "down", "down", "enter", "escape")  # the panellist to the list
        table = console.app.screen.query_one(SpeakersTable)
        assert table.row_count == 5 and console.state.speakers()[-1].participant.name == "Ms. Ana Lopes"
        await pilot.press("m", "u", "escape")  # undone from the review screen
        assert table.row_count == 4


@pytest.mark.slow
async def test_the_speakers_row_cache_is_bounded(console):
    async with console.app.run_test() as pilot:
        await pilot.press("n")
        table = console.app.screen.query_one(SpeakersTable)
        console.advance(660)  # past 10:00, so that the time column keeps its width from here on
        for _ in range(SpeakersTable.CACHED_ROWS + 200):  # a new row every second of the clock
            console.advance(1)
            table.render_line(0)
        assert len(table._cache) <= SpeakersTable.CACHED_ROWS


def test_the_app_is_wiring_only():
    from pathlib import Path

    import tui

    root = Path(tui.__file__).parent
    assert len((root / "app.py").read_text().splitlines()) < 200
    for path in [*root.glob("screens/*.py"), *root.glob("widgets/*.py")]:
        text = path.read_text()
        assert "app.redraw" not in text and "screen_stack" not in text, path
