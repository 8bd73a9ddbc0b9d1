from __future__ import annotations

import shutil

import pytest

from tests.conftest import GUIDE_2011, MINIMAL
from tui.core.bank.search import load_bank, normalize, terms
from tui.core.text.problems import InputError


def test_normalize_folds_accents_case_and_quotes():
    assert normalize("Coopération  RÉGIONALE l’ère") == "cooperation regionale l'ere"


def test_terms_keep_quoted_phrases():
    assert terms('secteur "privé ou public" UNODC') == ["secteur", "prive ou public", "unodc"]


@pytest.fixture
def bank(tmp_path):
    shutil.copy(GUIDE_2011, tmp_path)
    shutil.copy(MINIMAL, tmp_path)
    (tmp_path / "broken.yaml").write_text("schema: [\n")
    return load_bank(tmp_path)


def test_search_is_accent_and_case_insensitive(bank):
    hits = bank.search("COOPERATION secteur prive", ("fr",))
    assert [(h.guide_id, h.ref) for h in hits] == [("ccpcj-20-2011", "7(b)")]


def test_search_finds_options_and_every_language(bank):
    hits = bank.search("notice-and-takedown")
    assert [(h.ref, h.lang) for h in hits] == [("7(m)(iv)", "en")]
    assert {h.guide_id for h in bank.search("first question")} == {"minimal"}


def test_every_word_must_match(bank):
    assert bank.search("INTERPOL grooming cooperation") == []
    assert bank.search("   ") == []


def test_invalid_guides_are_reported_not_fatal(bank):
    assert len(bank.guides) == 2
    assert bank.problems and bank.problems[0].file.endswith("broken.yaml")


def test_missing_bank(tmp_path):
    with pytest.raises(InputError):
        load_bank(tmp_path / "nowhere")


# -- whole words, prefixes, phrases, folding, ranking -------------------------------------------

def _bank_of(tmp_path, minimal_text, texts):
    """The minimal guide with its two questions and its option replaced by `texts`."""
    a, b, c = texts
    text = (minimal_text.replace("en: First question?", f"en: {a}")
            .replace("en: First option", f"en: {c}").replace("en: Second question?", f"en: {b}"))
    (tmp_path / "g.yaml").write_text(text, encoding="utf-8")
    return load_bank(tmp_path)


def test_words_match_whole_words_and_star_matches_a_prefix(tmp_path, minimal_text):
    bank = _bank_of(tmp_path, minimal_text, ("Smuggling of migrants", "A grant for victims",
                                            "Migration policies"))
    assert [h.ref for h in bank.search("grant")] == ["1(b)"]  # not inside "migrants"
    assert [h.ref for h in bank.search("migra*")] == ["1(a)", "1(a)(i)"]
    assert bank.search("migra") == []


def test_ligatures_and_invisible_characters_are_folded(tmp_path, minimal_text):
    bank = _bank_of(tmp_path, minimal_text, ("La mise en œuvre des normes", "Les cyber\u00adcriminels "
                                            "et la traite\u200b des personnes", "Une option"))
    assert [h.ref for h in bank.search("oeuvre")] == ["1(a)"]
    assert [h.ref for h in bank.search("MISE EN ŒUVRE")] == ["1(a)"]
    assert [h.ref for h in bank.search('"cybercriminels et la traite des"')] == ["1(b)"]


def test_a_phrase_matches_its_words_in_order(tmp_path, minimal_text):
    bank = _bank_of(tmp_path, minimal_text, ("legal aid for children", "aid and legal advice",
                                            "Une option"))
    assert [h.ref for h in bank.search('"legal aid"')] == ["1(a)"]
    assert [h.ref for h in bank.search("legal aid")] == ["1(a)", "1(b)"]


def test_results_are_ranked_phrase_first(tmp_path, minimal_text):
    bank = _bank_of(tmp_path, minimal_text, ("aid that is legal", "Free legal aid", "legal, and aid"))
    assert [h.ref for h in bank.search("legal aid")] == ["1(b)", "1(a)", "1(a)(i)"]


def test_highlight_spans_follow_the_original_text():
    from tui.core.bank.search import Query

    q = Query.parse("oeuvre cyber*")
    text = "Mise en œuvre: cyber\u00adcriminalité"
    assert [text[s:e] for s, e in q.spans(text)] == ["œuvre", "cyber"]


def test_search_for_nothing_has_no_terms(bank):
    assert bank.search('""') == [] and bank.search("*") == []
