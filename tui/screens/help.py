"""Every key of the console, with what it does."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Label

from ..core.text.catalog import tr


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,question_mark,f1", "dismiss(None)", "Close", show=False)]

    def __init__(self, lang: str, keys: Sequence[tuple[str, str]]) -> None:
        super().__init__()
        self.lang = lang
        self.keys = keys

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            yield Label(tr("help.title", self.lang), classes="dialog-title")
            table: DataTable[str] = DataTable(cursor_type="none", show_header=False)
            table.add_columns("key", "action")
            for key, text in self.keys:
                table.add_row(key, text)
            table.add_row("esc", tr("help.escape", self.lang))
            table.add_row("ctrl+p", tr("help.palette", self.lang))
            yield table
