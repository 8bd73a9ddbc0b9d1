"""The shared Markdown-to-Word writer: every text of the Markdown is in the document, as text."""

from __future__ import annotations

import io
import time
from datetime import datetime

from docx import Document

from tui.core.text.docx_writer import DocxOptions, docx_texts, markdown_texts, markdown_to_docx

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
    assert [p.style.name for p in doc.paragraphs if p.text == "I. Introduction"] == ["Heading 1"]
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
