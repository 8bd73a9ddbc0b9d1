"""The shared Markdown-to-Word writer: every text of the Markdown is in the document, as text."""

from __future__ import annotations

import io
import time
from datetime import datetime

from docx import Document

from tui.core.text.docx_writer import DocxOptions, W, docx_texts, markdown_texts, markdown_to_docx

SAMPLE = """# Title of the document

Commission on Crime Prevention and Criminal Justice\\
Twentieth session

## I. Introduction

1\\. A numbered paragraph with **bold** and *italic* text.

12\\. Another, with an escaped \\<b\\>tag\\</b\\> and a [link](https://example.org).

### A. A sub-heading

- a list item
- another

| No. | Speaker | Time |
|:--|:--|--:|
| 1 | Brazil | 4:40 |
| 2 | Le Brésil | 10:15 |
"""


def flat(text: str) -> str:
    return " ".join(text.split())


def test_every_markdown_text_is_in_the_document():
    data = markdown_to_docx(SAMPLE, DocxOptions("en", "Title"))
    body = [flat(t) for t in docx_texts(data)]
    for text in markdown_texts(SAMPLE):
        assert flat(text) in body, text


def test_layout_numbered_paragraphs_headings_and_tables():
    data = markdown_to_docx(SAMPLE, DocxOptions("fr", "Titre", symbol="E/CN.15/2011/11"))
    doc = Document(io.BytesIO(data))
    numbered = [p for p in doc.paragraphs if p.text.startswith("12.\t")]
    assert numbered and numbered[0].paragraph_format.first_line_indent < 0  # hanging number
    # The heading's number hangs in the margin like a paragraph's: "I.<tab>Introduction".
    assert [p.style.name for p in doc.paragraphs if p.text == "I.\tIntroduction"] == ["Heading 1"]
    assert doc.paragraphs[0].style.name == "Title"
    assert doc.sections[0].header.paragraphs[0].text == "E/CN.15/2011/11"
    table = doc.tables[0]
    assert [c.text for c in table.rows[2].cells] == ["2", "Le Brésil", "10:15"]
    assert table.rows[0].cells[0].paragraphs[0].runs[0].bold
    assert doc.core_properties.language == "fr"


def test_markup_in_text_stays_text():
    data = markdown_to_docx("1\\. \\<script\\>alert(1)\\</script\\> \\*not bold\\*\n")
    doc = Document(io.BytesIO(data))
    p = doc.paragraphs[0]
    assert p.text == "1.\t<script>alert(1)</script> *not bold*"
    assert not any(r.bold for r in p.runs)


def test_fixed_creation_date_gives_the_same_bytes_twice(monkeypatch):
    when = datetime(2011, 4, 15, 12, 0)
    options = DocxOptions(created=when)
    # The two saves happen a minute apart (zip members are stamped with the time of writing).
    monkeypatch.setattr(time, "time", lambda: 1_700_000_000.0)
    first = markdown_to_docx(SAMPLE, options)
    monkeypatch.setattr(time, "time", lambda: 1_700_000_060.0)
    assert markdown_to_docx(SAMPLE, options) == first


def test_fixed_creation_date_is_recorded():
    when = datetime(2011, 4, 15, 12, 0)
    doc = Document(io.BytesIO(markdown_to_docx(SAMPLE, DocxOptions(created=when))))
    assert doc.core_properties.created.replace(tzinfo=None) == when


# -- pages: nothing stranded at a page foot, nothing cut across two pages (issue 14) -------------

LONG = "**Commission**  \n**Session**  \nVienna, 11-15 April 2011\n\n# Title\n\n## Annex I. List\n\n" + \
    "| No. | Speaker |\n|:--|:--|\n" + "".join(f"| {n} | Speaker {n} |\n" for n in range(1, 41)) + \
    "\n## Annex II. Time\n\nThe figures.\n\n| | Total |\n|:--|--:|\n| A | 1:00 |\n| B | 2:00 |\n"


def _on(element, tag: str) -> bool:
    return element.find(f"{W}{tag}") is not None


def test_table_header_rows_repeat_and_rows_never_split():
    doc = Document(io.BytesIO(markdown_to_docx(LONG, DocxOptions("en", "Title"))))
    for table in doc.tables:
        rows = [row._tr.trPr for row in table.rows]
        assert all(pr is not None and _on(pr, "cantSplit") for pr in rows)
        assert _on(rows[0], "tblHeader")  # the header row repeats on each page
        assert not any(_on(pr, "tblHeader") for pr in rows[1:])
    # a short table stays on one page: every row but the last keeps with the next; a long one runs on
    short = doc.tables[1]
    assert all(row.cells[0].paragraphs[0].paragraph_format.keep_with_next for row in short.rows[:-1])
    assert not doc.tables[0].rows[5].cells[0].paragraphs[0].paragraph_format.keep_with_next


def test_headings_title_block_and_table_lead_in_keep_with_next():
    doc = Document(io.BytesIO(markdown_to_docx(LONG, DocxOptions("en", "Title", new_page=("Annex",)))))
    paragraphs = doc.paragraphs
    headings = [p for p in paragraphs if p.style.name.startswith("Heading") or p.style.name == "Title"]
    assert len(headings) == 3
    assert all(p.paragraph_format.keep_with_next for p in headings)  # on the paragraph itself
    block = next(p for p in paragraphs if p.text.startswith("Commission"))
    assert block.paragraph_format.keep_with_next and block.runs[0].bold
    assert next(p for p in paragraphs if p.text == "The figures.").paragraph_format.keep_with_next
    # annexes begin a new page; the title does not
    assert [p.text.split("\t")[0] for p in paragraphs if p.paragraph_format.page_break_before] == \
        ["Annex I. List", "Annex II. Time"]


def test_masthead_on_the_first_page_and_page_numbers_after_it():
    options = DocxOptions("fr", "Titre", symbol="E/CN.15/2011/CRP.1", masthead="Nations Unies")
    doc = Document(io.BytesIO(markdown_to_docx(LONG, options)))
    section = doc.sections[0]
    assert section.different_first_page_header_footer
    top = section.first_page_header.paragraphs[0]
    assert top.text == "Nations Unies\tE/CN.15/2011/CRP.1"
    assert _on(top._p.pPr, "pBdr")  # the thick rule under the masthead
    assert section.header.paragraphs[0].text == "E/CN.15/2011/CRP.1"  # the following pages
    assert "PAGE" in "".join(section.footer.paragraphs[0]._p.itertext())
    assert not section.first_page_footer.paragraphs[0].text
    # what the caller does not give is not invented: no symbol, no symbol line
    plain = Document(io.BytesIO(markdown_to_docx(LONG, DocxOptions("en", masthead="United Nations"))))
    assert plain.sections[0].first_page_header.paragraphs[0].text == "United Nations"


def test_paragraph_properties_as_word_reads_them():
    """The body is written as XML (docx_writer._Paragraph): what python-docx reads back is what
    its own calls used to write."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    markdown = LONG.replace("# Title", "# Title\n\n## I. Introduction\n\n1\\. **First** *point*.\n\n"
                                       "- an item\n  - a sub-item")
    doc = Document(io.BytesIO(markdown_to_docx(markdown, DocxOptions("en", "T", new_page=("Annex",)))))
    p = {x.text: x for x in doc.paragraphs}
    block = doc.paragraphs[0]
    assert block.text == "Commission\nSession\nVienna, 11-15 April 2011"  # hard line breaks
    assert block.paragraph_format.space_after == Pt(0) and block.paragraph_format.keep_with_next
    assert [r.bold for r in block.runs if r.text.strip()] == [True, True, None]
    def cm(length):  # Word stores twips: 1 cm is 567
        return None if length is None else round(length.twips / 567, 1)

    title = p["Title"].paragraph_format
    assert (cm(title.left_indent), cm(title.right_indent), title.keep_with_next) == (1, 1, True)
    numbered = p["1.\tFirst point."]
    fmt = numbered.paragraph_format
    assert (cm(fmt.left_indent), cm(fmt.first_line_indent)) == (1, -1)
    assert [cm(t.position) for t in fmt.tab_stops] == [1] and numbered.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert [(r.text, r.bold, r.italic) for r in numbered.runs] == [
        ("1.\t", None, None), ("First", True, None), (" ", None, None), ("point", None, True),
        (".", None, None)]
    assert fmt.space_after is None and not fmt.keep_with_next  # the style's spacing
    heading = p["I.\tIntroduction"].paragraph_format
    assert cm(heading.first_line_indent) == -1 and [cm(t.position) for t in heading.tab_stops] == [1]
    assert p["I.\tIntroduction"].style.name == "Heading 1" and heading.keep_with_next
    assert not heading.page_break_before and p["Annex I. List"].paragraph_format.page_break_before
    assert cm(p["an item"].paragraph_format.left_indent) == 1.6
    assert cm(p["a sub-item"].paragraph_format.left_indent) == 2.2
    # after a table, an empty paragraph (Word needs one between two tables)
    assert doc.element.body.index(doc.tables[0]._tbl) + 1 == doc.element.body.index(
        doc.paragraphs[[x.text for x in doc.paragraphs].index("", 1)]._p)
