"""Following a session read-only, as the room display and the web server do.

    follower = SessionFollower(path)
    state = follower.poll()          # the first call opens the session and folds it: a State
    ...
    state = follower.poll()          # later: the new State after a change, None if none
    follower.meta                    # the session's metadata (title, limits, guide, ...)
    follower.close()

A poll costs a `stat` when nothing changed. When the writer appended actions, only the new lines
are read and parsed, and only the new events are folded into the state (an undo folds everything
again, as the engine does); when the file was replaced (compacted, migrated) it is read again
from the start. It never takes the writer's lock and never writes, so any number of followers
can watch one session. The State returned is the follower's own, updated in place by the next
poll that finds a change: draw from it, do not keep it to compare with the next one.

`poll` raises `StoreError` when the file cannot be read (the console crashed mid-start, the disk
went away, someone edited the file): keep showing the last good state and call `poll` again
later; the follower then starts over from the whole file, by itself.
"""

from __future__ import annotations

from pathlib import Path

from ..debate.session_meta import SessionMeta
from ..debate.state import State, apply
from .session_store import REPLAY_ERRORS, SessionStore, replay, replay_failure


class SessionFollower:
    """A read-only view of one session that parses only what was appended since the last poll."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.store: SessionStore | None = None
        self.state: State | None = None

    @property
    def meta(self) -> SessionMeta | None:
        """The metadata of the session (None until the first successful poll)."""
        return self.store.meta if self.store is not None else None

    def poll(self) -> State | None:
        """The new state if the session changed since the last poll (the first poll: the state),
        None if it did not. Raises StoreError if the file cannot be read now."""
        try:
            if self.store is None or self.state is None:
                if self.store is None:
                    self.store = SessionStore.open(self.path, writer=False)
                else:
                    self.store.reread()
                self.state = replay(self.store.loaded_events, self.path)
                return self.state
            found = self.store.changes()
            if found is None:
                return None
            if found.reloaded:
                self.state = replay(self.store.loaded_events, self.path)
                return self.state
            self._fold_new(len(found.docs))
            return self.state
        except BaseException:
            self.state = None  # never build on a state an error interrupted: start over next poll
            raise

    def _fold_new(self, count: int) -> None:
        assert self.store is not None and self.state is not None
        events = self.store.loaded_events
        new = events[len(events) - count:]
        if any(ev["type"] == "undo" for ev in new):
            self.state = replay(events, self.path)
            return
        state = self.state
        try:
            for ev in new:
                apply(state, ev)
        except REPLAY_ERRORS as exc:
            raise replay_failure(self.path, exc) from None

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None
        self.state = None
