"""An error that escapes the console or the room display (in a mount, a render, a timer): logged
with its traceback, said in one line with the log's path, and a non-zero exit.

Textual's own handling quits the app and prints a full traceback over the terminal, and `run()`
returns as if all went well: the Chair would see a screen of Python and the shell a success. An
error inside an action of the console never gets here: `DebateApp.perform` catches it and keeps the
console up (the session is safe).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from textual.app import App

from . import textual_fixes  # noqa: F401  (Textual's leak of render caches, fixed before any app runs)
from .core.text.problems import one_line
from .core.text.visible import visible

log = logging.getLogger("thematic-debate")


class LoggedApp(App[None]):
    """An app whose unexpected error is kept for `finish` instead of printed as a traceback."""

    crash: BaseException | None = None

    # Textual 8.2 (pinned <8.3): `_handle_exception` is where every unhandled error of the app
    # arrives, `_print_error_renderables` where the traceback would be printed after it exits.
    def _handle_exception(self, error: Exception) -> None:
        if self.crash is None:
            self.crash = error
        super()._handle_exception(error)

    def _print_error_renderables(self) -> None:
        if self.crash is not None:
            self._exit_renderables.clear()  # `finish` says it in one line; the log has the rest
            return
        super()._print_error_renderables()


def log_to(path: Path) -> None:
    """Warnings and errors to `path`, created only when there is something to write."""
    handler = logging.FileHandler(path, delay=True, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > logging.WARNING or root.level == logging.NOTSET:
        root.setLevel(logging.WARNING)


def finish(app: LoggedApp, what: str, log_path: Path) -> int:
    """0 when the app ended normally; else the error is logged and said in one line, and 1."""
    error = app.crash
    if error is None and not app.return_code:
        return 0
    if error is not None:
        log.error("unexpected error in the %s", what, exc_info=error)
        reason = f"{type(error).__name__}: {visible(one_line(error, with_file=False))}"
    else:
        log.error("the %s stopped with return code %s", what, app.return_code)
        reason = f"return code {app.return_code}"
    print(f"debate: the {what} stopped on an unexpected error ({reason}); details in {log_path}",
          file=sys.stderr)
    return 1
