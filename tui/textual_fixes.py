"""A fix to Textual 8.2 (pinned <8.3 in pyproject.toml), applied when the apps are imported.

`StylesCache.get_inner_outer` is an `lru_cache` on a method: its 1,024 entries are keyed by the
StylesCache itself, so each keeps a widget's whole render cache (every line it drew, as Strips)
alive after the widget is gone. Every notice (a Toast per action) and every dialog's widgets went
on living that way: the console's heap grew by some 3,000 objects per point recorded, and every
full collection of the garbage collector, which walks them all, took longer (60-110 ms pauses
inside a key press after a few dozen actions). Textual issue #6665 (open) reports it.

The result depends on the two colours only (the instance is not read): the same values, cached
by the colours.
"""

from __future__ import annotations

from functools import lru_cache

from textual._styles_cache import StylesCache
from textual.color import Color
from textual.style import Style

_leaky = StylesCache.get_inner_outer
_original = _leaky.__wrapped__


@lru_cache(1024)
def _inner_outer(base_background: Color, background: Color) -> tuple[Style, Style]:
    result: tuple[Style, Style] = _original(None, base_background, background)
    return result


def get_inner_outer(self: StylesCache, base_background: Color, background: Color) -> tuple[Style, Style]:
    return _inner_outer(base_background, background)


StylesCache.get_inner_outer = get_inner_outer  # type: ignore[assignment]  # replaces the cached method
