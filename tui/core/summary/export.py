"""The Chair's summary in its formats: Markdown, HTML (with a chart), Word, and the CSV of speakers."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..bank.guide import Guide
from ..debate.participants import REGIONAL_GROUPS
from ..debate.session_meta import SessionMeta
from ..debate.state import State
from ..files.atomic import write_atomic
from ..text.catalog import tr
from ..text.durations import mmss
from ..text.typography import french_spacing
from .chart import bar_chart
from .document import Options, Summary, build_summary
from .speakers_csv import speakers_csv

FORMATS = ("md", "html", "docx", "csv")
EXTENSIONS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".docx": "docx",
              ".csv": "csv"}


def format_for(path: str) -> str | None:
    """The format a file name asks for by its extension (None when it does not say)."""
    return EXTENSIONS.get(Path(path).suffix.lower())


def account(summary: Summary) -> list[str]:
    """What the document does not hold as paragraphs, and why: one line per point."""
    lines = []
    for p in summary.left_out:
        why = f" ({p.reason})" if p.reason else ""
        lines.append(f"left out by the Chair{why}: {p.text}")
    for p in summary.untranslated:
        lines.append(f"no text in the summary's language (recorded in {p.lang}; listed at the end): {p.text}")
    return lines


def document_title(guide: Guide, lang: str) -> str:
    """The summary's title as the HTML page and the Word file's properties give it: the same
    as the document's own title, French spacing included (the theme is a guide text)."""
    title = tr("sum.title", lang, theme=guide.meta.theme.text(lang))
    return french_spacing(title) if lang == "fr" else title


def part_tokens(summary: Summary) -> list[Any]:
    """The Markdown's parts as markdown-it tokens (raw HTML off, as for every HTML we write),
    parsed once per summary: the HTML and Word exports of `export_all` share them (the parse
    of a 500-row Annex I is most of what either costs: bench/summary.py)."""
    if "parts" not in summary.parsed:
        from ..text.markdown_html import markdown_renderer

        parser = markdown_renderer()
        summary.parsed["parts"] = [parser.parse(part) for part in summary.parts]
    tokens: list[Any] = summary.parsed["parts"]
    return tokens


def summary_docx(summary: Summary, guide: Guide, now: float, lang: str) -> bytes:
    """The Word document, from the same Markdown (so the two always hold the same paragraphs)."""
    from ..text.docx_writer import DocxOptions, markdown_to_docx  # markdown-it and python-docx: on use only

    created = datetime.fromtimestamp(now, UTC).replace(tzinfo=None, microsecond=0)
    # A Chair's summary has no symbol of its own until the secretariat gives it one in Word (the
    # guide's is the guide's): the masthead says "United Nations" and leaves the symbol out.
    annexes = tuple(tr(key, lang).split(".")[0] + "." for key in ("sum.annex1", "sum.annex2", "sum.annex3"))
    options = DocxOptions(lang, document_title(guide, lang), None, created,
                          masthead=tr("sum.masthead", lang), new_page=annexes)
    # Parts parse as the whole does: a part ends with a blank line, no block runs across two.
    return markdown_to_docx([t for part in part_tokens(summary) for t in part], options)


def summary_html(summary: Summary, lang: str, title: str) -> str:
    """The Markdown rendered (raw HTML off), with the Annex II chart, ours, after its tables."""
    # markdown-it is imported here: the Markdown and CSV exports (and `debate summary --help`)
    # do not need it.
    from ..text.markdown_html import markdown_renderer, page

    st = summary.statistics  # the figures Annex II was written from: computed once per export
    rows = [(tr(f"group.{g}", lang), st.by_group[g].total) for g in REGIONAL_GROUPS]
    chart = bar_chart(tr("sum.chart", lang), rows, mmss)
    renderer = markdown_renderer()
    parts = [renderer.renderer.render(tokens, renderer.options, {}) for tokens in part_tokens(summary)]
    parts.insert(summary.annex2 + 1, f'<figure class="chart">\n{chart}\n</figure>\n')
    return page("".join(parts), title, lang)


def render(fmt: str, meta: SessionMeta, state: State, guide: Guide, now: float, options: Options,
           summary: Summary | None = None) -> str:
    """The document in `fmt`; pass `summary` when it is already built (it is the costly part)."""
    if fmt == "csv":
        return speakers_csv(state, now)
    summary = summary or build_summary(meta, state, guide, now, options)
    if fmt == "md":
        return summary.markdown
    return summary_html(summary, options.lang, document_title(guide, options.lang))


def render_bytes(fmt: str, meta: SessionMeta, state: State, guide: Guide, now: float, options: Options,
                 summary: Summary | None = None) -> bytes:
    """The document in `fmt` as the bytes of its file (UTF-8 text, or a .docx)."""
    if fmt == "docx":
        summary = summary or build_summary(meta, state, guide, now, options)
        return summary_docx(summary, guide, now, options.lang)
    return render(fmt, meta, state, guide, now, options, summary).encode("utf-8")


def export(fmt: str, meta: SessionMeta, state: State, guide: Guide, now: float, options: Options) -> str:
    return render(fmt, meta, state, guide, now, options)


def export_all(directory: Path, meta: SessionMeta, state: State, guide: Guide, now: float,
               options: Options, report: list[str] | None = None) -> list[Path]:
    """summary-<lang>.md, .html and .docx and speakers.csv in `directory`, each written atomically;
    `report`, when given, receives `account`'s lines (what was left out, what has no text)."""
    directory.mkdir(parents=True, exist_ok=True)
    summary = build_summary(meta, state, guide, now, options)
    written = []
    for fmt, name in (("md", f"summary-{options.lang}.md"), ("html", f"summary-{options.lang}.html"),
                      ("docx", f"summary-{options.lang}.docx"), ("csv", "speakers.csv")):
        path = directory / name
        write_atomic(path, render_bytes(fmt, meta, state, guide, now, options, summary))
        written.append(path)
    if report is not None:
        report.extend(account(summary))
    return written
