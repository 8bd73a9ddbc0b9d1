"""Speaking-time figures for the Chair's summary: per speaker, category and regional group."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .participants import CATEGORIES, REGIONAL_GROUPS
from .state import Intervention, State


@dataclass(slots=True)
class Figures:
    key: str
    interventions: int = 0
    total: float = 0.0  # seconds spoken
    allotted: float = 0.0  # seconds the limits allowed
    overruns: int = 0  # interventions that went past their limit
    overrun: float = 0.0  # seconds past the limits, summed

    @property
    def average(self) -> float:
        return self.total / self.interventions if self.interventions else 0.0

    def add(self, i: Intervention, now: float) -> None:
        self.interventions += 1
        self.total += i.elapsed(now)
        self.allotted += i.limit
        over = i.overrun(now)
        self.overrun += over
        self.overruns += over > 0

    def as_dict(self) -> dict[str, object]:
        return {"interventions": self.interventions, "total": round(self.total, 1),
                "average": round(self.average, 1), "allotted": self.allotted,
                "overruns": self.overruns, "overrun": round(self.overrun, 1)}


@dataclass(slots=True)
class Stats:
    by_speaker: dict[str, Figures] = field(default_factory=dict)
    by_category: dict[str, Figures] = field(default_factory=dict)
    by_group: dict[str, Figures] = field(default_factory=dict)
    by_kind: dict[str, Figures] = field(default_factory=dict)
    total: Figures = field(default_factory=lambda: Figures("all"))

    def as_dict(self) -> dict[str, object]:
        def table(d: dict[str, Figures]) -> dict[str, object]:
            return {k: f.as_dict() for k, f in d.items() if f.interventions}

        return {"total": self.total.as_dict(), "by_speaker": table(self.by_speaker),
                "by_category": table(self.by_category), "by_group": table(self.by_group),
                "by_kind": table(self.by_kind)}


def _tally(interventions: Iterable[Intervention], now: float, key: Callable[[Intervention], str | None],
           order: Iterable[str] = ()) -> dict[str, Figures]:
    out = {k: Figures(k) for k in order}
    for i in interventions:
        k = key(i)
        if k is not None:
            out.setdefault(k, Figures(k)).add(i, now)
    return out


def statistics(state: State, now: float) -> Stats:
    """Figures over every intervention so far, the current one counted up to `now`."""
    done = state.interventions
    total = Figures("all")
    for i in done:
        total.add(i, now)
    return Stats(
        by_speaker=_tally(done, now, lambda i: i.participant.name),
        by_category=_tally(done, now, lambda i: i.participant.category, CATEGORIES),
        by_group=_tally(done, now, lambda i: i.participant.group, REGIONAL_GROUPS),
        by_kind=_tally(done, now, lambda i: i.kind),
        total=total,
    )


@dataclass(slots=True)
class MeetingClock:
    """The clock of one meeting: how its time was used, against the time it had."""

    number: int
    start: float | None  # planned
    end: float | None
    opened: float | None
    closed: float | None
    held: float  # seconds open
    planned: float | None  # seconds planned
    carried: int  # speakers still waiting when it closed
    spoken: Figures
    by_category: dict[str, Figures]
    by_group: dict[str, Figures]
    until: float | None = None  # when it ended: closed, or where one left open over the break ended

    @property
    def available(self) -> float:
        """The time the meeting had: as planned, or as held when it ran longer or had no plan."""
        return max(self.planned or 0.0, self.held)

    @property
    def unused(self) -> float:
        """Time of the meeting nobody spoke in: changes of speaker, the Chair, silence."""
        return max(0.0, self.held - self.spoken.total)

    def as_dict(self) -> dict[str, object]:
        def table(d: dict[str, Figures]) -> dict[str, object]:
            return {k: f.as_dict() for k, f in d.items() if f.interventions}

        return {"meeting": self.number, "start_at": self.start, "end_at": self.end,
                "opened_at": self.opened, "closed_at": self.closed, "held": round(self.held, 1),
                "planned": None if self.planned is None else round(self.planned, 1),
                "available": round(self.available, 1), "unused": round(self.unused, 1),
                "carried_over": self.carried, "spoken": self.spoken.as_dict(),
                "by_category": table(self.by_category), "by_group": table(self.by_group)}


def meeting_clock(state: State, now: float) -> list[MeetingClock]:
    """Per meeting held or planned: time open, time spoken by category and regional group.

    An intervention belongs to the meeting in which it started; closing a meeting ends it, so
    none runs across a break and the break is counted nowhere, not even when the Chair left the
    meeting open over it (it ended then where it ended: State.natural_end)."""
    out = []
    late = state.overtaken(now)
    for m in state.meetings:
        ended = m.closed if m.closed is not None else (state.natural_end(m) if m is late else None)
        if m.opened is None:
            inside: list[Intervention] = []
        else:
            until = ended if ended is not None else float("inf")
            opened = m.opened
            inside = [i for i in state.interventions if opened <= i.started <= until]
        spoken = Figures("all")
        for i in inside:
            spoken.add(i, min(now, ended) if ended is not None else now)
        held = m.held(now) if ended is None or m.opened is None else max(0.0, ended - m.opened)
        out.append(MeetingClock(
            m.number, m.start, m.end, m.opened, m.closed, held, m.planned, len(m.carried), spoken,
            _tally(inside, now if ended is None else min(now, ended), lambda i: i.participant.category,
                   CATEGORIES),
            _tally(inside, now if ended is None else min(now, ended), lambda i: i.participant.group,
                   REGIONAL_GROUPS), ended))
    return out
