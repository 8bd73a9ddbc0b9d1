"""Our Markdown as a Word document laid out like a United Nations document.

The secretariat finalizes documents in Word, so any document we write as Markdown (the Chair's
summary, the discussion guide) can also be written as .docx from the same Markdown: one source,
so the two never disagree. The Markdown is parsed with markdown-it (raw HTML off, as for HTML),
and only its text reaches the document: a Word file has no markup that typed text could become.

Layout (UN editorial practice for official documents): A4, Times New Roman 10 pt, a bold title,
headings bold and flush left, numbered paragraphs ("12. ...") with the number hanging in the
left margin at 1 cm, tables with a ruled header row, a first-page header line for the document
symbol when there is one.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

FONT = "Times New Roman"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEXT_WIDTH_CM = 21.0 - 2 * 2.2
_NUMBERED = re.compile(r"^(\d+)\.\s+")


@dataclass(frozen=True, slots=True)
class DocxOptions:
    lang: str = "en"
    title: str = ""  # document properties (what Word shows in File > Info)
    symbol: str | None = None  # printed at the top right of the first page, as UN documents do
    created: datetime | None = None  # fixed for reproducible files; python-docx's default otherwise


def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")
    md.disable("image")
    return md


def _inline_runs(token: Token) -> list[tuple[str, bool, bool]]:
    """(text, bold, italic) runs of an inline token; links keep their text only."""
    runs: list[tuple[str, bool, bool]] = []
    bold = italic = 0
    for child in token.children or ():
        kind = child.type
        if kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold -= 1
        elif kind == "em_open":
            italic += 1
        elif kind == "em_close":
            italic -= 1
        elif kind in ("text", "code_inline", "html_inline"):
            runs.append((child.content, bold > 0, italic > 0))
        elif kind == "softbreak":
            runs.append((" ", bold > 0, italic > 0))
        elif kind == "hardbreak":
            runs.append(("\n", bold > 0, italic > 0))
    return runs


def inline_text(token: Token) -> str:
    """The plain text of an inline token, as the tests and readers compare it."""
    return "".join(text for text, _, _ in _inline_runs(token))


class _Builder:
    def __init__(self, options: DocxOptions) -> None:
        from docx import Document  # imported here: only DOCX exports pay for it
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Cm, Pt

        self.Cm, self.Pt, self.align = Cm, Pt, WD_ALIGN_PARAGRAPH
        self.doc: Any = Document()
        self.o = options
        section = self.doc.sections[0]
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        section.top_margin = section.bottom_margin = Cm(2.5)
        section.left_margin = section.right_margin = Cm(2.2)
        normal = self.doc.styles["Normal"]
        normal.font.name, normal.font.size = FONT, Pt(10)
        normal.paragraph_format.space_after = Pt(6)
        normal.paragraph_format.line_spacing = 1.0
        for level in range(1, 5):
            style = self.doc.styles[f"Heading {level}"]
            style.font.name, style.font.bold, style.font.italic = FONT, True, False
            style.font.size = Pt({1: 14, 2: 12, 3: 10, 4: 10}[level])
            style.font.color.rgb = None
            style.paragraph_format.space_before = Pt(12 if level <= 2 else 8)
            style.paragraph_format.space_after = Pt(6)
            style.paragraph_format.keep_with_next = True
        title = self.doc.styles["Title"]
        title.font.name, title.font.size, title.font.bold = FONT, Pt(14), True
        title.font.color.rgb = None
        title.paragraph_format.space_after = Pt(12)
        for border in title.element.iter(f"{W}pBdr"):  # the template's rule under the title
            border.getparent().remove(border)
        for name in ("Normal", "Title", *(f"Heading {n}" for n in range(1, 5))):
            self._one_font(self.doc.styles[name])
        props = self.doc.core_properties
        props.title, props.language, props.author = options.title, options.lang, ""
        if options.created is not None:
            props.created = props.modified = options.created
            props.last_printed = options.created
        if options.symbol:
            header = section.header.paragraphs[0]
            header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            header.add_run(options.symbol).bold = True

    @staticmethod
    def _one_font(style: Any) -> None:
        """Times New Roman for every script, and no theme font (the template's headings use one,
        which Word and LibreOffice prefer to the font name)."""
        fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
            fonts.set(f"{W}{attr}", FONT)
        for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
            fonts.attrib.pop(f"{W}{attr}", None)

    def runs(self, paragraph: Any, runs: list[tuple[str, bool, bool]]) -> None:
        for text, bold, italic in runs:
            parts = text.split("\n")
            for n, part in enumerate(parts):
                run = paragraph.add_run(part)
                run.bold, run.italic = bold or None, italic or None
                if n < len(parts) - 1:
                    run.add_break()

    def heading(self, level: int, token: Token) -> None:
        if level == 1:
            p = self.doc.add_paragraph(style="Title")
            self.runs(p, _inline_runs(token))
            return
        p = self.doc.add_heading(level=min(level - 1, 4))
        self.runs(p, _inline_runs(token))

    def paragraph(self, token: Token, indent: int) -> None:
        runs = _inline_runs(token)
        p = self.doc.add_paragraph()
        fmt = p.paragraph_format
        text = "".join(r[0] for r in runs)
        match = _NUMBERED.match(text) if runs else None
        if match and indent == 0:
            # UN numbered paragraph: the number hangs in the margin, the text aligned at 1 cm.
            fmt.left_indent, fmt.first_line_indent = self.Cm(1), self.Cm(-1)
            fmt.tab_stops.add_tab_stop(self.Cm(1))
            first, bold, italic = runs[0]
            runs[0] = (match.group(1) + ".\t" + first[match.end():], bold, italic)
            p.alignment = self.align.JUSTIFY
        elif indent:
            fmt.left_indent = self.Cm(1 + indent * 0.6)
        self.runs(p, runs)

    def table(self, tokens: list[Token], start: int) -> int:
        rows: list[list[tuple[Token, bool]]] = []
        aligns: list[str] = []
        i = start + 1
        while tokens[i].type != "table_close":
            t = tokens[i]
            if t.type == "tr_open":
                rows.append([])
            elif t.type in ("th_open", "td_open"):
                style = str(t.attrGet("style") or "")
                if len(rows) == 1:
                    aligns.append("right" if "right" in style else "left")
                rows[-1].append((tokens[i + 1], t.type == "th_open"))
            i += 1
        width = max((len(r) for r in rows), default=0)
        table = self.doc.add_table(rows=len(rows), cols=width)
        table.style = "Table Grid"
        table.autofit = False
        # Columns as wide as their text needs, words never broken: short columns (numbers,
        # times) get their width, long texts share what is left of the page and wrap. About
        # 0.2 cm per character of 10-point Times, plus the cell's padding.
        longest = [1] * width
        total = [1] * width
        for row in rows:
            for c, (inline, _) in enumerate(row):
                text = inline_text(inline)
                longest[c] = max(longest[c], *(len(w) for w in text.split()), 1)
                total[c] = max(total[c], len(text))
        widths = [n * 0.2 + 0.4 for n in longest]
        left = TEXT_WIDTH_CM - sum(w for w, t, n in zip(widths, total, longest, strict=True) if t <= 12)
        flexible = [c for c in range(width) if total[c] > 12]
        wants = sum(min(total[c], 40) * 0.2 + 0.4 for c in flexible)
        for c in flexible:
            share = (min(total[c], 40) * 0.2 + 0.4) * min(1.0, left / wants) if wants else widths[c]
            widths[c] = max(widths[c], share)  # never narrower than its longest word
        for c, column in enumerate(table.columns):
            column.width = self.Cm(widths[c])  # the grid, which LibreOffice follows
            for cell in column.cells:
                cell.width = self.Cm(widths[c])  # each cell, which Word follows
        for r, row in enumerate(rows):
            for c, (inline, header) in enumerate(row):
                cell = table.cell(r, c).paragraphs[0]
                cell.paragraph_format.space_after = self.Pt(0)
                if c < len(aligns) and aligns[c] == "right":
                    cell.alignment = self.align.RIGHT
                runs = _inline_runs(inline)
                self.runs(cell, [(text, bold or header, italic) for text, bold, italic in runs])
        self.doc.add_paragraph()
        return i

    def build(self, markdown: str) -> bytes:
        tokens = _parser().parse(markdown)
        indent = 0
        i = 0
        while i < len(tokens):
            t = tokens[i]
            if t.type == "heading_open":
                self.heading(int(t.tag[1]), tokens[i + 1])
                i += 2
            elif t.type == "paragraph_open":
                self.paragraph(tokens[i + 1], indent)
                i += 2
            elif t.type in ("bullet_list_open", "ordered_list_open", "blockquote_open"):
                indent += 1
            elif t.type in ("bullet_list_close", "ordered_list_close", "blockquote_close"):
                indent -= 1
            elif t.type in ("fence", "code_block"):
                p = self.doc.add_paragraph()
                self.runs(p, [(t.content.rstrip("\n"), False, False)])
            elif t.type == "table_open":
                i = self.table(tokens, i)
            i += 1
        if self.o.lang == "ar":
            self.right_to_left()
        out = io.BytesIO()
        self.doc.save(out)
        if self.o.created is None:
            return out.getvalue()
        return _restamp(out.getvalue(), self.o.created)

    def right_to_left(self) -> None:
        """Arabic: every paragraph right-to-left (w:bidi) and its runs in a right-to-left script
        (w:rtl), so Word lays out and aligns the text as an Arabic document."""
        from docx.oxml import OxmlElement

        for p in self.doc.paragraphs:
            p._p.get_or_add_pPr().append(OxmlElement("w:bidi"))
            for run in p.runs:
                run._r.get_or_add_rPr().append(OxmlElement("w:rtl"))


def _restamp(data: bytes, when: datetime) -> bytes:
    # python-docx stamps each zip member with the current time (2-second resolution), so two saves
    # a moment apart differ; a fixed creation date must give the same bytes every time.
    stamp = (max(when.year, 1980), when.month, when.day, when.hour, when.minute, when.second)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=stamp)
            member.compress_type, member.external_attr = info.compress_type, info.external_attr
            dst.writestr(member, src.read(info))
    return out.getvalue()


def markdown_to_docx(markdown: str, options: DocxOptions = DocxOptions()) -> bytes:
    """The .docx file for `markdown` (CommonMark with tables), as bytes to write atomically."""
    return _Builder(options).build(markdown)


def docx_texts(data: bytes) -> list[str]:
    """Every paragraph's text in a .docx, body then table cells, for tests and checks."""
    from docx import Document

    doc = Document(io.BytesIO(data))
    texts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            texts += [cell.text for cell in row.cells]
    return texts


def markdown_texts(markdown: str) -> list[str]:
    """The text of every heading, paragraph and table cell of `markdown`, as a reader sees it."""
    return [inline_text(t) for t in _parser().parse(markdown) if t.type == "inline"]
