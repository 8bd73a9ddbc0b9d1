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
