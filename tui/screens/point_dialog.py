"""Record a point for the Chair's summary: the text, who said it, tagged with the current topic."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Checkbox, Input, Label, Select

from ..core.text.catalog import tr
from ..widgets.literal import literal
from .form import FormDialog


@dataclass(frozen=True, slots=True)
class PointRequest:
    text: str
    by: str | None
    main: bool


class PointDialog(FormDialog[PointRequest | None]):
    """A form: Enter records from any field (the text, the speaker, the checkbox)."""

    BINDINGS = [Binding("ctrl+s", "toggle_main", "Main point", priority=True)]

    def __init__(self, lang: str, speakers: Sequence[str], by: str | None, tags: str,
                 text: str = "", main: bool = False, title_key: str = "point.title",
                 with_speaker: bool = True) -> None:
        super().__init__()
        self.with_speaker = with_speaker  # a merged point is said by all the merged points' speakers
        self.lang = lang
        self.speakers = list(dict.fromkeys(speakers))
        self.by = by
        self.tags = tags
        self.text = text
        self.main = main
        self.title_key = title_key

    def compose(self) -> ComposeResult:
        t = self.lang
        with Vertical(classes="dialog"):
            yield Label(tr(self.title_key, t), classes="dialog-title")
            yield Input(self.text, placeholder=tr("point.text", t), id="text", max_length=4000)
            if self.with_speaker:
                options = [(tr("point.nobody", t), "")] + [(literal(s), s) for s in self.speakers]
                yield Select(options, value=self.by or "", allow_blank=False, id="by",
                             prompt=tr("point.by", t))
            yield Label(literal(tr("point.tags", t, tags=self.tags)), classes="dim")
            yield Checkbox(tr("point.main", t), self.main, id="main")
            yield Label("", id="error", classes="error")
            with Horizontal(classes="buttons"):
                yield Button(tr("point.ok", t), variant="primary", id="ok")
                yield Button(tr("cancel", t), id="cancel")

    def action_toggle_main(self) -> None:
        box = self.query_one("#main", Checkbox)
        box.value = not box.value

    @on(Button.Pressed, "#cancel")
    def cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#ok")
    def action_submit(self) -> None:
        text = " ".join(self.query_one("#text", Input).value.split())
        if not text:
            self.query_one("#error", Label).update(tr("point.empty", self.lang))
            return
        by = str(self.query_one("#by", Select).value) or None if self.with_speaker else None
        self.dismiss(PointRequest(text, by, self.query_one("#main", Checkbox).value))
