"""Full garbage collections between the Chair's keys, not inside one.

Python's collector runs a full (generation 2) collection whenever enough has been allocated,
wherever that happens to be: while the console runs, that is in the middle of a key press. Each
dialog leaves a few thousand objects in reference cycles (Textual's widgets point to their parent
and back), and freeing them with the rest of what the console keeps took 30-50 ms of CPU here,
up to 250 ms of wall time on this busy machine: on a 2,000-event session 8 of 120 presses had
one between the key and its frame, which was the whole of the frames over 33 ms (bench/console.py,
"presses with a full garbage collection before the frame").

So while the console runs, the collector does no full collection of its own (its third threshold
is set out of reach; the young generations are collected as usual, they are small), and the
console does the full collection when Python would have wanted one (as many collections of the
middle generation since the last full one as its threshold says) and the Chair has not pressed a
key for IDLE seconds; if the Chair never pauses that long, after LONGEST seconds anyway, between
two keys. Nothing is collected less: the same collections, at other moments.

`PacedCollections` is the console's app with this pacing (a base of `WriteFailures`, so of
`DebateApp`): on while it runs, the collector as it was once it ends.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

from textual import events

from .crash import LoggedApp

IDLE = 0.5  # seconds without a key: the Chair is not typing
LONGEST = 30.0  # seconds: the longest a due collection waits for a pause
OUT_OF_REACH = 1 << 30  # as a threshold: never reached by counting


class Collections:
    """The collector's pacing for one running console: `start` when it runs, `stop` when it ends,
    `key` at each key (or click), `tick` every fraction of a second."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.saved: tuple[int, int, int] | None = None
        self.last_key = self.last_full = clock()
        self.collections = 0  # made here (the benchmark reports them)

    def start(self) -> None:
        if self.saved is None:
            self.saved = gc.get_threshold()
            gc.set_threshold(self.saved[0], self.saved[1], OUT_OF_REACH)
            self.last_key = self.last_full = self.clock()

    def stop(self) -> None:
        """The collector as it was (a test's process goes on after its console)."""
        if self.saved is not None:
            gc.set_threshold(*self.saved)
            self.saved = None

    def key(self) -> None:
        self.last_key = self.clock()

    def due(self) -> bool:
        """Python would collect everything now (its own count: collections of the middle
        generation since the last full one, against its threshold)."""
        return self.saved is not None and gc.get_count()[2] > self.saved[2]

    def tick(self) -> bool:
        """Collect now if one is due and the Chair paused (or it has waited LONGEST)."""
        now = self.clock()
        if not self.due() or (now - self.last_key < IDLE and now - self.last_full < LONGEST):
            return False
        gc.collect()
        self.last_full = self.clock()
        self.collections += 1
        return True


class PacedCollections(LoggedApp):
    """An app whose full collections wait for the Chair to pause."""

    def __init__(self) -> None:
        super().__init__()
        self.collections = Collections()

    def on_mount(self) -> None:  # (Textual calls each class's handler: DebateApp's too)
        self.collections.start()
        self.set_interval(0.25, self.collections.tick)

    def on_unmount(self) -> None:
        self.collections.stop()

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key | events.MouseDown):  # the Chair is at the keyboard
            self.collections.key()
        await super().on_event(event)
