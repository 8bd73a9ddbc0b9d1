"""The discussion guide as a Markdown document laid out like the original note."""

from __future__ import annotations

import re

from ..text.catalog import language_name, tr
from ..text.dates import date_range, long_date
from ..text.durations import mmss
from ..text.guide_texts import lettered, question_label
from ..text.languages import LangText
from ..text.md_escape import escape
from ..text.typography import french_spacing
from .guide import Block, Guide, Item, Note, Paragraph, QuestionGroup, Section
from .importer import theme_named

# The one inline markup a guide text may carry: *emphasis*, for titles of publications
# (*Treaty Series*). Everything else in a text is escaped and prints as typed.
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![\w*])")


def emphasised(text: str) -> str:
    """`text` as Markdown: escaped, except that `*a title*` stays emphasis."""
    if "*" not in text:
        return escape(text)
    out, last = [], 0
    for m in _EMPHASIS.finditer(text):
        out += [_between(text[last:m.start()]), f"*{escape(m[1])}*"]
        last = m.end()
    out.append(_between(text[last:]))
    return "".join(out).strip()


def _between(piece: str) -> str:
    # Text around an emphasis: escaped like any text, its outer spaces kept (escape trims them).
    if not piece:
        return ""
    core = escape(piece)
    if not core:
        return " "
    return (" " if piece[0].isspace() else "") + core + (" " if piece[-1].isspace() else "")


def plain(text: str) -> str:
    """`text` for a terminal or a Word title: the emphasis marks removed."""
    return _EMPHASIS.sub(lambda m: m[1], text)

_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


class _Writer:
    def __init__(self, guide: Guide, lang: str) -> None:
        self.guide = guide
        self.lang = lang
        self.lines: list[str] = []
        self.notes: list[Note] = []
        self.fallbacks: set[str] = set()

    def raw(self, text: LangText) -> str:
        """The text in the export language as the guide has it ("" when it has none)."""
        found = text.get(self.lang)
        return found[0] if found is not None and found[1] == self.lang else ""

    def t(self, text: LangText) -> str:
        """The text in the export language, escaped, marked when another language stands in.
        French texts get French spacing (`french_spacing`: a no-break space before : ; ! ? and
        inside « »); a passage given in another language keeps its own."""
        found = text.get(self.lang)
        if found is None:
            return ""
        value, used = found
        if used != self.lang:
            self.fallbacks.add(used)
            return f"{emphasised(value)} _({used})_"
        return emphasised(french_spacing(value) if used == "fr" else value)

    def fixed(self, key: str, **values: object) -> str:
        """A fixed text of the document in its language ("Temps de parole : …"), French spacing
        included; its values are numbers, times and names of languages, never a guide text."""
        text = tr(key, self.lang, **values)
        return french_spacing(text) if self.lang == "fr" else text

    def label(self, label: str) -> str:
        return escape(lettered(label, self.lang))

    def para(self, line: str) -> None:
        self.lines += [line, ""]

    def heading(self, level: int, number: str, title: LangText, lead: str = "") -> None:
        prefix = f"{escape(number)}. " if number else ""
        lead = f"{escape(lead.rstrip())} " if lead else ""  # "Sub-theme 1: ", "Sous-thème 1 : "
        self.para(f"{'#' * level} {prefix}{lead}{self.t(title)}")

    def document(self) -> str:
        g, m, lang = self.guide, self.guide.meta, self.lang
        # The United Nations header block: symbol, distribution, date, original language.
        issued = m.issued_on(lang)
        header = [escape(m.symbol) if m.symbol else f"_{self.fixed('symbol_unknown')}_",
                  self.fixed("distribution")]
        if issued:
            header.append(long_date(issued, lang))
        if m.original_language:
            header.append(escape(self.fixed("original", language=language_name(m.original_language,
                                                                             lang))))
        self.para("  \n".join(header))
        self.para(self.t(m.commission))
        title = self.t(m.session_title) or self.fixed("session_number", number=m.session_number)
        session = ", ".join(x for x in (title, self.t(m.venue)) if x)
        self.para(f"{session}, {date_range(m.opens, m.closes, lang)}" if session else
                  date_range(m.opens, m.closes, lang))
        key = "agenda_item_provisional" if m.agenda_provisional else "agenda_item"
        agenda = self.fixed(key, number=escape(m.agenda_item))
        if m.agenda_symbol:
            agenda += "\\*"  # the agenda document, given as the footnote of the item
        if m.agenda_title:
            agenda += f"  \n{self.t(m.agenda_title)}"
        theme = m.theme.get(lang)
        if theme is not None and theme[1] == lang and theme[0] != theme_named(
                self.raw(m.agenda_title), self.raw(m.title)):
            # The titles do not name the theme ("Thematic discussion"): it is printed, so that
            # the document says it and `guide import` reads it back.
            agenda += f"  \n{self.fixed('theme_label')} {self.t(m.theme)}"
        self.para(agenda)
        self.para(f"# {self.t(m.title)}")
        if m.kind:
            self.para(f"**{self.t(m.kind)}**")
        self.para(self.fixed("time_limits", panellist=mmss(g.time_limits.panellist),
                     participant=mmss(g.time_limits.participant)))
        if g.summary:
            self.para(f"## {self.fixed('summary')}")
            for p in g.summary:
                self.paragraph(p)
        for block in g.body:
            self.block(block, 2)
        if g.references:
            self.para(f"## {self.fixed('references')}")
            for ref in g.references:
                bits = [f"**{self.t(ref.title)}**"]
                bits += [escape(x) for x in (ref.symbol, ref.date and ref.date.isoformat()) if x]
                if ref.note:
                    bits.append(self.t(ref.note))
                self.lines.append("- " + " — ".join(bits))
            self.lines.append("")
        if self.notes or m.agenda_symbol:
            self.para(f"## {self.fixed('notes')}")
            if m.agenda_symbol:
                self.para(f"\\* {escape(m.agenda_symbol)}.")
            for note in self.notes:
                self.para(f"{escape(_mark(note.mark))} {self.t(note.text)}")
        if self.fallbacks:
            target = language_name(self.lang, self.lang)
            for used in sorted(self.fallbacks):
                self.para("_" + self.fixed("untranslated", code=used, target=target,
                                   name=language_name(used, self.lang)) + "_")
        return "\n".join(self.lines).rstrip() + "\n"

    def block(self, block: Block, level: int) -> None:
        if isinstance(block, Section):
            number = f"{self.fixed('annex')} {block.number}" if block.role == "annex" \
                else block.number
            s = block.subtheme
            lead = self.fixed("subtheme_heading", label=s.label) if s is not None else ""
            self.heading(min(level, 6), number, block.title, lead)
            for item in s.children if s is not None else ():
                self.lines.append(f"- {self.label(item.label)} {self.t(item.title)}")
            if s is not None and s.children:
                self.lines.append("")
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
            self.para(f"{self.label(s.label)} {self.t(s.title)}")
            for child in s.children:
                self.lines.append(f"- {self.label(child.label)} {self.t(child.title)}")
            if s.children:
                self.lines.append("")

    def items(self, items: tuple[Item, ...], depth: int = 0) -> None:
        for item in items:
            line = f"{self.label(item.label)} {self.t(item.text)}"
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
        self.notes.extend(g.intro_notes)
        for q in g.questions:
            self.para(f"{escape(question_label(q.letter, self.lang))} {self.t(q.text)}")
            self.notes.extend(q.notes)
            for o in q.options:
                self.lines.append(f"- {self.label(o.numeral)} {self.t(o.text)}")
                self.notes.extend(o.notes)
            if q.options:
                self.lines.append("")


def _mark(mark: str) -> str:
    return mark.translate(_SUPERSCRIPT) if mark.isdigit() else mark


def document_title(guide: Guide, lang: str) -> str:
    """The title the HTML page and the Word file's properties give: the document's own, with
    French spacing when it is in French."""
    found = guide.meta.title.get(lang)
    if found is None:
        return ""
    return plain(french_spacing(found[0]) if found[1] == "fr" else found[0])


def guide_markdown(guide: Guide, lang: str) -> str:
    return _Writer(guide, lang).document()
