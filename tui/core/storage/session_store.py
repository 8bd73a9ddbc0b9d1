"""Debate sessions on disk: one TinyDB file per session, a journal, one writer at a time.

The file is a journal of JSON lines written by `journal.JournalStorage` (format 2; see that
module for what a crash can leave and why inserts bypass TinyDB's table update): an action
appends one line and syncs it, opening replays the lines, readers parse only what was appended
since they last looked. This module adds what a debate needs on top: the metadata, the events in
order, their checks (`admit_events`: every event read from a file passes through it), the writer's
lock with its heartbeat, and listing and finding sessions.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import operator
import os
import re
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..debate.session_meta import SessionMeta
from ..debate.state import FOLD_ERRORS, Event, ReplayError, State, fold
from .journal import (
    FORMAT,
    META_ID,
    META_TABLE,
    ChangedOnDisk,
    Changes,
    InvalidSession,
    JournalStorage,
    SessionDB,
    StoreError,
    paused_gc,
)
from .validate import check_event, check_meta, check_order, numbers_if_valid

__all__ = ["FORMAT", "ChangedOnDisk", "InvalidSession", "SessionInfo", "SessionLock", "SessionStore",
           "StoreError", "admit_events", "held_by_a_writer", "list_sessions", "new_session_id", "replay",
           "replay_failure", "resolve", "session_files", "sessions_dir"]

SUFFIX = ".json"  # format 2 is JSON lines; the suffix stays so that every session keeps its name
SESSIONS_ENV = "DEBATE_SESSIONS_DIR"
DEFAULT_DIR = "sessions"
EVENTS = "events"
# C-level passes over 50,000 events. Each pass costs (on a busy machine, about what checking the
# events does: they are all over memory), so the numbers and instants are taken in one.
_SEQ, _AT, _SEQ_AT = operator.itemgetter("seq"), operator.itemgetter("at"), operator.itemgetter("seq", "at")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,80}$")


def id_problem(session_id: str) -> str | None:
    """What is wrong with a new session's id, with the rule; None when it is good."""
    if session_id.lower().endswith(SUFFIX) and _ID.match(session_id[:-len(SUFFIX)] or "-"):
        return (f"invalid session id {session_id!r}: give it without {SUFFIX} "
                f"(--id {session_id[:-len(SUFFIX)]}); the file is named ID{SUFFIX}")
    if not _ID.match(session_id):
        return (f"invalid session id {session_id!r}: an id is 1 to 81 letters, digits, '.', '-' or '_', "
                "starting with a letter or a digit (e.g. ccpcj-20-demo)")
    return None


def sessions_dir(explicit: str | None = None) -> Path:
    """The sessions folder (created on first use); refused when a file stands where it or one of
    its parents would be (`--sessions-dir precious.txt` said "File exists", `list` "no sessions")."""
    directory = Path(explicit or os.environ.get(SESSIONS_ENV) or DEFAULT_DIR)
    for folder in (directory, *directory.parents):
        if folder.exists() or folder.is_symlink():
            if not folder.is_dir():
                what = "the sessions folder" if folder == directory else f"a folder of {directory}"
                raise StoreError(f"{folder}: not a folder (a file is there), so it cannot be {what}; "
                                 "give --sessions-dir (or $DEBATE_SESSIONS_DIR) a folder")
            break
    return directory


class SessionLock:
    """An exclusive flock on `<session>.lock`: the kernel drops it when the process dies, even
    by SIGKILL, so a crash never leaves a stale lock behind. The file also keeps the writer's pid
    and the last instant it was known alive, to measure how long the console was down.

    The file itself is removed when its writer lets go (`release`), unless it still has something
    to tell: after a crash it stays (the process could not remove it) with the last instant the
    console was alive, which the next console reads to count the downtime; a writer that opens
    such a session and closes it without recording anything (a file it refused, say) leaves it as
    it found it. Removing it is safe because only the holder removes it, while holding it, and
    only the file it holds (the same inode): and a writer that got the flock of a file the holder
    removed meanwhile sees that it is no longer the file at the path and tries again."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.previous_alive: float | None = None
        self._alive: float | None = None  # what the file says now
        self._fd: int | None = None

    def acquire(self, session_id: str) -> None:
        for _ in range(10):
            fd = self._open()
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                pid = _read_lock(fd)[0]
                os.close(fd)
                raise StoreError(_held(session_id, pid)) from None
            if self._holds_the_file(fd):
                break
            os.close(fd)  # the writer before let go and removed it: the lock is the file there now
        else:
            raise StoreError(f"{self.path}: the lock file keeps being replaced; is another program "
                             "removing it?")
        self._fd = fd
        self.previous_alive = _read_lock(fd)[1]
        self._write(self.previous_alive)

    def _open(self) -> int:
        # Never through a symbolic link (its target would get our pid line), only a regular file.
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK, 0o644)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise StoreError(f"{self.path}: the lock file is a symbolic link; refusing to follow "
                                 "it (remove it)") from None
            raise
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            raise StoreError(f"{self.path}: the lock file is not a regular file; remove it")
        return fd

    def _holds_the_file(self, fd: int) -> bool:
        """Whether `fd` is the file at the path (not one removed since it was opened)."""
        try:
            at_path = os.lstat(self.path)
        except FileNotFoundError:
            return False
        held = os.fstat(fd)
        return (at_path.st_dev, at_path.st_ino) == (held.st_dev, held.st_ino)

    def _write(self, alive: float | None) -> None:
        assert self._fd is not None
        content = f"{os.getpid()} {'-' if alive is None else f'{alive:.3f}'}\n".encode()
        os.ftruncate(self._fd, 0)
        os.pwrite(self._fd, content, 0)
        self._alive = alive

    def heartbeat(self, at: float) -> None:
        if self._fd is not None:
            self._write(at)

    def release(self, last_event_at: float | None = None) -> None:
        """Let go of the lock, and remove the file unless the instant it keeps is still needed:
        one after `last_event_at` (the session's last event; None: none known), for the next
        console to count the downtime from."""
        if self._fd is None:
            return
        try:
            needed = self._alive is not None and (last_event_at is None or self._alive > last_event_at)
            if not needed and self._holds_the_file(self._fd):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(self.path)  # (while holding it: see the class's docstring)
        finally:
            os.close(self._fd)  # closing the descriptor drops the flock
            self._fd = None


def _held(session_id: str, pid: int | None) -> str:
    holder = f" (process {pid})" if pid else ""
    return (f"session {session_id} is already open for writing{holder}; open it read-only "
            "(debate display) or close the other console")


def held_by_a_writer(path: Path) -> str | None:
    """Why `path` cannot be opened for writing now (another console holds it), or None. Only
    looks: the lock is tried and let go at once, nothing is written (for `serve --console`, which
    must say so before the Chair opens a page that would stay blank)."""
    try:
        fd = os.open(path.with_suffix(".lock"), os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None  # no lock file (nobody ever wrote), or one `acquire` refuses with its reason
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return _held(path.stem, _read_lock(fd)[0])
    finally:
        os.close(fd)  # (closing lets go of a lock taken here)
    return None


def _read_lock(fd: int) -> tuple[int | None, float | None]:
    try:
        fields = os.pread(fd, 100, 0).decode("ascii", "replace").split()
    except OSError:
        return None, None
    pid = int(fields[0]) if fields and fields[0].isdigit() else None
    try:
        alive = float(fields[1])
    except (ValueError, IndexError):
        alive = None
    return pid, alive


@dataclass(frozen=True, slots=True)
class SessionInfo:
    id: str
    path: Path
    meta: SessionMeta
    events: int
    last_at: float | None
    finished: bool


class SessionStore:
    """One session file: its metadata and its append-only list of events."""

    def __init__(self, path: Path, db: SessionDB, lock: SessionLock | None) -> None:
        self.path = path
        self.db = db
        self.storage: JournalStorage = db.storage  # type: ignore[assignment]  # built by SessionDB
        self.lock = lock
        self._events_table = db.table(EVENTS)
        self._meta: SessionMeta | None = None  # read by _reload, before the store is handed out
        self._events: list[Event] = []
        self._seqs: set[int] = set()

    @property
    def id(self) -> str:
        return self.meta.id

    @property
    def writer(self) -> bool:
        return self.lock is not None

    @property
    def changed(self) -> str | None:
        """What the writer found when the file was no longer as it had left it (another program
        changed it): from then on nothing is written to it. None while all is well."""
        return self.storage.changed

    def unchanged(self) -> None:
        """Raise ChangedOnDisk if another program changed the file since this writer wrote it
        (a stat; readers: nothing to check)."""
        self.storage.unchanged()

    @property
    def torn(self) -> str | None:
        """A torn last line found on opening (an action never acknowledged), to report; or None."""
        return self.storage.torn

    # -- opening --------------------------------------------------------------------------------

    @classmethod
    def create(cls, directory: Path, meta: SessionMeta) -> SessionStore:
        session_id = meta.id
        problem = id_problem(session_id)
        if problem:  # before anything is made, the folder included
            raise StoreError(problem)
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / f"{session_id}{SUFFIX}"
        lock = SessionLock(path.with_suffix(".lock"))
        lock.acquire(session_id)
        try:
            if path.exists():
                raise StoreError(f"{path}: a session with this id already exists")
            db = SessionDB(path, storage=JournalStorage,
                           initial={META_TABLE: {META_ID: {**meta.as_dict(), "format": FORMAT}}, EVENTS: {}})
            _clean_temp_files(path)
            store = cls(path, db, lock)
            store._reload()
        except BaseException:
            lock.release()
            raise
        return store

    @classmethod
    def open(cls, path: Path, writer: bool) -> SessionStore:
        _only_a_regular_file(path)
        lock = None
        if writer:
            lock = SessionLock(path.with_suffix(".lock"))
            lock.acquire(path.stem)
        try:
            if writer:
                _clean_temp_files(path)
            with paused_gc():  # (see there: opening reads and checks every event)
                store = cls(path, SessionDB(path, storage=JournalStorage, read_only=not writer), lock)
                store._reload()
        except BaseException:
            if lock:
                lock.release()
            raise
        return store

    def close(self) -> None:
        try:
            self.db.close()  # the writer compacts here if the journal holds replaced documents
        finally:
            if self.lock:
                self.lock.release(self._events[-1]["at"] if self._events else None)
                self.lock = None

    def __enter__(self) -> SessionStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading --------------------------------------------------------------------------------

    def _reload(self) -> None:
        """Take the metadata and every event from the storage's tables (after a full read)."""
        meta_docs = list(self.storage.table(META_TABLE).values())
        if (len(meta_docs) != 1 or not isinstance(meta_docs[0], dict)
                or meta_docs[0].get("format") not in (1, FORMAT) or "id" not in meta_docs[0]):
            raise InvalidSession(f"{self.path}: session metadata missing or of an unknown format")
        events = list(self.storage.table(EVENTS).values())
        seqs: set[int] = set()
        numbers, instants = admit_events(events, self.path, seqs)
        if not all(map(operator.lt, numbers, numbers[1:])):
            events.sort(key=_SEQ)  # a file written in another order: read in order
            numbers, instants = _numbers(events)
        check_instants(events, self.path, instants=instants)
        check_meta(meta_docs[0], self.path)
        try:
            meta = SessionMeta.from_dict(meta_docs[0])
        except (TypeError, ValueError) as exc:
            raise InvalidSession(f"{self.path}: unreadable session metadata ({exc})") from None
        if meta.id != self.path.stem:
            # The file name is the id (list, show, run and the summary's files go by it): a file
            # listed as 'other' that `session show other` cannot find helps nobody.
            raise InvalidSession(f"{self.path}: its id field says {meta.id!r} but a session's id is "
                                 f"its file name ({self.path.stem!r}): rename the file to "
                                 f"{meta.id}.json or set its id to {self.path.stem!r}")
        self._meta, self._events, self._seqs = meta, events, seqs

    def changes(self) -> Changes | None:
        """Read what was appended since the last look (readers). None when nothing changed;
        `reloaded` when the file was replaced and read again from the start (the events list
        then starts over); otherwise the new events were appended to `events()`."""
        try:
            found = self.storage.follow()
            if found is None:
                return None
            if found.reloaded or found.replaced or any(table != EVENTS for table, _, _ in found.docs):
                self._reload()  # not a plain append of events: take everything again
                return Changes(reloaded=True)
            new = [doc for _, _, doc in found.docs]
            seqs = set(self._seqs)
            numbers, instants = admit_events(new, self.path, seqs)
            if ((self._events and new and numbers[0] < self._events[-1]["seq"])
                    or not all(map(operator.lt, numbers, numbers[1:]))):
                self._reload()  # appended out of order: read the whole file in order
                return Changes(reloaded=True)
            check_instants(new, self.path, self._events[-1]["at"] if self._events else None, instants)
        except BaseException:
            self.storage.invalidate()  # whatever was half read, the next look starts from scratch
            raise
        self._events.extend(new)
        self._seqs = seqs
        return found

    def reread(self) -> None:
        """Read the whole file again."""
        try:
            self.storage.load()
            self._reload()
        except BaseException:
            self.storage.invalidate()
            raise

    @property
    def loaded_events(self) -> list[Event]:
        """The events in order, not copied: for readers that only look (see `events()`)."""
        return self._events

    def refresh(self) -> bool:
        """Take in what changed on disk; True when something did (for read-only viewers)."""
        return self.changes() is not None

    @property
    def meta(self) -> SessionMeta:
        assert self._meta is not None, "a SessionStore is only handed out after its first read"
        return self._meta

    def events(self) -> list[Event]:
        return list(self._events)

    def state(self) -> State:
        """The events folded (each call folds them all; `SessionFollower` folds only what is new)."""
        return replay(self._events, self.path)

    # -- writing --------------------------------------------------------------------------------

    def append(self, event: Event) -> None:
        if not self.writer:
            raise StoreError(f"{self.path}: opened read-only")
        try:
            self._events_table.insert(event)  # one line, synced (journal.JournalTable)
        except BaseException:
            # The storage took the line back or read the disk again: believe it.
            with contextlib.suppress(StoreError, OSError):
                self._reload()
            raise
        self._events.append(event)
        self._seqs.add(event["seq"])

    def heartbeat(self, at: float) -> None:
        if self.lock:
            self.lock.heartbeat(at)

    @property
    def previous_alive(self) -> float | None:
        return self.lock.previous_alive if self.lock else None


def admit_events(events: list[Event], path: Path, seen: set[int]) -> tuple[Sequence[int], Sequence[float]]:
    """Check events read from a session file before anything uses them; `seen` holds the
    sequence numbers already admitted and is updated. Every event read from disk passes here
    (opening, and each tail a reader reads): each is checked against its kind's schema
    (validate.py), then for a sequence number seen before. Returns the events' sequence numbers
    and instants, in their order."""
    # The usual case in bulk (every event valid, no number twice); anything else goes through the
    # loop below, one event at a time, which finds the first problem and says it.
    checked = list(map(numbers_if_valid, events))
    if all(checked):  # (a pair for each event, None for one that the checks must look at)
        numbers, instants = zip(*checked, strict=True) if checked else ((), ())
        new = set(numbers)
        if len(new) == len(events) and seen.isdisjoint(new):
            seen |= new
            return numbers, instants
    for i, ev in enumerate(events, len(seen) + 1):
        check_event(ev, path, i)
        if ev["seq"] in seen:
            raise InvalidSession(f"{path}: event number {ev['seq']} appears twice")
        seen.add(ev["seq"])
    return _numbers(events)


def _numbers(events: list[Event]) -> tuple[Sequence[int], Sequence[float]]:
    """The sequence numbers and the instants of (checked) events, in one pass."""
    if not events:
        return (), ()
    numbers, instants = zip(*map(_SEQ_AT, events), strict=True)
    return numbers, instants


def check_instants(events: list[Event], path: Path, previous_at: float | None = None,
                   instants: Sequence[float] | None = None) -> None:
    """Instants in order of sequence number never go backwards (`instants`: those of `events`,
    when known)."""
    at = list(map(_AT, events) if instants is None else instants)
    if previous_at is not None:
        at.insert(0, previous_at)
    if all(map(operator.le, at, at[1:])):
        return
    for ev in events:
        check_order(previous_at, ev, path)
        previous_at = ev["at"]


def replay(events: list[Event], path: Path) -> State:
    """Fold events read from `path`, turning a fold that fails into a one-line StoreError."""
    try:
        with paused_gc(freeze=False):  # (see there: 50,000 events folded make 100,000 objects)
            return fold(events)
    except REPLAY_ERRORS as exc:
        raise replay_failure(path, exc) from None


REPLAY_ERRORS = (ReplayError, *FOLD_ERRORS)


def replay_failure(path: Path, exc: BaseException) -> InvalidSession:
    """The one line for events that pass the schema but do not replay (a hand-edited file: a
    floor given to entry 999, a point deleted twice, a ruling on no point of order): the fold
    names the event and what it names (`state.ReplayError`). Before, only "(KeyError)", and
    some such events were folded as if nothing were wrong (a meeting 0 opened the last one)."""
    if isinstance(exc, ReplayError):
        return InvalidSession(f"{path}: {exc}; the file was changed by hand? (it is left untouched)")
    return InvalidSession(f"{path}: the events cannot be replayed ({type(exc).__name__}); the file was "
                          "changed by hand? (it is left untouched)")


def _clean_temp_files(path: Path) -> None:
    # Only the lock holder may do this: another writer's temp file would be in use.
    for leftover in path.parent.glob(f".{path.name}.*.tmp"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def new_session_id(guide_id: str, when: float, directory: Path) -> str:
    stamp = datetime.fromtimestamp(when).strftime("%Y%m%d-%H%M")
    base = f"{guide_id}-{stamp}"
    candidate, n = base, 2
    while (directory / f"{candidate}{SUFFIX}").exists():
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def session_files(directory: Path) -> Iterator[Path]:
    if directory.is_dir():
        yield from sorted(p for p in directory.glob(f"*{SUFFIX}") if not p.name.startswith("."))


def list_sessions(directory: Path) -> tuple[list[SessionInfo], list[str]]:
    """Every session in `directory` (oldest first by last activity), and one line per bad file."""
    found: list[SessionInfo] = []
    errors: list[str] = []
    for path in session_files(directory):
        try:
            store = SessionStore.open(path, writer=False)
        except StoreError as exc:  # one bad file never hides the others
            errors.append(str(exc))
            continue
        except OSError as exc:
            errors.append(f"{path}: cannot read it ({exc.strerror or type(exc).__name__})")
            continue
        events = store.events()
        last = max((e["at"] for e in events), default=None)
        try:
            finished = store.state().finished
        except StoreError as exc:
            errors.append(str(exc))
            continue
        finally:
            store.close()
        found.append(SessionInfo(store.id, path, store.meta, len(events), last, finished))
    found.sort(key=lambda s: (s.last_at or s.meta.created or 0, s.id))
    return found, errors


def _only_a_regular_file(path: Path) -> None:
    """A session file that is a symbolic link is refused: the writer replaces the file on
    compaction, which would turn the link into a copy and split the session in two. A FIFO or a
    device is not a session (and reading a FIFO would block)."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return  # the storage says so, in its words
    if stat.S_ISLNK(st.st_mode):
        raise StoreError(f"{path}: the session file is a symbolic link; refusing it (a write would "
                         "replace the link): move the file itself into the sessions folder")
    if not stat.S_ISREG(st.st_mode):
        raise StoreError(f"{path}: not a regular file; refusing it")


def resolve(directory: Path, session_id: str) -> Path:
    """The file of session `session_id` (or of the only session whose id starts with it), only
    inside `directory`: an id is a name, never a path (`../x` is refused)."""
    if not session_id or "/" in session_id or "\\" in session_id or session_id in (".", "..") \
            or "\x00" in session_id:
        raise StoreError(f"invalid session id {session_id!r}: a session id is a name in "
                         f"{directory}/, not a path")
    exact = directory / f"{session_id}{SUFFIX}"
    if exact.exists() or exact.is_symlink():
        return exact
    matches = [p for p in session_files(directory) if p.stem.startswith(session_id)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise StoreError(f"no session {session_id!r} in {directory}/ (see: debate session list)")
    raise StoreError(f"{session_id!r} matches {len(matches)} sessions: "
                     + ", ".join(p.stem for p in matches[:5]))

