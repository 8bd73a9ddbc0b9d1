"""Our Markdown as a Word document laid out like a United Nations document.

The secretariat finalizes documents in Word, so any document we write as Markdown (the Chair's
summary, the discussion guide) can also be written as .docx from the same Markdown: one source,
so the two never disagree. The Markdown is parsed with markdown-it (raw HTML off, as for HTML),
and only its text reaches the document: a Word file has no markup that typed text could become.

Layout (UN editorial practice for official documents): A4, Times New Roman 10 pt; on the first
page the masthead ("United Nations", the symbol at the right when there is one, a thick rule
under them), then the title block (the paragraphs before the title: commission, session, venue
and dates, agenda item, flush left, line under line), then the title, bold, indented like the
text; headings bold, their number ("I.", "A.") hanging in the margin like the paragraphs'
("12. ..."), text aligned at 1 cm; page numbers at the foot from the second page.

Nothing may be stranded at a page foot or cut across two pages: headings and the title block
keep with the paragraph after them, a table's header row repeats on each page it runs onto
(w:tblHeader), no row is split between pages (w:cantSplit), a short table stays on one page, and
an annex (a heading the caller names in `new_page`) starts a new page, as UN annexes do.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from markdown_it import MarkdownIt
from markdown_it.token import Token

FONT = "Times New Roman"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEXT_WIDTH_CM = 21.0 - 2 * 2.2
_NUMBERED = re.compile(r"^(\d+)\.\s+")
# "I. Introduction", "A. Nature…", "IV. …": a heading's own number, hung in the margin.
_HEADING_NUMBER = re.compile(r"^([IVXLC]+|[A-Z])\.\s+(?=\S)")
# A table of at most this many rows is kept on one page; a longer one runs on, its header repeated.
KEEP_TABLE_ROWS = 15
TABLE_POINTS = 9


@dataclass(frozen=True, slots=True)
class DocxOptions:
    lang: str = "en"
    title: str = ""  # document properties (what Word shows in File > Info)
    symbol: str | None = None  # printed at the top right of the first page, as UN documents do
    created: datetime | None = None  # fixed for reproducible files; python-docx's default otherwise
    masthead: str | None = None  # "United Nations" in the document's language: the first page's top line
    new_page: tuple[str, ...] = ()  # headings (their text's start) that begin a new page: the annexes


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
        title.paragraph_format.space_before = Pt(18)
        title.paragraph_format.space_after = Pt(18)
        for border in title.element.iter(f"{W}pBdr"):  # the template's rule under the title
            border.getparent().remove(border)
        for name in ("Normal", "Title", *(f"Heading {n}" for n in range(1, 5))):
            self._one_font(self.doc.styles[name])
        props = self.doc.core_properties
        props.title, props.language, props.author = options.title, options.lang, ""
        if options.created is not None:
            props.created = props.modified = options.created
            props.last_printed = options.created
        self.headers(section)
        self.in_block = False  # before the title: the title block's paragraphs
        self.body: list[_Paragraph | str] = []  # paragraphs, and tables as XML, in order
        # Style ids by name ("Heading 1" is "Heading1" in python-docx's template)
        self.styles = {name: self.doc.styles[name].style_id
                       for name in ("Title", "Table Grid", *(f"Heading {n}" for n in range(1, 5)))}

    def headers(self, section: Any) -> None:
        """The masthead on the first page, the symbol on the others, page numbers from page 2."""
        o = self.o
        if o.masthead is None:
            if o.symbol:  # no masthead: the symbol at the top right of every page
                header = section.header.paragraphs[0]
                header.alignment = self.align.RIGHT
                header.add_run(o.symbol).bold = True
            return
        section.different_first_page_header_footer = True
        top = section.first_page_header.paragraphs[0]
        top.paragraph_format.tab_stops.add_tab_stop(self.Cm(TEXT_WIDTH_CM), _tab_alignment("RIGHT"))
        top.paragraph_format.space_after = self.Pt(0)
        lead = top.add_run(o.masthead)
        lead.bold, lead.font.size = True, self.Pt(12)
        if o.symbol:
            symbol = top.add_run("\t" + o.symbol)
            symbol.bold, symbol.font.size = True, self.Pt(12)
        _border(top, "bottom", 18)  # the thick rule under the masthead (2.25 pt)
        if o.symbol:
            header = section.header.paragraphs[0]
            header.alignment = self.align.RIGHT
            header.add_run(o.symbol).bold = True
            _border(header, "bottom", 4)
        footer = section.footer.paragraphs[0]
        footer.alignment = self.align.RIGHT
        _page_field(footer)

    @staticmethod
    def _one_font(style: Any) -> None:
        """Times New Roman for every script, and no theme font (the template's headings use one,
        which Word and LibreOffice prefer to the font name)."""
        fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
            fonts.set(f"{W}{attr}", FONT)
        for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
            fonts.attrib.pop(f"{W}{attr}", None)

    def add(self, runs: list[tuple[str, bool, bool]], style: str | None = None, keep: bool = False,
            page_break: bool = False, hanging: bool = False, left: float = 0.0, right: float = 0.0,
            after: bool = True, justify: bool = False) -> None:
        """A paragraph, written as XML (python-docx's per-paragraph calls were about half the
        time of a 500-paragraph summary: bench/summary.py): the same elements python-docx writes
        for the same properties, in the schema's order. `hanging` hangs a number in the margin
        at 1 cm (left indent 1 cm, first line -1 cm, a tab stop at 1 cm); `left`/`right` are
        indents in cm; `after=False` is no space after (the title block)."""
        self.body.append(_Paragraph(runs, style, keep, page_break, hanging, left, right, after, justify))

    def heading(self, level: int, token: Token) -> None:
        runs = _inline_runs(token)
        if level == 1:  # a UN title stands in from the margins
            self.add(runs, self.styles["Title"], keep=True, left=1, right=1)
            self.in_block = False
            return
        text = "".join(r[0] for r in runs)
        page_break = level == 2 and any(text.startswith(start) for start in self.o.new_page)
        match = _HEADING_NUMBER.match(text) if runs else None
        if match:  # "I.\tIntroduction": the number in the margin, the words aligned with the text
            first, bold, italic = runs[0]
            runs[0] = (match.group(1) + ".\t" + first[match.end():], bold, italic)
        # Kept with the next on the paragraph as well as on its style: a heading never ends a
        # page, whichever style a secretariat's template maps it to when pasted into theirs.
        self.add(runs, self.styles[f"Heading {min(level - 1, 4)}"], keep=True, page_break=page_break,
                 hanging=bool(match))

    def paragraph(self, token: Token, indent: int) -> None:
        runs = _inline_runs(token)
        text = "".join(r[0] for r in runs)
        match = _NUMBERED.match(text) if runs else None
        if self.in_block and indent == 0:
            # The title block (commission, session, venue and dates, agenda item): flush left,
            # line under line, kept with the title that follows.
            self.add(runs, keep=True, after=False)
        elif match and indent == 0:
            # UN numbered paragraph: the number hangs in the margin, the text aligned at 1 cm.
            first, bold, italic = runs[0]
            runs[0] = (match.group(1) + ".\t" + first[match.end():], bold, italic)
            self.add(runs, hanging=True, justify=True)
        else:
            self.add(runs, left=1 + indent * 0.6 if indent else 0.0)

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
        runs = [[_inline_runs(inline) for inline, _ in row] for row in rows]  # each cell's once
        flags = [[header for _, header in row] for row in rows]
        widths = column_widths([[("".join(r[0] for r in cell), header) for cell, header in
                                 zip(row_runs, row_flags, strict=True)]
                                for row_runs, row_flags in zip(runs, flags, strict=True)], width)
        cells = [[([(text, bold or header, italic) for text, bold, italic in cell],
                   c < len(aligns) and aligns[c] == "right")
                  for c, (cell, header) in enumerate(zip(row_runs, row_flags, strict=True))]
                 for row_runs, row_flags in zip(runs, flags, strict=True)]
        headers = [any(h for _, h in row) for row in rows]
        # Written as XML like the paragraphs: python-docx's cell-by-cell calls cost about 2 ms a
        # cell, and its table.cell(r, c) rebuilds the whole grid at each call (a 500-row Annex I
        # took minutes, then seconds; this way tens of milliseconds: bench/summary.py).
        self.body.append(_table_xml(cells, headers, widths, self.styles["Table Grid"]))
        self.add([])
        return i

    def build(self, markdown: str | list[Token]) -> bytes:
        """The .docx of `markdown`, or of its tokens when the caller has parsed it already (the
        summary's HTML and Word exports share one parse)."""
        tokens = _parser().parse(markdown) if isinstance(markdown, str) else markdown
        # The paragraphs before the title (the first level-1 heading) are the title block.
        self.in_block = any(t.type == "heading_open" and t.tag == "h1" for t in tokens)
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
                self.add([(t.content.rstrip("\n"), False, False)])
            elif t.type == "table_open":
                last = next((b for b in reversed(self.body) if isinstance(b, _Paragraph)), None)
                if last is not None:  # what introduces a table stays on its page
                    last.keep = True
                i = self.table(tokens, i)
            i += 1
        self.insert_body()
        if self.o.lang == "ar":
            self.right_to_left()
        out = io.BytesIO()
        self.doc.save(out)
        if self.o.created is None:
            return out.getvalue()
        return _restamp(out.getvalue(), self.o.created)

    def insert_body(self) -> None:
        """The paragraphs and tables, parsed as one piece of XML, before the section properties."""
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls

        xml = "".join(b if isinstance(b, str) else b.xml() for b in self.body)
        holder = parse_xml(f"<w:body {nsdecls('w')}>{xml}</w:body>")
        body = self.doc.element.body
        end = body.sectPr
        for child in list(holder):
            if end is not None:
                end.addprevious(child)
            else:
                body.append(child)

    def right_to_left(self) -> None:
        """Arabic: every paragraph right-to-left (w:bidi) and its runs in a right-to-left script
        (w:rtl), so Word lays out and aligns the text as an Arabic document."""
        from docx.oxml import OxmlElement

        for p in self.doc.paragraphs:
            p._p.get_or_add_pPr().append(OxmlElement("w:bidi"))
            for run in p.runs:
                run._r.get_or_add_rPr().append(OxmlElement("w:rtl"))


_AFTER_PBDR = tuple(f"w:{name}" for name in (
    "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct",
    "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind",
    "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment",
    "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"))


_BREAKS = re.compile(r"\s+|(?<=-)")  # a line may break at a space or after a hyphen


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # no XML 1.0 document holds these
_TWIPS_PER_CM = 567


def _text_xml(text: str) -> str:
    return xml_escape(_NOT_XML.sub("", text))


def _run_xml(text: str, bold: bool, italic: bool, points: float) -> str:
    props = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + f'<w:sz w:val="{round(points * 2)}"/>'
    body = "<w:br/>".join(f'<w:t xml:space="preserve">{_text_xml(part)}</w:t>' for part in text.split("\n"))
    return f"<w:r><w:rPr>{props}</w:rPr>{body}</w:r>"


def _twips(cm: float) -> int:
    """`cm` as Word's twentieths of a point, rounded as python-docx rounds a Length."""
    return round(int(cm * 360000) / 635)


def _runs_xml(runs: list[tuple[str, bool, bool]]) -> str:
    """The runs of a body paragraph as python-docx writes them: a line break ends its run
    (`<w:br/>`), a tab is `<w:tab/>`, an empty rPr when neither bold nor italic."""
    out = []
    for text, bold, italic in runs:
        parts = text.split("\n")
        props = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
        rpr = f"<w:rPr>{props}</w:rPr>" if props else "<w:rPr/>"
        for n, part in enumerate(parts):
            if not part and n == len(parts) - 1:
                continue  # markdown-it's empty text tokens make no empty runs
            pieces = "<w:tab/>".join(_t_xml(piece) for piece in part.split("\t"))
            out.append(f"<w:r>{rpr}{pieces}{'<w:br/>' if n < len(parts) - 1 else ''}</w:r>")
    return "".join(out)


def _t_xml(text: str) -> str:
    if not text:
        return ""
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f"<w:t{space}>{_text_xml(text)}</w:t>"


@dataclass(slots=True)
class _Paragraph:
    """A body paragraph to write (`_Builder.add`); `keep` may still change until the end."""

    runs: list[tuple[str, bool, bool]]
    style: str | None
    keep: bool
    page_break: bool
    hanging: bool
    left: float
    right: float
    after: bool
    justify: bool

    def xml(self) -> str:
        props = []
        if self.style:
            props.append(f'<w:pStyle w:val="{xml_escape(self.style)}"/>')
        if self.keep:
            props.append("<w:keepNext/>")
        if self.page_break:
            props.append("<w:pageBreakBefore/>")
        if self.hanging:
            props.append(f'<w:tabs><w:tab w:pos="{_twips(1)}" w:val="left"/></w:tabs>')
        if not self.after:
            props.append('<w:spacing w:after="0"/>')
        if self.hanging:
            props.append(f'<w:ind w:left="{_twips(1)}" w:hanging="{_twips(1)}"/>')
        elif self.left or self.right:
            props.append("<w:ind" + (f' w:left="{_twips(self.left)}"' if self.left else "")
                         + (f' w:right="{_twips(self.right)}"' if self.right else "") + "/>")
        if self.justify:
            props.append('<w:jc w:val="both"/>')
        ppr = f"<w:pPr>{''.join(props)}</w:pPr>" if props else ""
        return f"<w:p>{ppr}{_runs_xml(self.runs)}</w:p>" if ppr or self.runs else "<w:p/>"


def _table_xml(cells: list[list[tuple[list[tuple[str, bool, bool]], bool]]], headers: list[bool],
               widths: list[float], style: str) -> str:
    """A ruled table (the "Table Grid" style, fixed layout, each column `widths` cm): every row
    kept whole on a page (w:cantSplit), header rows repeated on each page (w:tblHeader), text in
    TABLE_POINTS, right-aligned where the Markdown says so; a table of at most KEEP_TABLE_ROWS
    rows kept on one page (each cell's paragraph keeps with the next, but the last row's)."""
    from docx.oxml.ns import nsdecls

    twips = [round(w * _TWIPS_PER_CM) for w in widths]
    keep = len(cells) <= KEEP_TABLE_ROWS
    out = [f'<w:tbl {nsdecls("w")}><w:tblPr><w:tblStyle w:val="{xml_escape(style)}"/>'
           '<w:tblW w:w="0" w:type="auto"/><w:tblLayout w:type="fixed"/>'
           '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
           'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>',
           *(f'<w:gridCol w:w="{tw}"/>' for tw in twips), "</w:tblGrid>"]
    for r, row in enumerate(cells):
        out.append("<w:tr><w:trPr><w:cantSplit/>" + ("<w:tblHeader/>" if headers[r] else "") + "</w:trPr>")
        for c, (runs, right) in enumerate(row):
            ppr = (("<w:keepNext/>" if keep and r < len(cells) - 1 else "") + '<w:spacing w:after="0"/>'
                   + ('<w:jc w:val="right"/>' if right else ""))
            text = "".join(_run_xml(t, b, i, TABLE_POINTS) for t, b, i in runs if t)
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{twips[c]}" w:type="dxa"/></w:tcPr>'
                       f"<w:p><w:pPr>{ppr}</w:pPr>{text}</w:p></w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def column_widths(rows: list[list[tuple[str, bool]]], width: int) -> list[float]:
    """Each column's width in cm: as wide as its longest text when the page has room; else
    every column gets its longest word (never broken: "Sao Tomé-et-Principe" may break after a
    hyphen only) and the room left is shared in proportion to what each would still like. About
    0.16 cm a character of 9-point Times (0.175 bold), plus the cell's padding, and at least
    1 cm ("No." in bold); never wider than the text area, even for an unbreakable word."""
    def cm(chars: float) -> float:
        return max(1.0, chars + 0.4)

    natural = [cm(0)] * width
    least = [cm(0)] * width
    for row in rows:
        for c, (text, header) in enumerate(row):
            per = 0.175 if header else 0.16
            natural[c] = max(natural[c], cm(min(len(text), 60) * per))
            words = [w for w in _BREAKS.split(text) if w]
            least[c] = max(least[c], *(cm(len(w) * per) for w in words)) if words else least[c]
    if sum(natural) <= TEXT_WIDTH_CM:
        return natural
    room = TEXT_WIDTH_CM - sum(least)
    if room <= 0:
        return [w * TEXT_WIDTH_CM / sum(least) for w in least]
    wants = sum(n - m for n, m in zip(natural, least, strict=True))
    return [m + (n - m) * room / wants for n, m in zip(natural, least, strict=True)]


def _tab_alignment(name: str) -> Any:
    from docx.enum.text import WD_TAB_ALIGNMENT

    return getattr(WD_TAB_ALIGNMENT, name)


def _border(paragraph: Any, side: str, size: int) -> None:
    """A single rule on one side of `paragraph`, `size` in eighths of a point."""
    from docx.oxml import OxmlElement

    borders = OxmlElement("w:pBdr")
    rule = OxmlElement(f"w:{side}")
    for key, value in (("val", "single"), ("sz", str(size)), ("space", "1"), ("color", "auto")):
        rule.set(f"{W}{key}", value)
    borders.append(rule)
    # pBdr comes before the tab stops, spacing and alignment in a paragraph's properties (the
    # schema's order, which Word enforces: a misplaced element makes it refuse the file).
    paragraph._p.get_or_add_pPr().insert_element_before(borders, *_AFTER_PBDR)


def _page_field(paragraph: Any) -> None:
    """A PAGE field: Word and LibreOffice write the page's number there."""
    from docx.oxml import OxmlElement

    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            mark = OxmlElement("w:fldChar")
            mark.set(f"{W}fldCharType", kind)
            run._r.append(mark)
        elif text == " PAGE ":
            code = OxmlElement("w:instrText")
            code.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            code.text = text
            run._r.append(code)
        else:
            shown = OxmlElement("w:t")
            shown.text = text
            run._r.append(shown)


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


def markdown_to_docx(markdown: str | list[Token], options: DocxOptions = DocxOptions()) -> bytes:
    """The .docx file for `markdown` (CommonMark with tables; or its markdown-it tokens), as bytes
    to write atomically."""
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
