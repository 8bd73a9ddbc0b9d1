"""User text in Markdown renders as exactly that text and never as markup."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from tui.core.text.md_escape import escape, normalise

MD = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])


def _one_paragraph_text(markdown: str) -> str:
    tokens = MD.parse(markdown)
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"], tokens
    inline = tokens[1]
    assert all(c.type in ("text", "softbreak") for c in inline.children), inline.children
    return "".join(c.content for c in inline.children)


@pytest.mark.slow
@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1))
@example("\u00a0x\u00a0")
@example("\u2028# x")
@example("x\x85 \u3000")
@example("1. a\n2. b")
@example("a\n===")
def test_escaped_text_is_one_paragraph_of_the_same_text(s):
    normalised = normalise(s)
    if not normalised:
        return
    assert _one_paragraph_text(escape(s)) == normalised


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("#>-+=*_`[]()!<>&|~\\:1. \nabc")), min_size=1, max_size=30))
def test_markdown_punctuation_soup(chars):
    s = "".join(chars)
    if normalise(s):
        assert _one_paragraph_text(escape(s)) == normalise(s)


def test_readable_source_for_ordinary_text():
    assert escape("Dans sa décision 2010/243, l'ère numérique: “oui”?") == \
        "Dans sa décision 2010/243, l'ère numérique: “oui”?"
