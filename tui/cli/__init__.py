"""The `debate` command: argument parsing and the one place where errors become exit codes."""

from __future__ import annotations

import argparse
import errno
import importlib
import os
import signal
import sys
from collections.abc import Sequence
from typing import NoReturn

from ..core.text.problems import InputError, one_line
from ..core.text.visible import visible
from .errors import CommandError

EXIT_OK, EXIT_FAILURE, EXIT_INVALID = 0, 1, 2
# The reader of our output went away (`debate guide check questions/ | head -1`): the status a
# shell reports for a command ended by SIGPIPE, as `cat` or `grep` would end.
EXIT_PIPE = 128 + 13

# Each command, the module that registers and runs it, and its one-line help. Only the module of
# the command being run is imported (`debate --help` imports none): importing them all cost more
# than everything else `--help` does. tests/test_cli_lazy.py checks these helps are the modules'.
COMMANDS: dict[str, tuple[str, str]] = {
    "guide": ("guide", "check, show, export and search discussion guides"),
    "session": ("session", "create, list, show and undo in debate sessions"),
    "run": ("run", "open the Chair's console (the default command)"),
    "summary": ("summary", "the Chair's summary of a session (Markdown, HTML, Word, CSV)"),
    "display": ("display", "the room display: follows a session, read-only"),
    "serve": ("display", "serve the room's web views (projector and list of speakers)"),
}

# Errors that are the user's to fix, by the module that defines them: one line, exit 1. Looked up
# only once an error happened (a module not imported cannot have raised its error).
EXPECTED_ERRORS = (("tui.core.storage.journal", "StoreError"), ("tui.core.debate.engine", "EngineError"))


class _Parser(argparse.ArgumentParser):
    """A usage error is one line, naming the option and what it accepts (`--help` gives the
    rest): the usage block argparse prints first pushed that line among a dozen others."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser(only: str | None = None, action: str | None = None) -> argparse.ArgumentParser:
    """The whole parser; with `only`, that command's module alone is imported and registered,
    the others listed by name and help (enough for `debate --help`), and with `action` too,
    the command's module may register that action alone in full (`guide.register`)."""
    parser = _Parser(
        prog="debate",
        description="Prepare and run the thematic debates of the Commission on Crime Prevention "
                    "and Criminal Justice (decision 18/1).",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    registered: set[str] = set()
    for name, (module, help_text) in COMMANDS.items():
        if only is None or name == only:
            if module not in registered:
                registered.add(module)
                importlib.import_module(f"{__name__}.{module}").register(
                    commands, None if only is None else action or "")
        elif COMMANDS.get(only or "", ("",))[0] != module:
            commands.add_parser(name, help=help_text)
    return parser


def _expected(exc: BaseException) -> bool:
    if isinstance(exc, CommandError | OSError):
        return True
    for module, name in EXPECTED_ERRORS:
        found = sys.modules.get(module)
        if found is not None and isinstance(exc, getattr(found, name)):
            return True
    return False


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0].startswith("--") and argv[0] not in ("--help", "--version")):
        argv = ["run", *argv]  # `debate` alone opens the console
    words = [a for a in argv if not a.startswith("-")]
    command = words[0] if words else None
    parser = build_parser(only=command if command in COMMANDS else "",
                          action=words[1] if len(words) > 1 else "")
    args = parser.parse_args(argv)
    if not hasattr(args, "handler"):  # pragma: no cover - a stub parser cannot be chosen
        parser.error(f"unknown command {command!r}")
    try:
        return int(args.handler(args) or EXIT_OK)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        if _pipe_closed(exc):
            return _quiet_stdout()
        if isinstance(exc, InputError):
            from .output import print_problems  # only once there are problems: `--help` stays light

            print_problems(exc.problems)
            return EXIT_INVALID
        if _expected(exc):
            print(f"debate: {visible(one_line(exc))}", file=sys.stderr)
            # A session file whose content is invalid is invalid input (exit 2), like a guide.
            return EXIT_INVALID if type(exc).__name__ in ("InvalidSession", "UsageError") else EXIT_FAILURE
        # The last resort: one line, never a traceback on the user's screen.
        if os.environ.get("DEBATE_DEBUG"):
            import traceback  # (only then: 4 ms of every command's start otherwise)

            traceback.print_exc()
        print(f"debate: internal error: {type(exc).__name__}: {visible(one_line(exc))} "
              "(set DEBATE_DEBUG=1 for details)", file=sys.stderr)
        return EXIT_FAILURE


def _pipe_closed(exc: BaseException | None) -> bool:
    """A write to a closed pipe, even when a command wrapped it in its own error."""
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, BrokenPipeError) or (isinstance(exc, OSError) and exc.errno == errno.EPIPE):
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


def _quiet_stdout() -> int:
    """Point stdout at /dev/null so that the flush at exit does not fail a second time with
    "Exception ignored … BrokenPipeError" (Python's own advice, see the signal module's docs)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no real stdout (a test's StringIO): nothing left to flush
        pass
    return EXIT_PIPE


def run() -> None:
    code = main()
    try:
        sys.stdout.flush()  # what is still buffered can meet the closed pipe only here
    except BrokenPipeError:
        code = _quiet_stdout()
    if code == EXIT_PIPE and hasattr(signal, "SIGPIPE"):
        # End as the reader expects of a command in a pipeline: killed by SIGPIPE, no message.
        # Only now, all written: while commands run, Python ignores SIGPIPE (the room server
        # needs a closed socket to be an error, not the end of the process).
        sys.stderr.flush()
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGPIPE)
    sys.exit(code)
