"""The streamlined YAML event loop and the per-word search folding give exactly what the
straightforward versions gave (kept in tests/bank_reference/): the same nodes with the same
positions, tags and comments, the same problems, the same folded texts."""

from __future__ import annotations

import random
import sys
import tempfile
import unicodedata
from pathlib import Path

import pytest

from tests.bank_reference import search_text_v1, yaml_reader_v1
from tui.core.bank import search_text, yaml_reader
from tui.core.text.problems import InputError, Problems

ROOT = Path(__file__).resolve().parent.parent
GUIDES = sorted((ROOT / "questions").glob("*.yaml"))
CORPUS = GUIDES + sorted((ROOT / "tests" / "data").rglob("*.yaml"))


def tree(node):
    if node is None:
        return None
    if node.kind == "scalar":
        value = node.value
    elif node.kind == "seq":
        value = [tree(n) for n in node.value]
    else:
        value = [(tree(k), tree(v)) for k, v in node.value]
    return (node.kind, value, node.line, node.column, node.tag, node.plain, node.comment)


def both(text: str):
    out = []
    for module in (yaml_reader, yaml_reader_v1):
        problems = Problems("f.yaml")
        node = module.compose(text, problems)
        try:
            problems.raise_if_any()
            found = []
        except InputError as exc:
            found = [str(p) for p in exc.problems]
        out.append((tree(node), found))
    return out


def mutations(text: str, count: int, seed: int):
    """Broken variants of a guide: what authors and word processors do to YAML."""
    rng = random.Random(seed)
    pieces = [": ", " #", "\t# ", "\t", "\u0085", "\u2028", "'", '"', "[", "{", "- ", "&a ", "*a", "!!str ",
              "!!python/object ", "\r\n", "\r", "? ", "| ", "%", "---\n", "\u00a0", "\ufeff", "\x07", "é"]
    for _ in range(count):
        i = rng.randrange(len(text))
        if rng.random() < 0.2:
            yield text[:i] + text[i + rng.randrange(1, 40):]
        else:
            yield text[:i] + rng.choice(pieces) + text[i:]


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_same_nodes_and_problems_on_every_guide_and_broken_file(path):
    text = path.read_bytes().decode("utf-8", "replace")
    new, old = both(text)
    assert new == old


VARIANTS, PART = 150, 10


# The 150 variants in parts: the first runs in the fast tier, the whole corpus in the full suite.
@pytest.mark.parametrize("part", [
    0, *[pytest.param(k, marks=pytest.mark.slow) for k in range(1, VARIANTS // PART)]])
def test_same_nodes_and_problems_on_broken_variants_of_the_2011_guide(part):
    text = GUIDES[0].read_text(encoding="utf-8")
    for n, variant in enumerate(mutations(text, VARIANTS, seed=15)):
        if n // PART == part:
            new, old = both(variant)
            assert new == old, f"variant {n}"


@pytest.mark.slow
def test_same_nodes_on_a_generated_six_language_guide():
    sys.path.insert(0, str(ROOT))
    from bench.guide_bank import make_bank

    with tempfile.TemporaryDirectory() as tmp:
        make_bank(Path(tmp), 2)
        for path in sorted(Path(tmp).glob("*.yaml")):
            new, old = both(path.read_text(encoding="utf-8"))
            assert new == old and new[0] is not None


@pytest.mark.slow
def test_same_nodes_and_folds_on_the_whole_benchmark_bank():
    sys.path.insert(0, str(ROOT))
    from bench.guide_bank import make_bank
    from tui.core.bank.loader import load_guide

    with tempfile.TemporaryDirectory() as tmp:
        make_bank(Path(tmp), 100)
        for path in sorted(Path(tmp).glob("*.yaml")):
            new, old = both(path.read_text(encoding="utf-8"))
            assert new == old, path.name
            guide = load_guide(path)
            assert search_text.fold_guide(guide) == search_text_v1.fold_guide(guide), path.name


def test_folding_is_unchanged_on_every_text_of_the_guides_and_on_odd_characters():
    from tui.core.bank.loader import load_guide

    for path in GUIDES:
        guide = load_guide(path)
        assert search_text.fold_guide(guide) == search_text_v1.fold_guide(guide)
    rng = random.Random(7)
    # Every character class folding touches: accents, ligatures, compatibility forms that decompose
    # to a space (¨, ´), spaces and separators, invisible characters, final sigma, ß, Turkish i.
    odd = ("Àéîõüçñ œŒæÆ ﬁﬂ ¨´¸ \u00a0\u202f\u2028\u2029\u0085\u3000\u2003\u1680\x1c \u00ad\u200b\u200d"
           "\u2060\ufeff ΣΑΣ ς ß İı ½ ℌ ㎏ ’‘“”«» \t\n\r x")
    chars = [chr(c) for c in range(0x20, 0x3000) if unicodedata.category(chr(c))[0] != "C"] + list(odd)
    for _ in range(3000):
        text = "".join(rng.choice(chars) for _ in range(rng.randrange(0, 30)))
        assert search_text.normalize(text) == search_text_v1.normalize(text), repr(text)
        assert search_text.fold(text) == search_text_v1.fold(text), repr(text)
