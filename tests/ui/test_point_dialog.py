"""Issues 12 and 14: a point is captured in one dialog (text, speaker, sub-theme or question found
by reference or words, reporting verb, language typed in), and review gives its text in other
languages and marks the points that have none in the language previewed. Pilot, fake clock."""

from __future__ import annotations

import pytest
from textual.widgets import Input, OptionList, Select

from tests.conftest import GUIDE_2011
from tests.ui.conftest import SPEAKERS
from tests.ui.screen import screen_text
from tui.app import DebateApp
from tui.core.bank.topics import search_topics, topic_choices
from tui.core.debate.clock import FakeClock
from tui.core.storage.sessions import create_session
from tui.core.text.catalog import CATALOG
from tui.core.text.reporting import VERB_KEYS
from tui.screens.main import MainScreen
from tui.screens.point_dialog import PointDialog
from tui.screens.review import ReviewScreen
from tui.screens.translate_dialog import TranslateDialog


def refs(guide, query):
    return [c.ref for c in search_topics(topic_choices(guide), query)]


# -- the search, without a screen ------------------------------------------------------------------


def test_topics_are_found_by_reference_roman_numeral_paragraph_and_words(guide_2011):
    assert refs(guide_2011, "7(m)")[0] == "7(m)"
    assert refs(guide_2011, " 7 (M) ")[0] == "7(m)"
    assert refs(guide_2011, "1(a)") == ["1(a)"]
    assert refs(guide_2011, "III")[:2] == ["(a)(iii)", "(b)(iii)"]
    assert refs(guide_2011, "(b)")[0] == "(b)"
    assert refs(guide_2011, "¶12(m)")[0] == "7(m)"  # the guide's paragraph 12 is question group 7
    # Words in any of the guide's languages, accents and case ignored.
    assert refs(guide_2011, "cybercriminalite")[0] == "(a)(iv)"
    assert refs(guide_2011, "CYBERCRIME")[0] == "(a)(iv)"
    assert refs(guide_2011, "secteur privé")[0] == "(a)(iii)"
    assert refs(guide_2011, "nothing like this anywhere") == []


def test_a_question_brings_the_sub_theme_its_group_serves(guide_2011):
    (choice,) = [c for c in topic_choices(guide_2011) if c.ref == "7(m)"]
    assert choice.key == ("st-b-iii", guide_2011.find("7(m)").id)


def test_every_reporting_verb_has_a_label_in_both_interface_languages():
    for key in VERB_KEYS:
        assert {"en", "fr"} <= set(CATALOG[f"verb.{key}"]), key


# -- the point dialog -----------------------------------------------------------------------------


@pytest.mark.slow
async def test_the_point_is_tagged_with_a_question_searched_in_the_dialog(console, guide_2011):
    console.session.set_topic(guide_2011.subthemes()[0].children[1].id, guide_2011.find("2(a)").id)
    async with console.app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n", "p", *"Hotlines need funding", "tab", "tab", *"7(m)", "enter")
        assert isinstance(console.app.screen, MainScreen)
        (point,) = console.state.ordered_points()
        assert (point.subtheme, point.question) == ("st-b-iii", guide_2011.find("7(m)").id)
        assert point.by == "Ms. Ana Lopes"
        # the current sub-theme and question stay what they were: only the point is tagged
        assert console.state.question == guide_2011.find("2(a)").id


@pytest.mark.slow
async def test_arrows_in_the_search_choose_and_words_find_in_french(console_fr, guide_2011):
    async with console_fr.app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p", *"Les victimes", "tab", "tab", *"cybercriminalite")
        dialog = console_fr.app.screen
        assert isinstance(dialog, PointDialog)
        assert dialog.chosen().ref == "(a)(iv)"
        assert "Rattaché à : (a)(iv)" in screen_text(console_fr.app)
        await pilot.press("down", "enter")  # the second match
        (point,) = console_fr.state.ordered_points()
        assert (point.subtheme, point.question) == ("st-a-iv", guide_2011.find("4(e)").id)


async def test_without_a_search_the_point_keeps_the_current_topic_exactly(console, guide_2011):
    # a sub-theme that is not the one question 7(a)'s group serves: kept as the Chair set it
    console.session.set_topic("st-a-ii", guide_2011.find("7(a)").id)
    async with console.app.run_test() as pilot:
        await pilot.press("p", *"Data must be shared", "enter")
        (point,) = console.state.ordered_points()
        assert (point.subtheme, point.question) == ("st-a-ii", guide_2011.find("7(a)").id)


@pytest.mark.slow
async def test_a_search_matching_nothing_keeps_the_dialog_and_the_text(console):
    async with console.app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p", *"Data must be shared", "tab", "tab", *"zzz", "enter")
        dialog = console.app.screen
        assert isinstance(dialog, PointDialog) and not console.state.points
        assert "No sub-theme or question matches “zzz”" in screen_text(console.app)
        assert dialog.query_one("#text", Input).value == "Data must be shared"


@pytest.mark.slow
async def test_verb_and_language_are_chosen_with_the_keyboard_and_recorded(console):
    async with console.app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p", *"Hotlines need funding", "tab", "tab", "tab")
        verb = console.app.screen.query_one("#verb", Select)
        assert verb.has_focus and verb.value == ""  # automatic: the summary chooses and varies it
        # ↓ opens the list, ↓↓ goes to the second verb after "automatic", Enter chooses it,
        # Tab to the language, the same for the first language after English, Enter records.
        await pilot.press("down", "down", "down", "enter", "tab", "down", "down", "enter")
        assert isinstance(console.app.screen, PointDialog)  # enter in an open list only chose
        await pilot.press("enter")
        (point,) = console.state.ordered_points()
        assert (point.verb, point.lang) == (VERB_KEYS[1], "fr")


@pytest.mark.slow
async def test_a_point_is_typed_in_the_sessions_language_not_always_english(tmp_path, guide_2011):
    clock = FakeClock()
    session = create_session(tmp_path, GUIDE_2011, clock, speakers=SPEAKERS, session_id="s")
    session.guide = guide_2011
    app = DebateApp(session, clock, ui_lang="en", guide_lang="fr", tick=None, heartbeat=None)
    try:
        async with app.run_test() as pilot:
            await pilot.press("p")
            assert "Typed in French" in screen_text(app)
            await pilot.press(*"Les lignes d'urgence", "enter")
            (point,) = session.state.ordered_points()
            assert point.lang == "fr"
            await pilot.press("l")  # the guide read in another language: points still in French
            await pilot.press("p", *"Autre point", "enter")
            assert session.state.ordered_points()[-1].lang == "fr"
    finally:
        session.close()


@pytest.mark.slow
async def test_the_interface_language_is_the_default_without_a_guide_language(tmp_path, guide_2011):
    clock = FakeClock()
    session = create_session(tmp_path, GUIDE_2011, clock, speakers=SPEAKERS, session_id="s")
    session.guide = guide_2011
    app = DebateApp(session, clock, ui_lang="fr", guide_lang="fr", tick=None, heartbeat=None)
    try:
        async with app.run_test() as pilot:
            await pilot.press("p", *"Les lignes d'urgence", "enter")
            assert session.state.ordered_points()[0].lang == "fr"
    finally:
        session.close()


# -- review: the same dialog, the text in other languages, the points with no text marked --------


@pytest.mark.slow  # two dialogs and a redraw of the review: over a second of CPU
async def test_review_edits_verb_language_and_topic_in_the_same_dialog(console, guide_2011):
    console.session.add_point("Data must be shared", by="Brazil", verb="noted")
    async with console.app.run_test(size=(120, 40)) as pilot:
        await pilot.press("m")
        await pilot.pause()
        assert "(noted) Data must be shared" in screen_text(console.app)
        await pilot.press("t")  # re-tag: the edit dialog, in its search
        dialog = console.app.screen
        assert isinstance(dialog, PointDialog)
        assert dialog.query_one("#topic-search", Input).has_focus
        assert dialog.query_one("#verb", Select).value == "noted"
        await pilot.press(*"iii", "enter")
        (point,) = console.state.ordered_points()
        assert (point.subtheme, point.question, point.verb) == ("st-a-iii", None, "noted")


@pytest.mark.slow  # the review redrawn in French, a dialog, an undo: over a second of CPU
async def test_review_marks_points_without_text_in_its_language_and_l_gives_one(console_fr):
    console_fr.session.add_point("Data must be shared", by="Brazil", lang="en")
    console_fr.session.add_point("Les lignes d'urgence ont besoin de fonds", by="Nigeria", lang="fr")
    async with console_fr.app.run_test(size=(160, 48), notifications=True) as pilot:
        await pilot.press("m")
        await pilot.pause()
        review = console_fr.app.screen
        assert isinstance(review, ReviewScreen)
        shown = screen_text(console_fr.app)
        assert "✗ en" in shown and "1 point(s) sans texte en français, listés à part" in shown
        assert "l Autre langue" in shown  # in the footer
        await pilot.press("l")
        dialog = console_fr.app.screen
        assert isinstance(dialog, TranslateDialog)
        assert dialog.query_one("#lang", Select).value == "fr"
        await pilot.press(*"Les données doivent être partagées", "enter")
        (first, _second) = console_fr.state.ordered_points()
        assert first.translations == {"fr": "Les données doivent être partagées"}
        await pilot.pause()
        assert "✗" not in screen_text(console_fr.app)
        assert "partagées" in review.query_one("#review-markdown").source
        assert any(n.message.startswith("Point donné dans une autre langue : Data must")
                   for n in console_fr.app._notifications)
        await pilot.press("u")
        assert console_fr.state.ordered_points()[0].translations == {}


@pytest.mark.slow
async def test_topics_list_is_not_a_tab_stop(console):
    async with console.app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p", "tab", "tab")
        dialog = console.app.screen
        assert dialog.query_one("#topic-search", Input).has_focus
        await pilot.press("tab")
        assert not dialog.query_one("#topics", OptionList).has_focus
        assert dialog.query_one("#verb", Select).has_focus


async def test_in_french_an_untagged_point_says_what_it_is_attached_to(console_fr):
    """No topic yet: the label says "Rattaché à : Aucun sous-thème en particulier", never a bare
    "Classé" or "Classé -" (a leftover of the former label with the tag "-")."""
    async with console_fr.app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        tagged = str(console_fr.app.screen.query_one("#tagged").render())
        assert tagged == "Rattaché à : Aucun sous-thème en particulier"
        assert "Classé" not in screen_text(console_fr.app)
