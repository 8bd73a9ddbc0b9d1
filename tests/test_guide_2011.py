"""The 2011 guide must be in the bank in full, its French exactly as in the source."""

from __future__ import annotations

import re

from tests.conftest import DATA
from tui.core.bank.guide import Paragraph, QuestionGroup, Section
from tui.core.bank.readiness import counts, language_status, meta_texts, texts


def _fold(text: str, drop_footnotes: bool) -> str:
    # Extraction artefacts of the source: emphasis markers, bullets, "1^{er}"; footnote lines
    # sit between the two halves of a paragraph cut by a page break.
    text = text.replace("**", "").replace("^{er}", "er")
    text = re.sub(r"\*([^*\n]+)\*", r"\1", text)
    if drop_footnotes:
        text = re.sub(r"^[¹²³⁴⁵⁶*] .*$", "", text, flags=re.M)
    text = re.sub(r"^\s*-\s+", "", text, flags=re.M)
    return re.sub(r"\s+", " ", text)


_SOURCE = (DATA / "seed-2011-fr.txt").read_text(encoding="utf-8")
SEED = _fold(_SOURCE, drop_footnotes=True)
SEED_NOTES = _fold(_SOURCE, drop_footnotes=False)


def test_counts_are_those_of_the_2011_guide(guide_2011):
    assert counts(guide_2011) == {
        "subthemes": 2, "subtheme_items": 8, "question_groups": 8, "questions": 64,
        "options": 22, "paragraphs": 41, "background_paragraphs": 28, "references": 5,
    }


def test_languages(guide_2011):
    assert language_status(guide_2011) == {
        "ar": "missing", "zh": "missing", "en": "complete", "fr": "complete",
        "ru": "missing", "es": "missing"}


def test_every_numbered_paragraph_from_1_to_41_is_there(guide_2011):
    numbers = []
    for block in guide_2011.walk():
        if isinstance(block, Paragraph):
            numbers.append(block.number)
        elif isinstance(block, QuestionGroup):
            numbers.append(block.paragraph)
    assert numbers == list(range(1, 42))


def test_groups_map_to_the_sub_items_they_serve(guide_2011):
    serves = [g.serves for g in guide_2011.groups()]
    assert serves == [(f"st-{a}-{r}",) for a in "ab" for r in ("i", "ii", "iii", "iv")]
    assert [len(g.questions) for g in guide_2011.groups()] == [4, 10, 7, 7, 11, 6, 14, 5]


def test_background_section_is_paragraphs_14_to_41(guide_2011):
    background = next(b for b in guide_2011.walk() if isinstance(b, Section) and b.role)
    numbers = [b.number for b in _paragraphs(background)]
    assert numbers == list(range(14, 42))


def _paragraphs(section):
    for b in section.content:
        if isinstance(b, Paragraph):
            yield b
        elif isinstance(b, Section):
            yield from _paragraphs(b)


def test_french_text_is_the_source_text(guide_2011):
    """Every French text of the body appears verbatim in the source (white space folded)."""
    body_texts = [t for t in texts(guide_2011)][len(list(meta_texts(guide_2011))):]
    checked = 0
    for t in body_texts:
        fr = t.values.get("fr")
        if fr is None:
            continue
        if fr in SEED or fr in SEED_NOTES:
            checked += 1
        else:
            raise AssertionError(f"not in the source: {fr[:120]!r}")
    assert checked == 171 + 6  # every heading, paragraph, item and question, and the 6 footnotes


def test_references_by_group_number_and_by_paragraph(guide_2011):
    ref = guide_2011.find("7(m)(iv)")
    assert ref is not None and ref.id == "q12m-iv"
    assert ref.paragraph_ref == "¶12(m)(iv)"
    assert guide_2011.find("¶12(m)(iv)").id == "q12m-iv"
    assert guide_2011.find("p12(m)") .id == "q12m"
    assert guide_2011.find("q6a").ref == "1(a)"
    assert guide_2011.find("7(z)") is None
    assert guide_2011.find("nonsense") is None


def test_symbol_and_issue_date_are_left_unset(guide_2011):
    assert guide_2011.meta.symbol is None and guide_2011.meta.issued is None
    assert guide_2011.meta.agenda_symbol == "E/CN.15/2011/1"


def test_footnotes_are_kept(guide_2011):
    q = guide_2011.find("6(d)")
    assert [n.mark for n in q.question.notes] == ["1"]
    assert "Recueil des traités" in q.question.notes[0].text.values["fr"]
