"""`debate display` and `debate serve`: the room's read-only views of a session."""

from __future__ import annotations

import argparse
import errno
import ipaddress
import os
import socket
import sys
import tempfile
from pathlib import Path
from typing import Any

from ..core.debate.clock import SystemClock
from ..core.storage.follower import SessionFollower
from ..core.storage.session_store import SessionStore, held_by_a_writer, resolve, sessions_dir
from ..core.text.catalog import UI_LANGUAGES
from ..core.text.languages import LANGUAGES
from ..core.text.visible import visible
from .errors import CommandError
from .session import add_sessions_dir


def register(commands: Any, only_action: str | None = None) -> None:
    p = commands.add_parser("display", help="the room display: follows a session, read-only",
                            description="A read-only full-screen view of a session for the projector. "
                                        "It follows the Chair's console within a second.")
    p.add_argument("session", metavar="SESSION", help="session id (or a unique prefix)")
    p.add_argument("--lang", choices=LANGUAGES,
                   help="language of the guide texts, and of the display's own words when it has "
                        "them (default: the interface language)")
    p.add_argument("--ui-lang", choices=UI_LANGUAGES,
                   help="language of the display's own words (default: --lang when it has them, "
                        "else $DEBATE_UI_LANG or en)")
    add_sessions_dir(p)
    p.set_defaults(handler=cmd_display)

    p = commands.add_parser("serve", help="serve the room's web views (projector and list of speakers)",
                            description="Serve the room's web views from one server: the projector at / "
                                        "and the delegates' list of speakers at /list, read-only, "
                                        "followed live. With --console: the Chair's console in a "
                                        "browser instead (this machine only, with a secret address).")
    p.add_argument("session", metavar="SESSION", help="session id (or a unique prefix)")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine)")
    p.add_argument("--port", type=port_number, default=8000)
    p.add_argument("--lang", choices=LANGUAGES,
                   help="language of the pages when the address has no ?lang=, and of the console's "
                        "guide texts (default: the interface language)")
    p.add_argument("--ui-lang", choices=UI_LANGUAGES, default=os.environ.get("DEBATE_UI_LANG", "en"),
                   help="language of the console's interface (--console)")
    p.add_argument("--console", action="store_true",
                   help="serve the Chair's console instead (only on 127.0.0.1/localhost)")
    add_sessions_dir(p)
    p.set_defaults(handler=cmd_serve)


def display_languages(lang: str | None, ui_lang: str | None) -> tuple[str, str]:
    """(guide texts, the display's own words): the room reads one language, so `--lang fr` alone
    must not leave "OVER TIME" in English, nor `--ui-lang fr` alone the theme."""
    if ui_lang is None:
        ui_lang = lang if lang in UI_LANGUAGES else os.environ.get("DEBATE_UI_LANG", "en")
        if ui_lang not in UI_LANGUAGES:
            ui_lang = "en"
    return lang or ui_lang, ui_lang


def cmd_display(args: argparse.Namespace) -> int:
    from ..crash import finish, log_to
    from ..display import DisplayApp

    path = resolve(sessions_dir(args.sessions_dir), args.session)
    follower = SessionFollower(path)
    follower.poll()  # a broken file is one line here, not a screen; and the display starts folded
    lang, ui_lang = display_languages(args.lang, args.ui_lang)
    app = DisplayApp(path, SystemClock(), lang=lang, ui_lang=ui_lang, follower=follower)
    log_path = display_log(path)
    log_to(log_path)
    app.run()
    return finish(app, "room display", log_path)


def display_log(session: Path) -> Path:
    """Beside the session when that folder is writable (the display never writes the session
    itself), else in the temporary folder: the display may follow a read-only share."""
    name = session.with_suffix(".display.log").name
    folder = session.parent if os.access(session.parent, os.W_OK) else Path(tempfile.gettempdir())
    return folder / name


def is_local(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def host_problem(value: str) -> str | None:
    """The problem with `--host` (None when it is an address or a host name): `evil..host`
    stopped the server with `internal error: UnicodeError` (the IDNA codec refuses an empty label)."""
    try:
        ipaddress.ip_address(value)
        return None
    except ValueError:
        pass
    try:
        ok = value == "" or (len(value) <= 253 and bool(value.encode("idna")))  # "": every interface
    except UnicodeError:
        ok = False
    if ok:
        return None
    return (f"invalid host {value!r}: give an address such as 127.0.0.1 or 0.0.0.0, or a host name "
            "such as localhost")


def port_number(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = -1
    if not 1 <= number <= 65535:
        raise argparse.ArgumentTypeError(f"invalid port {value!r} (a number from 1 to 65535)")
    return number


def cmd_serve(args: argparse.Namespace) -> int:
    problem = host_problem(args.host)
    if problem:  # a usage error, in one line
        print(f"debate: --host: {visible(problem)}", file=sys.stderr)
        return 2
    local = is_local(args.host)
    if args.console and not local:
        raise CommandError("the console is only served on this machine (--host 127.0.0.1): "
                           "anyone reaching it could change the session")
    directory = sessions_dir(args.sessions_dir).resolve()
    path = resolve(directory, args.session)
    SessionStore.open(path, writer=False).close()  # a broken file is one line here, not a server
    lang = args.lang or args.ui_lang
    if args.console:
        from ..web.console import serve_console

        busy = held_by_a_writer(path)
        if busy:  # said here, not as a blank page in the Chair's browser
            raise CommandError(busy)
        try:
            serve_console(path, directory, host=args.host, port=args.port, lang=lang, ui_lang=args.ui_lang)
        except OSError as exc:
            raise CommandError(_cannot_serve(args, exc)) from None
        return 0
    from ..web.server import RoomServer, run

    if not local:
        print(f"debate: WARNING: serving on {args.host}: anyone who can reach this address and port "
              "can watch the session (read-only).", file=sys.stderr)
    base = f"http://{_shown_host(args.host)}:{args.port}"

    def ready() -> None:
        print(f"Serving session {path.stem} (read-only). Press Ctrl+C to stop.\n"
              f"  projector (the room's screen):  {base}/\n"
              f"  list of speakers (delegates):   {base}/list\n"
              f"  languages: add ?lang=ar|zh|en|fr|ru|es", flush=True)

    try:
        run(RoomServer(path, default_lang=lang), args.host, args.port, on_ready=ready)
    except OSError as exc:
        raise CommandError(_cannot_serve(args, exc)) from None
    return 0


def _cannot_serve(args: argparse.Namespace, exc: OSError) -> str:
    if exc.errno == errno.EADDRINUSE:  # aiohttp's own text repeats the address
        reason = "the port is already in use (another debate serve?); choose another with --port"
    else:
        reason = exc.strerror or str(exc)
    return f"cannot serve on {args.host}:{args.port}: {reason}"


def _shown_host(host: str) -> str:
    if host in ("0.0.0.0", "::", ""):
        return socket.gethostname()  # the name delegates' devices can usually reach
    return f"[{host}]" if ":" in host else host
