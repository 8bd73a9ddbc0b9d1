"""The Chair's main screen: the list of speakers, the floor and its clock, the topic, the points.

It owns the keys of the list, the floor and the points; each action asks the app to perform it
(recorded on disk first), and the screen redraws itself when the app says the session changed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Label

from ..core.debate.member_states import local_name
from ..core.debate.participants import name_key
from ..core.text.catalog import tr
from ..core.text.languages import LANGUAGES
from ..widgets.floor import FloorPanel
from ..widgets.footer import FittingFooter
from ..widgets.forecast import ForecastLine
from ..widgets.points import PointsPanel
from ..widgets.refresh import update
from ..widgets.speakers import SpeakersHeader, SpeakersTable
from ..widgets.topic import TopicPanel
from .keys import ConsoleScreen, Key

if TYPE_CHECKING:
    from .point_dialog import PointRequest
    from .speaker_dialog import SpeakerRequest
    from .topic_dialog import Topic

# One key per action, the Chair's vocabulary.
KEYS: tuple[Key, ...] = (
    Key("question_mark,f1", "help", "help", "?", records=False),  # first: the footer always has room for it
    Key("a", "add_speaker", "add"),
    Key("n", "next_speaker", "next"),
    Key("space", "toggle_pause", "pause", "space"),
    Key("s", "end_speech", "stop"),
    Key("p", "record_point", "point"),
    Key("enter", "give_floor", "floor", "⏎"),
    Key("t", "choose_topic", "topic"),
    Key("o", "point_of_order", "order"),
    Key("R", "ruling", "ruling", "R"),
    Key("plus", "add_minute", "more", "+"),
    Key("L", "set_limit", "limit", "L"),
    Key("u", "undo", "undo"),
    Key("x", "remove_speaker", "remove"),
    Key("shift+up", "move_speaker(-1)", "up", "⇧↑"),
    Key("shift+down", "move_speaker(1)", "down", "⇧↓"),
    Key("g", "browse_guide", "guide", records=False),
    Key("l", "switch_language", "lang", records=False),
    Key("m", "review_points", "review", records=False),
    Key("P", "show_panel", "panel", "P", records=False),
    Key("c", "close_list", "close"),
    Key("M", "toggle_meeting", "meeting", "M", show=False),
    Key("F", "toggle_room_forecast", "room_forecast", "F", show=False),
    Key("S", "settings", "settings", "S", show=False),
    Key("q", "quit_console", "quit", records=False),
)


class MainScreen(ConsoleScreen):
    KEYS = KEYS

    def compose(self) -> ComposeResult:
        with Horizontal(id="body"):
            with Vertical(id="left"):
                yield Label(tr("speakers", self.lang), id="speakers-title", classes="pane-title")
                yield SpeakersHeader(id="speakers-header")
                yield SpeakersTable(self.lang, id="speakers")
            with Vertical(id="right"):
                yield FloorPanel(self.lang, id="floor", classes="-idle")
                yield TopicPanel(id="topic")
                yield PointsPanel(id="points")
        yield ForecastLine(id="forecast")
        yield FittingFooter(compact=True)

    def on_mount(self) -> None:
        super().on_mount()
        self.watch(self.app, "now", self.refresh_clock)
        self.query_one(SpeakersTable).focus()

    # -- drawing ---------------------------------------------------------------------------------

    _unreached: int | None = None  # the first speaker the meeting would not reach, as marked
    _drawn: tuple[int, float] | None = None  # (revision, instant) the clocks were last drawn for

    def redraw(self) -> None:
        """The session changed: everything it shows, at the instant of the change."""
        session = self.console.session
        state, guide = session.state, session.guide
        title = self.query_one("#speakers-title", Label)
        # Closed, the title says so in capitals on the colour of a warning (app.tcss).
        update(title, Text(tr("speakers", self.lang) + (
            "  —  " + tr("list_closed", self.lang).upper() if state.closed else "")))
        title.set_class(state.closed, "-closed")
        self.query_one(TopicPanel).show(state, guide, self.lang, self.console.guide_lang)
        self.query_one(PointsPanel).show(state, guide, self.lang)
        self._draw_time(session_changed=True)

    def refresh_clock(self) -> None:
        """The clock moved: the floor, the forecast, the speaker's time (and the list's mark of the
        first speaker not reached, which moves with the forecast)."""
        if self.is_attached and (self.console.revision, self.console.now) != self._drawn:
            self._draw_time(session_changed=False)

    def _draw_time(self, session_changed: bool) -> None:
        # One instant for an action's whole redraw (DebateApp.changed): the tick that follows the
        # change finds it drawn, and the forecast is worked out once.
        console = self.console
        session, now = console.session, console.now
        self._drawn = (console.revision, now)
        self.query_one(FloorPanel).show(session.state, now, session.limits.warning)
        f = self.query_one(ForecastLine).show(session.state, session.limits, now, self.lang)
        table = self.query_one(SpeakersTable)
        if session_changed or f.first_unreached != self._unreached:
            self._unreached = f.first_unreached
            table.show(session.state, now, self._unreached, self._limits())
        else:
            table.refresh_times(session.state, now)

    def _limits(self) -> dict[int, int]:
        """Each entry's limit: the one it spoke under (minutes added included), else the one it
        will get."""
        session = self.console.session
        state = session.state
        given = {i.entry: i.limit for i in state.interventions if i.entry is not None}
        return {e.id: given[e.id] if e.id in given else session.limit_for(e.id) for e in state.speakers()}

    # -- helpers ---------------------------------------------------------------------------------

    def _selected(self) -> int | None:
        entry = self.query_one(SpeakersTable).selected_entry
        if entry is None:
            self.notify(tr("msg.no_selection", self.lang), severity="warning")
        return entry

    def _select_next_waiting(self) -> None:
        """Ready for the next `enter`: the selection moves to the next speaker waiting."""
        state = self.console.session.state
        nxt = state.next_waiting()
        if nxt is not None:
            self.query_one(SpeakersTable).move_cursor(row=state.order.index(nxt.id))

    # -- actions ---------------------------------------------------------------------------------

    def action_add_speaker(self) -> None:
        from .speaker_dialog import SpeakerDialog

        session = self.console.session

        def done(result: SpeakerRequest | None) -> None:
            if result is not None:
                self.console.perform(session.add_speaker, result.participant, result.position, result.reply)

        self.app.push_screen(SpeakerDialog(
            self.lang, self.console.known_participants(), listed=self._listed(),
            notice=tr("add.closed", self.lang) if session.state.closed else None), done)

    def _listed(self) -> dict[str, str]:
        """Each name on the list -> its place and status, for the dialog to warn of a duplicate
        (a waiting entry wins over one that has spoken)."""
        entries = list(enumerate(self.console.session.state.speakers(), 1))
        entries.sort(key=lambda pair: pair[1].status == "waiting")
        return {name_key(e.participant.name): tr("add.where", self.lang, n=n,
                                                 status=tr(f"status.{e.status}", self.lang))
                for n, e in entries}

    def action_give_floor(self) -> None:
        entry = self._selected()
        if entry is not None and self.console.perform(self.console.session.give_floor, entry):
            self._select_next_waiting()

    def action_next_speaker(self) -> None:
        if self.console.perform(self.console.session.give_floor):
            self._select_next_waiting()

    def action_add_minute(self) -> None:
        self.console.perform(self.console.session.add_time, 60)

    def action_set_limit(self) -> None:
        """A different limit for the selected speaker, typed as 4:00 (or 4m, 240)."""
        from ..core.text.durations import DurationError, mmss, parse_duration
        from .line_dialog import LineDialog

        entry = self._selected()
        if entry is None:
            return
        session = self.console.session
        name = local_name(session.state.entries[entry].participant.name, self.lang)

        def parse(text: str) -> int:
            try:
                return parse_duration(text, longest=3600)
            except DurationError as exc:
                raise ValueError(exc.said(self.lang)) from exc

        def done(seconds: int | None) -> None:
            if seconds is not None:
                self.console.perform(session.set_limit, entry, seconds)

        self.app.push_screen(LineDialog(
            self.lang, tr("limit.title", self.lang, name=name), tr("limit.field", self.lang),
            tr("limit.ok", self.lang), parse, value=mmss(session.limit_for(entry)), max_length=8), done)

    def action_toggle_pause(self) -> None:
        self.console.perform(self.console.session.toggle_pause)

    def action_end_speech(self) -> None:
        ended = self.console.perform(self.console.session.end)
        if ended is not None and ended is not True and ended.kind == "point-of-order":
            # Optional: Enter skips it; a ruling typed while it ran is offered again as it is.
            self._ask_ruling(ended.id, ended.participant.name, ended.ruling or "")

    def action_ruling(self) -> None:
        """The Chair's ruling on the point of order being heard (typed again, it replaces it)."""
        floor = self.console.session.state.floor
        if floor is None or floor.kind != "point-of-order":
            self.notify(tr("ruling.none", self.lang), severity="warning")
            return
        self._ask_ruling(floor.id, floor.participant.name, floor.ruling or "")

    def _ask_ruling(self, intervention: int, name: str, value: str = "") -> None:
        from .line_dialog import LineDialog

        session = self.console.session

        def done(text: str | None) -> None:
            if text and text != value:
                self.console.perform(session.rule, text, intervention)

        self.app.push_screen(LineDialog(
            self.lang, tr("ruling.title", self.lang, name=local_name(name, self.lang)),
            tr("ruling.field", self.lang),
            tr("ruling.ok", self.lang), lambda text: " ".join(text.split()), value=value,
            max_length=4000), done)

    def action_record_point(self) -> None:
        from .point_dialog import PointDialog

        session = self.console.session
        s = session.state
        by = s.floor.participant.name if s.floor else None
        speakers = [i.participant.name for i in reversed(s.interventions)]

        def done(result: PointRequest | None) -> None:
            if result is not None:
                self.console.perform(session.add_point, result.text, by=result.by, main=result.main,
                                     subtheme=result.subtheme, question=result.question,
                                     verb=result.verb, lang=result.lang)

        # The sub-theme or question, verb and language are chosen in the dialog itself.
        self.app.push_screen(PointDialog(self.lang, speakers, by, guide=session.guide,
                                         guide_lang=self.console.guide_lang,
                                         topic=(s.subtheme, s.question),
                                         point_lang=self.console.point_lang), done)

    def action_choose_topic(self) -> None:
        from .topic_dialog import TopicDialog

        session = self.console.session
        guide = session.guide
        if guide is None:
            self.notify(tr("msg.no_guide", self.lang), severity="warning")
            return

        def done(topic: Topic | None) -> None:
            if topic is not None:
                self.console.perform(session.set_topic, *topic)

        current = (session.state.subtheme, session.state.question)
        self.app.push_screen(TopicDialog(guide, self.lang, self.console.guide_lang, current), done)

    def action_point_of_order(self) -> None:
        from .speaker_dialog import SpeakerDialog

        session = self.console.session

        def done(result: SpeakerRequest | None) -> None:
            if result is not None:
                self.console.perform(session.point_of_order, result.participant)

        self.app.push_screen(SpeakerDialog(self.lang, self.console.known_participants(),
                                           title_key="order.title", ok_key="order.ok",
                                           with_position=False), done)

    def action_remove_speaker(self) -> None:
        entry = self._selected()
        if entry is not None:
            self.console.perform(self.console.session.remove, entry)

    def action_move_speaker(self, delta: int) -> None:
        entry = self._selected()
        session = self.console.session
        if entry is not None and self.console.perform(session.move_by, entry, delta):
            self.query_one(SpeakersTable).move_cursor(row=session.state.order.index(entry))

    def action_browse_guide(self) -> None:
        from .guide_browser import GuideBrowser

        guide = self.console.session.guide
        if guide is not None:
            self.app.push_screen(GuideBrowser(guide, self.lang, self.console.guide_lang))

    def action_switch_language(self) -> None:
        console = self.console
        i = LANGUAGES.index(console.guide_lang) if console.guide_lang in LANGUAGES else 0
        console.guide_lang = LANGUAGES[(i + 1) % len(LANGUAGES)]
        self.notify(tr("msg.lang", self.lang, name=tr(f"lang.{console.guide_lang}", self.lang)))
        console.changed()

    def action_review_points(self) -> None:
        from .review import ReviewScreen

        self.app.push_screen(ReviewScreen.translated(self.lang)(self.lang))

    def action_show_panel(self) -> None:
        from .panel import PanelScreen

        self.app.push_screen(PanelScreen.translated(self.lang)(self.lang))

    def action_close_list(self) -> None:
        session = self.console.session
        self.console.perform(session.reopen_list if session.state.closed else session.close_list)

    def action_toggle_room_forecast(self) -> None:
        session = self.console.session
        on = not session.state.forecast_on_display
        if self.console.perform(session.show_forecast_on_display, on):
            self.notify(tr("msg.room_forecast_on" if on else "msg.room_forecast_off", self.lang))

    def action_toggle_meeting(self) -> None:
        # What it did is said once, by the action's own words ("Meeting 1 closed; 4 waiting …").
        session = self.console.session
        self.console.perform(session.open_meeting if session.state.current_meeting() is None
                             else session.close_meeting)

    def action_settings(self) -> None:
        """The meetings and the limits; each changed one is an action of its own (one undo each)."""
        from datetime import datetime

        from .settings_dialog import Settings, SettingsDialog

        session = self.console.session
        state = session.state

        def done(result: Settings | None) -> None:
            if result is None:
                return
            # As the dialog shows them: meetings with planned hours (one opened without a plan has none).
            planned = tuple((m.start, m.end) for m in session.state.meetings
                            if m.start is not None and m.end is not None)
            if result.meetings != planned:
                self.console.perform(session.plan_meetings, result.meetings)
            if result.limits != session.limits:
                self.console.perform(session.set_limits, result.limits)
            elif result.meetings == planned:
                self.notify(tr("set.unchanged", self.lang))

        today = datetime.fromtimestamp(session.now()).date()
        self.app.push_screen(SettingsDialog(self.lang, list(state.meetings), session.limits, today), done)

    def action_quit_console(self) -> None:
        from .confirm import ConfirmDialog

        floor = self.console.session.state.floor
        if floor is None:
            self.console.close_session()
            return

        def done(yes: bool | None) -> None:
            if yes:
                self.console.close_session()

        name = local_name(floor.participant.name, self.lang)
        self.app.push_screen(ConfirmDialog(tr("quit.title", self.lang, name=name),
                                           tr("quit.yes", self.lang), tr("quit.no", self.lang)), done)
