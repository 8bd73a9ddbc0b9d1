"""`debate session …`: create, list, inspect and correct debate sessions from the shell."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.text import Text

from ..core.debate.clock import SystemClock
from ..core.debate.engine import EngineError
from ..core.debate.named_limits import parse_named_limit
from ..core.debate.participants import CATEGORY_SHORT, GROUP_SHORT
from ..core.debate.roster import Roster, load_roster
from ..core.debate.schedule import check_day, meeting_hours, parse_plan
from ..core.debate.snapshot import snapshot
from ..core.storage.session_store import list_sessions, resolve, sessions_dir
from ..core.storage.sessions import create_session, default_guide, open_session
from ..core.text.durations import parse_duration
from ..core.text.durations import rounded_mmss as mmss  # the summary's rounding (whole_seconds)
from ..core.text.visible import visible
from .errors import CommandError
from .output import console, json_text, shown

BANK = "questions"


def _named_limit(value: str) -> tuple[str, int]:
    try:
        return parse_named_limit(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _date(value: str) -> date:
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {value!r} (write YYYY-MM-DD)") from None
    try:
        check_day(day)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return day


# A session's title is shown on one line (session list, the console's header, the display, the
# summary's header): the theme of a guide is about 110 characters; 300 leaves room and no more.
LONGEST_TITLE = 300


def _title(value: str) -> str:
    if "\n" in value or "\r" in value:
        raise argparse.ArgumentTypeError("a title is one line; remove the line break")
    if len(value) > LONGEST_TITLE:
        raise argparse.ArgumentTypeError(f"{len(value)} characters; a title is at most "
                                         f"{LONGEST_TITLE} (the theme of a guide is about 110)")
    return value


def _duration(value: str) -> int:
    try:
        return parse_duration(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_sessions_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--sessions-dir", metavar="DIR",
                        help="where session files live (default: $DEBATE_SESSIONS_DIR or ./sessions)")


def register(commands: Any, only_action: str | None = None) -> None:
    session = commands.add_parser("session", help="create, list, show and undo in debate sessions",
                                  description="Debate sessions: one file per debate in sessions/.")
    sub = session.add_subparsers(dest="session_command", metavar="ACTION", required=True)

    p = sub.add_parser("new", help="start a session for a guide (prints its id)")
    p.add_argument("--guide", metavar="PATH", help="the discussion guide (default: the most recent in "
                                                   "questions/)")
    p.add_argument("--title", type=_title, help="title of the session (default: the theme of the guide)")
    p.add_argument("--speakers", metavar="FILE.csv",
                   help="pre-register speakers: a CSV of name,category,group,title")
    p.add_argument("--id", dest="session_id", help="session id (default: guide id and date)")
    p.add_argument("--chair", metavar="NAME", help="who chairs the debate (for the summary)")
    p.add_argument("--right-of-reply", type=_duration, metavar="M:SS", help="limit of a right of reply")
    p.add_argument("--point-of-order", type=_duration, metavar="M:SS", help="limit of a point of order")
    p.add_argument("--warning", type=_duration, metavar="M:SS",
                   help="time left when the clock turns amber (default 1:00)")
    p.add_argument("--limit", action="append", type=_named_limit, default=[], metavar="NAME=M:SS",
                   help="a limit by category (panellist=5:00, member-state=3:00, participant=3:00 for "
                        "everyone else, group-of-states, right-of-reply, second-reply, point-of-order); "
                        "repeatable; limits above decision 18/1 are flagged, not refused")
    p.add_argument("--meeting", action="append", type=str, default=[], metavar="HH:MM-HH:MM",
                   help="a planned meeting, e.g. 10:00-13:00 or '2026-04-12 15:00-18:00' "
                        "(repeatable; local time; without a date, on --date)")
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD",
                   help="the day of the meetings given without a date (default: today)")
    add_sessions_dir(p)
    p.set_defaults(handler=cmd_new)

    p = sub.add_parser("list", help="the sessions, oldest first")
    add_sessions_dir(p)
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("show", help="the full current state of a session")
    p.add_argument("session", metavar="ID", help="session id (or a unique prefix of it)")
    p.add_argument("--json", action="store_true", help="one JSON object")
    add_sessions_dir(p)
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("undo", help="revert the latest action of a session (recorded, repeatable)")
    p.add_argument("session", metavar="ID")
    add_sessions_dir(p)
    p.set_defaults(handler=cmd_undo)


def cmd_new(args: argparse.Namespace) -> int:
    directory = sessions_dir(args.sessions_dir)
    guide = Path(args.guide) if args.guide else default_guide(Path(BANK))
    speakers = load_roster(args.speakers) if args.speakers else Roster()
    overrides = {"right_of_reply": args.right_of_reply, "point_of_order": args.point_of_order,
                 "warning": args.warning}
    clock = SystemClock()
    day = args.date or datetime.fromtimestamp(clock.now()).date()
    try:
        meetings = parse_plan(args.meeting, day)
    except ValueError as exc:  # a usage error: exit 2, nothing created
        print(f"debate: --meeting: {exc}", file=sys.stderr)
        return 2
    session = create_session(directory, guide, clock, title=args.title, speakers=speakers,
                             session_id=args.session_id, overrides=overrides, chair=args.chair,
                             named_limits=dict(args.limit), meetings=meetings)
    session.close()
    print(visible(session.log.meta.id))
    if speakers:
        comments = speakers.comments  # `#` lines: said, so that a commented-out speaker is no surprise
        skipped = f" ({_count(comments, 'comment line')} skipped)" if comments else ""
        print(f"{_count(len(speakers), 'speaker')} pre-registered{skipped}", file=sys.stderr)
    for m in session.state.meetings:
        print(f"meeting {m.number}: {meeting_hours(m.start, m.end)}", file=sys.stderr)
    for flag in session.limits.above_decision_18_1():
        print(f"debate: note: limit above decision 18/1: {flag}", file=sys.stderr)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    directory = sessions_dir(args.sessions_dir)
    found, errors = list_sessions(directory)
    for line in errors:
        print(f"debate: {visible(line)}", file=sys.stderr)
    if not found and errors:
        # Not "no sessions": the files are there, and telling the Chair to start a new debate
        # would hide the one that needs repairing.
        print(f"no readable session in {visible(directory)}/ ({len(errors)} unreadable, see above)")
        return 1
    if not found:
        print(f"no sessions in {visible(directory)}/ (start one: debate session new --guide PATH)")
        return 0
    width = max(len(visible(s.id)) for s in found)
    print(f"{'ID':<{width}}  STATE     EVENTS  LAST ACTIVITY     TITLE")
    for s in found:
        last = datetime.fromtimestamp(s.last_at).strftime("%Y-%m-%d %H:%M") if s.last_at else "-"
        state = "finished" if s.finished else "open"
        title = visible(s.meta.title or "")
        print(f"{visible(s.id):<{width}}  {state:<8}  {s.events:>6}  {last:<16}  {title}")
    return 1 if errors else 0


def cmd_show(args: argparse.Namespace) -> int:
    path = resolve(sessions_dir(args.sessions_dir), args.session)
    clock = SystemClock()
    session = open_session(path, clock, writer=False)
    session.close()
    data = snapshot(session.log.meta, session.state, clock.now(), session.guide)
    if args.json:
        print(json_text(data, indent=1))
    else:
        _print_state(data)
    return 0


def _who(d: dict[str, Any]) -> str:
    tags = [CATEGORY_SHORT.get(d["category"], d["category"])]
    if d.get("group"):
        tags.append(GROUP_SHORT.get(d["group"], d["group"]))
    title = f", {d['title']}" if d.get("title") else ""  # "Ms. Ana Lopes, Director, Division …"
    return f"{d['name']}{title} ({', '.join(tags)})"


def _print_state(d: dict[str, Any]) -> None:
    d = shown(d)  # names, points, titles: control characters made visible; printed without markup
    out = console()
    out.print(Text.assemble((d["id"], "bold"), "  ", d["title"] or ""))
    out.print(f"guide {d['guide']['id']}  ·  list {'closed' if d['list_closed'] else 'open'}"
              + ("  ·  debate finished" if d["finished"] else ""), markup=False)
    if d["subtheme"]:
        q = f"  question {d['question']['ref']}" if d["question"] else ""
        out.print(f"current sub-theme {d['subtheme']['ref']} {d['subtheme']['title'] or ''}{q}", markup=False)
    f = d["floor"]
    if f:
        out.print(f"on the floor: {_who(f['speaker'])}  {mmss(f['duration'])} / {mmss(f['limit'])}  "
                  f"[{f['state']}]", markup=False)
    out.print("\nList of speakers", style="bold")
    if not d["speakers"]:
        out.print("  (empty)")
    fc = d["forecast"]
    unreached = set(fc["unreached"])
    for s in d["speakers"]:
        reply = f"  right of reply {s['reply_no']}" if s["reply"] else ""
        mark = ""
        if s["entry"] in unreached:
            mark = "  ◀ not reached: first" if s["entry"] == fc["first_unreached"] else "  not reached"
        out.print(f"  {s['position']:>3}. {_who(s)}{reply}  {s['status']}  {mmss(s['time_used'])}{mark}",
                  markup=False)
    if d["replies_placed"]:
        out.print(f"  note: {_count(d['replies_placed'], 'right')} of reply placed within the list by an "
                  "earlier version now wait after it (UN practice: replies at the end of the meeting)",
                  markup=False)
    if d["meetings"]:
        out.print("\nMeetings", style="bold")
        for m in d["meetings"]:
            if m["open"]:
                state = f"open, {mmss(m['held'])} held"
            elif m["closed"]:
                state = (f"held {mmss(m['held'])}, {mmss(m['spoken']['total'])} spoken"
                         + (f", {m['carried_over']} carried over" if m["carried_over"] else ""))
            else:
                state = "planned"
            out.print(f"  {m['meeting']}. {m['hours']}  {state}", markup=False)
    out.print(f"forecast: {fc['text']}", markup=False)
    for flag in d["limits_above_18_1"]:
        out.print(f"limit above decision 18/1: {flag}", markup=False)
    out.print(f"\nPoints ({len(d['points'])})", style="bold")
    for p in d["points"]:
        tag = p["question"]["ref"] if p["question"] else (p["subtheme"]["ref"] if p["subtheme"] else "-")
        flags = "".join(("★" if p["main"] else "", "C" if p["conclusion"] else ""))
        out.print(f"  [{tag}] {flags} {p['text']}" + (f" — {p['by']}" if p["by"] else ""), markup=False)
    _print_record(out, d)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _print_record(out: Console, d: dict[str, Any]) -> None:
    """What `--json` holds beyond the list and the points: the interventions (with their pauses),
    the panel, the downtime and the figures."""
    out.print(f"\nInterventions ({len(d['interventions'])})", style="bold")
    for n, i in enumerate(d["interventions"], 1):
        over = f"  over by {mmss(i['overrun'])}" if i["overrun"] > 0 else ""
        pauses = f"  {_count(i['pauses'], 'pause')}" if i["pauses"] else ""
        pauses += f"  {mmss(i['added'])} added" if i.get("added") else ""
        out.print(f"  {n:>3}. {_who(i['speaker'])}  {i['kind']}  {mmss(i['duration'])} / {mmss(i['limit'])}"
                  f"{over}{pauses}  [{i['state']}]", markup=False)
        if i.get("ruling"):
            out.print(f"       ruling: {visible(i['ruling'])}", markup=False)
    panel = d["panel"]
    members = [(group, m) for group, seat in panel["seats"].items() for m in seat]
    members += [("expert", m) for m in panel["experts"]]
    out.print(f"\nPanel ({len(members)})", style="bold")
    for group, m in members:
        seat = GROUP_SHORT.get(group, group)
        received = "presentation received" if m.get("received") else "presentation not received"
        title = f", {m['title']}" if m.get("title") else ""
        out.print(f"  {seat:<8} {m.get('name', '')}{title}  {received}", markup=False)
    for w in panel["warnings"]:
        out.print(f"  panel: {w}", markup=False)
    if d["downtime"]:
        out.print("\nDowntime", style="bold")
        for down in d["downtime"]:
            how = "console crashed" if down["crashed"] else "console closed"
            out.print(f"  {down['since']} to {down['until']}  {mmss(down['seconds'])}  {how}", markup=False)
    t = d["statistics"]["total"]
    out.print(f"\n{_count(t['interventions'], 'intervention')}, {mmss(t['total'])} spoken of "
              f"{mmss(t['allotted'])} allotted, {_count(t['overruns'], 'overrun')}", markup=False)


def cmd_undo(args: argparse.Namespace) -> int:
    path = resolve(sessions_dir(args.sessions_dir), args.session)
    session = open_session(path, SystemClock(), writer=True)
    try:
        undone = session.undo()
    except EngineError as exc:
        raise CommandError(f"{args.session}: {exc}") from None
    finally:
        session.close()
    print(f"undone: event {undone['seq']} ({undone['type']})")
    return 0
