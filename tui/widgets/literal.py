"""The one way user text reaches a widget: as literal text, never as markup.

Names, points, titles, guide texts and file names come from people and files. Given to Textual or
Rich as a plain `str`, `[/]` would crash the screen, `[@click=app.quit]` would become an action
and `[link=…]` a link; an ESC would reach the terminal. `literal` makes a Rich `Text` (never parsed
for markup) of the text with its control characters shown as visible stand-ins.
"""

from __future__ import annotations

from rich.text import Text
from textual.content import Content

from ..core.text.visible import visible


def literal(text: object, style: str = "", *, lines: bool = False) -> Text:
    """`text` as it was typed, safe to show: `lines=True` keeps its line breaks."""
    return Text(visible("" if text is None else text, lines=lines), style=style, end="")


def content(text: object, *, lines: bool = True) -> Content:
    """The same as a Textual `Content` (what `Static.update` keeps; it compares equal to its text)."""
    return Content(visible("" if text is None else text, lines=lines))


def append(out: Text, text: object, style: str = "", *, lines: bool = False) -> Text:
    """Append user text to a Text being built (Text.append would keep control characters)."""
    out.append(visible("" if text is None else text, lines=lines), style=style)
    return out
