"""Benchmark: load+validate a bank of 100 six-language guides, and search it.

Each generated guide is the 2011 guide with the four missing languages filled by text of the same
length (letters mapped into Arabic, Cyrillic and CJK ranges, Spanish-like word shuffles), so the
files have the size and shape of a real, complete guide. Figures are medians of repeated runs;
the baseline, measured in the same run, is libyaml parsing the same files into plain Python data
(what any loader must at least pay) — our loader adds strictness, positions and the schema.
The warm figure reads every file and hashes it, then rebuilds the validated guide from the cache.

    python bench/guide_bank.py [--guides 100] [--runs 5]
"""

from __future__ import annotations

import argparse
import copy
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.table import print_table  # noqa: E402
from tui.core.bank.cache import GuideCache  # noqa: E402
from tui.core.bank.search import load_bank, terms  # noqa: E402

SOURCE = ROOT / "questions" / "ccpcj-20-2011.yaml"
QUERIES = ["cooperation secteur prive", "grooming", "INTERPOL", "technical assistance",
           '"law enforcement"', "données", "отслеж*", "儿童", "enfants victimes", "zzzz-no-match"]


def _script(text: str, base: int, span: int) -> str:
    return "".join(chr(base + (ord(c) % span)) if c.isalpha() else c for c in text)


def _fill(node: object, rng: random.Random) -> object:
    """Add ar, zh, ru, es to every language map, from its French text."""
    if isinstance(node, dict):
        if "fr" in node and isinstance(node["fr"], str):
            fr = node["fr"]
            words = fr.split()
            rng.shuffle(words)
            node.update(ar=_script(fr, 0x0627, 36), zh=_script(fr[: len(fr) // 2], 0x4E00, 2000),
                        ru=_script(fr, 0x0430, 32), es=" ".join(words))
        for value in node.values():
            _fill(value, rng)
    elif isinstance(node, list):
        for value in node:
            _fill(value, rng)
    return node


def make_bank(directory: Path, count: int) -> int:
    base = yaml.safe_load(SOURCE.read_text(encoding="utf-8"))
    total = 0
    for i in range(count):
        rng = random.Random(i)
        doc = _fill(copy.deepcopy(base), rng)
        doc["id"] = f"bench-{i:03d}"
        dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
        text = yaml.dump(doc, Dumper=dumper, allow_unicode=True, sort_keys=False, width=100)
        (directory / f"bench-{i:03d}.yaml").write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    return total


def median_time(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--guides", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bank_dir = Path(tmp)
        size = make_bank(bank_dir, args.guides)
        files = sorted(bank_dir.glob("*.yaml"))
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

        def baseline() -> None:
            for f in files:
                yaml.load(f.read_bytes(), Loader=loader)

        cache_dir = bank_dir / "cache"
        bank = load_bank(bank_dir)
        assert len(bank.guides) == args.guides and not bank.problems, bank.problems[:3]
        t_base = median_time(baseline, args.runs)
        t_load = median_time(lambda: load_bank(bank_dir), args.runs)
        load_bank(bank_dir, GuideCache(cache_dir))  # fills the cache
        warm = GuideCache(cache_dir)
        t_warm = median_time(lambda: load_bank(bank_dir, warm), args.runs)
        assert warm.misses == 0, "the warm runs must all be cache hits"
        per_query = []
        for query in QUERIES:
            per_query.append(median_time(lambda q=query: bank.search(q), max(args.runs, 5)))
        t_search = statistics.median(per_query)
        worst = max(per_query)

        def substring_scan(query: str) -> list[object]:
            # The search before whole words: every entry's folded text scanned for each word.
            # It finds less (and more: "grant" in "migrants"), but it is the floor a scan costs.
            words = terms(query)
            return [e for e in bank.entries if all(w in e.folded for w in words)]

        per_query_base = [median_time(lambda q=query: substring_scan(q), max(args.runs, 5))
                          for query in QUERIES]
        t_search_base = statistics.median(per_query_base)
        env = {**os.environ, "DEBATE_CACHE_DIR": str(cache_dir)}
        cli = median_time(lambda: subprocess.run(
            [sys.executable, "-m", "tui", "guide", "search", "cooperation secteur prive",
             "--bank", str(bank_dir)], cwd=ROOT, capture_output=True, check=True, env=env), 3)

    print(f"bank: {args.guides} guides, six languages each, {size / 1e6:.1f} MB of YAML, "
          f"{len(bank.entries)} searchable texts; median of {args.runs} runs")
    rows = [
        ("libyaml parse only (baseline, same run)", t_base, None),
        ("load + validate whole bank, cold (no cache)", t_load, 1.0),
        ("load whole bank, warm (validated-guide cache)", t_warm, 1.0),
        ("substring scan of every text (baseline, same run)", t_search_base, None),
        ("search, median over 10 queries", t_search, 0.050),
        ("search, slowest query", worst, 0.050),
        ("`debate guide search` end to end, warm cache", cli, None),
    ]
    table = []
    for name, value, target in rows:
        goal = f"< {target * 1000:.0f} ms" if target else "-"
        flag = "" if target is None else (" ok" if value < target else " MISSED")
        table.append((name, f"{value * 1000:.1f} ms", goal + flag))
    print_table(table)
    print(f"cold loader cost over the libyaml baseline: {t_load / t_base:.2f}x; "
          f"warm load is {t_base / t_warm:.1f}x faster than the baseline; "
          f"search is {t_search_base / t_search:.1f}x faster than a substring scan (median query)")


if __name__ == "__main__":
    main()
