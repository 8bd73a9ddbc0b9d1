"""`debate run` (and `debate` alone): open the Chair's console on a session."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.bank.guide import Guide
from ..core.debate.clock import SystemClock
from ..core.debate.roster import load_roster
from ..core.storage.session_store import SessionStore, list_sessions, resolve, sessions_dir
from ..core.storage.sessions import cached_guide, create_session, default_guide, open_session
from ..core.text.catalog import UI_LANGUAGES
from ..core.text.languages import LANGUAGES
from ..core.text.visible import visible
from .errors import CommandError
from .session import BANK, add_sessions_dir

if TYPE_CHECKING:
    from ..app import DebateApp


def register(commands: Any, only_action: str | None = None) -> None:
    p = commands.add_parser("run", help="open the Chair's console (the default command)",
                            description="Open the Chair's console. Without SESSION: the most recent "
                                        "unfinished session, or a new one on the default guide.")
    add_run_arguments(p)
    p.set_defaults(handler=cmd_run)


def add_run_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("session", nargs="?", metavar="SESSION", help="session id (or a unique prefix)")
    p.add_argument("--guide", metavar="PATH", help="guide of a new session (default: the most recent "
                                                   "in questions/)")
    p.add_argument("--new", action="store_true", help="start a new session even if one is unfinished")
    p.add_argument("--speakers", metavar="FILE.csv",
                   help="pre-register speakers in a new session (CSV: name,category,group,title)")
    p.add_argument("--ui-lang", choices=UI_LANGUAGES, default=os.environ.get("DEBATE_UI_LANG", "en"),
                   help="interface language (default: $DEBATE_UI_LANG or en)")
    p.add_argument("--lang", choices=LANGUAGES, default=None,
                   help="language of the guide texts (default: the interface language)")
    p.add_argument("--bell", action="store_true", help="ring the terminal bell at 1:00 left and at the limit")
    add_sessions_dir(p)


def _choose(args: argparse.Namespace, directory: Path, clock: SystemClock, guide: Guide | None) -> Any:
    if args.session:
        if args.guide or args.new or args.speakers:
            raise CommandError("--guide, --new and --speakers start a new session; do not name one")
        return open_session(resolve(directory, args.session), clock)
    if not args.new and not args.guide:
        found, errors = list_sessions(directory)
        for line in errors:
            # Skipped, said: the session that needs repairing must not vanish without a word.
            print(f"debate: note: skipped {visible(line)}", file=sys.stderr)
        unfinished = [s for s in found if not s.finished]
        if unfinished:
            return open_session(unfinished[-1].path, clock)
    path = Path(args.guide) if args.guide else default_guide(Path(BANK))
    speakers = load_roster(args.speakers) if args.speakers else []
    return create_session(directory, path, clock, speakers=speakers,
                          guide=guide if guide is not None else cached_guide(path))


@contextmanager
def long_lived() -> Iterator[None]:
    """No cyclic garbage collection while the console is built (Textual imported, the guide read,
    the session opened and folded): those objects live as long as the console, and each full
    collection walked them all again (about a tenth of the time to the first frame, profiled).
    Then they are frozen: the collector, on again, leaves them alone for the rest of the run."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def build_app(args: argparse.Namespace, clock: SystemClock) -> DebateApp:
    """The console for these arguments, on its session (opened for writing, with its downtime)."""
    from ..app import DebateApp  # Textual is only imported for the console

    # A bad guide is reported as FILE:LINE:COL before any screen opens.
    guide = cached_guide(Path(args.guide)) if args.guide else None
    session = _choose(args, sessions_dir(getattr(args, "sessions_dir", None)), clock, guide)
    if isinstance(session.log, SessionStore) and session.log.torn:
        # An action cut short by a crash was never acknowledged: say it was dropped, keep going.
        print(f"debate: note: {session.log.torn}", file=sys.stderr)
    try:
        session.opened(session.log.previous_alive)
    except BaseException:
        session.close()
        raise
    return DebateApp(session, clock, ui_lang=args.ui_lang, guide_lang=args.lang or args.ui_lang,
                     bell=args.bell, close_on_signals=True)


def cmd_run(args: argparse.Namespace) -> int:
    from ..crash import finish, log_to

    with long_lived():
        app = build_app(args, SystemClock())
    try:
        # Errors go to a log file beside the session, never over the Chair's screen.
        path = app.session.log.path  # always a file here: the console runs on a session store
        log_path = path.with_suffix(".log") if path is not None else Path("thematic-debate.log")
        log_to(log_path)
        app.run()
        if app.crash is None:
            # Ended in order without `q`: the web console's browser gone (textual-serve says
            # "quit"), a signal Textual took first. Not a crash: the next console counts no downtime.
            app.record_closed()
    finally:
        app.session.close()
    changed = getattr(app.session.log, "changed", None)
    if changed is not None:  # the console went read-only (DebateApp.lose_file), or found it closing
        print(f"debate: {visible(str(path))} was changed by another program while the console had it "
              f"open ({visible(changed)}); the console wrote nothing after that. Check the file "
              f"(debate session show {visible(app.session.log.meta.id)}) before opening it again",
              file=sys.stderr)
        return max(1, finish(app, "console", log_path))
    return finish(app, "console", log_path)
