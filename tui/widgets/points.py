"""The latest points recorded for the Chair's summary."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from ..core.bank.guide import Guide
from ..core.debate.member_states import local_name
from ..core.debate.state import State
from ..core.text.catalog import tr
from .literal import append
from .refresh import update

SHOWN = 4


def point_tag(guide: Guide | None, subtheme: str | None, question: str | None) -> str:
    if guide is not None and question:
        found = guide.find(question)
        if found is not None:
            return found.ref
    if guide is not None and subtheme:
        for s in guide.all_subthemes():
            if s.id == subtheme:
                return s.ref
    return "-"


class PointsPanel(Static):
    def show(self, state: State, guide: Guide | None, ui: str) -> None:
        out = Text()
        out.append(tr("points", ui) + f" ({len(state.points)})\n", style="bold")
        latest = [state.points[i] for i in state.point_order[-SHOWN:]]  # not all 500 to show 4
        if not latest:
            out.append(tr("no_points", ui), style="dim")
        for n, p in enumerate(reversed(latest)):
            if n:
                out.append("\n")
            out.append("★ " if p.main else "· ", style="bold yellow" if p.main else "")
            append(out, f"[{point_tag(guide, p.subtheme, p.question)}] ", style="cyan")
            append(out, p.text)
            who = ", ".join(local_name(n, ui) for n in ([p.by] if p.by else p.merged))
            if who:
                append(out, f" — {who}", style="dim")
        update(self, out, layout=False)  # its height is fixed by the layout (1fr)
