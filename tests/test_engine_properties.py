"""Random sequences of the Chair's actions and undos against the engine's invariants."""

import copy
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from tests.enginekit import BRAZIL, FRANCE, NIGERIA, PANELLIST, UNODC
from tui.core.debate.clock import FakeClock
from tui.core.debate.engine import EngineError, MemoryLog, Session
from tui.core.debate.state import fold

PEOPLE = st.sampled_from([BRAZIL, FRANCE, NIGERIA, PANELLIST, UNODC])


def comparable(state):
    # Undo events move the sequence number and the last instant on; nothing else may differ.
    return replace(copy.deepcopy(state), last_seq=0, last_at=0.0)


class Debate(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.clock = FakeClock()
        self.log = MemoryLog()
        self.session = Session(self.log, self.clock)
        self.history = [comparable(self.session.state)]  # state before each action still in effect
        self.watch = None  # (intervention id, elapsed) while the same speaker runs

    def act(self, action, *args, **kwargs):
        try:
            action(*args, **kwargs)
        except EngineError:
            return
        self.history.append(comparable(self.session.state))

    def pick(self, data, ids):
        return data.draw(st.sampled_from(sorted(ids))) if ids else 999

    @rule(p=PEOPLE, position=st.none() | st.integers(0, 8), reply=st.booleans())
    def add(self, p, position, reply):
        self.act(self.session.add_speaker, p, position, reply)

    @rule(data=st.data())
    def remove(self, data):
        self.act(self.session.remove, self.pick(data, self.session.state.order))

    @rule(data=st.data(), delta=st.integers(-3, 3))
    def move(self, data, delta):
        self.act(self.session.move_by, self.pick(data, self.session.state.order), delta)

    @rule(data=st.data())
    def give_floor_any(self, data):
        self.act(self.session.give_floor, self.pick(data, self.session.state.order))

    @rule()
    def next_speaker(self):
        self.act(self.session.give_floor)

    @rule()
    def toggle(self):
        self.act(self.session.toggle_pause)

    @rule()
    def end(self):
        self.act(self.session.end)

    @rule(p=PEOPLE)
    def point_of_order(self, p):
        self.act(self.session.point_of_order, p)

    @rule()
    def close_or_open(self):
        self.act(self.session.reopen_list if self.session.state.closed else self.session.close_list)

    @rule(text=st.text(min_size=1, max_size=20), main=st.booleans())
    def point(self, text, main):
        self.act(self.session.add_point, text, main=main)

    @rule(data=st.data())
    def delete_point(self, data):
        self.act(self.session.delete_point, self.pick(data, self.session.state.points))

    @rule(hours=st.integers(0, 3))
    def plan_meetings(self, hours):
        start = self.clock.now() + hours * 3600
        plan = [(start, start + 3 * 3600), (start + 5 * 3600, start + 8 * 3600)]
        self.act(self.session.plan_meetings, plan)

    @rule()
    def open_or_close_meeting(self):
        current = self.session.state.current_meeting()
        self.act(self.session.open_meeting if current is None else self.session.close_meeting)

    @rule(seconds=st.floats(0, 400, allow_nan=False))
    def time_passes(self, seconds):
        self.clock.advance(seconds)

    @precondition(lambda self: len(self.history) > 1)
    @rule(n=st.integers(1, 4))
    def undo(self, n):
        n = min(n, len(self.history) - 1)
        for _ in range(n):
            self.session.undo()
            self.history.pop()
        assert comparable(self.session.state) == self.history[-1]
        self.watch = None

    @invariant()
    def nobody_speaks_twice_at_once(self):
        s = self.session.state
        on_floor = [i for i in [s.floor, *s.suspended] if i is not None]
        # One clock runs at most, and it is the floor's: a suspended or ended speaker's clock is stopped.
        running = [i for i in s.interventions if i.running_since is not None]
        assert len(running) <= 1 and all(i is s.floor for i in running), running
        # The interventions not yet ended are exactly the floor and the ones a point of order suspended.
        still_open = [i for i in s.interventions if i.ended is None]
        assert sorted(map(id, still_open)) == sorted(map(id, on_floor)), (still_open, on_floor)
        # Only a point of order interrupts, one at a time, and never another point of order.
        if s.suspended:
            assert s.floor is not None and s.floor.kind == "point-of-order"
            assert len(s.suspended) == 1 and s.suspended[0].kind != "point-of-order"
        # The list shows as speaking exactly the places whose intervention is still open.
        speaking = sorted(e.id for e in s.entries.values() if e.status == "speaking")
        assert speaking == sorted(i.entry for i in on_floor if i.entry is not None)

    @invariant()
    def speeches_happen_within_meetings_and_replies_after_the_list(self):
        s = self.session.state
        if s.meetings and s.floor is not None:
            assert s.current_meeting() is not None
        assert sum(m.is_open for m in s.meetings) <= 1
        assert not any(s.entries[e].reply for e in s.main)
        assert all(s.entries[e].reply and s.entries[e].reply_no >= 1 for e in s.replies)

    @invariant()
    def elapsed_never_decreases_while_running(self):
        floor = self.session.state.floor
        if floor is None or floor.running_since is None:
            self.watch = None
            return
        elapsed = floor.elapsed(self.session.now())
        if self.watch and self.watch[0] == floor.id:
            assert elapsed >= self.watch[1]
        self.watch = (floor.id, elapsed)

    @invariant()
    def replaying_the_log_gives_the_same_state(self):
        assert fold(self.log.events()) == self.session.state


SETTINGS = {"stateful_step_count": 40, "deadline": None, "suppress_health_check": [HealthCheck.too_slow]}


class TestDebateQuick(Debate.TestCase):
    """A short run for the fast tier (`pytest -m "not slow"`)."""

    settings = settings(max_examples=8, **SETTINGS)


@pytest.mark.slow
class TestDebate(Debate.TestCase):
    settings = settings(max_examples=150, **SETTINGS)
