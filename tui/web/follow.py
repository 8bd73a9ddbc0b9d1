"""Following a session file from a read-only process, behind the small interface the server needs:
"has the session changed? then give me its metadata and state".

The work is done by the storage's `SessionFollower`, which parses only the lines appended to the
session's journal since the last poll (and re-reads the whole file only when it was replaced).
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from ..core.debate.session_meta import SessionMeta
from ..core.debate.state import State
from ..core.storage.follower import SessionFollower


class Follower(Protocol):
    def poll(self) -> bool:
        """Catch up with the file; True when the session changed. Raises StoreError or OSError
        when the file cannot be read (the caller keeps its last good state)."""

    @property
    def meta(self) -> SessionMeta: ...

    def state(self) -> State: ...

    def close(self) -> None: ...


class JournalFollower:
    def __init__(self, path: Path) -> None:
        self._follower = SessionFollower(path)

    def poll(self) -> bool:
        return self._follower.poll() is not None

    @property
    def meta(self) -> SessionMeta:
        meta = self._follower.meta
        assert meta is not None, "meta before a successful poll()"
        return meta

    def state(self) -> State:
        state = self._follower.state
        assert state is not None, "state() before a successful poll()"
        return state

    def close(self) -> None:
        self._follower.close()


def follower(path: Path) -> Follower:
    return JournalFollower(path)
