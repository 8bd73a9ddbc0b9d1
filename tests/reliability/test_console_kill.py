"""SIGKILL the real Chair's console (headless, driven by keys) in the middle of a debate."""

import os

from tests.reliability.killing import CONSOLE, kill_many

RUNS = int(os.environ.get("DEBATE_CONSOLE_KILLS", "8"))


def test_killed_console_loses_no_acknowledged_action(tmp_path):
    outcome = kill_many(tmp_path, RUNS, seed=int(os.environ.get("DEBATE_CRASH_SEED", "1")),
                        child_module=CONSOLE, longest=2.5)
    assert outcome.failures == []
    assert outcome.runs == RUNS and outcome.acknowledged >= RUNS
    assert outcome.corrupted == outcome.lost == 0
    assert outcome.max_clock_error < 1.0
