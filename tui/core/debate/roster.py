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


def load_roster(path: str | Path) -> Roster:
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


class Roster(list[Participant]):
    """The speakers of a file, in order, and how many comment lines (`# ...`) it skipped."""

    comments: int = 0


def _header(cells: list[str], name: str, number: int, problems: list[Problem]) -> tuple[str, ...] | None:
    """The columns a header line names ("name,title,category"), or None if it is not a header:
    a first line whose first cell is `name` is one, and any column it names that is not
    understood is a problem (a misspelled `cat` would otherwise make the header a speaker)."""
    while cells and not cells[-1]:  # the empty columns a spreadsheet leaves at the end
        cells = cells[:-1]
    names = tuple(c.lower() for c in cells)
    if names[:1] != ("name",):
        return None
    understood = ", ".join(COLUMNS)
    for column, cell in enumerate(names, 1):
        if cell not in COLUMNS:
            what = f"unknown column {cell!r}" if cell else "an empty column name"
            problems.append(Problem(name, number, column, f"{what} in the header line; the columns "
                                                          f"understood are {understood}"))
        elif names.index(cell) != column - 1:
            problems.append(Problem(name, number, column, f"column {cell!r} is named twice in the "
                                                          "header line; delete one"))
    return names


def _never_closed(tail: str) -> bool:
    """Whether the last row (`tail`: the text from its first line on) ends inside a quote; the
    lenient reader takes the rest of the file into that field, the strict one says so."""
    try:
        for _ in csv.reader(io.StringIO(tail), strict=True):
            pass
    except csv.Error as exc:
        return "unexpected end of data" in str(exc)
    return False


def _quote_problem(row: list[str], start: int, lines: list[str], unclosed: bool,
                   name: str) -> Problem | None:
    """A quote never closed, or one that makes a field run over several lines (`"Brazil,member-state`
    then the rest of the file): a name or title is one line, so it is a quote typed by mistake."""
    before = 0
    for n, value in enumerate(row):
        never_closed = unclosed and n == len(row) - 1
        if never_closed or "\n" in value or "\r" in value:
            line = start + before
            text = lines[line - 1] if line <= len(lines) else ""
            column = (text.rfind('"') if never_closed and "\n" not in value else text.find('"')) + 1
            if never_closed:
                return Problem(name, line, column or 1, 'a quote opened here is never closed; add the '
                                                        'closing quote ("Director, Division for Treaty '
                                                        'Affairs") or remove this one')
            end = line + value.count("\n") + ("\n" not in value)
            return Problem(name, line, column or 1, f"a quote opened here closes only on line {end}, "
                                                    "making one field of several lines; check the "
                                                    "quotes of these lines")
        before += value.count("\n")
    return None


def parse_roster(text: str, name: str = "<csv>") -> Roster:
    """Every speaker of a CSV text, in order. Columns `name,category,group,title` (a header line
    may name them in another order); lines starting with `#` are comments; every bad line is
    reported (as the line of the file it starts on), and none is added if one is."""
    problems: list[Problem] = []
    out = Roster()
    reader = csv.reader(io.StringIO(text))
    kept = io.StringIO(text).readlines()  # lines as the reader counts them (`line_num`)
    lines = [line.rstrip("\r\n") for line in kept]
    try:
        rows: list[tuple[int, list[str]]] = []
        start = 1
        for row in reader:
            rows.append((start, row))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise InputError([Problem(name, 0, 0, f"not a CSV file: {exc}")]) from None
    columns: tuple[str, ...] = COLUMNS
    first: dict[str, int] = {}  # name_key -> the line that first lists it
    seen_a_line = False
    for index, (number, row) in enumerate(rows):
        cells = [c.strip() for c in row]
        if not any(cells):
            continue
        if cells[0].startswith("#"):
            out.comments += 1
            continue
        unclosed = index == len(rows) - 1 and _never_closed("".join(kept[number - 1:]))
        broken = _quote_problem(row, number, lines, unclosed, name)
        if broken is not None:
            problems.append(broken)
            seen_a_line = True
            continue
        header = None if seen_a_line else _header(cells, name, number, problems)
        seen_a_line = True
        if header is not None:
            columns = header
            continue
        while len(cells) > len(columns) and not cells[-1]:
            cells.pop()  # (as in the header: empty columns at the end of a line say nothing)
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
