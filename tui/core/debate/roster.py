"""Pre-registered speakers from a CSV file (`name,category,group`), as the Secretariat receives
requests for the floor before the meeting."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ..files.safe import read_input
from ..text.problems import InputError, Problem
from .participants import Participant, ParticipantError

MAX_BYTES = 1024 * 1024
_HEADER = ("name", "category", "group")


def load_roster(path: str | Path) -> list[Participant]:
    """Every speaker of the file, in order; raises InputError naming each bad line."""
    name = str(path)
    try:
        data = read_input(path, MAX_BYTES, "list of speakers")  # a FIFO or /dev/zero is refused
    except OSError as exc:
        raise InputError([Problem(name, 0, 0, exc.strerror or str(exc))]) from None
    if len(data) > MAX_BYTES:
        raise InputError([Problem(name, 0, 0, "file is larger than 1 MiB")])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError([Problem(name, line, 1, "not valid UTF-8; save the file as UTF-8 (CSV)")]) from None
    return parse_roster(text, name)


def parse_roster(text: str, name: str = "<csv>") -> list[Participant]:
    problems: list[Problem] = []
    out: list[Participant] = []
    try:
        rows = list(csv.reader(io.StringIO(text)))
    except csv.Error as exc:
        raise InputError([Problem(name, 0, 0, f"not a CSV file: {exc}")]) from None
    for number, row in enumerate(rows, 1):
        cells = [c.strip() for c in row]
        if not any(cells) or cells[0].startswith("#"):
            continue
        if number == 1 and tuple(c.lower() for c in cells[:3]) == _HEADER[: len(cells[:3])]:
            continue  # a header line
        if len(cells) > 3:
            problems.append(Problem(name, number, 1, f"expected name,category,group; found {len(cells)} "
                                                     "fields (quote a name that holds a comma)"))
            continue
        cells += [""] * (3 - len(cells))
        try:
            out.append(Participant.make(cells[0], cells[1] or "member-state", cells[2] or None))
        except ParticipantError as exc:
            problems.append(Problem(name, number, 1, str(exc)))
    if problems:
        raise InputError(problems)
    if not out:
        raise InputError([Problem(name, 0, 0, "no speakers in the file")])
    return out
