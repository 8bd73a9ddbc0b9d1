"""Opening a session reads 50,000 events through fast paths (issue 18): each must give exactly
what the plain code gives. The event checks' fast form (`validate.valid`) may only say True for
an event `check_event` accepts; the journal's bulk replay (`_apply_all`) builds the same tables and
counts as `_apply` line by line; `fold` gives the state `apply` event by event gives; the bulk
admission of events (`admit_events`) refuses the same events with the same message."""

from __future__ import annotations

import copy
import json
import math
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.reliability.test_hostile_sessions import CASES
from tui.core.debate.clock import FakeClock
from tui.core.debate.engine import MemoryLog, Session
from tui.core.debate.participants import Participant
from tui.core.debate.state import State, apply, effective, fold
from tui.core.storage import validate
from tui.core.storage.journal import JournalStorage
from tui.core.storage.session_store import InvalidSession, admit_events

PEOPLE = [Participant.make(n, c, g) for n, c, g in (
    ("Brazil", "member-state", "GRULAC"), ("France", "member-state", "WEOG"),
    ("Ana Ruiz", "panellist", None), ("UNODC", "un-entity", None))]


def rich_session() -> list[dict]:
    """Every common kind of event, undos among them, meetings opened and closed."""
    clock = FakeClock()
    s = Session(MemoryLog(), clock)
    s.opened(None)
    s.plan_meetings([(clock.now(), clock.now() + 3 * 3600), (clock.now() + 4 * 3600, clock.now() + 7 * 3600)])
    for n in range(12):
        s.add_speakers([PEOPLE[n % 4], PEOPLE[(n + 1) % 4]])
        s.give_floor()
        clock.advance(30)
        if n % 3 == 0:
            s.pause()
            clock.advance(5)
            s.resume()
        s.add_point(f"Point {n}: protection of children online", main=n % 2 == 0)
        if n % 4 == 1:
            s.undo()
        clock.advance(20)
        s.end()
        if n % 5 == 2:
            s.close_list()
            s.undo()
        if n == 6:
            s.closed()
            clock.advance(600)
            s.opened(clock.now() - 500)  # the console was down: downtime, not an action
    s.set_topic("Sub-theme 2", None)
    s.finish()
    return s.events


def reference_fold(events: list[dict]) -> State:
    """fold as it was written before issue 18: `apply` on each event in effect."""
    s = State()
    for ev in effective(events):
        apply(s, ev)
    if events:
        s.last_seq = max(ev["seq"] for ev in events)
        s.last_at = max(s.last_at, max(ev["at"] for ev in events))
    return s


def test_fold_gives_the_state_apply_gives_event_by_event():
    events = rich_session()
    assert any(ev["type"] == "undo" for ev in events)
    for n in range(0, len(events) + 1, 7):
        assert fold(events[:n]) == reference_fold(events[:n])
    assert fold(iter(events)) == reference_fold(events)


def test_every_event_the_engine_writes_takes_the_fast_path():
    # Otherwise opening silently falls back to the slow checks (correct, but what issue 18 fixed).
    events = rich_session()
    assert all(validate.valid(ev) for ev in events)
    assert {ev["type"] for ev in events} >= {"list.add", "floor.give", "point.add", "floor.end", "undo"}


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_fast_path_accepts_no_hostile_event(name):
    try:
        patch = json.loads(CASES[name])
    except (ValueError, RecursionError):
        return  # not JSON (or too deep for it): refused before any event check
    for docs in (patch.values() if isinstance(patch, dict) else []):
        for event in (docs.values() if isinstance(docs, dict) else []):
            if validate.valid(event):
                assert validate._event_problem(event) is None, name


# Values that break some check: every type JSON has, bounds and just past them, NaN and infinities.
ODD_VALUES = [
    None, True, False, 0, 1, -1, 2**31, 2**31 + 1, 2**70, 0.5, -0.5, math.nan, math.inf, -math.inf,
    1e308, 7_258_118_400.0, 7_258_118_401.0, 315_360_000, 315_360_001, "", "x", "x" * 20_000,
    "x" * 20_001, "en", "fr", "notes", "statement", "member-state", "african", "GRULAC", [], [1, 2],
    [None], [{}], {}, {"name": "Brazil", "category": "member-state"}, {"start": 1.0, "end": 2.0},
    [[[[[[[[[[1]]]]]]]]]], {"a": {"b": {"c": {"d": {"e": {"f": {"g": {"h": {"i": 1}}}}}}}}}]
ODD = st.sampled_from(ODD_VALUES)


@st.composite
def mutated_events(draw):
    """A good event of the engine with one to three of its values (at any depth) replaced, added
    or removed."""
    event = json.loads(json.dumps(draw(st.sampled_from(GOOD))))
    for _ in range(draw(st.integers(1, 3))):
        places = list(_places(event))  # every value at any depth, equally likely
        holder, key = draw(st.sampled_from(places))
        action = draw(st.sampled_from(["replace", "replace", "remove", "add"]))
        if action == "replace":
            holder[key] = copy.deepcopy(draw(ODD))
        elif action == "remove" and isinstance(holder, dict):
            del holder[key]
        elif isinstance(holder, dict):
            name = draw(st.sampled_from(["extra", "seq", "text", "name", "lang", "verb"]))
            holder[name] = copy.deepcopy(draw(ODD))
        else:
            holder.append(copy.deepcopy(draw(ODD)))
    return event


def _places(value):
    for key in (list(value) if isinstance(value, dict) else range(len(value))):
        yield value, key
        if isinstance(value[key], dict | list):
            yield from _places(value[key])


GOOD = [
    *{ev["type"]: ev for ev in rich_session() if ev["data"]}.values(),
    {"seq": 9, "type": "point.add", "at": 1302508800.0,
     "data": {"text": "t", "by": None, "subtheme": "s", "question": None, "main": True,
              "conclusion": False, "verb": None, "lang": "fr"}},
    {"seq": 9, "type": "floor.point-of-order", "at": 1302508800,
     "data": {"participant": {"name": "Brazil", "category": "member-state", "group": None},
              "limit": 120, "open_meeting": None}},
    {"seq": 9, "type": "floor.extend", "at": 1302508800.0, "data": {"seconds": -60}},
    {"seq": 9, "type": "point.merge", "at": 1302508800.0, "data": {"points": [3, 4], "text": "m"}},
]


def test_the_fast_path_refuses_every_single_odd_value_the_checks_refuse():
    # Exhaustive over one change: each value of each good event (at any depth) replaced by each
    # odd value, or removed, and each odd value added as a new field or list item.
    checked = 0
    for good in GOOD:
        for n, _ in enumerate(_places(good)):
            for odd in [*ODD_VALUES, "remove", "add"]:
                event = copy.deepcopy(good)
                holder, key = list(_places(event))[n]
                if odd == "remove":
                    if not isinstance(holder, dict):
                        continue
                    del holder[key]
                elif odd == "add":
                    for extra in ODD_VALUES:
                        added = copy.deepcopy(event)
                        inner, _ = list(_places(added))[n]
                        if isinstance(inner, dict):
                            inner["extra"] = copy.deepcopy(extra)
                        else:
                            inner.append(copy.deepcopy(extra))
                        _fast_implies_accepted(added)
                    continue
                else:
                    holder[key] = copy.deepcopy(odd)
                _fast_implies_accepted(event)
                checked += 1
    assert checked > 3000


def _fast_implies_accepted(event):
    if validate.valid(event):
        assert validate._event_problem(event) is None


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_events())
def test_the_fast_path_says_true_only_when_the_checks_accept(event):
    _fast_implies_accepted(event)


@pytest.mark.slow
@settings(max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_events())
def test_the_fast_path_says_true_only_when_the_checks_accept_many(event):
    _fast_implies_accepted(event)


def _ids(n: int) -> list[dict]:
    return [{"seq": i, "type": "floor.end", "at": 1302508800.0 + i, "data": {}} for i in range(1, n + 1)]


@pytest.mark.parametrize("events, seen, message", [
    ([*_ids(3), {"seq": 2, "type": "floor.end", "at": 1302508900.0, "data": {}}], set(),
     "event number 2 appears twice"),
    (_ids(3), {2}, "event number 2 appears twice"),
    ([*_ids(2), {"seq": 3, "type": "floor.end", "at": "noon", "data": {}}, *_ids(1)], set(), "event 3: 'at'"),
    # The first problem in file order is the one said, whichever kind it is.
    ([*_ids(2), _ids(1)[0], {"seq": 4, "type": "nope", "at": 1.0, "data": {}}], set(),
     "event number 1 appears twice"),
])
def test_admitting_in_bulk_refuses_what_one_by_one_refused(events, seen, message):
    before = set(seen)
    with pytest.raises(InvalidSession, match=message):
        admit_events(events, Path("s.json"), seen)
    assert seen >= before


def test_admitting_in_bulk_adds_the_numbers_seen():
    seen = {100}
    admit_events(_ids(3), Path("s.json"), seen)
    assert seen == {1, 2, 3, 100}


def test_the_journal_replays_in_bulk_as_line_by_line(tmp_path):
    lines = [{"session": {"1": {"id": "s", "format": 2}}}, {"events": {}},
             {"events": {"1": {"a": 1}}}, {"events": {"2": {"a": 2}}},
             {"events": {"1": {"a": 3}}},  # replaces a document
             {"events": {"2": None}},  # deletes one
             {"events": {"3": {"a": 4}, "4": {"a": 5}}},  # two in one line
             {"other": {"1": {"b": 1}}},  # a table that did not exist
             {"other": None},  # dropped
             {"events": {"5": {"a": 6}}}]
    path = tmp_path / "s.json"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    bulk = JournalStorage(path, read_only=True)
    one_by_one = JournalStorage(path, read_only=True)
    one_by_one._tables, one_by_one._live, one_by_one._waste = {}, 0, 0
    for line in lines:
        one_by_one._apply(line)
    assert (bulk._tables, bulk._live, bulk._waste) == (
        one_by_one._tables, one_by_one._live, one_by_one._waste)
    assert bulk._live == 5 and bulk._waste == 3


def test_a_session_where_the_chair_set_the_limits_takes_the_fast_path():
    event = {"seq": 9, "type": "limits.set", "at": 1302508800.0,
             "data": {"limits": {"panellist": 600, "participant": 300, "warning": 30,
                                 "categories": {"ngo": 180, "igo": 240.5}}}}
    assert validate.valid(event)
    for odd in ({"king": 180}, {"ngo": -1}, {"ngo": math.nan}, {"ngo": "3:00"}, [180]):
        bad = copy.deepcopy(event)
        bad["data"]["limits"]["categories"] = odd
        assert not validate.valid(bad) and validate._event_problem(bad), odd


def test_the_checks_give_the_numbers_of_the_events_they_admit():
    events = rich_session()
    seen: set[int] = set()
    numbers, instants = admit_events(events, Path("s.json"), seen)
    assert list(numbers) == [ev["seq"] for ev in events] and list(instants) == [ev["at"] for ev in events]
    assert validate.numbers_if_valid({**events[0], "seq": 0}) is None


def test_opening_freezes_what_it_read_until_the_session_is_closed(tmp_path):
    # What opening made is left out of later collections while the session is open (gc.freeze),
    # and given back to them when it closes: nothing stays frozen, garbage frozen with it is
    # collected after the close.
    import gc
    import weakref

    from tui.core.debate.session_meta import SessionMeta
    from tui.core.storage.session_store import SessionStore
    from tui.core.storage.sessions import open_session

    with SessionStore.create(tmp_path, SessionMeta("s", title="t", created=0.0)) as store:
        s = Session(store, FakeClock())
        for person in PEOPLE:
            s.add_speaker(person)
    gc.collect()
    assert gc.get_freeze_count() == 0

    class Cycle:
        def __init__(self) -> None:
            self.me = self

    junk = Cycle()
    gone = weakref.ref(junk)
    del junk  # garbage, not yet collected when the session is read
    session = open_session(tmp_path / "s.json", FakeClock(), writer=False)
    assert gc.get_freeze_count() > len(session.events)
    gc.collect()
    assert gone() is not None  # frozen with the session
    session.close()
    assert gc.get_freeze_count() == 0
    gc.collect()
    assert gone() is None


def test_a_reader_puts_events_appended_out_of_order_back_in_order(tmp_path):
    from tui.core.debate.session_meta import SessionMeta
    from tui.core.storage.session_store import SessionStore

    with SessionStore.create(tmp_path, SessionMeta("s", title="t", created=0.0)) as store:
        Session(store, FakeClock()).add_speaker(PEOPLE[0])
    path = tmp_path / "s.json"
    reader = SessionStore.open(path, writer=False)
    with path.open("ab") as fh:  # two events of another writer, the later one first
        for seq in (3, 2):
            fh.write(json.dumps({"events": {str(seq): {"seq": seq, "type": "list.close",
                                                       "at": 1302508800.0, "data": {}}}}).encode() + b"\n")
    assert reader.changes() is not None
    assert [ev["seq"] for ev in reader.events()] == [1, 2, 3]
    reader.close()
