"""The French console names every known State in French wherever a name is shown: the notices,
undo, the point dialog's speaker, the latest points, the review, the panel and the dialogs' titles.
The session keeps the English name ("Germany"), so nothing of this changes what is stored."""

from __future__ import annotations

import pytest
from textual.widgets import Select

from tests.ui.screen import screen_text
from tui.core.debate.participants import Participant
from tui.screens.feedback import Before, describe


def notices(console) -> list[str]:
    return [str(n.message) for n in console.app._notifications]


def test_what_an_action_did_names_the_state_in_french(console_fr):
    s = console_fr.session
    s.add_speaker(Participant.make("Germany", "member-state", "WEOG"))
    assert describe(s.events[-1], s.state, "fr") == "Allemagne inscrit sur la liste"
    assert describe(s.events[-1], s.state, "en") == "Germany added to the list"
    s.give_floor(s.state.order[1])  # Brazil
    before = Before.of(s.state)
    s.give_floor(s.state.order[2])  # Nigeria: Brazil's intervention ends first
    said = describe(s.events[-1], s.state, "fr", before)
    assert said == "Brésil : intervention terminée\u00a0; parole à Nigéria"  # French spacing, one sentence


@pytest.mark.slow  # the words themselves: test_what_an_action_did_names_the_state_in_french
async def test_notices_and_undo_in_french_name_the_state_in_french(console_fr):
    async with console_fr.app.run_test() as pilot:
        await pilot.press("down", "enter")  # Brazil has the floor
        await pilot.press("u")
        await pilot.pause()
        said = " | ".join(notices(console_fr))
        assert "Brésil" in said and "Brazil" not in said


async def test_the_point_dialog_and_the_latest_points_name_the_speaker_in_french(console_fr):
    s = console_fr.session
    s.give_floor(s.state.order[1])  # Brazil
    async with console_fr.app.run_test() as pilot:
        await pilot.press("p")
        by = console_fr.app.screen.query_one("#by", Select)
        labels = [str(prompt) for prompt, _ in by._options]
        assert "Brésil" in labels and "Brazil" not in labels
        assert by.value == "Brazil"  # the stored name
        await pilot.press(*"Data matter", "enter")
        await pilot.pause()
        assert console_fr.state.ordered_points()[-1].by == "Brazil"
        screen = screen_text(console_fr.app)
        assert "— Brésil" in screen and "Brazil" not in screen


@pytest.mark.slow
async def test_the_review_and_the_limit_dialog_name_the_state_in_french(console_fr):
    s = console_fr.session
    s.give_floor(s.state.order[1])
    s.add_point("Data matter", by="Brazil")
    async with console_fr.app.run_test(size=(120, 30)) as pilot:
        await pilot.press("m")
        await pilot.pause()
        assert "Brésil" in screen_text(console_fr.app) and "Brazil" not in screen_text(console_fr.app)
        await pilot.press("escape", "home", "down", "down", "L")  # Nigeria, waiting
        await pilot.pause()
        assert "Temps de parole de Nigéria" in screen_text(console_fr.app)


async def test_the_french_list_abbreviates_categories_and_groups_in_french(console_fr):
    from tui.widgets.speakers import SpeakersTable

    async with console_fr.app.run_test(size=(160, 30)) as pilot:
        await pilot.pause()
        rows = console_fr.app.screen.query_one(SpeakersTable)._rows
        assert [r[2] for r in rows] == ["PAN GRULAC", "EM GRULAC", "EM Afrique", "ONU"]
        header = str(console_fr.app.screen.query_one("#speakers-header").render())
        assert "Cat. groupe" in header


async def test_the_french_panel_speaks_french(console_fr):
    async with console_fr.app.run_test(size=(120, 30)) as pilot:
        await pilot.press("P")
        await pilot.pause()
        screen = screen_text(console_fr.app)
        assert "siège" in screen and "membre" in screen and "seat" not in screen
        assert "aucun panéliste n'occupe le siège des États d'Afrique" in screen
        assert "GRULAC États d'Amérique latine et des Caraïbes" in screen  # an acronym, spelled out
        assert "Afrique États d'Afrique" not in screen  # a short form is not


@pytest.mark.slow
async def test_the_panel_fits_80_columns_in_french(console_fr):
    """The presentation column says "reçue" / "non reçue" under its title: no sideways scroll."""
    from textual.widgets import DataTable

    async with console_fr.app.run_test(size=(80, 24)) as pilot:
        await pilot.press("P")
        await pilot.pause()
        table = console_fr.app.screen.query_one(DataTable)
        assert not table.show_horizontal_scrollbar
        assert "✗ non reçue" in screen_text(console_fr.app)
