"""The speaker on the floor and the speaking clock, readable from across the room."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.dom import DOMNode
from textual.widgets import Digits, Label, ProgressBar

from ..core.debate.member_states import local_name
from ..core.debate.state import State
from ..core.text.catalog import tr
from ..core.text.durations import mmss
from .bigclock import BigClock
from .refresh import update

PHASES = ("idle", "running", "warning", "overrun", "paused")


def clock_face(elapsed: float, limit: int) -> str:
    """Time left, counting down; past the limit, the overrun counting up with a + sign."""
    left = limit - elapsed
    return mmss(left) if left >= 0 else "+" + mmss(-left)


class FloorPanel(Vertical):
    """Shows the floor; the phase is a CSS class (-running, -warning, -overrun, -paused, -idle)."""

    def __init__(self, lang: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.lang = lang
        self.phase = "idle"

    def compose(self) -> ComposeResult:
        yield Label("", id="floor-name")
        yield Label("", id="floor-role")
        yield BigClock("-:--", id="floor-clock")
        yield ProgressBar(total=1, show_eta=False, show_percentage=False, id="floor-progress")
        yield Label("", id="floor-phase")
        yield Label("", id="floor-next")

    def show(self, state: State, now: float, warning: int) -> str:
        """Redraw for `now`; returns the phase so the app can ring the bell on a change."""
        view = floor_view(state, now, warning, self.lang)
        update(self.query_one("#floor-name", Label), view.name, layout=False)
        update(self.query_one("#floor-role", Label), view.role or tr("next_hint", self.lang), layout=False)
        set_digits(self.query_one("#floor-clock", Digits), view.face)
        self.query_one("#floor-progress", ProgressBar).update(total=view.total, progress=view.progress)
        update(self.query_one("#floor-phase", Label), view.status, layout=False)
        nxt = state.next_waiting()
        # Who speaks next: during a point of order the speaker it interrupted (`s` gives them the
        # floor back), else who `n` will call, for the Chair to announce.
        after = ""
        if view.interrupted:
            after = tr("resumes", self.lang, name=view.interrupted)
        elif nxt is not None:
            after = tr("next_speaker", self.lang, name=local_name(nxt.participant.name, self.lang))
        update(self.query_one("#floor-next", Label), after, layout=False)
        self.phase = set_phase(self, self.phase, view.phase)
        return view.phase


@dataclass(frozen=True, slots=True)
class FloorView:
    """What any view of the floor shows at an instant (the console and the room display)."""

    phase: str
    name: str
    role: str
    face: str
    total: float
    progress: float
    status: str
    interrupted: str = ""  # the speaker a point of order interrupted, as `lang` names them


def floor_view(state: State, now: float, warning: int, lang: str) -> FloorView:
    floor = state.floor
    if floor is None:
        return FloorView("idle", tr("finished" if state.finished else "nobody", lang), "", "-:--", 1, 0, "")
    phase = floor.phase(now, warning)
    p = floor.participant
    role = " · ".join([tr("kind." + floor.kind, lang), tr("cat." + p.category, lang),
                       *([tr("group." + p.group, lang)] if p.group else [])])
    elapsed = floor.elapsed(now)
    status = tr("phase." + phase, lang) + "  " + tr("limit", lang, limit=mmss(floor.limit))
    if floor.added:
        status += f" (+{mmss(floor.added)})"  # the minutes the Chair gave, seen at a glance
    # A State as the interface's language names it ("Allemagne"); the session stores "Germany".
    before = local_name(state.suspended[-1].participant.name, lang) if state.suspended else ""
    return FloorView(phase, local_name(p.name, lang), role, clock_face(elapsed, floor.limit), floor.limit,
                     min(elapsed, floor.limit), status, before)


def set_phase(widget: DOMNode, old: str, new: str) -> str:
    """The phase as a CSS class (-running, -warning…): the stylesheet gives it its colours."""
    if new != old:
        widget.remove_class(f"-{old}")
        widget.add_class(f"-{new}")
    return new


def set_digits(digits: Digits, value: str) -> None:
    if digits.value != value:  # an update lays out the whole screen again
        digits.update(value)
