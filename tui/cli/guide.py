"""`debate guide …`: the Secretariat's commands on discussion guides."""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.bank.bank_files import bank_files, duplicate_id
from ..core.bank.guide import Guide, Paragraph, QuestionGroup, Section
from ..core.bank.loader import MAX_BYTES, load_guide, load_guide_and_warnings, parse_guide
from ..core.bank.readiness import Report, report
from ..core.files.atomic import write_atomic
from ..core.files.safe import read_input
from ..core.text.catalog import date_range, language_name, tr
from ..core.text.dates import long_date
from ..core.text.durations import mmss
from ..core.text.guide_texts import lettered
from ..core.text.languages import LANGUAGES, LangText
from ..core.text.problems import InputError, Problem, Problems
from ..core.text.visible import visible
from .errors import CommandError
from .output import json_text, print_problems, shown_text
from .output_file import check_output, write_file

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text
    from rich.tree import Tree

    from ..core.bank.search import Query

# Modules only one action needs (the Markdown renderer, the search index, the guide cache, the
# skeleton) are imported inside that action: `guide check` should not pay for `guide export`.

DEFAULT_BANK = "questions"


def register(commands: Any, only_action: str | None = None) -> None:
    """The `guide` command and its actions. With `only_action` (the action on the command line),
    that action alone gets its arguments, the others their name and help (all that `debate guide
    --help` shows): building the parser of every action cost `guide check` 5 ms of its start
    (argparse looks up a translation of each of its own help texts on disk)."""
    guide = commands.add_parser("guide", help="check, show, export and search discussion guides",
                                description="Discussion guides: the question bank (questions/*.yaml).")
    sub = guide.add_subparsers(dest="guide_command", metavar="ACTION", required=True)
    for name, (help_text, arguments) in _ACTIONS.items():
        if only_action is None or name == only_action:
            arguments(sub.add_parser(name, help=help_text))
        else:
            sub.add_parser(name, help=help_text, add_help=False)


def _check_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="guide files, or folders of guides")
    p.add_argument("--json", action="store_true", help="one JSON object per guide, one per line")
    p.add_argument("--strict", action="store_true", help="exit 1 when a guide is valid but not ready")
    p.add_argument("--today", type=_iso_date, default=None, metavar="YYYY-MM-DD",
                   help="judge the one-month deadline as of this date (default: today)")
    p.set_defaults(handler=cmd_check)


def _show_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", metavar="PATH")
    p.add_argument("--lang", choices=LANGUAGES, default="en", help="language to show (default en)")
    p.set_defaults(handler=cmd_show)


def _export_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", metavar="PATH")
    p.add_argument("--lang", choices=LANGUAGES, default="en", help="language (default en)")
    p.add_argument("--format", choices=FORMATS, default=None,
                   help="md, html or docx (default: from -o's extension, else md)")
    p.add_argument("--all-languages", action="store_true",
                   help="write the six language versions into the folder -o DIR")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="write to FILE (or, with --all-languages, into the folder FILE)")
    p.set_defaults(handler=cmd_export)


def _search_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("text", metavar="TEXT",
                   help='whole words to find (all must match); "quote" a phrase; prefix* for a prefix')
    p.add_argument("--lang", choices=LANGUAGES, action="append",
                   help="only this language (repeatable; default all)")
    p.add_argument("--bank", default=os.environ.get("DEBATE_BANK", DEFAULT_BANK), metavar="DIR",
                   help="folder of guides (default: $DEBATE_BANK or ./questions)")
    p.add_argument("--no-cache", action="store_true",
                   help="parse every guide again instead of reusing validated ones")
    p.set_defaults(handler=cmd_search)


def _diff_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("old", metavar="OLD")
    p.add_argument("new", metavar="NEW")
    p.add_argument("--lang", choices=LANGUAGES, action="append",
                   help="compare only this language (repeatable; default all)")
    p.add_argument("--json", action="store_true", help="one JSON object per difference, per line")
    p.set_defaults(handler=cmd_diff)


def _reuse_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("ref", metavar="REF",
                   help="the question: 7(m), ¶12(m), its id, or GUIDE-ID:7(m)")
    p.add_argument("--from", dest="source", metavar="GUIDE",
                   help="the guide it comes from: a file, or a guide id in the bank")
    p.add_argument("--into", required=True, metavar="FILE", help="the guide being written")
    p.add_argument("--group", metavar="N", help="question group number or id (default: the last)")
    p.add_argument("--bank", default=os.environ.get("DEBATE_BANK", DEFAULT_BANK), metavar="DIR",
                   help="folder of guides for a guide id (default: $DEBATE_BANK or ./questions)")
    p.set_defaults(handler=cmd_reuse)


def _renumber_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", metavar="PATH")
    p.add_argument("--write", action="store_true",
                   help="rewrite the file (default: show what would change, change nothing)")
    p.set_defaults(handler=cmd_renumber)


def _import_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", metavar="FILE")
    p.add_argument("--lang", default=None, choices=LANGUAGES,
                   help="the language of the document (default: fr; required with --into)")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="write the draft here (never over an existing file; default: stdout)")
    p.add_argument("--into", metavar="GUIDE.yaml",
                   help="add the document's texts as the --lang version of this existing guide, "
                        "paired by paragraph, sub-theme and question number (exit 0: all paired; "
                        "3: written, mismatches listed; 1: refused; 2: invalid input)")
    p.add_argument("--replace", action="store_true",
                   help="with --into: replace the texts the guide already has in --lang")
    p.add_argument("--id", dest="guide_id", help="guide id (default: from the file name)")
    p.set_defaults(handler=cmd_import)


def _new_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", metavar="PATH")
    p.add_argument("--id", dest="guide_id", help="guide id (default: from the file name)")
    p.set_defaults(handler=cmd_new)


# Each action: its help, and what adds its arguments (`register`).
_ACTIONS: dict[str, tuple[str, Any]] = {
    "check": ("validate guides and report their readiness (decision 18/1)", _check_arguments),
    "show": ("the outline of a guide in the terminal", _show_arguments),
    "export": ("the guide as a document (Markdown, HTML or Word)", _export_arguments),
    "search": ("find questions and options across the bank", _search_arguments),
    "diff": ("what changed between two versions of a guide", _diff_arguments),
    "reuse": ("copy a question of the bank into a guide being written", _reuse_arguments),
    "renumber": ("number paragraphs and question groups 1, 2, 3… again", _renumber_arguments),
    "import": ("a past guide (.txt from the PDF, .md, .docx) as a YAML draft", _import_arguments),
    "new": ("write a skeleton guide with all six language slots", _new_arguments),
}


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {value!r}") from None


def plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count} {word if count == 1 else many or word + 's'}"


def _console(soft_wrap: bool = True) -> Console:
    """Line-oriented output is soft-wrapped: the terminal wraps it and a pipe gets whole lines."""
    from .output import console

    return console(soft_wrap)


# -- check ---------------------------------------------------------------------------------------


def _expand(paths: list[str]) -> tuple[list[Path], list[Path]]:
    """The guide files the paths name (a folder: its *.yaml and *.yml), and the folders that
    hold none: `check` says so rather than succeed on nothing checked."""
    out: list[Path] = []
    empty: list[Path] = []
    for raw in paths:
        path = Path(raw)
        found = bank_files(path) if path.is_dir() else [path]
        out.extend(found)
        if not found:
            empty.append(path)
    return out, empty


def cmd_check(args: argparse.Namespace) -> int:
    today = args.today or date.today()
    invalid = not_ready = 0
    out = _Lines()
    seen: dict[str, str] = {}
    files, empty = _expand(args.paths)
    for folder in empty:
        invalid += 1
        problem = Problem(str(folder), 0, 0, "no guide files (*.yaml, *.yml) found")
        if args.json:
            print(json_text({"file": str(folder), "valid": False, "ready": False,
                             "problems": [problem.as_dict()]}))
        print_problems([problem])
    for path in files:
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
            print(visible(warning), file=sys.stderr)
        result = report(guide, today)
        not_ready += not result.ready
        if args.json:
            print(json_text({**_report_json(path, result), "warnings": [w.as_dict() for w in warnings]}))
        else:
            _print_report(out, path, result)
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
    data = read_input(path, MAX_BYTES, "guide")  # a regular file: GuideCache().load checked it
    return guide, invisible_characters(data.decode("utf-8-sig", "replace"), str(path))


def _print_invalid(path: Path, problems: list[Problem], as_json: bool) -> None:
    if as_json:
        print(json_text({"file": str(path), "valid": False, "ready": False,
                         "problems": [p.as_dict() for p in problems]}))
    print_problems(problems)
    print(f"{visible(path)}: invalid ({plural(len(problems), 'problem')})", file=sys.stderr)


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


class _Lines:
    """The check report's lines: styled by Rich on a terminal; written as they are when Rich
    would style nothing (output to a pipe or a file), without importing Rich (about a third of
    `debate guide check`'s start). Each line is parts: text, or (text, Rich style)."""

    def __init__(self) -> None:
        tty = os.environ.get("TTY_COMPATIBLE", "")
        force = os.environ.get("FORCE_COLOR")
        # Rich's own test (Console.is_terminal): when it says "not a terminal", it styles nothing.
        self.plain = tty == "0" or (tty != "1" and force is None and not _isatty(sys.stdout))
        self._console: Console | None = None

    def line(self, *parts: str | tuple[str, str]) -> None:
        text = "".join(part if isinstance(part, str) else part[0] for part in parts)
        if self.plain and "\t" not in text:  # (Rich lines tabs up by cell widths: left to it)
            sys.stdout.write(text + "\n")
            return
        from rich.text import Text

        if self._console is None:
            self._console = _console()
        self._console.print(Text.assemble(*parts))


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _print_report(out: _Lines, path: Path, r: Report) -> None:
    g, m, c = r.guide, r.guide.meta, r.counts
    out.line((visible(path), "bold"), ": valid guide ", (visible(g.id), "cyan"))
    out.line(f"  {visible(m.commission.text('en'))}, session {m.session_number}, "
             f"{visible(m.venue.text('en'))}, {date_range(m.opens, m.closes, 'en')}")
    out.line(
        f"  {plural(c['subthemes'], 'sub-theme')} ({plural(c['subtheme_items'], 'sub-item')}) · "
        f"{plural(c['question_groups'], 'question group')} · {plural(c['questions'], 'question')} · "
        f"{plural(c['options'], 'option')} · {plural(c['paragraphs'], 'paragraph')} "
        f"({c['background_paragraphs']} background) · {plural(c['references'], 'reference')}")
    colours = {"complete": "green", "partial": "yellow", "missing": "red"}
    langs: list[str | tuple[str, str]] = ["  languages: "]
    for n, (lang, status) in enumerate(r.languages.items()):
        langs += [" · " if n else "", f"{lang} ", (status, colours[status])]
    out.line(*langs)
    for check in r.checks:
        mark = ("✓", "green") if check.ok else ("✗", "red")
        out.line("  ", mark, f" {check.name}: {visible(check.message)}")
        if check.name == "languages":
            _print_gaps(out, path, r)
        elif check.name == "translations":
            for twin in r.twins[:_LISTED]:
                where = visible(f"{path}:{twin.line}: {twin.where}")
                out.line(f"      {where}: {twin.lang} is the same as {visible(twin.same_as)} "
                         "(not translated?)")
            if len(r.twins) > _LISTED:
                out.line(f"      … and {len(r.twins) - _LISTED} more (--json lists them all)")
    failing = sum(not ch.ok for ch in r.checks)
    if r.ready:
        out.line("  ", ("ready", "green"), " under decision 18/1")
    else:
        out.line("  ", ("not ready", "yellow"), f" under decision 18/1 ({plural(failing, 'check')} to fix)")


_LISTED = 12  # texts listed per language in the terminal; --json lists every one


def _print_gaps(out: _Lines, path: Path, r: Report) -> None:
    """The texts a partial language still lacks, as FILE:LINE so an editor can jump to them."""
    for lang in LANGUAGES:
        if r.languages[lang] != "partial":
            continue
        lacking = sorted((g for g in r.gaps if g.lang == lang), key=lambda g: g.line)
        out.line(f"    {lang}: {plural(len(lacking), 'text')} missing")
        for gap in lacking[:_LISTED]:
            why = " (still the placeholder of `debate guide new`)" if gap.placeholder else ""
            out.line(f"      {visible(f'{path}:{gap.line}: {gap.where}')}{why}")
        if len(lacking) > _LISTED:
            out.line(f"      … and {len(lacking) - _LISTED} more (--json lists them all)")


# -- show ----------------------------------------------------------------------------------------


def cmd_show(args: argparse.Namespace) -> int:
    guide = load_guide(args.path)
    _console(soft_wrap=False).print(outline(guide, args.lang))
    return 0


def _label(prefix: str, text: LangText, lang: str, style: str = "", limit: int = 0) -> Text:
    from rich.text import Text

    out = Text(visible(prefix), style="bold")
    found = text.get(lang)
    if found is None:
        return out
    value, used = found
    from ..core.bank.export import plain

    value = plain(value)
    if limit and len(value) > limit:
        value = value[:limit] + "…"
    out.append(visible(value), style=style)
    if used != lang:
        missing = tr("show.no_text", lang, language=language_name(lang, lang))
        out.append(f"  [{used}: {missing}]", style="dim italic")
    return out


def outline(guide: Guide, lang: str) -> Tree:
    from rich.text import Text
    from rich.tree import Tree

    m = guide.meta
    status = report(guide, date.today()).languages[lang]
    heading = _label("", m.title, lang, "bold")
    if status != "complete":
        heading.append("\n" + tr("show.stand_in", lang, language=language_name(lang, lang),
                                 status=tr(f"status.{status}", lang)), style="yellow")
    tree = Tree(heading)
    tree.add(_label(tr("show.theme", lang), m.theme, lang))
    issued = m.issued_on(lang)
    facts = [tr("show.session", lang, number=m.session_number) + ", " +
             date_range(m.opens, m.closes, lang),
             tr("show.agenda", lang, number=m.agenda_item),
             tr("show.symbol", lang, symbol=m.symbol) if m.symbol else tr("symbol_unknown", lang),
             tr("show.issued", lang, date=long_date(issued, lang)) if issued
             else tr("show.not_issued", lang)]
    if m.original_language:
        facts.append(tr("original", lang, language=language_name(m.original_language, lang)))
    tree.add(Text(visible(" · ".join(facts)), style="dim"))

    def add(node: Tree, block: Any) -> None:
        if isinstance(block, Section):
            number = f"{tr('annex', lang)} {block.number}" if block.role == "annex" else block.number
            s = block.subtheme
            lead = tr("subtheme_heading", lang, label=s.label) if s is not None else ""
            heading = _label(f"{number}. {lead}" if number else lead, block.title, lang, "bold")
            if s is not None:  # the sub-theme's id, which groups name in serves
                heading.append(f" [{s.id}]", style="dim")
            child = node.add(heading)
            if s is not None:
                for c in s.children:
                    child.add(_label(f"{lettered(c.label, lang)} [{c.id}] ", c.title, lang))
            for b in block.content:
                add(child, b)
        elif isinstance(block, Paragraph):
            para = node.add(_label(f"¶{block.number} ", block.text, lang, "dim", limit=70))
            for s in block.subthemes:
                st = para.add(_label(f"{lettered(s.label, lang)} ", s.title, lang, "magenta"))
                for c in s.children:
                    st.add(_label(f"{lettered(c.label, lang)} [{c.id}] ", c.title, lang))
        elif isinstance(block, QuestionGroup):
            group = node.add(_label(f"{block.number}. ", block.title, lang, "bold cyan"))
            serves = ", ".join(block.serves) or tr("general_questions", lang)
            group.add(Text(visible(tr("show.serves", lang, paragraph=block.paragraph, serves=serves)),
                           style="dim"))
            for q in block.questions:
                label = _label(f"{block.cite(q.letter)} ", q.text, lang)  # 1(a), or ¶6(2)
                if q.origin:  # reused from an earlier guide: the bank shows what recurs
                    label.append(f"  [from {q.origin}]", style="dim")
                qn = group.add(label)
                for o in q.options:
                    qn.add(_label(f"{lettered(o.numeral, lang)} ", o.text, lang))

    for block in guide.body:
        add(tree, block)
    return tree


# -- export --------------------------------------------------------------------------------------


FORMATS = ("md", "html", "docx")
_EXTENSIONS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".docx": "docx"}


def _export_format(args: argparse.Namespace) -> str:
    """The format asked for: --format, or -o's extension; refused when the two disagree."""
    check_output(args.output, args.format, None if args.all_languages or not args.output
                 else _EXTENSIONS.get(Path(args.output).suffix.lower()))
    if args.all_languages or not args.output:
        if args.format == "docx" and not args.output:
            raise CommandError("a Word document cannot go to the terminal: give -o FILE.docx")
        return args.format or "md"
    suffix = Path(args.output).suffix.lower()
    implied = _EXTENSIONS.get(suffix)
    if not args.format and suffix and not implied:
        raise CommandError(f"cannot tell the format from {args.output}: name it .md, .html or "
                           ".docx, or give --format")
    return args.format or implied or "md"


def export_document(guide: Guide, lang: str, fmt: str) -> bytes:
    from ..core.bank.export import document_title, guide_markdown
    from ..core.text.docx_writer import DocxOptions, markdown_to_docx
    from ..core.text.markdown_html import render_document

    markdown = guide_markdown(guide, lang)
    title = document_title(guide, lang)
    if fmt == "html":
        return render_document(markdown, title, lang).encode("utf-8")
    if fmt == "docx":
        options = DocxOptions(lang=lang, title=title,
                              symbol=guide.meta.symbol, created=_FIXED_TIME)
        return markdown_to_docx(markdown, options)
    return markdown.encode("utf-8")


# Word files record when they were made; a fixed instant keeps exports byte-for-byte reproducible.
_FIXED_TIME = datetime(2000, 1, 1, tzinfo=UTC)


def cmd_export(args: argparse.Namespace) -> int:
    fmt = _export_format(args)
    guide = load_guide(args.path)
    languages = report(guide, date.today()).languages
    if args.all_languages:
        if not args.output:
            raise CommandError("--all-languages writes six files: give the folder with -o DIR")
        folder = Path(args.output)
        if folder.exists() and not folder.is_dir():
            raise CommandError(f"{folder} is a file; --all-languages needs a folder")
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CommandError(f"cannot create {folder}: {exc.strerror or exc}") from None
        for lang in LANGUAGES:
            _warn_incomplete(guide, lang, languages[lang])
            write_file(folder / f"{guide.id}.{lang}.{fmt}", export_document(guide, lang, fmt))
        return 0
    _warn_incomplete(guide, args.lang, languages[args.lang])
    content = export_document(guide, args.lang, fmt)
    if args.output:
        write_file(Path(args.output), content)
    else:
        sys.stdout.write(content.decode("utf-8"))
    return 0


def _warn_incomplete(guide: Guide, lang: str, status: str) -> None:
    if status != "complete":
        print(f"debate: warning: {lang} is {status} in {guide.id}; untranslated passages are "
              "given in another language and marked", file=sys.stderr)


# -- search --------------------------------------------------------------------------------------


def cmd_search(args: argparse.Namespace) -> int:
    from rich.text import Text

    from ..core.bank.cache import GuideCache
    from ..core.bank.search import Query, load_bank, terms

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
        also = () if hit.paragraph_ref == hit.ref else ((visible(hit.paragraph_ref), "dim"), " ")
        console.print(Text.assemble((visible(hit.guide_id), "cyan"), " ", (visible(hit.ref), "bold"), " ",
                                    *also, (f"[{hit.lang}]", "magenta"), " ", (visible(hit.id), "dim")))
        console.print(_highlight(hit.text, query))
    guides = len({h.guide_id for h in hits})
    print(f"{plural(len(hits), 'match', 'matches')} in {plural(guides, 'guide')} "
          f"(bank: {plural(len(bank.guides), 'guide')}; loaded in {(loaded - started) * 1000:.0f} ms, "
          f"searched in {(searched - loaded) * 1000:.1f} ms)", file=sys.stderr)
    for problem in bank.problems:
        print(f"skipped: {visible(problem)}", file=sys.stderr)
    return 2 if bank.problems else 0


def _highlight(text: str, query: Query) -> Text:
    from rich.text import Text

    out = Text("  " + visible(text))  # one character for one: the spans below still hold
    for start, end in query.spans(text):
        out.stylize("bold yellow", start + 2, end + 2)
    return out


# -- diff ------------------------------------------------------------------------------------------


def cmd_diff(args: argparse.Namespace) -> int:
    """Exit 0 when the guides say the same, 1 when they differ (as diff does), 2 when invalid."""
    from rich.text import Text

    from ..core.bank.diff import ADDED, REMOVED, diff, word_diff

    old, new = load_guide(args.old), load_guide(args.new)
    changes = diff(old, new, tuple(args.lang) if args.lang else LANGUAGES)
    console = _console()
    for c in changes:
        if args.json:
            print(json_text(c.as_dict()))
            continue
        line = Text()
        if c.change == ADDED:
            line.append(f"+ {c.kind} {c.id} {c.new_ref}: ", style="green bold")
            line.append(c.new or "", style="green")
        elif c.change == REMOVED:
            line.append(f"- {c.kind} {c.id} {c.old_ref}: ", style="red bold")
            line.append(c.old or "", style="red")
        elif c.lang is None:
            line.append(f"~ {c.kind} {c.id} moved {c.old_ref} -> {c.new_ref}", style="yellow")
        else:
            where = c.new_ref if c.old_ref == c.new_ref else f"{c.old_ref} -> {c.new_ref}"
            line.append(f"~ {c.kind} {c.id} {where} [{c.lang}]: ", style="yellow bold")
            if c.old is None or c.new is None:
                line.append("(no text before)" if c.old is None else "(no text now)", style="dim")
            else:
                for n, (op, words) in enumerate(word_diff(c.old, c.new)):
                    if n:
                        line.append(" ")
                    if op == "=":
                        line.append(words)
                    elif op == "-":
                        line.append(f"[-{words}-]", style="red strike")
                    else:
                        line.append(f"{{+{words}+}}", style="green")
        console.print(shown_text(line))
    counts = {kind: sum(c.change == kind for c in changes)
              for kind in ("added", "removed", "moved", "changed")}
    detail = ", ".join(f"{n} {kind}" for kind, n in counts.items() if n)
    # Two versions of one guide have one id: name them by their files then.
    names = (old.id, new.id) if old.id != new.id else (str(args.old), str(args.new))
    print(f"{plural(len(changes), 'difference')}" + (f" ({detail})" if detail else "") +
          f" between {visible(names[0])} and {visible(names[1])}", file=sys.stderr)
    return 1 if changes else 0


# -- reuse -----------------------------------------------------------------------------------------


def _source_guide(name: str, bank: str) -> Guide:
    path = Path(name)
    if path.suffix in (".yaml", ".yml") or path.exists():
        return load_guide(path)
    from ..core.bank.search import bank_files

    folder = Path(bank)
    if folder.is_dir():
        for candidate in bank_files(folder):
            try:
                guide = load_guide(candidate)
            except InputError:
                continue
            if guide.id == name:
                return guide
    raise CommandError(f"no guide {name!r}: give a guide file or the id of a guide in {bank}")


def cmd_reuse(args: argparse.Namespace) -> int:
    from ..core.bank import reuse

    ref, source_name = args.ref, args.source
    if ":" in ref and not source_name:
        source_name, ref = ref.split(":", 1)
    if not source_name:
        raise CommandError("say where the question comes from: --from GUIDE or GUIDE-ID:REF")
    source = _source_guide(source_name, args.bank)
    found = source.find(ref)
    if found is None or found.option is not None:
        raise CommandError(f"no question {ref!r} in {source.id} (a question: 7(m), ¶12(m) or its "
                           "id; its options come with it)")
    target_path = Path(args.into)
    target = load_guide(target_path)
    text = target_path.read_bytes().decode("utf-8-sig")
    try:
        new_text, new_id, new_ref = reuse.insert(text, target, source, found.question, args.group)
    except reuse.ReuseError as exc:
        raise CommandError(f"{target_path}: {exc} (nothing was written)") from None
    parse_guide(new_text.encode("utf-8"), str(target_path))  # never write a guide that would not load
    write_file(target_path, new_text.encode("utf-8"))
    print(f"{source.id} {found.cite} ({found.question.id}) is now {new_ref} ({new_id}) in "
          f"{target.id}, with {plural(len(found.question.options), 'option')} and every language; "
          f"from: {source.id}/{found.question.id}")
    return 0


# -- renumber ------------------------------------------------------------------------------------


def cmd_renumber(args: argparse.Namespace) -> int:
    from ..core.bank import renumber

    path = Path(args.path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CommandError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError([Problem(str(path), 0, 0, "not valid UTF-8; save the file as UTF-8")]) from None
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    problems = Problems(str(path))
    changes = renumber.plan(text[len(bom):], problems)
    problems.raise_if_any()
    if not changes:
        print(f"{path}: paragraphs and question groups are already numbered in sequence")
        return 0
    for c in changes:
        print(f"{path}:{c.line}:{c.column}: {c.kind} {c.old} -> {c.new}")
    if not args.write:
        print(f"{plural(len(changes), 'number')} to change; run again with --write to rewrite "
              f"{path} (comments and layout are kept)")
        return 0
    new_text = bom + renumber.apply(text[len(bom):], changes)
    parse_guide(new_text.encode("utf-8"), str(path))  # never write a guide that would not load
    write_file(path, new_text.encode("utf-8"))
    return 0


# -- import --------------------------------------------------------------------------------------


EXIT_MISMATCHES = 3  # `import --into`: written, but not every text paired (listed on stderr)


def cmd_import(args: argparse.Namespace) -> int:
    from ..core.bank.search import GUIDE_SUFFIXES
    from ..core.bank.skeleton import guide_id_from

    if args.into is not None:
        return _import_into(args)
    if args.replace:
        raise CommandError("--replace goes with --into GUIDE.yaml (nothing was written)")
    args.lang = args.lang or "fr"
    out = Path(args.output) if args.output else None
    if out is not None:
        if out.exists():
            raise CommandError(f"{out} already exists; choose another name (nothing was written)")
        if out.suffix not in GUIDE_SUFFIXES:
            raise CommandError(f"{out}: a guide file name ends in .yaml (or .yml)")
    source = Path(args.path)
    guide_id = args.guide_id or guide_id_from((out or source).stem)
    result = _imported(source, args.lang, guide_id)
    for problem in result.problems + result.notes:
        print(visible(problem), file=sys.stderr)
    if out is None:
        sys.stdout.write(result.yaml)
        return 0
    try:
        write_atomic(out, result.yaml.encode("utf-8"))
    except OSError as exc:
        raise CommandError(f"cannot write {out}: {exc.strerror or exc}") from None
    to_place = len(result.problems) - result.numbering
    unplaced = f"; {plural(to_place, 'line')} to place by hand (marked 'could not " \
        "place' in the draft)" if to_place else ""
    if result.lost:
        unplaced += f"; {plural(result.lost, 'paragraph')} missing from the document (" + (
            "a stand-in" if result.lost == 1 else "stand-ins") + " marked [to write])"
    if result.repeats:
        unplaced += f"; {plural(result.repeats, 'paragraph number')} repeated in the document " \
            "(listed above)"
    print(f"wrote {visible(out)}: {plural(result.groups, 'question group')}, "
          f"{plural(result.questions, 'question')}{unplaced}; then run: debate guide check {out}")
    return 0


def _imported(source: Path, lang: str, guide_id: str, *, validate: bool = True) -> Any:
    """The import of `source` as a draft that loads, or one line and exit 2. Without `validate`
    (for --into, which pairs texts by number and reports what does not pair), a draft whose
    letters or numbers are out of sequence is still worth reading."""
    from ..core.bank.importer import GuideImportError, import_guide

    if not source.is_file():
        raise InputError([Problem(str(source), 0, 0, "no such file; give a .txt, .md or .docx "
                                                     "guide")])
    try:
        result = import_guide(source, lang, guide_id, gaps=not validate)
    except GuideImportError as exc:
        message = str(exc).removeprefix(f"{source}: ")
        raise InputError([Problem(str(source), 0, 0, f"{message} (nothing was written)")]) from None
    if not validate:
        return result
    try:
        parse_guide(result.yaml.encode("utf-8"), "<draft>")
    except InputError as exc:
        first = exc.problems[0] if exc.problems else None
        # Where the import stopped, in the document: the source line the draft's faulty line
        # came from (or the nearest before it that came from one), else its last line (a text
        # read to its end without finding a guide's body).
        at = first.line if first is not None else 0
        line = next((result.origin[k] for k in range(min(at, len(result.origin)) - 1, -1, -1)
                     if result.origin[k]), 0) or result.last_line
        raise InputError([Problem(str(source), line, 0, "no guide could be made of it ("
                                  f"{first.message if first else 'invalid'}); is this a "
                                  "discussion guide? (nothing was written)")]) from None
    return result


def _import_into(args: argparse.Namespace) -> int:
    """`import FILE --into GUIDE.yaml --lang es`: the document's texts as one more language of
    a guide of the bank, written into that file only (atomically), the rest of it unchanged."""
    from ..core.bank.language_into import IntoError, merge

    if args.output:
        raise CommandError("--into writes into the guide itself; leave out -o (nothing was written)")
    if args.lang is None:
        raise CommandError("say which language the document is in: --lang es (nothing was written)")
    target = Path(args.into)
    guide = load_guide(target)  # an invalid guide is invalid input: its problems, exit 2
    data = target.read_bytes()
    bom = b"\xef\xbb\xbf" if data.startswith(b"\xef\xbb\xbf") else b""
    text = data[len(bom):].decode("utf-8")
    source = Path(args.path)
    result = _imported(source, args.lang, guide.id, validate=False)
    try:
        m = merge(text, result.yaml, result.origin, args.lang, args.replace, str(target),
                  str(source))
    except IntoError as exc:
        raise CommandError(str(exc)) from None
    for line in result.problems:
        print(visible(line), file=sys.stderr)
    for line in m.report + m.notes:
        print(visible(line), file=sys.stderr)
    if m.added == 0:
        raise InputError([Problem(str(source), 0, 0, f"no text of it pairs with {target} by "
                                                     "number; is it the same guide? (nothing was "
                                                     "written)")])
    new = bom + m.text.encode("utf-8")
    parse_guide(new, str(target))  # never write a guide that would not load
    write_file(target, new)
    unplaced = len(result.problems)
    mismatches = m.missing + m.extra + m.renumbered + m.dates_differ
    detail = ", ".join(part for part in (
        plural(m.missing, "text") + " missing in the import" if m.missing else "",
        plural(m.extra, "text") + " extra in the import" if m.extra else "",
        plural(m.renumbered, "entry", "entries") + " numbered differently" if m.renumbered else "",
        plural(m.kept, "text") + f" in {args.lang} kept from the previous version" if m.kept else "",
        "the issue date differs from the guide's" if m.dates_differ else "",
        plural(unplaced, "line") + " of the document not placed" if unplaced else "") if part)
    dated = f" and its issue date {m.issued} (meta.issued.{args.lang})" if m.issued else ""
    print(f"{visible(target)}: {plural(m.added, 'text')} in {args.lang}{dated} from {visible(source)}"
          + (f"; {detail} (listed above as FILE:LINE)" if detail else "; every text paired")
          + f"; then run: debate guide check {visible(target)}")
    return EXIT_MISMATCHES if mismatches or unplaced else 0


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
    print(f"wrote {visible(path)} (guide id {visible(guide_id)}); fill in the texts, then run: "
          f"debate guide check {path}")
    return 0


def load_guide_text_check(text: str, name: str) -> None:
    """Refuse to write a skeleton that would not pass `check` (e.g. a bad --id)."""
    from ..core.bank.loader import parse_guide

    parse_guide(text.encode("utf-8"), name)
