"""`debate run` builds the console with the cyclic collector off, then freezes what it built
(tui/cli/run.py, `long_lived`): the collector, back on, never walks those objects again."""

from __future__ import annotations

import gc

from tui.cli.run import long_lived


def test_the_console_is_built_without_the_collector_then_frozen():
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    try:
        with long_lived():
            assert not gc.isenabled()
            built = [[n] for n in range(1000)]  # objects the collector tracks
        assert gc.isenabled()
        assert gc.get_freeze_count() >= frozen + len(built)
    finally:
        gc.unfreeze()
        gc.enable()


def test_the_collector_stays_off_if_it_was_off():
    gc.disable()
    try:
        with long_lived():
            pass
        assert not gc.isenabled()
    finally:
        gc.unfreeze()
        gc.enable()
