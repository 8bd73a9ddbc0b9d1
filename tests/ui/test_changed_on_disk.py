"""The console when another program changes its session file (a hostile tester's finding: the
console appended after a stranger's half line, said "Clock paused — u to undo", and the file was
refused everywhere from then on).

What the Chair gets: the action refused in plain words, nothing written; the console stays up,
read-only, so the floor and its clock are still in front of the Chair (the speaker does not stop
because a file broke); a red line on every screen says so and what to do, the keys that would
record are greyed and say why when pressed; q closes it without writing anything."""

from __future__ import annotations

import hashlib
import os

import pytest

from tests.ui.screen import screen_text
from tui.screens.main import MainScreen
from tui.screens.review import ReviewScreen
from tui.screens.speaker_dialog import SpeakerDialog

CHANGED = ("The session file was changed by another program since the console wrote it: nothing was "
           "recorded; close the console and check the file")


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _half_line(path):
    with open(path, "ab") as fh:
        fh.write(b'{"events":{"9":{"seq":9,"type":"floor.pau')


def _cut(path):
    os.truncate(path, os.path.getsize(path) - 5)


def _replaced(path):
    tmp = path.with_name("x.tmp")
    tmp.write_bytes(path.read_bytes())
    os.replace(tmp, path)


def _messages(app):
    return [n.message for n in app._notifications]


@pytest.mark.parametrize("change", [_half_line, _cut, _replaced], ids=["half-line", "cut", "replaced"])
async def test_an_action_on_a_file_changed_by_another_program_is_refused_and_the_console_goes_read_only(
        console, change):
    app, path = console.app, console.session.log.path
    async with app.run_test(notifications=True) as pilot:
        await pilot.press("n")
        assert console.state.floor.running_since is not None
        change(path)
        after = _digest(path)
        await pilot.press("space")
        # Refused in words; never "Clock paused — u to undo".
        assert _messages(app)[-1] == CHANGED
        assert not any("paused" in m.lower() for m in _messages(app))
        assert console.state.floor.running_since is not None  # the clock was not paused
        assert _digest(path) == after  # nothing written after (or over) the other program's bytes
        assert app.read_only is not None
        text = screen_text(app)
        assert "READ-ONLY: the session file was changed by another program" in text
        assert "Ms. Ana Lopes" in text  # the floor still in front of the Chair


async def test_read_only_keys_that_record_are_greyed_and_say_why_the_others_still_work(console):
    app, path = console.app, console.session.log.path
    async with app.run_test(notifications=True) as pilot:
        await pilot.press("n")
        _half_line(path)
        await pilot.press("s")  # refused: read-only from here
        after = _digest(path)
        screen = app.screen
        assert screen.check_action("add_speaker", ()) is None  # greyed in the footer
        assert screen.check_action("review_points", ()) is True
        await pilot.press("a")  # no dialog to type a name into that could not be saved
        assert not isinstance(app.screen, SpeakerDialog)
        assert _messages(app)[-1].startswith("READ-ONLY: the session file was changed")
        await pilot.press("m")  # looking is still possible: the points, on their own screen
        assert isinstance(app.screen, ReviewScreen)
        assert "READ-ONLY" in screen_text(app)
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)
        await pilot.press("q", "y")  # someone has the floor: the Chair confirms
        await pilot.pause()
    assert _digest(path) == after  # quitting wrote nothing either (no "closed", no compaction)
    assert console.session.events[-1]["type"] == "floor.give"


async def test_the_console_notices_between_actions(console):
    """The heartbeat (every few seconds) looks too: the Chair is told before the next key."""
    app, path = console.app, console.session.log.path
    async with app.run_test(notifications=True) as pilot:
        app.beat()
        assert app.read_only is None
        _half_line(path)
        app.beat()
        await pilot.pause()
        assert _messages(app) == [CHANGED]
        assert "READ-ONLY" in screen_text(app)
        app.beat()  # said once, not every five seconds
        assert len(_messages(app)) == 1


async def test_in_french(console_fr):
    app, path = console_fr.app, console_fr.session.log.path
    async with app.run_test(notifications=True) as pilot:
        _cut(path)
        await pilot.press("n")
        assert _messages(app)[-1] == (
            "Le fichier de la séance a été modifié par un autre programme depuis que la console "
            "l'a écrit : rien n'a été enregistré ; fermez la console et vérifiez le fichier")
        assert "LECTURE SEULE" in screen_text(app)
