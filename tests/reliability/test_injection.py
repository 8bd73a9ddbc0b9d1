"""Typed text (names, points) can never become markup in the summary, in Markdown nor in HTML.

The corpus is tests/data/injection.txt, one attempt per line."""

from __future__ import annotations

import re

import pytest
from markdown_it import MarkdownIt

from tests.conftest import DATA
from tests.summarykit import session_with
from tui.core.debate.session_meta import SessionMeta
from tui.core.summary.document import Options, build_summary
from tui.core.summary.export import export

INJECTIONS = [line for line in (DATA / "injection.txt").read_text(encoding="utf-8").splitlines()
              if line and not line.startswith("# One attempt")]
MD = MarkdownIt("commonmark", {"html": False}).enable("table")


INLINE_ALLOWED = ("text", "softbreak", "hardbreak", "strong_open", "strong_close")
ALLOWED_BLOCKS = {"heading_open", "heading_close", "paragraph_open", "paragraph_close", "inline",
                  "table_open", "table_close", "thead_open", "thead_close", "tbody_open", "tbody_close",
                  "tr_open", "tr_close", "th_open", "th_close", "td_open", "td_close"}


def test_injection_corpus_has_enough_cases():
    assert len(INJECTIONS) >= 25


@pytest.mark.parametrize("attempt", INJECTIONS)
@pytest.mark.parametrize("attribution", ["unattributed", "named"])
def test_typed_text_never_becomes_markup(guide_2011, attempt, attribution):
    s, clock = session_with(guide_2011, attempt, attempt if attempt.strip(" #>-*+=|`~") else "X")
    options = Options("en", attribution)
    md = build_summary(SessionMeta("x"), s.state, guide_2011, clock.now(), options).markdown
    tokens = MD.parse(md)
    assert {t.type for t in tokens} <= ALLOWED_BLOCKS
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    # title, I, II, A. Other points, III, Annex I, Annex II and its two tables: nothing more
    assert len(headings) == 9 and headings[3] == "A. Other points"
    for t in tokens:
        for child in t.children or []:
            assert child.type in INLINE_ALLOWED, (attempt, child)
    html = export("html", SessionMeta("x"), s.state, guide_2011, clock.now(), Options("en", attribution))
    assert "<script" not in html.lower()
    assert not re.search(r"<[^>]*\son\w+\s*=", html, re.I)  # no event handler attribute on any tag
    assert not re.search(r"<a\s", html, re.I)  # no link at all: the summary has none of its own
    assert "javascript:" not in re.sub(r"&[a-z]+;", "", "".join(re.findall(r"<[^>]*>", html))).lower()
    if "\\" not in attempt:  # the escapes were consumed: no backslash the user did not type
        assert "\\" not in re.sub(r"<[^>]*>", "", html)


