"""Every screen's keys, translated once: the footer, the help screen and the command palette read
the same table, so a key has one name everywhere, in the interface language.

A screen lists its keys in `KEYS` and its actions as methods; `ConsoleScreen.translated(lang)` is
the screen class whose Textual `BINDINGS` are those keys in `lang` (Textual reads bindings from the
class, and the interface language is fixed for the life of the console)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Self, cast

from textual.app import SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from ..core.text.catalog import tr

if TYPE_CHECKING:
    from ..app import DebateApp


@dataclass(frozen=True, slots=True)
class Key:
    keys: str  # Textual key names, comma-separated
    action: str  # an action of the screen (or `app.…`)
    name: str  # the catalog's `key.<name>` (footer, palette) and `help.<name>` (help screen)
    display: str | None = None  # how the footer and the help show the key
    show: bool = True  # in the footer; every key is in the help and the palette
    priority: bool = False  # before the focused widget (a table would take enter for itself)
    records: bool = True  # the action writes to the session (refused once the console is read-only)


def bindings(keys: tuple[Key, ...], lang: str) -> list[Binding]:
    return [Binding(k.keys, k.action, tr(f"key.{k.name}", lang), show=k.show, key_display=k.display,
                    priority=k.priority) for k in keys]


def help_rows(keys: tuple[Key, ...], lang: str) -> list[tuple[str, str]]:
    return [(k.display or k.keys.split(",")[0], tr(f"help.{k.name}", lang)) for k in keys]


_TRANSLATED: dict[tuple[type, str], type] = {}


class ConsoleScreen(Screen[None]):
    """A screen of the Chair's console: its own keys and actions; it redraws itself from the
    session whenever the app says the session changed (`DebateApp.revision`)."""

    KEYS: ClassVar[tuple[Key, ...]] = ()

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    @classmethod
    def translated(cls, lang: str) -> type[Self]:
        """This screen with its keys as bindings in `lang` (one class per screen and language)."""
        found = _TRANSLATED.get((cls, lang))
        if found is None:
            found = type(cls.__name__, (cls,), {"BINDINGS": bindings(cls.KEYS, lang)})
            _TRANSLATED[(cls, lang)] = found
        return cast("type[Self]", found)

    @property
    def console(self) -> DebateApp:
        return cast("DebateApp", self.app)

    def on_mount(self) -> None:
        # The first call draws the screen; then once per change of the session.
        self.watch(self.app, "revision", self._changed)

    def _changed(self) -> None:
        if self.is_attached:  # a screen being popped may still hear the last change
            if self.console.read_only and not self.query("#read-only"):
                from textual.widgets import Label

                self.mount(Label(tr("msg.read_only", self.lang), id="read-only"), before=0)
                self.refresh_bindings()  # the footer greys the keys that would record
            self.redraw()

    def records(self, action: str) -> bool:
        """Whether `action` (as a binding names it) is one of this screen's keys that record."""
        name = action.partition("(")[0]
        return any(k.records and k.action.partition("(")[0] == name for k in self.KEYS)

    def refused(self, action: object) -> bool:
        """True (and said) for a key that would record while the console is read-only: pressing
        it must not look like a key that does nothing (the footer shows it greyed)."""
        if self.console.read_only is None or not isinstance(action, str) or not self.records(action):
            return False
        self.notify(tr("msg.read_only", self.lang), severity="error", timeout=10)
        return True

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Read-only: the keys that would record are shown greyed (pressing one says why: the app).
        return None if self.console.read_only and self.records(action) else True

    def redraw(self) -> None:
        """Show the session as it is now."""

    def commands(self) -> Iterator[SystemCommand]:
        """The screen's keys in the command palette."""
        for k in self.KEYS:
            yield SystemCommand(tr(f"key.{k.name}", self.lang), tr(f"help.{k.name}", self.lang),
                                lambda action=k.action: self.run_action(action))

    # -- keys every console screen has -----------------------------------------------------------

    def action_help(self) -> None:
        from .help import HelpScreen

        self.app.push_screen(HelpScreen(self.lang, help_rows(self.KEYS, self.lang)))

    def action_undo(self) -> None:
        self.console.undo()
