"""`-o FILE` of the commands that write a document (`summary`, `guide export`): one set of rules,
so that the two say the same thing in the same words."""

from __future__ import annotations

import sys
from pathlib import Path

from ..core.files.safe import write_output
from ..core.text.visible import visible
from .errors import CommandError, UsageError


def check_output(output: str | None, fmt: str | None, implied: str | None) -> None:
    """Refuse `-o ''` (it went to standard output as if no -o were given) and a `--format` that
    contradicts -o's extension (`--format html -o x.md` wrote HTML into x.md); nothing written."""
    if output == "":
        raise UsageError("-o needs a file name; use - for standard output")
    if output and fmt and implied and fmt != implied:
        raise CommandError(f"--format {fmt} contradicts -o {output} ({Path(output).suffix.lower()} is "
                           f"{implied}); change one of them (nothing was written)")


def write_file(path: str | Path, content: bytes) -> None:
    """Write as a shell redirect would (a FIFO, a device, a link, -), then say so on stderr."""
    try:
        write_output(path, content)
    except OSError as exc:
        raise CommandError(f"cannot write {path}: {exc.strerror or exc}") from None
    if str(path) != "-":  # the document itself went to standard output
        print(f"wrote {visible(path)}", file=sys.stderr)
