"""SIGKILL the real Chair's console (headless, driven by keys) in the middle of a debate."""

import os

from tests.reliability.killing import CONSOLE, kill_many

RUNS = int(os.environ.get("DEBATE_CONSOLE_KILLS", "8"))


def test_killed_console_loses_no_acknowledged_action(tmp_path):
    outcome = kill_many(tmp_path, RUNS, seed=int(os.environ.get("DEBATE_CRASH_SEED", "1")),
                        child_module=CONSOLE, longest=3.0)
    assert outcome.failures == []
    # Most of each window is the console starting; some kills must still land after actions.
    assert outcome.runs == RUNS and outcome.acknowledged >= 1
    assert outcome.corrupted == outcome.lost == 0
    assert outcome.max_clock_error < 1.0
