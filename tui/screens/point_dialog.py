"""Record a point for the Chair's summary in one dialog: the text, who said it, the sub-theme or
question it is tagged with (the current one unless the Chair searches another: `7(m)`, `iii`,
words in any of the guide's languages), the reporting verb and the language it is typed in."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Checkbox, Input, Label, OptionList, Select
from textual.widgets.option_list import Option

from ..core.bank.guide import Guide
from ..core.bank.topics import TopicChoice, search_topics, topic_choices
from ..core.debate.engine import MAX_POINT
from ..core.debate.member_states import local_name
from ..core.text.catalog import CATALOG, tr
from ..core.text.languages import LANGUAGES
from ..core.text.reporting import VERB_KEYS, VERB_LABELS
from ..widgets.literal import literal
from .form import BoundedInput, FormDialog

Topic = tuple[str | None, str | None]


@dataclass(frozen=True, slots=True)
class PointRequest:
    text: str
    by: str | None
    main: bool
    subtheme: str | None = None
    question: str | None = None
    verb: str | None = None  # None: the summary chooses (and varies) it
    lang: str | None = None  # the language the text is typed in


def verb_label(key: str, lang: str) -> str:
    """A reporting verb as the Chair reads it in the interface language."""
    name = f"verb.{key}"
    return tr(name, lang) if name in CATALOG else VERB_LABELS.get(key, key)


class TopicSearch(Input):
    """The search field of the topics: ↑ and ↓ move the choice in the list below it, so that the
    Chair never leaves the field (Enter then records the point, tagged with that choice)."""

    BINDINGS = [
        Binding("up", "move(-1)", show=False),
        Binding("down", "move(1)", show=False),
        Binding("pageup", "move(-5)", show=False),
        Binding("pagedown", "move(5)", show=False),
    ]

    def action_move(self, delta: int) -> None:
        topics = self.screen.query_one("#topics", OptionList)
        if topics.option_count:
            at = topics.highlighted if topics.highlighted is not None else 0
            topics.highlighted = max(0, min(topics.option_count - 1, at + delta))


class PointDialog(FormDialog[PointRequest | None]):
    """A form: Enter records from any field (the text, the speaker, the topic search, the verb,
    the language, the checkbox)."""

    BINDINGS = [Binding("ctrl+s", "toggle_main", "Main point", priority=True)]

    def __init__(self, lang: str, speakers: Sequence[str], by: str | None, *,
                 guide: Guide | None = None, guide_lang: str | None = None,
                 topic: Topic = (None, None), text: str = "", main: bool = False,
                 verb: str | None = None, point_lang: str | None = None,
                 title_key: str = "point.title", with_speaker: bool = True, full: bool = True,
                 focus: str = "text") -> None:
        super().__init__()
        self.with_speaker = with_speaker  # a merged point is said by all the merged points' speakers
        self.full = full  # topic, verb and language (a merge only writes the combined text)
        self.lang = lang
        self.speakers = list(dict.fromkeys(speakers))
        self.by = by
        self.guide = guide
        self.guide_lang = guide_lang or lang
        self.topic = topic
        self.text = text
        self.main = main
        self.verb = verb
        self.point_lang = point_lang if point_lang in LANGUAGES else (lang if lang in LANGUAGES else "en")
        self.title_key = title_key
        self.start = focus
        self.choices: list[TopicChoice] = []
        self.current: TopicChoice | None = None
        if guide is not None and full:
            self.choices = [TopicChoice(None, None, "", (("en", tr("topic.none", lang)),))]
            self.choices += topic_choices(guide)
            self.current = self._current(topic)
        self.shown: list[TopicChoice] = []

    def _current(self, topic: Topic) -> TopicChoice:
        """The choice for the current (sub-theme, question), tagged exactly as it is now."""
        subtheme, question = topic
        found = next((c for c in self.choices if question and c.question == question), None) or \
            next((c for c in self.choices if c.subtheme == subtheme and c.question is None), None)
        if found is None:
            return self.choices[0]
        return found if found.key == topic else replace(found, subtheme=subtheme, question=question)

    def compose(self) -> ComposeResult:
        t = self.lang
        with Vertical(classes="dialog point-dialog"):
            yield Label(tr(self.title_key, t), classes="dialog-title")
            yield BoundedInput(self.text, limit=MAX_POINT, lang=t, placeholder=tr("point.text", t), id="text")
            if self.with_speaker:
                # Shown as the interface names them ("Allemagne"); the value is the stored name.
                options: list[tuple[str | Text, str]] = [(tr("point.nobody", t), "")]
                options += [(literal(local_name(s, t)), s) for s in self.speakers]
                with Horizontal(classes="field"):
                    yield Label(tr("point.by", t))
                    yield Select(options, value=self.by or "", allow_blank=False, id="by",
                                 prompt=tr("point.by", t), compact=True)
            if self.choices:
                yield TopicSearch(id="topic-search", placeholder=tr("point.topic", t), compact=True)
                topics = OptionList(id="topics", compact=True)
                topics.can_focus = False  # chosen from the search field (↑↓) or with the mouse
                yield topics
                yield Label("", id="tagged", classes="dim")
            if self.full:
                with Horizontal(classes="field"):
                    yield Label(tr("point.verb", t))
                    verbs = [(tr("point.verb_auto", t), "")] + [(verb_label(k, t), k) for k in VERB_KEYS]
                    yield Select(verbs, value=self.verb or "", allow_blank=False, id="verb", compact=True)
                    yield Label(tr("point.lang", t))
                    langs = [(tr(f"lang.{code}", t), code) for code in LANGUAGES]
                    yield Select(langs, value=self.point_lang, allow_blank=False, id="lang", compact=True)
            yield Checkbox(tr("point.main", t), self.main, id="main", compact=True)
            yield Label("", id="error", classes="error")
            with Horizontal(classes="buttons"):
                yield Button(tr("point.ok", t), variant="primary", id="ok", compact=True)
                yield Button(tr("cancel", t), id="cancel", compact=True)

    def on_mount(self) -> None:
        if self.choices:
            self._show("")
        target = "#topic-search" if self.start == "topic" and self.choices else "#text"
        self.query_one(target, Input).focus()

    def on_resize(self) -> None:
        # The list of topics takes the rows the terminal has beyond the form's own (24 rows: 5).
        if self.choices:
            self.query_one("#topics", OptionList).styles.height = max(3, min(16, self.app.size.height - 18))

    # -- the topic -------------------------------------------------------------------------------

    def _label(self, choice: TopicChoice) -> Text:
        if not choice.ref:
            return literal(choice.text(self.lang), style="italic")
        out = literal(choice.ref + " ", style="bold" if choice.is_subtheme else "cyan")
        out.append_text(literal(choice.text(self.guide_lang), style="bold" if choice.is_subtheme else ""))
        out.no_wrap, out.overflow = True, "ellipsis"
        return out

    def _show(self, query: str) -> None:
        """The choices matching the search; the first is chosen (with no search, the current one)."""
        topics = self.query_one("#topics", OptionList)
        current = self.current
        assert current is not None  # there are choices: there is a current one
        if query.strip():
            self.shown = search_topics(self.choices, query)
        else:
            self.shown = [current if c.key == current.key or (
                c.question and c.question == current.question) else c for c in self.choices]
            if current not in self.shown:  # a current topic the guide list does not hold
                self.shown.insert(0, current)
        topics.clear_options()
        topics.add_options([Option(self._label(c)) for c in self.shown])
        if self.shown:
            topics.highlighted = self.shown.index(current) if not query.strip() else 0
        self._tagged()

    @on(Input.Changed, "#topic-search")
    def _search(self, event: Input.Changed) -> None:
        self._show(event.value)

    @on(OptionList.OptionHighlighted, "#topics")
    def _highlighted(self) -> None:
        self._tagged()

    @on(OptionList.OptionSelected, "#topics")
    def _clicked(self) -> None:
        self._tagged()

    def chosen(self) -> TopicChoice | None:
        topics = self.query_one("#topics", OptionList)
        at = topics.highlighted
        return self.shown[at] if at is not None and 0 <= at < len(self.shown) else None

    def _tagged(self) -> None:
        choice = self.chosen()
        label = self.query_one("#tagged", Label)
        if choice is None:
            label.update(tr("point.no_match", self.lang, query=self.query_one("#topic-search", Input).value))
            return
        out = Text(tr("point.tagged", self.lang, tag=""))
        out.append_text(self._label(choice))
        out.no_wrap, out.overflow = True, "ellipsis"
        label.update(out)

    # -- the form ----------------------------------------------------------------------------------

    def action_toggle_main(self) -> None:
        box = self.query_one("#main", Checkbox)
        box.value = not box.value

    @on(Button.Pressed, "#cancel")
    def cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#ok")
    def action_submit(self) -> None:
        error = self.query_one("#error", Label)
        text = " ".join(self.query_one("#text", Input).value.split())
        if not text:
            error.update(tr("point.empty", self.lang))
            self.query_one("#text", Input).focus()
            return
        field = self.query_one("#text", BoundedInput)
        if len(text) > field.limit:  # said here, the dialog open with the text: not lost
            error.update(literal(field.too_long()))
            field.focus()
            return
        by = str(self.query_one("#by", Select).value) or None if self.with_speaker else None
        main = self.query_one("#main", Checkbox).value
        if not self.full:
            self.dismiss(PointRequest(text, by, main))
            return
        subtheme, question = self.topic
        if self.choices:
            choice = self.chosen()
            if choice is None:
                error.update(literal(tr("point.no_match", self.lang,
                                        query=self.query_one("#topic-search", Input).value)))
                self.query_one("#topic-search", Input).focus()
                return
            subtheme, question = choice.key
        verb = str(self.query_one("#verb", Select).value) or None
        lang = str(self.query_one("#lang", Select).value)
        self.dismiss(PointRequest(text, by, main, subtheme, question, verb, lang))
