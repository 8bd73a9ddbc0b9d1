"""The add-speaker dialog: names in French, one participant whatever the language it was typed in,
a warning for a State name nobody knows, and a speaker's title or function."""

from __future__ import annotations

import pytest
from textual.widgets import Input, Select

from tui.screens.main import MainScreen
from tui.screens.speaker_dialog import SpeakerDialog


def names(console):
    return [e.participant.name for e in console.state.speakers()]


def error(console) -> str:
    return str(console.app.screen.query_one("#error").content)


def asked(console) -> str:
    """The question under the name field (a name already listed, a State nobody knows)."""
    return str(console.app.screen.query_one("#known").content)


def ok_label(console) -> str:
    from textual.widgets import Button

    return str(console.app.screen.query_one("#ok", Button).label)


@pytest.mark.slow
async def test_french_names_complete_with_group_and_category_and_are_stored_in_english(console_fr):
    async with console_fr.app.run_test() as pilot:
        await pilot.press("a", *"allem", "tab")
        dialog = console_fr.app.screen
        assert dialog.query_one("#name", Input).value == "Allemagne"
        assert dialog.query_one("#group", Select).value == "western-european-other"
        assert dialog.query_one("#category", Select).value == "member-state"
        await pilot.press("enter")
        assert isinstance(console_fr.app.screen, MainScreen)
        assert names(console_fr)[-1] == "Germany"  # the summary names it "l'Allemagne" in French
        assert console_fr.on_disk().speakers()[-1].participant.name == "Germany"
        # The French console names it in French: the list, and the "Next" line once it is next.
        from tests.ui.screen import screen_text

        await pilot.pause()
        assert "Allemagne" in screen_text(console_fr.app) and "Germany" not in screen_text(console_fr.app)


@pytest.mark.slow
async def test_french_names_without_accents_observers_and_the_union(console_fr):
    cases = [("etats-unis", "États-Unis d'Amérique", "member-state", "United States of America"),
             ("federation de r", "Fédération de Russie", "member-state", "Russian Federation"),
             ("saint-sie", "Saint-Siège", "observer-state", "Holy See"),
             ("etat de pal", "État de Palestine", "observer-state", "State of Palestine"),
             ("union eur", "Union européenne", "igo", "European Union")]
    async with console_fr.app.run_test() as pilot:
        for typed, shown, category, stored in cases:
            await pilot.press("a", *typed, "tab")
            dialog = console_fr.app.screen
            assert dialog.query_one("#name", Input).value == shown
            assert dialog.query_one("#category", Select).value == category
            await pilot.press("enter")
            assert names(console_fr)[-1] == stored


@pytest.mark.slow
async def test_a_french_name_of_a_listed_state_is_announced_as_a_duplicate(console_fr):
    async with console_fr.app.run_test() as pilot:
        await pilot.press("a", *"le Bresil", "enter")
        assert isinstance(console_fr.app.screen, SpeakerDialog)
        assert "Brésil est déjà inscrit (n° 2, inscrit)" in asked(console_fr)
        assert ok_label(console_fr) == "Inscrire à nouveau (entrée)"
        assert names(console_fr) == ["Ms. Ana Lopes", "Brazil", "Nigeria", "UNODC"]


@pytest.mark.slow
async def test_a_right_of_reply_by_a_listed_delegation_is_not_announced_as_a_duplicate(console):
    """A reply answers a statement: the delegation is usually on the list already."""
    from textual.widgets import Checkbox

    async with console.app.run_test() as pilot:
        await pilot.press("a", *"Brazil")
        console.app.screen.query_one("#reply", Checkbox).value = True
        await pilot.press("enter")
        assert isinstance(console.app.screen, MainScreen)  # added at the first Enter
        last = console.state.speakers()[-1]
        assert (last.participant.name, last.reply) == ("Brazil", True)


@pytest.mark.slow
async def test_an_unknown_state_name_is_announced_with_the_nearest_and_can_be_added(console):
    async with console.app.run_test() as pilot:
        await pilot.press("a", *"Germeny", "enter")
        assert isinstance(console.app.screen, SpeakerDialog)  # not added at once
        assert "Germeny is not a Member State or observer the console knows" in asked(console)
        assert "Nearest: Germany" in asked(console)
        # What the second Enter does is on the button itself; nothing waits at the dialog's foot.
        assert ok_label(console) == "Add as typed (enter)" and error(console) == ""
        await pilot.press("enter")  # the Chair knows better: added as typed
        assert isinstance(console.app.screen, MainScreen)
        assert names(console)[-1] == "Germeny"


@pytest.mark.slow
async def test_another_languages_name_is_unknown_in_english_with_its_english_form(console):
    async with console.app.run_test() as pilot:
        await pilot.press("a", *"Brasil", "enter")
        assert "Brasil is not a Member State" in asked(console)
        assert "Nearest: Brazil" in asked(console)
        await pilot.press("escape")
        assert names(console) == ["Ms. Ana Lopes", "Brazil", "Nigeria", "UNODC"]


@pytest.mark.slow
async def test_an_unknown_state_name_is_announced_in_french(console_fr):
    async with console_fr.app.run_test() as pilot:
        await pilot.press("a", *"Allemagn", "e", "x", "enter")
        assert "Allemagnex n'est pas un État Membre" in asked(console_fr)
        assert "Les plus proches : Allemagne" in asked(console_fr)
        assert ok_label(console_fr) == "Inscrire tel quel (entrée)"


@pytest.mark.slow
async def test_a_swapped_pair_of_letters_finds_the_state(console_fr):
    async with console_fr.app.run_test() as pilot:
        await pilot.press("a", *"Allemgane", "enter")
        assert "Les plus proches : Allemagne" in asked(console_fr)


async def test_an_edit_of_the_name_takes_the_question_back(console):
    async with console.app.run_test() as pilot:
        await pilot.press("a", *"Germeny", "enter", "backspace")
        assert ok_label(console) == "Add" and asked(console) == ""
        await pilot.press("y", "enter")  # the same name after an edit: asked again, not added
        assert isinstance(console.app.screen, SpeakerDialog) and "Germeny" in asked(console)


@pytest.mark.slow  # many keys; the cheap one: test_an_edit_of_the_name_takes_the_question_back
async def test_any_change_to_the_name_takes_the_question_back(console):
    """A Chair who corrects the name is never caught by the Enter meant for the name before: the
    question goes, the button says Add again, and the corrected name is checked afresh."""
    async with console.app.run_test() as pilot:
        await pilot.press("a", *"Germeny", "enter")
        assert ok_label(console) == "Add as typed (enter)"
        await pilot.press("backspace", "y")  # the same name typed again: still a change
        assert ok_label(console) == "Add" and asked(console) == ""
        await pilot.press("enter")  # asked again, not added
        assert isinstance(console.app.screen, SpeakerDialog) and "Germeny" in asked(console)
        await pilot.press("backspace", "backspace", "backspace", *"any")  # corrected
        assert ok_label(console) == "Add"
        await pilot.press("enter")
        assert isinstance(console.app.screen, MainScreen) and names(console)[-1] == "Germany"


@pytest.mark.slow
async def test_choosing_an_organization_takes_the_state_question_back(console):
    async with console.app.run_test() as pilot:
        await pilot.press("a", *"ECPAT", "enter")
        assert "ECPAT is not a Member State" in asked(console)
        console.app.screen.query_one("#category", Select).value = "ngo"
        await pilot.pause()
        assert ok_label(console) == "Add" and asked(console) == ""
        await pilot.press("enter")
        assert names(console)[-1] == "ECPAT"


@pytest.mark.slow
async def test_escape_leaves_a_dialog_that_asks(console):
    async with console.app.run_test() as pilot:
        await pilot.press("a", *"brazil", "enter")
        assert ok_label(console) == "Add again (enter)"
        await pilot.press("escape")
        assert isinstance(console.app.screen, MainScreen)
        assert names(console) == ["Ms. Ana Lopes", "Brazil", "Nigeria", "UNODC"]


@pytest.mark.slow
async def test_an_organization_or_a_person_is_not_checked_against_the_states(console):
    async with console.app.run_test() as pilot:
        await pilot.press("a", *"ECPAT International")
        console.app.screen.query_one("#category", Select).value = "ngo"
        await pilot.pause()
        await pilot.press("enter")
        assert isinstance(console.app.screen, MainScreen)
        assert names(console)[-1] == "ECPAT International"


@pytest.mark.slow
async def test_a_speaker_carries_a_title_or_function(console):
    async with console.app.run_test() as pilot:
        await pilot.press("a", *"Mr. Juan Pérez")
        dialog = console.app.screen
        dialog.query_one("#category", Select).value = "panellist"
        dialog.query_one("#group", Select).value = "latin-american-caribbean"
        dialog.query_one("#title", Input).focus()
        await pilot.press(*"Director,  Division for Treaty Affairs", "enter")
        assert isinstance(console.app.screen, MainScreen)
        added = console.on_disk().speakers()[-1].participant
        assert (added.name, added.title) == ("Mr. Juan Pérez", "Director, Division for Treaty Affairs")


@pytest.mark.slow
async def test_a_known_speakers_title_comes_with_the_name(console):
    from tui.core.debate.participants import Participant

    console.session.add_speaker(Participant.make("Ms. Ida Berg", "independent-expert", None,
                                                 "Professor, University of Oslo"))
    async with console.app.run_test() as pilot:
        await pilot.press("a", *"Ms. Ida B", "tab")
        assert console.app.screen.query_one("#title", Input).value == "Professor, University of Oslo"


# -- where a title is shown ------------------------------------------------------------------------

TITLE = "Director, Division for Treaty Affairs"


async def test_the_room_display_shows_the_title_under_the_name_only_when_there_is_one(tmp_path):
    from tests.conftest import GUIDE_2011
    from tui.core.debate.clock import FakeClock
    from tui.core.debate.participants import Participant
    from tui.core.storage.sessions import create_session
    from tui.display import DisplayApp

    clock = FakeClock()
    writer = create_session(tmp_path, GUIDE_2011, clock, session_id="room", speakers=[
        Participant.make("Ms. Ana Lopes", "panellist", "GRULAC", TITLE), Participant.make("Brazil")])
    app = DisplayApp(writer.log.path, clock, poll=None, tick=None)
    async with app.run_test():
        label = app.query_one("#display-speaker-title")
        assert not label.display  # nobody on the floor: no blank line
        writer.give_floor()
        app.follow()
        assert str(label.render()) == TITLE and label.display
        writer.end()
        writer.give_floor()  # Brazil: no title
        app.follow()
        assert not label.display
    writer.close()


@pytest.mark.slow
async def test_the_console_list_shows_titles_when_wide(console):
    from tests.ui.screen import screen_text
    from tui.core.debate.participants import Participant

    console.session.add_speaker(Participant.make("Mr. Juan Pérez", "independent-expert", None, TITLE))
    async with console.app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        # In the room the other columns leave (the Limit column came first): cut with an ellipsis.
        line = next(row for row in screen_text(console.app).splitlines() if "Mr. Juan Pérez" in row)
        assert TITLE[:16] in line and ("…" in line or TITLE in line)
        assert "Title or function" in screen_text(console.app)


async def test_no_title_column_at_80_columns(console):
    from tests.ui.screen import screen_text
    from tui.core.debate.participants import Participant

    console.session.add_speaker(Participant.make("Mr. Juan Pérez", "independent-expert", None, TITLE))
    async with console.app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        text = screen_text(console.app)
        assert "Director" not in text and "Mr. Juan Pérez" in text
