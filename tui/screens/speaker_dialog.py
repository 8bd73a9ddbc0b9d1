"""Who is it? Name (with completion), category and regional group: for the list, a point of
order or the panel. Enter confirms; escape closes without changing anything."""

from __future__ import annotations

from collections.abc import Sequence

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Button, Checkbox, Input, Label, Select

from ..core.debate.participants import (
    CATEGORIES,
    GROUPED,
    REGIONAL_GROUPS,
    Participant,
    ParticipantError,
)
from ..core.text.catalog import tr


class SpeakerRequest:
    """What the dialog returns: the participant, where to put them, and whether it is a reply."""

    def __init__(self, participant: Participant, position: int | None, reply: bool) -> None:
        self.participant = participant
        self.position = position
        self.reply = reply


class SpeakerDialog(ModalScreen[SpeakerRequest | None]):
    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel", show=False)]

    def __init__(self, lang: str, known: Sequence[Participant], *, title_key: str = "add.title",
                 ok_key: str = "add.ok", categories: Sequence[str] = CATEGORIES,
                 with_position: bool = True, panel: bool = False) -> None:
        super().__init__()
        self.lang = lang
        # The latest registration of a name wins: it is how the Secretariat last described them.
        self.known = {p.name.casefold(): p for p in known}
        self.names = sorted({p.name for p in known}, key=str.casefold)
        self.title_key, self.ok_key = title_key, ok_key
        self.categories = list(categories)
        self.with_position = with_position
        self.panel = panel  # a panellist then needs the regional group whose seat they hold

    def compose(self) -> ComposeResult:
        t = self.lang
        with Vertical(classes="dialog"):
            yield Label(tr(self.title_key, t), classes="dialog-title")
            yield Label(tr("add.name", t))
            yield Input(id="name", suggester=SuggestFromList(self.names, case_sensitive=False))
            with Horizontal(classes="fields"):
                yield Select([(tr("cat." + c, t), c) for c in self.categories], id="category",
                             value=self.categories[0], allow_blank=False, prompt=tr("add.category", t))
                yield Select([(tr("group." + key, t), key) for key in REGIONAL_GROUPS], id="group",
                             prompt=tr("add.group", t))
            if self.with_position:
                with Horizontal(classes="fields"):
                    yield Input(id="position", placeholder=tr("add.position", t), restrict=r"\d*",
                                max_length=4)
                    yield Checkbox(tr("add.reply", t), id="reply")
            yield Label("", id="error", classes="error")
            with Horizontal(classes="buttons"):
                yield Button(tr(self.ok_key, t), variant="primary", id="ok")
                yield Button(tr("cancel", t), id="cancel")

    @on(Input.Changed, "#name")
    def fill_known(self, event: Input.Changed) -> None:
        """A name already known brings its category and group with it."""
        known = self.known.get(event.value.strip().casefold())
        if known is None:
            return
        if known.category in self.categories:
            self.query_one("#category", Select).value = known.category
        if known.group:
            self.query_one("#group", Select).value = known.group

    @on(Select.Changed, "#category")
    def group_applies(self, event: Select.Changed) -> None:
        self.query_one("#group", Select).disabled = event.value not in GROUPED

    @on(Button.Pressed, "#cancel")
    def cancel(self) -> None:
        self.dismiss(None)

    @on(Input.Submitted)
    @on(Button.Pressed, "#ok")
    def submit(self) -> None:
        name = self.query_one("#name", Input).value
        category = str(self.query_one("#category", Select).value)
        group_select = self.query_one("#group", Select)
        group = None if group_select.disabled or group_select.is_blank() else str(group_select.value)
        try:
            participant = Participant.make(name, category, group)
            if self.panel and participant.category == "panellist" and participant.group is None:
                raise ParticipantError(tr("add.seat", self.lang))
        except ParticipantError as exc:
            self.query_one("#error", Label).update(str(exc))
            return
        position, reply = None, False
        if self.with_position:
            raw = self.query_one("#position", Input).value
            position = max(0, int(raw) - 1) if raw else None
            reply = self.query_one("#reply", Checkbox).value
        self.dismiss(SpeakerRequest(participant, position, reply))
