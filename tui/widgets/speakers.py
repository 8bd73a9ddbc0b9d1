"""The list of speakers as a table: order, who, category and group, status, time used."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.widgets import DataTable

from ..core.i18n import tr
from ..core.participants import CATEGORY_SHORT, GROUP_SHORT
from ..core.state import Entry, State
from ..core.timefmt import mmss

_STATUS_STYLE = {"waiting": "", "speaking": "bold reverse", "spoken": "dim"}
_STATUS_MARK = {"waiting": "·", "speaking": "▶", "spoken": "✓"}
COLUMNS = ("col.n", "col.speaker", "col.who", "col.status", "col.time")
WIDE = 52  # from this width the status is spelled out next to its mark

Row = tuple[str, str, str, str, str, str]  # the five cells, then the style


class SpeakersTable(DataTable):
    # Enter gives the floor (the app's action), rather than DataTable's "select" which a mouse
    # click also sends: the floor is never given by a stray click.
    BINDINGS = [Binding("enter", "app.give_floor", show=False)]

    def __init__(self, lang: str, **kwargs: object) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)  # type: ignore[arg-type]
        self.lang = lang
        self._shown: dict[int, Row] = {}  # what each row shows now, in order

    def on_mount(self) -> None:
        for key in COLUMNS:
            self.add_column(tr(key, self.lang), key=key)

    def on_resize(self) -> None:
        self.app.redraw()  # type: ignore[attr-defined]

    @property
    def selected_entry(self) -> int | None:
        if not self.row_count:
            return None
        key = self.coordinate_to_cell_key(self.cursor_coordinate).row_key
        return int(key.value) if key.value is not None else None

    def _row(self, n: int, entry: Entry, used: float, wide: bool) -> Row:
        p = entry.participant
        status = _STATUS_MARK[entry.status]
        if wide:
            status += " " + tr("status." + entry.status, self.lang)
        name = p.name + (f" ({tr('reply', self.lang)})" if entry.reply else "")
        who = " ".join(filter(None, (CATEGORY_SHORT[p.category], GROUP_SHORT.get(p.group or ""))))
        return (str(n), name, who, status, mmss(used), _STATUS_STYLE[entry.status])

    def show(self, state: State, now: float) -> None:
        """Redraw from the state. Only the rows that changed are touched (a debate's list grows
        long); the selection stays on the same entry, or on the row where the removed one was."""
        used, wide = state.times_used(now), self.size.width >= WIDE
        rows = {e.id: self._row(n, e, used.get(e.id, 0.0), wide) for n, e in enumerate(state.speakers(), 1)}
        if list(rows) == list(self._shown):
            for entry_id, row in rows.items():
                old = self._shown[entry_id]
                for col, (new_value, old_value) in enumerate(zip(row[:5], old[:5], strict=True)):
                    if new_value != old_value or row[5] != old[5]:
                        self.update_cell(str(entry_id), COLUMNS[col], Text(new_value, style=row[5]),
                                         update_width=len(new_value) != len(old_value))
            self._shown = rows
            return
        keep, at_row = self.selected_entry, self.cursor_row
        self.clear()
        for entry_id, row in rows.items():
            self.add_row(*(Text(value, style=row[5]) for value in row[:5]), key=str(entry_id))
        self._shown = rows
        if keep is not None and keep in state.order:
            self.move_cursor(row=state.order.index(keep))
        elif self.row_count:
            self.move_cursor(row=min(at_row, self.row_count - 1))

    def refresh_times(self, state: State, now: float) -> None:
        """Between actions only the time of the speaker on the floor changes."""
        floor = state.floor
        if floor is None or floor.entry not in self._shown:
            return
        old = self._shown[floor.entry]
        used = mmss(state.time_used(floor.entry, now))
        if used != old[4]:
            self._shown[floor.entry] = (*old[:4], used, old[5])
            self.update_cell(str(floor.entry), "col.time", Text(used, style=old[5]))
