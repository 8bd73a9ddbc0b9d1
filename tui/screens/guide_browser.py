"""Browse the discussion guide: every question, searchable in any language, shown in all six."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from ..core.bank.guide import Guide, QuestionRef
from ..core.bank.search import terms
from ..core.bank.search_text import normalize
from ..core.text.catalog import tr, tr_n
from ..core.text.languages import LANGUAGES
from ..widgets.literal import append, literal
from .dialog import Dialog


class GuideBrowser(Dialog[None]):
    BINDINGS = [Binding("escape", "dismiss(None)", "Close", show=False)]

    def __init__(self, guide: Guide, ui: str, lang: str) -> None:
        super().__init__()
        self.guide, self.ui, self.lang = guide, ui, lang
        self.refs = guide.question_refs()
        # Every language of a question, folded once: the search ignores accents and case.
        self.folded = [normalize(" ".join(r.text.values.get(code, "") for code in LANGUAGES))
                       for r in self.refs]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog full"):
            yield Label(literal(f"{tr('guide.title', self.ui)} — {self.guide.id}"), classes="dialog-title")
            yield Input(placeholder=tr("guide.search", self.ui), id="guide-search")
            yield Label("", id="guide-count", classes="dim")
            with Horizontal():
                yield OptionList(id="guide-questions")
                yield Static("", id="guide-detail")

    def on_mount(self) -> None:
        self.fill("")

    def _label(self, ref: QuestionRef) -> Text:
        text, used = ref.text.get(self.lang) or ("", self.lang)
        out = literal(f"{ref.ref:<10}", style="bold")
        if used != self.lang:
            append(out, f"[{used}] ", style="dim")
        append(out, text)
        return out

    def fill(self, query: str) -> None:
        words = [normalize(w) for w in terms(query)] if query.strip() else []
        options = self.query_one("#guide-questions", OptionList)
        options.clear_options()
        shown = [i for i, folded in enumerate(self.folded) if all(w in folded for w in words)]
        options.add_options([Option(self._label(self.refs[i]), id=str(i)) for i in shown])
        self.query_one("#guide-count", Label).update(
            tr("guide.matches", self.ui, count=len(shown), total=len(self.refs),
               questions=tr_n("guide.n_questions", self.ui, sum(1 for r in self.refs if r.option is None)),
               options=tr_n("guide.n_options", self.ui, sum(1 for r in self.refs if r.option is not None))))
        if shown:
            options.highlighted = 0

    @on(Input.Changed, "#guide-search")
    def search(self, event: Input.Changed) -> None:
        self.fill(event.value)

    @on(Input.Submitted, "#guide-search")
    def to_list(self) -> None:
        self.query_one("#guide-questions", OptionList).focus()

    @on(OptionList.OptionHighlighted, "#guide-questions")
    def detail(self, event: OptionList.OptionHighlighted) -> None:
        ref = self.refs[int(event.option.id or 0)]
        out = Text()
        append(out, f"{ref.ref}  {ref.paragraph_ref}  {ref.id}\n", style="bold", lines=True)
        for code in LANGUAGES:
            value = ref.text.values.get(code)
            append(out, f"\n{code}  ", style="bold cyan", lines=True)
            append(out, value if value else "—", style="" if value else "dim", lines=True)
        self.query_one("#guide-detail", Static).update(out)
