"""Helpers shared by the engine tests: a session in memory on a fake clock."""

from __future__ import annotations

from tui.core.debate.clock import FakeClock
from tui.core.debate.engine import MemoryLog, Session
from tui.core.debate.participants import Participant

BRAZIL = Participant.make("Brazil", "member-state", "GRULAC")
FRANCE = Participant.make("France", "member-state", "WEOG")
NIGERIA = Participant.make("Nigeria", "member-state", "African")
PANELLIST = Participant.make("Ms. Ana Lopes", "panellist", "GRULAC")
UNODC = Participant.make("UNODC", "un-entity")


def memory_session(guide=None) -> tuple[Session, FakeClock]:
    clock = FakeClock()
    return Session(MemoryLog(), clock, guide=guide), clock


def names(session: Session) -> list[str]:
    return [e.participant.name for e in session.state.speakers()]
