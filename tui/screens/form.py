"""Dialogs that behave like forms: Enter submits from any single-line field (a checkbox, a select
that is closed), Escape cancels, Tab moves between fields. Enter on a button presses it; in an open
dropdown it chooses; in a multi-line text it starts a new line."""

from __future__ import annotations

from typing import Any, TypeVar

from textual import events, on
from textual.binding import Binding
from textual.widgets import Button, Input, Select, Static, TextArea

from ..core.text.catalog import tr
from ..widgets.literal import literal
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


class BoundedInput(Input):
    """A one-line text field with a length limit that says what it refused, in words.

    Textual's own `max_length` refuses a key or a paste that goes past it with the terminal bell
    only (a paste of 5,000 characters into a point vanished whole), keeps the first line of a paste
    of several lines, and refuses every key, Backspace too, in a text already too long (two long
    points merged). Here: a paste of several lines is one line (joined with spaces, as the point is
    recorded); a paste or a key that would go past the limit is refused and said on the dialog's
    error line, the field as it was (the clipboard still holds the paste); a text already too long
    is said when the dialog opens, and can always be shortened."""

    def __init__(self, value: str = "", *, limit: int, lang: str, **kwargs: Any) -> None:
        super().__init__(value, **kwargs)
        self.limit, self.lang = limit, lang
        self._pasting: str | None = None

    def on_mount(self) -> None:
        if len(self.value) > self.limit:
            self.say(self.too_long())

    def too_long(self) -> str:
        """What is said of a text over the limit (also by the dialog refusing to submit it)."""
        return tr("form.too_long", self.lang, n=len(self.value), max=self.limit)

    def say(self, message: str) -> None:
        errors = self.screen.query("#error")
        if not errors:
            self.app.notify(message, severity="warning")
            return
        error = errors.first()
        assert isinstance(error, Static)
        error.update(literal(message))
        error.display = True

    def _on_paste(self, event: events.Paste) -> None:
        event.prevent_default()  # not Input's, which keeps the first line only
        event.stop()
        if not event.text:
            return
        text = " ".join(event.text.splitlines())
        self._pasting = text
        try:
            if self.selection.is_empty:
                self.insert_text_at_cursor(text)
            else:
                self.replace(text, *self.selection)
        finally:
            self._pasting = None

    def replace(self, text: str, start: int, end: int) -> None:
        value = self.value
        start, end = sorted((max(0, start), min(len(value), end)))
        length = len(value) - (end - start) + len(text)
        if length > self.limit and length >= len(value):  # shortening is always allowed
            self.restricted()
            if self._pasting is not None:
                self.say(tr("form.paste_long", self.lang, n=len(self._pasting), total=length, max=self.limit))
            else:
                self.say(tr("form.key_long", self.lang, max=self.limit))
            return
        super().replace(text, start, end)
