"""`debate guide …`: the Secretariat's commands on discussion guides."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.markup import escape as rich_escape
from rich.text import Text

from ..core.bank.guide import Guide, Paragraph, QuestionGroup, Section
from ..core.bank.loader import load_guide, load_guide_and_warnings
from ..core.bank.readiness import Report, report
from ..core.bank.search import Query, bank_files, duplicate_id
from ..core.files.atomic import write_atomic
from ..core.text.catalog import date_range, language_name
from ..core.text.durations import mmss
from ..core.text.languages import LANGUAGES, LangText
from ..core.text.problems import InputError, Problem
from .errors import CommandError

if TYPE_CHECKING:
    from rich.tree import Tree

# Modules only one action needs (the Markdown renderer, the search index, the guide cache, the
# skeleton) are imported inside that action: `guide check` should not pay for `guide export`.

DEFAULT_BANK = "questions"


def register(commands: Any) -> None:
    guide = commands.add_parser("guide", help="check, show, export and search discussion guides",
                                description="Discussion guides: the question bank (questions/*.yaml).")
    sub = guide.add_subparsers(dest="guide_command", metavar="ACTION", required=True)

    p = sub.add_parser("check", help="validate guides and report their readiness (decision 18/1)")
    p.add_argument("paths", nargs="+", metavar="PATH", help="guide files, or folders of guides")
    p.add_argument("--json", action="store_true", help="one JSON object per guide, one per line")
    p.add_argument("--strict", action="store_true", help="exit 1 when a guide is valid but not ready")
    p.add_argument("--today", type=_iso_date, default=None, metavar="YYYY-MM-DD",
                   help="judge the one-month deadline as of this date (default: today)")
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("show", help="the outline of a guide in the terminal")
    p.add_argument("path", metavar="PATH")
    p.add_argument("--lang", choices=LANGUAGES, default="en", help="language to show (default en)")
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("export", help="the guide as a document (Markdown or HTML)")
    p.add_argument("path", metavar="PATH")
    p.add_argument("--lang", choices=LANGUAGES, default="en", help="language (default en)")
    p.add_argument("--format", choices=("md", "html"), default="md")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("search", help="find questions and options across the bank")
    p.add_argument("text", metavar="TEXT",
                   help='whole words to find (all must match); "quote" a phrase; prefix* for a prefix')
    p.add_argument("--lang", choices=LANGUAGES, action="append",
                   help="only this language (repeatable; default all)")
    p.add_argument("--bank", default=os.environ.get("DEBATE_BANK", DEFAULT_BANK), metavar="DIR",
                   help="folder of guides (default: $DEBATE_BANK or ./questions)")
    p.add_argument("--no-cache", action="store_true",
                   help="parse every guide again instead of reusing validated ones")
    p.set_defaults(handler=cmd_search)

    p = sub.add_parser("new", help="write a skeleton guide with all six language slots")
    p.add_argument("path", metavar="PATH")
    p.add_argument("--id", dest="guide_id", help="guide id (default: from the file name)")
    p.set_defaults(handler=cmd_new)


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {value!r}") from None


def plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count} {word if count == 1 else many or word + 's'}"


def _console(soft_wrap: bool = True) -> Console:
    """Line-oriented output is soft-wrapped: the terminal wraps it and a pipe gets whole lines."""
    return Console(file=sys.stdout, highlight=False, soft_wrap=soft_wrap)


# -- check ---------------------------------------------------------------------------------------


def _expand(paths: list[str]) -> list[Path]:
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        out.extend(bank_files(path) if path.is_dir() else [path])
    return out


def cmd_check(args: argparse.Namespace) -> int:
    today = args.today or date.today()
    invalid = not_ready = 0
    console = _console()
    seen: dict[str, str] = {}
    for path in _expand(args.paths):
        try:
            guide, warnings = _load_checked(path)
            clash = duplicate_id(str(path), guide, seen)
            if clash is not None:
                raise InputError([clash])
        except InputError as exc:
            invalid += 1
            _print_invalid(path, exc.problems, args.json)
            continue
        for warning in warnings:
            print(warning, file=sys.stderr)
        result = report(guide, today)
        not_ready += not result.ready
        if args.json:
            print(json.dumps({**_report_json(path, result),
                              "warnings": [w.as_dict() for w in warnings]}, ensure_ascii=False))
        else:
            _print_report(console, path, result)
    if invalid:
        return 2
    return 1 if args.strict and not_ready else 0


def _load_checked(path: Path) -> tuple[Guide, list[Problem]]:
    """As `load_guide_and_warnings`, the guide served by the validated-guide cache when these
    bytes passed this validator before (the cache is keyed by both: the result is the same)."""
    from ..core.bank.cache import GuideCache
    from ..core.bank.loader import invisible_characters

    try:
        guide = GuideCache().load(path)
    except OSError:  # no usable cache folder: validate from scratch
        return load_guide_and_warnings(path)
    return guide, invisible_characters(path.read_bytes().decode("utf-8-sig", "replace"), str(path))


def _print_invalid(path: Path, problems: list[Problem], as_json: bool) -> None:
    if as_json:
        print(json.dumps({"file": str(path), "valid": False, "ready": False,
                          "problems": [p.as_dict() for p in problems]}, ensure_ascii=False))
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{path}: invalid ({plural(len(problems), 'problem')})", file=sys.stderr)


def _report_json(path: Path, r: Report) -> dict[str, Any]:
    m = r.guide.meta
    return {
        "file": str(path),
        "id": r.guide.id,
        "valid": True,
        "ready": r.ready,
        "session": m.session_number,
        "opens": m.opens.isoformat(),
        "closes": m.closes.isoformat(),
        "issued": m.issued.isoformat() if m.issued else None,
        "symbol": m.symbol,
        **r.counts,
        "languages": r.languages,
        "checks": [{"check": c.name, "ok": c.ok, "message": c.message} for c in r.checks],
        "missing": {lang: [{"where": g.where, "line": g.line, "placeholder": g.placeholder}
                           for g in r.gaps if g.lang == lang]
                    for lang in LANGUAGES if r.languages[lang] != "complete"},
        "identical": [{"lang": t.lang, "same_as": t.same_as, "where": t.where, "line": t.line}
                      for t in r.twins],
        "unserved_subthemes": r.unserved,
        "time_limits": {"panellist": mmss(r.guide.time_limits.panellist),
                        "participant": mmss(r.guide.time_limits.participant)},
        "problems": [],
    }


def _print_report(console: Console, path: Path, r: Report) -> None:
    g, m, c = r.guide, r.guide.meta, r.counts
    console.print(f"[bold]{rich_escape(str(path))}[/]: valid guide [cyan]{g.id}[/]")
    console.print(f"  {rich_escape(m.commission.text('en'))}, session {m.session_number}, "
                  f"{rich_escape(m.venue.text('en'))}, {date_range(m.opens, m.closes, 'en')}")
    console.print(
        f"  {plural(c['subthemes'], 'sub-theme')} ({plural(c['subtheme_items'], 'sub-item')}) · "
        f"{plural(c['question_groups'], 'question group')} · {plural(c['questions'], 'question')} · "
        f"{plural(c['options'], 'option')} · {plural(c['paragraphs'], 'paragraph')} "
        f"({c['background_paragraphs']} background) · {plural(c['references'], 'reference')}")
    colours = {"complete": "green", "partial": "yellow", "missing": "red"}
    langs = " · ".join(f"{lang} [{colours[s]}]{s}[/]" for lang, s in r.languages.items())
    console.print(f"  languages: {langs}")
    for check in r.checks:
        mark = "[green]✓[/]" if check.ok else "[red]✗[/]"
        console.print(f"  {mark} {check.name}: {rich_escape(check.message)}")
        if check.name == "languages":
            _print_gaps(console, path, r)
        elif check.name == "translations":
            for twin in r.twins[:_LISTED]:
                console.print(f"      {rich_escape(f'{path}:{twin.line}')}: {twin.where}: {twin.lang} "
                              f"is the same as {twin.same_as} (not translated?)")
            if len(r.twins) > _LISTED:
                console.print(f"      … and {len(r.twins) - _LISTED} more (--json lists them all)")
    failing = sum(not ch.ok for ch in r.checks)
    verdict = ("[green]ready[/] under decision 18/1" if r.ready else
               f"[yellow]not ready[/] under decision 18/1 ({plural(failing, 'check')} to fix)")
    console.print(f"  {verdict}")


_LISTED = 12  # texts listed per language in the terminal; --json lists every one


def _print_gaps(console: Console, path: Path, r: Report) -> None:
    """The texts a partial language still lacks, as FILE:LINE so an editor can jump to them."""
    for lang in LANGUAGES:
        if r.languages[lang] != "partial":
            continue
        lacking = sorted((g for g in r.gaps if g.lang == lang), key=lambda g: g.line)
        console.print(f"    {lang}: {plural(len(lacking), 'text')} missing")
        for gap in lacking[:_LISTED]:
            why = " (still the placeholder of `debate guide new`)" if gap.placeholder else ""
            console.print(f"      {rich_escape(f'{path}:{gap.line}')}: {rich_escape(gap.where)}{why}")
        if len(lacking) > _LISTED:
            console.print(f"      … and {len(lacking) - _LISTED} more (--json lists them all)")


# -- show ----------------------------------------------------------------------------------------


def cmd_show(args: argparse.Namespace) -> int:
    guide = load_guide(args.path)
    _console(soft_wrap=False).print(outline(guide, args.lang))
    return 0


def _label(prefix: str, text: LangText, lang: str, style: str = "", limit: int = 0) -> Text:
    out = Text(prefix, style="bold")
    found = text.get(lang)
    if found is None:
        return out
    value, used = found
    if limit and len(value) > limit:
        value = value[:limit] + "…"
    out.append(value, style=style)
    if used != lang:
        out.append(f"  [{used}: no {language_name(lang)}]", style="dim italic")
    return out


def outline(guide: Guide, lang: str) -> Tree:
    from rich.tree import Tree

    m = guide.meta
    status = report(guide, date.today()).languages[lang]
    heading = _label("", m.title, lang, "bold")
    if status != "complete":
        heading.append(f"\n{language_name(lang)} is {status} in this guide: other languages stand "
                       "in where marked", style="yellow")
    tree = Tree(heading)
    tree.add(_label("Theme: ", m.theme, lang))
    tree.add(Text(f"Session {m.session_number}, {date_range(m.opens, m.closes, lang)} · "
                  f"agenda item {m.agenda_item} · symbol {m.symbol or '(not recorded)'} · "
                  f"issued {m.issued or '(not recorded)'}", style="dim"))

    def add(node: Tree, block: Any) -> None:
        if isinstance(block, Section):
            child = node.add(_label(f"{block.number}. ", block.title, lang, "bold"))
            for b in block.content:
                add(child, b)
        elif isinstance(block, Paragraph):
            para = node.add(_label(f"¶{block.number} ", block.text, lang, "dim", limit=70))
            for s in block.subthemes:
                st = para.add(_label(f"({s.label}) ", s.title, lang, "magenta"))
                for c in s.children:
                    st.add(_label(f"({c.label}) [{c.id}] ", c.title, lang))
        elif isinstance(block, QuestionGroup):
            group = node.add(_label(f"{block.number}. ", block.title, lang, "bold cyan"))
            group.add(Text(f"¶{block.paragraph} · serves {', '.join(block.serves)}", style="dim"))
            for q in block.questions:
                qn = group.add(_label(f"{block.number}({q.letter}) ", q.text, lang))
                for o in q.options:
                    qn.add(_label(f"({o.numeral}) ", o.text, lang))

    for block in guide.body:
        add(tree, block)
    return tree


# -- export --------------------------------------------------------------------------------------


def cmd_export(args: argparse.Namespace) -> int:
    from ..core.bank.export import guide_markdown
    from ..core.text.markdown_html import render_document

    guide = load_guide(args.path)
    markdown = guide_markdown(guide, args.lang)
    if args.format == "html":
        content = render_document(markdown, guide.meta.title.text(args.lang), args.lang)
    else:
        content = markdown
    status = report(guide, date.today()).languages[args.lang]
    if status != "complete":
        print(f"debate: warning: {args.lang} is {status} in {guide.id}; untranslated passages are "
              "given in another language and marked", file=sys.stderr)
    if args.output:
        try:
            write_atomic(args.output, content.encode("utf-8"))
        except OSError as exc:
            raise CommandError(f"cannot write {args.output}: {exc.strerror or exc}") from None
        print(f"wrote {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(content)
    return 0


# -- search --------------------------------------------------------------------------------------


def cmd_search(args: argparse.Namespace) -> int:
    from ..core.bank.cache import GuideCache
    from ..core.bank.search import load_bank, terms

    if not terms(args.text):
        # A usage error, like argparse's own: exit 2, not the 1 of a failed command.
        print('debate guide search: nothing to search for; give words, a "phrase in quotes" or '
              "a prefix* (e.g. migra*)", file=sys.stderr)
        return 2
    started = time.perf_counter()
    bank = load_bank(args.bank, None if args.no_cache else GuideCache())
    loaded = time.perf_counter()
    hits = bank.search(args.text, tuple(args.lang) if args.lang else None)
    searched = time.perf_counter()
    console = _console()
    query = Query.parse(args.text)
    for hit in hits:
        console.print(Text.assemble((hit.guide_id, "cyan"), " ", (hit.ref, "bold"), " ",
                                    (hit.paragraph_ref, "dim"), " ", (f"[{hit.lang}]", "magenta"),
                                    " ", (hit.id, "dim")))
        console.print(_highlight(hit.text, query))
    guides = len({h.guide_id for h in hits})
    print(f"{plural(len(hits), 'match', 'matches')} in {plural(guides, 'guide')} "
          f"(bank: {plural(len(bank.guides), 'guide')}; loaded in {(loaded - started) * 1000:.0f} ms, "
          f"searched in {(searched - loaded) * 1000:.1f} ms)", file=sys.stderr)
    for problem in bank.problems:
        print(f"skipped: {problem}", file=sys.stderr)
    return 2 if bank.problems else 0


def _highlight(text: str, query: Query) -> Text:
    out = Text("  " + text)
    for start, end in query.spans(text):
        out.stylize("bold yellow", start + 2, end + 2)
    return out


# -- new -----------------------------------------------------------------------------------------


def cmd_new(args: argparse.Namespace) -> int:
    from ..core.bank.search import GUIDE_SUFFIXES
    from ..core.bank.skeleton import guide_id_from, skeleton

    path = Path(args.path)
    if path.exists():
        raise CommandError(f"{path} already exists; choose another name (nothing was written)")
    if path.suffix not in GUIDE_SUFFIXES:
        raise CommandError(f"{path}: a guide file name ends in .yaml (or .yml)")
    guide_id = args.guide_id or guide_id_from(path.stem)
    text = skeleton(guide_id, date.today())
    try:
        load_guide_text_check(text, str(path))
        write_atomic(path, text.encode("utf-8"))
    except OSError as exc:
        raise CommandError(f"cannot write {path}: {exc.strerror or exc}") from None
    print(f"wrote {path} (guide id {guide_id}); fill in the texts, then run: "
          f"debate guide check {path}")
    return 0


def load_guide_text_check(text: str, name: str) -> None:
    """Refuse to write a skeleton that would not pass `check` (e.g. a bad --id)."""
    from ..core.bank.loader import parse_guide

    parse_guide(text.encode("utf-8"), name)
