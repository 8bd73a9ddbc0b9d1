"""What the Chair's console does when an action could not be written (from `DebateApp.perform`).

- The disk refused it (full, gone, no permission): said ("Not saved, nothing changed: …"), and the
  screens show what the engine, having read the disk again, found there. The next action may work.
- Another program changed the session file since the console wrote it (`ChangedOnDisk`: bytes
  added after its last line, the file cut, rewritten, replaced, removed): nothing is written to it
  any more, since an append would land after someone else's bytes. Said in words, and the console
  stays up read-only for the rest of its run: the speaker on the floor and the clock stay in front
  of the Chair (a broken file must not stop the speech), every screen has a red line saying what
  happened and what to do, the keys that would record are greyed and say why when pressed, and
  looking, exporting and `q` still work. The heartbeat looks too (`check_file`), so the Chair is
  told before the next key, not by it.
"""

from __future__ import annotations

import logging
from typing import Any

from .core.debate.engine import Session
from .core.storage.session_store import ChangedOnDisk, StoreError
from .core.text.catalog import tr
from .core.text.problems import one_line
from .gc_pacing import PacedCollections
from .screens.keys import ConsoleScreen

log = logging.getLogger("thematic-debate")


class WriteFailures(PacedCollections):
    """The console's answers to a write that failed (a base of `DebateApp`)."""

    ui: str
    session: Session
    read_only: ChangedOnDisk | None = None  # what another program did to the file, once found

    def changed(self) -> None:
        raise NotImplementedError  # DebateApp's: every screen redraws from the session

    def not_saved(self, exc: StoreError | OSError) -> None:
        if isinstance(exc, ChangedOnDisk):
            return self.lose_file(exc)
        reason = one_line(exc, with_file=False)  # the Chair knows which session is open
        self.notify(tr("msg.not_saved", self.ui, error=reason), severity="error", timeout=10)
        self.changed()  # the engine re-read the disk: show what is really there
        return None

    def check_file(self) -> None:
        """Between actions: has another program changed the file? (A stat; said once.)"""
        if self.read_only is None:
            try:
                self.session.log.unchanged()
            except ChangedOnDisk as exc:
                self.lose_file(exc)

    def lose_file(self, exc: ChangedOnDisk) -> None:
        log.error("%s", exc)
        first, self.read_only = self.read_only is None, exc
        key = "msg.changed_on_disk" if exc.recorded is False else "msg.changed_while_writing"
        self.notify(tr(key, self.ui), severity="error", timeout=30)
        if first:  # every screen shows the read-only line and greys the keys that record
            self.changed()

    async def run_action(self, action: Any, default_namespace: Any = None, namespaces: Any = None) -> bool:
        if isinstance(default_namespace, ConsoleScreen) and default_namespace.refused(action):
            return True  # read-only, a key that would record: said (ConsoleScreen.refused)
        return await super().run_action(action, default_namespace, namespaces)
