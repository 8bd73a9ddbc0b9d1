"""One way for every benchmark to print its figures, so that bench/report.py can gather them.

Each row is (measure, value, target). With BENCH_TSV=1 in the environment the rows are also
printed as `ROW<TAB>measure<TAB>value<TAB>target` lines for the report to collect."""

from __future__ import annotations

import os
from collections.abc import Sequence

Row = tuple[str, str, str]


def print_table(rows: Sequence[Row]) -> None:
    width = max(len(r[0]) for r in rows) + 2
    value_width = max(len(r[1]) for r in rows) + 2
    print(f"{'measure':<{width}}{'value':>{value_width}}  target")
    for name, value, target in rows:
        print(f"{name:<{width}}{value:>{value_width}}  {target}")
    if os.environ.get("BENCH_TSV"):
        for row in rows:
            print("ROW\t" + "\t".join(row))
