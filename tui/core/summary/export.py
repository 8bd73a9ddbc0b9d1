"""The Chair's summary in its three formats: Markdown, HTML (with a chart) and the CSV of speakers."""

from __future__ import annotations

from pathlib import Path

from ..bank.guide import Guide
from ..debate.participants import REGIONAL_GROUPS
from ..debate.session_meta import SessionMeta
from ..debate.state import State
from ..files.atomic import write_atomic
from ..text.catalog import tr
from ..text.durations import mmss
from .chart import bar_chart
from .document import Options, Summary, build_summary
from .speakers_csv import speakers_csv

FORMATS = ("md", "html", "csv")


def summary_html(summary: Summary, lang: str, title: str) -> str:
    """The Markdown rendered (raw HTML off), with the Annex II chart, ours, after its tables."""
    # markdown-it is imported here: the Markdown and CSV exports (and `debate summary --help`)
    # do not need it.
    from ..text.markdown_html import markdown_renderer, page

    st = summary.statistics  # the figures Annex II was written from: computed once per export
    rows = [(tr(f"group.{g}", lang), st.by_group[g].total) for g in REGIONAL_GROUPS]
    chart = bar_chart(tr("sum.chart", lang), rows, mmss)
    renderer = markdown_renderer()
    parts = [renderer.render(part) for part in summary.parts]
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
    return summary_html(summary, options.lang,
                        tr("sum.title", options.lang, theme=guide.meta.theme.text(options.lang)))


def export(fmt: str, meta: SessionMeta, state: State, guide: Guide, now: float, options: Options) -> str:
    return render(fmt, meta, state, guide, now, options)


def export_all(directory: Path, meta: SessionMeta, state: State, guide: Guide, now: float,
               options: Options) -> list[Path]:
    """summary-<lang>.md, summary-<lang>.html and speakers.csv in `directory`, each written atomically."""
    directory.mkdir(parents=True, exist_ok=True)
    summary = build_summary(meta, state, guide, now, options)
    written = []
    for fmt, name in (("md", f"summary-{options.lang}.md"), ("html", f"summary-{options.lang}.html"),
                      ("csv", "speakers.csv")):
        path = directory / name
        write_atomic(path, render(fmt, meta, state, guide, now, options, summary).encode("utf-8"))
        written.append(path)
    return written
