"""What the CLI prints of user text: never an escape sequence, never Rich markup.

Every string that came from a person or a file (names, points, titles, guide texts, file names)
goes through `visible` (control characters shown as ␛, ␀, …) before it is printed; the Rich
printers get it as `Text`, never as markup. JSON output escapes the characters JSON itself leaves
raw (C1 controls, bidi overrides) so that piping it to a terminal is harmless too.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

from ..core.text.visible import visible

_RAW_IN_JSON = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def shown(data: Any) -> Any:
    """`data` (dicts, lists, strings) with every string made visible: for the human printers."""
    if isinstance(data, str):
        return visible(data)
    if isinstance(data, dict):
        return {k: shown(v) for k, v in data.items()}
    if isinstance(data, list | tuple):
        return [shown(v) for v in data]
    return data


def json_text(data: Any, indent: int | None = None) -> str:
    """JSON with the text as typed, and no byte that a terminal would take for a command."""
    import json  # (here: `guide check` without --json starts 2 ms sooner)

    out = json.dumps(data, ensure_ascii=False, indent=indent)
    return _RAW_IN_JSON.sub(lambda m: f"\\u{ord(m[0]):04x}", out)


def shown_text(text: Text) -> Text:
    """A Rich Text built from user text, its control characters made visible; its styles kept
    (one character for one, so every span still covers the same text)."""
    text.plain = visible(text.plain, lines=True)
    return text


MAX_PROBLEMS = 100  # per file: a file with 200,000 mistakes is one mistake repeated


def print_problems(problems: Sequence[object]) -> None:
    """The problems, at most MAX_PROBLEMS of each file, then how many more there are."""
    shown: dict[str, int] = {}
    hidden: dict[str, int] = {}
    for problem in problems:
        name = str(getattr(problem, "file", ""))
        if shown.get(name, 0) < MAX_PROBLEMS:
            shown[name] = shown.get(name, 0) + 1
            print(visible(problem), file=sys.stderr)
        else:
            hidden[name] = hidden.get(name, 0) + 1
    for name, count in hidden.items():
        print(f"{visible(name)}: … and {count} more problem{'s' if count > 1 else ''} "
              f"(the first {MAX_PROBLEMS} are shown)", file=sys.stderr)


def console(soft_wrap: bool = True) -> Console:
    """A Rich console on stdout that lets a closed pipe reach `main` as BrokenPipeError.

    Rich's own answer to a closed pipe is `SystemExit(1)`: `debate guide check | head -1` would
    then fail for having been read only in part. `main` turns the error into the usual SIGPIPE
    ending instead, the same for every command."""
    from rich.console import Console

    class _PipeConsole(Console):
        def on_broken_pipe(self) -> None:
            self.quiet = True
            raise BrokenPipeError(32, "Broken pipe")

    return _PipeConsole(file=sys.stdout, highlight=False, soft_wrap=soft_wrap, emoji=False)
