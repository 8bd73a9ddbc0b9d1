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
