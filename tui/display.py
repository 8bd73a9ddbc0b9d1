"""The room display: a read-only view of a session that follows the Chair's console live.

It never takes the writer's lock and never writes: a `SessionFollower` polls the session file and
parses only the lines the console appended since the last poll (a complete line is a complete
action). If the file cannot be read — the console crashed mid-start, the disk went away — it
keeps showing the last good state, says so, and picks up again by itself.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Digits, Label, ProgressBar, Static

from .core.bank.guide import Guide
from .core.bank.limits import TimeLimits
from .core.debate.clock import Clock
from .core.debate.forecast import forecast, forecast_text
from .core.debate.member_states import local_name
from .core.debate.state import State
from .core.storage.follower import SessionFollower
from .core.storage.session_store import StoreError
from .core.storage.sessions import session_guide
from .core.text.catalog import tr
from .crash import LoggedApp
from .widgets.bigclock import BigClock
from .widgets.floor import floor_view, set_digits, set_phase
from .widgets.refresh import update
from .widgets.topic import TopicPanel

NEXT = 3


class DisplayApp(LoggedApp):
    CSS_PATH = "display.tcss"
    TITLE = "thematic-debate — room display"
    # Only quitting and the language: nothing here can reach the session.
    BINDINGS = [Binding("q", "quit", "Quit"), Binding("l", "switch_language", "Language")]
    ENABLE_COMMAND_PALETTE = False

    def __init__(self, path: Path, clock: Clock, *, lang: str = "en", ui_lang: str = "en",
                 poll: float | None = 0.5, tick: float | None = 0.2,
                 follower: SessionFollower | None = None) -> None:
        super().__init__()
        self.path, self.clock, self.lang, self.ui = path, clock, lang, ui_lang
        self.poll, self.tick = poll, tick
        # A follower already polled (by `debate display`) hands over its state: no second fold.
        self.follower = follower or SessionFollower(path)
        self.state: State | None = None
        self.guide: Guide | None = None
        self.limits = TimeLimits()
        self.problem: str | None = None
        self.phase = "idle"

    def compose(self) -> ComposeResult:
        with Vertical(id="display"):
            yield Label("", id="display-title")
            yield Label("", id="display-name")
            yield Label("", id="display-speaker-title")
            yield Label("", id="display-role")
            # The room reads it from the back: up to half the screen's height.
            yield BigClock("-:--", share=0.5, id="display-clock")
            yield ProgressBar(total=1, show_eta=False, show_percentage=False, id="display-progress")
            yield Label("", id="display-time")
            yield Static("", id="display-next")
            yield Label("", id="display-forecast")
            yield TopicPanel(id="display-topic")
            yield Label("", id="display-status")

    def on_mount(self) -> None:
        self.follow()
        if self.poll:
            self.set_interval(self.poll, self.follow)
        if self.tick:
            self.set_interval(self.tick, self.show_clock)

    def on_unmount(self) -> None:
        self.follower.close()

    # -- following the writer ---------------------------------------------------------------------

    def follow(self) -> None:
        """Take in what the console appended; on any problem keep the last good state."""
        try:
            first = self.state is None
            state = self.follower.poll()
            if state is None and first:
                state = self.follower.state  # polled before the app started
            if state is not None:
                if first:
                    meta = self.follower.meta
                    if meta is not None:  # always, after a poll that found the session
                        self.limits = meta.limits
                        self.guide = session_guide(meta)
                self.state = state
            self.problem = None
        except (StoreError, OSError) as exc:
            self.problem = str(exc)
        self.show()

    # -- drawing ----------------------------------------------------------------------------------

    def show(self) -> None:
        t = self.ui
        meta = self.follower.meta
        title = (meta.title or "") if meta is not None else ""
        if self.guide is not None and title == self.guide.meta.theme.text("en"):
            # The default title is the guide's theme: the room reads it in the display's language.
            title = self.guide.meta.theme.text(self.lang)
        update(self.query_one("#display-title", Label), title)
        s = self.state
        if s is None:
            update(self.query_one("#display-status", Label), self.problem or "")
            return
        self.query_one("#display-topic", TopicPanel).show(s, self.guide, t, self.lang, room=True)
        lines = []
        for n, e in enumerate(s.waiting()[:NEXT], 1):
            lines.append(f"{n}. {local_name(e.participant.name, t)}")
        head = tr("display.next", t) + ("  ·  " + tr("list_closed", t).upper() if s.closed else "")
        update(self.query_one("#display-next", Static), head + "\n" + ("\n".join(lines) or "—"))
        status = tr("display.stale", t, error=self.problem) if self.problem else ""
        update(self.query_one("#display-status", Label), status)
        self.set_class(bool(self.problem), "-stale")
        self.show_clock()

    def show_clock(self) -> None:
        if self.state is None:
            return
        warning = self.state.limits_or(self.limits).warning  # as the Chair last set them
        view = floor_view(self.state, self.clock.now(), warning, self.ui)
        update(self.query_one("#display-name", Label), view.name)
        update(self.query_one("#display-role", Label), view.role)
        # "Director, Division for Treaty Affairs" under the name; no blank line when there is none.
        floor = self.state.floor
        title = (floor.participant.title or "") if floor is not None else ""
        title_label = self.query_one("#display-speaker-title", Label)
        update(title_label, title)
        title_label.display = bool(title)
        set_digits(self.query_one("#display-clock", Digits), view.face)
        self.query_one("#display-progress", ProgressBar).update(total=view.total, progress=view.progress)
        # The same time as text: for the browser, screen readers and the tests.
        status = view.status
        if view.interrupted:
            status += "  ·  " + tr("interrupted", self.ui, name=view.interrupted)
        update(self.query_one("#display-time", Label), f"{view.face}  {status}" if status else "")
        self.phase = set_phase(self, self.phase, view.phase)
        # The forecast only when the Chair put it on the room display (F in the console).
        forecast_line = self.query_one("#display-forecast", Label)
        text = ""
        if self.state.forecast_on_display:
            f = forecast(self.state, self.limits, self.clock.now())
            width = max(20, forecast_line.content_region.width or 78)
            text = forecast_text(f, self.ui, short=True, width=width)
        update(forecast_line, Text(text))
        forecast_line.display = bool(text)

    def action_switch_language(self) -> None:
        from .core.text.languages import LANGUAGES

        self.lang = LANGUAGES[(LANGUAGES.index(self.lang) + 1) % len(LANGUAGES)] if self.lang in LANGUAGES \
            else "en"
        self.show()
