"""Every benchmark of the project in one table: runs each script and gathers its figures.

    python bench/report.py [--quick]

--quick runs each with fewer repetitions (a smoke check of the scripts, not figures to report).
It takes several minutes in full: the soak test alone kills writers 200 + 30 times.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BENCHES = [
    ("question bank", "guide_bank.py", [], ["--guides", "20", "--runs", "2"]),
    ("console", "console.py", [], ["--runs", "2", "--presses", "5", "--rounds", "1"]),
    ("summary", "summary.py", [], ["--runs", "3"]),
    ("durability", "soak.py", [], ["--runs", "5", "--console-runs", "1"]),
    ("session journal", "storage.py", [], ["--repeats", "5", "--sizes", "100,2000"]),
    ("start-up", "startup.py", [], ["--runs", "2"]),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    rows: list[tuple[str, str, str, str]] = []
    failed = []
    for name, script, full, quick in BENCHES:
        t = time.perf_counter()
        command = [sys.executable, str(ROOT / "bench" / script), *(quick if args.quick else full)]
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True,
                              env={**os.environ, "BENCH_TSV": "1"})
        print(f"{script}: {time.perf_counter() - t:.0f} s, exit {done.returncode}", file=sys.stderr)
        if done.returncode:
            failed.append(f"{script}: exit {done.returncode}: {(done.stderr or done.stdout)[-400:]}")
        for line in done.stdout.splitlines():
            if line.startswith("ROW\t"):
                measure, value, target = line.split("\t")[1:4]
                rows.append((name, measure, value, target))
    width = max(len(r[1]) for r in rows) + 2 if rows else 10
    print(f"{'benchmark':<15}{'measure':<{width}}{'value':>22}  target")
    for name, measure, value, target in rows:
        print(f"{name:<15}{measure:<{width}}{value:>22}  {target}")
    for line in failed:
        print("FAILED", line)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
