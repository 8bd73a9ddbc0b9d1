"""Updating a Static only when what it shows changes: every update re-lays out the whole screen."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static


def update(widget: Static, content: str | Text, layout: bool = True) -> None:
    """`layout=False` for a widget whose size the stylesheet fixes: a layout pass of the whole
    screen is most of the cost of a repaint."""
    if widget.content != content:
        widget.update(content, layout=layout)
