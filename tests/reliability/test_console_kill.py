"""SIGKILL the real Chair's console (headless, driven by keys) in the middle of a debate."""

import os

import pytest

from tests.reliability.killing import CONSOLE, kill_many

RUNS = int(os.environ.get("DEBATE_CONSOLE_KILLS", "6"))
# Each kill waits until the console is up and has acknowledged this many actions, then lands at a
# random moment in the next 0.4 s, while keys are still being pressed and actions written.
AFTER_ACKS = 5

pytestmark = pytest.mark.slow


def test_killed_console_loses_no_acknowledged_action(tmp_path):
    outcome = kill_many(tmp_path, RUNS, seed=int(os.environ.get("DEBATE_CRASH_SEED", "1")),
                        child_module=CONSOLE, longest=0.4, after_acks=AFTER_ACKS)
    assert outcome.failures == []
    assert outcome.runs == RUNS
    # Every kill landed after the console had acknowledged actions, so each run checked something.
    assert outcome.killed_acting == RUNS
    assert outcome.acknowledged >= RUNS * AFTER_ACKS
    assert outcome.corrupted == outcome.lost == 0
    assert outcome.max_clock_error < 1.0
