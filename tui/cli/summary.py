"""`debate summary ID`: the Chair's summary of a session, as Markdown, HTML or a CSV of speakers."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..core.debate.clock import SystemClock
from ..core.storage.session_store import resolve, sessions_dir
from ..core.storage.sessions import open_session
from ..core.summary.document import ATTRIBUTIONS, LANGS, Options, build_summary
from ..core.summary.export import FORMATS, account, format_for, render_bytes
from .errors import CommandError
from .output_file import check_output, write_file
from .session import add_sessions_dir


def register(commands: Any, only_action: str | None = None) -> None:
    p = commands.add_parser("summary", help="the Chair's summary of a session (Markdown, HTML, Word, CSV)",
                            description="The Chair's summary: introduction, main points by sub-theme, "
                                        "conclusions, list of speakers and speaking-time annexes.")
    p.add_argument("session", metavar="ID", help="session id (or a unique prefix)")
    p.add_argument("--format", choices=FORMATS,
                   help="md, html (with a chart), docx (Word) or csv (the speakers as they spoke); "
                        "default: from -o's extension, else md")
    p.add_argument("--lang", choices=LANGS, default="en", help="language of the summary: en, fr, es")
    p.add_argument("--attribution", choices=ATTRIBUTIONS, default="unattributed",
                   help='"One speaker stressed…" (default, UN practice) or "Brazil stressed…"')
    p.add_argument("--coverage", action="store_true",
                   help="add an annex: which guide questions received points, which none")
    p.add_argument("--chair", metavar="NAME", help="who chaired (default: as recorded in the session)")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="write to FILE instead of standard output ('-': standard output, Markdown "
                        "unless --format)")
    add_sessions_dir(p)
    p.set_defaults(handler=cmd_summary)


def _format(args: argparse.Namespace) -> str:
    check_output(args.output, args.format, format_for(args.output) if args.output else None)
    if args.format:
        return str(args.format)
    if not args.output or args.output == "-":
        return "md"  # standard output, as without -o
    fmt = format_for(args.output)
    if fmt is None:
        raise CommandError(f"cannot tell the format from the name {args.output!r}: end it in .md, .html, "
                           ".docx or .csv, or give --format")
    return fmt


def cmd_summary(args: argparse.Namespace) -> int:
    fmt = _format(args)
    if fmt == "docx" and not args.output:
        raise CommandError("a Word document is not text: give -o FILE.docx")
    clock = SystemClock()
    session = open_session(resolve(sessions_dir(args.sessions_dir), args.session), clock, writer=False)
    session.close()
    meta = session.log.meta
    if session.guide is None:
        raise CommandError(f"the guide of session {meta.id} ({meta.guide}) is missing or no longer "
                           "valid; restore it to write the summary")
    options = Options(args.lang, args.attribution, args.coverage, args.chair)
    now = clock.now()
    summary = None
    if fmt != "csv":  # the CSV is the list of speakers alone
        summary = build_summary(meta, session.state, session.guide, now, options)
    data = render_bytes(fmt, meta, session.state, session.guide, now, options, summary)
    if args.output:
        write_file(args.output, data)  # as a shell redirect would (FIFO, link, -); "wrote FILE"
    else:
        sys.stdout.write(data.decode("utf-8"))
    if summary is not None:
        # Every point is in the document or accounted for here: nothing disappears unsaid.
        for line in account(summary):
            print(f"debate: {line}", file=sys.stderr)
    return 0
