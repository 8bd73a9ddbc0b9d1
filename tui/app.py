"""The Chair's console: wiring between the engine and the screens, and nothing else.

Every action goes through `perform`: the engine records it (on disk) first, then the screen is
redrawn from the state. An engine refusal is a notice; a failed write says nothing changed; an
unexpected error is one line and the console stays up.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.app import App, SystemCommand
from textual.screen import Screen
from textual.widgets import Label

from .core.debate.clock import Clock
from .core.debate.engine import EngineError, Session
from .core.debate.participants import Participant
from .core.storage.session_store import StoreError
from .core.text.catalog import tr
from .core.text.durations import mmss
from .core.text.languages import LANGUAGES
from .screens.main import KEYS, MainScreen

if TYPE_CHECKING:
    from .screens.point_dialog import PointRequest
    from .screens.speaker_dialog import SpeakerRequest
    from .screens.topic_dialog import Topic

# The dialogs and secondary screens are imported when first opened: their widgets (Tree, Input,
# Select, OptionList…) are a good part of the start-up time, and the Chair waits for the first frame.
from .widgets.floor import FloorPanel
from .widgets.points import PointsPanel, point_tag
from .widgets.refresh import update
from .widgets.speakers import SpeakersTable
from .widgets.topic import TopicPanel

log = logging.getLogger("thematic-debate")


class DebateApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "thematic-debate"
    ENABLE_COMMAND_PALETTE = True

    def __init__(self, session: Session, clock: Clock, *, ui_lang: str = "en", guide_lang: str = "en",
                 bell: bool = False, tick: float | None = 0.2, heartbeat: float | None = 5.0,
                 known: Iterable[Participant] = ()) -> None:
        super().__init__()
        self.session = session
        self.clock = clock
        self.ui = ui_lang
        self.guide_lang = guide_lang
        self.bell_enabled = bell
        self.tick = tick
        self.heartbeat = heartbeat
        self.known = list(known)
        self.phase = "idle"
        self.rung: set[tuple[int, str]] = set()  # (intervention, phase) already announced

    # -- life -----------------------------------------------------------------------------------

    def on_mount(self) -> None:
        self.title = self.session.log.meta.get("title") or "thematic-debate"  # type: ignore[attr-defined]
        self.sub_title = self.session.log.meta.get("id", "")  # type: ignore[attr-defined]
        self.push_screen(MainScreen.translated(self.ui)(self.ui))
        if self.tick:
            # Ticks only trigger a repaint: the time itself comes from the clock.
            self.set_interval(self.tick, self.refresh_clock)
        if self.heartbeat:
            self.set_interval(self.heartbeat, self.beat)
        downtime = self.session.state.downtime
        if downtime and downtime[-1].until >= self.session.state.last_at and downtime[-1].seconds >= 1:
            self.notify(tr("msg.resumed", self.ui, down=mmss(downtime[-1].seconds)))

    def beat(self) -> None:
        beat = getattr(self.session.log, "heartbeat", None)
        if beat is not None:
            try:
                beat(self.clock.now())
            except OSError as exc:  # the next action will report the disk; do not stop the clock
                log.warning("heartbeat failed: %s", exc)

    # -- the one way actions happen --------------------------------------------------------------

    def perform(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        try:
            result = fn(*args, **kwargs)
        except EngineError as exc:
            self.notify(str(exc), severity="warning")
            return None
        except (StoreError, OSError) as exc:
            self.notify(tr("msg.not_saved", self.ui, error=_one_line(exc)), severity="error", timeout=10)
            self.redraw()  # the engine re-read the disk: show what is really there
            return None
        except Exception as exc:
            log.exception("unexpected error")
            self.notify(tr("msg.unexpected", self.ui, error=f"{type(exc).__name__}: {_one_line(exc)}"),
                        severity="error", timeout=10)
            return None
        self.redraw()
        return result if result is not None else True

    def redraw(self) -> None:
        screen = self._main()
        if screen is None:
            return
        state, now, guide = self.session.state, self.session.now(), self.session.guide
        screen.query_one(SpeakersTable).show(state, now)
        title = tr("speakers", self.ui) + (f"  [{tr('list_closed', self.ui)}]" if state.closed else "")
        update(screen.query_one("#speakers-title", Label), title)
        screen.query_one(TopicPanel).show(state, guide, self.ui, self.guide_lang)
        screen.query_one(PointsPanel).show(state, guide, self.ui)
        self.refresh_clock()

    def refresh_clock(self) -> None:
        screen = self._main()
        if screen is None:
            return
        now = self.session.now()
        phase = screen.query_one(FloorPanel).show(self.session.state, now, self.session.limits.warning)
        screen.query_one(SpeakersTable).refresh_times(self.session.state, now)
        floor = self.session.state.floor
        if phase in ("warning", "overrun") and floor is not None and (floor.id, phase) not in self.rung:
            # Once per speaker and threshold: not again after a pause or a point of order.
            self.rung.add((floor.id, phase))
            if self.bell_enabled:
                self.bell()
        self.phase = phase

    def _main(self) -> MainScreen | None:
        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                return screen
        return None

    def _selected(self) -> int | None:
        screen = self._main()
        entry = screen.query_one(SpeakersTable).selected_entry if screen else None
        if entry is None:
            self.notify(tr("msg.no_selection", self.ui), severity="warning")
        return entry

    # -- actions (bound in screens.main.KEYS) ----------------------------------------------------

    def _known(self) -> list[Participant]:
        """Names to complete, the latest description of a name winning: the 193 Member States,
        then whoever this session already knows."""
        from .core.debate.member_states import known_states

        s = self.session.state
        return [*known_states(), *self.known, *(e.participant for e in s.entries.values()),
                *(m.participant for m in s.panel.values())]

    def action_add_speaker(self) -> None:
        from .screens.speaker_dialog import SpeakerDialog

        def done(result: SpeakerRequest | None) -> None:
            if result is not None:
                self.perform(self.session.add_speaker, result.participant, result.position, result.reply)

        self.push_screen(SpeakerDialog(self.ui, self._known()), done)

    def action_give_floor(self) -> None:
        entry = self._selected()
        if entry is not None and self.perform(self.session.give_floor, entry):
            self._select_next_waiting()

    def action_next_speaker(self) -> None:
        if self.perform(self.session.give_floor):
            self._select_next_waiting()

    def _select_next_waiting(self) -> None:
        """Ready for the next `enter`: the selection moves to the next speaker waiting."""
        screen, nxt = self._main(), self.session.state.next_waiting()
        if screen is not None and nxt is not None:
            screen.query_one(SpeakersTable).move_cursor(row=self.session.state.order.index(nxt.id))

    def action_toggle_pause(self) -> None:
        self.perform(self.session.toggle_pause)

    def action_end_speech(self) -> None:
        self.perform(self.session.end)

    def action_record_point(self) -> None:
        from .screens.point_dialog import PointDialog

        s = self.session.state
        by = s.floor.participant.name if s.floor else None
        speakers = [i.participant.name for i in reversed(s.interventions)]
        tags = point_tag(self.session.guide, s.subtheme, s.question)

        def done(result: PointRequest | None) -> None:
            if result is not None:
                self.perform(self.session.add_point, result.text, by=result.by, main=result.main)

        self.push_screen(PointDialog(self.ui, speakers, by, tags), done)

    def action_choose_topic(self) -> None:
        from .screens.topic_dialog import TopicDialog

        guide = self.session.guide
        if guide is None:
            self.notify("no guide loaded for this session", severity="warning")
            return

        def done(topic: Topic | None) -> None:
            if topic is not None:
                self.perform(self.session.set_topic, *topic)

        current = (self.session.state.subtheme, self.session.state.question)
        self.push_screen(TopicDialog(guide, self.ui, self.guide_lang, current), done)

    def action_point_of_order(self) -> None:
        from .screens.speaker_dialog import SpeakerDialog

        def done(result: SpeakerRequest | None) -> None:
            if result is not None:
                self.perform(self.session.point_of_order, result.participant)

        self.push_screen(SpeakerDialog(self.ui, self._known(), title_key="order.title", ok_key="order.ok",
                                       with_position=False), done)

    def action_undo(self) -> None:
        undone = self.perform(self.session.undo)
        if isinstance(undone, dict):
            self.notify(tr("msg.undone", self.ui, what=undone["type"]))
            screen = self.screen
            if hasattr(screen, "show") and not isinstance(screen, MainScreen):
                screen.show()

    def action_remove_speaker(self) -> None:
        entry = self._selected()
        if entry is not None:
            self.perform(self.session.remove, entry)

    def action_move_speaker(self, delta: int) -> None:
        entry = self._selected()
        if entry is not None and self.perform(self.session.move_by, entry, delta):
            screen = self._main()
            if screen is not None:
                screen.query_one(SpeakersTable).move_cursor(row=self.session.state.order.index(entry))

    def action_browse_guide(self) -> None:
        from .screens.guide_browser import GuideBrowser

        if self.session.guide is not None:
            self.push_screen(GuideBrowser(self.session.guide, self.ui, self.guide_lang))

    def action_switch_language(self) -> None:
        i = LANGUAGES.index(self.guide_lang) if self.guide_lang in LANGUAGES else 0
        self.guide_lang = LANGUAGES[(i + 1) % len(LANGUAGES)]
        self.notify(tr("msg.lang", self.ui, name=tr(f"lang.{self.guide_lang}", self.ui)))
        self.redraw()

    def action_review_points(self) -> None:
        from .screens.review import ReviewScreen

        self.push_screen(ReviewScreen(self.session, self.ui, self.perform, self.export_summary))

    def export_summary(self) -> list[Path] | None:
        """The summary (Markdown, HTML) and the CSV of speakers in sessions/<id>/."""
        from .core.summary.document import LANGS, Options
        from .core.summary.export import export_all

        path = getattr(self.session.log, "path", None)
        if self.session.guide is None or path is None:
            self.notify("no guide or no session folder: nothing to export", severity="warning")
            return None
        lang = self.ui if self.ui in LANGS else "en"
        meta = self.session.log.meta  # type: ignore[attr-defined]
        return self.perform(export_all, path.parent / meta["id"], meta, self.session.state,
                            self.session.guide, self.session.now(), Options(lang))

    def action_show_panel(self) -> None:
        from .screens.panel import PanelScreen

        self.push_screen(PanelScreen(self.session, self.ui, self.perform))

    def action_close_list(self) -> None:
        self.perform(self.session.reopen_list if self.session.state.closed else self.session.close_list)

    def action_help(self) -> None:
        from .screens.help import HelpScreen

        keys = [(display or keys.split(",")[0], tr(f"help.{name}", self.ui))
                for keys, _action, name, display in KEYS]
        self.push_screen(HelpScreen(self.ui, keys))

    def action_quit_console(self) -> None:
        from .screens.confirm import ConfirmDialog

        floor = self.session.state.floor
        if floor is None:
            self.close_session()
            return

        def done(yes: bool | None) -> None:
            if yes:
                self.close_session()

        self.push_screen(ConfirmDialog(tr("quit.title", self.ui, name=floor.participant.name),
                                       tr("quit.yes", self.ui), tr("quit.no", self.ui)), done)

    def close_session(self) -> None:
        try:
            self.session.closed()
        except (StoreError, OSError) as exc:  # leaving anyway: every action is already on disk
            log.warning("could not record the close: %s", exc)
        self.exit()

    # -- command palette -------------------------------------------------------------------------

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        for _keys, action, name, _display in KEYS:
            yield SystemCommand(tr(f"key.{name}", self.ui), tr(f"help.{name}", self.ui),
                                lambda action=action: self.run_action(action))


def _one_line(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
