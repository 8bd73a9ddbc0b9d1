"""A footer that shows only the keys it has room for, whole.

Textual's footer scrolls its keys under the command-palette key docked at the right: at 80 columns
a key cut by that edge read as a stray letter ("paletteo"). Every key is still in the help (`?`)
and the command palette."""

from __future__ import annotations

from typing import Any

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey  # the footer's own item; Textual exports no other name


class FittingFooter(Footer):
    def _width(self, key: FooterKey) -> int:
        text = cell_len(key.key_display) + (1 + cell_len(key.description) if key.description else 0)
        if key.has_class("-command-palette"):
            return text + 1 + (0 if self.compact else 1)  # its border on the left, padding right
        return text + 1 if self.compact else text + 3  # margin (compact) or padding

    # Textual rebuilds every key of the footer each time the screen's bindings are refreshed (after
    # each key press, focus change, action): about 20 times in a short session, each a mount and a
    # restyle of a dozen widgets. The footer shows the bindings, their state, the width: when none
    # of these changed since the last build, the same footer would be built again, so it is not.
    _built: tuple[object, ...] | None = None

    def _what_it_shows(self) -> tuple[object, ...]:
        bindings = tuple((binding, enabled, tooltip)
                         for _node, binding, enabled, tooltip in self.screen.active_bindings.values())
        return (self.app.size.width, self.compact, self.show_command_palette, bindings)

    def bindings_changed(self, screen: Screen[Any]) -> None:
        if (self._bindings_ready and self._built is not None and self.is_attached
                and screen is self.screen and self._what_it_shows() == self._built):
            return
        super().bindings_changed(screen)

    def compose(self) -> ComposeResult:
        self._built = self._what_it_shows() if self._bindings_ready else None
        items = list(super().compose())
        for item in items:
            # Each key follows the footer's `compact` (data_bind): its watcher, run as the key is
            # mounted, would add the class and restyle that key alone, one key after the other.
            # Given the class it is about to get, the key is styled once, with the others.
            # (The palette's key is not bound to the footer: it keeps FooterKey's default, True;
            # reading its `compact` here would run that watcher before its mount.)
            if isinstance(item, FooterKey):
                compact = True if item.has_class("-command-palette") else self.compact
                item.set_class(compact, "-compact", update=False)
        palette = [w for w in items if isinstance(w, FooterKey) and w.has_class("-command-palette")]
        room = self.app.size.width - sum(self._width(w) for w in palette)
        shown: list[Widget] = []
        for widget in items:
            if widget in palette:
                continue
            need = self._width(widget) if isinstance(widget, FooterKey) else 0
            if need > room:
                break  # the keys keep their order: the first ones are the Chair's most used
            room -= need
            shown.append(widget)
        yield from shown
        yield from palette

    def on_resize(self) -> None:
        self.call_after_refresh(self._fit)

    async def _fit(self) -> None:
        # The keys that fit depend on the width; the first resize comes as the footer is laid out,
        # when the bindings are being shown at this width already: building them again for the
        # same width was a second mount, restyle and layout of every key at start-up.
        if self._built is None or not self.is_attached or self._what_it_shows() != self._built:
            await self.recompose()
