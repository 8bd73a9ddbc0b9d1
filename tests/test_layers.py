"""The import layers of design.md §2, checked by import-linter (contracts in pyproject.toml)."""

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def test_import_contracts_are_kept():
    lint_imports = Path(sys.executable).parent / "lint-imports"
    out = subprocess.run([str(lint_imports), "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    # Every contract ran: a contract dropped from pyproject.toml must be a decision, not an accident.
    assert "Contracts: 4 kept, 0 broken." in out.stdout, out.stdout
