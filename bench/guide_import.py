"""Benchmark of `debate guide import` on the 2011 seed text (the French note as extracted).

Measured in-process, --runs times interleaved with the baseline: reading the file and splitting it
into lines (what any importer must do). Also timed: writing + loading the draft (`parse_guide`,
which the command runs so that it never writes a draft that would not load), and `--into`: the
shipped guide's English Markdown export added to its French-only copy (import, pairing, the
edit and its read-back check, loading the result). Medians; target: the import under 1 s.

    python bench/guide_import.py [--runs 15]
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.table import print_table  # noqa: E402
from tui.core.bank.export import guide_markdown  # noqa: E402
from tui.core.bank.importer import import_guide  # noqa: E402
from tui.core.bank.language_into import merge  # noqa: E402
from tui.core.bank.loader import load_guide, parse_guide  # noqa: E402

SEED = ROOT / "tests" / "data" / "seed-2011-fr.txt"
SHIPPED = ROOT / "questions" / "ccpcj-20-2011.yaml"


def baseline() -> None:
    SEED.read_text(encoding="utf-8").splitlines()


def importing() -> None:
    import_guide(SEED, "fr", "bench")


def importing_and_loading() -> None:
    parse_guide(import_guide(SEED, "fr", "bench").yaml.encode("utf-8"), "bench.yaml")


def without(text: str, lang: str) -> str:
    """The guide's YAML with every `lang:` entry (and the lines folded under it) taken out (as
    tests/test_guide_import_into.py makes its French-only guide)."""
    out: list[str] = []
    skip: int | None = None
    for line in text.splitlines(keepends=True):
        indent = len(line) - len(line.lstrip(" "))
        if skip is not None and (not line.strip() or indent > skip):
            continue
        skip = None
        if re.match(rf"^\s*{lang}:(\s|$)", line):
            skip = indent
            continue
        out.append(line)
    return "".join(out)


def into_case(folder: Path) -> Callable[[], None]:
    english = folder / "guide-en.md"
    english.write_text(guide_markdown(load_guide(SHIPPED), "en"), encoding="utf-8")
    french = without(SHIPPED.read_text(encoding="utf-8"), "en")

    def importing_into() -> None:
        draft = import_guide(english, "en", "bench")
        m = merge(french, draft.yaml, draft.origin, "en", False, "guide.yaml", str(english))
        parse_guide(m.text.encode("utf-8"), "guide.yaml")

    return importing_into


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    cases = {"read + split the seed (baseline)": baseline,
             "`guide import` of the seed (importer only)": importing,
             "import + load the draft (as the command does)": importing_and_loading}
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="bench-import-"))
    cases["`import --into`: English export into the French-only guide"] = into_case(folder)
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
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
