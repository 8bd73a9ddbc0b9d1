"""The speaker on the floor and the speaking clock, readable from across the room."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Digits, Label, ProgressBar

from ..core.i18n import tr
from ..core.state import State
from ..core.timefmt import mmss
from .refresh import update

PHASES = ("idle", "running", "warning", "overrun", "paused")


def clock_face(elapsed: float, limit: int) -> str:
    """Time left, counting down; past the limit, the overrun counting up with a + sign."""
    left = limit - elapsed
    return mmss(left) if left >= 0 else "+" + mmss(-left)


class FloorPanel(Vertical):
    """Shows the floor; the phase is a CSS class (-running, -warning, -overrun, -paused, -idle)."""

    def __init__(self, lang: str, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.lang = lang
        self.phase = "idle"

    def compose(self) -> ComposeResult:
        yield Label("", id="floor-name")
        yield Label("", id="floor-role")
        yield Digits("-:--", id="floor-clock")
        yield ProgressBar(total=1, show_eta=False, show_percentage=False, id="floor-progress")
        yield Label("", id="floor-phase")

    def show(self, state: State, now: float, warning: int) -> str:
        """Redraw for `now`; returns the phase so the app can ring the bell on a change."""
        floor = state.floor
        name = self.query_one("#floor-name", Label)
        role = self.query_one("#floor-role", Label)
        clock = self.query_one("#floor-clock", Digits)
        bar = self.query_one("#floor-progress", ProgressBar)
        phase_label = self.query_one("#floor-phase", Label)
        if floor is None:
            phase = "idle"
            update(name, tr("finished" if state.finished else "nobody", self.lang), layout=False)
            update(role, tr("next_hint", self.lang), layout=False)
            _set_digits(clock, "-:--")
            bar.update(total=1, progress=0)
            update(phase_label, "", layout=False)
        else:
            phase = floor.phase(now, warning)
            p = floor.participant
            update(name, p.name, layout=False)
            details = [tr("kind." + floor.kind, self.lang), tr("cat." + p.category, self.lang)]
            if p.group:
                details.append(tr("group." + p.group, self.lang))
            update(role, " · ".join(details), layout=False)
            elapsed = floor.elapsed(now)
            _set_digits(clock, clock_face(elapsed, floor.limit))
            bar.update(total=floor.limit, progress=min(elapsed, floor.limit))
            text = tr("phase." + phase, self.lang) + "  " + tr("limit", self.lang, limit=mmss(floor.limit))
            if state.suspended:
                text += "  ·  " + tr("interrupted", self.lang, name=state.suspended[-1].participant.name)
            update(phase_label, text, layout=False)
        if phase != self.phase:
            self.remove_class(f"-{self.phase}")
            self.add_class(f"-{phase}")
            self.phase = phase
        return phase


def _set_digits(digits: Digits, value: str) -> None:
    if digits.value != value:  # an update lays out the whole screen again
        digits.update(value)
