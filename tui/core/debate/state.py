"""The state of a debate session as a fold over its events.

Events are plain dicts, exactly as stored: `{"seq": 7, "type": "floor.give", "at": 1302508800.0,
"data": {...}}`. Everything the fold needs is in the events (the limit of an intervention is
recorded when the floor is given), so replaying the stored events always gives the same state.
The fold never asks the time: elapsed speaking time is computed from instants by the caller.
Every reference an event makes (an entry, a point, a panel member, a point of order, a meeting, the
floor) is looked up in the state it is folded into: one the log does not hold at that point (a
hand-edited file: the engine refuses such actions) stops the fold with a `ReplayError` naming the
event and what it names, never a state built on it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from typing import Any

from ..bank.limits import TimeLimits
from ..text.durations import whole_seconds
from .participants import Participant

Event = dict[str, Any]

# Events the Chair did not cause: never undone, never counted as actions.
SYSTEM_EVENTS = frozenset({"session.opened", "session.closed"})


class Dangling(LookupError):
    """An event names something the log does not hold at that point: an entry, a point, a panel
    member, a point of order, a meeting, or the floor when nobody has it. The engine never records
    one (it refuses the action), so only a hand-edited or damaged file gets here. The message says
    what was named ("it names entry 999, which no earlier event in effect made")."""


class ReplayError(ValueError):
    """The fold stopped on `event`: `problem` says why (a `Dangling` reference, or the error the
    reducer met). Raised by `fold` and `apply`, so whoever reads a file can name the event."""

    def __init__(self, event: Event, problem: str) -> None:
        self.event, self.problem = event, problem
        super().__init__(f"event {event.get('seq')} ({event.get('type')}) cannot be replayed: {problem}")


def _unmade(what: str, ref: Any, after: str = "") -> Dangling:
    return Dangling(f"it names {what} {ref!r}, which no earlier event in effect made{after}")


def _entry(s: State, ref: Any) -> Entry:
    entry = s.entries.get(ref)
    if entry is None:
        raise _unmade("entry", ref)
    return entry


def _queued(s: State, ref: Any) -> list[int]:
    """The queue (the list of speakers, or the rights of reply) that holds entry `ref`."""
    _entry(s, ref)
    queue = s.queue_of(ref)
    if ref not in queue:
        raise Dangling(f"it names entry {ref!r}, which is no longer on the list of speakers")
    return queue


def _point(s: State, ref: Any) -> Point:
    point = s.points.get(ref)
    if point is None:
        raise _unmade("point", ref, " (or an earlier one deleted or merged it)")
    return point


def _member(s: State, ref: Any) -> PanelMember:
    member = s.panel.get(ref)
    if member is None:
        raise _unmade("panel member", ref, " (or an earlier one removed it)")
    return member


def _floor_of(s: State) -> Intervention:
    if s.floor is None:
        raise Dangling("nobody has the floor at that point")
    return s.floor


@dataclass(slots=True)
class Entry:
    """A place on the list of speakers."""

    id: int
    participant: Participant
    reply: bool = False  # a right of reply: held in its own queue, for the end of the meeting
    status: str = "waiting"  # waiting | speaking | spoken
    added: float = 0.0
    reply_no: int = 0  # 1 or 2: the delegation's first or second reply in the meeting
    meeting: int | None = None  # the meeting it was added for (None in a session without meetings)
    limit: int | None = None  # a limit the Chair set for this speaker alone (else by category)


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
    added: int = 0  # seconds the Chair added to the limit ("one more minute"), included in `limit`
    ruling: str | None = None  # on a point of order: the Chair's ruling, as typed

    def elapsed(self, now: float) -> float:
        if self.running_since is None:
            return self.spoken
        # A clock set back must not make the speaker's time go backwards.
        return self.spoken + max(0.0, now - self.running_since)

    def overrun(self, now: float) -> float:
        """Seconds past the limit, counted only when the time shown (rounded as every duration is
        shown: durations.whole_seconds) exceeds it: 5:00.4 on a 5:00 limit is shown 5:00, no
        overrun (it was one of '0:00'); 5:00.5 is shown 5:01, an overrun of 0:01."""
        elapsed = self.elapsed(now)
        if whole_seconds(elapsed) <= self.limit:
            return 0.0
        return elapsed - self.limit

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
    verb: str | None = None  # the reporting verb chosen when recorded (see summary.verbs)
    lang: str = "en"  # the language the text was typed in
    translations: dict[str, str] = field(default_factory=dict)  # the text in other languages
    left_out: bool = False  # the Chair left it out of the summary (explicitly, with a reason)
    reason: str = ""

    def text_in(self, lang: str) -> str | None:
        """The text in `lang`: as typed, or as the Chair translated it; None when there is none."""
        return self.text if lang == self.lang else self.translations.get(lang)


@dataclass(slots=True)
class PanelMember:
    id: int
    participant: Participant
    received: bool = False  # presentation received in advance


@dataclass(slots=True)
class Meeting:
    """A meeting of the Commission: planned hours (interpretation stops on the hour), and the
    instants the Chair actually opened and closed it. Time outside meetings counts for nothing."""

    number: int  # 1, 2, … in the order they are held
    start: float | None  # planned; None for a meeting opened without a plan
    end: float | None
    opened: float | None = None
    closed: float | None = None
    carried: tuple[int, ...] = ()  # entries still waiting when it closed, in order

    @property
    def is_open(self) -> bool:
        return self.opened is not None and self.closed is None

    def held(self, now: float) -> float:
        """Seconds the meeting has been open (so far, while it is open)."""
        if self.opened is None:
            return 0.0
        return max(0.0, (self.closed if self.closed is not None else now) - self.opened)

    @property
    def planned(self) -> float | None:
        if self.start is None or self.end is None:
            return None
        return max(0.0, self.end - self.start)


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
    main: list[int] = field(default_factory=list)  # the list of speakers
    replies: list[int] = field(default_factory=list)  # rights of reply, heard after the list
    meetings: list[Meeting] = field(default_factory=list)  # planned and held, in order
    floor: Intervention | None = None
    suspended: list[Intervention] = field(default_factory=list)  # interrupted by points of order
    interventions: list[Intervention] = field(default_factory=list)  # in the order they began
    points: dict[int, Point] = field(default_factory=dict)
    point_order: list[int] = field(default_factory=list)
    panel: dict[int, PanelMember] = field(default_factory=dict)
    subtheme: str | None = None
    question: str | None = None
    closed: bool = False
    forecast_on_display: bool = False  # the Chair shows the forecast to the room
    # Rights of reply that a version before meetings put within the list, at the place given;
    # they are heard after the list now, and the Chair is told when the session opens.
    replies_placed: int = 0
    limits: TimeLimits | None = None  # as the Chair set them in the console; None: the session's own
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

    @property
    def order(self) -> list[int]:
        """Every entry as the Chair sees the list: the speakers, then the rights of reply."""
        return self.main + self.replies

    def queue_of(self, entry_id: int) -> list[int]:
        return self.replies if entry_id in self.replies else self.main

    def limits_or(self, session_limits: TimeLimits) -> TimeLimits:
        """The limits in force: the Chair's latest settings, else those the session began with."""
        return self.limits if self.limits is not None else session_limits

    def current_meeting(self) -> Meeting | None:
        for m in self.meetings:  # (a loop, not next(): every speaker added asks, 12,500 times in a fold)
            if m.opened is not None and m.closed is None:
                return m
        return None

    def next_meeting(self, now: float | None = None) -> Meeting | None:
        """The first meeting of the plan not opened yet (and, given `now`, not already over:
        a planned meeting that never took place is skipped, not opened hours late)."""
        return next((m for m in self.meetings if m.opened is None
                     and (now is None or m.end is None or m.end > now)), None)

    def overtaken(self, now: float) -> Meeting | None:
        """The open meeting, once the next meeting of the plan has begun: the Chair did not close it
        (M) before the break. It ended where it ended (`natural_end`), not when someone next acts:
        otherwise the lunch would be the morning's time, and the afternoon's speakers its own."""
        m = self.current_meeting()
        if m is None or m.end is None or now < m.end:
            return None
        following = self.next_meeting(now)
        if following is None or following.start is None or now < following.start:
            return None
        return m

    def natural_end(self, m: Meeting) -> float:
        """Where a meeting left open ended: at its planned end, or when its last speech ended (or
        began, for one never ended) if that was later."""
        assert m.opened is not None and m.end is not None
        last = m.end
        for i in reversed(self.interventions):
            if i.started < m.opened:
                break
            last = max(last, i.ended if i.ended is not None else i.started)
        return last

    def meeting_ahead(self, now: float | None = None) -> int | None:
        """The meeting a speaker added now is for: the open one, else the next one planned."""
        meeting = self.current_meeting() or self.next_meeting(now)
        return meeting.number if meeting else None

    def replies_in_meeting(self, name: str, meeting: int | None) -> int:
        return sum(1 for i in self.replies
                   if self.entries[i].participant.name == name and self.entries[i].meeting == meeting)

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


@lru_cache(maxsize=4096, typed=True)
def _known_participant(name: Any, category: Any, group: Any, title: Any) -> Participant:
    return Participant.from_dict({"name": name, "category": category, "group": group, "title": title})


def _participant(item: dict[str, Any]) -> Participant:
    """`Participant.from_dict(item)`, made once for each participant: a long session adds the
    same delegations again and again (12,500 speakers, a few dozen participants, in a fold of
    50,000 events), and a Participant is frozen, so one object can stand for all of them."""
    try:
        return _known_participant(item["name"], item["category"], item.get("group"), item.get("title"))
    except TypeError:  # a value that cannot be a key (never in a checked event): made as it is
        return Participant.from_dict(item)


@reducer("list.add")
def _list_add(s: State, ev: Event) -> None:
    d, at = ev["data"], ev["at"]
    position = d.get("position")
    number = s.meeting_ahead(at) if s.meetings else None
    speakers = d["speakers"]
    if len(speakers) == 1 and position is None and not speakers[0].get("reply"):
        # The usual case, one speaker added at the end of the list: what the loop below does.
        entry = Entry(s.next_id, _participant(speakers[0]), False, added=at, meeting=number)
        s.next_id += 1
        s.entries[entry.id] = entry
        s.main.append(entry.id)
        return
    main: list[int] = []
    replies: list[int] = []
    for item in speakers:
        p = _participant(item)
        entry = Entry(s.new_id(), p, bool(item.get("reply")), added=at, meeting=number)
        s.entries[entry.id] = entry
        if entry.reply:
            entry.reply_no = 1 + s.replies_in_meeting(p.name, number) + sum(
                1 for i in replies if s.entries[i].participant.name == p.name)
            replies.append(entry.id)
        else:
            main.append(entry.id)
    # A position is on the whole list, for the speakers; a right of reply always waits after the
    # list, behind the replies asked for before it (UN practice: replies at the end of the meeting).
    # Only a session written before meetings records a place for one: it was put at that place then.
    if replies and position is not None and position < len(s.main) + len(s.replies):
        s.replies_placed += len(replies)
    _insert(s.main, main, position)
    s.replies.extend(replies)


def _insert(queue: list[int], new: list[int], position: int | None) -> None:
    if position is None or position >= len(queue):
        queue.extend(new)
    else:
        queue[position:position] = new


@reducer("list.limit")
def _list_limit(s: State, ev: Event) -> None:
    d = ev["data"]
    entry = _entry(s, d["entry"])
    entry.limit = int(d["seconds"])
    if s.floor is not None and s.floor.entry == entry.id:  # set while speaking: the clock follows
        s.floor.limit = entry.limit + s.floor.added


@reducer("order.ruling")
def _order_ruling(s: State, ev: Event) -> None:
    d = ev["data"]
    for i in s.interventions:
        if i.id == d["intervention"] and i.kind == "point-of-order":
            i.ruling = d["text"]
            return
    raise Dangling(f"it names intervention {d['intervention']!r}, which is not a point of order heard "
                   "before it")


@reducer("list.remove")
def _list_remove(s: State, ev: Event) -> None:
    entry = ev["data"]["entry"]
    _queued(s, entry).remove(entry)


def _move(order: list[int], item: int, position: int) -> None:
    order.remove(item)
    order.insert(min(position, len(order)), item)


@reducer("list.move")
def _list_move(s: State, ev: Event) -> None:
    # The position is on the whole list; an entry moves only within its own queue.
    entry = ev["data"]["entry"]
    queue = _queued(s, entry)
    offset = len(s.main) if queue is s.replies else 0
    _move(queue, entry, max(0, ev["data"]["position"] - offset))


@reducer("list.close")
def _list_close(s: State, ev: Event) -> None:
    s.closed = True


@reducer("list.open")
def _list_open(s: State, ev: Event) -> None:
    s.closed = False


def _open_meeting(s: State, number: int, at: float, end: float | None = None) -> None:
    if not 1 <= number <= len(s.meetings) + 1:
        raise Dangling(f"it names meeting {number!r}, which is neither planned nor the next one "
                       f"({len(s.meetings)} planned or held before it)")
    if number > len(s.meetings):  # a meeting the plan did not have
        s.meetings.append(Meeting(number, at, end))
    s.meetings[number - 1].opened = at


def _close_meeting_at(s: State, at: float) -> None:
    """Whoever has the floor stops with the meeting (a paused speaker keeps what they had
    spoken); those still waiting stay on the list, in order, for the next meeting."""
    meeting = s.current_meeting()
    if meeting is None:
        raise Dangling("no meeting is open at that point")
    _clear_floor(s, at)
    meeting.closed = at
    meeting.carried = tuple(e.id for e in s.waiting())


def _late_close(s: State, d: dict[str, Any]) -> None:
    # A meeting left open when the next one began is closed where it ended, in the same event as the
    # first speech of the next: one undo takes back both.
    if d.get("close_meeting") is not None and s.current_meeting() is not None:
        _close_meeting_at(s, float(d["close_meeting"]))


@reducer("floor.give")
def _floor_give(s: State, ev: Event) -> None:
    d, at = ev["data"], ev["at"]
    _late_close(s, d)
    if d.get("open_meeting"):
        _open_meeting(s, int(d["open_meeting"]), at)
    entry = _entry(s, d["entry"])
    if s.floor is not None:
        _end_floor(s, at)
    entry.status = "speaking"
    s.floor = Intervention(s.new_id(), entry.id, entry.participant, d["kind"], d["limit"], at,
                           s.subtheme, s.question, running_since=at)
    s.interventions.append(s.floor)


@reducer("floor.pause")
def _floor_pause(s: State, ev: Event) -> None:
    floor = _floor_of(s)
    floor.stop_running(ev["at"])
    floor.pauses += 1


@reducer("floor.extend")
def _floor_extend(s: State, ev: Event) -> None:
    floor = _floor_of(s)
    seconds = int(ev["data"]["seconds"])
    floor.limit += seconds
    floor.added += seconds


@reducer("floor.resume")
def _floor_resume(s: State, ev: Event) -> None:
    _floor_of(s).running_since = ev["at"]


@reducer("floor.end")
def _floor_end(s: State, ev: Event) -> None:
    _end_floor(s, ev["at"])


@reducer("floor.point-of-order")
def _floor_point_of_order(s: State, ev: Event) -> None:
    d, at = ev["data"], ev["at"]
    _late_close(s, d)
    if d.get("open_meeting"):
        _open_meeting(s, int(d["open_meeting"]), at)
    current = s.floor
    if current is not None:
        current.resume_after = current.running_since is not None
        current.stop_running(at)
        s.suspended.append(current)
    s.floor = Intervention(s.new_id(), None, _participant(d["participant"]), "point-of-order",
                           d["limit"], at, s.subtheme, s.question, running_since=at)
    s.interventions.append(s.floor)


def _clear_floor(s: State, at: float) -> None:
    _end_floor(s, at)
    while s.floor is not None:  # a point of order hands the floor back: end that one too
        _end_floor(s, at)


@reducer("debate.finish")
def _debate_finish(s: State, ev: Event) -> None:
    meeting = s.current_meeting()
    if meeting is not None:  # the debate ends the meeting with it
        _meeting_close(s, ev)
    _clear_floor(s, ev["at"])
    s.finished = True


@reducer("display.forecast")
def _display_forecast(s: State, ev: Event) -> None:
    s.forecast_on_display = bool(ev["data"]["on"])


@reducer("limits.set")
def _limits_set(s: State, ev: Event) -> None:
    """The whole set of limits, as the Chair left them in the settings: the next speakers get them;
    those who have spoken, or have the floor, keep the limit they were given."""
    s.limits = TimeLimits.from_dict(ev["data"]["limits"])


@reducer("meeting.plan")
def _meeting_plan(s: State, ev: Event) -> None:
    """The planned hours of the meetings; meetings already held keep their instants."""
    plan = ev["data"]["meetings"]
    for n, item in enumerate(plan, 1):
        start, end = float(item["start"]), float(item["end"])
        if n <= len(s.meetings):
            s.meetings[n - 1].start, s.meetings[n - 1].end = start, end
        else:
            s.meetings.append(Meeting(n, start, end))
    del s.meetings[max(len(plan), sum(1 for m in s.meetings if m.opened is not None)):]


@reducer("meeting.open")
def _meeting_open(s: State, ev: Event) -> None:
    end = ev["data"].get("end")
    _open_meeting(s, int(ev["data"]["meeting"]), ev["at"], float(end) if end is not None else None)


@reducer("meeting.close")
def _meeting_close(s: State, ev: Event) -> None:
    """At the instant of the event, or at `at` for a meeting left open past the next one's start."""
    at = ev["data"].get("at")
    _close_meeting_at(s, float(at) if at is not None else ev["at"])


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
                  bool(d.get("main")), bool(d.get("conclusion")), ev["at"], verb=d.get("verb"),
                  lang=d.get("lang") or "en")  # sessions recorded before languages were typed in English
    s.points[point.id] = point
    s.point_order.append(point.id)


POINT_FIELDS = ("text", "by", "subtheme", "question", "main", "conclusion", "verb", "lang")


@reducer("point.edit")
def _point_edit(s: State, ev: Event) -> None:
    d = ev["data"]
    point = _point(s, d["point"])
    for name in POINT_FIELDS:
        if name in d:
            setattr(point, name, d[name])
    if "text" in d:
        point.edited = True
    if "lang" in d:  # the text as typed is now that language's: a translation into it is stale
        point.translations.pop(d["lang"], None)


@reducer("point.leave-out")
def _point_leave_out(s: State, ev: Event) -> None:
    point = _point(s, ev["data"]["point"])
    point.left_out, point.reason = True, str(ev["data"].get("reason") or "")


@reducer("point.keep")
def _point_keep(s: State, ev: Event) -> None:
    point = _point(s, ev["data"]["point"])
    point.left_out, point.reason = False, ""


@reducer("point.translate")
def _point_translate(s: State, ev: Event) -> None:
    d = ev["data"]
    point = _point(s, d["point"])
    if d.get("text"):
        point.translations[d["lang"]] = d["text"]
    else:
        point.translations.pop(d["lang"], None)


@reducer("point.delete")
def _point_delete(s: State, ev: Event) -> None:
    _point(s, ev["data"]["point"])
    del s.points[ev["data"]["point"]]
    s.point_order.remove(ev["data"]["point"])


@reducer("point.move")
def _point_move(s: State, ev: Event) -> None:
    _point(s, ev["data"]["point"])
    _move(s.point_order, ev["data"]["point"], ev["data"]["position"])


@reducer("point.merge")
def _point_merge(s: State, ev: Event) -> None:
    """Several points become the first of them, with the merged text and all their speakers."""
    d = ev["data"]
    ids: list[int] = d["points"]
    for n, pid in enumerate(ids):
        _point(s, pid)
        if pid in ids[:n]:
            raise Dangling(f"it names point {pid!r} twice")
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
    # A merged text is new text: translations of the first point no longer say the same thing.
    keep.translations = {}
    keep.left_out = keep.left_out and all(s.points[p].left_out for p in ids)
    if not keep.left_out:
        keep.reason = ""
    for pid in ids[1:]:
        del s.points[pid]
        s.point_order.remove(pid)


@reducer("panel.add")
def _panel_add(s: State, ev: Event) -> None:
    d = ev["data"]
    member = PanelMember(s.new_id(), _participant(d["participant"]), bool(d.get("received")))
    s.panel[member.id] = member


@reducer("panel.remove")
def _panel_remove(s: State, ev: Event) -> None:
    _member(s, ev["data"]["member"])
    del s.panel[ev["data"]["member"]]


@reducer("panel.received")
def _panel_received(s: State, ev: Event) -> None:
    _member(s, ev["data"]["member"]).received = bool(ev["data"]["received"])


@reducer("session.opened")
def _session_opened(s: State, ev: Event) -> None:
    d = ev["data"]
    if d.get("since") is None or not d.get("crashed"):
        # A console closed in order (`q`, a signal, the web console's browser gone) was not down:
        # only a crash (SIGKILL, a power cut) is downtime. The event keeps the gap all the same.
        return
    since, until = float(d["since"]), ev["at"]
    if s.meetings:
        # Only the time within a meeting is downtime. Nothing happened while the console was
        # down, so the meeting open then is the one open now; if its planned end passed
        # meanwhile, nobody could close it: count up to that end.
        meeting = s.current_meeting()
        if meeting is None:
            return
        if s.overtaken(until) is meeting:  # left open over the break: down only until it ended
            until = min(until, s.natural_end(meeting))
            if until <= since:
                return
        elif meeting.end is not None and since < meeting.end < until:
            until = meeting.end
    s.downtime.append(Downtime(since, until, bool(d.get("crashed"))))


@reducer("session.closed")
def _session_closed(s: State, ev: Event) -> None:
    pass


# -- folding --------------------------------------------------------------------------------------


def effective(events: Iterable[Event]) -> list[Event]:
    """The events still in effect: each `undo` cancels the latest user action not yet cancelled."""
    return _in_effect(events)[0]


def _in_effect(events: Iterable[Event]) -> tuple[list[Event], Any, Any]:
    """`effective(events)`, and the largest sequence number and instant (at least 0.0) of all the
    events, undos and undone ones included: worked out in the same pass."""
    out: list[Event] = []
    last_seq: Any = None
    last_at: Any = 0.0
    for ev in events:
        seq, at = ev["seq"], ev["at"]
        if last_seq is None or seq > last_seq:
            last_seq = seq
        if at > last_at:
            last_at = at
        if ev["type"] != "undo":
            out.append(ev)
            continue
        for i in range(len(out) - 1, -1, -1):
            if out[i]["type"] not in SYSTEM_EVENTS:
                del out[i]
                break
    return out, last_seq, last_at


def apply(s: State, ev: Event) -> None:
    """Fold one event that is not an undo into the state (ReplayError if it cannot be)."""
    try:
        REDUCERS[ev["type"]](s, ev)
    except FOLD_ERRORS as exc:
        raise _replay_error(ev, exc) from exc
    s.last_at = max(s.last_at, ev["at"])
    s.last_seq = max(s.last_seq, ev["seq"])
    if ev["type"] not in SYSTEM_EVENTS:
        s.actions += 1


_TYPE = itemgetter("type")


def fold(events: Iterable[Event]) -> State:
    """`apply` each event in effect to a new state. The loop is `apply` written out (opening a
    session folds 50,000 events), and it is the only pass over the events of a session without
    an undo: the reducers never read `last_at`, `last_seq` or `actions`, so those are kept in
    locals and set at the end, to what `apply` event by event would have left. (A pass over
    50,000 events costs about what checking them does on a busy machine: the events are all
    over memory, see bench/README.md.)"""
    events = events if isinstance(events, list) else list(events)
    if not events:
        return State()
    if "undo" in map(_TYPE, events):  # (stops at the first undo)
        in_effect, last_seq, last_at = _in_effect(events)
        s = _fold(in_effect)
        s.last_seq, s.last_at = last_seq, last_at  # of every event, undos included
        return s
    return _fold(events)


def _fold(events: list[Event]) -> State:
    s = State()
    reducers = REDUCERS
    system = SYSTEM_EVENTS
    actions = 0
    last_seq = events[0]["seq"] if events else 0
    last_at = 0.0
    ev: Event = {}
    try:  # (around the loop, not in it: the loop is the cost of opening a session)
        for ev in events:
            kind = ev["type"]
            reducers[kind](s, ev)
            if kind not in system:
                actions += 1
            seq = ev["seq"]
            if seq > last_seq:
                last_seq = seq
            at = ev["at"]
            if at > last_at:
                last_at = at
    except FOLD_ERRORS as exc:
        raise _replay_error(ev, exc) from exc
    s.actions, s.last_seq, s.last_at = actions, last_seq, last_at
    return s


# What a reducer meets on events it cannot fold (the schema let them through: only their references,
# their order or their values, e.g. a pause with nobody on the floor, are wrong).
FOLD_ERRORS = (LookupError, ValueError, AssertionError, TypeError, AttributeError)


def _replay_error(ev: Event, exc: Exception) -> ReplayError:
    if isinstance(exc, ReplayError):
        return exc
    problem = str(exc) if isinstance(exc, Dangling) else f"{type(exc).__name__}: {exc}"
    return ReplayError(ev, problem)
