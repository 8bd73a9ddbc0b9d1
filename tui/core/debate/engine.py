"""The debate engine: the Chair's actions, checked, recorded as events, then folded into the state.

An action is appended to the log (on disk, for the real store) before the state changes: if the
write fails, the exception propagates and the state is exactly as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from ..bank.guide import Guide
from ..bank.limits import TimeLimits
from ..text.durations import mmss
from ..text.languages import LANGUAGES
from ..text.refusals import Refusal
from ..text.reporting import VERBS
from .clock import Clock
from .member_states import local_name
from .participants import Participant
from .schedule import PlanError, check_plan
from .session_meta import SessionMeta
from .state import POINT_FIELDS, SYSTEM_EVENTS, Event, Intervention, State, apply, effective, fold

MAX_POINT = 4000
MAX_REPLIES = 2  # per delegation and meeting: a first and a second reply
CURRENT: Any = object()  # "the one currently on the floor / selected", as opposed to None


class EngineError(Refusal):
    """An action that cannot be taken in the current state; the message tells the Chair why, in
    English (`str`) or in the interface's language (`said`): a key of text/refusal_texts.py."""

    def localised(self, lang: str) -> dict[str, object]:
        values = super().localised(lang)
        if isinstance(values.get("name"), str):  # "Allemagne a la parole" for the stored "Germany"
            values["name"] = local_name(str(values["name"]), lang)
        return values


class EventLog(Protocol):
    """Where a session's events are kept (the session file, or memory), and what the console and
    the CLI read from it. The engine is given one; it never knows which."""

    @property
    def meta(self) -> SessionMeta: ...
    @property
    def path(self) -> Path | None: ...  # the session file; None when the log lives in memory
    @property
    def previous_alive(self) -> float | None: ...  # last sign of life of the previous writer (downtime)
    def events(self) -> list[Event]: ...
    def append(self, event: Event) -> None: ...
    def heartbeat(self, at: float) -> None: ...  # "still open", for the next writer's downtime
    def unchanged(self) -> None: ...  # raises when another program changed the file since it was written
    def close(self) -> None: ...


class MemoryLog:
    """An event log that lives only in memory: for tests and benchmarks."""

    path: Path | None = None
    previous_alive: float | None = None

    def __init__(self, events: Sequence[Event] = (), meta: SessionMeta | None = None) -> None:
        self._events = list(events)
        self._meta = meta or SessionMeta("memory")

    @property
    def meta(self) -> SessionMeta:
        return self._meta

    def events(self) -> list[Event]:
        return list(self._events)

    def append(self, event: Event) -> None:
        self._events.append(event)

    def heartbeat(self, at: float) -> None:
        pass

    def unchanged(self) -> None:
        pass

    def close(self) -> None:
        pass


if TYPE_CHECKING:  # mypy checks here that the memory log keeps the protocol (the store is checked where used)
    _MEMORY_LOG_IS_AN_EVENT_LOG: EventLog = MemoryLog()


class Session:
    def __init__(self, log: EventLog, clock: Clock, limits: TimeLimits | None = None,
                 guide: Guide | None = None) -> None:
        self.log = log
        self.clock = clock
        self.session_limits = limits or TimeLimits()
        self.guide = guide
        self.point_lang = "en"  # the language points are typed in, unless the caller says
        self._events = log.events()
        self.state: State = fold(self._events)

    def close(self) -> None:
        self.log.close()

    @property
    def limits(self) -> TimeLimits:
        """The limits in force: as the Chair last set them in the console, else the session's."""
        return self.state.limits_or(self.session_limits)

    def _resync(self) -> None:
        """After a failed write, believe the log: the action may or may not have reached it."""
        events = self.log.events()
        if events != self._events:
            self._events = events
            self.state = fold(events)

    # -- recording ------------------------------------------------------------------------------

    @property
    def events(self) -> list[Event]:
        return list(self._events)

    def now(self) -> float:
        # Instants never go backwards within a session, even if the system clock is set back.
        return max(self.clock.now(), self.state.last_at)

    def _record(self, type_: str, **data: Any) -> Event:
        event: Event = {"seq": self.state.last_seq + 1, "type": type_, "at": self.now(), "data": data}
        try:
            self.log.append(event)  # durable first
        except BaseException:
            self._resync()
            raise
        self._events.append(event)
        if type_ == "undo":
            self.state = fold(self._events)
        else:
            apply(self.state, event)
        return event

    # -- the list of speakers -------------------------------------------------------------------

    def add_speaker(self, participant: Participant, position: int | None = None,
                    reply: bool = False) -> int:
        """Put a speaker on the list (at the end, or at `position`); returns the entry id."""
        self.add_speakers([participant], position, reply)
        return max(self.state.entries)  # ids only grow within a fold

    def add_speakers(self, participants: Sequence[Participant], position: int | None = None,
                     reply: bool = False) -> None:
        if not participants:
            raise EngineError("refuse.no_speakers")
        if self.state.closed and not reply:
            raise EngineError("refuse.list_closed")
        if position is not None and position < 0:
            raise EngineError("refuse.position")
        if reply:
            self._check_replies(participants)
        speakers = [{**p.as_dict(), **({"reply": True} if reply else {})} for p in participants]
        # A reply waits after the list whatever place it is given: none is recorded.
        self._record("list.add", speakers=speakers, position=None if reply else position)

    def _check_replies(self, participants: Sequence[Participant]) -> None:
        """Two rights of reply per delegation and meeting (first, then second), as at the UN."""
        number = self.state.meeting_ahead(self.now())
        asked: dict[str, int] = {}
        for p in participants:
            asked[p.name] = asked.get(p.name, self.state.replies_in_meeting(p.name, number)) + 1
            if asked[p.name] > MAX_REPLIES:
                limits = {"first": mmss(self.limits.right_of_reply), "second": mmss(self.limits.second_reply)}
                if number:
                    raise EngineError("refuse.replies_meeting", name=p.name, n=MAX_REPLIES, meeting=number,
                                      **limits)
                raise EngineError("refuse.replies_so_far", name=p.name, n=MAX_REPLIES, **limits)

    def _entry(self, entry: int) -> Any:
        found = self.state.entries.get(entry)
        if found is None or entry not in self.state.order:
            raise EngineError("refuse.no_entry", entry=entry)
        return found

    def remove(self, entry: int) -> None:
        if self._entry(entry).status == "speaking":
            raise EngineError("refuse.remove_speaking", name=self.state.entries[entry].participant.name)
        self._record("list.remove", entry=entry)

    def move(self, entry: int, position: int) -> None:
        self._entry(entry)
        # Within the entry's own queue: the list of speakers, or the rights of reply after it.
        s = self.state
        first = len(s.main) if entry in s.replies else 0
        position = max(first, min(position, first + len(s.queue_of(entry)) - 1))
        if s.order.index(entry) == position:
            raise EngineError("refuse.already_there")
        self._record("list.move", entry=entry, position=position)

    def move_by(self, entry: int, delta: int) -> None:
        self._entry(entry)
        self.move(entry, self.state.order.index(entry) + delta)

    def close_list(self) -> None:
        if self.state.closed:
            raise EngineError("refuse.already_closed")
        self._record("list.close")

    def reopen_list(self) -> None:
        if not self.state.closed:
            raise EngineError("refuse.already_open")
        self._record("list.open")

    # -- the floor ------------------------------------------------------------------------------

    def kind_for(self, entry_id: int) -> str:
        entry = self.state.entries[entry_id]
        if entry.reply:
            return "reply"
        return "presentation" if entry.participant.category == "panellist" else "statement"

    def give_floor(self, entry: int | None = None) -> Intervention:
        """Give the floor to `entry`, any waiting one (default: the next); ends the current one."""
        s = self.state
        if entry is None:
            nxt = s.next_waiting()
            if nxt is None:
                raise EngineError("refuse.nobody_waiting")
            entry = nxt.id
        target = self._entry(entry)
        if target.status != "waiting":
            raise EngineError("refuse.spoken_again", name=target.participant.name)
        if s.floor is not None and s.floor.kind == "point-of-order":
            raise EngineError("refuse.order_heard")
        kind = self.kind_for(entry)
        self._record("floor.give", entry=entry, kind=kind, limit=self.limit_for(entry),
                     **self._meeting_to_open())
        assert self.state.floor is not None
        return self.state.floor

    def limit_for(self, entry_id: int) -> int:
        """The limit the entry will have: the one the Chair set for it, else by its category, or its
        first or second reply."""
        entry = self.state.entries[entry_id]
        if entry.limit is not None:
            return entry.limit
        return self.limits.for_speaker(entry.participant.category, entry.reply_no if entry.reply else 0)

    def set_limit(self, entry: int, seconds: int) -> None:
        """A different limit for one speaker (waiting or speaking); the clock, the bell, the forecast
        and the statistics use it. Minutes already added with `add_time` come on top."""
        found = self._entry(entry)
        if found.status == "spoken":
            raise EngineError("refuse.limit_spoken", name=found.participant.name)
        if not 0 < seconds <= 3600:
            raise EngineError("refuse.limit_range")
        if found.limit == seconds:
            raise EngineError("refuse.limit_same", name=found.participant.name, limit=mmss(seconds))
        self._record("list.limit", entry=entry, seconds=seconds)

    def _floor(self) -> Intervention:
        if self.state.floor is None:
            raise EngineError("refuse.nobody_floor")
        return self.state.floor

    def pause(self) -> None:
        if self._floor().running_since is None:
            raise EngineError("refuse.paused")
        self._record("floor.pause")

    def resume(self) -> None:
        if self._floor().running_since is not None:
            raise EngineError("refuse.running")
        self._record("floor.resume")

    def add_time(self, seconds: int = 60) -> None:
        """More time for the speaker on the floor (a minute by default); undoable like any action,
        and the statistics count it in the time allotted."""
        self._floor()
        if not 0 < seconds <= 3600:
            raise EngineError("refuse.more_time")
        self._record("floor.extend", seconds=seconds)

    def toggle_pause(self) -> None:
        if self._floor().running_since is None:
            self.resume()
        else:
            self.pause()

    def end(self) -> Intervention:
        current = self._floor()
        self._record("floor.end")
        return current

    def rule(self, text: str, intervention: int | None = None) -> None:
        """The Chair's ruling on a point of order: the one being heard, or `intervention` (one
        that has ended); a new ruling replaces the last."""
        s = self.state
        if intervention is None:
            if s.floor is None or s.floor.kind != "point-of-order":
                raise EngineError("refuse.no_order")
            intervention = s.floor.id
        found = next((i for i in s.interventions if i.id == intervention), None)
        if found is None or found.kind != "point-of-order":
            raise EngineError("refuse.not_order", id=intervention)
        text = " ".join(text.split())
        if not text:
            raise EngineError("refuse.ruling_empty")
        if len(text) > MAX_POINT:
            raise EngineError("refuse.ruling_long", n=MAX_POINT)
        self._record("order.ruling", intervention=intervention, text=text)

    def point_of_order(self, participant: Participant) -> Intervention:
        """A point of order interrupts the speaker: their clock pauses and resumes after it."""
        if self.state.floor is not None and self.state.floor.kind == "point-of-order":
            raise EngineError("refuse.order_already")
        self._record("floor.point-of-order", participant=participant.as_dict(),
                     limit=self.limits.point_of_order, **self._meeting_to_open())
        assert self.state.floor is not None
        return self.state.floor

    # -- meetings -------------------------------------------------------------------------------

    def plan_meetings(self, meetings: Sequence[tuple[float, float]]) -> None:
        """Set the planned hours of the meetings (start, end instants), in order."""
        s = self.state
        if s.floor is not None and s.current_meeting() is None:
            raise EngineError("refuse.floor_outside")
        held = [m for m in s.meetings if m.opened is not None]
        if len(meetings) < len(held):
            raise EngineError("refuse.meetings_held", n=len(held))
        try:
            check_plan(meetings)
        except PlanError as exc:
            raise EngineError(exc.key, **exc.values) from None
        plan = [{"start": float(a), "end": float(b)} for a, b in meetings]
        if plan == [{"start": m.start, "end": m.end} for m in s.meetings]:
            raise EngineError("refuse.nothing_to_change")
        self._record("meeting.plan", meetings=plan)

    def set_limits(self, limits: TimeLimits) -> None:
        """New limits for the speakers to come (the Chair's settings); those who have spoken, and
        whoever has the floor, keep theirs. Any limit from 0:01 to an hour."""
        for name, seconds in (*((n, v) for n, v in limits.as_dict().items() if n != "categories"),
                              *limits.categories):
            if not 0 < int(seconds) <= 3600:
                raise EngineError("refuse.limit_between", which=name.replace("_", "-"))
        if limits == self.limits:
            raise EngineError("refuse.nothing_to_change")
        self._record("limits.set", limits=limits.as_dict())

    def open_meeting(self, end: float | None = None) -> int:
        """Open the next meeting of the plan (or, past the plan, a meeting ending at `end`)."""
        s = self.state
        current = s.current_meeting()
        if current is not None:
            raise EngineError("refuse.meeting_open", meeting=current.number)
        planned = s.next_meeting(self.now())
        if planned is not None:
            self._record("meeting.open", meeting=planned.number)
            return planned.number
        if end is not None and end <= self.now():
            raise EngineError("refuse.meeting_inverted")
        number = len(s.meetings) + 1
        self._record("meeting.open", meeting=number, end=end)
        return number

    def close_meeting(self) -> int:
        """Close the open meeting: the floor stops; the waiting speakers carry over, in order."""
        current = self.state.current_meeting()
        if current is None:
            raise EngineError("refuse.no_meeting")
        self._record("meeting.close", **self._late_close())
        return current.number

    def _late_close(self) -> dict[str, float]:
        """A meeting left open when the next one began closes where it ended, not now."""
        late = self.state.overtaken(self.now())
        return {"at": self.state.natural_end(late)} if late is not None else {}

    def show_forecast_on_display(self, on: bool) -> None:
        """Put the forecast on the room display, or take it off (the Chair decides)."""
        if self.state.forecast_on_display == on:
            raise EngineError("refuse.forecast_shown" if on else "refuse.forecast_hidden")
        self._record("display.forecast", on=on)

    def _meeting_to_open(self) -> dict[str, float]:
        # A session with meetings speaks only within one: the first speech opens the next, in
        # the same event, so that one undo takes back both; and closes one left open over the break.
        s = self.state
        late = s.overtaken(self.now())
        if late is not None:
            following = s.next_meeting(self.now())
            assert following is not None
            return {"close_meeting": s.natural_end(late), "open_meeting": following.number}
        if not s.meetings or s.current_meeting() is not None:
            return {}
        planned = s.next_meeting(self.now())
        return {"open_meeting": planned.number if planned else len(s.meetings) + 1}

    # -- topic and points -----------------------------------------------------------------------

    def _check_topic(self, subtheme: str | None, question: str | None) -> None:
        if self.guide is None:
            return
        if subtheme is not None and subtheme not in {s.id for s in self.guide.all_subthemes()}:
            raise EngineError("refuse.no_subtheme", subtheme=subtheme, guide=self.guide.id)
        if question is not None and self.guide.find(question) is None:
            raise EngineError("refuse.no_question", ref=question, guide=self.guide.id)

    def resolve_question(self, ref: str | None) -> str | None:
        """A question given as `7(m)`, `¶12(m)` or id, as its id."""
        if ref is None or self.guide is None:
            return ref
        found = self.guide.find(ref)
        if found is None:
            raise EngineError("refuse.no_question", ref=ref, guide=self.guide.id)
        return found.id

    def set_topic(self, subtheme: str | None, question: str | None = None) -> None:
        self._check_topic(subtheme, question)
        if (subtheme, question) == (self.state.subtheme, self.state.question):
            raise EngineError("refuse.topic_same")
        self._record("topic.set", subtheme=subtheme, question=question)

    def add_point(self, text: str, by: Any = CURRENT, subtheme: Any = CURRENT,
                  question: Any = CURRENT, main: bool = False, conclusion: bool = False,
                  verb: str | None = None, lang: str | None = None) -> int:
        """Record a point; speaker, sub-theme and question default to the current ones, the
        language to the session's (`point_lang`), the verb to the summary's default."""
        text = _clean_text(text)
        lang = lang or self.point_lang
        _check_lang(lang)
        _check_verb(verb)
        s = self.state
        if by is CURRENT:
            by = s.floor.participant.name if s.floor else None
        subtheme = s.subtheme if subtheme is CURRENT else subtheme
        question = s.question if question is CURRENT else question
        self._check_topic(subtheme, question)
        extra: dict[str, Any] = {"verb": verb} if verb else {}
        self._record("point.add", text=text, by=by, subtheme=subtheme, question=question,
                     main=main, conclusion=conclusion, lang=lang, **extra)
        return s.point_order[-1]

    def _point(self, point: int) -> Any:
        if point not in self.state.points:
            raise EngineError("refuse.no_point", id=point)
        return self.state.points[point]

    def edit_point(self, point: int, **changes: Any) -> None:
        current = self._point(point)
        unknown = set(changes) - set(POINT_FIELDS)
        if unknown:
            raise EngineError("refuse.point_field", field=sorted(unknown)[0])
        if "text" in changes:
            changes["text"] = _clean_text(changes["text"])
        if "lang" in changes:
            _check_lang(changes["lang"])
        if "verb" in changes:
            _check_verb(changes["verb"])
        self._check_topic(changes.get("subtheme"), changes.get("question"))
        changes = {k: v for k, v in changes.items() if getattr(current, k) != v}
        if not changes:
            raise EngineError("refuse.nothing_to_change")
        self._record("point.edit", point=point, **changes)

    def leave_out(self, point: int, reason: str = "") -> None:
        """Leave a point out of the summary; the export lists it with `reason`."""
        if self._point(point).left_out:
            raise EngineError("refuse.left_out")
        self._record("point.leave-out", point=point, reason=" ".join(reason.split())[:200])

    def keep_point(self, point: int) -> None:
        """Put a point left out back into the summary."""
        if not self._point(point).left_out:
            raise EngineError("refuse.in_summary")
        self._record("point.keep", point=point)

    def translate_point(self, point: int, lang: str, text: str) -> None:
        """The point's text in `lang` (empty text removes the translation)."""
        current = self._point(point)
        _check_lang(lang)
        if lang == current.lang:
            raise EngineError("refuse.typed_in", language=lang)
        text = _clean_text(text) if text.strip() else ""
        if current.translations.get(lang, "") == text:
            raise EngineError("refuse.nothing_to_change")
        self._record("point.translate", point=point, lang=lang, text=text)

    def delete_point(self, point: int) -> None:
        self._point(point)
        self._record("point.delete", point=point)

    def move_point(self, point: int, position: int) -> None:
        self._point(point)
        order = self.state.point_order
        position = max(0, min(position, len(order) - 1))
        if order.index(point) == position:
            raise EngineError("refuse.already_there")
        self._record("point.move", point=point, position=position)

    def merge_points(self, points: Sequence[int], text: str | None = None) -> int:
        if len(set(points)) < 2:
            raise EngineError("refuse.merge_two")
        for p in points:
            self._point(p)
        ordered = [p for p in self.state.point_order if p in set(points)]
        merged_text = _clean_text(text if text is not None else self.state.points[ordered[0]].text)
        self._record("point.merge", points=ordered, text=merged_text)
        return ordered[0]

    # -- panel ----------------------------------------------------------------------------------

    def add_panel_member(self, participant: Participant, received: bool = False) -> int:
        if participant.category not in ("panellist", "independent-expert"):
            raise EngineError("refuse.panel_category")
        if participant.category == "panellist" and participant.group is None:
            raise EngineError("refuse.panel_group")
        self._record("panel.add", participant=participant.as_dict(), received=received)
        return max(self.state.panel)

    def _member(self, member: int) -> None:
        if member not in self.state.panel:
            raise EngineError("refuse.no_member", id=member)

    def remove_panel_member(self, member: int) -> None:
        self._member(member)
        self._record("panel.remove", member=member)

    def set_received(self, member: int, received: bool) -> None:
        self._member(member)
        if self.state.panel[member].received == received:
            raise EngineError("refuse.nothing_to_change")
        self._record("panel.received", member=member, received=received)

    # -- undo and the life of the session --------------------------------------------------------

    def last_action(self) -> Event | None:
        actions = [ev for ev in effective(self._events) if ev["type"] not in SYSTEM_EVENTS]
        return actions[-1] if actions else None

    def undo(self) -> Event:
        """Revert the latest action still in effect; the undo is itself recorded."""
        undone = self.last_action()
        if undone is None:
            raise EngineError("refuse.nothing_to_undo")
        self._record("undo", undoes=undone["seq"])
        return undone

    def finish(self) -> None:
        """The debate is over: whoever has the floor stops; the session is no longer resumed."""
        if self.state.finished:
            raise EngineError("refuse.finished")
        self._record("debate.finish", **self._late_close())

    def reopen(self) -> None:
        if not self.state.finished:
            raise EngineError("refuse.not_finished")
        self._record("debate.reopen")

    def opened(self, last_alive: float | None) -> None:
        """Record that a console opened the session, and how long nobody had it open.

        Downtime only exists once a console has run the session: the time between `session new`
        (or a roster's speakers) and the first console is preparation, not a crash."""
        if not any(ev["type"] == "session.opened" for ev in self._events):
            self._record("session.opened", since=None, crashed=False)
            return
        crashed = self._events[-1]["type"] != "session.closed"
        since = max(last_alive or 0.0, self.state.last_at)
        self._record("session.opened", since=since, crashed=crashed)

    def closed(self) -> None:
        self._record("session.closed")


def _check_verb(verb: str | None) -> None:
    if verb is not None and verb not in VERBS:
        raise EngineError("refuse.verb", verb=verb, verbs=", ".join(VERBS))


def _check_lang(lang: str) -> None:
    if lang not in LANGUAGES:
        raise EngineError("refuse.language", code=lang, codes=", ".join(LANGUAGES))


def _clean_text(text: str) -> str:
    cleaned = " ".join(str(text).split())
    if not cleaned:
        raise EngineError("refuse.point_empty")
    if len(cleaned) > MAX_POINT:
        raise EngineError("refuse.point_long", n=MAX_POINT)
    return cleaned
