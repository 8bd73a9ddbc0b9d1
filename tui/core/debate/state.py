"""The state of a debate session as a fold over its events.

Events are plain dicts, exactly as stored: `{"seq": 7, "type": "floor.give", "at": 1302508800.0,
"data": {...}}`. Everything the fold needs is in the events (the limit of an intervention is
recorded when the floor is given), so replaying the stored events always gives the same state.
The fold never asks the time: elapsed speaking time is computed from instants by the caller.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from .participants import Participant

Event = dict[str, Any]

# Events the Chair did not cause: never undone, never counted as actions.
SYSTEM_EVENTS = frozenset({"session.opened", "session.closed"})


@dataclass(slots=True)
class Entry:
    """A place on the list of speakers."""

    id: int
    participant: Participant
    reply: bool = False  # a right of reply, with its own limit
    status: str = "waiting"  # waiting | speaking | spoken
    added: float = 0.0


@dataclass(slots=True)
class Intervention:
    id: int
    entry: int | None  # None for a point of order, which is not on the list
    participant: Participant
    kind: str  # statement | presentation | reply | point-of-order
    limit: int
    started: float
    subtheme: str | None
    question: str | None
    spoken: float = 0.0  # seconds spoken before `running_since`
    running_since: float | None = None
    ended: float | None = None
    pauses: int = 0
    resume_after: bool = False  # running when a point of order interrupted it

    def elapsed(self, now: float) -> float:
        if self.running_since is None:
            return self.spoken
        # A clock set back must not make the speaker's time go backwards.
        return self.spoken + max(0.0, now - self.running_since)

    def overrun(self, now: float) -> float:
        return max(0.0, self.elapsed(now) - self.limit)

    def stop_running(self, at: float) -> None:
        if self.running_since is not None:
            self.spoken += max(0.0, at - self.running_since)
            self.running_since = None

    @property
    def paused(self) -> bool:
        return self.ended is None and self.running_since is None

    def phase(self, now: float, warning: float) -> str:
        """running | warning | overrun | paused | ended: what the clock shows."""
        if self.ended is not None:
            return "ended"
        if self.running_since is None:
            return "paused"
        left = self.limit - self.elapsed(now)
        if left < 0:
            return "overrun"
        return "warning" if left <= warning else "running"


@dataclass(slots=True)
class Point:
    id: int
    text: str
    by: str | None
    subtheme: str | None
    question: str | None
    main: bool = False
    conclusion: bool = False
    at: float = 0.0
    merged: tuple[str, ...] = ()  # speakers of the points merged into this one
    edited: bool = False


@dataclass(slots=True)
class PanelMember:
    id: int
    participant: Participant
    received: bool = False  # presentation received in advance


@dataclass(slots=True)
class Downtime:
    since: float
    until: float
    crashed: bool

    @property
    def seconds(self) -> float:
        return max(0.0, self.until - self.since)


@dataclass(slots=True)
class State:
    entries: dict[int, Entry] = field(default_factory=dict)
    order: list[int] = field(default_factory=list)
    floor: Intervention | None = None
    suspended: list[Intervention] = field(default_factory=list)  # interrupted by points of order
    interventions: list[Intervention] = field(default_factory=list)  # in the order they began
    points: dict[int, Point] = field(default_factory=dict)
    point_order: list[int] = field(default_factory=list)
    panel: dict[int, PanelMember] = field(default_factory=dict)
    subtheme: str | None = None
    question: str | None = None
    closed: bool = False
    finished: bool = False  # the Chair declared the debate over
    downtime: list[Downtime] = field(default_factory=list)
    last_at: float = 0.0
    last_seq: int = 0
    actions: int = 0  # user actions in effect (after undos)
    next_id: int = 1

    def new_id(self) -> int:
        self.next_id += 1
        return self.next_id - 1

    # -- queries --------------------------------------------------------------------------------

    def speakers(self) -> list[Entry]:
        return [self.entries[i] for i in self.order]

    def waiting(self) -> list[Entry]:
        return [e for e in self.speakers() if e.status == "waiting"]

    def next_waiting(self) -> Entry | None:
        return next(iter(self.waiting()), None)

    def ordered_points(self) -> list[Point]:
        return [self.points[i] for i in self.point_order]

    def entry_interventions(self, entry_id: int) -> list[Intervention]:
        return [i for i in self.interventions if i.entry == entry_id]

    def time_used(self, entry_id: int, now: float) -> float:
        return sum(i.elapsed(now) for i in self.entry_interventions(entry_id))

    def times_used(self, now: float) -> dict[int, float]:
        """Time used by every entry that spoke, in one pass (the list can be long)."""
        used: dict[int, float] = {}
        for i in self.interventions:
            if i.entry is not None:
                used[i.entry] = used.get(i.entry, 0.0) + i.elapsed(now)
        return used


# -- reducers -------------------------------------------------------------------------------------

Reducer = Callable[[State, Event], None]
REDUCERS: dict[str, Reducer] = {}


def reducer(name: str) -> Callable[[Reducer], Reducer]:
    def register(fn: Reducer) -> Reducer:
        REDUCERS[name] = fn
        return fn

    return register


def _end_floor(s: State, at: float) -> None:
    current = s.floor
    if current is None:
        return
    current.stop_running(at)
    current.ended = at
    if current.entry is not None and current.entry in s.entries:
        s.entries[current.entry].status = "spoken"
    s.floor = None
    if current.kind == "point-of-order" and s.suspended:
        # The interrupted speaker takes the floor back, running again only if they were.
        resumed = s.suspended.pop()
        if resumed.resume_after:
            resumed.running_since = at
        resumed.resume_after = False
        s.floor = resumed


@reducer("list.add")
def _list_add(s: State, ev: Event) -> None:
    d = ev["data"]
    position = d.get("position")
    new: list[int] = []
    for item in d["speakers"]:
        entry = Entry(s.new_id(), Participant.from_dict(item), bool(item.get("reply")), added=ev["at"])
        s.entries[entry.id] = entry
        new.append(entry.id)
    if position is None or position >= len(s.order):
        s.order.extend(new)
    else:
        s.order[position:position] = new


@reducer("list.remove")
def _list_remove(s: State, ev: Event) -> None:
    entry = ev["data"]["entry"]
    s.order.remove(entry)


def _move(order: list[int], item: int, position: int) -> None:
    order.remove(item)
    order.insert(min(position, len(order)), item)


@reducer("list.move")
def _list_move(s: State, ev: Event) -> None:
    _move(s.order, ev["data"]["entry"], ev["data"]["position"])


@reducer("list.close")
def _list_close(s: State, ev: Event) -> None:
    s.closed = True


@reducer("list.open")
def _list_open(s: State, ev: Event) -> None:
    s.closed = False


@reducer("floor.give")
def _floor_give(s: State, ev: Event) -> None:
    d, at = ev["data"], ev["at"]
    _end_floor(s, at)
    entry = s.entries[d["entry"]]
    entry.status = "speaking"
    s.floor = Intervention(s.new_id(), entry.id, entry.participant, d["kind"], d["limit"], at,
                           s.subtheme, s.question, running_since=at)
    s.interventions.append(s.floor)


@reducer("floor.pause")
def _floor_pause(s: State, ev: Event) -> None:
    assert s.floor is not None
    s.floor.stop_running(ev["at"])
    s.floor.pauses += 1


@reducer("floor.resume")
def _floor_resume(s: State, ev: Event) -> None:
    assert s.floor is not None
    s.floor.running_since = ev["at"]


@reducer("floor.end")
def _floor_end(s: State, ev: Event) -> None:
    _end_floor(s, ev["at"])


@reducer("floor.point-of-order")
def _floor_point_of_order(s: State, ev: Event) -> None:
    d, at = ev["data"], ev["at"]
    current = s.floor
    if current is not None:
        current.resume_after = current.running_since is not None
        current.stop_running(at)
        s.suspended.append(current)
    s.floor = Intervention(s.new_id(), None, Participant.from_dict(d["participant"]), "point-of-order",
                           d["limit"], at, s.subtheme, s.question, running_since=at)
    s.interventions.append(s.floor)


@reducer("debate.finish")
def _debate_finish(s: State, ev: Event) -> None:
    _end_floor(s, ev["at"])
    while s.floor is not None:  # a point of order hands the floor back: end that one too
        _end_floor(s, ev["at"])
    s.finished = True


@reducer("debate.reopen")
def _debate_reopen(s: State, ev: Event) -> None:
    s.finished = False


@reducer("topic.set")
def _topic_set(s: State, ev: Event) -> None:
    s.subtheme = ev["data"].get("subtheme")
    s.question = ev["data"].get("question")


@reducer("point.add")
def _point_add(s: State, ev: Event) -> None:
    d = ev["data"]
    point = Point(s.new_id(), d["text"], d.get("by"), d.get("subtheme"), d.get("question"),
                  bool(d.get("main")), bool(d.get("conclusion")), ev["at"])
    s.points[point.id] = point
    s.point_order.append(point.id)


POINT_FIELDS = ("text", "by", "subtheme", "question", "main", "conclusion")


@reducer("point.edit")
def _point_edit(s: State, ev: Event) -> None:
    d = ev["data"]
    point = s.points[d["point"]]
    for name in POINT_FIELDS:
        if name in d:
            setattr(point, name, d[name])
    if "text" in d:
        point.edited = True


@reducer("point.delete")
def _point_delete(s: State, ev: Event) -> None:
    del s.points[ev["data"]["point"]]
    s.point_order.remove(ev["data"]["point"])


@reducer("point.move")
def _point_move(s: State, ev: Event) -> None:
    _move(s.point_order, ev["data"]["point"], ev["data"]["position"])


@reducer("point.merge")
def _point_merge(s: State, ev: Event) -> None:
    """Several points become the first of them, with the merged text and all their speakers."""
    d = ev["data"]
    ids: list[int] = d["points"]
    keep = s.points[ids[0]]
    speakers: list[str] = []
    for pid in ids:
        p = s.points[pid]
        for name in (*p.merged, *([p.by] if p.by and not p.merged else [])):
            if name not in speakers:
                speakers.append(name)
    keep.merged = tuple(speakers)
    keep.text = d["text"]
    keep.main = any(s.points[p].main for p in ids)
    keep.conclusion = any(s.points[p].conclusion for p in ids)
    keep.by = None
    keep.edited = True
    for pid in ids[1:]:
        del s.points[pid]
        s.point_order.remove(pid)


@reducer("panel.add")
def _panel_add(s: State, ev: Event) -> None:
    d = ev["data"]
    member = PanelMember(s.new_id(), Participant.from_dict(d["participant"]), bool(d.get("received")))
    s.panel[member.id] = member


@reducer("panel.remove")
def _panel_remove(s: State, ev: Event) -> None:
    del s.panel[ev["data"]["member"]]


@reducer("panel.received")
def _panel_received(s: State, ev: Event) -> None:
    s.panel[ev["data"]["member"]].received = bool(ev["data"]["received"])


@reducer("session.opened")
def _session_opened(s: State, ev: Event) -> None:
    d = ev["data"]
    if d.get("since") is not None:
        s.downtime.append(Downtime(float(d["since"]), ev["at"], bool(d.get("crashed"))))


@reducer("session.closed")
def _session_closed(s: State, ev: Event) -> None:
    pass


# -- folding --------------------------------------------------------------------------------------


def effective(events: Iterable[Event]) -> list[Event]:
    """The events still in effect: each `undo` cancels the latest user action not yet cancelled."""
    out: list[Event] = []
    for ev in events:
        if ev["type"] != "undo":
            out.append(ev)
            continue
        for i in range(len(out) - 1, -1, -1):
            if out[i]["type"] not in SYSTEM_EVENTS:
                del out[i]
                break
    return out


def apply(s: State, ev: Event) -> None:
    """Fold one event that is not an undo into the state."""
    REDUCERS[ev["type"]](s, ev)
    s.last_at = max(s.last_at, ev["at"])
    s.last_seq = max(s.last_seq, ev["seq"])
    if ev["type"] not in SYSTEM_EVENTS:
        s.actions += 1


def fold(events: Iterable[Event]) -> State:
    events = list(events)
    s = State()
    for ev in effective(events):
        apply(s, ev)
    if events:  # an undo is an event too: later instants and sequence numbers start after it
        s.last_seq = max(ev["seq"] for ev in events)
        s.last_at = max(s.last_at, max(ev["at"] for ev in events))
    return s
