"""`debate display` and `debate serve`: the room's read-only views of a session."""

from __future__ import annotations

import argparse
import ipaddress
import os
import shlex
import sys
from typing import Any

from ..core.debate.clock import SystemClock
from ..core.storage.follower import SessionFollower
from ..core.storage.session_store import SessionStore, resolve, sessions_dir
from ..core.text.catalog import UI_LANGUAGES
from ..core.text.languages import LANGUAGES
from .errors import CommandError
from .session import add_sessions_dir


def register(commands: Any) -> None:
    p = commands.add_parser("display", help="the room display: follows a session, read-only",
                            description="A read-only full-screen view of a session for the projector. "
                                        "It follows the Chair's console within a second.")
    p.add_argument("session", metavar="SESSION", help="session id (or a unique prefix)")
    p.add_argument("--lang", choices=LANGUAGES,
                   help="language of the guide texts (default: the interface language)")
    p.add_argument("--ui-lang", choices=UI_LANGUAGES, default=os.environ.get("DEBATE_UI_LANG", "en"))
    add_sessions_dir(p)
    p.set_defaults(handler=cmd_display)

    p = commands.add_parser("serve", help="serve the room display to web browsers",
                            description="Serve the room display to web browsers (textual-serve). "
                                        "Each browser gets its own read-only viewer.")
    p.add_argument("session", metavar="SESSION", help="session id (or a unique prefix)")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine)")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--lang", choices=LANGUAGES,
                   help="language of the guide texts (default: the interface language)")
    p.add_argument("--ui-lang", choices=UI_LANGUAGES, default=os.environ.get("DEBATE_UI_LANG", "en"))
    p.add_argument("--console", action="store_true",
                   help="serve the Chair's console instead (only on 127.0.0.1/localhost)")
    add_sessions_dir(p)
    p.set_defaults(handler=cmd_serve)


def cmd_display(args: argparse.Namespace) -> int:
    from ..display import DisplayApp

    path = resolve(sessions_dir(args.sessions_dir), args.session)
    follower = SessionFollower(path)
    follower.poll()  # a broken file is one line here, not a screen; and the display starts folded
    DisplayApp(path, SystemClock(), lang=args.lang or args.ui_lang, ui_lang=args.ui_lang,
               follower=follower).run()
    return 0


def is_local(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def cmd_serve(args: argparse.Namespace) -> int:
    try:
        from textual_serve.server import Server
    except ImportError:
        raise CommandError("debate serve needs textual-serve (pip install textual-serve)") from None
    local = is_local(args.host)
    if args.console and not local:
        raise CommandError("the console is only served on this machine (--host 127.0.0.1): "
                           "anyone reaching it could change the session")
    directory = sessions_dir(args.sessions_dir).resolve()
    path = resolve(directory, args.session)
    SessionStore.open(path, writer=False).close()
    what = "run" if args.console else "display"
    command = [sys.executable, "-m", "tui", what, path.stem, "--sessions-dir", str(directory),
               "--ui-lang", args.ui_lang, "--lang", args.lang or args.ui_lang]
    if not local:
        print(f"debate: WARNING: serving on {args.host}: anyone who can reach this address and port "
              "can watch the session (read-only).", file=sys.stderr)
    title = f"{path.stem} — {'console' if args.console else 'room display'}"
    Server(shlex.join(command), host=args.host, port=args.port, title=title).serve()
    return 0
