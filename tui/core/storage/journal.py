"""The session file as a journal: a TinyDB storage that appends one line per action.

Format 2 (written here). The file is JSON lines: each line is a patch `{table: {doc_id: document}}`
(a document of `null` deletes it, a table of `null` drops it); the database is what replaying
the patches in order gives. The first line holds the session's metadata (table `session`,
document 1, with `"format": 2`). An action appends one line and syncs it before returning, so
it costs the same at 50,000 events as at 100; nothing already written is ever rewritten in place.

What can be on disk after a crash. A line is written by one `write` of the line and its newline,
then synced, and only then is the action acknowledged: a kill (or a power cut) can leave at most
the *last* line cut short, and that line was never acknowledged. So bytes after the last newline
are a torn action: they are ignored by readers (the writer may be in the middle of that write)
and dropped by the next writer, which says so (`JournalStorage.torn`). Anything else that does
not read — an empty file, a complete line that is not a patch, a file with no metadata — is
refused with the file left untouched, as format 1 did: treating it as an empty database would
throw a whole debate away at the next write.

Another program writing to the file. The lock keeps out a second writer of ours, not an editor
or a script. The writer knows the file as it left it (inode, size, modification time, noted after
each of its own writes) and looks again before each write, a `stat` of the path (microseconds,
bench/storage.py): if anything differs, bytes added after its last line, the file cut, rewritten in
place, replaced or removed, the write is refused (`ChangedOnDisk`, nothing written) and so is every
later one, compaction on closing included. Appending after a stranger's half line would make the
file unreadable from that line on, and a compaction would silently throw the stranger's bytes away.
After each append an `fstat` checks the file grew by exactly the line: if another program wrote in
between, the action is not acknowledged either.

Compaction rewrites the whole file atomically (temp file, fsync, rename, fsync the folder) as
one line of metadata and one line per document. It happens when the journal holds more than
twice the documents of the state (lines that replaced or deleted documents), when the writer
closes a journal that holds any such waste, and when a format-1 file is written for the first
time (the migration: format 1 was one JSON document, `{"session": ..., "events": ...}` with no
newline, rewritten whole at each action; it is read as before and becomes format 2 at its first
write). A reader notices the rename (a new inode) and reads the new file from the start.

Why inserts bypass TinyDB's table update (the choice the issue asks to justify). TinyDB's storage
interface only knows whole databases: `Table.insert` reads the database, converts every document
id of the table to int and back to str, and hands the whole database to `Storage.write` (at 50,000
events those conversions alone cost more than the append), and the storage would then have to
compare the whole database with the previous one to find the one new document. `JournalTable`
(the table class of `SessionDB`) overrides `insert` and `insert_multiple` only: it takes the next
ids as TinyDB does and gives the storage the new documents alone (`JournalStorage.append`), so an
insert costs one encoded line and one sync. A table subclass was chosen over a storage that
diffs because a diff is O(size of the database) per action, and over bypassing TinyDB entirely
because every other TinyDB operation keeps working unchanged: update, upsert, remove, truncate
and drop go through `Storage.write` with the whole database. TinyDB changes documents in place
before calling it, so `write` cannot tell what changed; it compacts (an atomic rewrite, what
every action cost in format 1). Nothing in the program does these: events are never changed once
written and the metadata is written once, at creation.

Opening (issue 18: 50,000 events, read, checked and folded, in 300 ms). The journal is parsed by
orjson, a dependency taken for this alone: it parses the 8 MB of a 50,000-event session in about
half the time of the standard `json`, and it is only trusted where it reads exactly what `json`
reads (`_decode_lines` says how; `json` reads the rest and words every refusal, as before). The
run of `events` lines that makes most of a journal is parsed as one array of their documents
(`_read_run`), and what the reading made is kept out of the garbage collector's way while the
session is open (`paused_gc`). A checkpoint of the folded state kept in the file was measured
and not taken: rebuilding the state's objects from any stored form costs about what the fold
does (even `pickle`, 85% of the fold here, and it may not be given a file), the events must
still be read for undo, the readers and the summary, and a checkpoint could only spare their
checks if it could not be forged, which a hash anyone can compute does not give.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Document, Table

from ..files.atomic import write_atomic
from .long_numbers import long_number_problem

FORMAT = 2
META_TABLE = "session"
META_ID = "1"

Tables = dict[str, dict[str, Any]]


class StoreError(Exception):
    """A session file that cannot be used as asked; the message names the file and the reason."""


class InvalidSession(StoreError):
    """The session file's content is not a valid session (exit 2, like any invalid input); the
    file is left exactly as it is."""


class ChangedOnDisk(StoreError):
    """The writer found the session file other than it left it: another program added bytes to it,
    cut it, rewrote it or put another file in its place. Nothing is written to it any more (an
    append would land after someone else's bytes, a compaction would throw them away): `reason`
    says what was found, `recorded` is False when the refused action was not written, None when
    another program wrote at the very moment of the write (the line may be in the file, after its
    bytes; it was not acknowledged either way)."""

    def __init__(self, path: Path, reason: str, recorded: bool | None = False) -> None:
        self.path, self.reason, self.recorded = path, reason, recorded
        outcome = ("nothing was recorded" if recorded is False
                   else "the action was not acknowledged and may be in the file after those bytes")
        super().__init__(f"{path}: the session file was changed by another program since it was last "
                         f"written here ({reason}): {outcome}; close the session and check the file")


@dataclass(slots=True)
class Changes:
    """What a reader found since it last looked: the documents added or changed, in file order,
    or `reloaded` when the file was replaced (compacted, migrated) and read again from the start."""

    reloaded: bool = False
    docs: list[tuple[str, str, Any]] = field(default_factory=list)  # (table, id, doc or None)
    replaced: bool = False  # some of `docs` replaced or deleted documents (or dropped a table)


@contextlib.contextmanager
def paused_gc(freeze: bool = True) -> Iterator[None]:
    """No cyclic garbage collection while a whole session is read, checked and folded, and what
    that made left out of later collections while the session is open.

    Reading 50,000 events makes some 400,000 dicts, lists and objects, none of them garbage, and
    each few hundred new ones set off a collection that walks them all again: with the collector
    on, `json.loads` of a 50,000-event file took 2.5-3× as long (about 600 against 200 ms here).
    Paused, the collector still walks them once at its next collection (about 15% of opening
    here), again at the next of the middle generation, and at every full collection while the
    console runs (each one a pause of tens of milliseconds at 50,000 events). So at the end the
    objects alive are frozen (`gc.freeze`: moved where collections do not look) until the
    storage is closed (`release_frozen`). That is safe for the session's own objects: events and
    state are dicts, lists, strings, numbers and dataclasses that point down, never back, so
    reference counting frees them whenever they are dropped, frozen or not. What else is frozen
    with them (a cycle of garbage made before, not yet collected) waits for the close; so
    `freeze=False` where this happens again and again while a session is open (a reader folding
    everything again after each undo)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        gc.enable()


def release_frozen() -> None:
    """Let collections look again at what `paused_gc` froze (when a session is closed)."""
    gc.unfreeze()


def encode(patch: Mapping[str, Any]) -> bytes:
    # ensure_ascii=False keeps names readable in the file; JSON escapes every newline inside
    # strings, so a raw b"\n" only ever ends a line.
    return json.dumps(patch, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"


def _sync(fd: int) -> None:
    # fdatasync flushes the data and the new size, which is all an append needs.
    getattr(os, "fdatasync", os.fsync)(fd)


class JournalStorage(Storage):
    """A TinyDB storage over a format-2 journal (and a format-1 file until its first write).

    `TinyDB(path, storage=JournalStorage, read_only=..., initial=...)`: with `initial` the file is
    created (atomically) with those tables; otherwise it must exist and read.
    """

    def __init__(self, path: str | Path, read_only: bool = False,
                 initial: Tables | None = None) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.format = FORMAT
        self.torn: str | None = None  # set when a torn last line was found (and, by a writer, dropped)
        self._tables: Tables = {}
        self._live = 0  # documents in the state
        self._waste = 0  # documents in the journal that later lines replaced or deleted
        self._offset = 0  # bytes of complete lines read (= the file's size for the writer)
        self._lines = 0  # complete lines read (to name a line in an error message)
        self._inode: int | None = None
        self._fd: int | None = None  # the writer's append descriptor
        # The writer's view of the file as it last left it (inode, size, mtime), checked before
        # every write (`_unchanged`); and what was found when it was not (then nothing is written).
        self._seen: tuple[int, int, int] | None = None
        self.changed: str | None = None
        if initial is not None:
            if read_only:
                raise StoreError(f"{self.path}: cannot create a session read-only")
            self._tables = {name: dict(docs) for name, docs in initial.items()}
            self.compact()
        else:
            self.load()

    # -- TinyDB's interface -----------------------------------------------------------------------

    def read(self) -> dict[str, Any]:
        # A new outer dict: TinyDB assigns the updated table into it before calling write().
        return dict(self._tables)

    def write(self, data: dict[str, Any]) -> None:
        """TinyDB's whole-database write (update, remove, upsert, truncate, drop): an atomic
        rewrite, see the module's docstring. Inserts never come here (`JournalTable`)."""
        self._writable()
        self._unchanged()  # (before anything: the repair below would read someone else's file)
        self._tables = {name: dict(docs) for name, docs in data.items()}
        try:
            self.compact()
        except BaseException:
            self._reload_after_failure()
            raise

    def close(self) -> None:
        try:
            if not self.read_only and self._waste and self.changed is None:
                with contextlib.suppress(ChangedOnDisk):  # kept in `changed`, for the caller to say
                    self.compact()
        finally:
            release_frozen()
            if self._fd is not None:
                os.close(self._fd)
                self._fd = None

    # -- the journal --------------------------------------------------------------------------------

    def table(self, name: str) -> dict[str, Any]:
        """The live documents of a table, by id (do not change them)."""
        return self._tables.get(name, {})

    def append(self, table: str, docs: Mapping[str, Any]) -> None:
        """Add or replace documents with one line, synced before returning. On failure the file
        and the state are as before (or, if even the repair failed, read again from the disk)."""
        self._writable()
        if self.format != FORMAT:
            self.compact()  # the migration of a format-1 file, atomically, before the first append
        line = encode({table: docs})
        self._unchanged()  # never a line after someone else's bytes
        fd = self._append_fd()
        before = self._offset
        try:
            view = memoryview(line)
            while view:  # a write to a regular file is whole unless the disk fills up
                view = view[os.write(fd, view):]
            _sync(fd)
        except BaseException:
            try:
                os.ftruncate(fd, before)  # the line was never acknowledged: take it back
                st = os.fstat(fd)
                self._seen = (st.st_ino, st.st_size, st.st_mtime_ns)  # (a new mtime, ours)
            except OSError:
                self._reload_after_failure()
            raise
        self._wrote(fd, before + len(line))
        self._offset = before + len(line)
        self._lines += 1
        if self._merge(table, docs) and self._waste > self._live and self._waste > 1000:
            self.compact()  # the journal has grown to more than twice the state

    def compact(self) -> None:
        """Rewrite the whole file atomically: the metadata, then one line per document."""
        self._writable()
        if self._seen is not None:  # (None: the file is being created)
            self._unchanged()  # a rewrite would throw away what another program put there
        meta = self._tables.get(META_TABLE, {}).get(META_ID)
        if isinstance(meta, dict):
            meta["format"] = FORMAT
        parts: list[bytes] = []
        for name in sorted(self._tables, key=lambda n: n != META_TABLE):  # metadata first
            docs = self._tables[name]
            if not docs:
                parts.append(encode({name: {}}))
            parts.extend(encode({name: {doc_id: doc}}) for doc_id, doc in docs.items())
        payload = b"".join(parts)
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        write_atomic(self.path, payload)
        self.format = FORMAT
        self._offset, self._waste, self.torn = len(payload), 0, None
        self._lines = len(parts)
        self._live = sum(len(docs) for docs in self._tables.values())
        st = os.stat(self.path)
        self._inode, self._seen = st.st_ino, (st.st_ino, st.st_size, st.st_mtime_ns)

    def load(self) -> None:
        """Read the whole file (refusing it, untouched, if it does not read)."""
        with paused_gc():
            self._load()

    def _load(self) -> None:
        try:
            with open(self.path, "rb") as fh:
                st = os.fstat(fh.fileno())
                raw = fh.read()
            inode = st.st_ino
        except FileNotFoundError:
            raise StoreError(f"{self.path}: no such session file") from None
        self.invalidate()  # until this read succeeds, the next look starts from scratch
        self._tables, self._live, self._waste = {}, 0, 0
        self.torn = None
        if b"\n" not in raw and raw.strip():
            self._load_format1(raw)
            self._offset = len(raw)
        else:
            end = raw.rfind(b"\n") + 1
            if not raw[:end].strip():
                raise InvalidSession(f"{self.path}: the file is empty; refusing to treat it as an empty "
                                   "session (it is left untouched)")
            run = _read_run(raw[:end], self.path)
            if run is not None:  # the usual journal: see `_read_run`
                patches, name, docs = run
                self._apply_all(patches)
                self._add_all(name, docs)
                lines = len(patches) + len(docs)
            else:
                try:
                    patches = _decode_lines(raw[:end], self.path, 1)
                except StoreError:
                    # A format-1 file someone pretty-printed still reads as one document.
                    with contextlib.suppress(StoreError):
                        self._load_format1(raw)
                        self._offset, self._inode = len(raw), inode
                        self._seen = (inode, st.st_size, st.st_mtime_ns)
                        return
                    raise
                self._apply_all(patches)
                lines = len(patches)
            self.format = FORMAT
            self._offset, self._lines = end, lines
            if end < len(raw):
                self._torn(len(raw) - end)
        self._inode = inode
        self._seen = (inode, st.st_size, st.st_mtime_ns)
        if not isinstance(self._tables.get(META_TABLE), dict) or not self._tables[META_TABLE]:
            raise InvalidSession(f"{self.path}: not a debate session file (no session table); "
                               "it is left untouched")
        if self._fd is None and not self.read_only and self.torn:
            self._drop_torn_tail()

    def invalidate(self) -> None:
        """Make the next `follow` read the whole file again."""
        self._inode = None

    def follow(self) -> Changes | None:
        """For readers: what was appended since the last look (complete lines only), a full
        reload if the file was replaced or shrank, None if nothing changed."""
        try:
            fd = os.open(self.path, os.O_RDONLY)
        except FileNotFoundError:
            raise StoreError(f"{self.path}: no such session file") from None
        try:
            st = os.fstat(fd)
            if st.st_ino != self._inode or st.st_size < self._offset or self.format != FORMAT:
                if (st.st_ino, st.st_size) == (self._inode, self._offset):
                    return None  # a format-1 file that did not change
                self.load()
                return Changes(reloaded=True)
            if st.st_size == self._offset:
                return None
            raw = os.pread(fd, st.st_size - self._offset, self._offset)
        finally:
            os.close(fd)
        end = raw.rfind(b"\n") + 1
        if not end:
            return None  # a line being written: wait for its newline
        changes = Changes()
        for patch in _decode_lines(raw[:end], self.path, self._lines + 1):
            self._apply(patch, changes)
        self._offset += end
        self._lines += raw.count(b"\n", 0, end)
        return changes

    # -- inside -----------------------------------------------------------------------------------

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only")

    def _append_fd(self) -> int:
        if self._fd is None:  # (after `_unchanged`: the file at the path is the one last written)
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND)
        return self._fd

    def unchanged(self) -> None:
        """Raise ChangedOnDisk unless the file is as this writer last left it (a stat: a few
        microseconds; the console also asks between actions, to say so before the next one)."""
        if not self.read_only:
            self._unchanged()

    def _wrote(self, fd: int, size: int) -> None:
        """After a line was written and synced: the file is `size` bytes long, or another program
        wrote between the check and this write (its bytes and this line are in the file in some
        order, and neither can be taken back without the other: the action is not acknowledged)."""
        st = os.fstat(fd)
        if st.st_size != size:
            self.changed = "another program wrote to it at the same moment"
            raise ChangedOnDisk(self.path, self.changed, recorded=None)
        self._seen = (st.st_ino, st.st_size, st.st_mtime_ns)

    def _unchanged(self) -> None:
        # The writer holds the lock, so no program of ours wrote to the file since: a file whose
        # inode, size or modification time differ was changed by someone else. Its bytes are
        # never built on: not appended after (readers would refuse the file from that line on),
        # not compacted away. A stat of the path, not of the descriptor: it sees a replaced file.
        if self.changed is None:
            try:
                st = os.stat(self.path)
            except FileNotFoundError:
                self.changed = "it was removed"
            else:
                seen = self._seen
                if seen is None or (st.st_ino, st.st_size, st.st_mtime_ns) == seen:
                    return
                inode, size, _ = seen
                if st.st_ino != inode:
                    self.changed = "another file was put in its place"
                elif st.st_size > size:
                    added = st.st_size - size
                    self.changed = f"{added} byte{'s' if added != 1 else ''} added after its last line"
                elif st.st_size < size:
                    self.changed = f"cut from {size} to {st.st_size} bytes"
                else:
                    self.changed = "rewritten in place"
        raise ChangedOnDisk(self.path, self.changed)

    def _reload_after_failure(self) -> None:
        # The disk is the truth, whichever way the failed write went.
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None
        with contextlib.suppress(StoreError, OSError):
            self.load()

    def _load_format1(self, raw: bytes) -> None:
        try:
            data = json.loads(raw.decode("utf-8"))
        except RecursionError:
            raise InvalidSession(f"{self.path}: not a readable session file (JSON nested too deeply); "
                             "it is left untouched") from None
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            where = (f" at line {exc.lineno} column {exc.colno}"
                     if isinstance(exc, json.JSONDecodeError) else "")
            raise InvalidSession(f"{self.path}: not a readable session file (invalid JSON{where}); "
                               "it is left untouched") from None
        except ValueError:  # a whole number too long to convert (see long_numbers)
            raise InvalidSession(f"{self.path}: {long_number_problem(raw.decode('utf-8'))}; "
                                 "the file is left untouched") from None
        if not isinstance(data, dict) or not isinstance(data.get(META_TABLE), dict):
            raise InvalidSession(f"{self.path}: not a debate session file (no session table); "
                               "it is left untouched")
        self._apply(data)
        self.format = 1

    def _apply_all(self, patches: list[Any]) -> None:
        """`_apply` each patch (opening: 50,000 lines), with a fast path for the usual line, one
        new document added to a table that exists; anything else goes through `_apply`."""
        tables = self._tables
        added = 0
        for patch in patches:
            if type(patch) is dict and len(patch) == 1:
                ((name, docs),) = patch.items()
                if type(docs) is dict and len(docs) == 1:
                    ((doc_id, doc),) = docs.items()
                    table = tables.get(name)
                    if table is not None and doc is not None and doc_id not in table:
                        table[doc_id] = doc
                        added += 1
                        continue
            self._live += added
            added = 0
            self._apply(patch)
        self._live += added

    def _add_all(self, name: str, docs: list[Any]) -> None:
        """`_apply({name: d})` for each `d` of `docs` (the lines of a run, `_read_run`), with the
        fast path of `_apply_all`."""
        table = self._tables.get(name)
        added = 0
        for patch in docs:
            if table is not None and type(patch) is dict and len(patch) == 1:
                ((doc_id, doc),) = patch.items()
                if doc is not None and doc_id not in table:
                    table[doc_id] = doc
                    added += 1
                    continue
            self._live += added
            added = 0
            self._apply({name: patch})
            table = self._tables.get(name)
        self._live += added

    def _apply(self, patch: Any, changes: Changes | None = None) -> None:
        if not isinstance(patch, dict):
            raise InvalidSession(f"{self.path}: a line is not a session patch; it is left untouched")
        for name, docs in patch.items():
            if docs is None:
                dropped = self._tables.pop(name, {})
                self._waste += len(dropped)
                self._live -= len(dropped)
                if changes is not None:
                    changes.replaced = True
                continue
            if not isinstance(docs, dict):
                raise InvalidSession(f"{self.path}: table {name!r} is not a set of documents; "
                                 "it is left untouched")
            replaced = self._merge(name, docs)
            if changes is not None:
                changes.docs.extend((name, doc_id, doc) for doc_id, doc in docs.items())
                changes.replaced = changes.replaced or replaced

    def _merge(self, name: str, docs: Mapping[str, Any]) -> bool:
        table = self._tables.setdefault(name, {})
        replaced = False
        for doc_id, doc in docs.items():
            if doc_id in table:
                self._waste += 1
                self._live -= 1
                replaced = True
            if doc is None:
                replaced = True
                table.pop(doc_id, None)
            else:
                table[doc_id] = doc
                self._live += 1
        return replaced

    def _torn(self, size: int) -> None:
        self.torn = (f"{self.path}: the last line was cut short ({size} bytes, an action that was "
                     "never acknowledged)")

    def _drop_torn_tail(self) -> None:
        # Only the lock holder gets here: no other writer can be in the middle of a line.
        fd = os.open(self.path, os.O_WRONLY)
        try:
            os.ftruncate(fd, self._offset)
            _sync(fd)
            st = os.fstat(fd)
            self._seen = (st.st_ino, st.st_size, st.st_mtime_ns)
        finally:
            os.close(fd)
        self.torn = (self.torn or "") + "; it was dropped"


# Bytes 0-9 as b"0", every other byte as a space: a run of 19 digits (see `_decode_lines`) is then
# one `find` away, without a regular expression (which would look at each byte in Python's loop).
_DIGITS = bytes(48 if 48 <= b <= 57 else 32 for b in range(256))
_LONG_NUMBER = b"0" * 19


def _read_run(block: bytes, path: Path) -> tuple[list[Any], str, list[Any]] | None:
    """A journal read as most are: lines that end with a run of lines of one table, up to the
    last, `{"events":{"12":{...}}}` each. Returns the patches of the lines before the run, the
    table's name and, for each line of the run, its value for the table (`{"12":{...}}`):
    the run is parsed as one array of those values, without the dictionary around each, which
    saves making (and freeing) 50,000 of them when a session is opened. None when the block is
    not that or does not parse so (then `_decode_lines` reads it and says what is wrong).

    Why this reads what `_decode_lines` reads: every line of the run starts with `{"NAME":` and
    ends with `}` (counted below; a newline is never inside a line), so the array is the lines'
    values, each in its place, when each line is one JSON object of that one member; a line of
    any other shape (two members, another table) leaves a `:` or a `,` where an array cannot
    have it, and the parse fails."""
    last = block[block.rfind(b"\n", 0, len(block) - 1) + 1:]
    head = _TABLE_LINE.match(last)
    if head is None:
        return None
    prefix = head.group(0)
    start = 0 if block.startswith(prefix) else block.find(b"\n" + prefix) + 1
    run = block[start:]
    lines = run.count(b"\n")
    if (not run.startswith(prefix) or run.count(b"\n" + prefix) != lines - 1
            or run.count(b"}\n") != lines):
        return None
    array = b"[" + run[len(prefix):-2].replace(b"}\n" + prefix, b",") + b"]"
    docs = _orjson_list(run, array, lines)
    if docs is None:
        return None
    try:
        patches = _decode_lines(block[:start], path, 1) if start else []
    except StoreError:
        return None
    return patches, head.group(1).decode(), docs


# The start of a journal line of one table whose name needs no escape in JSON.
_TABLE_LINE = re.compile(rb'\{"([A-Za-z0-9_.-]{1,100})":')


def _orjson_list(source: bytes, array: bytes, count: int) -> list[Any] | None:
    """`array` (a JSON array made of the lines of `source`) parsed by orjson, if orjson reads it
    as `json.loads` would and it has `count` items; None otherwise (see `_decode_lines`)."""
    if source.translate(_DIGITS).find(_LONG_NUMBER) >= 0:
        return None
    try:
        items = orjson.loads(array)
    except orjson.JSONDecodeError:
        return None
    return items if type(items) is list and len(items) == count else None


def _decode_lines(block: bytes, path: Path, first_line: int) -> list[Any]:
    """The patches of a block of complete lines: one C-level parse for the whole block, and a
    line-by-line parse only to name the line when something does not read.

    orjson parses the block when it can (opening 50,000 events: about 2× faster than `json`),
    and only where it gives exactly what `json.loads` gives: it refuses what `json` would read
    differently (NaN and infinities, numbers like 1e400, lone surrogates, nesting past 1,024) and
    those blocks are read by `json`, as before; the one value it would read differently without
    refusing it is an integer beyond 64 bits (a float for orjson), which needs 19 digits in a row,
    so a block holding such a run goes to `json` too."""
    count = block.count(b"\n")
    array = b"[" + block.rstrip(b"\n").replace(b"\n", b",") + b"]"
    patches = _orjson_list(block, array, count)
    if patches is not None:
        return patches
    try:  # json says what is wrong, or reads it as it always did
        # Decoded first: json.loads would guess UTF-16 or -32 for bytes that start with NULs.
        patches = json.loads(array.decode("utf-8"))
        if isinstance(patches, list) and len(patches) == count:
            return patches
    except (ValueError, RecursionError):  # (ValueError: also a too-long number, see below)
        pass
    for n, line in enumerate(block.split(b"\n")[:count], first_line):
        try:
            json.loads(line.decode("utf-8"))
        except RecursionError:
            raise InvalidSession(f"{path}: line {n} is nested too deeply; it is left untouched") from None
        except UnicodeDecodeError:
            raise InvalidSession(f"{path}: line {n} is not UTF-8 text; the file is left untouched") from None
        except json.JSONDecodeError as exc:
            raise InvalidSession(f"{path}: not a readable session file (invalid JSON at line {n} column "
                               f"{exc.colno}); it is left untouched") from None
        except ValueError:  # a whole number too long to convert (see long_numbers)
            raise InvalidSession(f"{path}: {long_number_problem(line.decode('utf-8'))}; the file is "
                                 "left untouched") from None
    raise InvalidSession(f"{path}: a line holds more than one JSON value; the file is left untouched")


class JournalTable(Table):
    """A TinyDB table whose inserts append the new documents alone (see the module's docstring)."""

    _journal_next_id: int | None = None

    def _next_doc_id(self, table: Mapping[str, Any]) -> int:
        # As TinyDB's own `_get_next_id`: one more than the largest id, found once then counted.
        if self._journal_next_id is None:
            self._journal_next_id = max((int(k) for k in table), default=0) + 1
        doc_id = self._journal_next_id
        self._journal_next_id += 1
        return doc_id


    def insert(self, document: Mapping[str, Any]) -> int:
        return self.insert_multiple([document])[0]

    def insert_multiple(self, documents: Iterable[Mapping[str, Any]]) -> list[int]:
        storage = self._storage
        if not isinstance(storage, JournalStorage):  # pragma: no cover - another storage
            return super().insert_multiple(documents)
        table = storage.table(self.name)
        new: dict[str, dict[str, Any]] = {}
        ids: list[int] = []
        for document in documents:
            if not isinstance(document, Mapping):
                raise ValueError("Document is not a Mapping")
            if isinstance(document, Document):
                doc_id = document.doc_id
                self._journal_next_id = None
            else:
                doc_id = self._next_doc_id(table)
            key = str(doc_id)
            if key in table or key in new:
                raise ValueError(f"Document with ID {doc_id} already exists")
            new[key] = dict(document)
            ids.append(doc_id)
        if new:
            storage.append(self.name, new)
        self.clear_cache()
        return ids


class SessionDB(TinyDB):
    """TinyDB with journalled inserts: `SessionDB(path, storage=JournalStorage, ...)`."""

    table_class = JournalTable
