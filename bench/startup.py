"""Benchmark of start-up: `debate --help` and `debate guide check questions/` against bare Python.

Each command runs as a new process (`python -m tui ...`, as the `debate` script does), --runs
times interleaved with the baseline, a bare `python -c pass` of the same interpreter and venv.
Medians; targets: `--help` ≤ 3× and `guide check questions/` ≤ 4× the bare interpreter (the
guide cache warm: one run first fills it). `--imports` also lists what `--help` imports.

    python bench/startup.py [--runs 15] [--imports]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.table import print_table, python_env  # noqa: E402

COMMANDS = {
    "bare python (`python -c pass`, baseline)": ["-c", "pass"],
    "`debate --help`": ["-m", "tui", "--help"],
    "`debate guide check questions/`": ["-m", "tui", "guide", "check", "questions/"],
}
TARGETS = {"`debate --help`": 3.0, "`debate guide check questions/`": 4.0}


def once(args: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run([sys.executable, *args], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env=python_env(),
                   check=False)
    return (time.perf_counter() - t) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--imports", action="store_true", help="list the modules `--help` imports")
    args = parser.parse_args()
    for argv in COMMANDS.values():
        once(argv)  # warm the disk cache, the bytecode cache and the guide cache
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(args.runs):
        for name, argv in COMMANDS.items():
            times[name].append(once(argv))
    medians = {name: statistics.median(t) for name, t in times.items()}
    base = next(iter(medians.values()))
    rows = []
    for name, value in medians.items():
        target = TARGETS.get(name)
        rows.append((name, f"{value:.0f} ms ({value / base:.2f}×)", f"≤ {target:g}×" if target else "-"))
    print_table(rows)
    if args.imports:
        out = subprocess.run([sys.executable, "-X", "importtime", "-m", "tui", "--help"], cwd=ROOT,
                             capture_output=True, text=True).stderr
        ours = [line.split("|")[-1].strip() for line in out.splitlines() if "tui" in line.split("|")[-1]]
        print("modules of tui imported by --help:", ", ".join(ours))


if __name__ == "__main__":
    main()
