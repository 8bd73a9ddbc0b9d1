"""The speaking clock in digits that scale with the room: as large as the panel allows.

Textual's `Digits` draws 3 rows of thin lines, fine at 80×24 and lost on a projector. Here each
character is a 3×5 grid of pixels drawn with half blocks (two pixels per row) at an integer scale:
the largest that fits both the width (for the widest face, "+00:00", so the digits do not jump when
the speaker runs over) and a share of the screen's height. At scale 1 the thin digits are kept.
`value` stays the text of the clock, for tests and for the screen reader's sake.
"""

from __future__ import annotations

from typing import ClassVar

from rich.align import Align
from textual.app import RenderResult
from textual.geometry import Size
from textual.widgets import Digits

from .literal import literal

FONT: dict[str, tuple[str, ...]] = {
    "0": ("###", "#.#", "#.#", "#.#", "###"),
    "1": (".#.", "##.", ".#.", ".#.", "###"),
    "2": ("###", "..#", "###", "#..", "###"),
    "3": ("###", "..#", "###", "..#", "###"),
    "4": ("#.#", "#.#", "###", "..#", "..#"),
    "5": ("###", "#..", "###", "..#", "###"),
    "6": ("###", "#..", "###", "#.#", "###"),
    "7": ("###", "..#", "..#", "..#", "..#"),
    "8": ("###", "#.#", "###", "#.#", "###"),
    "9": ("###", "#.#", "###", "..#", "###"),
    ":": (".", "#", ".", "#", "."),
    "+": ("...", ".#.", "###", ".#.", "..."),
    "-": ("...", "...", "###", "...", "..."),
    " ": ("...", "...", "...", "...", "..."),
}
GLYPH_ROWS = 5
WIDEST = "+00:00"  # the widest face the clock shows (an overrun of ten minutes or more)
HALF = {(False, False): " ", (True, False): "▀", (False, True): "▄", (True, True): "█"}


def pixels_wide(text: str, scale: int) -> int:
    glyphs = [FONT.get(c, FONT[" "]) for c in text]
    return sum(len(g[0]) for g in glyphs) * scale + max(0, len(glyphs) - 1) * scale


def rows_for(scale: int) -> int:
    return (GLYPH_ROWS * scale + 1) // 2


def fit_scale(width: int, height: int) -> int:
    """The largest scale at which the widest face fits `width` columns and `height` rows (≥ 1)."""
    scale = 1
    while pixels_wide(WIDEST, scale + 1) <= width and rows_for(scale + 1) <= height:
        scale += 1
    return scale


def big_lines(text: str, scale: int) -> list[str]:
    """`text` drawn at `scale`, as lines of half blocks."""
    grid: list[list[bool]] = [[] for _ in range(GLYPH_ROWS * scale)]
    for n, c in enumerate(text):
        glyph = FONT.get(c, FONT[" "])
        for y in range(GLYPH_ROWS * scale):
            row = grid[y]
            if n:
                row.extend([False] * scale)  # the gap between characters
            for pixel in glyph[y // scale]:
                row.extend([pixel == "#"] * scale)
    if len(grid) % 2:
        grid.append([False] * len(grid[0]))
    return ["".join(HALF[top, bottom] for top, bottom in zip(grid[y], grid[y + 1], strict=True))
            for y in range(0, len(grid), 2)]


class BigClock(Digits):
    """A `Digits` whose size follows the space: `SHARE` of the screen's height at the most."""

    SHARE: ClassVar[float] = 0.3

    def __init__(self, value: str = "", *, share: float | None = None, id: str | None = None) -> None:
        super().__init__(value, id=id)
        self.share = self.SHARE if share is None else share

    def scale(self, width: int, viewport_height: int) -> int:
        return fit_scale(width, int(viewport_height * self.share))

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        scale = self.scale(width, viewport.height)
        return 3 if scale == 1 else rows_for(scale)

    def update(self, value: str) -> None:
        # The size depends on the widget's width, not on the value: never a new layout per second.
        self._value = value
        self.refresh()

    def render(self) -> RenderResult:
        scale = self.scale(self.content_size.width, self.app.size.height)
        if scale == 1:
            return super().render()
        lines = big_lines(self.value, scale)
        face = literal("\n".join(lines), lines=True)  # only digits and blocks, but one way for all text
        face.stylize(self.rich_style)
        return Align(face, "center", self.rich_style)
