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


_PYCACHE: str | None = None


def python_env() -> dict[str, str]:
    """The environment for the Python processes a benchmark starts: as this one's, but with a
    bytecode cache. The machines here set PYTHONDONTWRITEBYTECODE=1, so without this every
    process compiled all of the program's own modules from source (about 150 ms of the 560 of a
    `debate guide check` here), while the libraries it is compared with come with their
    bytecode: an installed program has its bytecode too. The cache is a folder of its own for
    the run (PYTHONPYCACHEPREFIX), filled by the warm-up runs and removed at exit."""
    global _PYCACHE
    if _PYCACHE is None:
        import atexit
        import shutil
        import tempfile

        _PYCACHE = tempfile.mkdtemp(prefix="bench-pycache-")
        atexit.register(shutil.rmtree, _PYCACHE, True)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = _PYCACHE
    return env
