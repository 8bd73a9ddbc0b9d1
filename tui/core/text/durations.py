"""Durations as the Chair reads and types them: one grammar for guides, CLI options and sessions.

Written as minutes:seconds ("5:00", "75:00"), hours:minutes:seconds ("1:15:00"), whole minutes
("5m") or seconds ("300s", "300"); shown as minutes:seconds, and from an hour on as
hours:minutes:seconds ("1:15:00", never "75:00": a meeting's clock reads like a clock). The caller
sets the longest duration it accepts (a guide's limit is at most an hour).
"""

from __future__ import annotations

import re

from .refusals import Refusal

LONGEST = 3 * 3600  # beyond a three-hour meeting a duration is a typo

# Seconds take two digits after a colon ("5:07", not "5:7"), as `mmss` writes them.
_DURATION = re.compile(r"(?:(?:(\d{1,2}):([0-5]\d)|(\d{1,4})):([0-5]\d)|(\d{1,6})\s*([ms]?))")


class DurationError(Refusal, ValueError):
    """Text that is not a duration, or one out of range; the message says which, in one line (in
    the interface's language with `said`)."""


def parse_duration(text: str, longest: int = LONGEST) -> int:
    """"5:00", "5m", "300s", "300" → 300 seconds, between 1 and `longest`; else DurationError."""
    m = _DURATION.fullmatch(text.strip().lower())
    if m is None:
        raise DurationError("refuse.duration", text=text, longest=mmss(longest))
    hours, hour_minutes, minutes, seconds, number, unit = m.groups()
    if hours:
        total = int(hours) * 3600 + int(hour_minutes) * 60 + int(seconds)
    elif minutes:
        total = int(minutes) * 60 + int(seconds)
    else:
        total = int(number) * (60 if unit == "m" else 1)
    if not 0 < total <= longest:
        raise DurationError("refuse.duration_range", text=text, longest=mmss(longest))
    return total


def mmss(seconds: float) -> str:
    """600 → "10:00", 4500 → "1:15:00"; negative values keep their sign (an overrun shown as time
    left). The one way durations are shown: the console, `session show`, the summary and its CSV."""
    sign = "-" if seconds < 0 else ""
    whole = int(abs(seconds))
    hours, rest = divmod(whole, 3600)
    if hours:
        return f"{sign}{hours}:{rest // 60:02d}:{rest % 60:02d}"
    return f"{sign}{whole // 60}:{whole % 60:02d}"


def whole_seconds(seconds: float) -> int:
    """The one rounding rule of the summary, its annexes and the CSV: to the tenth of a second
    the CSV shows, then to the nearest second, halves away from zero (10.6 → 11, 10.46 → 10.5 → 11,
    -0.5 → -1). Python's round() would send 10.5 to 10 and int() would truncate 10.6 to 10; the
    same interventions must not read 0:10 in one file and 11.0 seconds in the next."""
    tenths = round(abs(seconds), 1)
    whole = int(tenths + 0.5)
    return -whole if seconds < 0 else whole


def rounded_mmss(seconds: float) -> str:
    """`mmss` of `whole_seconds`: how the summary and the CSV show a duration (10.6 → "0:11")."""
    return mmss(whole_seconds(seconds))
