"""The Chair's console: wiring between the engine and the screens, and nothing else.

The screens own their keys and actions (screens/main.py, review.py, panel.py). Every action goes
through `perform`: the engine records it (on disk) first, then `revision` changes and every screen
redraws itself from the session. An engine refusal is a notice; a failed write says nothing
changed, or, when another program changed the file, turns the console read-only
(write_failures.py); an unexpected error is one line (and the log) and the console stays up.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Callable, Iterable
from typing import Any

from textual.app import SystemCommand
from textual.reactive import var
from textual.screen import Screen

from .core.debate.clock import Clock
from .core.debate.engine import EngineError, Session
from .core.debate.participants import Participant
from .core.storage.session_store import StoreError
from .core.text.catalog import tr
from .core.text.durations import mmss
from .core.text.problems import one_line
from .core.text.visible import visible
from .screens.dialog import Dialog
from .screens.feedback import Before, describe
from .screens.keys import ConsoleScreen

# The dialogs and secondary screens are imported when first opened: their widgets (Tree, Input,
# Select, OptionList…) are a good part of the start-up time, and the Chair waits for the first frame.
from .screens.main import MainScreen
from .write_failures import WriteFailures

log = logging.getLogger("thematic-debate")


class DebateApp(WriteFailures):
    CSS_PATH = "app.tcss"
    TITLE = "thematic-debate"
    ENABLE_COMMAND_PALETTE = True

    # Changes after every action (and after a failed write, when the engine has re-read the disk):
    # each screen watches it and redraws itself from the session.
    revision: var[int] = var(0, init=False)
    # The time of the last tick: the screens that show a clock repaint it from this.
    now: var[float] = var(0.0, init=False, always_update=True)

    def __init__(self, session: Session, clock: Clock, *, ui_lang: str = "en", guide_lang: str = "en",
                 bell: bool = False, tick: float | None = 0.2, heartbeat: float | None = 5.0,
                 known: Iterable[Participant] = (), close_on_signals: bool = False) -> None:
        super().__init__()
        # SIGTERM, SIGHUP (a closed terminal window, `kill`) close the session as `q` does, not as a
        # crash. Only `debate run` asks: a test's app must not take the test process's signals.
        self.close_on_signals = close_on_signals
        self.session = session
        self.clock = clock
        self.ui = ui_lang
        self.guide_lang = guide_lang
        # Points are typed, unless the Chair says otherwise in the point dialog, in the session's
        # language: the guide's as asked on the command line (--lang), else the interface's.
        # Not the one `l` switches to: that only changes what the guide texts are read in.
        self.point_lang = guide_lang
        self.bell_enabled = bell
        self.tick_every = tick
        self.heartbeat = heartbeat
        self.known = list(known)
        self.phase = "idle"
        self.rung: set[tuple[int, str]] = set()  # (intervention, phase) already announced

    # -- life -----------------------------------------------------------------------------------

    def notify(self, message: str, *, title: str = "", severity: Any = "information",
               timeout: float | None = None, markup: bool = True) -> None:
        """Every notice, the app's and the screens': it may quote a name, a point or a file, so it
        is literal text (never markup) with control characters made visible; over a dialog, never."""
        super().notify(visible(message, lines=True), title=visible(title), severity=severity,
                       timeout=timeout, markup=False)
        Dialog.say_on(self.screen_stack, message, str(severity), timeout)  # beside it instead

    def on_mount(self) -> None:
        if self.close_on_signals:
            loop = asyncio.get_running_loop()
            for number in (signal.SIGTERM, signal.SIGHUP):
                loop.add_signal_handler(number, self.close_session)
        self.title = visible(self.session.log.meta.title or "thematic-debate")
        self.sub_title = visible(self.session.log.meta.id)
        self.now = self.session.now()
        self.push_screen(MainScreen.translated(self.ui)(self.ui))
        if self.tick_every:
            # Ticks only trigger a repaint: the time itself comes from the clock.
            self.set_interval(self.tick_every, self.tick)
        if self.heartbeat:
            self.set_interval(self.heartbeat, self.beat)
        downtime = self.session.state.downtime
        if downtime and downtime[-1].until >= self.session.state.last_at and downtime[-1].seconds >= 1:
            self.notify(tr("msg.resumed", self.ui, down=mmss(downtime[-1].seconds)))
        if self.session.state.replies_placed:
            self.notify(tr("msg.replies_placed", self.ui, n=self.session.state.replies_placed), timeout=10)

    def on_unmount(self) -> None:
        for number in (signal.SIGTERM, signal.SIGHUP) if self.close_on_signals else ():
            asyncio.get_running_loop().remove_signal_handler(number)

    def beat(self) -> None:
        try:
            self.session.log.heartbeat(self.clock.now())
            self.check_file()  # another program changed it? said now, not at the Chair's next key
        except OSError as exc:  # the next action will report the disk; do not stop the clock
            log.warning("heartbeat failed: %s", exc)

    def tick(self, now: float | None = None) -> None:
        """The clock moved: repaint the clocks, ring the bell once per speaker and threshold."""
        if now is None:
            now = self.session.now()
        floor = self.session.state.floor
        phase = floor.phase(now, self.session.limits.warning) if floor is not None else "idle"
        if phase in ("warning", "overrun") and floor is not None and (floor.id, phase) not in self.rung:
            # Once per speaker and threshold: not again after a pause or a point of order.
            self.rung.add((floor.id, phase))
            if self.bell_enabled:
                self.bell()
        self.phase = phase
        self.now = now

    # -- the one way actions happen --------------------------------------------------------------

    def perform(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run an engine action; the result (True for None) on success, None when nothing changed.
        What the action did is said in words, with how to undo it."""
        before, recorded = Before.of(self.session.state), self.session.state.last_seq
        try:
            result = fn(*args, **kwargs)
        except EngineError as exc:
            self.notify(exc.sentence(self.ui), severity="warning")  # "Personne n'a la parole"
            return None
        except (StoreError, OSError) as exc:  # said; another program's change: read-only from now on
            return self.not_saved(exc)
        except Exception as exc:
            log.exception("unexpected error")
            reason = f"{type(exc).__name__}: {one_line(exc, with_file=False)}"
            self.notify(tr("msg.unexpected", self.ui, error=reason), severity="error", timeout=10)
            return None
        self.changed()
        if self.session.state.last_seq > recorded:
            event = self.session.events[-1]
            if event["type"] not in ("undo", "session.closed"):
                what = describe(event, self.session.state, self.ui, before)
                self.notify(tr("msg.done", self.ui, what=what), timeout=4)
        return result if result is not None else True

    def changed(self) -> None:
        """The session changed (or the guide language): every screen redraws from it, at one
        instant: `now` is set first without telling the screens, so that they draw the change at
        that instant and the tick after it, at the same instant, has nothing left to draw."""
        now = self.session.now()
        self.set_reactive(DebateApp.now, now)
        self.revision += 1
        self.tick(now)

    def undo(self) -> None:
        undone = self.perform(self.session.undo)
        if isinstance(undone, dict):
            what = describe(undone, self.session.state, self.ui)
            self.notify(tr("msg.undone", self.ui, what=what))

    def known_participants(self) -> list[Participant]:
        """Names to complete, the latest description of a name winning: the Member States, observer
        States and organizations usually heard, then whoever this session already knows."""
        from .core.debate.member_states import known_participants

        s = self.session.state
        return [*known_participants(), *self.known, *(e.participant for e in s.entries.values()),
                *(m.participant for m in s.panel.values())]

    def close_session(self) -> None:
        self.record_closed()
        self.exit()

    def record_closed(self) -> None:
        """The session closed cleanly (once): the next console counts no downtime."""
        if self.read_only is not None or (self.session.events  # (read-only: not even this is written)
                                          and self.session.events[-1]["type"] == "session.closed"):
            return
        try:
            self.session.closed()
        except (StoreError, OSError) as exc:  # leaving anyway: every action is already on disk
            log.warning("could not record the close: %s", exc)

    # -- command palette: the keys of the screen it was opened from ------------------------------

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        if isinstance(screen, ConsoleScreen):
            yield from screen.commands()
