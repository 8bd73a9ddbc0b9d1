"""Dialogs that behave like forms: Enter submits from any single-line field (a checkbox, a select
that is closed), Escape cancels, Tab moves between fields. Enter on a button presses it; in an open
dropdown it chooses; in a multi-line text it starts a new line."""

from __future__ import annotations

from typing import TypeVar

from textual import on
from textual.binding import Binding
from textual.widgets import Button, Input, Select, TextArea

from .dialog import Dialog

T = TypeVar("T")


class FormDialog(Dialog[T]):
    BINDINGS = [
        Binding("escape", "dismiss(None)", show=False),
        # A priority binding sees Enter before the focused field does (a Select would open its
        # dropdown, a Checkbox would toggle): the form is submitted wherever the cursor is.
        Binding("enter", "submit", show=False, priority=True),
    ]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "submit":
            focused = self.focused
            # A text field submits through its own Enter (Input.Submitted below): that key waits in
            # the field's queue behind the characters typed before it, whereas a priority binding
            # would run at once and read the text before a fast typist's last letters reach it.
            if isinstance(focused, Button | TextArea | Input):
                return False
            if any(select.expanded for select in self.query(Select)):
                return False
        return True

    @on(Input.Submitted)
    def _submit_from_field(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_submit()

    def action_submit(self) -> None:
        raise NotImplementedError


class CompletingInput(Input):
    """A name field whose completion is accepted with Tab (or →); Tab moves on when there is none."""

    BINDINGS = [Binding("tab", "complete", show=False)]

    def action_complete(self) -> None:
        suggestion = getattr(self, "_suggestion", "")
        if suggestion and suggestion != self.value:
            self.value = suggestion
            self.cursor_position = len(self.value)
        else:
            self.screen.focus_next()
