"""The discussion guide as a Markdown document laid out like the original note."""

from __future__ import annotations

from ..text.catalog import date_range, tr
from ..text.durations import mmss
from ..text.languages import LangText
from ..text.md_escape import escape
from .guide import Block, Guide, Item, Note, Paragraph, QuestionGroup, Section

_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


class _Writer:
    def __init__(self, guide: Guide, lang: str) -> None:
        self.guide = guide
        self.lang = lang
        self.lines: list[str] = []
        self.notes: list[Note] = []
        self.fallbacks: set[str] = set()

    def t(self, text: LangText) -> str:
        """The text in the export language, escaped, marked when another language stands in."""
        found = text.get(self.lang)
        if found is None:
            return ""
        value, used = found
        if used != self.lang:
            self.fallbacks.add(used)
            return f"{escape(value)} _({used})_"
        return escape(value)

    def para(self, line: str) -> None:
        self.lines += [line, ""]

    def heading(self, level: int, number: str, title: LangText) -> None:
        prefix = f"{escape(number)}. " if number else ""
        self.para(f"{'#' * level} {prefix}{self.t(title)}")

    def document(self) -> str:
        g, m = self.guide, self.guide.meta
        self.para(f"# {self.t(m.title)}")
        session = ", ".join(x for x in (self.t(m.commission), self.t(m.session_title),
                                        self.t(m.venue)) if x)
        session += f", {date_range(m.opens, m.closes, self.lang)}"
        self.para(session)
        key = "agenda_item_provisional" if m.agenda_provisional else "agenda_item"
        agenda = tr(key, self.lang, number=escape(m.agenda_item))
        if m.agenda_title:
            agenda += f": {self.t(m.agenda_title)}"
        self.para(agenda)
        ids = [escape(x) for x in (m.symbol, m.issued and m.issued.isoformat()) if x]
        self.para(" · ".join([*( [self.t(m.kind)] if m.kind else []), *ids]))
        self.para(tr("time_limits", self.lang, panellist=mmss(g.time_limits.panellist),
                     participant=mmss(g.time_limits.participant)))
        if g.summary:
            self.para(f"## {tr('summary', self.lang)}")
            for p in g.summary:
                self.paragraph(p)
        for block in g.body:
            self.block(block, 2)
        if g.references:
            self.para(f"## {tr('references', self.lang)}")
            for ref in g.references:
                bits = [f"**{self.t(ref.title)}**"]
                bits += [escape(x) for x in (ref.symbol, ref.date and ref.date.isoformat()) if x]
                if ref.note:
                    bits.append(self.t(ref.note))
                self.lines.append("- " + " — ".join(bits))
            self.lines.append("")
        if self.notes:
            self.para(f"## {tr('notes', self.lang)}")
            for note in self.notes:
                self.para(f"{escape(_mark(note.mark))} {self.t(note.text)}")
        if self.fallbacks:
            target = tr(f"lang.{self.lang}", self.lang)
            for used in sorted(self.fallbacks):
                self.para("_" + tr("untranslated", self.lang, code=used, target=target,
                                   name=tr(f"lang.{used}", self.lang)) + "_")
        return "\n".join(self.lines).rstrip() + "\n"

    def block(self, block: Block, level: int) -> None:
        if isinstance(block, Section):
            self.heading(min(level, 6), block.number, block.title)
            for child in block.content:
                self.block(child, level + 1)
        elif isinstance(block, Paragraph):
            self.paragraph(block)
        else:
            self.group(block, level)

    def paragraph(self, p: Paragraph) -> None:
        number = f"{p.number}\\. " if p.number is not None else ""
        self.para(number + self.t(p.text))
        self.notes.extend(p.notes)
        self.items(p.items)
        for s in p.subthemes:
            self.para(f"({s.label}) {self.t(s.title)}")
            for child in s.children:
                self.lines.append(f"- ({child.label}) {self.t(child.title)}")
            if s.children:
                self.lines.append("")

    def items(self, items: tuple[Item, ...], depth: int = 0) -> None:
        for item in items:
            line = f"({item.label}) {self.t(item.text)}"
            if depth:
                self.lines.append("  " * (depth - 1) + "- " + line)
            else:
                self.para(line)
            self.notes.extend(item.notes)
            self.items(item.items, depth + 1)
            if item.items and depth == 0:
                self.lines.append("")

    def group(self, g: QuestionGroup, level: int) -> None:
        self.heading(min(level, 6), str(g.number), g.title)
        self.para(f"{g.paragraph}\\. {self.t(g.intro)}")
        for q in g.questions:
            self.para(f"({q.letter}) {self.t(q.text)}")
            self.notes.extend(q.notes)
            for o in q.options:
                self.lines.append(f"- ({o.numeral}) {self.t(o.text)}")
                self.notes.extend(o.notes)
            if q.options:
                self.lines.append("")


def _mark(mark: str) -> str:
    return mark.translate(_SUPERSCRIPT) if mark.isdigit() else mark


def guide_markdown(guide: Guide, lang: str) -> str:
    return _Writer(guide, lang).document()
