"""Issue 12: what a Chair met in a 16-speaker debate, each fixed and pinned by a Pilot test on a
fake clock (every test here failed on the console before the fix)."""

from __future__ import annotations

import pytest
from textual.widgets import Checkbox, Input, Select

from tests.conftest import GUIDE_2011
from tests.ui.conftest import SPEAKERS, Console
from tests.ui.screen import screen_text
from tui.app import DebateApp
from tui.core.debate.clock import FakeClock
from tui.core.debate.participants import Participant
from tui.core.debate.session_meta import SessionMeta
from tui.core.storage.sessions import create_session, open_session
from tui.screens.help import HelpScreen
from tui.screens.line_dialog import LineDialog
from tui.screens.main import MainScreen
from tui.screens.point_dialog import PointDialog
from tui.screens.review import ReviewScreen
from tui.screens.speaker_dialog import SpeakerDialog
from tui.widgets.speakers import SpeakersTable


def names(console):
    return [e.participant.name for e in console.state.speakers()]


# -- bug 1: a session prepared in advance is not a crash when the console first opens it ---------


async def test_a_prepared_session_opened_later_has_no_downtime(tmp_path, guide_2011):
    clock = FakeClock()
    prepared = create_session(tmp_path, GUIDE_2011, clock, speakers=SPEAKERS, session_id="prepared",
                              guide=guide_2011)  # `debate session new --speakers roster.csv`
    path = prepared.log.path
    prepared.close()
    clock.advance(14 * 3600)  # prepared the day before
    session = open_session(path, clock, guide=guide_2011)
    session.opened(session.log.previous_alive)  # what `debate run ID` does
    app = DebateApp(session, clock, tick=None, heartbeat=None)
    async with app.run_test(notifications=True) as pilot:
        await pilot.pause()
        assert not [n for n in app._notifications if "resumed" in n.message]
    assert session.state.downtime == []
    assert session.events[-1]["data"] == {"since": None, "crashed": False}
    session.close()


# -- bug 2: the console shows that the list is closed -------------------------------------------


@pytest.mark.slow
async def test_a_closed_list_is_visible_and_said_before_adding(console):
    async with console.app.run_test() as pilot:
        await pilot.press("c")
        assert "LIST CLOSED" in screen_text(console.app)  # on the screen, not only in a string
        await pilot.press("a")
        assert isinstance(console.app.screen, SpeakerDialog)
        assert "The list is closed" in screen_text(console.app)  # before the dialog is filled in
        await pilot.press("escape", "c")
        assert "LIST CLOSED" not in screen_text(console.app)


async def test_a_closed_list_is_visible_in_french(console_fr):
    async with console_fr.app.run_test() as pilot:
        await pilot.press("c")
        assert "LISTE CLOSE" in screen_text(console_fr.app)


# -- bug 3: a speaker already on the list is announced, in any spelling ---------------------------


@pytest.mark.slow
async def test_a_speaker_already_listed_is_announced_with_place_and_status(console):
    async with console.app.run_test() as pilot:
        await pilot.press("a", *"brazil", "enter")
        dialog = console.app.screen
        assert isinstance(dialog, SpeakerDialog)  # not added silently
        assert "Brazil is already listed (no. 2, waiting)" in str(dialog.query_one("#known").content)
        assert names(console) == ["Ms. Ana Lopes", "Brazil", "Nigeria", "UNODC"]
        await pilot.press("enter")  # the Chair confirms: a second place, in the usual spelling
        assert names(console)[-1] == "Brazil"


@pytest.mark.slow
async def test_an_alias_and_accents_find_the_listed_speaker(console):
    console.session.add_speaker(Participant.make("Türkiye", "member-state", "WEOG"))
    async with console.app.run_test() as pilot:
        await pilot.press("a", *"Turkey", "enter")
        said = str(console.app.screen.query_one("#known").content)
        assert "Türkiye is already listed (no. 5, waiting)" in said


# -- bug 4: Enter submits a dialog from any field -------------------------------------------------


@pytest.mark.slow
async def test_enter_records_the_point_from_the_speaker_select(console):
    async with console.app.run_test() as pilot:
        await pilot.press("n", "p", *"Data must be shared")
        dialog = console.app.screen
        assert isinstance(dialog, PointDialog)
        dialog.query_one("#by", Select).focus()
        await pilot.press("enter")
        assert isinstance(console.app.screen, MainScreen)
        assert [p.text for p in console.state.ordered_points()] == ["Data must be shared"]


@pytest.mark.slow
async def test_enter_on_the_reply_checkbox_adds_without_toggling(console):
    async with console.app.run_test() as pilot:
        await pilot.press("a", *"France")
        dialog = console.app.screen
        dialog.query_one("#reply", Checkbox).focus()
        await pilot.press("enter")
        assert isinstance(console.app.screen, MainScreen)
        added = console.state.speakers()[-1]
        assert (added.participant.name, added.reply) == ("France", False)


# -- bug 5: the review screen says what enter and e do; ? opens its help ---------------------------


@pytest.mark.slow
async def test_review_footer_shows_enter_edits_and_help_opens(console):
    console.session.add_point("First point", by="Brazil")
    async with console.app.run_test(size=(160, 48)) as pilot:
        await pilot.press("m")
        assert isinstance(console.app.screen, ReviewScreen)
        await pilot.pause()
        enter = console.app.screen.active_bindings["enter"].binding
        assert (enter.description, enter.show) == ("Edit", True)
        assert "⏎ Edit" in screen_text(console.app) and "e Export" in screen_text(console.app)
        await pilot.press("question_mark")
        assert isinstance(console.app.screen, HelpScreen)


# -- item 12: completion ------------------------------------------------------------------------


@pytest.mark.slow
async def test_tab_accepts_a_completion_ignoring_accents(console):
    async with console.app.run_test() as pilot:
        await pilot.press("a", *"cote", "tab")
        assert console.app.screen.query_one("#name", Input).value == "Côte d'Ivoire"
        assert console.app.screen.query_one("#group", Select).value == "african"


@pytest.mark.slow
async def test_observers_and_organizations_are_known(console):
    async with console.app.run_test() as pilot:
        await pilot.press("a", *"Holy", "tab")
        dialog = console.app.screen
        assert dialog.query_one("#name", Input).value == "Holy See"
        assert dialog.query_one("#category", Select).value == "observer-state"
        await pilot.press("enter")
        assert console.state.speakers()[-1].participant.category == "observer-state"
        await pilot.press("a", *"EU", "enter")
        assert console.state.speakers()[-1].participant.name == "European Union"
        assert console.state.speakers()[-1].participant.category == "igo"


# -- bug 6: the room display speaks the room's language and shows no console key -----------------


async def test_room_display_in_french_has_the_french_title_and_no_console_hint(tmp_path):
    from tui.display import DisplayApp

    clock = FakeClock()
    writer = create_session(tmp_path, GUIDE_2011, clock, speakers=SPEAKERS, session_id="room")
    app = DisplayApp(writer.log.path, clock, lang="fr", ui_lang="fr", poll=None, tick=None)
    async with app.run_test(size=(100, 30)):
        shown = screen_text(app)
        assert "Protection des enfants à l'ère numérique" in shown
        assert "Protection of children" not in shown
        assert "aucun sous-thème choisi" in shown and "(t)" not in shown
    writer.close()


def test_display_guide_language_follows_the_interface_language_and_back(monkeypatch):
    from tui.cli import build_parser
    from tui.cli.display import display_languages

    monkeypatch.delenv("DEBATE_UI_LANG", raising=False)
    for argv, expected in ((["--ui-lang", "fr"], ("fr", "fr")), (["--lang", "fr"], ("fr", "fr")),
                           (["--lang", "ar"], ("ar", "en")), ([], ("en", "en")),
                           (["--lang", "en", "--ui-lang", "fr"], ("en", "fr"))):
        args = build_parser().parse_args(["display", "room", *argv])
        assert display_languages(args.lang, args.ui_lang) == expected, argv


# -- bug 7: counts, `session show`, the CSV, the footer at 80 columns ----------------------------


def one_overrun_session(tmp_path, guide_2011):
    clock = FakeClock()
    s = create_session(tmp_path, GUIDE_2011, clock, speakers=SPEAKERS, session_id="counts",
                       guide=guide_2011)
    s.opened(None)
    s.give_floor(s.state.order[1])  # Brazil, 5:00
    clock.advance(310.96)
    s.end()
    s.give_floor()  # a point of order of 10.96 s
    s.point_of_order(Participant.make("France", "member-state", "WEOG"))
    clock.advance(10.96)
    s.end()  # the point of order; Ms. Ana Lopes has the floor again
    s.end()
    return s, clock


def test_one_overrun_is_singular_in_the_summary(tmp_path, guide_2011):
    from tui.core.summary.document import Options, build_summary

    s, clock = one_overrun_session(tmp_path, guide_2011)
    meta = SessionMeta(id="counts", title="t")
    md = build_summary(meta, s.state, guide_2011, clock.now()).markdown
    assert "One intervention exceeded its time limit, by 11 seconds." in md
    fr = build_summary(meta, s.state, guide_2011, clock.now(), Options("fr")).markdown
    assert "Une intervention a dépassé le temps de parole imparti, de 11 secondes." in fr
    s.close()


def test_csv_minutes_agree_with_its_seconds(tmp_path, guide_2011):
    import csv
    import io

    from tui.core.summary.speakers_csv import speakers_csv

    s, clock = one_overrun_session(tmp_path, guide_2011)
    rows = list(csv.DictReader(io.StringIO(speakers_csv(s.state, clock.now()))))
    order = next(r for r in rows if r["kind"] == "point-of-order")
    assert (order["duration_seconds"], order["duration"]) == ("11.0", "0:11")
    s.close()


def test_session_show_prints_what_the_readme_promises(tmp_path, guide_2011, capsys, monkeypatch):
    from tests.test_cli_guide import run

    monkeypatch.setenv("DEBATE_SESSIONS_DIR", str(tmp_path))
    s, _ = one_overrun_session(tmp_path, guide_2011)
    s.close()
    code, out, _ = run(capsys, "session", "show", "counts")
    assert code == 0, out
    assert "Interventions (3)" in out and "Brazil (MS, GRULAC)  statement  5:11 / 5:00  over by 0:11" in out
    assert "France (MS, WEOG)  point-of-order" in out
    assert "Panel (1)" in out and "Ms. Ana Lopes  presentation not received" in out
    assert "3 interventions" in out and "1 overrun" in out and "1 overruns" not in out


@pytest.mark.parametrize("lang, help_key", [("en", "? Help"), ("fr", "? Aide")])
async def test_the_footer_at_80_columns_ends_cleanly(tmp_path, guide_2011, lang, help_key):
    c = Console(tmp_path, guide_2011, ui_lang=lang)
    async with c.app.run_test(size=(80, 24)) as pilot:
        for _ in range(5):  # the footer composes again once the bindings are known, after a refresh
            await pilot.pause()
            footer = screen_text(c.app).rstrip("\n").splitlines()[-1]
            if "palette" in footer:
                break
        assert footer.endswith("▏^p palette") and footer.startswith(help_key), footer
        before = footer[: footer.index("▏")].rstrip()
        assert before.endswith(("Point", "Terminer")), footer  # a whole key, not a cut one
    c.session.close()


# -- item 8: a layout that degrades, never hides ---------------------------------------------------

LONG_NAMES = ["United Kingdom of Great Britain and Northern Ireland", "Dr. Ana Lopes, University of Lisbon",
              "Bolivia (Plurinational State of)", "Venezuela (Bolivarian Republic of)", "Côte d'Ivoire",
              "United Nations Office on Drugs and Crime (UNODC)", "Iran (Islamic Republic of)", "France",
              "Democratic Republic of the Congo", "Saint Vincent and the Grenadines", "Holy See", "Mexico"]


@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_at_80x24_every_row_shows_position_status_name_and_time(tmp_path, guide_2011, lang):
    import re

    c = Console(tmp_path, guide_2011, ui_lang=lang)
    c.session.add_speakers([Participant.make(n, "member-state", "WEOG") for n in LONG_NAMES])
    c.session.give_floor()
    async with c.app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        lines = screen_text(c.app).splitlines()
        rows = [line[:44] for line in lines[2:18]]  # the list's rows, left of the floor panel
        for n, row in enumerate(rows, 1):
            assert re.match(rf" {n}\s+\S.*\s[·▶✓]\s+\d+:\d\d$", row.rstrip()), row
        # The name shortened (in French as the UN writes it in French: the list speaks French).
        start = "United Kingdom of Great" if lang == "en" else "Royaume-Uni de Grande"
        assert any(start in row and "…" in row for row in rows)
    c.session.close()


async def test_review_shows_a_points_whole_text_at_80_columns(console):
    text = "Cooperation with service providers is essential to remove abusive material quickly"
    console.session.add_point(text, by="Brazil")
    async with console.app.run_test(size=(80, 24)) as pilot:
        await pilot.press("m")
        await pilot.pause()
        shown = " ".join(" ".join(screen_text(console.app).split()).split())
        assert "material quickly" in shown and "remove abusive" in shown


# -- item 11: every key says what it did, and undo too ---------------------------------------------


def messages(app):
    return [n.message for n in app._notifications]


async def test_each_action_and_undo_say_what_they_did_in_words(console):
    async with console.app.run_test(notifications=True) as pilot:
        await pilot.press("down", "x")
        assert "Brazil removed from the list — u to undo" in messages(console.app)
        await pilot.press("u")
        assert "Undone: Brazil removed from the list" in messages(console.app)
        await pilot.press("n", "n")
        assert "Ms. Ana Lopes: intervention ended; floor to Brazil — u to undo" in messages(console.app)
        await pilot.press("s")
        assert "Brazil: intervention ended — u to undo" in messages(console.app)
        assert not [m for m in messages(console.app) if "list." in m or "floor." in m]


@pytest.mark.slow
async def test_french_feedback(console_fr):
    async with console_fr.app.run_test(notifications=True) as pilot:
        await pilot.press("c", "u")
        assert "Liste close — u pour annuler" in messages(console_fr.app)
        assert "Annulé : Liste close" in messages(console_fr.app)


@pytest.mark.slow
async def test_delete_in_review_keeps_the_place_and_is_announced(console):
    for text in ("First", "Second", "Third"):
        console.session.add_point(text, by="Brazil")
    async with console.app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.press("m", "down", "x")  # the cursor starts on the first point
        assert [p.text for p in console.state.ordered_points()] == ["First", "Third"]
        assert console.app.screen.selected.text == "Third"  # the next one, not back at the top
        assert "Point deleted: Second — u to undo" in messages(console.app)


# -- more time ----------------------------------------------------------------------------------


@pytest.mark.slow
async def test_plus_gives_the_speaker_one_more_minute_recorded_and_undoable(console):
    from tui.core.debate.stats import statistics

    async with console.app.run_test(notifications=True) as pilot:
        await pilot.press("down", "enter")  # Brazil, 5:00
        console.advance(290)
        await pilot.press("plus", "plus")
        assert console.state.floor.limit == 7 * 60 and console.state.floor.added == 120
        assert console.app.screen.query_one("#floor-clock").value == "2:10"
        assert "Brazil: one more minute — u to undo" in messages(console.app)
        assert "(+2:00)" in str(console.app.screen.query_one("#floor-phase").content)
        await pilot.press("u")
        assert console.state.floor.limit == 6 * 60
        assert console.on_disk().floor.limit == 6 * 60  # an event like any other
        await pilot.press("s")
        assert statistics(console.state, console.clock.now()).total.allotted >= 6 * 60


# -- item 10: merging keeps every text for the Chair to edit; the edit dialog says "Edit" -------------


@pytest.mark.slow
async def test_merge_offers_the_combined_text_and_edit_is_titled_edit(console):
    console.session.add_point("Data must be shared", by="Brazil")
    console.session.add_point("Hotlines need funding", by="Nigeria")
    async with console.app.run_test(size=(120, 40)) as pilot:
        await pilot.press("m", "enter")
        assert "Edit a point" in screen_text(console.app)
        await pilot.press("escape", "v", "down", "v", "j")
        combined = console.app.screen.query_one("#text", Input).value
        assert combined == "Data must be shared; Hotlines need funding"
        await pilot.press("enter")
        (point,) = console.state.ordered_points()
        assert point.text == "Data must be shared; Hotlines need funding"
        assert point.merged == ("Brazil", "Nigeria")


# -- a "Next: …" line in the console ----------------------------------------------------------------


async def test_the_console_says_who_is_next(console):
    async with console.app.run_test() as pilot:
        await pilot.press("n")
        assert "Next: Brazil" in screen_text(console.app)
        await pilot.press("n")
        assert "Next: Nigeria" in screen_text(console.app)


@pytest.mark.slow
async def test_export_says_which_points_were_left_out(console):
    console.session.add_point("In the summary", by="Brazil", main=True)
    detail = console.session.add_point("A detail the Chair did not keep", by="Nigeria")
    console.session.leave_out(detail, "too detailed")
    async with console.app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.press("m", "e")
        left = [n for n in console.app._notifications
                if n.title.startswith("Not in the summary's paragraphs (1")]
        assert left and "(too detailed): A detail the Chair did not keep" in left[0].message


# -- a long list at 80×24: the time column is never eaten by the scrollbar ----------------------


async def test_a_long_list_keeps_its_time_column_at_80x24(console):
    s = console.session
    s.add_speakers([Participant.make(f"Country number {i}", "member-state", "WEOG") for i in range(20)])
    s.give_floor()
    console.clock.advance(18)
    async with console.app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        table = console.app.screen.query_one(SpeakersTable)
        assert table.row_count == 24 and table.virtual_size.height > table.size.height
        lines = screen_text(console.app).splitlines()
        header = next(line for line in lines if "Speaker" in line)
        first = next(line for line in lines if line.startswith(" 1 "))
        assert "▶" in first and "0:18" in first  # status and time, whole
        assert header.index("Time") + len("Time") == first.index("0:18") + len("0:18")
        assert "Ms. Ana Lopes" in first  # the name is what gives way
        # Never a horizontal scrollbar under it: the names are cut, the list never scrolls sideways.
        assert not table.show_horizontal_scrollbar and table.max_scroll_x == 0
        assert table.scrollable_content_region.height == table.size.height


@pytest.mark.slow
async def test_wide_console_adds_category_group_and_limit_columns(console):
    async with console.app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        text = screen_text(console.app)
        header = next(line for line in text.splitlines() if "Speaker" in line)
        assert "Cat. group" in header and "Limit" in header
        assert any("Ms. Ana Lopes" in line and "PAN GRULAC" in line and "10:00" in line
                   for line in text.splitlines())
        assert any(" Brazil " in line and "5:00" in line for line in text.splitlines())


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_help_lines_wrap_at_80x24(tmp_path, guide_2011, lang):
    console = Console(tmp_path, guide_2011, ui_lang=lang)
    try:
        async with console.app.run_test(size=(80, 24)) as pilot:
            await pilot.press("question_mark")
            await pilot.pause()
            text = screen_text(console.app)
            # The longest description, whole: its end is on the line below its start.
            assert ("undoable)" if lang == "en" else "annulable)") in text
    finally:
        console.session.close()


# -- a different limit for one speaker ----------------------------------------------------------


@pytest.mark.slow
async def test_L_sets_the_selected_speakers_limit_in_words_and_undoably(console):
    async with console.app.run_test(size=(160, 48)) as pilot:
        await pilot.press("down", "L")  # Brazil
        await pilot.pause()
        field = console.app.screen.query_one("#line", Input)
        assert field.value == "5:00"
        field.value = "seven"
        await pilot.press("enter")
        await pilot.pause()
        assert "not a duration" in str(console.app.screen.query_one("#error").render())
        field.value = "3:30"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(console.app.screen, MainScreen)
        brazil = console.state.order[1]
        assert console.state.entries[brazil].limit == 210
        assert console.on_disk().entries[brazil].limit == 210  # durable
        assert any(n.message == "Brazil: limit set to 3:30 — u to undo"
                   for n in console.app._notifications)
        line = next(line for line in screen_text(console.app).splitlines() if " Brazil " in line)
        assert "3:30" in line  # the limit column
        await pilot.press("n", "n")  # Ms. Ana Lopes, then Brazil: the clock counts from 3:30
        await pilot.pause()
        assert console.state.floor.limit == 210
        assert "3:30" in screen_text(console.app)
        await pilot.press("u", "u", "u")  # the floor twice, then the limit
        await pilot.pause()
        assert console.state.entries[brazil].limit is None
        assert any(n.message == "Undone: Brazil: limit set to 3:30" for n in console.app._notifications)


@pytest.mark.slow
async def test_the_limit_key_is_in_the_help_and_the_palette_in_french(console_fr):
    async with console_fr.app.run_test(size=(160, 48)) as pilot:
        commands = {c.title for c in console_fr.app.get_system_commands(console_fr.app.screen)}
        assert "Limite de l'orateur" in commands
        await pilot.press("question_mark")
        assert ("L", "Une autre limite pour l'orateur sélectionné (mm:ss ; annulable)") in \
            console_fr.app.screen.rows


# -- notices hide nothing the Chair needs -------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_notices_cover_neither_the_list_nor_the_forecast_nor_the_floor(console, size):
    from textual.widgets._toast import Toast

    from tui.widgets.floor import FloorPanel
    from tui.widgets.forecast import ForecastLine

    async with console.app.run_test(size=size, notifications=True) as pilot:
        await pilot.press("n", "s", "n", "space")  # four notices at once
        await pilot.pause()
        await pilot.pause()
        toasts = list(console.app.screen.query(Toast))
        assert len(toasts) == 4
        assert "Floor to Brazil" in " ".join(str(t.render()) for t in toasts)
        for widget in (console.app.screen.query_one(SpeakersTable),
                       console.app.screen.query_one("#speakers-header"),
                       console.app.screen.query_one(ForecastLine),
                       console.app.screen.query_one(FloorPanel)):
            for toast in toasts:
                if toast.region.height:
                    assert not toast.region.overlaps(widget.region), (toast.region, widget)


# -- the Chair's ruling on a point of order -----------------------------------------------------


@pytest.mark.slow
async def test_the_chair_rules_on_a_point_of_order_by_key_or_when_it_ends(console):
    async with console.app.run_test(size=(80, 24)) as pilot:
        await pilot.press("R")  # nothing to rule on yet: said, no dialog
        await pilot.pause()
        assert isinstance(console.app.screen, MainScreen)
        await pilot.press("n", "o", *"France", "enter")
        await pilot.pause()
        assert console.state.floor.kind == "point-of-order"
        await pilot.press("R", *"Well taken", "enter")
        await pilot.pause()
        assert console.state.floor.ruling == "Well taken"
        assert any(n.message == "Ruling recorded: Well taken — u to undo" for n in console.app._notifications)
        await pilot.press("s")  # the end asks again, with the ruling as typed: Enter keeps it
        await pilot.pause()
        assert isinstance(console.app.screen, LineDialog)
        assert console.app.screen.query_one("#line", Input).value == "Well taken"
        events = len(console.session.events)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(console.app.screen, MainScreen) and len(console.session.events) == events
        await pilot.press("o", *"Japan", "enter", "s")  # a second one, ruled when it ends
        await pilot.pause()
        await pilot.press(*"Not well taken", "enter")
        await pilot.pause()
        await pilot.press("o", *"Kenya", "enter", "s", "enter")  # Enter alone: no ruling
        await pilot.pause()
        rulings = [i.ruling for i in console.on_disk().interventions if i.kind == "point-of-order"]
        assert rulings == ["Well taken", "Not well taken", None]
        assert console.state.floor.participant.name == "Ms. Ana Lopes"  # her speech goes on
