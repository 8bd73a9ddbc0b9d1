"""A point's text in another language, as the Chair gives it in review (the summary in that
language uses it instead of listing the point apart). Returns (language, text); an empty text
removes the point's text in that language."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label, Select

from ..core.debate.engine import MAX_POINT
from ..core.debate.state import Point
from ..core.text.catalog import tr
from ..core.text.languages import LANGUAGES
from ..widgets.literal import literal
from .form import BoundedInput, FormDialog


class TranslateDialog(FormDialog[tuple[str, str] | None]):
    def __init__(self, lang: str, point: Point, wanted: str) -> None:
        super().__init__()
        self.lang = lang
        self.point = point
        self.others = [code for code in LANGUAGES if code != point.lang]
        # The language the Chair is looking at, unless the point was typed in it: then the first
        # language it has no text in.
        missing = [c for c in self.others if c not in point.translations]
        self.first = wanted if wanted in self.others else (missing or self.others)[0]

    def compose(self) -> ComposeResult:
        t = self.lang
        with Vertical(classes="dialog point-dialog"):
            yield Label(tr("translate.title", t), classes="dialog-title")
            yield Label(literal(tr("translate.original", t, language=tr(f"lang.{self.point.lang}", t),
                                   text=self.point.text)), id="original")
            with Horizontal(classes="field"):
                yield Label(tr("translate.lang", t))
                yield Select([(tr(f"lang.{c}", t), c) for c in self.others], value=self.first,
                             allow_blank=False, id="lang", compact=True)
            yield BoundedInput(self.point.translations.get(self.first, ""), id="text", limit=MAX_POINT,
                               lang=t, placeholder=tr("translate.text", t))
            yield Label("", id="error", classes="error")
            with Horizontal(classes="buttons"):
                yield Button(tr("translate.ok", t), variant="primary", id="ok", compact=True)
                yield Button(tr("cancel", t), id="cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#text", Input).focus()

    @on(Select.Changed, "#lang")
    def _language(self, event: Select.Changed) -> None:
        """Another language: its text so far, to correct or to write."""
        self.query_one("#text", Input).value = self.point.translations.get(str(event.value), "")

    @on(Button.Pressed, "#cancel")
    def cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#ok")
    def action_submit(self) -> None:
        lang = str(self.query_one("#lang", Select).value)
        field = self.query_one("#text", BoundedInput)
        text = " ".join(field.value.split())
        if len(text) > field.limit:  # said here, the dialog open with the text: not lost
            self.query_one("#error", Label).update(literal(field.too_long()))
            return
        self.dismiss((lang, text))
