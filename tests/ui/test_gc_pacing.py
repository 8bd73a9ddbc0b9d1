"""Full garbage collections wait for the Chair to pause (tui/gc_pacing.py): while the console runs
the interpreter starts none of its own, the console makes the one that is due when no key came
for IDLE seconds, or after LONGEST seconds of keys. A fake clock says when the last key was."""

from __future__ import annotations

import gc

import pytest

from tui.gc_pacing import IDLE, LONGEST, OUT_OF_REACH, Collections


class Monotonic:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def make_due(collections: Collections) -> None:
    """As many collections of the middle generation as Python counts before a full one."""
    assert collections.saved is not None
    for _ in range(collections.saved[2] + 1):
        gc.collect(1)
    assert collections.due()


@pytest.fixture
def paced():
    clock = Monotonic()
    collections = Collections(clock)
    before = gc.get_threshold()
    collections.start()
    yield collections, clock
    collections.stop()
    assert gc.get_threshold() == before


def test_the_interpreter_starts_no_full_collection_while_it_runs(paced):
    collections, _ = paced
    assert gc.get_threshold()[2] == OUT_OF_REACH
    assert gc.get_threshold()[:2] == collections.saved[:2]  # the young ones as usual


def test_a_due_collection_waits_for_a_pause(paced):
    collections, clock = paced
    make_due(collections)
    collections.key()
    clock.t += IDLE / 2
    assert not collections.tick() and collections.collections == 0  # the Chair is typing
    clock.t += IDLE
    assert collections.tick() and collections.collections == 1
    assert gc.get_count()[2] == 0 and not collections.due()
    clock.t += 10
    assert not collections.tick()  # nothing due: nothing collected


def test_a_due_collection_waits_no_longer_than_longest(paced):
    collections, clock = paced
    make_due(collections)
    for _ in range(int(LONGEST / (IDLE / 2)) - 1):  # keys every IDLE / 2 seconds
        clock.t += IDLE / 2
        collections.key()
        assert not collections.tick()
    clock.t += IDLE / 2
    collections.key()
    assert collections.tick() and collections.collections == 1


async def test_the_console_paces_its_collections(console):
    before = gc.get_threshold()
    clock = Monotonic()
    async with console.app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        collections = console.app.collections
        collections.clock = clock
        assert gc.get_threshold()[2] == OUT_OF_REACH
        clock.t += 10  # long after the start: a pause
        make_due(collections)
        await pilot.press("down")  # a key: the collection waits
        await pilot.pause()
        assert not collections.tick() and collections.collections == 0
        clock.t += IDLE + 0.1
        collections.tick()  # (the console's own timer may have made it first)
        assert collections.collections == 1
    assert gc.get_threshold() == before  # the collector as it was once the console is gone
