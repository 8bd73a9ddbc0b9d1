"""`debate run` or `debate display` (headless) with a failure injected where no action can catch
it: the floor panel's drawing, on mount.

    python -m tests.reliability.failing_child SESSIONS_DIR run|display [SESSION]
"""

from __future__ import annotations

import sys

import textual.app

from tui.cli import main
from tui.widgets import floor

_run = textual.app.App.run


def headless_run(self, *args, **kwargs):  # type: ignore[no-untyped-def]
    kwargs.update(headless=True, size=(80, 24))
    return _run(self, *args, **kwargs)


def fail(*args, **kwargs):  # type: ignore[no-untyped-def]
    raise RuntimeError("injected failure while drawing")


if __name__ == "__main__":
    textual.app.App.run = headless_run  # type: ignore[method-assign]
    floor.floor_view = fail  # used by the console's floor panel and by the room display
    if sys.argv[2] == "display":
        from tui import display

        display.floor_view = fail  # type: ignore[attr-defined]
    folder, command, *rest = sys.argv[1:]
    sys.exit(main([command, *rest, "--sessions-dir", folder]))
