"""Will the list fit the meeting? A pure function of the state, the limits and the instant.

The waiting speakers are counted in the order they would be called (the list, then the rights of
reply, which UN practice takes at the end of the meeting). Each is expected to speak for the limit
they would get, or, once a category has had `OBSERVED_AFTER` interventions, for the average that
category actually spoke: Chairs know that limits are a ceiling some speakers never reach and others
overrun. Nothing here reads a clock, so the console, `session show` and the tests agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from ..bank.limits import TimeLimits
from ..text.catalog import tr
from ..text.durations import mmss
from .state import Entry, Intervention, Meeting, State

# Ended interventions of a category before its observed average replaces its limit: below five,
# one long or short speech would swing the whole forecast.
OBSERVED_AFTER = 5


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


def forecast(state: State, limits: TimeLimits, now: float, threshold: int = OBSERVED_AFTER) -> Forecast:
    meeting = state.current_meeting() or state.next_meeting(now)
    starts = now
    if meeting is not None and not meeting.is_open and meeting.start is not None:
        starts = max(now, meeting.start)
    observed = estimates(state, limits, threshold)
    floor_left = _floor_left(state, now, observed)
    t = starts + floor_left
    slots = []
    for entry in state.waiting():
        seconds, method = _expected(entry, limits, observed)
        slots.append(Slot(entry.id, t, t + seconds, method))
        t += seconds
    methods = {s.method for s in slots}
    method = "mixed" if len(methods) > 1 else ("observed" if methods == {"observed"} else "limits")
    return Forecast(now, meeting, starts, floor_left, t - starts - floor_left, t, tuple(slots), method,
                    observed, threshold)


def clock_time(instant: float) -> str:
    """The local time of day, as the room's clock shows it."""
    return datetime.fromtimestamp(instant).strftime("%H:%M")


def _minutes(seconds: float, up: bool) -> int:
    # Promise no more spare time than there is; admit every minute of overrun.
    return int(-(-seconds // 60)) if up else int(seconds // 60)


def _plural(text: str, n: int) -> str:
    one, _, many = text.partition("|")
    return one if n == 1 or not many else many


def forecast_text(f: Forecast, lang: str = "en", short: bool = False) -> str:
    """"list ends ≈ 12:48, 12 min to spare · by limits", or the console's shorter line."""
    parts: list[str] = []
    sep = " · " if short else ", "
    m = f.meeting
    if short and m is not None and m.end is not None:
        parts.append(tr("fc.meeting_short", lang, n=m.number, end=clock_time(m.end)) + " "
                     + tr("fc.left", lang, left=mmss(f.time_left or 0.0)))
    if not f.slots:
        parts.append(tr("fc.empty", lang))
        if not short and m is not None and m.end is not None:
            parts.append(tr("fc.meeting", lang, n=m.number, end=clock_time(m.end)))
        return sep.join(parts)
    parts.append(tr("fc.ends", lang, at=clock_time(f.ends_at)))
    spare = f.spare
    if spare is not None:
        if spare >= 0:
            parts.append(tr("fc.spare", lang, min=_minutes(spare, up=False)))
        else:
            key = "fc.past_short" if short else "fc.past"
            parts.append(tr(key, lang, min=_minutes(-spare, up=True)))
            n = len(f.unreached)
            if n:
                parts.append(tr("fc.unreached_short", lang, n=n) if short
                             else _plural(tr("fc.unreached", lang, n=n), n))
    method = (tr(f"fc.method_short.{f.method}", lang) if short
              else tr(f"fc.method.{f.method}", lang, n=f.threshold))
    return sep.join(parts) + (f" ({method})" if short else f" · {method}")
