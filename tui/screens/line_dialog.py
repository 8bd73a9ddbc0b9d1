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
from .form import BoundedInput, FormDialog


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
            if self.max_length:
                yield BoundedInput(self.value, id="line", placeholder=self.placeholder, limit=self.max_length,
                                   lang=self.lang)
            else:
                yield Input(self.value, id="line", placeholder=self.placeholder)
            yield Label("", id="error", classes="error")
            with Horizontal(classes="buttons"):
                yield Button(self.ok, variant="primary", id="ok")
                yield Button(tr("cancel", self.lang), id="cancel")

    @on(Button.Pressed, "#cancel")
    def cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#ok")
    def action_submit(self) -> None:
        field = self.query_one("#line", Input)
        if isinstance(field, BoundedInput) and len(field.value) > field.limit:
            self.query_one("#error", Label).update(literal(field.too_long()))
            return
        try:
            result = self.parse(field.value)
        except ValueError as exc:
            self.query_one("#error", Label).update(literal(str(exc)))
            return
        self.dismiss(result)
