from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

# The machines here set PYTHONDONTWRITEBYTECODE=1, so every test run (and every CLI subprocess a
# test starts) compiled all of our modules, and pytest rewrote every test module, from source: 4-5 s
# of each run's collection. The bytecode goes to the __pycache__ folders git ignores, as an installed
# program's would; a test that needs a cold start sets its own environment.
sys.dont_write_bytecode = False
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)

# Meetings and the forecast show the room's local time: the tests (and the snapshots) read it in
# one zone, whatever machine runs them.
os.environ["TZ"] = "UTC"
time.tzset()

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
GUIDE_2011 = ROOT / "questions" / "ccpcj-20-2011.yaml"
MINIMAL = DATA / "minimal.yaml"


@pytest.fixture(scope="session")
def guide_2011():
    from tui.core.bank.loader import load_guide

    return load_guide(GUIDE_2011)


@pytest.fixture(scope="session")
def minimal_text() -> str:
    return MINIMAL.read_text(encoding="utf-8")


@pytest.fixture
def sdir(tmp_path, monkeypatch):
    """A sessions folder of the test's own, given to the CLI as $DEBATE_SESSIONS_DIR."""
    d = tmp_path / "sessions"
    monkeypatch.setenv("DEBATE_SESSIONS_DIR", str(d))
    return d


def pytest_configure(config):
    # A run that leaves tests out by marker (`-m "not slow"`) leaves their snapshot pictures unused:
    # syrupy would fail it for that. Only the full run, which uses them all, fails on unused ones.
    if config.getoption("markexpr", "") and hasattr(config.option, "warn_unused_snapshots"):
        config.option.warn_unused_snapshots = True
