"""Replacing a file so that a crash leaves either the old content or the new, never a mix."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path


def fsync_dir(directory: Path) -> None:
    # The rename is only durable once the directory entry itself reaches the disk.
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: str | Path, data: bytes) -> None:
    """Write `data` to a temp file beside `path`, fsync it, rename it over `path`, fsync the folder.
    The file keeps its mode (a new one gets 0666 less the umask, as any program's new file)."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        # Said about the file asked for: the temp file's name would only puzzle the reader.
        raise FileNotFoundError(errno.ENOENT, f"the folder {directory} does not exist", str(path))
    mode = _mode_for(path)
    import tempfile  # (here, not above: with `random` it is 2 ms of every reader's start)

    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:  # a read-only or immutable folder: said of the file asked for, not the temp
        raise type(exc)(exc.errno, f"the folder {directory} does not let a file be created in it "
                                   f"({exc.strerror})", str(path)) from None
    try:
        os.fchmod(fd, mode)  # mkstemp makes it 0600: a rename would turn a 0644 file into 0600
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise type(exc)(exc.errno, exc.strerror, str(path)) from None  # (a full disk: which file)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(directory)


def _mode_for(path: Path) -> int:
    try:
        return os.stat(path).st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0o022)  # the only way to read it is to set it: put it straight back
        os.umask(umask)
        return 0o666 & ~umask
