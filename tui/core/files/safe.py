"""Reading only what was asked, writing only where asked.

- `read_input`: an input (a roster, a guide) is opened only if it is a regular file, without
  blocking on a FIFO, and read with a size cap: `/dev/zero` or a FIFO is refused, not read forever.
- `write_output`: an output named with `-o` is written as a shell redirect would write it. `-` is
  standard output; a FIFO, a terminal or a device is written directly, never replaced by a regular
  file; a symbolic link is written through to its target (atomically: temp file beside the target,
  renamed over it), so the link stays a link; a regular file is replaced atomically, keeping its
  mode; a new file gets the usual mode (0666 less the umask).
Refusals are OSError (the CLI prints `FILE: reason` on one line, exit 1).
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from pathlib import Path

from .atomic import write_atomic


class FileRefused(OSError):
    """A path that is not what the command may read or write (not a regular file, too large)."""

    def __init__(self, path: str | Path, reason: str) -> None:
        super().__init__(errno.EINVAL, reason, str(path))


def read_input(path: str | Path, max_bytes: int, what: str = "file", truncate: bool = False) -> bytes:
    """The bytes of the regular file `path`, at most `max_bytes`; FileRefused otherwise (with
    `truncate`, a larger file gives its first `max_bytes + 1` bytes: the caller reports it)."""
    st = os.stat(path)
    if not stat.S_ISREG(st.st_mode):
        raise FileRefused(path, f"not a regular file ({_kind(st.st_mode)}); give the {what} itself")
    # O_NONBLOCK: should a FIFO be swapped in after the check, opening it does not hang.
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise FileRefused(path, "not a regular file")
        chunks, size = [], 0
        while size <= max_bytes:
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(fd)
    if size > max_bytes and not truncate:
        raise FileRefused(path, f"larger than {_size(max_bytes)}; is it the right {what}?")
    return b"".join(chunks)


def write_output(path: str | Path, data: bytes) -> None:
    """Write `data` where `path` says, as a shell redirect would (see the module's docstring)."""
    if str(path) == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    path = Path(path)
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        write_atomic(path, data)
        return
    if stat.S_ISLNK(st.st_mode):
        target = Path(os.path.realpath(path))
        if target == path or os.path.islink(target):  # a loop, or a link to nowhere reachable
            raise FileRefused(path, "a symbolic link that does not lead to a file")
        write_output(target, data)  # the link stays; its target is written
        return
    if stat.S_ISREG(st.st_mode):
        write_atomic(path, data)  # keeps the file's mode
        return
    if stat.S_ISDIR(st.st_mode):
        raise FileRefused(path, "is a folder; give a file name")
    # A FIFO, a terminal, a device: written in place, never replaced.
    fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOCTTY", 0))
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    except OSError as exc:  # os.write names no file: `-o /dev/full` said only "No space left on device"
        raise type(exc)(exc.errno, exc.strerror, str(path)) from None
    finally:
        os.close(fd)


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a device"),
                       (stat.S_ISBLK, "a device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "not a file"


def _size(n: int) -> str:
    return f"{n // (1 << 20)} MiB" if n >= 1 << 20 else f"{n} bytes"
