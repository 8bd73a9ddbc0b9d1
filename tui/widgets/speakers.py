"""The list of speakers as a table: order, who, category, group, status, time used."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.widgets import DataTable

from ..core.i18n import tr
from ..core.participants import CATEGORY_SHORT, GROUP_SHORT
from ..core.state import State
from ..core.timefmt import mmss

_STATUS_STYLE = {"waiting": "", "speaking": "bold reverse", "spoken": "dim"}
_STATUS_MARK = {"waiting": "·", "speaking": "▶", "spoken": "✓"}
WIDE = 52


class SpeakersTable(DataTable):
    # Enter gives the floor (the app's action), rather than DataTable's "select" which a mouse
    # click also sends: the floor is never given by a stray click.
    BINDINGS = [Binding("enter", "app.give_floor", show=False)]

    def __init__(self, lang: str, **kwargs: object) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)  # type: ignore[arg-type]
        self.lang = lang

    def on_mount(self) -> None:
        for key in ("col.n", "col.speaker", "col.who", "col.status", "col.time"):
            self.add_column(tr(key, self.lang), key=key)

    @property
    def selected_entry(self) -> int | None:
        if not self.row_count:
            return None
        key = self.coordinate_to_cell_key(self.cursor_coordinate).row_key
        return int(key.value) if key.value is not None else None

    def show(self, state: State, now: float) -> None:
        """Redraw from the state, keeping the selection on the same entry when it is still there."""
        keep, row = self.selected_entry, self.cursor_row
        self.clear()
        for n, entry in enumerate(state.speakers(), 1):
            p = entry.participant
            style = _STATUS_STYLE[entry.status]
            status = _STATUS_MARK[entry.status]
            if self.size.width >= WIDE:  # room for the word as well as the mark
                status += " " + tr("status." + entry.status, self.lang)
            name = p.name + (f" ({tr('reply', self.lang)})" if entry.reply else "")
            self.add_row(
                Text(str(n), style=style), Text(name, style=style),
                Text(" ".join(filter(None, (CATEGORY_SHORT[p.category], GROUP_SHORT.get(p.group or "")))),
                     style=style),
                Text(status, style=style), Text(mmss(state.time_used(entry.id, now)), style=style),
                key=str(entry.id),
            )
        if keep is not None and keep in state.order:
            self.move_cursor(row=state.order.index(keep))
        elif self.row_count:  # the selected speaker left the list: select the one now in its place
            self.move_cursor(row=min(row, self.row_count - 1))

    def on_resize(self) -> None:
        self.app.redraw()  # type: ignore[attr-defined]

    def refresh_times(self, state: State, now: float) -> None:
        """Only the time of the speaker on the floor changes between actions."""
        floor = state.floor
        if floor is None or floor.entry is None or floor.entry not in state.order:
            return
        style = _STATUS_STYLE["speaking"]
        self.update_cell(str(floor.entry), "col.time", Text(mmss(state.time_used(floor.entry, now)),
                                                            style=style))
