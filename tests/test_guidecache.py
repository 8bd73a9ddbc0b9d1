from __future__ import annotations

import shutil

from tests.conftest import GUIDE_2011, MINIMAL
from tui.core.bank.cache import GuideCache
from tui.core.bank.loader import load_guide
from tui.core.bank.search import load_bank
from tui.core.bank.search_text import fold_guide


def test_cached_guide_equals_a_fresh_load(tmp_path):
    cache = GuideCache(tmp_path / "cache")
    first, folded = cache.load_folded(GUIDE_2011)
    again, folded_again = cache.load_folded(GUIDE_2011)
    assert (cache.misses, cache.hits) == (1, 1)
    assert first == again == load_guide(GUIDE_2011)
    assert folded == folded_again == fold_guide(first)


def test_an_edit_is_a_miss_and_is_validated_again(tmp_path):
    guide = tmp_path / "g.yaml"
    shutil.copy(MINIMAL, guide)
    cache = GuideCache(tmp_path / "cache")
    cache.load(guide)
    guide.write_text(guide.read_text().replace("First question?", "Changed question?"))
    assert cache.load(guide).find("1(a)").question.text.text("en") == "Changed question?"
    assert cache.misses == 2


def test_damaged_cache_entries_are_ignored(tmp_path):
    cache_dir = tmp_path / "cache"
    GuideCache(cache_dir).load(MINIMAL)
    for entry in cache_dir.iterdir():
        entry.write_bytes(b"\x00garbage")
    cache = GuideCache(cache_dir)
    assert cache.load(MINIMAL).id == "minimal" and cache.misses == 1


def test_unwritable_cache_is_not_an_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert GuideCache(blocker / "cache").load(MINIMAL).id == "minimal"


def test_bank_with_and_without_cache_agree(tmp_path):
    bank_dir = tmp_path / "bank"
    bank_dir.mkdir()
    shutil.copy(GUIDE_2011, bank_dir)
    plain = load_bank(bank_dir)
    cached = load_bank(bank_dir, GuideCache(tmp_path / "cache"))
    warm = load_bank(bank_dir, GuideCache(tmp_path / "cache"))
    assert plain.entries == cached.entries == warm.entries
