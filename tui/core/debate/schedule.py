"""The planned hours of a session's meetings, as the Chair writes them: `10:00-13:00`,
`2011-04-12 15:00-18:00`. Times are local (the room's clock); a meeting without a date is on the
session's day."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, time

from ..text.refusals import Refusal

_MEETING = re.compile(r"(?:(\d{4}-\d{2}-\d{2})[ T])?\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})")


# The days a plan may be on: local times far from today cannot all be turned into instants (the
# year 1 fails with the time zone's offset), and no debate is held outside these.
FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(9999, 12, 31)


def check_day(day: date, where: str = "") -> None:
    if not FIRST_DAY <= day <= LAST_DAY:
        raise ValueError(f"{day.isoformat()} is out of range{where}: a day from "
                         f"{FIRST_DAY.isoformat()} to {LAST_DAY.isoformat()}")


def _at(day: date, hours: str, minutes: str, text: str) -> float:
    check_day(day, f" in meeting {text!r}")
    try:
        return datetime.combine(day, time(int(hours), int(minutes))).timestamp()
    except ValueError:
        raise ValueError(f"not a time of day in meeting {text!r}") from None


def parse_meeting(text: str, day: date) -> tuple[float, float]:
    """"10:00-13:00" (on `day`) or "2011-04-12 10:00-13:00" → (start, end) instants."""
    m = _MEETING.fullmatch(text.strip())
    if m is None:
        raise ValueError(f"not a meeting: {text!r} (write HH:MM-HH:MM, e.g. 10:00-13:00, "
                         "or YYYY-MM-DD HH:MM-HH:MM)")
    when, h1, m1, h2, m2 = m.groups()
    if when:
        try:
            day = date.fromisoformat(when)
        except ValueError:
            raise ValueError(f"not a date in meeting {text!r}") from None
    return _at(day, h1, m1, text), _at(day, h2, m2, text)


class PlanError(Refusal, ValueError):
    """A plan of meetings that cannot be; said in the interface's language (text/refusal_texts.py)."""


def check_plan(meetings: Sequence[tuple[float, float]]) -> None:
    """Meetings in order, each ending after it starts and before the next one starts."""
    previous_end = None
    for n, (start, end) in enumerate(meetings, 1):
        if end <= start:
            raise PlanError("refuse.meeting_backwards", id=n)
        if previous_end is not None and start < previous_end:
            raise PlanError("refuse.meeting_overlap", id=n, previous=n - 1)
        previous_end = end


def parse_plan(texts: Sequence[str], day: date) -> list[tuple[float, float]]:
    plan = sorted(parse_meeting(t, day) for t in texts)
    check_plan(plan)
    return plan


def meeting_hours(start: float | None, end: float | None) -> str:
    """"2011-04-12 10:00-13:00" (local time), as a plan is written."""
    if start is None:
        return "unplanned" if end is None else f"until {datetime.fromtimestamp(end):%H:%M}"
    a = datetime.fromtimestamp(start)
    if end is None:
        return f"{a:%Y-%m-%d %H:%M}-"
    return f"{a:%Y-%m-%d %H:%M}-{datetime.fromtimestamp(end):%H:%M}"
