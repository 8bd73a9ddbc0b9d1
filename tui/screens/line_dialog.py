"""One line to type: a speaker's own limit ("4:00"), the Chair's ruling on a point of order.

A form like the others: Enter submits, Escape cancels. What was typed is read by `parse`, which
raises ValueError with a one-line message when it cannot: the message is shown and the dialog stays
open with the text as typed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label

from ..core.text.catalog import tr
from ..widgets.literal import literal
from .form import FormDialog


class LineDialog(FormDialog[Any]):
    """Dismissed with `parse(text)`, or None on Escape."""

    def __init__(self, lang: str, title: str, label: str, ok: str, parse: Callable[[str], Any], *,
                 value: str = "", placeholder: str = "", max_length: int = 0) -> None:
        super().__init__()
        self.lang = lang
        self.title_text, self.label, self.ok = title, label, ok
        self.parse = parse
        self.value, self.placeholder, self.max_length = value, placeholder, max_length

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(literal(self.title_text), classes="dialog-title")
            yield Label(literal(self.label))
            yield Input(self.value, id="line", placeholder=self.placeholder, max_length=self.max_length)
            yield Label("", id="error", classes="error")
            with Horizontal(classes="buttons"):
                yield Button(self.ok, variant="primary", id="ok")
                yield Button(tr("cancel", self.lang), id="cancel")

    @on(Button.Pressed, "#cancel")
    def cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#ok")
    def action_submit(self) -> None:
        try:
            result = self.parse(self.query_one("#line", Input).value)
        except ValueError as exc:
            self.query_one("#error", Label).update(literal(str(exc)))
            return
        self.dismiss(result)
