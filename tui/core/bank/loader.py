"""Loading a guide file: size cap, decoding, strict YAML, schema. One error type escapes: InputError."""

from __future__ import annotations

import gc
import re
from pathlib import Path

from ..files.safe import read_input
from ..text.problems import InputError, Problem, Problems
from .guide import Guide

# The YAML reader and the schema (PyYAML, about half of `debate guide check`'s start) are imported
# when a guide is parsed: a guide served by the validated-guide cache needs neither.

# The 2011 guide in six languages is about 400 KB; anything past this is a mistake or an attack.
MAX_BYTES = 4 * 1024 * 1024


# Characters that are invisible on screen, arrive by pasting from a word processor and break phrase
# search. A no-break space is French typography before ; : ! ? » and after «, and a thousands
# separator between digits; elsewhere it is reported too.
INVISIBLE = {
    "\u200b": "zero-width space",
    "\u200c": "zero-width non-joiner",
    "\u200d": "zero-width joiner",
    "\u2060": "word joiner",
    "\ufeff": "zero-width no-break space (byte-order mark)",
    "\u00ad": "soft hyphen",
    "\u2028": "line separator",
    "\u2029": "paragraph separator",
    "\u0085": "next-line control",
    "\u00a0": "no-break space",
    "\u202f": "narrow no-break space",
}
_INVISIBLE = re.compile("[" + "".join(INVISIBLE) + "]")
_FRENCH_SPACE_BEFORE = set(";:!?»%")


def invisible_characters(text: str, name: str) -> list[Problem]:
    """Warnings (FILE:LINE:COL) for invisible characters; search ignores them, readers do not."""
    text = text.removeprefix("\ufeff")
    out: list[Problem] = []
    if not _INVISIBLE.search(text):
        return out
    from .yaml_reader import Lines

    lines = Lines(text)
    for m in _INVISIBLE.finditer(text):
        char, i = m[0], m.start()
        if char in "\u00a0\u202f":
            before, after = text[i - 1: i], text[i + 1: i + 2]
            if after in _FRENCH_SPACE_BEFORE or before == "«" or (before.isdigit() and after.isdigit()):
                continue
        line, column = lines.at(i)
        out.append(Problem(name, line, column, f"warning: invisible character U+{ord(char):04X} "
                                               f"({INVISIBLE[char]}); delete it or type a plain "
                                               "space or hyphen"))
    return out


def load_guide_and_warnings(path: str | Path) -> tuple[Guide, list[Problem]]:
    """The guide (as `load_guide`) and the warnings about its text that do not make it invalid."""
    guide = load_guide(path)
    data = read_input(path, MAX_BYTES, "guide")
    return guide, invisible_characters(data.decode("utf-8-sig", "replace"), str(path))


def load_guide(path: str | Path) -> Guide:
    """The validated guide in `path`; raises InputError with every problem found."""
    path = Path(path)
    name = str(path)
    try:
        data = read_input(path, MAX_BYTES, "guide", truncate=True)  # never a FIFO or a device
    except OSError as exc:
        raise InputError([Problem(name, 0, 0, exc.strerror or str(exc))]) from None
    return parse_guide(data, name)


def parse_guide(data: bytes, name: str = "<guide>") -> Guide:
    from .schema import read_guide
    from .yaml_reader import compose

    problems = Problems(name)
    if len(data) > MAX_BYTES:
        problems.add(0, 0, f"file is larger than {MAX_BYTES // (1024 * 1024)} MiB")
        problems.raise_if_any()
    text = _decode(data, problems)
    if text is None:
        problems.raise_if_any()
    assert text is not None
    # No cyclic garbage collection while the guide is composed and read: a six-language guide
    # is some 20,000 nodes, none of them garbage until the guide is built, and a collection every
    # few hundred of them walks them again (as opening a session does, storage/journal.py).
    # Nodes and guides hold no reference cycles: reference counting frees them, paused or not.
    collecting = gc.isenabled()
    gc.disable()
    try:
        guide = read_guide(compose(text, problems), problems)
    finally:
        if collecting:
            gc.enable()
    problems.raise_if_any()
    assert guide is not None
    return guide


def _decode(data: bytes, problems: Problems) -> str | None:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        # Columns count characters, as an editor does, not the bytes of the text before the fault.
        column = len(before[before.rfind(b"\n") + 1:].decode("utf-8", "replace")) + 1
        problems.add(line, column, f"not valid UTF-8 (byte 0x{data[exc.start]:02x}); save the file "
                                   "as UTF-8")
        return None

