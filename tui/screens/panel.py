"""The panel: five regional seats (decision 18/1), invited experts, presentations received."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Label, Static

from ..core.debate.engine import Session
from ..core.debate.panel import panel
from ..core.debate.participants import GROUP_SHORT
from ..core.text.catalog import tr
from ..widgets.tables import selected_id
from .speaker_dialog import SpeakerDialog, SpeakerRequest


class PanelScreen(Screen[None]):
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("a", "add", "Add member"),
        Binding("r", "received", "Received"),
        Binding("x", "remove", "Remove"),
        Binding("enter", "to_list", "To speakers list"),
        Binding("u", "app.undo", "Undo"),
    ]

    def __init__(self, session: Session, ui: str, perform: Callable[..., Any]) -> None:
        super().__init__()
        self.session, self.ui, self.perform = session, ui, perform

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(tr("panel.title", self.ui), classes="screen-title")
            table: DataTable[Any] = DataTable(cursor_type="row", id="panel-table")
            table.add_columns("seat", "member", "presentation")
            yield table
            yield Static("", id="panel-warnings")
        yield Footer()

    def on_mount(self) -> None:
        self.show()

    @property
    def selected(self) -> int | None:
        return selected_id(self.query_one(DataTable))

    def show(self) -> None:
        table = self.query_one(DataTable)
        keep = table.cursor_row
        table.clear()
        p = panel(self.session.state)

        def received(flag: bool) -> Text:
            key = "panel.received" if flag else "panel.not_received"
            return Text(("✓ " if flag else "✗ ") + tr(key, self.ui), style="green" if flag else "yellow")

        for n, seat in enumerate(p.seats):
            label = f"{GROUP_SHORT[seat.group]} {tr('group.' + seat.group, self.ui)}"
            if not seat.members:
                table.add_row(label, Text(tr("panel.empty_seat", self.ui), style="dim"), "", key=f"seat-{n}")
            for m in seat.members:
                table.add_row(label, m.participant.name, received(m.received), key=str(m.id))
        for m in p.experts:
            table.add_row(tr("panel.experts", self.ui), m.participant.name, received(m.received),
                          key=str(m.id))
        table.move_cursor(row=min(keep, table.row_count - 1))
        warnings = p.warnings()
        text = Text()
        for w in warnings:
            text.append("⚠ " + w + "\n", style="bold yellow")
        if not warnings:
            text.append(tr("panel.ok", self.ui), style="green")
        text.append("\n" + tr("panel.keys", self.ui), style="dim")
        self.query_one("#panel-warnings", Static).update(text)

    def _act(self, fn: Callable[..., Any], *args: Any) -> None:
        self.perform(fn, *args)
        self.show()

    def action_add(self) -> None:
        known = [m.participant for m in self.session.state.panel.values()]

        def done(result: SpeakerRequest | None) -> None:
            if result is not None:
                self._act(self.session.add_panel_member, result.participant)

        self.app.push_screen(SpeakerDialog(self.ui, known, categories=("panellist", "independent-expert"),
                                           with_position=False, panel=True), done)

    def action_received(self) -> None:
        member = self.selected
        if member is not None:
            self._act(self.session.set_received, member, not self.session.state.panel[member].received)

    def action_remove(self) -> None:
        member = self.selected
        if member is not None:
            self._act(self.session.remove_panel_member, member)

    def action_to_list(self) -> None:
        member = self.selected
        if member is not None:
            self._act(self.session.add_speaker, self.session.state.panel[member].participant)
