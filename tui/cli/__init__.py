"""The `debate` command: argument parsing and the one place where errors become exit codes."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence

from ..core.debate.engine import EngineError
from ..core.storage.session_store import StoreError
from ..core.text.problems import InputError, one_line
from . import display as display_cmd
from . import guide as guide_cmd
from . import run as run_cmd
from . import session as session_cmd
from . import summary as summary_cmd
from .errors import CommandError

EXIT_OK, EXIT_FAILURE, EXIT_INVALID = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="debate",
        description="Prepare and run the thematic debates of the Commission on Crime Prevention "
                    "and Criminal Justice (decision 18/1).",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    guide_cmd.register(commands)
    session_cmd.register(commands)
    run_cmd.register(commands)
    summary_cmd.register(commands)
    display_cmd.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0].startswith("--") and argv[0] not in ("--help", "--version")):
        argv = ["run", *argv]  # `debate` alone opens the console
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args) or EXIT_OK)
    except InputError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return EXIT_INVALID
    except (CommandError, StoreError, EngineError, OSError) as exc:
        print(f"debate: {one_line(exc)}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the last resort: one line, never a traceback on the user's screen
        if os.environ.get("DEBATE_DEBUG"):
            traceback.print_exc()
        print(f"debate: internal error: {type(exc).__name__}: {one_line(exc)} "
              "(set DEBATE_DEBUG=1 for details)", file=sys.stderr)
        return EXIT_FAILURE


def run() -> None:
    sys.exit(main())
