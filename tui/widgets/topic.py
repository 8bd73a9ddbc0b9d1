"""The current sub-theme and question of the guide, in the guide language."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from ..core.bank.guide import Guide
from ..core.debate.state import State
from ..core.text.catalog import tr
from ..core.text.languages import LangText
from .literal import append
from .refresh import update


def lang_text(text: LangText, lang: str) -> Text:
    """The text in `lang`, or in another language marked `[en]` when not translated."""
    value, used = text.get(lang) or ("", lang)
    out = Text()
    if used != lang and value:
        append(out, f"[{used}] ", style="dim")
    append(out, value or "")
    return out


class TopicPanel(Static):
    def show(self, state: State, guide: Guide | None, ui: str, lang: str, *, room: bool = False) -> None:
        """`room`: for the room display, which shows no console key ("(t)") to the audience."""
        out = Text()
        sub = next((s for s in guide.all_subthemes() if s.id == state.subtheme), None) if guide else None
        question = guide.find(state.question) if guide and state.question else None
        if sub is None and question is None:
            out.append(tr("no_topic.room" if room else "no_topic", ui), style="dim")
        if sub is not None:
            append(out, f"{tr('subtheme', ui)} {sub.ref} ", style="bold")
            out.append_text(lang_text(sub.title, lang))
        if question is not None:
            if sub is not None:
                out.append("\n")
            append(out, f"{tr('question', ui)} {question.ref} ", style="bold")
            out.append_text(lang_text(question.text, lang))
        update(self, out)
