"""Pre-registered speakers from a CSV file (`name,category,group,title`), as the Secretariat
receives requests for the floor before the meeting."""

from __future__ import annotations

import csv
import difflib
import io
from dataclasses import replace
from pathlib import Path

from ..files.safe import read_input
from ..text.problems import InputError, Problem
from .member_states import known_state
from .participants import GROUPED, Participant, ParticipantError, name_key, parse_category

MAX_BYTES = 1024 * 1024
COLUMNS = ("name", "category", "group", "title")
# Header cells as people write them: French (the interface's other language) and the usual
# abbreviations; any other cell of 3 letters or more that begins a column's name is that column.
_COLUMN_WORDS = {"nom": "name", "cat": "category", "catégorie": "category", "categorie": "category",
                 "grp": "group", "groupe": "group", "titre": "title", "fonction": "title",
                 "function": "title"}


def _column(cell: str) -> str:
    cell = cell.rstrip(".")
    if cell in COLUMNS:
        return cell
    if cell in _COLUMN_WORDS:
        return _COLUMN_WORDS[cell]
    prefixed = [c for c in COLUMNS if len(cell) >= 3 and c.startswith(cell)]
    return prefixed[0] if len(prefixed) == 1 else cell


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
    typed = tuple(c.lower() for c in cells)
    if not typed or _column(typed[0]) != "name":
        return None
    names = tuple(_column(c) for c in typed)
    understood = ", ".join(COLUMNS)
    for column, cell in enumerate(names, 1):
        if cell not in COLUMNS:
            near = difflib.get_close_matches(cell, COLUMNS, n=1, cutoff=0.6)
            hint = f" (did you mean {near[0]}?)" if near else ""
            what = f"unknown column {cell!r}" if cell else "an empty column name"
            problems.append(Problem(name, number, column, f"{what} in the header line{hint}; the "
                                                          "columns "
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


def _unquoted(line: str) -> str:
    return "".join(piece for k, piece in enumerate(line.split('"')) if k % 2 == 0)


def _separator(lines: list[str]) -> str:
    """`;` when the first line with something on it has more semicolons than commas outside
    quotes (Excel in a French locale, and others that use the decimal comma, writes `;`), else
    `,`."""
    first = next((_unquoted(line) for line in lines if line.strip()), "")
    return ";" if first.count(";") > first.count(",") else ","


def _other_separator(row: list[str], separator: str) -> str | None:
    """The other separator, when a line of one field is a speaker separated by it
    ("Chile;member-state;GRULAC" in a file of commas): never silently one name."""
    other = "," if separator == ";" else ";"
    if len(row) != 1 or other not in row[0]:
        return None
    second = row[0].split(other)[1].strip()
    try:
        parse_category(second)
    except ParticipantError:
        return None
    return other


def parse_roster(text: str, name: str = "<csv>") -> Roster:
    """Every speaker of a CSV text, in order. Columns `name,category,group,title` (a header line
    may name them in another order); lines starting with `#` are comments; every bad line is
    reported (as the line of the file it starts on), and none is added if one is."""
    problems: list[Problem] = []
    out = Roster()
    text = text.removeprefix("\ufeff")  # the BOM Excel writes at the start of a UTF-8 CSV
    # A line starting with `#` is a comment, whatever it holds (a quote in it must not open a
    # field); it is blanked before the CSV is read, so that the lines keep their numbers. A
    # quoted cell starting with # ('"#1 Foundation",ngo') is a name, not a comment.
    kept = io.StringIO(text).readlines()  # lines as the reader counts them (`line_num`)
    for k, line in enumerate(kept):
        if line.lstrip().startswith("#"):
            out.comments += 1
            kept[k] = line[len(line.rstrip("\r\n")):]
    separator = _separator(kept)
    reader = csv.reader(io.StringIO("".join(kept)), delimiter=separator)
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
        other = _other_separator(row, separator)
        if other:
            text_of = lines[number - 1]
            problems.append(Problem(name, number, text_of.find(other) + 1,
                                    f"this line is separated by {other!r} but the file by "
                                    f"{separator!r}; use one separator in the whole file"))
            seen_a_line = True
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
