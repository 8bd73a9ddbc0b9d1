"""Pre-registered speakers from a CSV file (`name,category,group,title`), as the Secretariat
receives requests for the floor before the meeting."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from pathlib import Path

from ..files.safe import read_input
from ..text.problems import InputError, Problem
from .member_states import known_state
from .participants import GROUPED, Participant, ParticipantError, name_key

MAX_BYTES = 1024 * 1024
COLUMNS = ("name", "category", "group", "title")


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


def _columns(cells: list[str]) -> tuple[str, ...] | None:
    """The columns a header line names ("name,title,category"), or None if it is not a header."""
    names = tuple(c.lower() for c in cells)
    if names[:1] == ("name",) and set(names) <= set(COLUMNS) and len(set(names)) == len(names):
        return names
    return None


def parse_roster(text: str, name: str = "<csv>") -> list[Participant]:
    """Every speaker of a CSV text, in order. Columns `name,category,group,title` (a header line
    may name them in another order); every bad line is reported, and none is added if one is."""
    problems: list[Problem] = []
    out: list[Participant] = []
    try:
        rows = list(csv.reader(io.StringIO(text)))
    except csv.Error as exc:
        raise InputError([Problem(name, 0, 0, f"not a CSV file: {exc}")]) from None
    columns: tuple[str, ...] = COLUMNS
    first: dict[str, int] = {}  # name_key -> the line that first lists it
    for number, row in enumerate(rows, 1):
        cells = [c.strip() for c in row]
        if not any(cells) or cells[0].startswith("#"):
            continue
        header = _columns(cells) if not out and not problems else None
        if header is not None:
            columns = header
            continue
        if len(cells) > len(columns):
            problems.append(Problem(name, number, 1, f"expected {','.join(columns)}; found {len(cells)} "
                                                     "fields (quote a name or title that holds a comma: "
                                                     '"Director, Division for Treaty Affairs")'))
            continue
        values = dict(zip(columns, cells, strict=False))
        typed = values.get("name", "")
        # A State in any language or usual form ("Allemagne", "Turkey") is stored as the console
        # stores it (English short name), with its category and group when the line leaves them out.
        state = known_state(typed)
        category = values.get("category") or (state.category if state else "member-state")
        try:
            participant = Participant.make(state.name if state else typed, category,
                                           values.get("group") or None, values.get("title") or None)
        except ParticipantError as exc:
            problems.append(Problem(name, number, 1, f"{exc}{_FIXES.get(_kind(str(exc)), '')}"))
            continue
        if state and state.group and participant.group is None and participant.category in GROUPED:
            participant = replace(participant, group=state.group)
        key = name_key(participant.name)
        if key in first:
            said = typed if name_key(typed) == key else f"{typed} ({participant.name})"
            problems.append(Problem(name, number, 1, f"{said} is already on line {first[key]}; "
                                                     "delete one of the two lines (the console adds a "
                                                     "second turn when it comes)"))
            continue
        first[key] = number
        out.append(participant)
    if problems:
        raise InputError(problems)
    if not out:
        raise InputError([Problem(name, 0, 0, "no speakers in the file; one line per speaker: "
                                              "name,category,group,title")])
    return out


def _kind(message: str) -> str:
    return next((k for k in _FIXES if message.startswith(k)), "")


# The likely fix, after what is wrong.
_FIXES = {
    "a speaker needs a name": "; fill in the name column or delete the line",
    "a regional group applies": "; leave the group column empty for this line",
    "name longer": "; shorten the name (a title goes in the title column)",
}
