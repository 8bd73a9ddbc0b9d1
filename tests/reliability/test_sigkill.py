"""SIGKILL a writer at random moments: every acknowledged action survives, the clock runs on."""

import os

import pytest

from tests.reliability.killing import kill_many

RUNS = int(os.environ.get("DEBATE_CRASH_RUNS", "50"))

pytestmark = pytest.mark.slow


def test_sigkill_loses_no_acknowledged_action(tmp_path):
    outcome = kill_many(tmp_path, RUNS, seed=int(os.environ.get("DEBATE_CRASH_SEED", "1")))
    assert outcome.failures == []
    assert outcome.runs == RUNS
    assert outcome.acknowledged > RUNS  # the kills landed in the middle of real work
    assert outcome.corrupted == outcome.lost == 0
    assert outcome.max_clock_error < 1.0
    assert not list(tmp_path.glob(".crash.json.*.tmp"))  # the last reopen cleaned them
