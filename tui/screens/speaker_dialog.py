"""Add a speaker: name (completed from the participants known, accents and case ignored), title or
function (optional), category, regional group, position and right of reply — for the list, a point
of order or the panel.

A form: Enter submits from any field, Escape cancels, Tab accepts a completion or moves on. Names
are known in English and in the interface's language ("Allemagne" in French): a session stores the
English name, so one delegation is one participant whatever language it was typed in. A name
already on the list (in any spelling, language, or under another name such as "Turkey" for
"Türkiye") is announced with its place and status; a State name nobody knows ("Germeny") is
announced with the nearest known names. Enter again adds it all the same: the Chair may know better.
That question is never hidden nor left behind: it is said under the name itself, the button then
says what Enter will do ("Add as typed"), and any change to the name (or, for a State nobody knows,
to the category) takes the question back: the dialog is a plain form again."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.suggester import Suggester
from textual.widgets import Button, Checkbox, Input, Label, Select

from ..core.debate.member_states import closest_names, local_name, names_in
from ..core.debate.participants import (
    CATEGORIES,
    GROUPED,
    MAX_TITLE,
    REGIONAL_GROUPS,
    Participant,
    ParticipantError,
    fold_chars,
    name_key,
)
from ..core.text.catalog import CATALOG, tr
from ..widgets.literal import literal
from .form import BoundedInput, CompletingInput, FormDialog

# A name of one of these categories should be a State the United Nations knows.
STATES = frozenset({"member-state", "observer-state"})


class SpeakerRequest:
    """What the dialog returns: the participant, where to put them, and whether it is a reply."""

    def __init__(self, participant: Participant, position: int | None, reply: bool) -> None:
        self.participant = participant
        self.position = position
        self.reply = reply


class FoldingSuggester(Suggester):
    """Completes a name whatever the case and accents typed ("cote" -> "Côte d'Ivoire")."""

    def __init__(self, names: Sequence[str]) -> None:
        super().__init__(use_cache=True, case_sensitive=True)
        self.names = [(fold_chars(n), n) for n in names]

    async def get_suggestion(self, value: str) -> str | None:
        folded = fold_chars(value)
        if not folded.strip():
            return None
        return next((name for key, name in self.names if key.startswith(folded)), None)


class SpeakerDialog(FormDialog[SpeakerRequest | None]):
    def __init__(self, lang: str, known: Sequence[Participant], *, title_key: str = "add.title",
                 ok_key: str = "add.ok", categories: Sequence[str] = CATEGORIES,
                 with_position: bool = True, panel: bool = False,
                 listed: Mapping[str, str] | None = None, notice: str | None = None) -> None:
        super().__init__()
        self.lang = lang
        # The latest registration of a name wins: it is how the Secretariat last described them.
        self.known = {name_key(p.name): p for p in known}
        # Every spelling of a known name in English and in this language -> the stored English name.
        self.spellings = {key: name for key, name in names_in(lang).items() if name_key(name) in self.known}
        # The session's own names first: they are the likeliest to come back; each as this
        # language writes it ("Allemagne"), then the English names a Chair may type as well.
        ordered = [p.name for p in reversed(list(known))]
        self.names = list(dict.fromkeys([*(local_name(n, lang) for n in ordered), *ordered]))
        self.title_key, self.ok_key = title_key, ok_key
        self.categories = list(categories)
        self.with_position = with_position
        self.panel = panel  # a panellist then needs the regional group whose seat they hold
        self.listed = dict(listed or {})  # name_key -> where and how that name is already listed
        self.notice = notice
        # The questions asked of this name ("duplicate" or "unknown", name_key): a second Enter
        # answers them. Forgotten as soon as the name changes.
        self.asked: set[tuple[str, str]] = set()

    def compose(self) -> ComposeResult:
        t = self.lang
        with Vertical(classes="dialog speaker-dialog"):
            yield Label(tr(self.title_key, t), classes="dialog-title")
            if self.notice:
                yield Label(literal(self.notice), id="notice", classes="notice")
            # One row per field, its label beside it (borderless fields, as in the settings): the
            # whole form, a closed list's notice and a question about the name fit 80×24 (also the
            # 23 rows a tmux status line leaves) in English and French, every label and hint whole.
            with Horizontal(classes="field"):
                yield Label(tr("add.name", t))
                yield CompletingInput(id="name", suggester=FoldingSuggester(self.names),
                                      placeholder=tr("add.name_hint", t), compact=True)
            yield Label("", id="known", classes="dim")
            with Horizontal(classes="field"):
                yield Label(tr("add.title_field", t))
                yield BoundedInput(id="title", placeholder=tr("add.title_hint", t), limit=MAX_TITLE,
                                   lang=t, compact=True)
            with Horizontal(classes="field"):
                yield Label(tr("add.category", t))
                yield Select([(tr("cat." + c, t), c) for c in self.categories], id="category",
                             value=self.categories[0], allow_blank=False, compact=True)
            with Horizontal(classes="field"):
                yield Label(tr("add.group", t))
                yield Select([(tr("group." + key, t), key) for key in REGIONAL_GROUPS], id="group",
                             prompt=tr("add.group_hint", t), compact=True)
            if self.with_position:
                with Horizontal(classes="field"):
                    yield Label(tr("add.position", t))
                    yield Input(id="position", placeholder=tr("add.position_hint", t), restrict=r"\d*",
                                max_length=4, compact=True)
                    yield Checkbox(tr("add.reply", t), id="reply", compact=True)
            error = Label("", id="error", classes="error")
            error.display = False
            yield error
            with Horizontal(classes="buttons"):
                yield Button(tr(self.ok_key, t), variant="primary", id="ok")
                yield Button(tr("cancel", t), id="cancel")

    def _lookup(self, name: str) -> Participant | None:
        key = name_key(name)
        if key not in self.known and key in self.spellings:
            key = name_key(self.spellings[key])
        return self.known.get(key)

    # -- the question a second Enter answers ------------------------------------------------------

    def _ask(self, kind: str, key: str, message: str) -> None:
        """Ask beside the name; the button says what Enter does now."""
        self.asked.add((kind, key))
        hint = self.query_one("#known", Label)
        hint.update(literal(message))
        hint.add_class("-asking")
        hint.remove_class("dim")
        answer = "typed" if kind == "unknown" else "again"
        own = f"{self.ok_key}_{answer}"  # "Hear as typed" for a point of order
        self._label(tr(own if own in CATALOG else f"add.ok_{answer}", self.lang))
        self._error("")

    def _forget(self, kind: str | None = None) -> None:
        """The name (or the category) changed: no question stands, Enter means Add again."""
        if kind is None:
            self.asked.clear()
        else:
            self.asked = {q for q in self.asked if q[0] != kind}
        hint = self.query_one("#known", Label)
        if hint.has_class("-asking"):
            hint.update("")
            hint.remove_class("-asking")
            hint.add_class("dim")
        self._label(tr(self.ok_key, self.lang))

    def _label(self, text: str) -> None:
        button = self.query_one("#ok", Button)
        if str(button.label) != text:
            button.label = text
            button.refresh(layout=True)  # a label's width is the button's: "Add as typed (enter)"

    @on(Input.Changed, "#name")
    def fill_known(self, event: Input.Changed) -> None:
        """A name already known brings its category and group with it, in its usual spelling."""
        self._forget()
        known = self._lookup(event.value)
        hint = self.query_one("#known", Label)
        if known is None:
            hint.update("")
            return
        shown = local_name(known.name, self.lang)  # "→ Allemagne" in French, whatever was typed
        hint.update(literal(f"→ {shown}" if shown != " ".join(event.value.split()) else ""))
        if known.category in self.categories:
            self.query_one("#category", Select).value = known.category
        if known.group:
            self.query_one("#group", Select).value = known.group
        title = self.query_one("#title", Input)
        if known.title and not title.value:
            title.value = known.title

    @on(Select.Changed, "#category")
    def group_applies(self, event: Select.Changed) -> None:
        self.query_one("#group", Select).disabled = event.value not in GROUPED
        if any(kind == "unknown" for kind, _ in self.asked):  # an organization is not checked
            self._forget("unknown")

    @on(Checkbox.Changed, "#reply")
    def reply_needs_no_question(self) -> None:
        if any(kind == "duplicate" for kind, _ in self.asked):  # a reply is not a second turn
            self._forget("duplicate")

    @on(Button.Pressed, "#cancel")
    def cancel(self) -> None:
        self.dismiss(None)

    def _error(self, message: str) -> None:
        error = self.query_one("#error", Label)
        error.update(literal(message))
        error.display = bool(message)  # no blank row at 80×24 when there is nothing to say

    @on(Button.Pressed, "#ok")
    def action_submit(self) -> None:
        typed = self.query_one("#name", Input).value
        known = self._lookup(typed)
        name = known.name if known is not None else typed
        category = str(self.query_one("#category", Select).value)
        group_select = self.query_one("#group", Select)
        group = None if group_select.disabled or group_select.is_blank() else str(group_select.value)
        title = self.query_one("#title", Input).value
        try:
            participant = Participant.make(name, category, group, title)
            if self.panel and participant.category == "panellist" and participant.group is None:
                raise ParticipantError("add.seat")
        except ParticipantError as exc:
            self._error(exc.said(self.lang))
            return
        key = name_key(participant.name)
        # A right of reply answers a statement: a delegation already listed is the usual case.
        reply = self.with_position and self.query_one("#reply", Checkbox).value
        if key in self.listed and ("duplicate", key) not in self.asked and not reply:
            self._ask("duplicate", key, tr("add.duplicate", self.lang, where=self.listed[key],
                                           name=local_name(participant.name, self.lang)))
            return
        if known is None and participant.category in STATES and ("unknown", key) not in self.asked:
            # A typo or another language's name would reach the summary as a new delegation.
            near = closest_names(participant.name, self.lang)
            self._ask("unknown", key, tr("add.unknown", self.lang, name=participant.name,
                                         near=tr("add.near", self.lang, names=", ".join(near)) if near
                                         else tr("add.none_near", self.lang)))
            return
        position = None
        if self.with_position:
            raw = self.query_one("#position", Input).value
            position = max(0, int(raw) - 1) if raw else None
        self.dismiss(SpeakerRequest(participant, position, reply))
