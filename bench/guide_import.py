"""Benchmark of `debate guide import` on the 2011 seed text (the French note as extracted).

Measured in-process, --runs times interleaved with the baseline: reading the file and splitting it
into lines (what any importer must do). Also timed: writing + loading the draft (`parse_guide`,
which the command runs so that it never writes a draft that would not load). Medians; target:
the import under 1 s.

    python bench/guide_import.py [--runs 15]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.table import print_table  # noqa: E402
from tui.core.bank.importer import import_guide  # noqa: E402
from tui.core.bank.loader import parse_guide  # noqa: E402

SEED = ROOT / "tests" / "data" / "seed-2011-fr.txt"


def baseline() -> None:
    SEED.read_text(encoding="utf-8").splitlines()


def importing() -> None:
    import_guide(SEED, "fr", "bench")


def importing_and_loading() -> None:
    parse_guide(import_guide(SEED, "fr", "bench").yaml.encode("utf-8"), "bench.yaml")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    cases = {"read + split the seed (baseline)": baseline,
             "`guide import` of the seed (importer only)": importing,
             "import + load the draft (as the command does)": importing_and_loading}
    for fn in cases.values():
        fn()  # warm: imports, disk cache
    times: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(args.runs):
        for name, fn in cases.items():
            t = time.perf_counter()
            fn()
            times[name].append((time.perf_counter() - t) * 1000)
    medians = {name: statistics.median(t) for name, t in times.items()}
    base = next(iter(medians.values()))
    rows = []
    for name, value in medians.items():
        target = "-" if value is medians[next(iter(medians))] else "< 1000 ms"
        rows.append((name, f"{value:.1f} ms ({value / base:.0f}×)", target))
    print_table(rows)


if __name__ == "__main__":
    main()
