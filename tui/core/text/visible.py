"""Text from people and files, made harmless for a terminal and for a spreadsheet.

A name, a point, a title or a file name may hold control characters: ESC starts a terminal
escape sequence (clear the screen, retitle the window), BEL rings, C1 controls are escapes of their
own, and bidirectional overrides make a name read as something else. `visible` shows each of them
as a visible stand-in (ESC as ␛, NUL as ␀, a C1 control or a bidi override as �) so that what the
Chair sees is what was typed, and nothing reaches the terminal as a command. `cell` removes them
(for CSV cells). The sessions keep the text exactly as typed; only what is shown or exported changes.
"""

from __future__ import annotations

import re

# C0 controls (U+0000-U+001F) and DEL: shown as the Unicode "control pictures" (U+2400-U+2421).
_C0 = {c: chr(0x2400 + c) for c in range(0x20)} | {0x7F: "\u2421"}
# C1 controls (U+0080-U+009F), bidi embeddings, overrides and isolates, and the line/paragraph
# separators that some terminals treat as line breaks: no picture exists, the replacement character.
# The invisible direction marks too (LRM, RLM, the Arabic letter mark): in a terminal that applies
# the bidi algorithm they reorder the neutral characters around them ("Brazil‏ (GRULAC)").
_OTHER = [*range(0x80, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x2028, 0x2029,
          0x200E, 0x200F, 0x061C]
_TABLE: dict[int, str] = {**_C0, **{c: "\ufffd" for c in _OTHER}}
_TABLE_LINES = {k: v for k, v in _TABLE.items() if k != 0x0A}
_TABLE_TAB = {k: v for k, v in _TABLE.items() if k != 0x09}
_TABLE_TAB_LINES = {k: v for k, v in _TABLE_TAB.items() if k != 0x0A}

_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029\u200e\u200f\u061c]")
_UNSAFE_CELL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029\u200e\u200f\u061c]")


def visible(text: object, *, lines: bool = False, tabs: bool = True) -> str:
    """`text` with every control character replaced by a visible stand-in.

    `lines=True` keeps newlines (for a field that holds several lines); `tabs=False` shows tabs too.
    """
    s = text if isinstance(text, str) else str(text)
    if s.isprintable() and not _UNSAFE.search(s):  # the common case: nothing to do
        return s
    table = (_TABLE_TAB_LINES if lines else _TABLE_TAB) if tabs else (_TABLE_LINES if lines else _TABLE)
    return s.translate(table)


def cell(text: object) -> str:
    """`text` without any control character (tabs and newlines become spaces): for CSV cells."""
    s = text if isinstance(text, str) else str(text)
    s = s.replace("\t", " ").replace("\r\n", " ").replace("\n", " ")
    return _UNSAFE_CELL.sub("", s)


def has_controls(text: str) -> bool:
    return bool(_UNSAFE_CELL.search(text))
