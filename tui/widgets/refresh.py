"""Updating a Static only when what it shows changes: every update re-lays out the whole screen."""

from __future__ import annotations

from rich.text import Text
from textual.content import Content
from textual.widgets import Static

from .literal import content as literal_content


def update(widget: Static, content: str | Text | Content, layout: bool = True) -> None:
    """`layout=False` for a widget whose size the stylesheet fixes: a layout pass of the whole
    screen is most of the cost of a repaint. A plain `str` is shown literally (it may hold a name or
    a point): never parsed as markup, control characters made visible."""
    if isinstance(content, str):
        content = literal_content(content)
    if widget.content != content:
        widget.update(content, layout=layout)
