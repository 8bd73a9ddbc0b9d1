"""mypy is part of the test suite: clean on tui/, strict on tui/core (configuration in pyproject.toml)."""

import re
import subprocess
import sys

from tests.conftest import ROOT

# A `type: ignore` must name its error code and say why on the same line, after a second `#`.
_IGNORE = re.compile(r"#\s*type:\s*ignore(?P<rest>.*)$")
_EXPLAINED = re.compile(r"^\[[a-z-]+(,\s*[a-z-]+)*\]\s+#\s*\S")


def test_mypy_is_clean():
    out = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


def test_every_type_ignore_says_why():
    unexplained = []
    for path in sorted((ROOT / "tui").rglob("*.py")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            m = _IGNORE.search(line)
            if m and not _EXPLAINED.match(m["rest"].strip()):
                unexplained.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert not unexplained, "\n".join(unexplained)
