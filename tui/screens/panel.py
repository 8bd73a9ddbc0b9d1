"""The panel: five regional seats (decision 18/1), invited experts, presentations received."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import DataTable, Label, Static

from ..core.debate.engine import Session
from ..core.debate.member_states import local_name
from ..core.debate.panel import panel
from ..core.debate.participants import group_short, name_key
from ..core.text.catalog import tr
from ..widgets.footer import FittingFooter
from ..widgets.literal import append, literal
from ..widgets.tables import selected_id
from .keys import ConsoleScreen, Key
from .speaker_dialog import SpeakerDialog, SpeakerRequest

KEYS: tuple[Key, ...] = (
    Key("escape", "app.pop_screen", "back", "esc", records=False),
    Key("question_mark,f1", "help", "help", "?", records=False),
    Key("a", "add", "panel.add"),
    Key("r", "received", "panel.received"),
    Key("x", "remove", "panel.remove"),
    Key("enter", "to_list", "panel.to_list", "⏎", priority=True),
    Key("u", "undo", "undo"),
)


class PanelScreen(ConsoleScreen):
    KEYS = KEYS

    @property
    def session(self) -> Session:
        return self.console.session

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(tr("panel.title", self.lang), classes="screen-title")
            table: DataTable[Any] = DataTable(cursor_type="row", id="panel-table")
            table.add_columns(*(tr(f"panel.col.{c}", self.lang) for c in ("seat", "member", "presentation")))
            yield table
            yield Static("", id="panel-warnings")
        yield FittingFooter(compact=True)

    @property
    def selected(self) -> int | None:
        return selected_id(self.query_one(DataTable))

    def redraw(self) -> None:
        table = self.query_one(DataTable)
        keep = table.cursor_row
        table.clear()
        p = panel(self.session.state)

        def received(flag: bool) -> Text:
            key = "panel.received" if flag else "panel.not_received"
            return Text(("✓ " if flag else "✗ ") + tr(key, self.lang), style="green" if flag else "yellow")

        for n, seat in enumerate(p.seats):
            short, full = group_short(seat.group, self.lang), tr("group." + seat.group, self.lang)
            # An acronym is spelled out beside it ("WEOG Western European…"); a short form is not.
            label = f"{short} {full}" if short.isupper() else full
            if not seat.members:
                empty = Text(tr("panel.empty_seat", self.lang), style="dim")
                table.add_row(label, empty, "", key=f"seat-{n}")
            for m in seat.members:
                table.add_row(label, literal(local_name(m.participant.name, self.lang)), received(m.received),
                              key=str(m.id))
        for m in p.experts:
            table.add_row(tr("panel.experts", self.lang), literal(local_name(m.participant.name, self.lang)),
                          received(m.received),
                          key=str(m.id))
        table.move_cursor(row=min(keep, table.row_count - 1))
        warnings = p.warnings(self.lang)
        text = Text()
        for w in warnings:
            append(text, "⚠ " + w + "\n", style="bold yellow", lines=True)
        if not warnings:
            text.append(tr("panel.ok", self.lang), style="green")
        text.append("\n" + tr("panel.keys", self.lang), style="dim")
        self.query_one("#panel-warnings", Static).update(text)

    def _act(self, fn: Callable[..., Any], *args: Any) -> None:
        self.console.perform(fn, *args)  # the screen redraws when the session changed

    def action_add(self) -> None:
        known = [m.participant for m in self.session.state.panel.values()]

        def done(result: SpeakerRequest | None) -> None:
            if result is not None:
                self._act(self.session.add_panel_member, result.participant)

        on_panel = {name_key(p.name): tr("add.on_panel", self.lang) for p in known}
        self.app.push_screen(SpeakerDialog(self.lang, known, categories=("panellist", "independent-expert"),
                                           with_position=False, panel=True, listed=on_panel), done)

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
