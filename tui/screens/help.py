"""Every key of the console, with what it does.

Each key is a row of two labels: the description wraps under itself (never cut, never past the
frame) at 80 columns as at 160, whatever the language."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Label

from ..core.text.catalog import tr
from .dialog import Dialog


class HelpScreen(Dialog[None]):
    BINDINGS = [Binding("escape,q,question_mark,f1", "dismiss(None)", "Close", show=False)]

    def __init__(self, lang: str, keys: Sequence[tuple[str, str]]) -> None:
        super().__init__()
        self.lang = lang
        self.keys = keys

    @property
    def rows(self) -> list[tuple[str, str]]:
        """What the help lists, key and description, in order."""
        return [*self.keys, ("esc", tr("help.escape", self.lang)), ("ctrl+p", tr("help.palette", self.lang))]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide", id="help"):
            yield Label(tr("help.title", self.lang), classes="dialog-title")
            with VerticalScroll(id="help-keys"):
                for key, text in self.rows:
                    with Horizontal(classes="help-row"):
                        yield Label(Text(key), classes="help-key")
                        yield Label(Text(text), classes="help-text")
