"""What to say about a session line holding a whole number too long for Python to read.

Python refuses to convert an integer of more than 4,300 digits from text (a guard against
denial of service, `sys.set_int_max_str_digits`), and its JSON reader lets that ValueError out
mid-parse, with no position. A hand-edited or hostile file can hold one anywhere (`"at"`, a limit,
a point's number), and `validate` never sees the event to name it. So when the journal hits that
error it reads the line again here, this time turning each too-long number into a marker, and
names the event and the field the way `validate` does (`event 4: 'at' is ...`).
"""

from __future__ import annotations

import json
import sys
from typing import Any

META_TABLE = "session"  # (as in journal.py, which imports this module)


class _Long:
    def __init__(self, digits: int) -> None:
        self.digits = digits


def _parse_int(text: str) -> int | _Long:
    digits = len(text.lstrip("-"))
    limit = sys.get_int_max_str_digits()
    return _Long(digits) if limit and digits > limit else int(text)


def _find(value: Any, path: tuple[Any, ...]) -> tuple[tuple[Any, ...], _Long] | None:
    if isinstance(value, _Long):
        return path, value
    items: Any = (value.items() if isinstance(value, dict)
                  else enumerate(value) if isinstance(value, list) else ())
    for key, item in items:
        found = _find(item, (*path, key))
        if found:
            return found
    return None


def _field(path: tuple[Any, ...]) -> str:
    # As validate's messages: 'data' 'speakers' item 1 'name'.
    return " ".join(f"item {key + 1}" if isinstance(key, int) else repr(key) for key in path)


def long_number_problem(text: str) -> str:
    """Where the too-long number of `text` (one line, or a whole format-1 file) is and how long it
    is: `event 4: 'at' is a whole number 5000 digits long`."""
    try:
        data = json.loads(text, parse_int=_parse_int)
        found = _find(data, ())
    except (ValueError, RecursionError):
        found = None
    if found is None:
        return "holds a number too long to read"
    path, number = found
    what = f"is a whole number {number.digits} digits long"
    if len(path) >= 3 and path[0] == META_TABLE:
        return f"session metadata: {_field(path[2:])} {what}"
    if len(path) >= 3 and path[0] == "events":
        event = data["events"][path[1]]
        seq = event.get("seq") if isinstance(event, dict) else None
        name = seq if isinstance(seq, int) and not isinstance(seq, bool) else path[1]
        return f"event {name}: {_field(path[2:])} {what}"
    return f"{_field(path)} {what}"
