"""The panel of decision 18/1: five podium seats, one per regional group, plus invited experts."""

from __future__ import annotations

from dataclasses import dataclass

from ..text.catalog import tr
from .participants import GROUP_SHORT, REGIONAL_GROUPS, group_name
from .state import PanelMember, State


@dataclass(frozen=True, slots=True)
class Seat:
    group: str
    members: tuple[PanelMember, ...]  # more than one is a problem to report


@dataclass(frozen=True, slots=True)
class Panel:
    seats: tuple[Seat, ...]  # in the order of REGIONAL_GROUPS
    experts: tuple[PanelMember, ...]

    def warnings(self, lang: str = "en") -> list[str]:
        out: list[str] = []
        for seat in self.seats:
            name = group_name(seat.group, lang)
            if not seat.members:
                out.append(tr("panel.no_seat", lang, name=name, short=GROUP_SHORT[seat.group]))
            elif len(seat.members) > 1:
                names = ", ".join(m.participant.name for m in seat.members)
                out.append(tr("panel.two_seats", lang, n=len(seat.members), name=name, names=names))
        return out

    def missing_presentations(self) -> list[PanelMember]:
        members = [m for seat in self.seats for m in seat.members] + list(self.experts)
        return [m for m in members if not m.received]


def panel(state: State) -> Panel:
    members = list(state.panel.values())
    seats = tuple(Seat(g, tuple(m for m in members if m.participant.category == "panellist"
                                and m.participant.group == g)) for g in REGIONAL_GROUPS)
    experts = tuple(m for m in members if m.participant.category == "independent-expert")
    return Panel(seats, experts)
