from __future__ import annotations

import re

from markdown_it import MarkdownIt

from tui.core.bank.export import guide_markdown
from tui.core.bank.loader import parse_guide
from tui.core.text.markdown_html import render_document


def _tokens(markdown: str):
    return MarkdownIt("commonmark").parse(markdown)


def test_markdown_lays_out_the_guide_like_the_original(guide_2011):
    md = guide_markdown(guide_2011, "fr")
    headings = [t for t in _tokens(md) if t.type == "heading_open"]
    titles = re.findall(r"^#+ .*$", md, flags=re.M)
    assert titles[0].startswith("# Guide de discussion")
    assert "## Résumé" in titles and "## I. Introduction" in titles
    assert "#### 7. Questions sur la coopération régionale et internationale" in titles
    assert len(headings) == len(titles)
    # all 41 numbered paragraphs, in order, rendered as paragraphs (not as lists)
    numbers = [int(n) for n in re.findall(r"^(\d+)\\\. ", md, flags=re.M)]
    assert numbers == list(range(1, 42))
    assert not any(t.type == "ordered_list_open" for t in _tokens(md))
    assert "m) Comment trouver des méthodes efficaces" in md  # lettered as the French original
    assert "- iv) Il faudrait adopter à l'échelle internationale" in md
    assert "⁵ Pour plus d'informations" in md


def test_missing_language_falls_back_and_is_marked(guide_2011):
    md = guide_markdown(guide_2011, "es")
    assert "_(en)_" in md
    assert "aún no están disponibles en español y figuran en inglés" in md
    assert "_(en)_" not in guide_markdown(guide_2011, "en")


def test_html_is_rendered_without_raw_html(minimal_text):
    text = minimal_text.replace(
        "en: First question?",
        "en: '<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>'")
    guide = parse_guide(text.encode(), "x.yaml")
    page = render_document(guide_markdown(guide, "en"), "t", "en")
    assert "<script" not in page and "javascript:" not in page.replace("[x](javascript:", "")
    assert "<img" not in page and "&lt;script&gt;" in page
    assert page.startswith("<!DOCTYPE html>") and '<html lang="en" dir="ltr">' in page


def test_arabic_pages_are_right_to_left(guide_2011):
    assert 'dir="rtl"' in render_document("x", "t", "ar")


def test_the_french_guide_has_french_spacing(guide_2011):
    """A no-break space before : ; ! ? and inside « », as the French summary has, in the fixed
    texts and the guide's texts (was "Temps de parole: intervenants")."""
    md = guide_markdown(guide_2011, "fr")
    assert "Temps de parole\u00a0: intervenants 10:00, autres orateurs 5:00" in md  # 10:00 untouched
    assert "Original\u00a0: français" in md
    assert "numérique\u00a0: de l'utilisation malveillante" in md
    assert "aux groupes régionaux\u00a0;" in md and "les enfants sont exposés\u00a0?" in md
    assert not re.search(r"(« | [;:!?»]|[^\W\d][;!?»](?:\s|$)|[^\W\d]:\s)", md)
    assert "\u00a0" not in guide_markdown(guide_2011, "en")


def test_a_passage_in_another_language_keeps_its_spacing(minimal_text):
    text = minimal_text.replace("en: Questions could include the following",
                                "en: Questions could include the following\n            fr: Pourquoi? Voici")
    guide = parse_guide(text.encode(), "x.yaml")
    md = guide_markdown(guide, "fr")
    assert "Pourquoi\u00a0? Voici" in md
    assert "First question? _(en)_" in md  # English, given in the French document: as typed


def test_the_french_page_and_word_titles_have_french_spacing(guide_2011):
    import io

    from docx import Document

    from tui.cli.guide import export_document

    html = export_document(guide_2011, "fr", "html").decode()
    assert "numérique\u00a0: l&#x27;utilisation" in re.search(r"<title>(.*?)</title>", html).group(1)
    doc = Document(io.BytesIO(export_document(guide_2011, "fr", "docx")))
    assert "numérique\u00a0: l'utilisation" in doc.core_properties.title
