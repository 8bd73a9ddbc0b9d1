"""Every dialog of the console: a notice never hides what the Chair must press.

Textual draws its notices (toasts) in the bottom right corner of whatever screen is on top. At
80×24 a dialog fills nearly the whole height, so two or three notices (the floor given a moment
ago, a refusal, the disk failing) covered its buttons and its last fields. On a dialog there are no
toasts: a notice said while it is open is written on a line of its own under the dialog, which is
laid out in the rows left above that line (a split, not a layer: nothing is drawn over it). The
notices from before the dialog opened were about the main screen and are seen there again when it
closes (as is every notice, for its usual time)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from textual.screen import ModalScreen, Screen
from textual.timer import Timer
from textual.widgets import Static

from ..widgets.literal import content

T = TypeVar("T")

SEVERITIES = ("information", "warning", "error")


class DialogNotice(Static):
    """The latest notice said while the dialog is open; gone after the notice's time."""

    def __init__(self) -> None:
        super().__init__("", id="dialog-notice")
        self.display = False
        self._timer: Timer | None = None

    def say(self, message: str, severity: str, timeout: float) -> None:
        self.update(content(message))
        for name in SEVERITIES:
            self.set_class(name == severity, f"-{name}")
        self.display = True
        self.screen.add_class("-noticed")
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(timeout, self._forget)

    def _forget(self) -> None:
        self.display = False
        self.screen.remove_class("-noticed")
        self._timer = None


class Dialog(ModalScreen[T]):
    """A modal screen whose notices are said beside it, never over it (see the module)."""

    @staticmethod
    def say_on(stack: Sequence[Screen[object]], message: str, severity: str, timeout: float | None) -> None:
        """Said on the dialog on top of `stack`, if there is one (the main screens keep toasts)."""
        if stack and isinstance(stack[-1], Dialog):
            stack[-1].say(message, severity, timeout)

    def say(self, message: str, severity: str, timeout: float | None) -> None:
        found = self.query(DialogNotice)
        if found:
            notice = found.first()
        else:
            notice = DialogNotice()
            self.mount(notice)
        notice.say(message, severity, self.app.NOTIFICATION_TIMEOUT if timeout is None else timeout)
