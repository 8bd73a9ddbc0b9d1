"""Will the list fit the meeting? A pure function of the state, the limits and the instant.

The waiting speakers are counted in the order they would be called (the list, then the rights of
reply, which UN practice takes at the end of the meeting). Each is expected to speak for the limit
they would get, or, once a category has had `OBSERVED_AFTER` interventions, for the average that
category actually spoke: Chairs know that limits are a ceiling some speakers never reach and others
overrun. Before each waiting speaker comes a changeover (the Chair gives the floor, the delegate
finds the microphone): the average gap actually observed between one speaker leaving the floor and
the next starting, once there are `OBSERVED_AFTER` such gaps, else `DEFAULT_CHANGEOVER`. Nothing
here reads a clock, so the console, `session show` and the tests agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from itertools import pairwise

from ..bank.limits import TimeLimits
from ..text.catalog import tr
from ..text.durations import mmss
from .state import Entry, Intervention, Meeting, State

# Ended interventions of a category before its observed average replaces its limit: below five,
# one long or short speech would swing the whole forecast.
OBSERVED_AFTER = 5
# Seconds between two speakers until enough gaps have been observed: the Chair's "I now give the
# floor to…" and the delegate switching on the microphone, as heard in Vienna's plenary.
DEFAULT_CHANGEOVER = 15.0
# A longer gap between two speakers is not a changeover but a pause in the debate (a consultation,
# a technical problem): it is not averaged in.
LONGEST_CHANGEOVER = 120.0


@dataclass(frozen=True, slots=True)
class Estimate:
    """How long one speaker of a kind is expected to speak, and why."""

    key: str  # a participant category, or "reply"
    seconds: float
    method: str  # "limit" | "observed"
    observed: int  # ended interventions of that kind so far


@dataclass(frozen=True, slots=True)
class Slot:
    """A waiting speaker's expected turn."""

    entry: int
    starts: float
    ends: float
    method: str


@dataclass(frozen=True, slots=True)
class Forecast:
    now: float
    meeting: Meeting | None  # the open meeting, else the next one planned, else None
    starts: float  # when the list would go on: now, or the start of a meeting not yet open
    floor_left: float  # expected rest of the speaker(s) on the floor
    need: float  # seconds the waiting speakers need
    ends_at: float
    slots: tuple[Slot, ...]
    method: str  # "limits" | "observed" | "mixed", over the waiting speakers
    estimates: dict[str, Estimate] = field(default_factory=dict)
    threshold: int = OBSERVED_AFTER
    changeover: float = 0.0  # seconds added before each waiting speaker
    changeover_method: str = "default"  # "observed" (the average of the gaps) | "default" | "given"
    changeovers: int = 0  # gaps between speakers observed so far
    planned: bool = False  # the session has meetings: without one ahead, the list has nowhere to go

    @property
    def nowhere(self) -> bool:
        """Speakers waiting, meetings in the session, and none open or ahead: the plan is over."""
        return self.planned and self.meeting is None and bool(self.slots)

    @property
    def meeting_end(self) -> float | None:
        return self.meeting.end if self.meeting else None

    @property
    def time_left(self) -> float | None:
        """Seconds until the meeting's end (negative once it has run past it)."""
        end = self.meeting_end
        return None if end is None else end - max(self.now, self.starts)

    @property
    def spare(self) -> float | None:
        """Seconds between the end of the list and the end of the meeting; negative when past."""
        end = self.meeting_end
        return None if end is None else end - self.ends_at

    @property
    def unreached(self) -> tuple[int, ...]:
        """Entries whose turn would run past the end of the meeting, in list order."""
        end = self.meeting_end
        if end is None:
            return ()
        return tuple(s.entry for s in self.slots if s.ends > end)

    @property
    def first_unreached(self) -> int | None:
        return next(iter(self.unreached), None)


def _key(entry_reply: bool, category: str) -> str:
    return "reply" if entry_reply else category


def _intervention_key(i: Intervention) -> str | None:
    if i.kind == "point-of-order":
        return None
    return _key(i.kind == "reply", i.participant.category)


def estimates(state: State, limits: TimeLimits, threshold: int = OBSERVED_AFTER) -> dict[str, Estimate]:
    """The observed average per kind of speaker, where there are enough ended interventions."""
    spoken: dict[str, list[float]] = {}
    for i in state.interventions:
        key = _intervention_key(i)
        if key is not None and i.ended is not None:
            spoken.setdefault(key, []).append(i.spoken)
    return {k: Estimate(k, sum(v) / len(v), "observed", len(v))
            for k, v in spoken.items() if len(v) >= threshold}


def _expected(entry: Entry, limits: TimeLimits, observed: dict[str, Estimate]) -> tuple[float, str]:
    if entry.limit is not None:  # the Chair set this speaker's limit: a category's average says less
        return float(entry.limit), "limit"
    found = observed.get(_key(entry.reply, entry.participant.category))
    if found is not None:
        return found.seconds, "observed"
    reply_no = entry.reply_no if entry.reply else 0
    return float(limits.for_speaker(entry.participant.category, reply_no)), "limit"


def _floor_left(state: State, now: float, observed: dict[str, Estimate]) -> float:
    left = 0.0
    for i in (*state.suspended, *([state.floor] if state.floor else [])):
        key = _intervention_key(i)
        expected = observed[key].seconds if key in observed else float(i.limit)
        left += max(0.0, expected - i.elapsed(now))
    return left


def changeovers(state: State) -> list[float]:
    """The observed gaps between one speaker leaving the floor and the next one starting, within a
    meeting (lunch is no changeover) and at most `LONGEST_CHANGEOVER` long. Giving the floor while
    someone speaks ends them at that instant: a gap of zero, which is what the room heard."""
    opened = sorted(m.opened for m in state.meetings if m.opened is not None)
    heard = [i for i in state.interventions if i.kind != "point-of-order"]
    gaps = []
    for before, after in pairwise(heard):
        if before.ended is None:
            continue
        gap = after.started - before.ended
        if 0 <= gap <= LONGEST_CHANGEOVER and not any(before.ended < at <= after.started for at in opened):
            gaps.append(gap)
    return gaps


def changeover_estimate(state: State, threshold: int = OBSERVED_AFTER) -> tuple[float, str, int]:
    """(seconds, "observed" | "default", gaps observed)."""
    return _changeover(changeovers(state), threshold)


def _changeover(gaps: list[float], threshold: int) -> tuple[float, str, int]:
    if len(gaps) >= threshold:
        return sum(gaps) / len(gaps), "observed", len(gaps)
    return DEFAULT_CHANGEOVER, "default", len(gaps)


@dataclass(frozen=True, slots=True)
class History:
    """What the forecast learns from the interventions heard so far: the observed averages and
    changeover. It changes with the session, never with the clock, and takes a pass over every
    intervention: a caller that forecasts at every tick of the clock works it out once per change."""

    observed: dict[str, Estimate]
    changeover: tuple[float, str, int]  # as `changeover_estimate` gives it


def history(state: State, limits: TimeLimits, threshold: int = OBSERVED_AFTER) -> History:
    return History(estimates(state, limits, threshold), changeover_estimate(state, threshold))


def forecast(state: State, limits: TimeLimits, now: float, threshold: int = OBSERVED_AFTER,
             changeover: float | None = None, known: History | None = None) -> Forecast:
    """`changeover`: the seconds between two speakers, when the caller knows them; by default the
    observed average, or `DEFAULT_CHANGEOVER` until there are `threshold` gaps. `known`: the
    state's `history` as already worked out (for the same state, limits and threshold)."""
    past = known if known is not None else history(state, limits, threshold)
    if changeover is None:
        gap, gap_method, gaps = past.changeover
    else:
        gap, gap_method, gaps = changeover, "given", past.changeover[2]
    # A meeting left open when the next one began is over: the list goes on in the next.
    meeting = None if state.overtaken(now) else state.current_meeting()
    meeting = meeting or state.next_meeting(now)
    starts = now
    if meeting is not None and not meeting.is_open and meeting.start is not None:
        starts = max(now, meeting.start)
    observed = past.observed
    floor_left = _floor_left(state, now, observed)
    t = starts + floor_left
    slots = []
    for entry in state.waiting():
        seconds, method = _expected(entry, limits, observed)
        t += gap
        slots.append(Slot(entry.id, t, t + seconds, method))
        t += seconds
    methods = {s.method for s in slots}
    method = "mixed" if len(methods) > 1 else ("observed" if methods == {"observed"} else "limits")
    return Forecast(now, meeting, starts, floor_left, t - starts - floor_left, t, tuple(slots), method,
                    observed, threshold, gap, gap_method, gaps, bool(state.meetings))


def clock_time(instant: float) -> str:
    """The local time of day, as the room's clock shows it."""
    return datetime.fromtimestamp(instant).strftime("%H:%M")


def _minutes(seconds: float, up: bool) -> int:
    # Promise no more spare time than there is; admit every minute of overrun.
    return int(-(-seconds // 60)) if up else int(seconds // 60)


def spare_minutes(f: Forecast) -> int | None:
    """The whole minutes to spare (negative: past the meeting) as every view says them: 10:59 to
    spare is "10 min", 10:01 past is "11 min"."""
    spare = f.spare
    if spare is None:
        return None
    return _minutes(spare, up=False) if spare >= 0 else -_minutes(-spare, up=True)


def _plural(text: str, n: int) -> str:
    one, _, many = text.partition("|")
    return one if n == 1 or not many else many


def forecast_text(f: Forecast, lang: str = "en", short: bool = False, width: int = 78) -> str:
    """"list ends ≈ 12:48, 12 min to spare · by limits"; `short`, the console's one line of at
    most `width` characters: "M1 → 13:00 (38 min left) · list ≈ 13:20: +20 min, 4 not reached
    (limits)"."""
    if short:
        return _short_text(f, lang, width)
    m = f.meeting
    parts: list[str] = []
    if f.nowhere:  # an end time would pretend a meeting goes on
        n = len(f.slots)
        parts.append(_plural(tr("fc.nowhere", lang, min=_minutes(f.floor_left + f.need, up=True), n=n), n))
    elif not f.slots:
        parts.append(tr("fc.empty", lang))
        if m is not None and m.end is not None:
            parts.append(tr("fc.meeting", lang, n=m.number, end=clock_time(m.end)))
        return ", ".join(parts)
    else:
        parts.append(tr("fc.ends", lang, at=clock_time(f.ends_at)))
    spare = f.spare
    if spare is not None:
        if spare >= 0:
            parts.append(tr("fc.spare", lang, min=_minutes(spare, up=False)))
        else:
            parts.append(tr("fc.past", lang, min=_minutes(-spare, up=True)))
            n = len(f.unreached)
            if n:
                parts.append(_plural(tr("fc.unreached", lang, n=n), n))
    return (", ".join(parts) + " · " + tr(f"fc.method.{f.method}", lang, n=f.threshold) + ", "
            + changeover_text(f, lang))


def changeover_text(f: Forecast, lang: str = "en") -> str:
    """"0:15 between speakers (default)", "0:12 between speakers (average of 7)"."""
    how = tr(f"fc.changeover.{f.changeover_method}", lang, n=f.changeovers, k=f.threshold)
    return tr("fc.changeover", lang, gap=mmss(f.changeover), how=how)


def _short_text(f: Forecast, lang: str, width: int) -> str:
    m = f.meeting
    heads = [""]
    if m is not None and m.end is not None:
        end = clock_time(m.end)
        if not m.is_open and m.start is not None:
            heads = [tr("fc.s.ahead", lang, n=m.number, start=clock_time(m.start), end=end)]
        elif (f.time_left or 0.0) >= 0:
            left = _minutes(f.time_left or 0.0, up=False)
            heads = [tr("fc.s.open", lang, n=m.number, end=end, left=left),
                     tr("fc.s.end", lang, n=m.number, end=end)]
        else:
            over = _minutes(-(f.time_left or 0.0), up=True)
            heads = [tr("fc.s.past", lang, n=m.number, end=end, over=over),
                     tr("fc.s.end", lang, n=m.number, end=end)]
    bodies = [tr("fc.empty", lang)]
    if f.nowhere:
        heads = [tr("fc.s.nowhere", lang)]
    if f.slots:
        body = tr("fc.s.list", lang, at=clock_time(f.ends_at))
        if f.nowhere:
            n = len(f.slots)
            body = _plural(tr("fc.s.need", lang, min=_minutes(f.floor_left + f.need, up=True), n=n), n)
        spare = f.spare
        if spare is not None:
            colon = " : " if lang == "fr" else ": "
            if spare >= 0:
                body += colon + tr("fc.s.spare", lang, min=_minutes(spare, up=False))
            else:
                body += colon + tr("fc.s.over", lang, min=_minutes(-spare, up=True))
                if f.unreached:
                    body += ", " + tr("fc.s.unreached", lang, n=len(f.unreached))
        methods = [f.method] + (["mixed_short"] if f.method == "mixed" else [])
        bodies = [f"{body} ({tr(f'fc.s.{method}', lang)})" for method in methods]
    # The most complete line that fits: the method's long name goes first ("limits+averages" →
    # "mixed"), then the time left or past (the Chair's first question, kept as long as it can be).
    for head in heads:
        for body in bodies:
            line = f"{head} · {body}" if head else body
            if len(line) <= width:
                return line
    return line
