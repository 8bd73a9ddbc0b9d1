"""Debate sessions on disk: one TinyDB file per session, written atomically, one writer at a time.

TinyDB's own JSONStorage rewrites the file in place, so a kill in the middle of a write can leave
half a file. `AtomicStorage` writes a temp file, fsyncs it, renames it over the session and fsyncs
the folder: after a crash the file holds either the state before the action or the state after.
It also refuses an empty or unreadable file instead of treating it as an empty database, which
would silently throw a whole debate away at the next write.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.storages import Storage

from ..debate.state import REDUCERS, Event, State, fold
from ..files.atomic import write_atomic

FORMAT = 1
SUFFIX = ".json"
SESSIONS_ENV = "DEBATE_SESSIONS_DIR"
DEFAULT_DIR = "sessions"
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,80}$")


class StoreError(Exception):
    """A session file that cannot be used as asked; the message names the file and the reason."""


def sessions_dir(explicit: str | None = None) -> Path:
    return Path(explicit or os.environ.get(SESSIONS_ENV) or DEFAULT_DIR)


class AtomicStorage(Storage):
    """A TinyDB storage that only ever replaces the whole file, atomically and durably."""

    def __init__(self, path: str | Path, read_only: bool = False, allow_missing: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.allow_missing = allow_missing
        # The writer holds the lock, so what it last read or wrote is what is on disk.
        self._cache: dict[str, Any] | None = None

    def read(self) -> dict[str, Any] | None:
        if self._cache is not None and not self.read_only:
            return self._cache
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            if self.allow_missing:
                return None
            raise StoreError(f"{self.path}: no such session file") from None
        data = parse_session_bytes(raw, self.path)
        if not self.read_only:
            self._cache = data
        return data

    def write(self, data: dict[str, Any]) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only")
        payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        try:
            write_atomic(self.path, payload)
        except BaseException:
            # TinyDB changed our cached dict before handing it back: forget it, disk is the truth.
            self._cache = None
            raise
        self._cache = data

    def close(self) -> None:
        self._cache = None


def parse_session_bytes(raw: bytes, path: Path) -> dict[str, Any]:
    if not raw.strip():
        raise StoreError(f"{path}: the file is empty; refusing to treat it as an empty session "
                         "(it is left untouched)")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        where = f" at line {exc.lineno} column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else ""
        raise StoreError(f"{path}: not a readable session file (invalid JSON{where}); "
                         "it is left untouched") from None
    if not isinstance(data, dict) or not isinstance(data.get("session"), dict):
        raise StoreError(f"{path}: not a debate session file (no session table); it is left untouched")
    return data


class SessionLock:
    """An exclusive flock on `<session>.lock`: the kernel drops it when the process dies, even
    by SIGKILL, so a crash never leaves a stale lock behind. The file also keeps the writer's pid
    and the last instant it was known alive, to measure how long the console was down."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.previous_alive: float | None = None
        self._fd: int | None = None

    def acquire(self, session_id: str) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            pid = _read_lock(fd)[0]
            os.close(fd)
            holder = f" (process {pid})" if pid else ""
            raise StoreError(f"session {session_id} is already open for writing{holder}; "
                             "open it read-only (debate display) or close the other console") from None
        self._fd = fd
        self.previous_alive = _read_lock(fd)[1]
        self._write(self.previous_alive)

    def _write(self, alive: float | None) -> None:
        assert self._fd is not None
        content = f"{os.getpid()} {'-' if alive is None else f'{alive:.3f}'}\n".encode()
        os.ftruncate(self._fd, 0)
        os.pwrite(self._fd, content, 0)

    def heartbeat(self, at: float) -> None:
        if self._fd is not None:
            self._write(at)

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops the flock
            self._fd = None


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
    meta: dict[str, Any]
    events: int
    last_at: float | None
    finished: bool


class SessionStore:
    """One session file: its metadata and its append-only list of events."""

    def __init__(self, path: Path, storage: AtomicStorage, lock: SessionLock | None) -> None:
        self.path = path
        self.storage = storage
        self.lock = lock
        self.db = TinyDB(storage=_Given(storage))
        self._meta: dict[str, Any] | None = None
        self._events: list[Event] | None = None
        self._stamp: tuple[int, int, int] | None = None

    @property
    def id(self) -> str:
        return str(self.meta["id"])

    @property
    def writer(self) -> bool:
        return self.lock is not None

    # -- opening --------------------------------------------------------------------------------

    @classmethod
    def create(cls, directory: Path, meta: dict[str, Any]) -> SessionStore:
        directory.mkdir(parents=True, exist_ok=True)
        session_id = str(meta["id"])
        if not _ID.match(session_id):
            raise StoreError(f"invalid session id {session_id!r} (letters, digits, '.', '-', '_')")
        path = directory / f"{session_id}{SUFFIX}"
        lock = SessionLock(path.with_suffix(".lock"))
        lock.acquire(session_id)
        try:
            if path.exists():
                raise StoreError(f"{path}: a session with this id already exists")
            storage = AtomicStorage(path, allow_missing=True)
            storage.write({"session": {"1": {**meta, "format": FORMAT}}, "events": {}})
            _clean_temp_files(path)
            store = cls(path, storage, lock)
            store.refresh()
        except BaseException:
            lock.release()
            raise
        return store

    @classmethod
    def open(cls, path: Path, writer: bool) -> SessionStore:
        lock = None
        if writer:
            lock = SessionLock(path.with_suffix(".lock"))
            lock.acquire(path.stem)
        try:
            if writer:
                _clean_temp_files(path)
            store = cls(path, AtomicStorage(path, read_only=not writer), lock)
            store.refresh()
        except BaseException:
            if lock:
                lock.release()
            raise
        return store

    def close(self) -> None:
        self.db.close()
        if self.lock:
            self.lock.release()
            self.lock = None

    def __enter__(self) -> SessionStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading --------------------------------------------------------------------------------

    def refresh(self) -> bool:
        """Re-read the file if it changed on disk; True when it did (for read-only viewers)."""
        try:
            st = self.path.stat()
        except FileNotFoundError:
            raise StoreError(f"{self.path}: no such session file") from None
        stamp = (st.st_ino, st.st_mtime_ns, st.st_size)
        if stamp == self._stamp and self._events is not None:
            return False
        meta_docs = self.db.table("session").all()
        if len(meta_docs) != 1 or meta_docs[0].get("format") != FORMAT or "id" not in meta_docs[0]:
            raise StoreError(f"{self.path}: session metadata missing or of an unknown format")
        events = sorted((dict(d) for d in self.db.table("events").all()), key=lambda e: e.get("seq", 0))
        _check_events(events, self.path)
        self._meta, self._events, self._stamp = dict(meta_docs[0]), events, stamp
        return True

    @property
    def meta(self) -> dict[str, Any]:
        assert self._meta is not None
        return self._meta

    def events(self) -> list[Event]:
        assert self._events is not None
        return list(self._events)

    def state(self) -> State:
        try:
            return fold(self.events())
        except (KeyError, ValueError, AssertionError, TypeError, IndexError) as exc:
            raise StoreError(f"{self.path}: the events cannot be replayed ({type(exc).__name__}); "
                             "the file was changed by hand?") from None

    # -- writing --------------------------------------------------------------------------------

    def append(self, event: Event) -> None:
        if not self.writer:
            raise StoreError(f"{self.path}: opened read-only")
        assert self._events is not None
        try:
            self.db.table("events").insert(event)
        except BaseException:
            # The write may have failed after the rename (fsync of the folder): what is on disk
            # is the truth, whichever way it went.
            self._stamp = None
            with contextlib.suppress(StoreError, OSError):
                self.refresh()
            raise
        self._events.append(event)
        st = self.path.stat()
        self._stamp = (st.st_ino, st.st_mtime_ns, st.st_size)

    def heartbeat(self, at: float) -> None:
        if self.lock:
            self.lock.heartbeat(at)

    @property
    def previous_alive(self) -> float | None:
        return self.lock.previous_alive if self.lock else None


class _Given(Storage):
    """Hands TinyDB a storage we built ourselves (TinyDB wants a class to instantiate)."""

    def __init__(self, storage: AtomicStorage) -> None:
        self._storage = storage

    def __call__(self) -> AtomicStorage:
        return self._storage

    def read(self) -> dict[str, Any] | None:  # pragma: no cover - never used as a storage
        return self._storage.read()

    def write(self, data: dict[str, Any]) -> None:  # pragma: no cover
        self._storage.write(data)


def _check_events(events: list[Event], path: Path) -> None:
    known = set(REDUCERS) | {"undo"}
    seen: set[int] = set()
    for i, ev in enumerate(events, 1):
        if not (isinstance(ev.get("seq"), int) and isinstance(ev.get("type"), str)
                and isinstance(ev.get("at"), int | float) and isinstance(ev.get("data"), dict)):
            raise StoreError(f"{path}: event {i} is malformed (seq, type, at, data expected)")
        if ev["type"] not in known:
            raise StoreError(f"{path}: event {ev['seq']} has an unknown type {ev['type']!r} "
                             "(written by a newer version?)")
        if ev["seq"] in seen:
            raise StoreError(f"{path}: event number {ev['seq']} appears twice")
        seen.add(ev["seq"])


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
        except StoreError as exc:
            errors.append(str(exc))
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
    found.sort(key=lambda s: (s.last_at or s.meta.get("created", 0), s.id))
    return found, errors


def resolve(directory: Path, session_id: str) -> Path:
    """The file of session `session_id` (or of the only session whose id starts with it)."""
    exact = directory / f"{session_id}{SUFFIX}"
    if exact.exists():
        return exact
    if session_id.endswith(SUFFIX) and Path(session_id).exists():
        return Path(session_id)
    matches = [p for p in session_files(directory) if p.stem.startswith(session_id)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise StoreError(f"no session {session_id!r} in {directory}/ (see: debate session list)")
    raise StoreError(f"{session_id!r} matches {len(matches)} sessions: "
                     + ", ".join(p.stem for p in matches[:5]))

