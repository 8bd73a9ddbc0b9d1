"""The Chair's main screen: the list of speakers, the floor and its clock, the topic, the points."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Label

from ..core.text.catalog import tr
from ..widgets.floor import FloorPanel
from ..widgets.points import PointsPanel
from ..widgets.speakers import SpeakersHeader, SpeakersTable
from ..widgets.topic import TopicPanel

# (keys, action, name of the string, key shown) — one key per action, the Chair's vocabulary.
KEYS: tuple[tuple[str, str, str, str | None], ...] = (
    ("a", "add_speaker", "add", None),
    ("n", "next_speaker", "next", None),
    ("space", "toggle_pause", "pause", "space"),
    ("s", "end_speech", "stop", None),
    ("p", "record_point", "point", None),
    ("question_mark,f1", "help", "help", "?"),
    ("enter", "give_floor", "floor", "⏎"),
    ("t", "choose_topic", "topic", None),
    ("o", "point_of_order", "order", None),
    ("u", "undo", "undo", None),
    ("x", "remove_speaker", "remove", None),
    ("shift+up", "move_speaker(-1)", "up", "⇧↑"),
    ("shift+down", "move_speaker(1)", "down", "⇧↓"),
    ("g", "browse_guide", "guide", None),
    ("l", "switch_language", "lang", None),
    ("m", "review_points", "review", None),
    ("P", "show_panel", "panel", "P"),
    ("c", "close_list", "close", None),
    ("q", "quit_console", "quit", None),
)


def bindings(lang: str) -> list[Binding]:
    # Actions are the app's: every screen shares the one implementation of each.
    return [Binding(keys, f"app.{action}", tr(f"key.{name}", lang), key_display=display)
            for keys, action, name, display in KEYS]


class MainScreen(Screen[None]):
    @classmethod
    def translated(cls, lang: str) -> type[MainScreen]:
        """Bindings are declared on the class; the footer shows their descriptions, translated."""
        return type(f"MainScreen_{lang}", (cls,), {"BINDINGS": bindings(lang)})

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def compose(self) -> ComposeResult:
        with Horizontal(id="body"):
            with Vertical(id="left"):
                yield Label(tr("speakers", self.lang), id="speakers-title", classes="pane-title")
                yield SpeakersHeader(id="speakers-header")
                yield SpeakersTable(self.lang, id="speakers")
            with Vertical(id="right"):
                yield FloorPanel(self.lang, id="floor", classes="-idle")
                yield TopicPanel(id="topic")
                yield PointsPanel(id="points")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.app.redraw()  # type: ignore[attr-defined]  # self.app is the DebateApp; item 5 of issue 10 replaces this call
        self.query_one(SpeakersTable).focus()
