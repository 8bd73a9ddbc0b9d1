"""Where the engine gets the time from, so that tests can make time pass without sleeping.

The engine only ever asks for wall-clock instants (seconds since the epoch): they are what gets
persisted, so that an app restarted after a crash knows how long the current speaker has talked.
"""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float: ...


class SystemClock:
    def now(self) -> float:
        return time.time()


class FakeClock:
    """A clock that moves only when told to."""

    def __init__(self, start: float = 1_302_508_800.0) -> None:  # 11 April 2011, 08:00 UTC
        self.t = start

    def now(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds
