"""`debate guide import`: a discussion guide as the Secretariat has it (text extracted from the PDF,
our own Markdown export, a Word file) turned into a YAML draft in the bank's schema.

Pure functions, no I/O beyond reading the input: `import_guide(path, lang)` returns the draft text
and the lines it could not place. Nothing is dropped silently: every line the importer cannot place
is returned as `FILE:LINE: …` and written into the draft as a `# could not place: …` comment at
the place it was found.

The document is read as a sequence of *logical lines* (extraction artefacts repaired), each
classified by its leading mark: `I.` / `A.` / `1.` section headings, `12.` numbered paragraphs,
`a)` / `(a)` lettered and `i)` roman items, `¹` footnotes. The tree is then built the way the
notes are laid out: a heading holding one paragraph followed by lettered items is a question group.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from pathlib import Path

# -- reading ----------------------------------------------------------------------------------


# The word for a sub-theme in each language: English, French, Spanish; Russian (any case ending:
# "Подтема 1", "подтеме 2"), Chinese ("分专题1", as `export` writes it, and "分主题"), Arabic
# ("الموضوع الفرعي 1", as `export` writes it, and "المحور الفرعي"). Chinese has no space before the
# number and writes a full-width colon.
_SUBTHEME_WORD = (r"(?:(?<![^\W\d_])(?:sub-?themes?|sous-thèmes?|subtemas?|подтем[аыеуой]{0,2}|"
                  r"(?:الموضوع|المحور)\s+الفرعي)\s+|(?:分专题|分主题)\s*)")
_SERVES_REF = re.compile(rf"{_SUBTHEME_WORD}\(?([a-z]|\d{{1,2}})\)?(?![a-z0-9])", re.IGNORECASE)
_SUBTHEME_HEADING = re.compile(rf"^{_SUBTHEME_WORD}\(?([a-z]|\d{{1,2}})\)?\s*[:：.–-]\s*(.+)$",
                               re.IGNORECASE)
_DOC_SYMBOL = re.compile(r"[A-Z]{1,2}/[A-Z0-9.]+/\d{4}/[\w.]+")
# Any United Nations symbol, as a related document gives it: A/RES/74/174, E/CN.15/2018/L.2.
_ANY_SYMBOL = re.compile(r"[A-Z]{1,2}/(?:[A-Z0-9.]+/)*[A-Z0-9.]+")


class GuideImportError(Exception):
    """A file that cannot be read as a guide at all: one line, for exit 2."""


def read_source(path: Path) -> tuple[list[str], str]:
    """The physical lines of `path` and how to read them: "text", "md" or "docx" (the last two
    mark headings with #; only Markdown has backslash escapes)."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".docx":
            return _docx_lines(path), "docx"
        data = path.read_bytes()
    except OSError as exc:
        raise GuideImportError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if len(data) > 8 * 1024 * 1024:
        raise GuideImportError(f"{path}: larger than 8 MiB; is this a discussion guide?")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise GuideImportError(f"{path}: not UTF-8 text (byte {exc.start}); save it as UTF-8 text, "
                           ".md or .docx") from None
    if "\x00" in text:
        raise GuideImportError(f"{path}: a binary file; give a .txt, .md or .docx")
    return text.splitlines(), "md" if suffix in (".md", ".markdown") else "text"


def _docx_lines(path: Path) -> list[str]:
    import zipfile

    try:
        import docx  # python-docx
    except ImportError:  # pragma: no cover - a declared dependency
        raise GuideImportError("python-docx is not installed; pip install python-docx") from None
    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise GuideImportError(f"{path}: not a Word .docx file ({exc})") from None
    lines: list[str] = []
    for para in document.paragraphs:
        style = (para.style.name if para.style is not None else "") or ""
        text = para.text
        m = re.match(r"Heading (\d)", style)
        if m and text.strip():
            text = "#" * int(m[1]) + " " + text
        elif m is None and style == "Title" and text.strip():
            text = "# " + text
        lines.extend(text.split("\n"))  # a line break inside a paragraph
        lines.append("")  # a Word paragraph is a paragraph: keep them apart
    return lines


# -- repairing extraction artefacts ----------------------------------------------------------

_PAGE_ARTEFACT = re.compile(
    r"^(\*\d{7}\*|V\.\d{2}-\d{4,6}.*|GE\.\d{2}-\d{4,6}.*|\d{1,3}|Page \d+|\d+/\d+|-\s*\d+\s*-|"
    r"(?:Page|Página|Страница) \d+ (?:of|sur|de|из) \d+|"
    r"[A-Z]{1,2}/[A-Z0-9.]+(?:/\d{4})?/[\w./-]+(?:\s+\d{1,3})?|\d{1,3}\s+[A-Z]{1,2}/[A-Z0-9.]+/[\w./-]+)$")
_MD_ESCAPE = re.compile(r"\\([\\`*_\[\]<>&~|#>+\-=:.!()])")
_SUPER = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_FROM_SUPER = str.maketrans(_SUPER, "0123456789")


@dataclass
class Line:
    no: int  # 1-based line of the source where the logical line starts
    text: str
    heading: int = 0  # Markdown heading level, 0 for text
    depth: int = 0  # Markdown list nesting (a "- " bullet)
    bullet: bool = False  # the line began with a bullet ("- ", "• ")


def logical_lines(raw: list[str], mode: str) -> tuple[list[Line], list[tuple[int, str]]]:
    """Lines with page headers/footers removed, joined emphasis split, wrapped lines joined.

    Returns the lines and the artefacts dropped (line, text), which are reported as repaired."""
    out: list[Line] = []
    dropped: list[tuple[int, str]] = []
    pending: Line | None = None  # a line inside an open **…** span, waiting for its end
    for i, physical in enumerate(raw, 1):
        text = physical.rstrip()
        stripped = text.strip()
        if mode == "text" and (_PAGE_ARTEFACT.match(stripped) or (
                "   " in stripped and all(_PAGE_ARTEFACT.match(piece)
                                          for piece in re.split(r"\s{3,}", stripped)))):
            # "2/4      V.16-01385": a page number and the job number side by side.
            dropped.append((i, stripped))
            continue
        # `**A****B**` and `**A***B*`: headings the extraction ran together.
        stripped = stripped.replace("****", "**\n**")
        stripped = re.sub(r"(?<=[^*\s])\*\*\*(?=[^*\s])", "**\n*", stripped)
        for k, piece in enumerate(stripped.split("\n")):
            if pending is not None:
                pending.text = _join(pending.text, piece)
                if pending.text.count("**") % 2 == 0:
                    out.append(pending)
                    pending = None
                continue
            if not piece:
                out.append(Line(i, ""))
                continue
            line = _classify_raw(i, piece, text if k == 0 else piece, mode)
            if line.text.count("**") % 2 == 1:
                pending = line
            else:
                out.append(line)
    if pending is not None:
        out.append(pending)
    return out, dropped


def _join(before: str, after: str) -> str:
    after = after.strip()
    if not after:
        return before
    # A word cut at the end of a line ("mal-" / "traitance"): rejoined without the hyphen.
    if re.search(r"[^\W\d_]-$", before) and after[:1].islower():
        return before[:-1] + after
    return before + " " + after


def _classify_raw(no: int, piece: str, original: str, mode: str) -> Line:
    depth = 0
    heading = 0
    bullet = False
    if mode != "text":
        m = re.match(r"^(#{1,6})\s+(.*)$", piece)
        if m:
            heading, piece = len(m[1]), m[2]
    if mode == "md":
        lead = len(original) - len(original.lstrip(" "))
        if re.match(r"^[-*+]\s+", piece):
            depth = lead // 2 + 1
            bullet = True
            piece = re.sub(r"^[-*+]\s+", "", piece)
        if piece.endswith("  "):
            piece = piece.rstrip()
        piece = _MD_ESCAPE.sub(r"\1", piece)
    else:
        # Bullets the extraction put before labels ("- a)", " - i)", "• ").
        unbulleted = re.sub(r"^(?:[-•▪◦·]\s+)+", "", piece)
        bullet, piece = unbulleted != piece, unbulleted
    return Line(no, piece.strip(), heading, depth, bullet)


# -- classification --------------------------------------------------------------------------

_ROMAN = re.compile(r"^(?=[ivxlc]+$)(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")
_LABEL = re.compile(r"^\(?([a-z]{1,4})\)\s+(.*)$")
_NUMBERED = re.compile(r"^(\d{1,3})\.\s+(.*)$")
_SECTION = re.compile(r"^((?:Annex|Annexe|Anexo)\s+[IVX]+|[IVXL]+|[A-Z])\.\s+(.*)$")
_NOTE = re.compile(rf"^([{_SUPER}]+|\d{{1,2}}(?=\s+[A-Z*]))\s+(.*)$")
_SYMBOL_NOTE = re.compile(r"^\*\s+([A-Z]{1,2}/\S+?)\.?$")


def is_roman(label: str) -> bool:
    return bool(label) and bool(_ROMAN.match(label))


def roman(n: int) -> str:
    out = ""
    for value, digits in ((100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"),
                          (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += digits
            n -= value
    return out


def letter(n: int) -> str:
    """1 → a … 26 → z, 27 → aa, 28 → bb (the UN's way past z)."""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _style(number: str) -> str:
    if not number:
        return "subtheme"  # an unlettered "Sub-theme 1: …" heading
    if number.isdigit():
        return "digit"
    if number.split()[0] in ("Annex", "Annexe", "Anexo"):
        return "annex"
    if re.fullmatch(r"[IVXL]+", number) and number != "L":
        return "roman"
    return "upper" if number.isupper() else "lower"


_RANK = {"annex": 0, "roman": 1, "upper": 2, "subtheme": 2, "digit": 3, "lower": 4}


# -- the tree being built --------------------------------------------------------------------


@dataclass
class NoteD:
    mark: str
    text: str


@dataclass
class Node:
    """An item, question or option: a label, a text and what hangs under it."""

    label: str
    text: str
    line: int
    children: list[Node] = field(default_factory=list)
    notes: list[NoteD] = field(default_factory=list)


@dataclass
class Para:
    number: int | None
    text: str
    line: int
    items: list[Node] = field(default_factory=list)
    notes: list[NoteD] = field(default_factory=list)
    numbered: bool = False  # its items are questions numbered 1., 2., … in the document
    bulleted: bool = False  # its items are questions printed as bullets "•", no letter
    out_of_turn: bool = False  # numbered out of sequence in the document (see _renumbering)


@dataclass
class Comment:
    text: str
    prefix: str = "could not place"


@dataclass
class Sect:
    number: str
    title: str
    line: int
    content: list[Sect | Para | Comment] = field(default_factory=list)
    role: str | None = None

    @property
    def style(self) -> str:
        return _style(self.number)


@dataclass
class Draft:
    header: list[Line] = field(default_factory=list)
    summary: list[Para] = field(default_factory=list)
    body: list[Sect | Para | Comment] = field(default_factory=list)
    agenda_symbol: str | None = None
    symbol: str | None = None
    unplaced: list[tuple[int, str]] = field(default_factory=list)
    time_limits: tuple[str, str] | None = None
    references: list[Ref] = field(default_factory=list)
    lost: int = 0  # paragraphs the document's numbering skips, held as stand-ins
    repeats: int = 0  # paragraph numbers the document repeats or steps back to
    numbering: int = 0  # the lines of `unplaced` that are about numbering, not a line to place


@dataclass
class Ref:
    """A related document as `export` lists it: "Title — SYMBOL — DATE — note"."""

    text: str
    line: int


# Headings of our own Markdown export that are not sections of the note.
_EXPORT_HEADINGS = {"summary": ("Summary", "Résumé", "Resumen", "Резюме", "摘要", "موجز"),
                    "notes": ("Notes", "Notas", "Примечания", "注", "الحواشي"),
                    "references": ("Related documents", "Documents de référence",
                                   "Documentos conexos", "Соответствующие документы", "相关文件",
                                   "الوثائق ذات الصلة")}


def _special(title: str) -> str | None:
    plain = title.strip("*_ ").strip()
    for kind, names in _EXPORT_HEADINGS.items():
        if plain in names:
            return kind
    return None


class _Builder:
    def __init__(self, name: str, gaps: bool = False, mode: str = "text") -> None:
        self.name = name
        self.mode = mode
        # A language version being paired by number (`--into`) may lack paragraphs: a numbered
        # line past the next paragraph number is then a paragraph, not a heading.
        self.gaps = gaps
        self.last_heading: Sect | None = None  # a heading a wrapped line may continue
        self.follows = False  # the line before was text, not blank: a wrapped line continues it
        self.d = Draft()
        self.stack: list[Sect] = []
        self.next_para = 1
        self.part = "header"  # header → summary → body → notes/references (Markdown tail)
        self.last_para: Para | None = None
        self.last_node: Node | None = None  # the last lettered item
        self.last_sub: Node | None = None  # the last roman item under it
        self.last_text: Para | Node | None = None  # where a continuation line goes
        self.texts: list[Para | Node] = []  # every text block, in order, for footnote marks

    # where new blocks go
    def content(self) -> list[Sect | Para | Comment]:
        return self.stack[-1].content if self.stack else self.d.body

    def unplaced(self, line: Line, why: str) -> None:
        self.d.unplaced.append((line.no, f"{why}: {line.text}"))
        target = self.content() if self.part == "body" else self.d.body
        target.append(Comment(f"line {line.no}: {line.text}"))

    def feed(self, line: Line) -> None:
        text = line.text
        follows, self.follows = self.follows, bool(text)
        if not text:
            return
        if line.heading:
            self.heading(line)
            return
        m = _SYMBOL_NOTE.match(text)
        if m:
            self.d.agenda_symbol = m[1]
            return
        if self.part == "notes":
            self.note(line, text)
            return
        if self.part == "references":
            self.reference(line)
            return
        if self.last_heading is not None and text[:1].islower() and not _LABEL.match(text):
            # A heading wrapped over two lines ("II. Uso indebido de la tecnología … de" /
            # "los niños"): pdftotext gives each line apart.
            self.last_heading.title = _join(self.last_heading.title, text)
            return
        self.last_heading = None
        m = _NOTE.match(text)
        if m and self.part in ("body", "summary") and m[1][0] in _SUPER:
            self.note(line, text)
            return
        if self.part in ("header", "summary") and not self._starts_body(text):
            self.header_or_summary(line)
            return
        if _special(text) == "references" and not line.bullet:
            self.part = "references"  # "Documentos conexos" as a line of the text
            return
        m = _SECTION.match(text)
        if m and not line.depth:
            self.section(m[1], m[2], line)
            return
        if self.mode == "text" and not line.bullet and _SUBTHEME_HEADING.match(text):
            self.section("", text, line)  # "Sub-theme 1: …" as a heading of its own, unlettered
            return
        m = _NUMBERED.match(text)
        if m:
            number = int(m[1])
            if self._numbered_question(number):
                self.numbered_question(number, m[2], line)
                return
            if number == self.next_para or (self.gaps and number > self.next_para
                                            and not self._next_section(number)):
                self.paragraph(number, m[2], line)
            elif not self.gaps and self._out_of_turn(number, m[2]):
                # A paragraph whose number skips (a page lost) or repeats: kept as printed here,
                # reconciled with its neighbours once the whole text is read (_renumbering).
                self.paragraph(number, m[2], line, out_of_turn=True)
            else:
                self.section(m[1], m[2], line)
            return
        m = _LABEL.match(text)
        if m:
            self.label(m[1], m[2], line)
            return
        p = self.last_para
        if line.bullet and p is not None and not (p.items and not p.bulleted) and (
                p.bulleted or p.text.endswith(":")):
            # "•  Which procedural powers…?": questions the note does not letter. The bank letters
            # them a, b, c… in the order printed (cited ¶5(a)).
            p.bulleted = True
            node = Node(letter(len(p.items) + 1), _clean(text), line.no)
            p.items.append(node)
            self.last_node, self.last_sub, self.last_text = node, None, node
            self.texts.append(node)
            return
        if self.last_text is not None and (text[:1].islower() or not _ends(self.last_text.text)
                                           or (follows and self.mode == "text")):
            self.last_text.text = _join(self.last_text.text, text)
            return
        self.unplaced(line, "text outside any paragraph")

    def _out_of_turn(self, number: int, text: str) -> bool:
        """A numbered line that is a paragraph numbered out of sequence rather than a heading: the
        body's paragraphs have begun, it does not continue the numbered headings, it reads as a
        paragraph (a sentence, or longer than a heading), and a skip is no longer than a page."""
        return (self.part == "body" and self.next_para > 1 and number != 1
                and number <= self.next_para + _MAX_SKIP and not self._next_section(number)
                and (_ends(text) or len(text) >= 60))

    def _next_section(self, number: int) -> bool:
        """`number` continues the numbered headings (1., 2., …) open at this point."""
        open_digit = next((s for s in reversed(self.stack) if s.style == "digit"), None)
        return number == (int(open_digit.number) + 1 if open_digit else 1)

    def reference(self, line: Line) -> None:
        # Each related document is one bullet; the lines after it (wrapped) continue it.
        if line.bullet or line.depth or self.mode == "docx" or not self.d.references:
            self.d.references.append(Ref(line.text, line.no))
        else:
            self.d.references[-1].text = _join(self.d.references[-1].text, line.text)

    def _numbered_question(self, number: int) -> bool:
        """Questions numbered 1., 2., … under the paragraph that announces them ("…the
        following questions:"), as some notes print them, rather than a), b), …"""
        p = self.last_para
        if p is None:
            return False
        if p.numbered:
            return number == len(p.items) + 1
        return number == 1 and not p.items and p.text.endswith(":")

    def numbered_question(self, number: int, text: str, line: Line) -> None:
        p = self.last_para
        assert p is not None
        p.numbered = True
        # Kept as the note numbers it: question 3 is "3" (cited 6(3)), its options (a), (b).
        node = Node(str(number), _clean(text), line.no)
        p.items.append(node)
        self.last_node, self.last_sub = node, None
        self.last_text = node
        self.texts.append(node)

    def _starts_body(self, text: str) -> bool:
        m = _SECTION.match(text)
        if m and _style(m[1]) in ("roman", "annex"):
            return True
        numbered = _NUMBERED.match(text)
        return numbered is not None and int(numbered[1]) == 1

    def heading(self, line: Line) -> None:
        kind = _special(line.text)
        if kind == "summary":
            self.part = "summary"
            return
        if kind in ("notes", "references"):
            self.part = kind
            return
        if self.part == "header" and not self._starts_body(line.text):
            # A guide without a summary goes from its header straight to "## I. Introduction".
            self.d.header.append(Line(line.no, line.text, line.heading))
            return
        m = _SECTION.match(line.text) or _NUMBERED.match(line.text)
        if m:
            self.section(m[1], m[2], line)
            return
        if _SUBTHEME_HEADING.match(line.text):  # "### Sub-theme 1: …" as export writes it
            self.section("", line.text, line)
            return
        lettered = _LABEL.match(line.text) or re.match(r"^([a-z]{1,2})\.\s+(.*)$", line.text)
        if lettered:  # "a) *Législation nationale*" as the note prints it, "a. …" as we export it
            self.section(lettered[1], lettered[2].strip("*"), line)
            return
        self.unplaced(line, "heading without a number")

    def header_or_summary(self, line: Line) -> None:
        text = line.text
        if self.part == "header":
            if re.fullmatch(r"\**\s*(Résumé|Summary|Resumen|Резюме|摘要|موجز)\s*\**", text):
                self.part = "summary"
                return
            # A page laid out in columns (`pdftotext -layout`): "Economic and Social Council
            # <spaces> Distr.: General" is two lines of the header side by side.
            for k, piece in enumerate(re.split(r"\s{3,}", text)):
                previous = self.d.header[-1] if self.d.header else None
                if (k == 0 and previous is not None and piece[:1].islower()
                        and not previous.heading and previous.no < line.no):
                    previous.text = _join(previous.text, piece)  # a title wrapped over lines
                else:
                    self.d.header.append(Line(line.no, piece, line.heading))
            return
        if self.last_text is not None and (text[:1].islower() or not _ends(self.last_text.text)):
            self.last_text.text = _join(self.last_text.text, text)
            return
        p = Para(None, _clean(text), line.no)
        self.d.summary.append(p)
        self.last_text = p
        self.texts.append(p)

    def section(self, number: str, title: str, line: Line) -> None:
        self.part = "body"
        style = _style(number)
        while self.stack and _RANK[self.stack[-1].style] >= _RANK[style]:
            self.stack.pop()
        s = Sect(number, _clean(title), line.no)
        self.content().append(s)
        self.stack.append(s)
        self.last_para = self.last_node = self.last_sub = None
        self.last_text = None
        self.last_heading = s

    def paragraph(self, number: int, text: str, line: Line, out_of_turn: bool = False) -> None:
        self.part = "body"
        p = Para(number, _clean(text), line.no, out_of_turn=out_of_turn)
        self.content().append(p)
        self.next_para = max(self.next_para, number + 1)
        self.last_para, self.last_node, self.last_sub = p, None, None
        self.last_text = p
        self.texts.append(p)

    def label(self, label: str, text: str, line: Line) -> None:
        # A whole-emphasis lettered line followed by paragraphs is a heading: "a) *Législation*".
        if re.fullmatch(r"\*[^*]+\*", text.strip()) and not line.depth:
            self.section(label, text.strip().strip("*"), line)
            return
        if self.last_para is None:
            self.unplaced(line, "a lettered item outside any paragraph")
            return
        if self.last_para.numbered and self.last_node is not None \
                and label == letter(len(self.last_node.children) + 1):
            # Under a numbered question, (a), (b)… are its options, lettered as printed.
            node = Node(label, _clean(text), line.no)
            self.last_node.children.append(node)
            self.last_sub = node
            self.last_text = node
            self.texts.append(node)
            return
        expect_letter = letter(len(self.last_para.items) + 1)
        expect_roman = roman(len(self.last_node.children) + 1) if self.last_node else "i"
        as_roman = is_roman(label) and label == expect_roman and (
            label != expect_letter or (line.depth >= 2))
        if line.depth == 1 and label == expect_letter:
            as_roman = False
        node = Node(label, _clean(text), line.no)
        if as_roman and self.last_node is not None:
            self.last_node.children.append(node)
            self.last_sub = node
        elif as_roman and not self.last_para.items:
            self.last_para.items.append(node)  # roman items straight under a paragraph
            self.last_node = None
        else:
            if label != expect_letter:
                self.d.unplaced.append((line.no, f"expected item {expect_letter}), found {label}); "
                                                 "kept in order"))
            self.last_para.items.append(node)
            self.last_node, self.last_sub = node, None
        self.last_text = node
        self.texts.append(node)

    def note(self, line: Line, text: str) -> None:
        m = _NOTE.match(text)
        if not m:
            if self.part == "notes" and self.texts and text[:1].islower():
                return
            self.unplaced(line, "not a footnote")
            return
        mark = m[1].translate(_FROM_SUPER)
        sup = mark.translate(str.maketrans("0123456789", _SUPER))
        for block in reversed(self.texts):
            if sup in block.text and not any(n.mark == mark for n in block.notes):
                block.notes.append(NoteD(mark, _clean(m[2])))
                return
        self.unplaced(line, f"footnote {mark} whose mark is in no text")


# A skip longer than this is not a lost page: the line is read as a heading, not a paragraph.
_MAX_SKIP = 20


def _numbers(first: int, last: int) -> str:
    if first == last:
        return f"paragraph {first} is"
    return f"paragraphs {first} {'and' if last == first + 1 else 'to'} {last} are"


def _renumbering(d: Draft, name: str) -> None:
    """Reconcile the paragraphs the document numbers out of sequence with their neighbours, never
    silently: every one is a `FILE:LINE: …` in `d.unplaced`.

    - a skip (15, then 17: a page lost in the extraction): the printed numbers are kept (other
      documents cite them) and each missing one is a stand-in paragraph marked [to write], which
      `check` counts as missing, placed where the page was lost (before the headings that open
      the page found after it);
    - a repeat with the same text (the extraction gave it twice): kept once;
    - a repeat between its neighbours (16, 16, 18: a misprint): numbered 17;
    - any other repeat or step back (16, 16, 17): left as `# could not place` comments, since no
      number can be given it without renumbering the rest."""
    placed: list[tuple[list[Sect | Para | Comment], list[Sect], Para]] = []

    def walk(blocks: list[Sect | Para | Comment], parents: list[Sect]) -> None:
        for b in blocks:
            if isinstance(b, Para):
                placed.append((blocks, parents, b))
            elif isinstance(b, Sect):
                walk(b.content, [*parents, b])

    walk(d.body, [])
    base = Path(name).name
    expected = 1
    seen: dict[int, Para] = {}
    for k, (blocks, parents, p) in enumerate(placed):
        n = p.number
        assert n is not None
        if n == expected:
            seen[n], expected = p, n + 1
            continue
        if n > expected:
            stand_ins = [Para(m, f"[to write] paragraph {m} is not in {base} (a page lost in the "
                                 "extraction?): copy it from the document", p.line)
                         for m in range(expected, n)]
            d.lost += len(stand_ins)
            d.numbering += 1
            which = _numbers(expected, n - 1)
            one = len(stand_ins) == 1
            d.unplaced.append((p.line, f"paragraph {n} follows paragraph {expected - 1}: {which} "
                                       "not in the document (a page lost in the extraction?); the "
                                       f"draft keeps {n} as printed and holds "
                                       f"{which.rsplit(' ', 1)[0]} as "
                                       f"{'a stand-in' if one else 'stand-ins'} marked [to write]: "
                                       f"copy {'it' if one else 'them'} from the document"))
            _insert_before(d.body, blocks, parents, p, stand_ins)
            seen[n], expected = p, n + 1
            continue
        first = seen.get(n)
        d.repeats += 1
        d.numbering += 1
        following = next((q.number for _, _, q in placed[k + 1:]), None)
        if first is not None and first.text == p.text and _same_items(first.items, p.items):
            blocks.remove(p)
            d.unplaced.append((p.line, f"paragraph {n} again, with the same text as line "
                                       f"{first.line}: kept once (the extraction gave it twice?)"))
            continue
        was = f"paragraph {n} again (the first is on line {first.line})" if first is not None \
            else f"paragraph {n} after paragraph {expected - 1}"
        if following is None or following == expected + 1:
            between = f"between {expected - 1} and {following}" if following is not None \
                else f"after {expected - 1}, at the end"
            d.unplaced.append((p.line, f"{was}, {between}: numbered {expected} in the draft; "
                                       "check it against the document"))
            p.number = expected
            seen[expected], expected = p, expected + 1
            continue
        d.unplaced.append((p.line, f"{was}, and the document goes on with {following}: left in "
                                   "the draft as '# could not place'; put it where it belongs, "
                                   "then run debate guide renumber --write"))
        at = blocks.index(p)
        blocks[at:at + 1] = [Comment(f"line {no}: {text}") for no, text in _lines_of(p)]


def _same_items(a: list[Node], b: list[Node]) -> bool:
    return len(a) == len(b) and all(n.label == m.label and n.text == m.text
                                    and _same_items(n.children, m.children)
                                    for n, m in zip(a, b, strict=True))


def _lines_of(p: Para) -> list[tuple[int, str]]:
    """A paragraph and its items as the lines they came from, for `# could not place` comments."""
    out = [(p.line, f"{p.number}. {p.text}")]

    def items(nodes: list[Node]) -> None:
        for n in nodes:
            out.append((n.line, f"{n.label}) {n.text}"))
            items(n.children)

    items(p.items)
    return out


def _insert_before(body: list[Sect | Para | Comment], blocks: list[Sect | Para | Comment],
                   parents: list[Sect], p: Para, stand_ins: list[Para]) -> None:
    """The stand-ins go where the lost page was: right before `p`; or, when `p` opens its section
    (the page found after the loss began with that heading), at the end of what came before that
    heading: the end of the section before it (not inside a question group, which holds one
    paragraph), else just before the heading."""
    target: list[Sect | Para | Comment] = blocks
    anchor: Sect | Para = p
    chain = list(parents)
    while chain and target and target[0] is anchor:
        section = chain.pop()
        target = chain[-1].content if chain else body
        anchor = section
    at = next(k for k, b in enumerate(target) if b is anchor)
    before = target[at - 1] if at else None
    while isinstance(before, Sect) and not _is_group(before):
        target, at = before.content, len(before.content)
        before = target[-1] if target else None
    target[at:at] = stand_ins


def _ends(text: str) -> bool:
    return bool(re.search(r"[.:;?!»”\"')]$", text))


def _clean(text: str) -> str:
    text = re.sub(r"\^\{([^}]*)\}", r"\1", text)  # 1^{er}: the extraction's superscript
    return re.sub(r"\s+", " ", text).strip()


# -- the tree shaped like the schema -----------------------------------------------------------


_NAMES_SUBTHEMES = re.compile(r"(?:sub|sous)-?th[eè]mes?|subtemas?|подтем|分专题|المواضيع الفرعية",
                              re.IGNORECASE)


_NAMES_QUESTIONS = re.compile(r"\bquestions?\b|\bpreguntas?\b|вопрос|问题|أسئلة", re.IGNORECASE)


def _lists_subthemes(p: Para) -> bool:
    """The paragraph that lists the sub-themes: not a question group even when it is alone under
    its heading. Each with its sub-items (2011); or some or all without any, which `export`
    letters (a), (b) just as it letters questions: then the paragraph names sub-themes and not
    questions ("The Commission approved the following sub-themes:", not "Questions on sub-theme
    (a) could include:") and no item asks anything."""
    if not p.items or p.items[0].label not in ("a", "1") or _NAMES_SUBTHEMES.search(p.text) is None:
        return False
    if len(p.items) > 1 and all(n.children for n in p.items):
        return True
    texts = [t for n in p.items for t in (n.text, *(c.text for c in n.children))]
    return _NAMES_QUESTIONS.search(p.text) is None and not any(t.endswith("?") for t in texts)


def _is_group(s: Sect) -> bool:
    paras = [b for b in s.content if isinstance(b, Para)]
    return (len(paras) == 1 and not any(isinstance(b, Sect) for b in s.content)
            and bool(paras[0].items) and paras[0].items[0].label in ("a", "1")
            and not _lists_subthemes(paras[0]))


def _has_groups(s: Sect) -> bool:
    return any((isinstance(b, Para) and b.bulleted) or (isinstance(b, Sect) and (
        _is_group(b) or _has_groups(b))) for b in s.content)


def _mark_background(blocks: list[Sect | Para | Comment]) -> None:
    sections = [b for b in blocks if isinstance(b, Sect)]
    for before, after in pairwise(sections):
        if _has_groups(before) and not _has_groups(after) and not _is_group(after) \
                and after.style != "annex":
            after.role = "background"
            break
    for s in sections:
        _mark_background(s.content)


# -- YAML --------------------------------------------------------------------------------------


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


class _Yaml:
    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.out: list[str] = []
        self.groups = 0
        self.questions = 0
        self.subthemes_done = False
        self.paragraph_subthemes = False  # the sub-themes are listed under a paragraph (2011)
        self.within: list[tuple[str, str]] = []  # the sub-theme sections we are in (label, title)
        self.leaves: list[str] = []
        self.top_labels: dict[str, str] = {}  # a top-level sub-theme's label → its id
        # Per group: the draft line of its `serves:`, the sub-theme its heading or intro names
        # (None when none), its source line and number.
        self.serves: list[tuple[int, str | None, int, int | str]] = []
        self.used_ids: set[str] = set()
        # The source line each draft line comes from (0: none), for `--into`'s FILE:LINE reports.
        self.src = 0
        self.origin: list[int] = []

    def w(self, indent: int, text: str) -> None:
        self.out.append(" " * indent + text)
        self.origin.append(self.src)

    def lt(self, indent: int, key: str, text: str) -> None:
        self.w(indent, f"{key}: {{{self.lang}: {_q(text)}}}")

    def notes(self, indent: int, notes: list[NoteD]) -> None:
        if not notes:
            return
        self.w(indent, "notes:")
        for n in notes:
            self.w(indent + 2, f"- mark: {_q(n.mark)}")
            self.lt(indent + 4, "text", n.text)

    def uid(self, base: str) -> str:
        candidate, k = base, 2
        while candidate in self.used_ids:
            candidate, k = f"{base}-{k}", k + 1
        self.used_ids.add(candidate)
        return candidate

    def blocks(self, indent: int, blocks: list[Sect | Para | Comment]) -> None:
        for b in blocks:
            if not isinstance(b, Comment):
                self.src = b.line
            if isinstance(b, Comment):
                self.w(indent, f"# {b.prefix}: " + _one_line(b.text))
            elif isinstance(b, Para) and b.bulleted and self.within:
                # Questions printed as bullets under a paragraph of a sub-theme's section
                # (2016): a question group serving that sub-theme, with no heading of its own.
                label, title = self.within[-1]
                self.group(indent, Sect("", title, b.line, [b]), serves=label)
            elif isinstance(b, Para):
                self.paragraph(indent, b)
            elif _is_group(b):
                # Inside a sub-theme's section, a group serves that sub-theme unless it names one.
                self.group(indent, b, within=self.within[-1][0] if self.within else None)
            else:
                heading = _SUBTHEME_HEADING.match(b.title)
                subtheme = heading is not None and not self.paragraph_subthemes
                if b.number or not subtheme:
                    self.w(indent, f"- section: {_q(b.number)}")
                if heading and subtheme:
                    # "A. Sub-theme 1: …": the section is the sub-theme, its title written once;
                    # an unlettered "Sub-theme 1: …" heading is the sub-theme alone.
                    label = heading[1].lower()
                    sid = self.uid(f"st-{label}")
                    self.top_labels[label] = sid
                    self.leaves.append(sid)
                    self.w(indent + (2 if b.number else 0), ("" if b.number else "- ") + "subtheme:")
                    self.w(indent + 4, f"id: {sid}")
                    self.w(indent + 4, f"label: {_q(label)}")
                    self.lt(indent + 4, "title", heading[2].strip())
                else:
                    self.lt(indent + 2, "title", b.title)
                if b.role:
                    self.w(indent + 2, f"role: {b.role}")
                self.w(indent + 2, "content:" if b.content else "content: []")
                if heading and subtheme:
                    self.within.append((heading[1].lower(), heading[2].strip()))
                self.blocks(indent + 4, b.content)
                if heading and subtheme:
                    self.within.pop()

    def paragraph(self, indent: int, p: Para) -> None:
        self.src = p.line
        self.w(indent, f"- paragraph: {p.number}" if p.number is not None else "- text:")
        if p.number is not None:
            self.lt(indent + 2, "text", p.text)
        else:
            self.w(indent + 4, f"{self.lang}: {_q(p.text)}")
        subthemes = (not self.subthemes_done and p.number is not None and (
            (len(p.items) > 1 and all(n.children for n in p.items)
             and all(not is_roman(n.label) or n.label == "i" for n in p.items[:1]))
            or _lists_subthemes(p)))
        if subthemes:
            self.subthemes_done = self.paragraph_subthemes = True
            self.w(indent + 2, "subthemes:")
            for n in p.items:
                self.src = n.line
                sid = self.uid(f"st-{n.label}")
                self.top_labels[n.label] = sid
                self.w(indent + 4, f"- id: {sid}")
                self.w(indent + 6, f"label: {_q(n.label)}")
                self.lt(indent + 6, "title", n.text)
                if not n.children:
                    self.leaves.append(sid)  # a sub-theme without sub-items is served itself
                    continue
                self.w(indent + 6, "children:")
                for c in n.children:
                    self.src = c.line
                    cid = self.uid(f"{sid}-{c.label}")
                    self.leaves.append(cid)
                    self.w(indent + 8, f"- id: {cid}")
                    self.w(indent + 10, f"label: {_q(c.label)}")
                    self.lt(indent + 10, "title", c.text)
        elif p.items:
            self.w(indent + 2, "items:")
            self.items(indent + 4, p.items)
        self.notes(indent + 2, p.notes)

    def items(self, indent: int, nodes: list[Node]) -> None:
        for n in nodes:
            self.src = n.line
            self.w(indent, f"- item: {_q(n.label)}")
            self.lt(indent + 2, "text", n.text)
            if n.children:
                self.w(indent + 2, "items:")
                self.items(indent + 4, n.children)
            self.notes(indent + 2, n.notes)

    def group(self, indent: int, s: Sect, serves: str | None = None,
              within: str | None = None) -> None:
        self.groups += 1
        self.questions += len(next(b for b in s.content if isinstance(b, Para)).items)
        intro = next(b for b in s.content if isinstance(b, Para))
        gid = self.uid(f"g{s.number}" if s.number.isdigit() else f"g{self.groups}")
        self.w(indent, f"- group: {s.number if s.number.isdigit() else self.groups}")
        self.w(indent + 2, f"id: {gid}")
        if serves is not None:
            self.w(indent + 2, "# no heading in the note for these questions: titled with their "
                               "sub-theme's title; check")
        self.lt(indent + 2, "title", s.title)
        # Which sub-themes a group serves: the one its heading or intro names ("Questions on
        # sub-theme 2"), else guessed by order once every sub-theme is known (see import_text).
        named = _SERVES_REF.search(s.title) or _SERVES_REF.search(intro.text)
        self.serves.append((len(self.out), serves or (named[1].lower() if named else within),
                            s.line, s.number if s.number.isdigit() else self.groups))
        self.w(indent + 2, "serves: []")
        self.w(indent + 2, "intro:")
        self.src = intro.line
        self.w(indent + 4, f"paragraph: {intro.number}")
        self.lt(indent + 4, "text", intro.text)
        self.notes(indent + 4, intro.notes)
        self.w(indent + 2, "questions:")
        for b in s.content:
            if isinstance(b, Comment):
                self.w(indent + 4, f"# {b.prefix}: " + _one_line(b.text))
        for q in intro.items:
            self.src = q.line
            qid = self.uid(f"q{intro.number}-{q.label}" if q.label.isdigit() else f"q{intro.number}{q.label}")
            self.w(indent + 4, f"- id: {qid}")
            self.w(indent + 6, f"letter: {_q(q.label)}")
            self.lt(indent + 6, "text", q.text)
            if q.children:
                self.w(indent + 6, "options:")
                for o in q.children:
                    self.src = o.line
                    self.w(indent + 8, f"- id: {self.uid(f'{qid}-{o.label}')}")
                    self.w(indent + 10, f"numeral: {_q(o.label)}")
                    self.lt(indent + 10, "text", o.text)
                    self.notes(indent + 10, o.notes)
            self.notes(indent + 6, q.notes)


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text)[:300]


# -- metadata --------------------------------------------------------------------------------

_MONTHS = {m: i + 1 for names in (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "january february march april may june july august september october november december",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre")
    for i, m in enumerate(names.split())}

_ORDINALS_FR = {"premi": 1, "deuxi": 2, "troisi": 3, "quatri": 4, "cinqui": 5, "sixi": 6,
                "septi": 7, "huiti": 8, "neuvi": 9, "dixi": 10, "onzi": 11, "douzi": 12,
                "treizi": 13, "quatorzi": 14, "quinzi": 15, "seizi": 16, "unième": 1}
_ORDINALS_EN = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
                "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
                "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
                "twentieth": 20, "thirtieth": 30, "fortieth": 40}
_TENS_FR = {"vingt": 20, "trente": 30, "quarante": 40}
_TENS_EN = {"twenty": 20, "thirty": 30, "forty": 40}


def session_number(title: str) -> int | None:
    t = title.lower()
    m = re.search(r"(\d+)", t)
    if m:
        return int(m[1])
    for word, value in _ORDINALS_EN.items():
        if re.search(rf"\b{word}\b", t):
            tens = next((v for k, v in _TENS_EN.items() if k + "-" in t), 0)
            return tens + value
    tens = next((v for k, v in _TENS_FR.items() if t.startswith(k)), 0)
    rest = t
    for k in _TENS_FR:
        rest = rest.removeprefix(k)
    rest = rest.lstrip("- ").removeprefix("et-").removeprefix("et ")
    if tens and rest.startswith("ième"):
        return tens
    for k, v in _ORDINALS_FR.items():
        if rest.startswith(k):
            return tens + v
    return None


# "Vienne, 11-15 avril 2011", "Vienna, 30 March-3 April 2015", "Viena, 11 a 15 de abril de 2011".
_DATES = re.compile(r"^(?P<venue>[^,\d]+),\s*(?P<d1>\d{1,2})(?:er)?\s*(?:de\s+)?(?P<m1>[^\W\d_]+)?\s*"
                    r"(?:de\s+)?(?P<y1>\d{4})?\s*(?:[-–]|\ba\b|\bal\b)\s*(?P<d2>\d{1,2})\s+(?:de\s+)?"
                    r"(?P<m2>[^\W\d_]+)\s+(?:de\s+)?(?P<y2>\d{4})")


@dataclass
class Meta:
    commission: str = ""
    session_title: str = ""
    session: int | None = None
    theme: str = ""  # "Theme: …" as `export` prints it when the titles do not name it
    venue: str = ""
    opens: date | None = None
    closes: date | None = None
    agenda: str = "1"
    provisional: bool = False
    agenda_title: str = ""
    title: str = ""
    kind: str = ""
    symbol: str | None = None
    issued: date | None = None
    issued_line: int = 0  # the line of the source the issue date is on
    original: str = ""
    leftover: list[Line] = field(default_factory=list)


def _no_symbol() -> set[str]:
    from ..text.guide_texts import GUIDE

    return set(GUIDE["symbol_unknown"].values())


_NO_SYMBOL = _no_symbol()


_ISSUER = ("United Nations|Nations Unies|Naciones Unidas|Economic and Social Council|"
           "Conseil économique et social|Consejo Económico y Social|General Assembly|"
           "Assemblée générale|Asamblea General")


def _language_lines() -> set[str]:
    from ..text.catalog import language_name
    from ..text.languages import LANGUAGES

    return {language_name(code, lang).lower() for code in LANGUAGES for lang in LANGUAGES}


_LANGUAGE_LINES = _language_lines()


def _theme_line() -> re.Pattern[str]:
    from ..text.guide_texts import GUIDE

    labels = "|".join(re.escape(t.rstrip(" :：\u00a0")) for t in GUIDE["theme_label"].values())
    return re.compile(rf"^(?:{labels})\s*[:：]\s*(.+)$")


_THEME_LINE = _theme_line()


def _session_patterns() -> list[re.Pattern[str]]:
    from ..text.guide_texts import GUIDE

    return [re.compile(re.escape(t).replace(re.escape("{number}"), r"\d+"), re.IGNORECASE)
            for t in GUIDE["session_number"].values()]


# "Session 36": what `export` writes for a guide that gives its session no title; its number,
# not a title of the guide's.
_SESSION_NUMBER_ONLY = _session_patterns()


def _session(meta: Meta, title: str) -> None:
    meta.session = session_number(title)
    generated = any(p.fullmatch(title) for p in _SESSION_NUMBER_ONLY)
    meta.session_title = "" if generated else title


def read_meta(header: list[Line]) -> Meta:
    meta = Meta()
    bold: list[str] = []
    for line in header:
        if re.fullmatch(r"_[^_]+_", line.text.strip()) or line.text.strip() in _NO_SYMBOL:
            continue  # our export's "symbol not recorded" (in italics in Markdown)
        text = _clean(line.text.replace("**", "").strip("*_ ").strip())
        if not text:
            continue
        if re.fullmatch(_ISSUER, text, re.IGNORECASE):
            continue  # the organ printed above the symbol, not the commission
        if text.lower() in _LANGUAGE_LINES:
            continue  # "Español" under the date: the language of this version
        m = re.fullmatch(r"(\d{1,2})(?:er)?\s+(?:de\s+)?([^\W\d_]+)\s+(?:de\s+)?(\d{4})", text)
        if m and _MONTHS.get(m[2].lower()) and meta.issued is None:
            meta.issued = date(int(m[3]), _MONTHS[m[2].lower()], int(m[1]))  # under "Distr."
            meta.issued_line = line.no
            continue
        m = _THEME_LINE.match(text)
        if m and not meta.theme:
            meta.theme = m[1].strip()
            continue
        m = re.match(r"^(?:Original|Язык оригинала|原文|الأصل)\s*[:：]\s*(.+)$", text)
        if m:
            meta.original = m[1].strip()
            continue
        # "Vingtième session, Vienne, 11-15 avril 2011": the session and the dates on one line.
        m = re.match(r"^([^,]*(?:session|período de sesiones|сессия)[^,]*),\s*(.+)$", text,
                     re.IGNORECASE)
        if m and _DATES.match(m[2]) and not meta.session_title and meta.session is None:
            _session(meta, m[1])
            text = m[2]
        if re.fullmatch(r"[A-Z]{1,2}/[A-Z0-9.]+/[\w./-]+", text):
            meta.symbol = text
            continue
        if re.fullmatch(r"_?(Symbol not yet known|Cote non encore connue|.*symbol.*)_?", text,
                        re.IGNORECASE) or re.match(r"^(Distr|Distribution|Original|Originale?)\b",
                                                  text):
            continue
        m = _DATES.match(text)
        if m and meta.opens is None:
            y2 = int(m["y2"])
            m2 = _MONTHS.get(m["m2"].lower())
            m1 = _MONTHS.get((m["m1"] or m["m2"]).lower())
            if m1 and m2:
                meta.venue = m["venue"].strip()
                meta.opens = date(int(m["y1"] or y2), m1, int(m["d1"]))
                meta.closes = date(y2, m2, int(m["d2"]))
                continue
        m = re.match(r"^(Point|Item|Tema|Пункт)\s+(\d+[\w.]*)\s+(.*?)(\*?)$", text)
        if m and meta.agenda == "1":
            meta.agenda = m[2]
            meta.provisional = bool(re.search(r"provisoire|provisional|provisional|предвар",
                                              m[3]))
            continue
        if re.match(r"^(Temps de parole|Speaking time|Tiempo de palabra)", text):
            continue
        if re.search(r"\bsession\b|período de sesiones|сессия", text, re.IGNORECASE) \
                and not meta.session_title and meta.session is None and len(text) < 60:
            _session(meta, text)
            continue
        if not meta.commission:
            meta.commission = text
            continue
        if line.heading == 1 and not meta.title:
            meta.title = text
            continue
        bold.append(text)
        meta.leftover.append(line)
    # After the agenda line come the agenda title, the title and the kind ("Note du Secrétariat").
    if meta.title:
        if bold and not meta.agenda_title and len(bold) >= 1:
            meta.agenda_title = bold[0] if len(bold) > 1 or not meta.kind else ""
            meta.kind = bold[-1] if len(bold) > 1 else bold[0]
            if len(bold) == 1:
                meta.agenda_title, meta.kind = "", bold[0]
        bold = []
    else:
        if len(bold) >= 3:
            meta.agenda_title, meta.title, meta.kind = bold[0], bold[1], bold[2]
            bold = bold[3:]
        elif len(bold) == 2:
            meta.title, meta.kind = bold
            bold = []
        elif bold:
            meta.title = bold.pop(0)
    meta.leftover = [line for line in meta.leftover if _clean(line.text.strip("*_ ")) in bold]
    return meta


def _language_code(name: str, lang: str) -> str | None:
    """The code of the language named ("français", "English") in the note's language."""
    from ..text.catalog import language_name
    from ..text.languages import LANGUAGES

    name = name.strip().lower()
    for code in LANGUAGES:
        if name and name in (language_name(code, lang).lower(), language_name(code, "en").lower()):
            return code
    return None


def theme_named(agenda_title: str, title: str) -> str | None:
    """The theme, as the agenda item's title or the guide's title names it: what follows "débat
    thématique sur la" (`export` prints the theme apart only when it is not this)."""
    for source in (agenda_title, title):
        m = re.search(r"(?:débat thématique sur (?:la |le |les |l')|thematic discussion on (?:the )?|"
                      r"debate temático sobre (?:la |el |los |las )?)(.+)$", source, re.IGNORECASE)
        if m:
            return m[1][:1].upper() + m[1][1:]
    return None


def _theme(meta: Meta) -> str:
    return meta.theme or theme_named(meta.agenda_title, meta.title) or meta.agenda_title or meta.title


# -- the whole import ------------------------------------------------------------------------


@dataclass
class Result:
    yaml: str
    problems: list[str]  # `FILE:LINE: …`, one per line not placed
    questions: int = 0
    groups: int = 0
    # origin[n]: the line of the source that line n+1 of the draft comes from (0: the header).
    origin: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # `FILE:LINE: note: …`: guesses to check
    lost: int = 0  # paragraphs missing from the document's numbering, held as stand-ins
    repeats: int = 0  # paragraph numbers the document repeats (kept once, numbered or commented)
    numbering: int = 0  # how many of `problems` are about numbering rather than a line to place
    last_line: int = 0  # the last line of the source that holds text


def import_text(raw: list[str], mode: str, name: str, lang: str, guide_id: str,
                gaps: bool = False) -> Result:
    """The draft of the guide in `raw`. With `gaps` (a language version paired by number with a
    guide already in the bank), numbered paragraphs may skip numbers."""
    lines, dropped = logical_lines(raw, mode)
    b = _Builder(name, gaps, mode)
    for line in lines:
        b.feed(line)
    d = b.d
    if not gaps:  # `--into` pairs by number and reports what is missing itself
        _renumbering(d, name)
    _mark_background(d.body)
    meta = read_meta(d.header)
    y = _Yaml(lang)
    problems = [f"{name}:{no}: {why}" for no, why in sorted(d.unplaced)]
    w = y.w
    w(0, f"# Imported from {Path(name).name} by `debate guide import` ({lang}).")
    w(0, "# A draft: check every text against the document, then run `debate guide check`.")
    w(0, "schema: 1")
    w(0, f"id: {guide_id}")
    w(0, "meta:")
    if not meta.commission:
        problems.append(f"{name}:1: no commission name found; the draft says 'Commission'")
    y.lt(2, "commission", meta.commission or "Commission")
    w(2, "session:")
    if meta.session is None:
        problems.append(f"{name}:1: no session number found; the draft says 1")
    w(4, f"number: {meta.session or 1}")
    if meta.session_title:
        y.lt(4, "title", meta.session_title)
    opens, closes = meta.opens, meta.closes
    if opens is None or closes is None or closes < opens:
        problems.append(f"{name}:1: no session dates found (\"Vienne, 11-15 avril 2011\"); "
                        "the draft says 2000-01-01")
        opens = closes = date(2000, 1, 1)
    w(4, f"opens: {opens.isoformat()}")
    w(4, f"closes: {closes.isoformat()}")
    y.lt(4, "venue", meta.venue or "Vienna")
    w(2, "agenda_item:")
    w(4, f"number: {_q(meta.agenda)}")
    w(4, f"provisional: {'true' if meta.provisional else 'false'}")
    w(4, f"agenda_symbol: {_q(d.agenda_symbol) if d.agenda_symbol else 'null'}")
    if meta.agenda_title:
        y.lt(4, "title", meta.agenda_title)
    y.lt(2, "theme", _theme(meta) or "Theme")
    y.lt(2, "title", meta.title or "Discussion guide")
    if meta.kind:
        y.lt(2, "kind", meta.kind)
    w(2, f"symbol: {_q(meta.symbol) if meta.symbol else 'null'}")
    if meta.symbol is None:
        # The symbol printed at the top of the first page (and on every page after): dropped
        # with the page headers, but the note's own.
        meta.symbol = next((t for no, t in dropped if no <= 5 and _DOC_SYMBOL.fullmatch(t)), None)
        if meta.symbol:
            symbol_at = len(y.out) - 1
            y.out[symbol_at] = f"  symbol: {_q(meta.symbol)}"
    y.src = meta.issued_line  # `--into` names the line of the document the date is on
    w(2, f"issued: {meta.issued.isoformat() if meta.issued else 'null'}")
    y.src = 0
    original = _language_code(meta.original, lang)
    if original:
        w(2, f"original_language: {original}")
    for line in meta.leftover:
        problems.append(f"{name}:{line.no}: header line not placed: {line.text}")
        w(0, "# could not place: " + _one_line(f"line {line.no}: {line.text}"))
    _references(y, d.references)
    if d.summary:
        w(0, "summary:")
        for p in d.summary:
            y.paragraph(2, p)
    w(0, "body:" if d.body else "body: []")
    y.blocks(2, d.body)
    notes = _resolve_serves(y, name)
    keep = [k for k, line in enumerate(y.out) if line is not None]
    text = "\n".join(y.out[k] for k in keep) + "\n"
    last = max((k for k, line in enumerate(raw, 1) if line.strip()), default=1)
    return Result(text, problems, y.questions, y.groups, [y.origin[k] for k in keep], notes, d.lost,
                  d.repeats, d.numbering, last)


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _references(y: _Yaml, refs: list[Ref]) -> None:
    """The related documents as `export` lists them: "Title — SYMBOL — DATE — note", the symbol
    and the date optional. `--into` pairs them with the guide's by symbol (then date)."""
    if not refs:
        return
    y.w(0, "references:")
    for k, ref in enumerate(refs, 1):
        y.src = ref.line
        title, *rest = [_clean(piece) for piece in ref.text.split(" — ")]
        symbol = rest.pop(0) if rest and _ANY_SYMBOL.fullmatch(rest[0]) else None
        when = rest.pop(0) if rest and _ISO_DATE.fullmatch(rest[0]) else None
        try:
            day = date.fromisoformat(when) if when else None
        except ValueError:
            day, rest = None, [when or "", *rest]
        slug = re.sub(r"[^a-z0-9]+", "-", symbol.lower()).strip("-") if symbol else str(k)
        y.w(2, f"- id: {y.uid('ref-' + slug)}")
        if symbol:
            y.w(4, f"symbol: {_q(symbol)}")
        if day:
            y.w(4, f"date: {day.isoformat()}")
        y.lt(4, "title", title.strip("*").strip() or title)
        if rest:
            y.lt(4, "note", " — ".join(rest))
    y.src = 0


def _resolve_serves(y: _Yaml, name: str) -> list[str]:
    """Each group's `serves:` line: the sub-theme the note names for it, else one leaf per group
    in order when the counts agree (as in 2011's note; said in a note), else none (a general
    group). Returns the notes to show."""
    notes: list[str] = []
    for k, (at, named, line, number) in enumerate(y.serves):
        pad = y.out[at][:len(y.out[at]) - len(y.out[at].lstrip())]
        if named is not None and named in y.top_labels:
            y.out[at] = f"{pad}serves: [{y.top_labels[named]}]"
            continue
        if named is not None:
            notes.append(f"{name}:{line}: note: group {number} names sub-theme {named}, which "
                         "the draft has not found; check its serves:")
        if len(y.leaves) == len(y.serves):
            y.out[at] = f"{pad}serves: [{y.leaves[k]}] # guessed from the order of the sub-themes: check"
            notes.append(f"{name}:{line}: note: group {number} serves {y.leaves[k]}, guessed from "
                         "the order of the sub-themes (no heading names one); check")
        else:
            y.out[at] = None  # type: ignore[call-overload]  # a general group: no serves line
    return notes


def import_guide(path: Path, lang: str, guide_id: str | None = None, gaps: bool = False) -> Result:
    raw, mode = read_source(path)
    if not any(line.strip() for line in raw):
        raise GuideImportError(f"{path}: empty; nothing to import")
    gid = guide_id or (re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")[:64] or "imported")
    return import_text(raw, mode, str(path), lang, gid, gaps)
